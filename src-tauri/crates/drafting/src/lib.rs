//! `werfwijzer-drafting`: the vacancy text of a procedure (PRODUCT.md §3.1 step 6).
//!
//! Deterministic and template-based, no language model: fixed sentences in plain
//! Dutch and English (B1, the "je" form), filled from the pack content and the owner's
//! answers. Most fixed sentences have two or three variants; [`Input::seed`] picks them,
//! so two vacancies do not read alike, and the same input always gives the same text.
//!
//! ```
//! use werfwijzer_drafting::{draft, CompetencyIn, Input, Kind, Lang};
//! let mut input = Input::new(Kind::Vacancy, Lang::Nl, "Bakkerij Kruimel", "Verkoopmedewerker");
//! input.competencies.push(CompetencyIn {
//!     name: "Klanten helpen".into(),
//!     definition: "Je helpt klanten vriendelijk en snel.".into(),
//!     example: None,
//! });
//! let text = draft(&input).to_text();
//! assert!(text.starts_with("Verkoopmedewerker\n"));
//! assert!(text.contains("- Klanten helpen: je helpt klanten vriendelijk en snel."));
//! ```

mod compose;
mod format;
mod words;

pub use format::{format_date, format_pay};
pub use werfwijzer_wording::Lang;

/// What the procedure is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A job open to anyone.
    Vacancy,
    /// An internship (stage) for a student.
    Internship,
    /// An internal procedure, open to colleagues only.
    Promotion,
}

/// The period a pay amount is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PayPer {
    /// Per hour.
    Hour,
    /// Per month.
    Month,
    /// Per year.
    Year,
}

/// A gross pay range in euro cents (so an hourly wage such as € 14,71 fits).
/// `min_cents > max_cents` is read the other way round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PayRange {
    /// The lowest amount, in cents: 1471 is € 14,71.
    pub min_cents: u32,
    /// The highest amount, in cents: 245000 is € 2.450.
    pub max_cents: u32,
    /// What period the amounts are for.
    pub per: PayPer,
}

impl PayRange {
    /// A range of whole euros: `PayRange::euros(2450, 2900, PayPer::Month)`.
    /// Amounts above what cents in a `u32` can hold (about € 42 million) are capped.
    pub fn euros(min: u32, max: u32, per: PayPer) -> Self {
        PayRange {
            min_cents: min.saturating_mul(100),
            max_cents: max.saturating_mul(100),
            per,
        }
    }
}

/// The kind of contract on offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Contract {
    /// A permanent contract.
    Permanent,
    /// A temporary contract, for so many months when known.
    Temporary {
        /// The length in months, when known.
        months: Option<u32>,
    },
    /// A temporary contract that may become permanent.
    TemporaryWithProspect {
        /// The length in months, when known.
        months: Option<u32>,
    },
    /// An on-call contract: work when there is work.
    OnCall,
    /// An internship agreement with the student and the school.
    Internship,
}

/// One competency as it appears in the text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CompetencyIn {
    /// A short name, e.g. "Klanten helpen".
    pub name: String,
    /// One line: what the person does ("Je helpt …").
    pub definition: String,
    /// Something you can see someone do, shown as "In de praktijk: …".
    pub example: Option<String>,
}

/// One requirement, with the reason it is really needed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RequirementIn {
    /// The requirement as a sentence ("Je hebt rijbewijs B.").
    pub text: String,
    /// Why the work needs it, as a sentence.
    pub reason: String,
    /// Whether this asks for a diploma or certificate.
    pub diploma: bool,
    /// For a diploma: add "of vergelijkbare ervaring" unless the text says so already.
    pub or_equivalent: bool,
}

/// What an internship offers beyond a job.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Internship {
    /// The school the internship is arranged with, if any.
    pub school: Option<String>,
    /// What the student learns, one line each.
    pub learning_goals: Vec<String>,
    /// A fixed internship allowance per month, in whole euros.
    pub allowance_per_month: Option<u32>,
}

/// Everything the draft is made from: the owner's choices in the wizard.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Input {
    /// Vacancy, internship or promotion.
    pub kind: Kind,
    /// The language of the text.
    pub lang: Lang,
    /// The employer's name; may be empty ("wij").
    pub organisation: String,
    /// The gender-neutral job title.
    pub title: String,
    /// A few sentences about the role, from the role profile or the owner.
    pub summary: Option<String>,
    /// Typical tasks, one line each.
    pub tasks: Vec<String>,
    /// About five competencies.
    pub competencies: Vec<CompetencyIn>,
    /// Only what is really needed, each with its reason.
    pub requirements: Vec<RequirementIn>,
    /// The fewest hours per week.
    pub hours_min: Option<u32>,
    /// The most hours per week.
    pub hours_max: Option<u32>,
    /// The gross pay range (for an internship: the allowance range).
    pub pay: Option<PayRange>,
    /// The collective agreement (CAO) by name, e.g. "CAO Horeca".
    pub cao: Option<String>,
    /// The contract on offer.
    pub contract: Option<Contract>,
    /// Where the work is, e.g. "Utrecht".
    pub place: Option<String>,
    /// The start: an ISO date (YYYY-MM-DD) or free text such as "zo snel mogelijk".
    pub start: Option<String>,
    /// The last day to apply: an ISO date (YYYY-MM-DD) or free text.
    pub deadline: Option<String>,
    /// Where to send the application: an e-mail address, a web address or a postal address.
    pub apply_to: Option<String>,
    /// Who answers questions.
    pub contact_name: Option<String>,
    /// The phone number for questions.
    pub contact_phone: Option<String>,
    /// Ask one short answer per competency instead of a free letter.
    pub answer_form: bool,
    /// The sentence about adjustments for disabled applicants; `None` gives the standard one.
    pub accessibility: Option<String>,
    /// Internship details (school, learning goals, allowance).
    pub internship: Option<Internship>,
    /// Picks the sentence variants: same input and seed, same text.
    pub seed: u64,
}

impl Input {
    /// An input with only the kind, language, organisation and title; everything else empty.
    pub fn new(kind: Kind, lang: Lang, organisation: &str, title: &str) -> Self {
        Input {
            kind,
            lang,
            organisation: organisation.to_string(),
            title: title.to_string(),
            summary: None,
            tasks: Vec::new(),
            competencies: Vec::new(),
            requirements: Vec::new(),
            hours_min: None,
            hours_max: None,
            pay: None,
            cao: None,
            contract: None,
            place: None,
            start: None,
            deadline: None,
            apply_to: None,
            contact_name: None,
            contact_phone: None,
            answer_form: false,
            accessibility: None,
            internship: None,
            seed: 0,
        }
    }
}

impl Input {
    /// An input from a pack's role profile: title, summary, tasks, the suggested
    /// competencies (ids resolved against the pack; unknown ids are skipped), the
    /// requirements, the collective agreement ([`cao_from_pack`]) and the hours (the
    /// first "24 tot 38 uur" or "38 uur" in the role's conditions). The practical values
    /// (pay, place, dates, how to apply) are left for the owner.
    pub fn from_role(
        pack: &werfwijzer_packs::Pack,
        role: &werfwijzer_packs::Role,
        kind: Kind,
        lang: Lang,
        organisation: &str,
    ) -> Self {
        let mut input = Input::new(kind, lang, organisation, &pick(&role.title, lang));
        input.summary = Some(pick(&role.summary, lang)).filter(|s| !s.is_empty());
        input.tasks = role
            .tasks
            .iter()
            .map(|t| pick(t, lang))
            .filter(|t| !t.is_empty())
            .collect();
        input.competencies = role
            .competencies
            .iter()
            .filter_map(|id| pack.competencies.iter().find(|c| &c.id == id))
            .map(|c| CompetencyIn::from_pack(c, lang))
            .collect();
        input.requirements = role
            .requirements
            .iter()
            .map(|r| RequirementIn::from_pack(r, lang))
            .collect();
        input.cao = cao_from_pack(&role.conditions.cao, lang);
        let (min, max) = hours_from_text(&pick(&role.conditions.hours, Lang::Nl));
        input.hours_min = min;
        input.hours_max = max;
        input
    }
}

/// The first hours in a text: "24 tot 38 uur" → (24, 38), "38 uur" → (38, 38).
fn hours_from_text(text: &str) -> (Option<u32>, Option<u32>) {
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.' || c == ':')
        .filter(|t| !t.is_empty())
        .collect();
    for (i, t) in tokens.iter().enumerate() {
        let Ok(a) = t.parse::<u32>() else { continue };
        let next = tokens.get(i + 1).copied();
        if matches!(next, Some("uur" | "hours")) {
            return (Some(a), Some(a));
        }
        if matches!(next, Some("tot" | "to" | "-" | "–")) {
            if let Some(Ok(b)) = tokens.get(i + 2).map(|b| b.parse::<u32>()) {
                if matches!(tokens.get(i + 3).copied(), Some("uur" | "hours")) {
                    return (Some(a), Some(b));
                }
            }
        }
    }
    (None, None)
}

/// A drafted vacancy text: a title and sections in a fixed order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Draft {
    /// The first line of the text.
    pub title: String,
    /// The sections, in the order of [`SectionKey`]; empty sections are left out.
    pub sections: Vec<Section>,
}

/// One section of a draft.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Section {
    /// Which section this is.
    pub key: SectionKey,
    /// The heading: short, no end punctuation.
    pub heading: String,
    /// Paragraphs and bullet lists, in order.
    pub blocks: Vec<Block>,
}

/// The sections of a vacancy text, in their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionKey {
    /// Who we are and what the job is.
    Intro,
    /// What you will do.
    Tasks,
    /// What you can do: the competencies.
    Competencies,
    /// What is really needed, each with its reason.
    Requirements,
    /// Pay, hours, contract, start and place.
    Offer,
    /// How we choose: blind, scored, the same for everyone.
    HowWeChoose,
    /// How to apply.
    HowToApply,
}

/// A paragraph or a bullet list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Block {
    /// One paragraph, written on one line.
    Paragraph(String),
    /// A list; each item on a line starting with "- ".
    Bullets(Vec<String>),
}

/// Drafts the vacancy text. Deterministic: the same input gives the same draft.
pub fn draft(input: &Input) -> Draft {
    compose::draft(input)
}

impl Draft {
    /// The plain text the owner edits: the title on the first line, a blank line between
    /// blocks, each heading on its own line, bullets as lines starting with "- ".
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        out.push_str(self.title.trim());
        out.push('\n');
        for section in &self.sections {
            out.push('\n');
            out.push_str(section.heading.trim());
            out.push('\n');
            for (i, block) in section.blocks.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                match block {
                    Block::Paragraph(p) => {
                        out.push_str(p.trim());
                        out.push('\n');
                    }
                    Block::Bullets(items) => {
                        for item in items {
                            out.push_str("- ");
                            out.push_str(item.trim());
                            out.push('\n');
                        }
                    }
                }
            }
        }
        out
    }

    /// The section with this key, if the draft has it.
    pub fn section(&self, key: SectionKey) -> Option<&Section> {
        self.sections.iter().find(|s| s.key == key)
    }
}

/// The text of a pack in this language, or else in the other language; empty if neither.
pub fn pick(text: &werfwijzer_packs::Text, lang: Lang) -> String {
    let (first, second) = match lang {
        Lang::Nl => (werfwijzer_packs::Lang::Nl, werfwijzer_packs::Lang::En),
        Lang::En => (werfwijzer_packs::Lang::En, werfwijzer_packs::Lang::Nl),
    };
    text.get(first)
        .filter(|s| !s.trim().is_empty())
        .or_else(|| text.get(second))
        .unwrap_or_default()
        .trim()
        .to_string()
}

impl CompetencyIn {
    /// From a pack competency: its name, its definition and its first indicator as example.
    pub fn from_pack(c: &werfwijzer_packs::Competency, lang: Lang) -> Self {
        CompetencyIn {
            name: pick(&c.name, lang),
            definition: pick(&c.definition, lang),
            example: c
                .indicators
                .first()
                .map(|t| pick(t, lang))
                .filter(|s| !s.is_empty()),
        }
    }
}

impl RequirementIn {
    /// From a pack requirement. A diploma demand is detected from the text ("diploma",
    /// "mbo", "hbo", "certificaat", "degree", …) and then asks for "or equivalent
    /// experience" by default, unless the text or reason shows it is set by law or for
    /// safety (a licence, VCA, "volgens de wet"): experience cannot replace those.
    pub fn from_pack(r: &werfwijzer_packs::Requirement, lang: Lang) -> Self {
        let text = pick(&r.text, lang);
        let reason = pick(&r.reason, lang);
        let diploma = words::mentions_diploma(&text);
        RequirementIn {
            or_equivalent: diploma && !words::required_by_law(&text, &reason),
            diploma,
            reason,
            text,
        }
    }
}

/// The collective agreement to name in a vacancy, from a pack role's `cao` hint.
///
/// The hint is written for the employer and sometimes explains a choice ("Vaak geen cao;
/// volg …", "Bij een transport- of logistiek bedrijf: …"). Only a hint that starts with
/// the name of one agreement gives a name: its first sentence, without a note in brackets
/// that names alternatives. Otherwise `None`: the owner fills in the agreement.
pub fn cao_from_pack(cao: &werfwijzer_packs::Text, lang: Lang) -> Option<String> {
    let text = pick(cao, lang);
    let first = words::first_sentence(&text);
    let first = first.split(';').next().unwrap_or_default().trim();
    if !first.to_lowercase().starts_with("cao ") {
        return None;
    }
    let name = match first.find('(') {
        Some(open) => {
            let (head, rest) = first.split_at(open);
            let inner = rest.trim_start_matches('(');
            let inner = inner.split([';', ')']).next().unwrap_or_default().trim();
            if inner.is_empty() || inner.contains(':') {
                head.trim().to_string()
            } else {
                format!("{} ({inner})", head.trim())
            }
        }
        None => first.trim_end_matches('.').trim().to_string(),
    };
    Some(name)
}

#[cfg(test)]
mod tests;
