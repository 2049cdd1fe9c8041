//! The layout of a letter: e-mail headers, the contact block at the top, the recipient's
//! address (not the applicant's: left alone), the date line, labelled fields, the
//! salutation and the signature under the closing.

use std::sync::LazyLock;

use regex::Regex;

use crate::names::{self, NameMatch};
use crate::text::{self, Line};
use crate::{Analysis, IdentityGuess, Label, Rule, Span};

pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub lines: Vec<Line>,
    pub spans: Vec<Span>,
    /// Names the letter establishes as the applicant's (or the coordinator confirmed):
    /// hidden wherever they appear.
    pub applicant_names: Vec<String>,
    /// Other people's full names found at a trigger: hidden wherever they appear in full.
    pub other_names: Vec<String>,
    /// Byte ranges of the recipient's address and the "Aan:" header: the employer's names,
    /// streets and places there stay.
    pub employer_zones: Vec<(usize, usize)>,
    /// Byte ranges of the applicant's own contact lines (top block and signature).
    pub identity_zones: Vec<(usize, usize)>,
    /// Index of the salutation line, when there is one.
    pub salutation_line: Option<usize>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        Doc {
            text,
            lines: text::lines(text),
            spans: Vec::new(),
            applicant_names: Vec::new(),
            other_names: Vec::new(),
            employer_zones: Vec::new(),
            identity_zones: Vec::new(),
            salutation_line: None,
        }
    }

    pub fn line(&self, i: usize) -> &'a str {
        let l = self.lines[i];
        &self.text[l.start..l.end]
    }

    pub fn in_employer_zone(&self, at: usize) -> bool {
        self.employer_zones.iter().any(|&(s, e)| s <= at && at < e)
    }

    pub fn in_identity_zone(&self, at: usize) -> bool {
        self.identity_zones.iter().any(|&(s, e)| s <= at && at < e)
    }

    /// True when a direct identifier already covers `start..end` entirely.
    pub fn covered(&self, start: usize, end: usize) -> bool {
        self.spans
            .iter()
            .any(|s| s.label.is_direct() && s.start <= start && end <= s.end)
    }

    /// Adds a span after trimming white space and outer punctuation from both ends.
    pub fn add(&mut self, start: usize, end: usize, label: Label, rule: Rule) {
        let t = self.text;
        if start >= end || end > t.len() || !t.is_char_boundary(start) || !t.is_char_boundary(end) {
            return;
        }
        let slice = &t[start..end];
        let keep_open = |c: char| {
            c.is_alphanumeric() || c == '+' || c == '(' || c == '\'' || c == '’' || c == '['
        };
        let keep_close = |c: char| {
            c.is_alphanumeric() || c == ')' || c == '.' && label == Label::Person || c == ']'
        };
        let lead = slice.len() - slice.trim_start_matches(|c: char| !keep_open(c)).len();
        let s = start + lead;
        let rest = &t[s..end];
        let e = s + rest.trim_end_matches(|c: char| !keep_close(c)).len();
        if s >= e {
            return;
        }
        // a closing bracket without its opening one is not part of the span
        let (s, e) = balance(t, s, e);
        if s >= e {
            return;
        }
        if self
            .spans
            .iter()
            .any(|x| x.start == s && x.end == e && x.label == label)
        {
            return;
        }
        self.spans.push(Span {
            start: s,
            end: e,
            label,
            rule,
        });
    }

    pub fn add_name(&mut self, m: &NameMatch, rule: Rule, applicant: bool) {
        if let Some((s, e)) = m.title {
            if applicant && names::gendered_title(&self.text[s..e]) {
                self.add(s, e, Label::Gender, Rule::Cue);
            }
        }
        self.add(m.start, m.end, Label::Person, rule);
        let name = self.text[m.start..m.end].to_string();
        let list = if applicant {
            &mut self.applicant_names
        } else {
            &mut self.other_names
        };
        if !list.contains(&name) {
            list.push(name);
        }
    }

    /// Sorts the spans, merges overlapping direct identifiers and guesses the identity.
    pub fn finish(self) -> Analysis {
        let mut direct: Vec<Span> = self
            .spans
            .iter()
            .filter(|s| s.label.is_direct())
            .cloned()
            .collect();
        direct.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut merged: Vec<Span> = Vec::with_capacity(direct.len());
        for s in direct {
            match merged.last_mut() {
                Some(last) if s.start < last.end => {
                    if s.end > last.end {
                        // keep the label of the longer part
                        if s.end - s.start > last.end - last.start {
                            last.label = s.label;
                            last.rule = s.rule;
                        }
                        last.end = s.end;
                    }
                }
                _ => merged.push(s),
            }
        }
        let mut cues: Vec<Span> = self
            .spans
            .iter()
            .filter(|s| s.label.is_cue())
            .cloned()
            .collect();
        cues.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        cues.dedup_by(|b, a| a.start <= b.start && b.end <= a.end && a.label == b.label);
        let identity = guess_identity(&self, &merged);
        let mut spans = merged;
        spans.extend(cues);
        spans.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        Analysis {
            spans,
            identity,
            lang: crate::Lang::Nl,
        }
    }
}

/// Shrinks a span so that its brackets are balanced: "(Gosia) Nowak" keeps both, "Nowak)"
/// loses the stray one.
fn balance(t: &str, s: usize, e: usize) -> (usize, usize) {
    let slice = &t[s..e];
    let opens = slice.matches('(').count();
    let closes = slice.matches(')').count();
    let (mut s, mut e) = (s, e);
    if closes > opens && t[s..e].ends_with(')') {
        e -= 1;
    }
    if opens > closes && t[s..e].starts_with('(') {
        s += 1;
    }
    (s, e)
}

fn guess_identity(doc: &Doc, direct: &[Span]) -> IdentityGuess {
    let pick = |label: Label| -> Option<String> {
        let mut it = direct.iter().filter(|s| s.label == label);
        let own = direct
            .iter()
            .filter(|s| s.label == label)
            .find(|s| doc.in_identity_zone(s.start));
        own.or_else(|| it.next())
            .map(|s| doc.text[s.start..s.end].to_string())
    };
    IdentityGuess {
        name: doc
            .applicant_names
            .first()
            .cloned()
            .map(|n| names::strip_nick(&n)),
        email: pick(Label::Email),
        phone: pick(Label::Phone),
    }
}

static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?i)^[ \t]*(van|from|cc|bcc|aan|to|onderwerp|betreft|subject|re|datum|date|verzonden|sent|ref)[ \t]*:[ \t]*(.*)$").expect("header pattern")
});

static SALUTATION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^[ \t]*(?:[Bb]este|[Gg]eachte|[Hh]allo|[Hh]oi|[Hh]i|[Hh]ey|[Hh]ee|[Dd]ag|[Dd]ear|[Hh]ello|[Gg]oede(?:n)?(?:morgen|middag|avond|dag)|[Ll]ieve|[Hh]a|[Yy]o|[Gg]ood (?:morning|afternoon|evening)|[Tt]o whom)\b").expect("salutation pattern")
});

static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?i)^[ \t]*(?:(?:met\s+)?(?:(?:heel\s+)?(?:vriendelijke|hartelijke|beste|warme|sportieve|zonnige|lieve|veel|collegiale)\s+)?groet(?:en|jes)?|hoogachtend|liefs|mvg|m\.v\.g\.?|(?:with\s+)?(?:kind|best|warm|kindest|warmest|many)\s+regards|regards|yours\s+(?:sincerely|faithfully|truly)|sincerely|cheers|many\s+thanks|thanks(?:\s+again)?|thank\s+you|best\s+wishes|all\s+the\s+best|best|alvast\s+(?:bedankt|dank)|bedankt|dank\s+(?:je|u)(?:\s+wel)?|tot\s+(?:ziens|snel|gauw)|doei|ciao|take\s+care|vriendelijke\s+groet(?:en|jes)?)\b").expect("closing pattern")
});

static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(
        r"^[ \t]*((?:'s-)?\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*(?:[ \-][\p{{L}}\p{{M}}'’\-]+){{0,3}}),[ \t]*(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ \t]+)?(?:\d{{1,2}}(?:e|ste|de|st|nd|rd|th)?[ \t]+(?:{m})\.?[ \t]+\d{{4}}|(?:{m})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})[ \t]*$",
        m = crate::lex::MONTHS.join("|")
    ))
    .expect("date line pattern")
});

static STREET_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^[ \t]*((?:\p{Lu}|'t |'s-)[\p{L}\p{M}'’.\-]*(?:[ \t]+[\p{L}\p{M}'’.\-]+){0,4}[ \t]+\d{1,5}(?:[ \t]?[-/][ \t]?\d{1,4})?(?:[ \t]?[a-zA-Z]{1,2}\b)?(?:[ \t]+(?:bis|huis|hs|boven|beneden|bus[ \t]*\d+|[IVX]{1,4}|[A-Za-z]|zw|rd))?)[ \t]*(?:,[ \t]*(.*))?$").expect("street line pattern")
});

static POSTCODE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^[ \t]*(?:(?:NL|B)-)?([1-9]\d{3}[ \t]?[A-Z]{2}|[1-9]\d{3})(?:[ \t]+|,[ \t]*)((?:'s-)?\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t\-]+[\p{L}\p{M}'’\-]+){0,3})[ \t]*$").expect("postcode line pattern")
});

static PLACE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^[ \t]*((?:'s-)?\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t\-]+\p{Lu}[\p{L}\p{M}'’\-]*|[ \t]+(?:aan|op|in|de|den|der|bij)){0,3})[ \t]*$").expect("place line pattern")
});

static FIELD: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?i)^[ \t]*(naam|volledige naam|name|full name|voornaam|achternaam|roepnaam|adres|address|woonadres|home address|straat|postcode en woonplaats|postcode/woonplaats|postcode & woonplaats|postcode|zip code|woonplaats|plaats|city|town|place of residence|residence|telefoon(?:nummer)?|tel\.?|telefoonnr\.?|mobiel(?:e nummer)?|gsm(?:-nummer)?|phone(?: number)?|mobile|cell|e-?mail(?:adres)?|geboortedatum|geboren(?: op)?|geb\.?|date of birth|born|birth date|dob|geboorteplaats|place of birth|birthplace|leeftijd|age|nationaliteit|nationality|citizenship|burgerlijke staat|marital status|gezinssituatie|geslacht|gender|sex|godsdienst|religie|religion|geloof|bsn|burgerservicenummer|sofinummer|sofi-nummer|rijksregisternummer|rijksregisternr\.?|rijksregister|insz(?:-nummer)?|id-nummer|id number|paspoortnummer|passport(?: number)?|iban|rekeningnummer|bankrekening(?:nummer)?|linkedin|github|website|portfolio)(?:[ \t]*(:)[ \t]*|[ \t]+)(\S.*)$").expect("field pattern")
});

/// Finds the header lines, the applicant's contact lines, the recipient's address, the date
/// line, the labelled fields, the salutation and the signature.
pub(crate) fn layout(doc: &mut Doc) {
    let n = doc.lines.len();
    let is_blank = |doc: &Doc, i: usize| doc.line(i).trim().is_empty();
    // the salutation: the first greeting line
    doc.salutation_line = (0..n).find(|&i| SALUTATION.is_match(doc.line(i)));
    headers(doc);
    fields(doc);
    date_lines(doc);
    // blocks of consecutive non-blank lines
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        if is_blank(doc, i) {
            i += 1;
            continue;
        }
        let s = i;
        while i < n && !is_blank(doc, i) {
            i += 1;
        }
        blocks.push((s, i));
    }
    let before_salutation = doc.salutation_line.unwrap_or(0);
    let mut contact_done = false;
    for &(s, e) in &blocks {
        if s >= before_salutation {
            break;
        }
        let first = doc.line(s);
        let all_headers = (s..e).all(|i| HEADER.is_match(doc.line(i)));
        if all_headers || (e - s == 1 && DATE_LINE.is_match(first)) {
            continue;
        }
        if !contact_done && looks_like_contact_block(doc, s, e) {
            contact_done = true;
            // the recipient's address may follow without a blank line between
            // (an address line is short; a long line is the letter itself)
            let short = |i: usize| doc.line(i).chars().count() <= 60;
            let k = (s + 1..e)
                .find(|&i| {
                    short(i) && (starts_recipient(doc.line(i)) || has_company_word(doc.line(i)))
                })
                .unwrap_or(e);
            let k_end = (k..e).find(|&i| !short(i)).unwrap_or(e);
            identity_block(doc, s, k, Rule::ContactBlock, true);
            if k < k_end {
                doc.employer_zones
                    .push((doc.lines[k].start, doc.lines[k_end - 1].end));
                recipient_names(doc, k, k_end);
            }
            continue;
        }
        if (s..e).all(|i| FIELD.is_match(doc.line(i)) || HEADER.is_match(doc.line(i))) {
            continue;
        }
        if e - s == 1 && !starts_recipient(first) && !has_company_word(first) {
            // a lone title line such as "CURRICULUM VITAE" or "Personalia"
            continue;
        }
        // the recipient's address: the employer's names and places stay
        let zone = (doc.lines[s].start, doc.lines[e - 1].end);
        doc.employer_zones.push(zone);
        recipient_names(doc, s, e);
    }
    salutation(doc);
    signature(doc, &blocks);
}

fn starts_recipient(line: &str) -> bool {
    let l = line.trim_start().to_lowercase();
    ["aan ", "aan:", "to:", "t.a.v", "attn", "ter attentie"]
        .iter()
        .any(|p| l.starts_with(p))
}

fn has_company_word(line: &str) -> bool {
    let l = line.to_lowercase();
    [
        "b.v.",
        " bv",
        "n.v.",
        "v.o.f.",
        "vof",
        "bedrijf",
        "postbus",
        "afdeling",
        "b.v",
        "gmbh",
        "ltd",
        "inc.",
        "holding",
        "groep",
        "group",
        "winkel",
        "restaurant",
        "hotel",
        "salon",
        "bakkerij",
        "kantoor",
        "centrum",
        "zorg",
        "school",
        "college",
        "stichting",
        "gemeente",
        "hr ",
        "human resources",
        "hiring",
        "personeelszaken",
        "recruitment",
        "bvba",
        "nv ",
        "comm.v",
        "firma",
    ]
    .iter()
    .any(|w| l.contains(w))
}

fn looks_like_contact_block(doc: &Doc, s: usize, e: usize) -> bool {
    if e - s < 2 {
        return false;
    }
    let first = doc.line(s);
    if starts_recipient(first) || has_company_word(first) {
        return false;
    }
    let name_first = names::name_line(first).is_some();
    let field_name = FIELD.captures(first).is_some_and(|c| {
        c[1].to_lowercase().contains("naam") || c[1].to_lowercase().contains("name")
    });
    let contact_lines = (s + 1..e)
        .filter(|&i| {
            let l = doc.line(i);
            STREET_LINE.is_match(l)
                || POSTCODE_LINE.is_match(l)
                || FIELD.is_match(l)
                || doc.spans.iter().any(|sp| {
                    matches!(sp.label, Label::Phone | Label::Email)
                        && sp.start >= doc.lines[i].start
                        && sp.end <= doc.lines[i].end
                })
                || l.contains('@')
                || l.chars().filter(char::is_ascii_digit).count() >= 8
        })
        .count();
    (name_first || field_name) && contact_lines >= 1
}

/// The applicant's own lines: a name, street, postcode and place, phone, e-mail.
fn identity_block(doc: &mut Doc, s: usize, e: usize, rule: Rule, name_first: bool) {
    let zone = (doc.lines[s].start, doc.lines[e - 1].end);
    doc.identity_zones.push(zone);
    let mut seen_name = !name_first;
    for i in s..e {
        let l = doc.lines[i];
        let line = doc.line(i);
        if line.trim().is_empty() || FIELD.is_match(line) || HEADER.is_match(line) {
            continue;
        }
        if !seen_name {
            seen_name = true;
            if let Some(m) = names::name_line(line) {
                let m = m.shifted(l.start);
                doc.add_name(&m, rule, true);
                continue;
            }
        }
        if let Some(c) = POSTCODE_LINE.captures(line) {
            let (p, pl) = (c.get(1).expect("group"), c.get(2).expect("group"));
            doc.add(
                l.start + p.start(),
                l.start + p.end(),
                Label::Postcode,
                Rule::Postcode,
            );
            doc.add(l.start + pl.start(), l.start + pl.end(), Label::Place, rule);
            continue;
        }
        if doc.covered(l.start, l.end) || line.contains('@') {
            continue;
        }
        if let Some(c) = STREET_LINE.captures(line) {
            let st = c.get(1).expect("group");
            doc.add(
                l.start + st.start(),
                l.start + st.end(),
                Label::Address,
                Rule::StreetAddress,
            );
            if let Some(rest) = c.get(2) {
                place_after_street(doc, l.start + rest.start(), rest.as_str());
            }
            continue;
        }
        if let Some(c) = PLACE_LINE.captures(line) {
            let m = c.get(1).expect("group");
            if line.split_whitespace().count() <= 4 && !names::is_not_name_word(m.as_str()) {
                doc.add(l.start + m.start(), l.start + m.end(), Label::Place, rule);
            }
        }
    }
}

/// "1234 AB Utrecht" after a street on the same line.
fn place_after_street(doc: &mut Doc, at: usize, rest: &str) {
    if let Some(c) = POSTCODE_LINE.captures(rest) {
        let (p, pl) = (c.get(1).expect("group"), c.get(2).expect("group"));
        doc.add(
            at + p.start(),
            at + p.end(),
            Label::Postcode,
            Rule::Postcode,
        );
        doc.add(
            at + pl.start(),
            at + pl.end(),
            Label::Place,
            Rule::ContactBlock,
        );
    } else if let Some(c) = PLACE_LINE.captures(rest) {
        let m = c.get(1).expect("group");
        doc.add(
            at + m.start(),
            at + m.end(),
            Label::Place,
            Rule::ContactBlock,
        );
    }
}

fn headers(doc: &mut Doc) {
    for i in 0..doc.lines.len() {
        if doc.salutation_line.is_some_and(|s| i >= s) {
            break;
        }
        let l = doc.lines[i];
        let line = doc.line(i);
        let Some(c) = HEADER.captures(line) else {
            continue;
        };
        let key = c[1].to_lowercase();
        let value = c.get(2).expect("group");
        let at = l.start + value.start();
        match key.as_str() {
            "van" | "from" | "cc" | "bcc" => {
                let applicant = key == "van" || key == "from";
                if let Some(m) = names::scan_name(doc.text, at) {
                    let rest = doc.text[m.end..l.end].trim_start();
                    if (rest.is_empty() || rest.starts_with('<') || rest.starts_with('('))
                        && names::plausible(doc.text, &m)
                    {
                        doc.add_name(&m, Rule::EmailHeader, applicant);
                    }
                }
                if applicant {
                    doc.identity_zones.push((l.start, l.end));
                }
            }
            "aan" | "to" => doc.employer_zones.push((l.start, l.end)),
            "onderwerp" | "betreft" | "subject" | "re" => {
                // "Sollicitatie kok – Jan Jansen": a name after the last dash
                let v = value.as_str();
                if let Some(pos) = v.rfind([' ', '\t']).and(v.rfind(['–', '—', '-', '|', ':']))
                {
                    let dash_len = v[pos..].chars().next().map_or(1, char::len_utf8);
                    let after = pos + dash_len;
                    let start = after + (v[after..].len() - v[after..].trim_start().len());
                    if let Some(m) = names::scan_name(doc.text, at + start) {
                        if m.end == l.start + line.trim_end().len()
                            && m.token_count() >= 2
                            && names::plausible(doc.text, &m)
                        {
                            doc.add_name(&m, Rule::EmailHeader, true);
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

fn fields(doc: &mut Doc) {
    for i in 0..doc.lines.len() {
        let l = doc.lines[i];
        let line = doc.line(i);
        let Some(c) = FIELD.captures(line) else {
            continue;
        };
        let key = c[1].to_lowercase();
        let colon = c.get(2).is_some();
        let v = c.get(3).expect("group");
        let (vs, ve) = (
            l.start + v.start(),
            l.start + v.as_str().trim_end().len() + v.start(),
        );
        let value = &doc.text[vs..ve];
        let phoneish = matches!(
            key.as_str(),
            "telefoon"
                | "telefoonnummer"
                | "tel"
                | "tel."
                | "telefoonnr"
                | "telefoonnr."
                | "mobiel"
                | "mobiele nummer"
                | "gsm"
                | "gsm-nummer"
                | "phone"
                | "phone number"
                | "mobile"
                | "cell"
        );
        let bare_phone = phoneish && value.starts_with(|c: char| c.is_ascii_digit() || c == '+');
        if !(colon || bare_phone) {
            continue;
        }
        doc.identity_zones.push((l.start, l.end));
        match key.as_str() {
            "naam" | "volledige naam" | "name" | "full name" | "voornaam" | "achternaam"
            | "roepnaam" => {
                let (title, at) = names::skip_title(doc.text, vs);
                if let Some(mut m) = names::scan_name(doc.text, at) {
                    m.title = title;
                    doc.add_name(&m, Rule::Field, true);
                }
            }
            "adres" | "address" | "woonadres" | "home address" | "straat" => {
                match STREET_LINE.captures(value) {
                    Some(c) => {
                        let st = c.get(1).expect("group");
                        doc.add(vs + st.start(), vs + st.end(), Label::Address, Rule::Field);
                        if let Some(rest) = c.get(2) {
                            place_after_street(doc, vs + rest.start(), rest.as_str());
                        }
                    }
                    None => doc.add(vs, ve, Label::Address, Rule::Field),
                }
            }
            "postcode en woonplaats"
            | "postcode/woonplaats"
            | "postcode & woonplaats"
            | "postcode"
            | "zip code" => match POSTCODE_LINE.captures(value) {
                Some(c) => {
                    let (p, pl) = (c.get(1).expect("group"), c.get(2).expect("group"));
                    doc.add(vs + p.start(), vs + p.end(), Label::Postcode, Rule::Field);
                    doc.add(vs + pl.start(), vs + pl.end(), Label::Place, Rule::Field);
                }
                None => doc.add(vs, ve, Label::Postcode, Rule::Field),
            },
            "woonplaats" | "plaats" | "city" | "town" | "place of residence" | "residence"
            | "geboorteplaats" | "place of birth" | "birthplace" => {
                doc.add(vs, ve, Label::Place, Rule::Field)
            }
            "geboortedatum" | "geboren" | "geboren op" | "geb" | "geb." | "date of birth"
            | "born" | "birth date" | "dob" => {
                // "9 september 1994 te Amsterdam"
                let split = [" te ", " in ", ", ", " at "]
                    .iter()
                    .filter_map(|sep| value.find(sep).map(|p| (p, sep.len())))
                    .min();
                match split {
                    Some((p, len)) => {
                        doc.add(vs, vs + p, Label::Dob, Rule::Field);
                        doc.add(vs + p + len, ve, Label::Place, Rule::Birthplace);
                    }
                    None => doc.add(vs, ve, Label::Dob, Rule::Field),
                }
            }
            "leeftijd" | "age" => doc.add(vs, ve, Label::Age, Rule::Field),
            "nationaliteit" | "nationality" | "citizenship" => {
                doc.add(vs, ve, Label::Origin, Rule::Cue)
            }
            "burgerlijke staat" | "marital status" | "gezinssituatie" => {
                doc.add(vs, ve, Label::Family, Rule::Cue)
            }
            "geslacht" | "gender" | "sex" => doc.add(vs, ve, Label::Gender, Rule::Cue),
            "godsdienst" | "religie" | "religion" | "geloof" => {
                doc.add(vs, ve, Label::Religion, Rule::Cue)
            }
            "bsn"
            | "burgerservicenummer"
            | "sofinummer"
            | "sofi-nummer"
            | "rijksregisternummer"
            | "rijksregisternr"
            | "rijksregisternr."
            | "rijksregister"
            | "insz"
            | "insz-nummer"
            | "id-nummer"
            | "id number"
            | "paspoortnummer"
            | "passport"
            | "passport number"
            | "iban"
            | "rekeningnummer"
            | "bankrekening"
            | "bankrekeningnummer" => doc.add(vs, ve, Label::Id, Rule::Field),
            "linkedin" | "github" | "website" | "portfolio" => {
                doc.add(vs, ve, Label::Url, Rule::Field)
            }
            "e-mail" | "email" | "e-mailadres" | "emailadres"
                if value.contains('@') && !value.contains(' ') =>
            {
                doc.add(vs, ve, Label::Email, Rule::Field)
            }
            _ if phoneish
                && !doc.covered(vs, ve)
                && value.chars().filter(char::is_ascii_digit).count() >= 6 =>
            {
                doc.add(vs, ve, Label::Phone, Rule::Field)
            }
            _ => {}
        }
    }
}

fn date_lines(doc: &mut Doc) {
    for i in 0..doc.lines.len() {
        let l = doc.lines[i];
        if let Some(c) = DATE_LINE.captures(doc.line(i)) {
            let m = c.get(1).expect("group");
            if !names::is_not_name_word(m.as_str()) {
                doc.add(
                    l.start + m.start(),
                    l.start + m.end(),
                    Label::Place,
                    Rule::DateLine,
                );
            }
        }
    }
}

/// "t.a.v. de heer G. Wolters", "t.a.v. Melissa" in the recipient's block.
fn recipient_names(doc: &mut Doc, s: usize, e: usize) {
    for i in s..e {
        let l = doc.lines[i];
        let line = doc.line(i);
        let lower = line.to_ascii_lowercase();
        let Some(p) = [
            "t.a.v.",
            "t.a.v",
            "ter attentie van",
            "attn.",
            "attn:",
            "attn",
        ]
        .iter()
        .find_map(|k| lower.find(k).map(|p| p + k.len())) else {
            continue;
        };
        let mut at = l.start + p;
        at += doc.text[at..l.end].len()
            - doc.text[at..l.end]
                .trim_start_matches([' ', ':', '\t'])
                .len();
        let (_, at) = names::skip_title(doc.text, at);
        if let Some(m) = names::scan_name(doc.text, at) {
            if names::plausible(doc.text, &m) {
                doc.add_name(&m, Rule::Salutation, false);
            }
        }
    }
}

fn salutation(doc: &mut Doc) {
    let Some(i) = doc.salutation_line else {
        return;
    };
    let l = doc.lines[i];
    let line = doc.line(i);
    let Some(m) = SALUTATION.find(line) else {
        return;
    };
    let mut at = l.start + m.end();
    loop {
        at += doc.text[at..l.end].len() - doc.text[at..l.end].trim_start().len();
        let (title, after) = names::skip_title(doc.text, at);
        let Some(mut nm) = names::scan_name(doc.text, after) else {
            break;
        };
        if !names::plausible_given(doc.text, &nm) {
            break;
        }
        nm.title = title;
        doc.add_name(&nm, Rule::Salutation, false);
        // "Beste Jeroen en Femke"
        let rest = &doc.text[nm.end..l.end];
        let sep = ["en ", "and ", "& ", ", ", "/ "].iter().find_map(|s| {
            rest.trim_start()
                .strip_prefix(s)
                .map(|r| rest.len() - r.len())
        });
        match sep {
            Some(skip) => at = nm.end + skip,
            None => break,
        }
    }
}

fn signature(doc: &mut Doc, blocks: &[(usize, usize)]) {
    let n = doc.lines.len();
    let start_from = doc.salutation_line.map_or(0, |s| s + 1);
    // the last closing line, short, in the letter's last part
    let closing = (start_from..n).rev().find(|&i| {
        let line = doc.line(i);
        CLOSING.is_match(line) && line.trim().chars().count() <= 60
    });
    let mut after = match closing {
        Some(c) => {
            let l = doc.lines[c];
            let line = doc.line(c);
            let m = CLOSING.find(line).expect("closing matched");
            // "groetjes Bas Hoek": the name on the closing line itself
            let rest_at = l.start + m.end();
            let rest = doc.text[rest_at..l.end].trim_start_matches([',', ' ', '\t', '!', '.']);
            let at = l.end - rest.len();
            if !rest.trim().is_empty() {
                if let Some(m) = names::name_line(rest) {
                    let m = m.shifted(at);
                    doc.add_name(&m, Rule::Signature, true);
                    doc.identity_zones.push((l.start, l.end));
                }
            }
            c + 1
        }
        None => {
            // no known closing: a short line ending in a comma, then a name, in the last block
            let Some(&(s, e)) = blocks.last() else {
                return;
            };
            match (s..e.saturating_sub(1)).find(|&i| {
                let t = doc.line(i).trim();
                t.ends_with(',')
                    && t.chars().count() <= 60
                    && names::name_line(doc.line(i + 1)).is_some()
            }) {
                Some(i) => i + 1,
                None => return,
            }
        }
    };
    while after < n && doc.line(after).trim().is_empty() {
        after += 1;
    }
    if after >= n {
        return;
    }
    let mut end = after;
    while end < n && !doc.line(end).trim().is_empty() && doc.line(end).chars().count() <= 90 {
        end += 1;
    }
    if end == after {
        return;
    }
    identity_block(doc, after, end, Rule::Signature, true);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_line_place() {
        assert!(DATE_LINE.is_match("Zaandam, 14 mei 2024"));
        assert!(DATE_LINE.is_match("Den Haag, 7 februari 2024"));
        assert!(DATE_LINE.is_match("'s-Hertogenbosch, 3-4-2024"));
        assert!(!DATE_LINE.is_match("Ik ben per 1 mei 2024 beschikbaar"));
    }

    #[test]
    fn street_lines() {
        for s in [
            "Schimmelpenninckstraat 17",
            "Boschdijk 720 A",
            "Prinses Irenestraat 4",
            "Oudegracht 208 bis",
            "Van der Hooplaan 241",
            "Rijnstraat 42 huis",
            "Westzijde 188",
        ] {
            assert!(STREET_LINE.is_match(s), "{s}");
        }
    }
}
