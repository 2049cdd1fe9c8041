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

/// Compiles a pattern with ASCII word boundaries: `\b` as `(?-u:\b)`. The regex crate's fast
/// engine gives up on a Unicode `\b` at the first letter outside ASCII and falls back to a
/// slow one; every `\b` in our patterns stands next to an ASCII letter or digit, and names
/// and places that start with another letter are matched with explicit classes instead.
///
/// `\E` marks the end of a word that may end in a letter outside ASCII ("Syrië", "Curaçao"):
/// an ASCII boundary, or any character that is no letter or digit, or the end.
pub(crate) fn regex(pattern: &str) -> Result<regex::Regex, regex::Error> {
    regex::Regex::new(
        &pattern
            .replace(r"\b", r"(?-u:\b)")
            .replace(r"\E", r"(?:(?-u:\b)|[^\p{L}\p{N}]|$)"),
    )
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
