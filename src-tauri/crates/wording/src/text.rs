//! Small helpers over the text: words, lines, sentences and clauses, all in byte offsets.

/// Is this char part of a word? Letters, digits, hyphens and apostrophes inside words.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\'' || c == '’' || c == '‘'
}

/// A word: byte range plus its lower-case form (curly apostrophes made straight).
#[derive(Debug, Clone)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub lower: String,
}

/// All words of a text, in order. Hyphens and apostrophes at a word's edge are not part
/// of it ("- Je" is the word "Je").
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let push = |out: &mut Vec<Word>, s: usize, e: usize| {
        let raw = &text[s..e];
        let trimmed_start = raw.len() - raw.trim_start_matches(['-', '\'', '’', '‘']).len();
        let raw2 = raw.trim_matches(['-', '\'', '’', '‘']);
        if raw2.is_empty() {
            return;
        }
        let s2 = s + trimmed_start;
        let lower = if raw2.is_ascii() {
            raw2.to_ascii_lowercase()
        } else {
            raw2.to_lowercase().replace(['’', '‘'], "'")
        };
        out.push(Word {
            start: s2,
            end: s2 + raw2.len(),
            lower,
        });
    };
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            push(&mut out, s, i);
        }
    }
    if let Some(s) = start {
        push(&mut out, s, text.len());
    }
    out
}

/// The line around `pos`: (start, end) without the newline.
pub fn line_at(text: &str, pos: usize) -> (usize, usize) {
    let start = text[..pos].rfind('\n').map_or(0, |i| i + 1);
    let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
    (start, end)
}

fn is_sentence_end(text: &str, i: usize, c: char, clause: bool) -> bool {
    match c {
        '\n' | '!' | '?' => true,
        ';' if clause => true,
        ':' if clause => {
            // "Vereist: hbo" ends a clause; "06:30" does not.
            text[i + 1..].starts_with([' ', '\n']) || i + 1 == text.len()
        }
        '.' => {
            // a full stop followed by white space or the end; not "2.800" or "bijv.x"
            let next = text[i + 1..].chars().next();
            matches!(next, None | Some(' ' | '\n' | '\t' | '"' | '”' | ')'))
        }
        _ => false,
    }
}

fn bounds(text: &str, pos: usize, clause: bool) -> (usize, usize) {
    let mut start = 0;
    for (i, c) in text[..pos].char_indices().rev() {
        if is_sentence_end(text, i, c, clause) {
            start = i + c.len_utf8();
            break;
        }
    }
    let mut end = text.len();
    for (i, c) in text[pos..].char_indices() {
        if is_sentence_end(text, pos + i, c, clause) {
            end = pos + i;
            break;
        }
    }
    (start, end)
}

/// The sentence around `pos` (split at . ! ? and line ends).
pub fn sentence_at(text: &str, pos: usize) -> (usize, usize) {
    bounds(text, pos, false)
}

/// The clause around `pos` (a sentence, further split at ; and :).
pub fn clause_at(text: &str, pos: usize) -> (usize, usize) {
    bounds(text, pos, true)
}

/// The paragraph around `pos` (split at blank lines).
pub fn paragraph_at(text: &str, pos: usize) -> (usize, usize) {
    let start = text[..pos].rfind("\n\n").map_or(0, |i| i + 2);
    let end = text[pos..].find("\n\n").map_or(text.len(), |i| pos + i);
    (start, end)
}

/// Index of the first word that starts at or after `pos`.
pub fn word_index_at(words: &[Word], pos: usize) -> usize {
    words.partition_point(|w| w.start < pos)
}

/// The next word after byte `pos`, if only white space lies between.
pub fn next_word_adjacent<'a>(text: &str, words: &'a [Word], pos: usize) -> Option<&'a Word> {
    let i = word_index_at(words, pos);
    let w = words.get(i)?;
    text[pos..w.start]
        .chars()
        .all(char::is_whitespace)
        .then_some(w)
}

/// The word before byte `pos`, if only white space lies between.
pub fn prev_word_adjacent<'a>(text: &str, words: &'a [Word], pos: usize) -> Option<&'a Word> {
    let i = words.partition_point(|w| w.end <= pos);
    let w = words.get(i.checked_sub(1)?)?;
    text[w.end..pos]
        .chars()
        .all(char::is_whitespace)
        .then_some(w)
}

/// Does the slice contain one of the words (whole-word, lower-case comparison)?
pub fn has_any_word(words: &[Word], from: usize, to: usize, list: &[&str]) -> bool {
    words
        .iter()
        .filter(|w| w.start >= from && w.end <= to)
        .any(|w| list.contains(&w.lower.as_str()))
}

/// The start of the char that ends at byte `pos` (or 0): a safe step back.
pub fn char_before(text: &str, pos: usize) -> usize {
    text[..pos.min(text.len())]
        .char_indices()
        .next_back()
        .map_or(0, |(i, _)| i)
}

/// The first `n` chars of `s`, lower-cased. `lower_head(s, n).starts_with(w)` is
/// `s.to_lowercase().starts_with(w)` for an ASCII `w` of at most `n` bytes, without
/// lower-casing the whole rest of a text.
pub fn lower_head(s: &str, n: usize) -> String {
    let end = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    s[..end].to_lowercase()
}

/// The last `n` chars of `s`, lower-cased: as [`lower_head`], for `ends_with`.
pub fn lower_tail(s: &str, n: usize) -> String {
    let start = match n {
        0 => s.len(),
        _ => s.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i),
    };
    s[start..].to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_head_and_tail_compare_as_the_whole_lower_case() {
        let texts = [
            "En Oud en jong",
            "ΣΑΣ en oud ΣΑΣ",
            "İstanbul of İzmir",
            "\u{212A}INDEREN of man",
            "ΌΣΟΣ OF",
            "",
            "a",
            "ß ẞ ǅ Or",
        ];
        let words = [
            "en oud", "of", " of", "or", "a", "i", "stanbul", "kinderen", "s",
        ];
        for t in texts {
            for n in 0..12 {
                for w in words {
                    if w.len() <= n {
                        assert_eq!(
                            lower_head(t, n).starts_with(w),
                            t.to_lowercase().starts_with(w),
                            "{t:?} {n} {w:?}"
                        );
                        assert_eq!(
                            lower_tail(t, n).ends_with(w),
                            t.to_lowercase().ends_with(w),
                            "{t:?} {n} {w:?}"
                        );
                    }
                }
            }
        }
    }
}
