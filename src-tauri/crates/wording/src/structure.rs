//! The structural checks of a vacancy text (PRODUCT.md §3.2): more than five competencies,
//! no pay range, long sentences and jargon. They are separate from [`crate::check`] because
//! they are about the text as a whole (or its length), not about words that exclude people;
//! the corpus categories do not include them.

use std::sync::LazyLock;

use serde::Serialize;

use crate::fold::{Folded, Hay, Re};
use crate::text::{sentence_at, words};
use crate::Lang;

/// Sentences longer than this many words are hard to read at B1 level.
pub const MAX_SENTENCE_WORDS: usize = 25;
/// More than this many competencies cannot each be judged well ("about five").
pub const MAX_COMPETENCIES: usize = 5;

/// What a structural finding is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Structural {
    /// The vacancy asks for more than five competencies.
    TooManyCompetencies { count: usize },
    /// No pay range (two amounts, or a scale from a collective agreement) is given.
    NoPayRange { single_amount: bool },
    /// A sentence of more than [`MAX_SENTENCE_WORDS`] words.
    LongSentence {
        start: usize,
        end: usize,
        words: usize,
    },
    /// A word that many readers do not know, with a plain one to use instead.
    Jargon { start: usize, end: usize },
}

/// A structural finding with its reason and what to do, in Dutch and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StructuralFinding {
    pub finding: Structural,
    pub reason_nl: String,
    pub reason_en: String,
    pub alternative_nl: String,
    pub alternative_en: String,
}

/// Jargon with plain words for it: (jargon, Dutch alternative, English alternative).
const JARGON: &[(&str, &str, &str)] = &[
    (
        "stakeholders",
        "de mensen met wie je samenwerkt",
        "the people you work with",
    ),
    ("synergie", "samenwerking", "working together"),
    ("synergy", "samenwerking", "working together"),
    ("onboarding", "inwerken", "getting started / induction"),
    ("skillset", "wat je kunt", "what you can do"),
    ("kpi's", "doelen", "targets"),
    ("kpis", "doelen", "targets"),
    ("roadmap", "planning", "plan"),
    ("mindset", "manier van werken", "way of working"),
    ("ownership", "verantwoordelijkheid", "responsibility"),
    ("leverage", "gebruiken", "use"),
    (
        "competentieprofiel",
        "wat je moet kunnen",
        "what you need to be able to do",
    ),
    (
        "marktconform",
        "een bedrag (van … tot …)",
        "an amount (from … to …)",
    ),
    (
        "marktconforme",
        "een bedrag (van … tot …)",
        "an amount (from … to …)",
    ),
    (
        "competitive salary",
        "een bedrag (van … tot …)",
        "an amount (from … to …)",
    ),
    ("fte", "uren per week", "hours a week"),
    ("rooster-technisch", "voor het rooster", "for the rota"),
];

static MONEY: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?ix)
        (€|eur\b|euro\b|£|\$)\s*\d[\d.,]*(\s*(k|,-|,–))?
        | \d[\d.,]*\s*(k\s*)?(euro|eur\b|€)",
    )
});

static RANGE: LazyLock<Re> = LazyLock::new(|| {
    Re::new(
        r"(?ix)
        # two amounts joined by tot/to/-/–/en/and (the currency may stand once); an amount
        # may have cents (14,71 or 14.71) or end in the Dutch ,- for whole euros
        (€|eur\b|euro\b|£|\$)?\s*\d[\d.,]*(,-|,–)?\s*(k\b)?\s*(euro\b)?\s*
            (-|–|—|tot(\s+en\s+met)?|to|en|and|t/m)\s*
        (€|eur\b|euro\b|£|\$)?\s*\d[\d.,]*\s*(k\b|euro\b|eur\b)?
        | (schaal|salarisschaal|loonschaal|functiegroep|functieschaal|fwg|pay\s+scale|salary\s+scale|scale|band)\s+[\w\d]+",
    )
});

/// Every pattern of the structural checks (tests).
#[cfg(test)]
pub(crate) fn all_patterns() -> Vec<&'static Re> {
    vec![&*MONEY, &*RANGE]
}

/// Runs the structural checks. `competencies`: how many the vacancy asks for, when known.
pub fn check_structure(
    text: &str,
    _lang: Lang,
    competencies: Option<usize>,
) -> Vec<StructuralFinding> {
    let mut out = Vec::new();
    if let Some(count) = competencies.filter(|&c| c > MAX_COMPETENCIES) {
        out.push(StructuralFinding {
            finding: Structural::TooManyCompetencies { count },
            reason_nl: format!("Je vraagt {count} competenties. Meer dan vijf kun je in brieven en gesprekken niet elk goed beoordelen."),
            reason_en: format!("You ask for {count} competencies. More than five cannot each be judged well in letters and interviews."),
            alternative_nl: "Kies de vijf die voor het werk het belangrijkst zijn.".into(),
            alternative_en: "Choose the five that matter most for the work.".into(),
        });
    }
    let folded = Folded::new(text);
    if !pay_range_in(folded.hay()) {
        let single_amount = MONEY.is_match(folded.hay());
        out.push(StructuralFinding {
            finding: Structural::NoPayRange { single_amount },
            reason_nl: "Er staat geen loon van … tot … in de tekst. Zonder bedragen solliciteren minder mensen, en vooral vrouwen en starters onderhandelen dan minder.".into(),
            reason_en: "The text gives no pay range. Without amounts fewer people apply, and women and starters especially negotiate less.".into(),
            alternative_nl: "Noem het loon van … tot … per maand of per uur, of de schaal uit de cao.".into(),
            alternative_en: "Give the pay from … to … a month or an hour, or the scale of the collective agreement.".into(),
        });
    }
    out.extend(long_sentences(text));
    out.extend(jargon(text));
    out
}

/// Whether the text gives a pay range: two amounts joined as a range, or a scale.
pub fn has_pay_range(text: &str) -> bool {
    pay_range_in(Folded::new(text).hay())
}

fn pay_range_in(hay: Hay<'_>) -> bool {
    let text = hay.as_str();
    RANGE.find_iter(hay).any(|m| {
        let s = m.as_str();
        // A range needs two numbers, or a named scale; "2024 - 2025" without money is a period.
        let numbers = s
            .split(|c: char| !c.is_ascii_digit())
            .filter(|p| !p.is_empty())
            .count();
        let scale = s.chars().next().is_some_and(char::is_alphabetic);
        let line = expand(text, m.start(), m.end());
        scale || (numbers >= 2 && MONEY.is_match(hay.slice(line.start, line.end)))
    })
}

/// The range widened to its whole line, so a currency word just after it counts.
fn expand(text: &str, start: usize, end: usize) -> std::ops::Range<usize> {
    let s = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let e = text[end..].find('\n').map_or(text.len(), |i| end + i);
    s..e
}

fn long_sentences(text: &str) -> Vec<StructuralFinding> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        let (start, end) = sentence_at(text, pos);
        let count = words(&text[start..end]).len();
        if count > MAX_SENTENCE_WORDS {
            let trimmed_start =
                start + (text[start..end].len() - text[start..end].trim_start().len());
            let trimmed_end = start + text[start..end].trim_end().len();
            out.push(StructuralFinding {
                finding: Structural::LongSentence {
                    start: trimmed_start,
                    end: trimmed_end,
                    words: count,
                },
                reason_nl: format!("Deze zin heeft {count} woorden. Lange zinnen zijn moeilijk te lezen."),
                reason_en: format!("This sentence has {count} words. Long sentences are hard to read."),
                alternative_nl: format!("Maak er twee of drie zinnen van, elk met hoogstens {MAX_SENTENCE_WORDS} woorden."),
                alternative_en: format!("Make it two or three sentences of at most {MAX_SENTENCE_WORDS} words each."),
            });
        }
        // Past this sentence's end (and the character that ended it).
        let next = text[end..].chars().next().map_or(0, char::len_utf8);
        pos = (end + next).max(pos + 1);
        while pos < text.len() && !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
    out
}

fn jargon(text: &str) -> Vec<StructuralFinding> {
    let lower = text.to_lowercase();
    // Lower-casing can change byte lengths (rare letters); then only report what maps 1:1.
    if lower.len() != text.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (term, nl, en) in JARGON {
        let mut from = 0;
        while let Some(i) = lower[from..].find(term) {
            let start = from + i;
            let end = start + term.len();
            from = end;
            let before = lower[..start].chars().next_back();
            let after = lower[end..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            out.push(StructuralFinding {
                finding: Structural::Jargon { start, end },
                reason_nl: format!("‘{}’ kennen veel lezers niet.", &text[start..end]),
                reason_en: format!("Many readers do not know ‘{}’.", &text[start..end]),
                alternative_nl: format!("Schrijf liever: {nl}."),
                alternative_en: format!("Write instead: {en}."),
            });
        }
    }
    out.sort_by_key(|f| match f.finding {
        Structural::Jargon { start, .. } => start,
        _ => 0,
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str, competencies: Option<usize>) -> Vec<Structural> {
        check_structure(text, Lang::Nl, competencies)
            .into_iter()
            .map(|f| f.finding)
            .collect()
    }

    #[test]
    fn a_pay_range_in_the_usual_forms() {
        for text in [
            "Je verdient € 2.800 tot € 3.400 bruto per maand.",
            "Salaris: €2400 - €2800.",
            "Het loon is 14,50 tot 16,20 euro per uur.",
            "Tussen de € 2.600 en € 3.100 per maand.",
            "Pay: £24,000 to £28,000 a year.",
            "Je krijgt loon volgens de cao, schaal 5.",
            "Salary 45k-55k EUR.",
            "Je valt in functiegroep C van de CAO Retail Non-Food.",
        ] {
            assert!(has_pay_range(text), "{text}");
        }
    }

    #[test]
    fn a_pay_range_with_cents_in_both_languages() {
        for (text, lang) in [
            ("Je verdient € 14,71 tot € 16,20 per uur.", Lang::Nl),
            ("Je verdient € 14,71 tot € 16,20 bruto per uur.", Lang::Nl),
            ("Het loon is € 14,71 - € 16,20 per uur.", Lang::Nl),
            ("Het loon is € 14,71 – € 16,20 per uur.", Lang::Nl),
            ("Je krijgt € 1.234,50 tot € 1.456,75 per maand.", Lang::Nl),
            ("Je verdient € 14,00 tot € 16,50 bruto per uur.", Lang::Nl),
            ("Je verdient tussen € 14,71 en € 16,20 per uur.", Lang::Nl),
            ("Je verdient € 2.450,- tot € 2.900,- per maand.", Lang::Nl),
            ("You earn €14.71 to €16.20 an hour.", Lang::En),
            ("You earn €14.71 to €16.20 gross an hour.", Lang::En),
            ("The pay is €14.71 - €16.20 an hour.", Lang::En),
            ("The pay is €1,234.50 to €1,456.75 a month.", Lang::En),
            ("Pay: 14.71 to 16.20 euro an hour.", Lang::En),
        ] {
            assert!(has_pay_range(text), "{text}");
            let found: Vec<Structural> = check_structure(text, lang, None)
                .into_iter()
                .map(|f| f.finding)
                .collect();
            assert!(
                !found
                    .iter()
                    .any(|f| matches!(f, Structural::NoPayRange { .. })),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn one_amount_with_cents_is_no_range() {
        for text in [
            "Je verdient € 14,71 per uur.",
            "Je verdient € 1.234,50 per maand.",
            "Je verdient € 2.450,- per maand.",
            "You earn €14.71 an hour.",
            "You earn €1,234.50 a month.",
            "Je werkt 24,5 tot 32,5 uur per week.",
            "You work 24.5 to 32.5 hours a week.",
        ] {
            assert!(!has_pay_range(text), "{text}");
        }
        for (text, lang) in [
            ("Je verdient € 14,71 per uur.", Lang::Nl),
            ("You earn €14.71 an hour.", Lang::En),
        ] {
            let found: Vec<Structural> = check_structure(text, lang, None)
                .into_iter()
                .map(|f| f.finding)
                .collect();
            assert_eq!(
                found,
                vec![Structural::NoPayRange {
                    single_amount: true
                }],
                "{text}"
            );
        }
    }

    #[test]
    fn no_pay_range_when_there_is_none_or_one_amount() {
        for text in [
            "Wij bieden een marktconform salaris.",
            "Je werkt van 2024 - 2025 aan dit project.",
            "Je werkt 24 tot 32 uur per week.",
            "Je verdient € 15 per uur.",
        ] {
            assert!(!has_pay_range(text), "{text}");
        }
        assert_eq!(
            kinds("Je verdient € 15 per uur.", None),
            vec![Structural::NoPayRange {
                single_amount: true
            }]
        );
    }

    #[test]
    fn more_than_five_competencies_long_sentences_and_jargon() {
        let text = "Je verdient € 2.800 tot € 3.400. Je werkt samen met stakeholders. \
                    Wij zoeken iemand die in een kleine winkel met veel klanten en veel verschillende \
                    producten elke dag de kassa doet, de schappen vult, bestellingen aanneemt en ook \
                    nog de telefoon opneemt als het druk is.";
        let found = kinds(text, Some(6));
        assert!(found.contains(&Structural::TooManyCompetencies { count: 6 }));
        assert!(found
            .iter()
            .any(|f| matches!(f, Structural::LongSentence { words, .. } if *words > 25)));
        let jargon = found
            .iter()
            .find_map(|f| match f {
                Structural::Jargon { start, end } => Some(&text[*start..*end]),
                _ => None,
            })
            .unwrap();
        assert_eq!(jargon, "stakeholders");
        assert!(!found
            .iter()
            .any(|f| matches!(f, Structural::NoPayRange { .. })));
        assert!(kinds(text, Some(5))
            .iter()
            .all(|f| !matches!(f, Structural::TooManyCompetencies { .. })));
    }

    #[test]
    fn short_clear_text_with_a_range_passes() {
        let text = "Je helpt klanten in de winkel.\nJe verdient € 2.400 tot € 2.700 per maand.\n";
        assert!(kinds(text, Some(5)).is_empty());
    }

    #[test]
    fn odd_text_does_not_panic() {
        let text = "İ€ 2 — ŞŞ 😀 tot 3 k\n\n\n...";
        for cut in 0..text.len() {
            if text.is_char_boundary(cut) {
                let _ = check_structure(&text[..cut], Lang::En, Some(9));
            }
        }
    }
}
