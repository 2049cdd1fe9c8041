//! The wording check as the editor asks for it (PRODUCT.md §3.2): findings with their
//! reason, advice and ready rewrites, the structural checks and readability of a vacancy
//! text, all worded in the user's language, with offsets in UTF-16 code units.

use werfwijzer_wording::{self as wording, Bilingual, Category, Structural};

use crate::dto::Language;
use crate::dto_vacancy::{CheckFinding, CheckKind, StructuralView, TextCheck};
use crate::Werfwijzer;

/// The longest text the checker looks at (characters); longer texts are refused elsewhere.
const MAX_CHECK_CHARS: usize = 50_000;

pub(crate) fn wording_lang(l: Language) -> wording::Lang {
    match l {
        Language::Nl => wording::Lang::Nl,
        Language::En => wording::Lang::En,
    }
}

fn say(b: &Bilingual, ui: Language) -> String {
    match ui {
        Language::Nl => b.nl.clone(),
        Language::En => b.en.clone(),
    }
}

/// The category as the user reads it.
pub fn category_label(c: Category, ui: Language) -> &'static str {
    use Language::{En, Nl};
    match (c, ui) {
        (Category::Age, Nl) => "Leeftijd",
        (Category::Age, En) => "Age",
        (Category::Sex, Nl) => "Man of vrouw",
        (Category::Sex, En) => "Sex",
        (Category::Origin, Nl) => "Afkomst",
        (Category::Origin, En) => "Origin",
        (Category::Appearance, Nl) => "Uiterlijk",
        (Category::Appearance, En) => "Appearance",
        (Category::Health, Nl) => "Gezondheid",
        (Category::Health, En) => "Health",
        (Category::Family, Nl) => "Gezin",
        (Category::Family, En) => "Family",
        (Category::Religion, Nl) => "Geloof",
        (Category::Religion, En) => "Religion",
        (Category::Trait, Nl) => "Eigenschap in plaats van gedrag",
        (Category::Trait, En) => "Trait instead of behaviour",
        (Category::CultureFit, Nl) => "Passen in het team",
        (Category::CultureFit, En) => "Culture fit",
        (Category::Diploma, Nl) => "Diploma zonder alternatief",
        (Category::Diploma, En) => "Diploma without an alternative",
        (Category::GenderCoded, Nl) => "Mannelijk gekleurd woord",
        (Category::GenderCoded, En) => "Masculine-coded word",
        (Category::PayHistory, Nl) => "Vraag naar salaris",
        (Category::PayHistory, En) => "Pay history",
    }
}

/// Maps byte offsets (on char boundaries) to UTF-16 offsets in one pass.
pub(crate) fn utf16_offsets(text: &str, byte_offsets: &[usize]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_by_key(|&i| byte_offsets[i]);
    let mut out = vec![0u32; byte_offsets.len()];
    let mut units = 0u32;
    let mut chars = text.char_indices().peekable();
    for i in order {
        let target = byte_offsets[i];
        while let Some(&(b, c)) = chars.peek() {
            if b >= target {
                break;
            }
            units += c.len_utf16() as u32;
            chars.next();
        }
        out[i] = units;
    }
    out
}

fn structural_kind(s: &Structural) -> (&'static str, Option<(usize, usize)>) {
    match s {
        Structural::TooManyCompetencies { .. } => ("tooManyCompetencies", None),
        Structural::NoPayRange { .. } => ("noPayRange", None),
        Structural::LongSentence { start, end, .. } => ("longSentence", Some((*start, *end))),
        Structural::Jargon { start, end } => ("jargon", Some((*start, *end))),
    }
}

/// Checks `text` (written in `lang`), worded for a user who reads `ui`.
pub fn check_text(
    text: &str,
    lang: Language,
    kind: CheckKind,
    competencies: Option<usize>,
    ui: Language,
) -> TextCheck {
    // Past the limit only the start is checked; the editor refuses to save such a text.
    let text = match text.char_indices().nth(MAX_CHECK_CHARS) {
        Some((cut, _)) => &text[..cut],
        None => text,
    };
    let wl = wording_lang(lang);
    let (findings, rewrites): (Vec<wording::Finding>, Vec<Vec<wording::Rewrite>>) =
        wording::check_with_rewrites(text, wl).into_iter().unzip();
    let structural = match kind {
        CheckKind::Vacancy => wording::check_structure(text, wl, competencies),
        CheckKind::Short => Vec::new(),
    };
    // One pass for every offset.
    let mut bytes = Vec::new();
    for (f, rs) in findings.iter().zip(&rewrites) {
        bytes.extend([f.start, f.end]);
        for r in rs {
            bytes.extend([r.start, r.end]);
        }
    }
    for s in &structural {
        if let (_, Some((a, b))) = structural_kind(&s.finding) {
            bytes.extend([a, b]);
        }
    }
    let map = utf16_offsets(text, &bytes);
    let mut at = map.into_iter();
    let mut next = || at.next().unwrap_or(0);
    let findings = findings
        .iter()
        .zip(rewrites)
        .map(|(f, rs)| {
            let (start, end) = (next(), next());
            CheckFinding {
                start,
                end,
                category: f.category.as_str().into(),
                category_label: category_label(f.category, ui).into(),
                reason: say(&f.reason, ui),
                alternative: say(&f.alternative, ui),
                rewrites: rs
                    .into_iter()
                    .map(|r| crate::dto_vacancy::RewriteView {
                        start: next(),
                        end: next(),
                        text: r.text,
                        label: say(&r.label, ui),
                    })
                    .collect(),
            }
        })
        .collect();
    let structural = structural
        .iter()
        .map(|s| {
            let (kind, range) = structural_kind(&s.finding);
            let (start, end) = match range {
                Some(_) => (Some(next()), Some(next())),
                None => (None, None),
            };
            let message = match ui {
                Language::Nl => format!("{} {}", s.reason_nl, s.alternative_nl),
                Language::En => format!("{} {}", s.reason_en, s.alternative_en),
            };
            StructuralView {
                kind: kind.into(),
                message,
                start,
                end,
            }
        })
        .collect();
    let readability = match kind {
        CheckKind::Vacancy => Some(readability_view(text, wl, ui)),
        CheckKind::Short => None,
    };
    let words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count() as u32;
    TextCheck {
        findings,
        structural,
        readability,
        words,
    }
}

fn readability_view(
    text: &str,
    lang: wording::Lang,
    ui: Language,
) -> crate::dto_vacancy::ReadabilityView {
    use crate::dto_vacancy::ReadLevel;
    let r = wording::readability(text, lang);
    crate::dto_vacancy::ReadabilityView {
        score: (r.score * 10.0).round() / 10.0,
        level: match r.level {
            wording::ReadLevel::Easy => ReadLevel::Easy,
            wording::ReadLevel::Fair => ReadLevel::Fair,
            wording::ReadLevel::Hard => ReadLevel::Hard,
            wording::ReadLevel::VeryHard => ReadLevel::VeryHard,
        },
        label: say(&r.label, ui),
        advice: say(&r.advice, ui),
    }
}

impl Werfwijzer {
    /// Checks a text as the editor asks for it; worded in the user's language.
    pub fn check_text(
        &self,
        text: &str,
        lang: Language,
        kind: CheckKind,
        competencies: Option<u32>,
    ) -> TextCheck {
        let ui = crate::vacancy::from_store_lang(self.language());
        check_text(text, lang, kind, competencies.map(|c| c as usize), ui)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_utf16_code_units() {
        let text = "Wij 😀 zoeken een stressbestendige collega.";
        let start = text.find("stress").unwrap();
        assert_eq!(
            utf16_offsets(text, &[start, 0, text.len()]),
            [
                "Wij 😀 zoeken een ".encode_utf16().count() as u32,
                0,
                text.encode_utf16().count() as u32
            ]
        );
    }

    #[test]
    fn a_trait_is_found_with_its_label_in_the_users_language() {
        let text = "Je bent stressbestendig.";
        let c = check_text(text, Language::Nl, CheckKind::Short, None, Language::En);
        assert_eq!(c.findings.len(), 1);
        let f = &c.findings[0];
        assert_eq!(&text[f.start as usize..f.end as usize], "stressbestendig");
        assert_eq!(f.category, "TRAIT");
        assert_eq!(f.category_label, "Trait instead of behaviour");
        assert!(c.readability.is_none());
        assert!(c.structural.is_empty());
    }

    #[test]
    fn a_vacancy_without_pay_gets_the_structural_remark() {
        let c = check_text(
            "Verkoper\n\nJe helpt klanten in de winkel.",
            Language::Nl,
            CheckKind::Vacancy,
            Some(3),
            Language::Nl,
        );
        assert!(c.structural.iter().any(|s| s.kind == "noPayRange"));
        assert!(c.readability.is_some());
        assert_eq!(c.words, 7);
    }
}
