//! Small text helpers: words, sentences, capitals and a few detections.

/// Is this char part of a word (as the wording checker counts words)?
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '‘')
}

/// How many words a text has, counted the way the wording checker counts them.
pub fn count(text: &str) -> usize {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.trim_matches(['-', '\'', '’', '‘']).is_empty())
        .count()
}

/// The sentences of a text, split after `.`, `!` or `?` followed by white space, and at
/// line ends. Each keeps its end punctuation.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let end = match c {
            '\n' => Some(i),
            '.' | '!' | '?' if next.is_none_or(char::is_whitespace) => Some(i + c.len_utf8()),
            _ => None,
        };
        if let Some(e) = end {
            let s = text[start..e].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = e;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// The first sentence of a text (all of it when it has one sentence).
pub fn first_sentence(text: &str) -> &str {
    sentences(text).first().copied().unwrap_or("")
}

/// Words that keep their capital inside a sentence: languages, nationalities, names.
const KEEP_CAPITAL: &[&str] = &[
    "Nederlands",
    "Nederlandse",
    "Engels",
    "Engelse",
    "Europese",
    "Europees",
    "Dutch",
    "English",
    "European",
    "Europe",
    "Europa",
    "I",
];

/// The text with its first letter in lower case, for use inside a sentence ("Je werkt"
/// → "je werkt"). Acronyms ("APK-keurmeester", "VOG"), words with a digit and names of
/// languages and nationalities keep their capital.
pub fn lower_first(text: &str) -> String {
    let text = text.trim();
    let first_word: &str = text.split(|c: char| !is_word_char(c)).next().unwrap_or("");
    let mut chars = first_word.chars();
    let Some(first) = chars.next() else {
        return text.to_string();
    };
    let acronym = chars.next().is_some_and(char::is_uppercase);
    let digit = first_word.chars().any(|c| c.is_ascii_digit());
    if !first.is_uppercase() || acronym || digit || KEEP_CAPITAL.contains(&first_word) {
        return text.to_string();
    }
    let mut out: String = first.to_lowercase().collect();
    out.push_str(&text[first.len_utf8()..]);
    out
}

/// The text with its first letter in upper case.
pub fn upper_first(text: &str) -> String {
    let text = text.trim();
    let mut chars = text.chars();
    match chars.next() {
        Some(f) => f.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The text without end punctuation (`.`, `!`, `?`, `:`, `;` and spaces).
pub fn strip_end(text: &str) -> &str {
    text.trim().trim_end_matches(['.', '!', '?', ':', ';', ' '])
}

/// The text ending with a full stop (unless it ends with `.`, `!` or `?` already).
pub fn with_stop(text: &str) -> String {
    let t = text.trim();
    if t.is_empty() || t.ends_with(['.', '!', '?']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

/// Whether a requirement asks for a diploma or certificate ("mbo-diploma", "hbo",
/// "certificaat", "degree", …). A course you follow ("mbo-opleiding") is not a diploma.
pub fn mentions_diploma(text: &str) -> bool {
    const STEMS: &[&str] = &[
        "diploma",
        "certificaat",
        "certificate",
        "getuigschrift",
        "degree",
        "bachelor",
        "master",
    ];
    const LEVELS: &[&str] = &["mbo", "hbo", "wo", "vmbo", "havo", "vwo"];
    let lower = text.to_lowercase();
    // a certificate of conduct (VOG) says nothing about schooling
    let lower = lower
        .replace("certificate of conduct", "")
        .replace("certificaat omtrent het gedrag", "");
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    // a course you follow or enrol in ("mbo-opleiding", "BBL course") is not a diploma
    let course = words.iter().any(|w| {
        w.contains("opleiding") || w.starts_with("course") || w.contains("leerweg") || *w == "bbl"
    });
    words.iter().any(|w| {
        if STEMS.iter().any(|s| w.contains(s)) {
            return true;
        }
        let head = w.split('-').next().unwrap_or("");
        LEVELS.contains(&head) && !course
    })
}

/// Whether a demand is set by law or for safety (a licence, VCA, a VOG, "volgens de
/// wet"): then experience cannot replace it, so no "or equivalent experience" is added.
pub fn required_by_law(text: &str, reason: &str) -> bool {
    const LEGAL: &[&str] = &[
        "wet",
        "wettelijk",
        "wettelijke",
        "law",
        "legally",
        "arbo",
        "act",
        "vca",
        "vog",
        "rijbewijs",
        "licence",
        "license",
        "code",
        "bhv",
        "ehbo",
        "nen",
        "f-gassen",
        "rdw",
        "regels",
        "rules",
        "verplicht",
        "verplichten",
        "required",
        "requires",
        "require",
        "eist",
        "bevoegd",
        "bevoegde",
        "authorised",
        "authorisation",
    ];
    let both = format!("{text} {reason}").to_lowercase();
    both.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .any(|w| LEGAL.contains(&w) || w.split('-').any(|p| LEGAL.contains(&p)))
}

/// Whether a requirement already offers an alternative to the diploma.
pub fn offers_alternative(text: &str) -> bool {
    const ALT: &[&str] = &[
        "vergelijkbare",
        "gelijkwaardig",
        "equivalent",
        "comparable",
        "niet nodig",
        "niet verplicht",
        "not needed",
        "isn't needed",
        "not required",
        "geen diploma",
        "no diploma",
        ", of je ",
        ", or you ",
    ];
    let lower = text.to_lowercase().replace('’', "'");
    ALT.iter().any(|a| lower.contains(a))
}

/// "a" or "an" before an English word.
pub fn a_an(word: &str) -> &'static str {
    let w = word.trim();
    let mut chars = w.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return "a";
    };
    let acronym = first.is_uppercase() && second.is_some_and(char::is_uppercase);
    let first = first.to_ascii_lowercase();
    if acronym {
        if "aefhilmnorsx".contains(first) {
            return "an";
        }
        return "a";
    }
    let lower = w.to_lowercase();
    if lower.starts_with("uni") || lower.starts_with("use") || lower.starts_with("eu") {
        return "a";
    }
    if lower.starts_with("hour") {
        return "an";
    }
    if "aeiou".contains(first) {
        "an"
    } else {
        "a"
    }
}

/// A stable mix of the seed with a salt: picks a variant in `0..n`.
pub fn variant(seed: u64, salt: u64, n: usize) -> usize {
    // splitmix64
    let mut z = seed
        .wrapping_add(salt.wrapping_mul(0x9E37_79B9_7F4A_7C15))
        .wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z % n.max(1) as u64) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(lower_first("Je werkt"), "je werkt");
        assert_eq!(lower_first("APK-keurmeester"), "APK-keurmeester");
        assert_eq!(lower_first("Europese regels"), "Europese regels");
        assert_eq!(lower_first("Ökonomie"), "ökonomie");
        assert_eq!(count("- Je werkt 24 tot 32 uur, in Utrecht."), 8);
        assert_eq!(
            sentences("Een. Twee 2.800 drie? Vier"),
            ["Een.", "Twee 2.800 drie?", "Vier"]
        );
        assert!(mentions_diploma("Je hebt een mbo-diploma Kapper."));
        assert!(mentions_diploma("Je hebt een heftruckcertificaat."));
        assert!(mentions_diploma("A degree in IT."));
        assert!(!mentions_diploma(
            "Je volgt de mbo-opleiding Kapper in de bbl."
        ));
        assert!(!mentions_diploma("Je hebt rijbewijs B."));
        assert!(!mentions_diploma(
            "Je schrijft je in voor een BBL-opleiding installatietechniek op mbo-niveau 2 of 3."
        ));
        assert!(!mentions_diploma(
            "You enrol in a BBL course in installation technology at vocational (mbo) level 2 or 3."
        ));
        assert!(mentions_diploma(
            "Je hebt een hbo-opleiding en een diploma."
        ));
        assert!(!mentions_diploma(
            "You can show a certificate of conduct (Verklaring Omtrent het Gedrag, VOG)."
        ));
        assert!(required_by_law(
            "Je hebt een VCA-certificaat.",
            "Klanten eisen het."
        ));
        assert!(!required_by_law(
            "Je hebt een mbo-diploma Kapper.",
            "Je knipt zelf."
        ));
        assert!(offers_alternative(
            "Je hebt een mbo-diploma, of vergelijkbare ervaring."
        ));
        assert_eq!(a_an("office manager"), "an");
        assert_eq!(a_an("MOT inspector"), "an");
        assert_eq!(a_an("bakery sales assistant"), "a");
        assert_eq!(a_an("IT support worker"), "an");
        let v: Vec<usize> = (0..50).map(|s| variant(s, 3, 3)).collect();
        assert!((0..3).all(|k| v.contains(&k)));
    }
}

/// Words after which a clause can stand as a sentence of its own: pronouns, articles,
/// prepositions and the like ("…, and under the law …" → "Under the law …").
const CLAUSE_START: &[&str] = &[
    "you", "we", "it", "they", "he", "she", "i", "the", "a", "an", "this", "that", "these",
    "those", "there", "under", "in", "for", "from", "with", "if", "when", "then", "because", "at",
    "on", "by", "after", "before", "during", "everyone", "someone", "nobody", "all", "each",
    "every", "your", "our", "their", "its", "what", "who", "how", "where", "which", "to", "of",
    "as", "so", "not", "also", "only", "such", "like", "je", "jij", "wij", "ze", "zij", "hij",
    "het", "de", "een", "dit", "dat", "deze", "die", "er", "daar", "hier", "volgens", "bij", "als",
    "voor", "na", "tijdens", "met", "zonder", "iedereen", "alle", "elke", "elk", "jouw", "onze",
    "ons", "hun", "wat", "wie", "hoe", "waar", "welke", "naar", "van", "zo", "niet", "ook",
    "alleen", "zoals", "dan", "omdat", "zodat", "want", "maar", "of", "en", "and", "or", "but",
    "why", "waarom", "op", "aan", "uit", "over", "om",
];

/// Splits one sentence of more than [`LIMIT`] words into two, at a clause border, or
/// returns `None` when no good border is found.
fn split_once(s: &str) -> Option<(String, String)> {
    let lower = s.to_lowercase();
    let subject = |before: &str| -> Option<&'static str> {
        let b = before.to_lowercase();
        let has = |w: &str| b.split(|c: char| !c.is_alphanumeric()).any(|x| x == w);
        if has("you") {
            Some("you")
        } else if has("je") {
            Some("je")
        } else {
            None
        }
    };
    let mut best: Option<(usize, String, String)> = None;
    // `penalty`: a split at a bare comma reads less well than one at "and", "so" or ":".
    let mut consider = |head: &str, tail: String, penalty: usize| {
        let (a, b) = (count(head), count(&tail));
        if a < 4 || b < 4 {
            return;
        }
        let worst = a.max(b) + penalty;
        if best.as_ref().is_none_or(|(w, _, _)| worst < *w) {
            best = Some((
                worst,
                format!("{}.", head.trim_end_matches([',', ':', ';', ' '])),
                tail,
            ));
        }
    };
    for (i, _) in s.match_indices(", ").chain(s.match_indices(": ")) {
        let head = &s[..i];
        let rest = &s[i + 2..];
        let rest_lower = &lower[i + 2..];
        let colon = s[i..].starts_with(':');
        let mut words = rest.splitn(2, ' ');
        let w1 = words.next().unwrap_or("");
        let after = words.next().unwrap_or("");
        let w1l = w1.to_lowercase();
        if colon {
            consider(head, upper_first(rest), 0);
            continue;
        }
        let joiner = match w1l.as_str() {
            "and" | "en" => Some(""),
            "but" => Some("But "),
            "maar" => Some("Maar "),
            "or" => Some("Or "),
            "of" => Some("Of "),
            "so" => Some("That way, "),
            "dus" => Some("Dus "),
            _ => None,
        };
        let next = after
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .next()
            .unwrap_or("")
            .to_lowercase();
        match joiner {
            Some(j) => {
                if CLAUSE_START.contains(&next.as_str()) || j == "That way, " {
                    let tail = if j.is_empty() {
                        upper_first(after)
                    } else {
                        format!("{j}{after}")
                    };
                    consider(head, tail, 0);
                } else if let Some(subj) = subject(head) {
                    // "…, and deal with it" → "You deal with it"
                    let tail = if j.is_empty() {
                        format!("{} {after}", upper_first(subj))
                    } else {
                        format!("{j}{subj} {after}")
                    };
                    consider(head, tail, 0);
                }
            }
            None => {
                // "…, show new colleagues …" continues a list of things you do
                let verb_like = !CLAUSE_START.contains(&w1l.as_str())
                    && w1.chars().next().is_some_and(char::is_lowercase);
                let starts_with_subject = lower.starts_with("you ") || lower.starts_with("je ");
                if verb_like && starts_with_subject && !rest_lower.is_empty() {
                    let subj = if lower.starts_with("you ") {
                        "You"
                    } else {
                        "Je"
                    };
                    consider(head, format!("{subj} {rest}"), 8);
                }
            }
        }
    }
    best.map(|(_, a, b)| (a, b))
}

/// The most words a sentence may have (the wording checker's limit).
const LIMIT: usize = 25;

/// The text with every sentence of more than 25 words split at a clause border, where
/// one can be found ("…, and you ask …" → "… . You ask …").
pub fn shorten(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for s in sentences(text) {
        let mut queue = vec![s.to_string()];
        let mut guard = 0;
        while let Some(cur) = queue.pop() {
            guard += 1;
            if count(&cur) > LIMIT && guard < 8 {
                if let Some((a, b)) = split_once(&cur) {
                    queue.push(b);
                    queue.push(a);
                    continue;
                }
            }
            out.push(cur);
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod shorten_tests {
    use super::*;

    #[test]
    fn long_sentences_are_split_at_a_clause_border() {
        let cases = [
            (
                "You carry out reserved procedures such as injections, and under the BIG Act that is only allowed on the instruction of an authorised practitioner and once you have the skills for it.",
                "You carry out reserved procedures such as injections. Under the BIG Act that is only allowed on the instruction of an authorised practitioner and once you have the skills for it.",
            ),
            (
                "You pass on what has sold out, what is still coming and what needs to change, so the bakery and the shop can rely on each other.",
                "You pass on what has sold out, what is still coming and what needs to change. That way, the bakery and the shop can rely on each other.",
            ),
            (
                "When something breaks, you find out exactly what is going wrong, test one thing at a time and fix it, or pass it on with what you found.",
                "When something breaks, you find out exactly what is going wrong, test one thing at a time and fix it. Or you pass it on with what you found.",
            ),
            (
                "You deliver shipments undamaged and on time to the right person, get a signature or scan, and deal with it properly when something doesn't work out.",
                "You deliver shipments undamaged and on time to the right person, get a signature or scan. You deal with it properly when something doesn't work out.",
            ),
            (
                "Je doet voorbehouden handelingen zoals injecties, en volgens de Wet BIG mag dat alleen in opdracht van een bevoegde zorgverlener en als je er bekwaam voor bent.",
                "Je doet voorbehouden handelingen zoals injecties. Volgens de Wet BIG mag dat alleen in opdracht van een bevoegde zorgverlener en als je er bekwaam voor bent.",
            ),
        ];
        for (long, short) in cases {
            assert_eq!(shorten(long), short);
        }
        assert_eq!(
            shorten("You learn from your mentor and colleagues: you ask, practise, do what you can already do and ask for help with what you can't yet do."),
            "You learn from your mentor and colleagues. You ask, practise, do what you can already do and ask for help with what you can't yet do."
        );
        assert_eq!(
            shorten("You divide the day's work among colleagues, show new colleagues how things are done and tell people when something could be better, in a way they can use."),
            "You divide the day's work among colleagues. You show new colleagues how things are done and tell people when something could be better, in a way they can use."
        );
        let fine = "Je werkt schoon. Kort is goed.";
        assert_eq!(shorten(fine), fine);
    }
}
