//! Identifiers with a shape of their own: e-mail and web addresses, phone numbers (Dutch,
//! Belgian, international), postcodes, BSN (11-proef), IBAN (mod 97) and the Belgian national
//! number (mod 97).

use std::sync::LazyLock;

use regex::Regex;

use crate::structure::Doc;
use crate::text::fold;
use crate::{Label, Rule};

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"[\p{L}\p{N}._%+'\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.[A-Za-z]{2,}")
        .expect("email pattern")
});

/// Pages that belong to a person: a profile, a code account, a portfolio.
static PERSONAL_URL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?i)\b(?:https?://)?(?:www\.|[a-z]{2}\.)?(?:linkedin\.com/(?:in|pub)|github\.com|gitlab\.com|bitbucket\.org|instagram\.com|facebook\.com|fb\.com|twitter\.com|x\.com|tiktok\.com/@?|youtube\.com/(?:@|c/|user/|channel/)|behance\.net|dribbble\.com|medium\.com/@?|codepen\.io|vimeo\.com|pinterest\.com|threads\.net|about\.me|linktr\.ee|stackoverflow\.com/users)/[^\s<>()\[\],;]+|\b(?:https?://)?[a-z0-9\-]+\.(?:github\.io|gitlab\.io|netlify\.app|vercel\.app|wordpress\.com|wixsite\.com|blogspot\.com|carrd\.co)(?:/[^\s<>()\[\],;]*)?")
        .expect("personal url pattern")
});

/// Any other web address: hidden only when it carries the applicant's name.
static OTHER_URL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?i)\b(?:https?://|www\.)[^\s<>()\[\],;]+").expect("url pattern")
});

static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?:\+|\b00)\d{1,3}(?:[ \t.\-/]{0,3}(?:\(0\))?[ \t.\-/]{0,3}\d){6,13}|\b\(?0(?:[ \t.\-/]{0,3}\(?\d\)?){8,10}")
        .expect("phone pattern")
});

static DATE_SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")
        .expect("date shape")
});

static BSN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b\d{9}\b|\b\d{4}\.\d{2}\.\d{3}\b|\b\d{3}[ .]\d{3}[ .]\d{3}\b")
        .expect("bsn pattern")
});

static IBAN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b[A-Z]{2}\d{2}[ ]?(?:[A-Z0-9]{4}[ ]?){2,7}[A-Z0-9]{1,4}\b")
        .expect("iban pattern")
});

static RRN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b\d{2}\.?\d{2}\.?\d{2}[-. ]?\d{3}\.?\d{2}\b")
        .expect("national number pattern")
});

static POSTCODE_NL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"\b[1-9]\d{3}[ \t]?[A-Z]{2}\b").expect("postcode pattern")
});

/// The local parts of an employer's or a job site's generic address.
const GENERIC_MAIL: &[&str] = &[
    "info",
    "vacature",
    "vacatures",
    "jobs",
    "job",
    "werken",
    "werkenbij",
    "sollicitatie",
    "sollicitaties",
    "solliciteren",
    "recruitment",
    "recruiter",
    "recruiting",
    "hr",
    "pz",
    "personeelszaken",
    "personeel",
    "careers",
    "career",
    "hiring",
    "contact",
    "office",
    "administratie",
    "kantoor",
    "post",
    "mail",
    "hallo",
    "hello",
    "hi",
    "team",
    "receptie",
    "secretariaat",
    "noreply",
    "no-reply",
    "support",
    "service",
    "klantenservice",
    "sales",
    "werving",
    "talent",
    "people",
    "apply",
    "applications",
    "jobs-nl",
    "vacancies",
    "vacancy",
    "directie",
    "bestuur",
    "planning",
    "winkel",
    "shop",
    "bakkerij",
    "keuken",
    "salon",
    "restaurant",
];

fn generic_mail(addr: &str) -> bool {
    let local = fold(addr.split('@').next().unwrap_or(""));
    GENERIC_MAIL.contains(&local.as_str())
        || [
            "vacature",
            "sollicit",
            "werkenbij",
            "jobs",
            "recruit",
            "careers",
            "hr.",
        ]
        .iter()
        .any(|p| local.starts_with(p))
}

/// The shape-based identifiers; runs before the layout so that it can use them.
pub(crate) fn find(doc: &mut Doc) {
    let text = doc.text;
    for m in EMAIL.find_iter(text) {
        let s = m.as_str().trim_start_matches(['.', '\'', '-']);
        let start = m.end() - s.len();
        if !generic_mail(s) {
            doc.add(start, m.end(), Label::Email, Rule::EmailAddress);
        }
    }
    for m in PERSONAL_URL.find_iter(text) {
        let s = m.as_str();
        let lower = s.to_lowercase();
        // a job posting or a company page is not a person's
        if ["/jobs", "/company/", "/school/", "/groups/", "/showcase/"]
            .iter()
            .any(|p| lower.contains(p))
        {
            continue;
        }
        let end = m.start()
            + s.trim_end_matches(['.', '!', '?', ':', ')', '\'', '"'])
                .len();
        doc.add(m.start(), end, Label::Url, Rule::WebAddress);
    }
    for m in IBAN.find_iter(text) {
        if iban_ok(m.as_str()) {
            doc.add(m.start(), m.end(), Label::Id, Rule::Iban);
        }
    }
    for m in RRN.find_iter(text) {
        if national_number_ok(m.as_str()) && !DATE_SHAPE.is_match(m.as_str()) {
            doc.add(m.start(), m.end(), Label::Id, Rule::BelgianNationalNumber);
        }
    }
    for m in BSN.find_iter(text) {
        if !doc.covered(m.start(), m.end()) && elf_proef(m.as_str()) {
            doc.add(m.start(), m.end(), Label::Id, Rule::Bsn);
        }
    }
    let mut at = 0;
    while let Some(m) = PHONE.find_at(text, at) {
        at = m.end();
        // a number that starts inside an account number may still follow it
        if let Some(x) = doc
            .spans
            .iter()
            .find(|x| x.start <= m.start() && m.start() < x.end)
        {
            at = x.end;
            continue;
        }
        let Some((s, e)) = phone_extent(text, m.start(), m.end()) else {
            continue;
        };
        at = e;
        if doc.spans.iter().any(|x| x.start < e && s < x.end) {
            continue;
        }
        doc.add(s, e, Label::Phone, Rule::PhoneNumber);
    }
}

/// Postcodes outside the employer's address (after the layout is known).
pub(crate) fn postcodes(doc: &mut Doc) {
    let text = doc.text;
    for m in POSTCODE_NL.find_iter(text) {
        let letters = &m.as_str()[m.as_str().len() - 2..];
        if matches!(letters, "SA" | "SD" | "SS")
            || doc.in_employer_zone(m.start())
            || doc.covered(m.start(), m.end())
        {
            continue;
        }
        doc.add(m.start(), m.end(), Label::Postcode, Rule::Postcode);
    }
}

/// Trims a phone match to a valid number of digits; None when it is no phone number.
fn phone_extent(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let m = &text[s..e];
    let s = s + (m.len() - m.trim_start_matches('(').len()) * usize::from(!m.starts_with("(0"));
    let m = &text[s..e];
    if DATE_SHAPE.is_match(m.trim()) {
        return None;
    }
    // the "(0)" in "+31 (0)6 …" is not dialled
    let zero = m.find("(0)").map(|p| p + 1);
    let digits: Vec<usize> = m
        .char_indices()
        .filter(|(i, c)| c.is_ascii_digit() && Some(*i) != zero)
        .map(|(i, _)| i)
        .collect();
    let intl = m.starts_with('+') || m.starts_with("00");
    let want = if intl {
        let cc: String = m
            .trim_start_matches('+')
            .trim_start_matches("00")
            .chars()
            .take(2)
            .collect();
        let offset = if m.starts_with("00") { 2 } else { 0 };
        match cc.as_str() {
            "31" => 11 + offset,
            "32" => digits.len().min(11 + offset),
            "44" => 12 + offset,
            _ => digits.len().min(13 + offset),
        }
    } else if digits.len() >= 10 {
        10
    } else if digits.len() == 9 {
        9
    } else {
        return None;
    };
    if digits.len() < want || want < 9 {
        return None;
    }
    let end = s + digits[want - 1] + 1;
    // a number that goes on is an account or an order number, not a phone number
    if text[end..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit())
        && digits.len() == want
    {
        return None;
    }
    // "2019-2022", "08.00-17.00": a phone number has at most a few separator groups of its own
    let body = &text[s..end];
    if body.contains(':') {
        return None;
    }
    Some((s, end))
}

/// The Dutch citizen service number check (11-proef).
pub(crate) fn elf_proef(s: &str) -> bool {
    let d: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != 9 || d.iter().all(|&x| x == d[0]) {
        return false;
    }
    let sum: i64 = d[..8]
        .iter()
        .enumerate()
        .map(|(i, &x)| i64::from(x) * (9 - i as i64))
        .sum::<i64>()
        - i64::from(d[8]);
    sum % 11 == 0 && sum != 0
}

/// IBAN check digits (ISO 13616, mod 97).
pub(crate) fn iban_ok(s: &str) -> bool {
    let c: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if !(15..=34).contains(&c.len()) {
        return false;
    }
    let rearranged = format!("{}{}", &c[4..], &c[..4]);
    let mut rem: u64 = 0;
    for ch in rearranged.chars() {
        let v = match ch {
            '0'..='9' => u64::from(ch as u8 - b'0'),
            'A'..='Z' => u64::from(ch as u8 - b'A') + 10,
            _ => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

/// Belgian national number (rijksregisternummer): 97 minus the first nine digits mod 97 (for
/// people born from 2000 on, with a 2 before them).
pub(crate) fn national_number_ok(s: &str) -> bool {
    let d: String = s.chars().filter(char::is_ascii_digit).collect();
    if d.len() != 11 {
        return false;
    }
    let (Ok(base), Ok(check)) = (d[..9].parse::<u64>(), d[9..].parse::<u64>()) else {
        return false;
    };
    let month = (base / 100_000) % 100;
    if month > 12 && !(20..=32).contains(&month) && !(40..=52).contains(&month) {
        return false;
    }
    97 - base % 97 == check || 97 - (2_000_000_000 + base) % 97 == check
}

/// A web address that carries the applicant's name ("www.janjansen.nl") is a personal one.
pub(crate) fn personal_web_addresses(doc: &mut Doc) {
    let text = doc.text;
    let mut tokens: Vec<String> = Vec::new();
    for n in &doc.applicant_names {
        for w in n.split(|c: char| !c.is_alphanumeric()) {
            let f = fold(w);
            if f.chars().count() >= 3 && !crate::lex::PARTICLE_SET.contains(f.as_str()) {
                tokens.push(f);
            }
        }
    }
    let found: Vec<(usize, usize)> = OTHER_URL
        .find_iter(text)
        .filter(|m| {
            let f = fold(m.as_str());
            tokens.iter().any(|t| f.contains(t.as_str()))
                || ["portfolio", "/cv", "resume", "/~"]
                    .iter()
                    .any(|k| f.contains(k))
        })
        .map(|m| {
            (
                m.start(),
                m.start() + m.as_str().trim_end_matches(['.', '!', '?', ':']).len(),
            )
        })
        .collect();
    for (s, e) in found {
        if !doc.covered(s, e) {
            doc.add(s, e, Label::Url, Rule::WebAddress);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums() {
        assert!(elf_proef("111222333"));
        assert!(elf_proef("123456782"));
        assert!(!elf_proef("123456789"));
        assert!(iban_ok("NL91 ABNA 0417 1643 00"));
        assert!(iban_ok("BE68539007547034"));
        assert!(!iban_ok("NL91 ABNA 0417 1643 01"));
        assert!(national_number_ok("97.02.17-311.66"));
        assert!(!national_number_ok("97.02.17-311.05"));
    }

    #[test]
    fn phone_numbers() {
        let t =
            "bel 06-12345678 of +31 6 1947 2201 of 0494 27 80 13 of +44 7700 900461, 070-3671129.";
        let found: Vec<&str> = PHONE
            .find_iter(t)
            .filter_map(|m| phone_extent(t, m.start(), m.end()))
            .map(|(s, e)| &t[s..e])
            .collect();
        assert_eq!(
            found,
            vec![
                "06-12345678",
                "+31 6 1947 2201",
                "0494 27 80 13",
                "+44 7700 900461",
                "070-3671129"
            ]
        );
        for not in ["14-08-1990", "van 2019-2022", "vacature 2024/087"] {
            assert!(
                PHONE
                    .find_iter(not)
                    .all(|m| phone_extent(not, m.start(), m.end()).is_none()),
                "{not}"
            );
        }
    }
}
