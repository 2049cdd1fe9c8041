//! Identifiers that only their context gives away: where the applicant lives or was born
//! ("ik woon in Ede", "Nador, waar ik geboren ben"), how old they are ("ik ben 34 jaar",
//! "Bas (18)", "geboren in 1979", "met vervroegd pensioen"), a date of birth in a sentence,
//! a street in a sentence.

use std::sync::LazyLock;

use regex::Regex;

use crate::cues::alt;
use crate::lex::{COUNTRY_SET, HOME_COUNTRIES, MONTHS};
use crate::names::is_not_name_word;
use crate::structure::Doc;
use crate::{Label, Rule};

/// A place name: capitalised words, with hyphens and small linking words ("Bergen op Zoom",
/// "Nieuw-Vennep", "'s-Hertogenbosch", "Den Haag").
const PLACE: &str = r"(?:'s-)?\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t](?:aan|op|in|den|de|bij|upon|on)[ \t]\p{Lu}[\p{L}\p{M}'’\-]*|[ \t]\p{Lu}[\p{L}\p{M}'’\-]*){0,2}";

static RESIDENCE: LazyLock<Regex> = LazyLock::new(|| {
    let s = r"[ \t]+";
    crate::text::regex(&format!(
        r"\b(?:(?:[Ii]k{s})?(?:woon|wonen|woont)(?:{s}(?:ik|we|wij|nu|al|momenteel|inmiddels|zelf|sinds{s}\S+(?:{s}\S+)?|vlakbij|dichtbij|tegenwoordig|weer))*{s}(?:in|te)|(?:woonachtig|thuis|wonend){s}(?:in|te)|(?:I|we|We){s}(?:now{s}|currently{s}|also{s})?(?:live|am{s}living|are{s}living|have{s}lived|lived|am{s}based|'m{s}based|’m{s}based|reside)(?:{s}(?:now|currently))?{s}in|(?:moved|relocated|came|moving){s}(?:back{s})?(?:to|from)|(?:[Ii]k{s})?(?:kom|kwam){s}(?:oorspronkelijk{s}|zelf{s})?uit|I(?:'m|’m|{s}am|{s}come)(?:{s}[\p{{L}}\p{{N}}\-]+,?){{0,3}}?,?{s}from|(?:have|has|had){s}(?:also{s})?(?:lived|been{s}living){s}in|(?:[Ii]k{s})?heb{s}(?:\S+{s}){{0,3}}?gewoond{s}in|woonde(?:{s}\S+){{0,3}}?{s}in|[Oo]riginally{s}from|(?:grew{s}up|born|raised|opgegroeid|geboren|getogen)(?:{s}and{s}raised|{s}en{s}getogen)?{s}(?:in|te)){s}({PLACE})"
    ))
    .expect("residence pattern")
});

static BORN_HERE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(
        r"\b(?:in|In|uit|from)[ \t]+({PLACE}),[ \t]+(?:waar[ \t]+ik[ \t]+(?:ben[ \t]+)?(?:geboren|opgegroeid|vandaan[ \t]+kom)|where[ \t]+I[ \t]+(?:was[ \t]+born|grew[ \t]+up|come[ \t]+from)|my[ \t]+home[ \t]?(?:city|town)|my[ \t]+birthplace|mijn[ \t]+geboorte(?:plaats|stad|dorp))"
    ))
    .expect("born here pattern")
});

static AGE_SELF: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:[Ii]k[ \t]+ben|[Bb]en[ \t]+ik|I[ \t]+am|I'm|I’m|[Ii]k[ \t]+word|I[ \t]+turn(?:ed)?)[ \t]+(?:nu[ \t]+|now[ \t]+|inmiddels[ \t]+|al[ \t]+|pas[ \t]+|bijna[ \t]+|almost[ \t]+|just[ \t]+)?(\d{2}(?:[ \t]+(?:jaar(?:[ \t]+oud|[ \t]+jong)?|years?(?:[ \t]+old|[ \t]+young)?|jr\.?))?)")
        .expect("age pattern")
});

static AGE_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\A[ \t]*(?:,[ \t]*|\([ \t]*)(\d{2}(?:[ \t]+(?:jaar(?:[ \t]+oud)?|years?(?:[ \t]+old)?|jr\.?))?)[ \t]*(?:\)|,|\.|;|\n|$|[ \t]+(?:en|and|uit|from|van|met|with)\b)")
        .expect("age after name pattern")
});

static AGE_OTHER: LazyLock<Regex> = LazyLock::new(|| {
    let s = r"[ \t]+";
    crate::text::regex(&format!(
        r"\b(?:geboren|born){s}in{s}((?:19|20)\d{{2}})\b|\b(?:bouwjaar|geboortejaar|year{s}of{s}birth){s}?:?{s}?((?:19|20)\d{{2}})\b|\b((?:met|in{s}de){s}(?:vervroegd{s}|vroeg{s})?pensioen|gepensioneerd|(?:early{s})?retired|(?:early{s})?retirement|met{s}de{s}vut|in{s}de{s}vut|aow-gerechtigde?|aow'er|pensioner|met{s}prepensioen|bruggepensioneerd)\b|\b(?:(?:I{s}am|I'm|I’m){s})?(in{s}my{s}(?:early{s}|late{s}|mid-?)?(?:twenties|thirties|forties|fifties|sixties|seventies))\b|\b(\d{{2}}-jarige?)\b|\b((?:ik{s}ben|ben{s}ik){s}(?:begin|eind|midden|ergens{s}in{s}de|in{s}de){s}(?:twintig|dertig|veertig|vijftig|zestig|zeventig)(?:er)?)\b"
    ))
    .expect("other age pattern")
});

static DOB_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    let m = alt(MONTHS);
    crate::text::regex(&format!(
        r"(?i)\b(?:geboren|born|geb\.)(?:[ \t]+(?:op|on))?[ \t]+(\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{1,2}}(?:e|ste|de|st|nd|rd|th)?[ \t]+(?:{m})\.?[ \t]+\d{{4}}|(?:{m})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}})"
    ))
    .expect("dob pattern")
});

static STREET_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(
        r"\b(?:woon|wonen|woont|woonachtig|adres{{1,2}}[ \t]+is|address[ \t]+is|live[ \t]+at|living[ \t]+at)(?:[ \t]+(?:ik|nu|sinds[ \t]+\S+))?[ \t]+(?:op|aan|at|in[ \t]+de|op[ \t]+de|aan[ \t]+de|on)?[ \t]*(\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*(?:[ \t][\p{{L}}\p{{M}}'’\-]+){{0,3}}[ \t]\d{{1,5}}(?:[ \t]?[a-zA-Z]\b)?)(?:,?[ \t]*([1-9]\d{{3}}[ \t]?[A-Z]{{2}})?[ \t]*(?:in[ \t]+|te[ \t]+)?({PLACE}))?"
    ))
    .expect("street in text pattern")
});

/// The rules that need the text's sentences rather than its layout.
pub(crate) fn find(doc: &mut Doc) {
    let text = doc.text;
    for c in RESIDENCE.captures_iter(text) {
        let m = c.get(1).expect("group");
        let place = m.as_str();
        let first = place.split([' ', '\t', '-']).next().unwrap_or("");
        if COUNTRY_SET.contains(place)
            || HOME_COUNTRIES.contains(&place)
            || place.starts_with("the ")
            || is_not_name_word(first)
            || doc.in_employer_zone(m.start())
        {
            continue;
        }
        let lead = c.get(0).expect("match").as_str().to_lowercase();
        let rule = if lead.contains("geboren")
            || lead.contains("born")
            || lead.contains("grew")
            || lead.contains("opgegroeid")
            || lead.contains("raised")
        {
            Rule::Birthplace
        } else {
            Rule::Residence
        };
        doc.add(m.start(), m.end(), Label::Place, rule);
    }
    for c in BORN_HERE.captures_iter(text) {
        let m = c.get(1).expect("group");
        if !COUNTRY_SET.contains(m.as_str()) && !is_not_name_word(m.as_str()) {
            doc.add(m.start(), m.end(), Label::Place, Rule::Birthplace);
        }
    }
    for c in AGE_SELF.captures_iter(text) {
        let m = c.get(1).expect("group");
        let n: u32 = m.as_str()[..2].parse().unwrap_or(0);
        let rest = &text[m.end()..];
        let next_word: String = rest
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect::<String>()
            .to_lowercase();
        let has_unit = m.as_str().len() > 2;
        let ends = rest.is_empty() || rest.starts_with([',', '.', ';', ')', '!', '\n']);
        let ok_next = matches!(
            next_word.as_str(),
            "en" | "and"
                | "oud"
                | "old"
                | "woon"
                | "kom"
                | "ben"
                | "heb"
                | "uit"
                | "from"
                | "met"
                | "with"
                | "maar"
                | "but"
        );
        if (14..=99).contains(&n)
            && (ends
                || ok_next
                || (has_unit
                    && !matches!(
                        next_word.as_str(),
                        "ervaring"
                            | "experience"
                            | "bij"
                            | "in"
                            | "werkzaam"
                            | "lang"
                            | "geleden"
                            | "at"
                            | "als"
                            | "as"
                            | "actief"
                            | "gewerkt"
                            | "worked"
                    )))
        {
            doc.add(m.start(), m.end(), Label::Age, Rule::Age);
        }
    }
    let persons: Vec<usize> = doc
        .spans
        .iter()
        .filter(|s| s.label == Label::Person)
        .map(|s| s.end)
        .collect();
    for end in persons {
        if let Some(c) = AGE_AFTER_NAME.captures(&text[end..]) {
            let m = c.get(1).expect("group");
            let n: u32 = m.as_str()[..2].parse().unwrap_or(0);
            if (14..=99).contains(&n) {
                doc.add(end + m.start(), end + m.end(), Label::Age, Rule::Age);
            }
        }
    }
    for c in AGE_OTHER.captures_iter(text) {
        if let Some(m) = (1..=6).find_map(|g| c.get(g)) {
            doc.add(m.start(), m.end(), Label::Age, Rule::Age);
        }
    }
    for c in DOB_TEXT.captures_iter(text) {
        let m = c.get(1).expect("group");
        doc.add(m.start(), m.end(), Label::Dob, Rule::DateOfBirth);
    }
    for c in STREET_TEXT.captures_iter(text) {
        let m = c.get(1).expect("group");
        if is_not_name_word(m.as_str().split_whitespace().next().unwrap_or(""))
            || doc.in_employer_zone(m.start())
        {
            continue;
        }
        doc.add(m.start(), m.end(), Label::Address, Rule::StreetAddress);
        if let Some(p) = c.get(2) {
            doc.add(p.start(), p.end(), Label::Postcode, Rule::Postcode);
        }
        if let Some(p) = c.get(3) {
            if !is_not_name_word(p.as_str()) {
                doc.add(p.start(), p.end(), Label::Place, Rule::Residence);
            }
        }
    }
}
