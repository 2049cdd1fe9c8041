//! The readability figure shown next to a vacancy text (PRODUCT.md §3.1 step 6).
//!
//! A score from 0 to 100 (higher is easier), a level in four steps, and a plain reading
//! with one line of advice, in Dutch and English.
//!
//! # Dutch: in the spirit of LiNT, not LiNT itself
//!
//! The Dutch readability tool LiNT (Leesbaarheidsinstrument voor Nederlandse Teksten)
//! predicts how hard a text is from word frequency, sentence length and a few more
//! features. This module uses a much simpler formula with the two strongest features of
//! that family, so it can be explained in one sentence and computed on every keystroke:
//!
//! ```text
//! score = clamp(0, 100, 130 − 2.5 × ASL − 200 × RARE)
//! ```
//!
//! - **ASL**: the average sentence length in words.
//! - **RARE**: the share of words that are *not* frequent in Dutch: a Zipf frequency
//!   below [`RARE_ZIPF`] (fewer than about 6 in a million words) in the `wordfreq` list
//!   (`assets/wordfreq/nl.tsv`, CC BY-SA 4.0). Words that start with a capital letter
//!   in the middle of a sentence (names) and words with digits are left out of the share.
//!   A compound that is not in the list ("kassamedewerker") counts as frequent when both
//!   parts are frequent (with a linking `s` or `e` allowed); a hyphenated word counts as
//!   its rarest part.
//!
//! The weights are calibrated on texts, not derived from LiNT's model: the summaries and
//! definitions of the built-in packs (plain B1 Dutch) score about 70–90 (Easy), and
//! bureaucratic texts with long sentences and rare words score below 30 (Very hard);
//! see the tests. Cut-offs, the same as for English: Easy ≥ 60, Fair ≥ 50,
//! Hard ≥ 30, Very hard below 30.
//!
//! # English: Flesch reading ease
//!
//! `206.835 − 1.015 × words/sentence − 84.6 × syllables/word`, clamped to 0–100, with
//! a rule-based syllable counter (vowel groups, a silent final `e`, `-le`, `-ed`, `-es`).
//! With the usual readings: 60 or more is plain English that most people read easily.
//!
//! # Sentences and words
//!
//! A sentence ends at `.`, `!` or `?` (not inside "2.800" or "e.g."), and at the end of
//! a line when the next line does not simply continue it (a heading such as "Wat ga je
//! doen" and each bullet "- Je bakt brood" are sentences of their own). A word is a run
//! of letters and digits with at least one letter; hyphens and apostrophes inside a word
//! keep it together, bullets ("-", "•") are not words.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::{Bilingual, Lang};

/// Below this Zipf frequency a Dutch word counts as rare (3.8 ≈ 6 per million words).
pub const RARE_ZIPF: f32 = 3.8;

/// The embedded Dutch word-frequency list: `word<TAB>zipf`, most frequent first.
const NL_TSV: &str = include_str!("../../../../assets/wordfreq/nl.tsv");

/// The readability of one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Readability {
    /// 0–100, higher is easier (Dutch: our LiNT-like formula; English: Flesch).
    pub score: f64,
    pub level: ReadLevel,
    pub words: usize,
    pub sentences: usize,
    pub avg_sentence_words: f64,
    /// Dutch only: the share (0–1) of words that are not frequent in Dutch. 0 for English.
    pub rare_word_share: f64,
    /// A plain reading of the score, e.g. "Goed leesbaar voor de meeste mensen".
    pub label: Bilingual,
    /// One line of advice for this level, e.g. "Maak lange zinnen korter.".
    pub advice: Bilingual,
}

/// Four steps, from easy to very hard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ReadLevel {
    /// Score 60 or more.
    Easy,
    /// 50 to 60.
    Fair,
    /// 30 to 50.
    Hard,
    /// Below 30.
    VeryHard,
}

impl ReadLevel {
    pub fn from_score(score: f64) -> ReadLevel {
        if score >= 60.0 {
            ReadLevel::Easy
        } else if score >= 50.0 {
            ReadLevel::Fair
        } else if score >= 30.0 {
            ReadLevel::Hard
        } else {
            ReadLevel::VeryHard
        }
    }

    /// The plain reading of the level.
    pub fn label(self) -> Bilingual {
        match self {
            ReadLevel::Easy => b(
                "Goed leesbaar voor de meeste mensen",
                "Easy to read for most people",
            ),
            ReadLevel::Fair => b(
                "Redelijk leesbaar, maar niet voor iedereen makkelijk",
                "Fairly easy to read, but not easy for everyone",
            ),
            ReadLevel::Hard => b(
                "Moeilijk te lezen voor veel mensen",
                "Hard to read for many people",
            ),
            ReadLevel::VeryHard => b("Erg moeilijk te lezen", "Very hard to read"),
        }
    }

    /// One line of advice for the level.
    pub fn advice(self) -> Bilingual {
        match self {
            ReadLevel::Easy => b(
                "Zo is het goed. Houd de zinnen kort.",
                "This is fine. Keep the sentences short.",
            ),
            ReadLevel::Fair => b("Maak lange zinnen korter.", "Make long sentences shorter."),
            ReadLevel::Hard => b(
                "Maak lange zinnen korter en gebruik gewone woorden.",
                "Make long sentences shorter and use everyday words.",
            ),
            ReadLevel::VeryHard => b(
                "Knip lange zinnen in stukken en kies gewone woorden. Eén zin, één boodschap.",
                "Split long sentences and choose everyday words. One sentence, one message.",
            ),
        }
    }
}

fn b(nl: &str, en: &str) -> Bilingual {
    Bilingual {
        nl: nl.to_owned(),
        en: en.to_owned(),
    }
}

/// The Dutch frequency list, parsed once.
fn nl_freq() -> &'static HashMap<&'static str, f32> {
    static MAP: OnceLock<HashMap<&'static str, f32>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::with_capacity(30_000);
        for line in NL_TSV.lines() {
            if let Some((w, z)) = line.split_once('\t') {
                if let Ok(z) = z.trim().parse::<f32>() {
                    map.entry(w).or_insert(z);
                }
            }
        }
        map
    })
}

/// Forces the one-time parse of the embedded word list (e.g. at start-up).
pub fn warm_up() -> usize {
    nl_freq().len()
}

/// The Zipf frequency of a lower-case Dutch word, when known (directly, as a hyphenated
/// word, or as a compound of two frequent parts).
pub fn nl_zipf(word: &str) -> Option<f32> {
    let map = nl_freq();
    if let Some(&z) = map.get(word) {
        return Some(z);
    }
    let w = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix('\''))
        .unwrap_or(word);
    if let Some(&z) = map.get(w) {
        return Some(z);
    }
    if w.contains('-') {
        let mut min: Option<f32> = None;
        for part in w.split('-').filter(|p| !p.is_empty()) {
            let z = nl_zipf(part).unwrap_or(0.0);
            min = Some(min.map_or(z, |m| m.min(z)));
        }
        return min;
    }
    compound(map, w)
}

/// A compound of two frequent parts ("kassa" + "medewerker", "werk" + "tijden",
/// "sollicitatie" + "s" + "gesprek"), each part not rare itself: the rarer part's
/// frequency.
fn compound(map: &HashMap<&'static str, f32>, w: &str) -> Option<f32> {
    const PART: f32 = RARE_ZIPF;
    let n = w.chars().count();
    if n < 7 {
        return None;
    }
    let mut best: Option<f32> = None;
    for (i, _) in w.char_indices().skip(3) {
        let (left, right) = w.split_at(i);
        if right.chars().count() < 3 {
            break;
        }
        let Some(&zr) = map.get(right) else { continue };
        if zr < PART {
            continue;
        }
        let zl = map.get(left).copied().or_else(|| {
            left.strip_suffix('s')
                .or_else(|| left.strip_suffix('e'))
                .filter(|l| l.chars().count() >= 3)
                .and_then(|l| map.get(l).copied())
        });
        if let Some(zl) = zl.filter(|&z| z >= PART) {
            let z = zl.min(zr);
            best = Some(best.map_or(z, |b: f32| b.max(z)));
        }
    }
    best
}

/// One word of the text, as seen by the readability measure.
struct Token<'a> {
    text: &'a str,
    first_in_sentence: bool,
    has_digit: bool,
}

fn is_inner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‘' | '‐')
}

/// Splits the text into sentences of words.
fn sentences(text: &str) -> Vec<Vec<Token<'_>>> {
    let mut out: Vec<Vec<Token<'_>>> = Vec::new();
    let mut cur: Vec<Token<'_>> = Vec::new();
    let lines: Vec<&str> = text.split('\n').collect();
    for (li, line) in lines.iter().enumerate() {
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c.is_alphanumeric() {
                // a word: alphanumerics with inner hyphens/apostrophes
                let start = i;
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = chars.peek() {
                    if d.is_alphanumeric() {
                        end = j + d.len_utf8();
                        chars.next();
                    } else if is_inner(d) {
                        // keep only when a letter or digit follows
                        let after = line[j + d.len_utf8()..].chars().next();
                        if after.is_some_and(char::is_alphanumeric) {
                            chars.next();
                            end = j + d.len_utf8();
                        } else {
                            break;
                        }
                    } else if d == '.' {
                        // "2.800", "3.5": a point between digits stays inside
                        let prev_digit = line[..j]
                            .chars()
                            .next_back()
                            .is_some_and(|p| p.is_ascii_digit());
                        let next_digit = line[j + 1..]
                            .chars()
                            .next()
                            .is_some_and(|p| p.is_ascii_digit());
                        if prev_digit && next_digit {
                            chars.next();
                            end = j + 1;
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                let w = &line[start..end];
                if w.chars().any(char::is_alphabetic) {
                    cur.push(Token {
                        text: w,
                        first_in_sentence: cur.is_empty(),
                        has_digit: w.chars().any(|c| c.is_ascii_digit()),
                    });
                }
            } else if matches!(c, '.' | '!' | '?' | '…') {
                // "bijv." or "e.g." inside a sentence: a point followed by a lower-case word
                let rest = line[i + c.len_utf8()..].trim_start();
                let next = rest.chars().next();
                let abbreviation = c == '.'
                    && next.is_some_and(char::is_lowercase)
                    && cur.last().is_some_and(|t| t.text.chars().count() <= 4);
                let glued = c == '.' && next.is_some() && rest.len() == line[i + 1..].len();
                if !abbreviation && !glued {
                    flush(&mut out, &mut cur);
                }
            }
        }
        // the line break: ends the sentence unless the next line simply continues it
        let this = line.trim_start();
        let bullet = this.starts_with(['-', '•', '*', '–', '·']);
        let next = lines.get(li + 1).map(|l| l.trim_start());
        let continues = !bullet
            && !this.is_empty()
            && next.is_some_and(|n| n.chars().next().is_some_and(char::is_lowercase));
        if !continues {
            flush(&mut out, &mut cur);
        }
    }
    flush(&mut out, &mut cur);
    out
}

fn flush<'a>(out: &mut Vec<Vec<Token<'a>>>, cur: &mut Vec<Token<'a>>) {
    if !cur.is_empty() {
        out.push(std::mem::take(cur));
    }
}

/// The readability of a text in the given language.
pub fn readability(text: &str, lang: Lang) -> Readability {
    let sents = sentences(text);
    let words: usize = sents.iter().map(Vec::len).sum();
    let sentences = sents.len();
    if words == 0 {
        return Readability {
            score: 100.0,
            level: ReadLevel::Easy,
            words: 0,
            sentences: 0,
            avg_sentence_words: 0.0,
            rare_word_share: 0.0,
            label: b("Nog geen tekst", "No text yet"),
            advice: b(
                "Schrijf korte zinnen met gewone woorden.",
                "Write short sentences with everyday words.",
            ),
        };
    }
    let asl = words as f64 / sentences as f64;
    let (raw, rare) = match lang {
        Lang::Nl => {
            let (mut counted, mut rare) = (0usize, 0usize);
            for t in sents.iter().flatten() {
                let name =
                    !t.first_in_sentence && t.text.chars().next().is_some_and(char::is_uppercase);
                if t.has_digit || name {
                    continue;
                }
                counted += 1;
                let lower = t.text.to_lowercase().replace(['’', '‘'], "'");
                if nl_zipf(&lower).is_none_or(|z| z < RARE_ZIPF) {
                    rare += 1;
                }
            }
            let share = if counted == 0 {
                0.0
            } else {
                rare as f64 / counted as f64
            };
            (130.0 - 2.5 * asl - 200.0 * share, share)
        }
        Lang::En => {
            let syllables: usize = sents.iter().flatten().map(|t| en_syllables(t.text)).sum();
            let spw = syllables as f64 / words as f64;
            (206.835 - 1.015 * asl - 84.6 * spw, 0.0)
        }
    };
    let score = if raw.is_finite() {
        (raw.clamp(0.0, 100.0) * 10.0).round() / 10.0
    } else {
        0.0
    };
    let level = ReadLevel::from_score(score);
    Readability {
        score,
        level,
        words,
        sentences,
        avg_sentence_words: (asl * 10.0).round() / 10.0,
        rare_word_share: (rare * 1000.0).round() / 1000.0,
        label: level.label(),
        advice: level.advice(),
    }
}

/// English syllables by rule: vowel groups (y counts as a vowel after the first letter
/// when no vowel follows),
/// minus a silent final "e" (but "-le" after a consonant is a syllable: "table"), minus
/// "-ed" after anything but t/d ("worked", not "wanted"), minus "-es" after most letters
/// ("makes", not "boxes"). At least one per word.
pub fn en_syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if w.is_empty() {
        return usize::from(word.chars().any(char::is_alphanumeric));
    }
    if w.len() <= 3 {
        return 1;
    }
    // "y" is a vowel after the first letter, unless a vowel follows ("employee", "beyond")
    let plain = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let vowel = |i: usize| {
        plain(w[i]) || (w[i] == 'y' && i > 0 && !w.get(i + 1).copied().is_some_and(plain))
    };
    let mut count = 0usize;
    let mut prev = false;
    for i in 0..w.len() {
        let v = vowel(i);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = w.len();
    let ends = |s: &str| w.iter().rev().take(s.len()).rev().copied().eq(s.chars());
    let before = |k: usize| w.get(n.wrapping_sub(k + 1)).copied();
    if ends("e") && !ends("le") && !ends("ee") && !ends("ie") && !ends("ye") {
        count = count.saturating_sub(1);
    } else if ends("le") && before(2).is_some_and(|c| "aeiouy".contains(c)) {
        // "whale", "mile": a silent e
        count = count.saturating_sub(1);
    } else if ends("ed") && !before(2).is_some_and(|c| c == 't' || c == 'd') {
        if before(2).is_some_and(|c| !"aeiouy".contains(c)) {
            count = count.saturating_sub(1);
        }
    } else if ends("es")
        && !before(2).is_some_and(|c| "sxzhcg".contains(c))
        && before(2).is_some_and(|c| !"aeiouy".contains(c))
        && before(3).is_some_and(|c| "aeiouy".contains(c))
    {
        // "makes", "times": the e is silent; "boxes", "changes" keep it
        count = count.saturating_sub(1);
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables() {
        for (w, n) in [
            ("the", 1),
            ("make", 1),
            ("table", 2),
            ("worked", 1),
            ("wanted", 2),
            ("people", 2),
            ("customer", 3),
            ("every", 3),
            ("boxes", 2),
            ("makes", 1),
            ("employee", 3),
            ("day", 1),
            ("happy", 2),
        ] {
            assert_eq!(en_syllables(w), n, "{w}");
        }
    }

    #[test]
    fn sentences_split_on_headings_and_bullets() {
        let text = "Wat ga je doen\n- Je bakt brood\n- Je helpt klanten\nJe verdient € 2.800 tot\n€ 3.100. Kom langs!";
        let s = sentences(text);
        let lens: Vec<usize> = s.iter().map(Vec::len).collect();
        // "Je verdient € 2.800 tot" ends at the line break: the next line starts with €
        assert_eq!(lens, vec![4, 3, 3, 3, 2], "{lens:?}");
        // a hard-wrapped sentence stays one sentence
        let s = sentences("Je werkt in een kleine winkel\nmet veel vaste klanten.");
        assert_eq!(s.len(), 1);
        // "bijv." inside a sentence, and numbers
        let s = sentences("Je doet kleine klussen, bijv. de kassa. Je werkt 24 uur.");
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].len(), 3, "a number is not a word");
    }

    #[test]
    fn frequent_words_compounds_and_names() {
        assert!(nl_zipf("de").is_some_and(|z| z > 7.0));
        assert!(nl_zipf("kassamedewerker").is_some_and(|z| z >= RARE_ZIPF));
        assert!(nl_zipf("b1-niveau").is_some());
        assert!(nl_zipf("collega's").is_some());
        assert!(nl_zipf("xqzwv").is_none());
    }
}
