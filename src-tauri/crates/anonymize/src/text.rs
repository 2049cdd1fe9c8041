//! Small text helpers: lines, folding of diacritics, offset conversion.

use unicode_normalization::UnicodeNormalization;

/// Converts byte offsets into `text` to offsets in Unicode scalar values (Python string
/// indices). The offsets may come in any order.
pub fn to_char_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_by_key(|&i| byte_offsets[i]);
    let mut out = vec![0; byte_offsets.len()];
    let (mut byte, mut chars) = (0usize, 0usize);
    let mut it = text.char_indices().peekable();
    for i in order {
        let target = byte_offsets[i].min(text.len());
        while byte < target {
            match it.next() {
                Some((_, c)) => {
                    byte += c.len_utf8();
                    chars += 1;
                }
                None => break,
            }
        }
        out[i] = chars;
    }
    out
}

/// Compiles one of our patterns. Two rewrites keep the regex crate fast, both in building a
/// pattern (the whole CLI run counts, start included) and in searching:
///
/// - `\b` becomes `(?-u:\b)`, an ASCII word boundary. The fast engine gives up on a Unicode
///   `\b` at the first letter outside ASCII and falls back to a slow one; every `\b` in our
///   patterns stands next to an ASCII letter or digit. `\E` marks the end of a word that may
///   end in another letter ("Syrië", "Curaçao"): an ASCII boundary, any character that is no
///   letter or digit, or the end.
/// - `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{M}`, `\p{N}` become the Latin letters (ASCII, Latin-1,
///   Latin Extended A and B, Latin Extended Additional: Dutch, Turkish, Polish, Vietnamese…),
///   combining accents and ASCII digits. The full Unicode classes make patterns many times
///   larger to build; names here are written in Latin letters. In the extended blocks upper
///   and lower case alternate, so there both count as either.
pub(crate) fn regex(pattern: &str) -> Result<regex::Regex, regex::Error> {
    const EXT: &str = r"\x{100}-\x{24F}\x{1E00}-\x{1EFF}";
    let class = |name: &str| -> Option<String> {
        Some(match name {
            "L" => format!(
                r"A-Za-z\x{{AA}}\x{{B5}}\x{{BA}}\x{{C0}}-\x{{D6}}\x{{D8}}-\x{{F6}}\x{{F8}}-\x{{FF}}{EXT}"
            ),
            "Lu" => format!(r"A-Z\x{{C0}}-\x{{D6}}\x{{D8}}-\x{{DE}}{EXT}"),
            "Ll" => format!(r"a-z\x{{DF}}-\x{{F6}}\x{{F8}}-\x{{FF}}{EXT}"),
            "M" => r"\x{300}-\x{36F}".to_string(),
            "N" => "0-9".to_string(),
            _ => return None,
        })
    };
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut in_class = false;
    let mut it = pattern.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        match c {
            '\\' => {
                let rest = &pattern[i + 1..];
                if let Some(name) = rest
                    .strip_prefix("p{")
                    .and_then(|r| r.split_once('}'))
                    .map(|(n, _)| n)
                    .filter(|n| class(n).is_some())
                {
                    let ranges = class(name).unwrap_or_default();
                    if in_class {
                        out.push_str(&ranges);
                    } else {
                        out.push('[');
                        out.push_str(&ranges);
                        out.push(']');
                    }
                    for _ in 0..name.len() + 3 {
                        it.next();
                    }
                } else if rest.starts_with('d') {
                    // an ASCII digit: numbers in other scripts are no phone numbers or ages
                    out.push_str(if in_class { "0-9" } else { "[0-9]" });
                    it.next();
                } else if rest.starts_with('b') {
                    out.push_str(r"(?-u:\b)");
                    it.next();
                } else if rest.starts_with('E') {
                    out.push_str(r"(?:(?-u:\b)|[^A-Za-z0-9\x{C0}-\x{24F}\x{1E00}-\x{1EFF}]|$)");
                    it.next();
                } else {
                    out.push('\\');
                    if let Some((_, n)) = it.next() {
                        out.push(n);
                    }
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                // a ']' right after '[' or '[^' is a literal
                if let Some(&(_, '^')) = it.peek() {
                    out.push('^');
                    it.next();
                }
                if let Some(&(_, ']')) = it.peek() {
                    out.push(']');
                    it.next();
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    regex::Regex::new(&out)
}

/// A line of the text: `start..end` without its newline.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
}

pub(crate) fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push(Line { start, end: i });
            start = i + 1;
        }
    }
    out.push(Line {
        start,
        end: text.len(),
    });
    out
}

/// Lower case without diacritics, for comparing names: "Wiśniewski" and "wisniewski",
/// "Yılmaz" and "yilmaz", "Öztürk" and "ozturk".
pub(crate) fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        match c {
            'ı' | 'İ' => out.push('i'),
            'ł' | 'Ł' => out.push('l'),
            'ø' | 'Ø' => out.push('o'),
            'đ' | 'Đ' => out.push('d'),
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            '’' => out.push('\''),
            c if unicode_normalization::char::is_combining_mark(c) => {}
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// True when `text[at..]` does not continue a word to the left of `at`.
pub(crate) fn boundary_before(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// True when the word ending at `at` does not continue to the right.
pub(crate) fn boundary_after(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// The sentence around `at`: from after the previous `.`, `!`, `?` or blank line to the
/// next one (a dot after a single capital, as in initials, does not end a sentence).
pub(crate) fn sentence_around(text: &str, at: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let ends = |i: usize| -> bool {
        match bytes[i] {
            b'!' | b'?' => true,
            b'.' => {
                // "P. Wiśniewski", "M.J." and "o.a." are no sentence ends
                let before = &text[..i];
                let word: String = before
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphanumeric())
                    .collect();
                word.chars().count() > 1 && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace())
            }
            b'\n' => bytes.get(i + 1) == Some(&b'\n') || (i > 0 && bytes[i - 1] == b'\n'),
            _ => false,
        }
    };
    let mut s = at.min(text.len());
    while s > 0 && !ends(s - 1) {
        s -= 1;
    }
    let mut e = at.min(text.len());
    while e < bytes.len() && !ends(e) {
        e += 1;
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_names_of_many_origins() {
        assert_eq!(fold("Wiśniewski"), "wisniewski");
        assert_eq!(fold("Yılmaz"), "yilmaz");
        assert_eq!(fold("Öztürk"), "ozturk");
        assert_eq!(fold("Małgorzata"), "malgorzata");
        assert_eq!(fold("Şahin"), "sahin");
        assert_eq!(fold("van ’t Hof"), "van 't hof");
    }

    #[test]
    fn char_offsets_count_scalar_values() {
        let t = "Yılmaz 😉 x";
        let x = t.find('x').unwrap_or(0);
        assert_eq!(to_char_offsets(t, &[x, 0]), vec![9, 0]);
    }
}
