//! The wording checker (PRODUCT.md §3.2): flags exclusionary wording in vacancy texts,
//! interview questions and notes, each finding with a reason and a neutral alternative
//! in Dutch and English.
//!
//! Deterministic and explainable: word lists ([`lexicon`]) plus context rules
//! ([`rules`]), no statistical model. The same text always gives the same findings.
//!
//! ```
//! use werfwijzer_wording::{check, Category, Lang};
//! let text = "Je bent stressbestendig en flexibel.";
//! let found = check(text, Lang::Nl);
//! assert_eq!(found[0].category, Category::Trait);
//! assert_eq!(&text[found[0].start..found[0].end], "stressbestendig");
//! ```

mod fold;
mod lexicon;
mod messages;
pub mod readability;
pub mod rewrite;
mod rules;
pub mod structure;
mod text;

pub use readability::{readability, ReadLevel, Readability};
pub use rewrite::{check_with_rewrites, rewrites, Rewrite};
pub use structure::{check_structure, has_pay_range, Structural, StructuralFinding};

use serde::Serialize;

/// The language of the text being checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    /// `"nl"` or `"en"` (case-insensitive); anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// A simple guess from frequent function words; Dutch when in doubt.
    pub fn detect(text: &str) -> Lang {
        const NL: &[&str] = &[
            "de", "het", "een", "en", "je", "jij", "wij", "we", "van", "voor", "met", "is", "bent",
            "zijn", "ons", "onze", "niet", "op", "wat",
        ];
        const EN: &[&str] = &[
            "the", "and", "you", "your", "we", "our", "of", "for", "with", "is", "are", "to", "a",
            "an", "what", "not", "on",
        ];
        let (mut nl, mut en) = (0usize, 0usize);
        for w in text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(400)
        {
            let w = w.to_lowercase();
            nl += NL.contains(&w.as_str()) as usize;
            en += EN.contains(&w.as_str()) as usize;
        }
        if en > nl {
            Lang::En
        } else {
            Lang::Nl
        }
    }
}

/// The twelve categories of the labelled corpus (`../shared/corpus/README.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Category {
    Age,
    Sex,
    Origin,
    Appearance,
    Health,
    Family,
    Religion,
    Trait,
    CultureFit,
    Diploma,
    GenderCoded,
    PayHistory,
}

impl Category {
    pub const ALL: [Category; 12] = [
        Category::Age,
        Category::Sex,
        Category::Origin,
        Category::Appearance,
        Category::Health,
        Category::Family,
        Category::Religion,
        Category::Trait,
        Category::CultureFit,
        Category::Diploma,
        Category::GenderCoded,
        Category::PayHistory,
    ];

    /// The corpus label: `"AGE"`, `"CULTURE_FIT"`, …
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Age => "AGE",
            Category::Sex => "SEX",
            Category::Origin => "ORIGIN",
            Category::Appearance => "APPEARANCE",
            Category::Health => "HEALTH",
            Category::Family => "FAMILY",
            Category::Religion => "RELIGION",
            Category::Trait => "TRAIT",
            Category::CultureFit => "CULTURE_FIT",
            Category::Diploma => "DIPLOMA",
            Category::GenderCoded => "GENDER_CODED",
            Category::PayHistory => "PAY_HISTORY",
        }
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A text in both languages of the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bilingual {
    pub nl: String,
    pub en: String,
}

impl Bilingual {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// One flagged phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Byte offset into the checked text (on a char boundary).
    pub start: usize,
    /// Byte offset, exclusive (on a char boundary).
    pub end: usize,
    pub category: Category,
    /// Why this wording is a problem (plain B1 Dutch with "je", and English).
    pub reason: Bilingual,
    /// A neutral way to say what the employer needs.
    pub alternative: Bilingual,
}

impl Finding {
    /// The flagged phrase.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// The offsets in Unicode scalar values (Python string indices), for one finding.
    /// For many findings on one text use [`to_char_offsets`].
    pub fn char_range(&self, text: &str) -> (usize, usize) {
        let start = text[..self.start].chars().count();
        let len = text[self.start..self.end].chars().count();
        (start, start + len)
    }
}

/// Converts byte offsets (each on a char boundary, any order) into Unicode-scalar offsets
/// in one pass over the text.
pub fn to_char_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_by_key(|&i| byte_offsets[i]);
    let mut out = vec![0; byte_offsets.len()];
    let mut chars = 0usize;
    let mut byte = 0usize;
    let mut it = text.char_indices().peekable();
    for i in order {
        let target = byte_offsets[i];
        while byte < target {
            match it.next() {
                Some((b, c)) => {
                    byte = b + c.len_utf8();
                    chars += 1;
                }
                None => break,
            }
        }
        out[i] = chars;
    }
    out
}

/// Checks a text. Findings are sorted by `start`, then `end`; they may overlap when
/// different categories apply to one phrase.
pub fn check(text: &str, lang: Lang) -> Vec<Finding> {
    rules::run(text, lang)
}
