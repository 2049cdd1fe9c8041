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
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        if STEMS.iter().any(|s| w.contains(s)) {
            return true;
        }
        let head = w.split('-').next().unwrap_or("");
        if LEVELS.contains(&head) {
            let course = w.contains("opleiding")
                || w.contains("course")
                || words
                    .get(i + 1)
                    .is_some_and(|n| n.starts_with("opleiding") || n.starts_with("course"));
            return !course;
        }
        false
    })
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
