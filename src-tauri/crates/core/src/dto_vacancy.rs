//! What crosses to the user interface for the vacancy wizard (PRODUCT.md §3.1) and the
//! wording checker (§3.2).
//!
//! [`VacancyAnswers`] is also what the store keeps (as JSON in `vacancies.answers`): every
//! field has a default, so a row written by an older or newer Werfwijzer still reads. Rename
//! a field only with `#[serde(alias = …)]` for the old name.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::dto::{CompetencyView, Language, ProcedureKind};

/// The seven steps of the wizard, in order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum WizardStep {
    #[default]
    Soort,
    Functie,
    Competenties,
    Eisen,
    Praktisch,
    Tekst,
    Klaar,
}

impl WizardStep {
    pub const ALL: [WizardStep; 7] = [
        WizardStep::Soort,
        WizardStep::Functie,
        WizardStep::Competenties,
        WizardStep::Eisen,
        WizardStep::Praktisch,
        WizardStep::Tekst,
        WizardStep::Klaar,
    ];

    /// The code stored in `vacancies.step`.
    pub fn as_str(self) -> &'static str {
        match self {
            WizardStep::Soort => "soort",
            WizardStep::Functie => "functie",
            WizardStep::Competenties => "competenties",
            WizardStep::Eisen => "eisen",
            WizardStep::Praktisch => "praktisch",
            WizardStep::Tekst => "tekst",
            WizardStep::Klaar => "klaar",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// Per hour, month or year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum PayPer {
    Hour,
    #[default]
    Month,
    Year,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ContractKind {
    Permanent,
    Temporary,
    TemporaryWithProspect,
    OnCall,
    Internship,
}

/// A text in both languages of the vacancy. The wizard edits the side of the user's
/// language; a draft in the other language falls back to this side where that one is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(default, rename_all = "camelCase")]
pub struct BiText {
    pub nl: String,
    pub en: String,
}

impl BiText {
    pub fn get(&self, lang: Language) -> &str {
        let (this, other) = match lang {
            Language::Nl => (&self.nl, &self.en),
            Language::En => (&self.en, &self.nl),
        };
        if this.trim().is_empty() {
            other
        } else {
            this
        }
    }

    pub fn is_empty(&self) -> bool {
        self.nl.trim().is_empty() && self.en.trim().is_empty()
    }
}

/// A requirement with its reason (why the work needs it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(default, rename_all = "camelCase")]
pub struct VacancyRequirement {
    pub text: BiText,
    pub reason: BiText,
    /// A diploma or certificate demand.
    pub diploma: bool,
    /// "… of vergelijkbare ervaring" is added (on by default for a diploma).
    pub or_equivalent: bool,
}

/// The role profile the vacancy started from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(default, rename_all = "camelCase")]
pub struct VacancyRole {
    pub pack_id: String,
    pub role_id: String,
    pub title: BiText,
}

/// Everything the owner answered in the wizard.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(default, rename_all = "camelCase")]
pub struct VacancyAnswers {
    pub job_title: BiText,
    /// `None`: started blank.
    pub role: Option<VacancyRole>,
    pub summary: BiText,
    pub tasks: Vec<BiText>,
    pub requirements: Vec<VacancyRequirement>,
    pub hours_min: Option<u32>,
    pub hours_max: Option<u32>,
    /// The lowest gross pay in euro cents (1471 is € 14,71), for `pay_per`.
    pub pay_min_cents: Option<u32>,
    /// The highest gross pay in euro cents (290000 is € 2.900), for `pay_per`.
    pub pay_max_cents: Option<u32>,
    pub pay_per: PayPer,
    /// The collective agreement (cao) that applies, if any.
    pub cao: BiText,
    /// The pack's hint on how to find the pay in the cao (shown, not printed).
    pub pay_hint: BiText,
    pub contract: Option<ContractKind>,
    pub contract_months: Option<u32>,
    pub place: String,
    /// ISO date (YYYY-MM-DD) or empty.
    pub start: String,
    /// ISO date (YYYY-MM-DD) or empty.
    pub deadline: String,
    /// E-mail address or postal address for the letters.
    pub apply_to: String,
    pub contact_name: String,
    pub contact_phone: String,
    /// Ask one short answer per competency instead of a free letter.
    pub answer_form: bool,
    /// Empty: Werfwijzer's standard sentence.
    pub accessibility: BiText,
    /// Internship: the school and what the student learns.
    pub school: String,
    pub learning_goals: Vec<BiText>,
    /// The internship allowance per month, in whole euros.
    pub allowance: Option<u32>,
    /// The languages to write the vacancy in (at least one).
    pub languages: Vec<Language>,
}

/// The wizard's state for one procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Vacancy {
    pub procedure_id: String,
    pub procedure_title: String,
    pub organisation_id: String,
    pub organisation_name: String,
    pub kind: ProcedureKind,
    pub step: WizardStep,
    pub answers: VacancyAnswers,
    pub text_nl: Option<String>,
    pub text_en: Option<String>,
    /// Whether the wizard may still change anything (only before publishing).
    pub editable: bool,
    /// The procedure's competencies (its frozen copies), in order.
    pub competencies: Vec<CompetencyView>,
    /// The role's suggested competencies that the procedure does not have yet (library ids).
    pub suggestions: Vec<CompetencyView>,
    /// Whether the organisation has a logo for the PDF and Word exports.
    pub has_logo: bool,
}

/// The file formats a vacancy can be saved as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ExportFormat {
    Txt,
    Html,
    Pdf,
    Docx,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Txt => "txt",
            ExportFormat::Html => "html",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Docx => "docx",
        }
    }
}

// --- the wording checker -------------------------------------------------------------------
//
// Offsets are UTF-16 code units (JavaScript string indices), so the editor can use them as is.

/// A ready replacement the editor applies with one click.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RewriteView {
    pub start: u32,
    pub end: u32,
    pub text: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CheckFinding {
    pub start: u32,
    pub end: u32,
    /// The corpus label: `TRAIT`, `AGE`, …
    pub category: String,
    /// The category in the user's language.
    pub category_label: String,
    pub reason: String,
    pub alternative: String,
    pub rewrites: Vec<RewriteView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StructuralView {
    /// `tooManyCompetencies`, `noPayRange`, `longSentence` or `jargon`.
    pub kind: String,
    pub message: String,
    pub start: Option<u32>,
    pub end: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ReadLevel {
    Easy,
    Fair,
    Hard,
    VeryHard,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReadabilityView {
    pub score: f64,
    pub level: ReadLevel,
    pub label: String,
    pub advice: String,
}

/// The result of checking a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TextCheck {
    pub findings: Vec<CheckFinding>,
    pub structural: Vec<StructuralView>,
    pub readability: Option<ReadabilityView>,
    pub words: u32,
}

/// What a text is, for the checks that depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum CheckKind {
    /// A whole vacancy text: also the structural checks and readability.
    Vacancy,
    /// A short text (a competency, a title, a question, a note): only the wording.
    Short,
}
