//! Names: reading a name where the layout or the wording says one stands ("Ik ben …", the
//! line under the closing, "de heer …"), and finding every other occurrence of a name the
//! letter established, in all its variants (first name, surname with or without
//! tussenvoegsel, initials, folded diacritics).

use std::sync::LazyLock;

use regex::Regex;

use crate::gazetteer::{is_common_word, is_given_name, is_place, is_surname};
use crate::lex::{
    COUNTRY_SET, LANGUAGE_SET, MONTHS, NATIONALITY_SET, NOT_NAME_SET, PARTICLE_SET, ROLE_NOUNS,
};
use crate::structure::Doc;
use crate::text::{boundary_after, boundary_before, fold};
use crate::{Known, Label, Rule};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    Word,
    Particle,
    Initials,
    Nick,
}

/// A name in the text: `start..end`, its tokens, and the form of address before it.
#[derive(Clone, Debug)]
pub(crate) struct NameMatch {
    pub start: usize,
    pub end: usize,
    pub tokens: Vec<(usize, usize, Tok)>,
    pub title: Option<(usize, usize)>,
}

impl NameMatch {
    pub fn shifted(mut self, by: usize) -> NameMatch {
        self.start += by;
        self.end += by;
        for t in &mut self.tokens {
            t.0 += by;
            t.1 += by;
        }
        self.title = self.title.map(|(s, e)| (s + by, e + by));
        self
    }

    pub fn token_count(&self) -> usize {
        self.tokens
            .iter()
            .filter(|t| matches!(t.2, Tok::Word | Tok::Initials))
            .count()
    }
}

static INITIALS: LazyLock<Regex> =
    LazyLock::new(|| crate::text::regex(r"\A(?:\p{Lu}\.[ \t]?){1,4}").expect("initials pattern"));
static WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\A\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*").expect("word pattern")
});
static NICK: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\A\(\p{Lu}[\p{L}\p{M}'’\-]*\)").expect("nickname pattern")
});
static PARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\A(?:van|de|der|den|het|'t|’t|ter|ten|te|in|op|la|le|du|da|dos|das|di|del|della|von|zu|el|al|bin|ben|ibn|ait|y)[ \t]")
        .expect("particle pattern")
});
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\A(?:[Dd]e [Hh]eer|[Hh]eer|[Mm]evrouw|[Mm]evr\.?|[Mm]w\.?|[Dd]hr\.?|[Mm]eneer|[Mm]ijnheer|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|[Dd]r\.?|mr\.|[Dd]rs\.?|ir\.|ing\.|[Pp]rof\.?)[ \t]+")
        .expect("title pattern")
});

/// A word of a name starting at `p`, and where it ends: capitalised, two letters or more, not
/// all capitals (an abbreviation), not part of an e-mail or web address.
fn word_at(text: &str, p: usize) -> Option<usize> {
    let m = WORD.find(&text[p..])?;
    let w = m.as_str();
    let end = p + m.end();
    let next = text[end..].chars().next();
    let glued = matches!(next, Some('@') | Some('/'))
        || (next == Some('.')
            && text[end + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric));
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    let caps = letters > 1 && !w.chars().any(char::is_lowercase);
    (!glued && !caps && letters > 1 && boundary_after(text, end)).then_some(end)
}

/// Reads a name starting exactly at `at`: initials, given names, a nickname in brackets,
/// tussenvoegsels and surnames ("M.J. (Marieke) van 't Hof", "Mei Ling Wong", "P. Wiśniewski").
pub(crate) fn scan_name(text: &str, at: usize) -> Option<NameMatch> {
    if at > text.len() || !text.is_char_boundary(at) || !boundary_before(text, at) {
        return None;
    }
    let mut p = at;
    let mut tokens: Vec<(usize, usize, Tok)> = Vec::new();
    while tokens.len() < 8 {
        let rest = &text[p..];
        if let Some(m) = INITIALS.find(rest) {
            // initials count only when a word follows ("P. Wiśniewski")
            let after = p + m.end();
            let follows = word_at(text, after).is_some()
                || NICK.is_match(&text[after..])
                || PARTICLE.is_match(&text[after..]);
            if follows && m.as_str().chars().filter(|c| *c == '.').count() >= 1 {
                tokens.push((p, p + m.as_str().trim_end().len(), Tok::Initials));
                p = after;
                continue;
            }
        }
        if let Some(m) = NICK.find(rest) {
            tokens.push((p, p + m.end(), Tok::Nick));
            p += m.end();
        } else if let Some(end) = word_at(text, p) {
            tokens.push((p, end, Tok::Word));
            p = end;
        } else if WORD.is_match(rest) {
            break;
        } else if !tokens.is_empty() {
            if let Some(m) = PARTICLE.find(rest) {
                let e = p + m.as_str().trim_end().len();
                tokens.push((p, e, Tok::Particle));
                p = e;
            } else {
                break;
            }
        } else if let Some(m) = PARTICLE.find(rest) {
            // a name may start with its tussenvoegsel only after initials or given names
            let _ = m;
            break;
        } else {
            break;
        }
        // one space (or tab) between the parts of a name
        let gap = text[p..].len() - text[p..].trim_start_matches([' ', '\t']).len();
        if gap == 0 || gap > 2 {
            break;
        }
        let next = &text[p + gap..];
        if !(INITIALS.is_match(next)
            || WORD.is_match(next)
            || NICK.is_match(next)
            || PARTICLE.is_match(next))
        {
            break;
        }
        p += gap;
    }
    while matches!(
        tokens.last(),
        Some((_, _, Tok::Particle | Tok::Initials | Tok::Nick))
    ) && tokens.len() > 1
        && tokens.last().map(|t| t.2) != Some(Tok::Nick)
    {
        tokens.pop();
    }
    if !tokens.iter().any(|t| t.2 == Tok::Word) {
        return None;
    }
    Some(NameMatch {
        start: tokens[0].0,
        end: tokens.last()?.1,
        tokens,
        title: None,
    })
}

/// Skips forms of address ("de heer", "mevrouw mr.", "Dr") at `at`; returns the first one's
/// span and where the name starts.
pub(crate) fn skip_title(text: &str, at: usize) -> (Option<(usize, usize)>, usize) {
    let mut p = at;
    let mut first = None;
    while let Some(m) = TITLE.find(&text[p..]) {
        if first.is_none() {
            first = Some((p, p + m.as_str().trim_end().len()));
        }
        p += m.end();
    }
    (first, p)
}

/// A form of address that tells the gender ("Dhr.", "mevrouw", "Mr"); not "dr." or "mr."
/// (the Dutch law degree).
pub(crate) fn gendered_title(s: &str) -> bool {
    let t = s.trim_end_matches('.');
    let l = t.to_lowercase();
    matches!(
        l.as_str(),
        "heer"
            | "de heer"
            | "mevrouw"
            | "mevr"
            | "mw"
            | "dhr"
            | "meneer"
            | "mijnheer"
            | "mrs"
            | "ms"
            | "miss"
    ) || t == "Mr"
}

/// A line that is only a name, with perhaps a form of address before it and pronouns after
/// it ("Dhr. G.H. ter Horst", "Mei Ling Wong (zij/haar)", "Kofi Mensah").
pub(crate) fn name_line(line: &str) -> Option<NameMatch> {
    let lead = line.len() - line.trim_start().len();
    let (title, at) = skip_title(line, lead);
    let mut m = scan_name(line, at)?;
    let rest = line[m.end..].trim();
    let rest_ok = rest.is_empty()
        || rest == ","
        || (rest.starts_with('(') && rest.ends_with(')') && rest.contains('/') && rest.len() < 24);
    if !rest_ok || m.tokens.len() > 6 || !plausible(line, &m) {
        return None;
    }
    m.title = title;
    Some(m)
}

/// A word that starts sentences, a country, a nationality, a language or a month: not a name.
pub(crate) fn is_not_name_word(w: &str) -> bool {
    let l = w.to_lowercase();
    NOT_NAME_SET.contains(l.as_str())
        || COUNTRY_SET.contains(w)
        || NATIONALITY_SET.contains(w)
        || LANGUAGE_SET.contains(w)
        || MONTHS.contains(&l.as_str())
        || crate::lex::HOME_COUNTRIES.contains(&w)
}

/// A name whose first word may be a name at all, and one of whose words is not a common
/// sentence word.
pub(crate) fn plausible(text: &str, m: &NameMatch) -> bool {
    let words: Vec<&str> = m
        .tokens
        .iter()
        .filter(|t| t.2 == Tok::Word)
        .map(|t| &text[t.0..t.1])
        .collect();
    // "Van Hout", "De Smet": a capitalised tussenvoegsel does not decide
    let Some(first) = words
        .iter()
        .find(|w| !PARTICLE_SET.contains(w.to_lowercase().as_str()))
    else {
        return false;
    };
    let initials_first = m.tokens.first().is_some_and(|t| t.2 == Tok::Initials);
    // a month is a given name too ("Mei Ling Wong", "June Smith") when a surname follows
    let month_name = words.len() > 1 && MONTHS.contains(&first.to_lowercase().as_str());
    // initials before a word make a name whatever the word ("R. van der Meer")
    if initials_first {
        return words
            .iter()
            .any(|w| !COUNTRY_SET.contains(w) && !NATIONALITY_SET.contains(w));
    }
    (month_name || !is_not_name_word(first)) && words.iter().any(|w| !is_not_name_word(w))
}

/// A name in a weak context (a greeting, "ik ben …"): plausible, and no word for a role
/// ("Beste Collega", "Dear Recruiter"). Ordinary words are not ruled out: many given names
/// are frequent words too ("Roos", "Mark"), and here the context says a name stands.
pub(crate) fn plausible_given(text: &str, m: &NameMatch) -> bool {
    plausible(text, m)
        && m.tokens.iter().filter(|t| t.2 == Tok::Word).all(|t| {
            let w = text[t.0..t.1].to_lowercase();
            !ROLE_NOUNS.contains(&w.as_str())
                && ![
                    "collega",
                    "collega's",
                    "lezer",
                    "commissie",
                    "sollicitatiecommissie",
                    "werkgever",
                    "allen",
                    "iedereen",
                    "all",
                    "everyone",
                    "there",
                ]
                .contains(&w.as_str())
        })
}

/// Employers and brands named after people: a given name and a surname that are no person
/// in a letter.
const NAMED_AFTER_PEOPLE: &[&str] = &[
    "Albert Heijn",
    "Jan Linders",
    "Dirk van den Broek",
    "Bart Smit",
    "Henk ten Hoor",
    "Hugo Boss",
    "Calvin Klein",
    "Tommy Hilfiger",
    "Ralph Lauren",
    "Louis Vuitton",
    "Karl Lagerfeld",
    "Marc Jacobs",
    "Ben & Jerry",
    "Tony Chocolonely",
    "Jamie Oliver",
    "Van der Valk",
    "Max Verstappen",
    "Anne Frank",
    "Vincent van Gogh",
    "Johan Cruijff",
];

/// "Fatima El Amrani", "Kevin de Boer" in running text: a given name from the gazetteer,
/// followed by a surname (capitalised, after any tussenvoegsels).
pub(crate) fn from_gazetteer(doc: &mut Doc) {
    let text = doc.text;
    let toks = text_tokens(text);
    let mut found: Vec<NameMatch> = Vec::new();
    let mut skip_until = 0;
    for t in &toks {
        if t.start < skip_until || !t.upper || !is_given_name(&text[t.start..t.end]) {
            continue;
        }
        let Some(m) = scan_name(text, t.start) else {
            continue;
        };
        let words: Vec<&str> = m
            .tokens
            .iter()
            .filter(|x| x.2 == Tok::Word)
            .map(|x| &text[x.0..x.1])
            .collect();
        if words.len() < 2 || words.iter().any(|w| is_not_name_word(w)) {
            continue;
        }
        let full = &text[m.start..m.end];
        let last = words[words.len() - 1];
        if NAMED_AFTER_PEOPLE.iter().any(|n| full.starts_with(n)) || is_place(full) {
            continue;
        }
        // at the start of a sentence the first word may be an ordinary word: then the
        // surname must be a known one
        let sentence_start = text[..m.start]
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back()
            .is_none_or(|c| ".!?\n:\"'(".contains(c));
        let surname_ok = is_surname(last) || !is_common_word(last);
        if !surname_ok || (sentence_start && is_common_word(words[0]) && !is_surname(last)) {
            continue;
        }
        if doc.in_employer_zone(m.start) || doc.covered(m.start, m.end) {
            continue;
        }
        skip_until = m.end;
        found.push(m);
    }
    for m in found {
        doc.add_name(&m, Rule::NameGazetteer, false);
    }
}

/// "Małgorzata (Gosia) Nowak" → "Małgorzata Nowak".
pub(crate) fn strip_nick(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut depth = 0;
    for c in name.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(crate) fn known_identity(doc: &mut Doc, known: &Known) {
    for n in &known.names {
        let n = n.trim();
        if !n.is_empty() && !doc.applicant_names.iter().any(|x| x == n) {
            doc.applicant_names.push(n.to_string());
        }
    }
    let text = doc.text;
    let lower = text.to_ascii_lowercase();
    for e in &known.emails {
        let e = e.trim().to_ascii_lowercase();
        if e.len() < 3 {
            continue;
        }
        let mut from = 0;
        while let Some(p) = lower[from..].find(&e) {
            let s = from + p;
            doc.add(s, s + e.len(), Label::Email, Rule::KnownIdentity);
            from = s + e.len();
        }
    }
    for ph in &known.phones {
        let digits: Vec<char> = ph.chars().filter(char::is_ascii_digit).collect();
        if digits.len() < 6 {
            continue;
        }
        // the last nine digits, with any separators between them
        let tail: String = digits[digits.len().saturating_sub(9)..]
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(r"[\s.\-/()]{0,3}");
        if let Ok(re) = crate::text::regex(&format!(
            r"(?:\+\d{{1,3}}[\s.\-/()]{{0,3}}(?:\(0\)[\s.\-]{{0,2}})?|0[\s.\-/()]{{0,3}})?{tail}"
        )) {
            let found: Vec<(usize, usize)> =
                re.find_iter(text).map(|m| (m.start(), m.end())).collect();
            for (s, e) in found {
                doc.add(s, e, Label::Phone, Rule::KnownIdentity);
            }
        }
    }
}

static SELF_INTRO: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:[Ii]k ben|[Ii]k heet|[Mm]ijn naam is|[Mm]y name is|I'm|I’m|I am|[Hh]ier is|[Jj]e spreekt met|[Tt]his is|[Ii]ch bin|[Jj]e m'appelle|[Mm]ijn voornaam is)[ \t]+").expect("self introduction pattern")
});
static TITLE_IN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b(?:[Dd]e heer|[Mm]evrouw|[Mm]eneer|[Mm]evr\.|[Dd]hr\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|[Jj]uffrouw|[Jj]uf|[Mm]eester)[ \t]+").expect("title in text pattern")
});
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    let roles = ROLE_NOUNS.join("|");
    crate::text::regex(&format!(
        r"(?:\b(?:[Mm]ijn|[Oo]nze|[Mm]y|[Oo]ur|[Zz]ijn|[Hh]aar|[Hh]is|[Hh]er|[Dd]e|[Tt]he)[ \t]+(?:\p{{Ll}}[\p{{L}}\-]*[ \t]+){{0,2}}(?:{roles})[ \t]*,?[ \t]+(?:is[ \t]+|was[ \t]+)?|\b(?:{roles}),[ \t]+)"
    ))
    .expect("role pattern")
});

/// Names in running text: "Ik ben Anouk de Vries", "de heer Dennis Koopman", "mijn jobcoach,
/// Peter Lammers,".
pub(crate) fn in_running_text(doc: &mut Doc) {
    let text = doc.text;
    let intro: Vec<usize> = SELF_INTRO.find_iter(text).map(|m| m.end()).collect();
    for at in intro {
        if let Some(m) = scan_name(text, at) {
            if plausible_given(text, &m) && name_ends_well(text, m.end) {
                doc.add_name(&m, Rule::SelfIntroduction, true);
            }
        }
    }
    let titled: Vec<(usize, usize)> = TITLE_IN_TEXT
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    for (ts, at) in titled {
        let (_, at) = skip_title(text, at);
        if let Some(mut m) = scan_name(text, at) {
            if plausible(text, &m) {
                m.title = Some((ts, ts + text[ts..at].trim_end().len()));
                let applicant = doc.in_identity_zone(ts);
                doc.add_name(&m, Rule::NamedPerson, applicant);
            }
        }
    }
    let roles: Vec<usize> = ROLE.find_iter(text).map(|m| m.end()).collect();
    for at in roles {
        let (_, at) = skip_title(text, at);
        if let Some(m) = scan_name(text, at) {
            if plausible(text, &m) {
                doc.add_name(&m, Rule::NamedPerson, false);
            }
        }
    }
}

/// What may follow a name in running text: punctuation, a line end, "en", "and", an age.
fn name_ends_well(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let next = rest.chars().next();
    match next {
        None => true,
        Some(c) if ",.;:!?)(\n".contains(c) => true,
        Some(' ') | Some('\t') => {
            let w = rest.trim_start();
            let word: String = w.chars().take_while(|c| c.is_alphanumeric()).collect();
            let lw = word.to_lowercase();
            w.starts_with('(')
                || w.starts_with('-')
                || w.starts_with('–')
                || matches!(
                    lw.as_str(),
                    "en" | "and"
                        | "uit"
                        | "from"
                        | "van"
                        | "of"
                        | "ik"
                        | "i"
                        | "werkt"
                        | "works"
                        | "wil"
                        | "kan"
                        | "staat"
                        | "is"
                        | "heeft"
                        | "has"
                        | "was"
                        | "en,"
                        | "die"
                        | "who"
                        | "zou"
                        | "would"
                        | "will"
                        | "weet"
                        | "knows"
                        | "geeft"
                        | "gives"
                )
                || word.chars().all(|c| c.is_ascii_digit()) && !word.is_empty()
        }
        _ => false,
    }
}

/// A token of the text for matching names: a run of letters, digits and apostrophes.
struct TextTok {
    start: usize,
    end: usize,
    folded: String,
    upper: bool,
}

fn text_tokens(text: &str) -> Vec<TextTok> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let word = c.is_alphanumeric() || ((c == '\'' || c == '’') && start.is_some());
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let w = text[s..i].trim_end_matches(['\'', '’']);
                let e = s + w.len();
                if e > s {
                    out.push(TextTok {
                        start: s,
                        end: e,
                        folded: fold(w),
                        upper: w.chars().next().is_some_and(char::is_uppercase),
                    });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The variants of a name, as sequences of folded tokens: the whole name, the surname with
/// and without its tussenvoegsel, each given name and the nickname.
fn variants(name: &str) -> Vec<Vec<String>> {
    let Some(m) = scan_name(name, name.len() - name.trim_start().len()) else {
        return Vec::new();
    };
    let split = |s: &str| -> Vec<String> {
        s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            .map(fold)
            .collect()
    };
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut push = |v: Vec<String>| {
        if !v.is_empty() && !out.contains(&v) {
            out.push(v);
        }
    };
    // the whole name without initials and nickname
    let plain: Vec<String> = m
        .tokens
        .iter()
        .filter(|t| matches!(t.2, Tok::Word | Tok::Particle))
        .flat_map(|t| split(&name[t.0..t.1]))
        .collect();
    push(plain);
    // the surname from the first particle on ("van 't Hof", "de Vries")
    if let Some(p) = m.tokens.iter().position(|t| t.2 == Tok::Particle) {
        let sur: Vec<String> = m.tokens[p..]
            .iter()
            .flat_map(|t| split(&name[t.0..t.1]))
            .collect();
        push(sur);
    }
    for t in &m.tokens {
        let w = &name[t.0..t.1];
        match t.2 {
            Tok::Word => {
                for part in split(w) {
                    if part.chars().count() >= 2
                        && !NOT_NAME_SET.contains(part.as_str())
                        && !PARTICLE_SET.contains(part.as_str())
                    {
                        push(vec![part]);
                    }
                }
            }
            Tok::Nick => push(split(w)),
            _ => {}
        }
    }
    // longest first, so "Anouk de Vries" wins over "Anouk"
    out.sort_by_key(|v| std::cmp::Reverse(v.len()));
    out
}

/// Every other occurrence of the names found: the applicant's in all variants, other people's
/// in full.
pub(crate) fn elsewhere(doc: &mut Doc) {
    let text = doc.text;
    let toks = text_tokens(text);
    let mut list: Vec<(Vec<String>, Rule)> = Vec::new();
    for n in &doc.applicant_names {
        for v in variants(n) {
            list.push((v, Rule::NameElsewhere));
        }
    }
    for n in &doc.other_names {
        if let Some(v) = variants(n).into_iter().next() {
            if v.len() >= 2 {
                list.push((v, Rule::NameElsewhere));
            }
        }
    }
    list.sort_by_key(|(v, _)| std::cmp::Reverse(v.len()));
    let mut found: Vec<(usize, usize, Rule)> = Vec::new();
    for (v, rule) in &list {
        for i in 0..toks.len() {
            if i + v.len() > toks.len() {
                break;
            }
            let ok = v.iter().enumerate().all(|(k, w)| {
                let t = &toks[i + k];
                if &t.folded != w {
                    return false;
                }
                if k > 0 {
                    let gap = &text[toks[i + k - 1].end..t.start];
                    if gap.is_empty() || !gap.chars().all(|c| c == ' ' || c == '-' || c == '\t') {
                        return false;
                    }
                }
                true
            });
            if !ok {
                continue;
            }
            // a name is capitalised: its first word that is not a tussenvoegsel
            let first_word = (0..v.len()).find(|&k| !PARTICLE_SET.contains(v[k].as_str()));
            if first_word.is_none_or(|k| !toks[i + k].upper) {
                continue;
            }
            let (s, e) = (toks[i].start, toks[i + v.len() - 1].end);
            if doc.in_employer_zone(s) || doc.covered(s, e) {
                continue;
            }
            // in an e-mail or web address: the address itself is hidden
            if text[..s].ends_with(['.', '@', '/', '_']) || text[e..].starts_with(['@', '_']) {
                continue;
            }
            found.push((extend_initials(text, s), e, *rule));
        }
    }
    for (s, e, rule) in found {
        if !doc.covered(s, e) {
            doc.add(s, e, Label::Person, rule);
        }
    }
}

/// "P. Wiśniewski": the initials before a surname belong to the name.
fn extend_initials(text: &str, s: usize) -> usize {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::regex(r"(?:\p{Lu}\.[ \t]?){1,4}[ \t]?$").expect("initials before")
    });
    let from = s.saturating_sub(16);
    let from = (from..=s).find(|&i| text.is_char_boundary(i)).unwrap_or(s);
    match BEFORE.find(&text[from..s]) {
        Some(m) if boundary_before(text, from + m.start()) => from + m.start(),
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> Option<String> {
        scan_name(s, 0).map(|m| s[m.start..m.end].to_string())
    }

    #[test]
    fn reads_names_of_many_shapes() {
        assert_eq!(
            name("M.J. (Marieke) van 't Hof\n").as_deref(),
            Some("M.J. (Marieke) van 't Hof")
        );
        assert_eq!(name("P. Wiśniewski").as_deref(), Some("P. Wiśniewski"));
        assert_eq!(
            name("Mei Ling Wong (zij/haar)").as_deref(),
            Some("Mei Ling Wong")
        );
        assert_eq!(
            name("Anita Ramsaran-Jagessar").as_deref(),
            Some("Anita Ramsaran-Jagessar")
        );
        assert_eq!(
            name("Anouk de Vries, 47 jaar").as_deref(),
            Some("Anouk de Vries")
        );
        assert_eq!(
            name("Wilma Oude Luttikhuis werkt").as_deref(),
            Some("Wilma Oude Luttikhuis")
        );
        assert_eq!(name("HACCP"), None);
        assert_eq!(name("jan"), None);
    }

    #[test]
    fn name_lines() {
        assert!(name_line("Dhr. G.H. ter Horst").is_some());
        assert!(name_line("Met vriendelijke groet,").is_none());
        assert!(name_line("Hiring Manager").is_none());
        assert!(name_line("Ik ben Jan").is_none());
    }

    #[test]
    fn variants_of_a_name() {
        let v = variants("Marieke van 't Hof");
        assert!(v.contains(&vec![
            "marieke".to_string(),
            "van".into(),
            "'t".into(),
            "hof".into()
        ]));
        assert!(v.contains(&vec!["van".to_string(), "'t".into(), "hof".into()]));
        assert!(v.contains(&vec!["marieke".to_string()]));
        assert!(v.contains(&vec!["hof".to_string()]));
    }
}
