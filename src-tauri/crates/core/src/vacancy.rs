//! The vacancy wizard (PRODUCT.md §3.1): its answers, saved as the owner goes; the role a
//! vacancy starts from; own competencies; the drafted and edited texts; the wording check
//! (§3.2) the editor runs as the owner types.

use werfwijzer_packs::{self as packs, Lang as PackLang, Text};
use werfwijzer_store::{self as store, Phase};

use crate::dto::{self, AppError, AuditAction, Language};
use crate::dto_vacancy::{
    BiText, Vacancy, VacancyAnswers, VacancyRequirement, VacancyRole, WizardStep,
};
use crate::error::{pack_lang, Error};
use crate::facade::{audit, new_id};
use crate::library::{competency_view, views, MAX_COMPETENCIES};
use crate::Werfwijzer;

type Result<T> = std::result::Result<T, AppError>;

/// The longest vacancy text Werfwijzer keeps (characters); a long vacancy is ~800 words.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// The most the answers may take as JSON (bytes): far above any real vacancy.
const MAX_ANSWERS_BYTES: usize = 200_000;
/// Limits on an own competency.
pub const MAX_COMPETENCY_NAME_CHARS: usize = 120;
pub const MAX_COMPETENCY_DEFINITION_CHARS: usize = 600;

pub(crate) fn to_store_lang(l: Language) -> store::Language {
    l.into()
}

pub(crate) fn from_store_lang(l: store::Language) -> Language {
    l.into()
}

fn bi(text: &Text) -> BiText {
    BiText {
        nl: text.nl.clone().unwrap_or_default(),
        en: text.en.clone().unwrap_or_default(),
    }
}

fn set_side(t: &mut BiText, lang: Language, value: String) {
    match lang {
        Language::Nl => t.nl = value,
        Language::En => t.en = value,
    }
}

/// The first one or two whole numbers before "uur"/"hours" in a role's hours text
/// ("24 tot 38 uur per week …"): a starting point the owner can change.
fn hours_from(text: &str) -> (Option<u32>, Option<u32>) {
    let lower = text.to_lowercase();
    let cut = ["uur", "hour"]
        .iter()
        .filter_map(|w| lower.find(w))
        .min()
        .unwrap_or(0);
    let numbers: Vec<u32> = lower[..cut]
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .filter(|&n| (1..=60).contains(&n))
        .collect();
    match numbers.as_slice() {
        [] => (None, None),
        [one] => (Some(*one), Some(*one)),
        [.., a, b] => (Some(*a.min(b)), Some(*a.max(b))),
    }
}

/// Whether a requirement asks for a diploma or certificate.
pub(crate) fn is_diploma(text: &str) -> bool {
    let t = text.to_lowercase();
    [
        "diploma",
        "mbo",
        "hbo",
        "vmbo",
        "opleiding",
        "certificaat",
        "getuigschrift",
        "degree",
        "qualification",
        "certificate",
        "bachelor",
        "master",
    ]
    .iter()
    .any(|w| t.contains(w))
}

fn default_answers(p: &store::Procedure, lang: Language) -> VacancyAnswers {
    let mut a = VacancyAnswers {
        languages: vec![lang],
        ..Default::default()
    };
    set_side(&mut a.job_title, lang, p.title.clone());
    a
}

fn parse_answers(row: &store::VacancyRow) -> VacancyAnswers {
    // A row that no longer parses (damaged by hand) starts over rather than failing.
    serde_json::from_str(&row.answers).unwrap_or_default()
}

fn new_seed() -> i64 {
    let b = uuid::Uuid::new_v4().into_bytes();
    i64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]) & i64::MAX
}

/// The row of a procedure, or a new one (not stored yet).
pub(crate) fn row_or_new(
    a: &store::Access<'_>,
    p: &store::Procedure,
    lang: Language,
    now: &str,
) -> std::result::Result<store::VacancyRow, Error> {
    Ok(match a.vacancy(&p.id)? {
        Some(row) => row,
        None => store::VacancyRow {
            procedure_id: p.id.clone(),
            step: WizardStep::Soort.as_str().into(),
            answers: serde_json::to_string(&default_answers(p, lang))
                .map_err(|_| Error::Internal)?,
            text_nl: None,
            text_en: None,
            seed: new_seed(),
            updated_at: now.into(),
        },
    })
}

fn procedure(a: &store::Access<'_>, id: &str) -> std::result::Result<store::Procedure, Error> {
    a.procedure(id)?.ok_or(Error::ProcedureNotFound)
}

fn editable(a: &store::Access<'_>, id: &str) -> std::result::Result<store::Procedure, Error> {
    let p = procedure(a, id)?;
    if p.phase != Phase::Opstellen {
        return Err(Error::VacancyLocked);
    }
    Ok(p)
}

fn kind_dto(k: store::ProcedureKind) -> dto::ProcedureKind {
    match k {
        store::ProcedureKind::Vacature => dto::ProcedureKind::Vacature,
        store::ProcedureKind::Stage => dto::ProcedureKind::Stage,
        store::ProcedureKind::Promotie => dto::ProcedureKind::Promotie,
    }
}

fn kind_store(k: dto::ProcedureKind) -> store::ProcedureKind {
    match k {
        dto::ProcedureKind::Vacature => store::ProcedureKind::Vacature,
        dto::ProcedureKind::Stage => store::ProcedureKind::Stage,
        dto::ProcedureKind::Promotie => store::ProcedureKind::Promotie,
    }
}

/// The role's competencies the procedure does not have yet, if its pack is still installed.
fn suggestions(
    a: &store::Access<'_>,
    answers: &VacancyAnswers,
    chosen: &[dto::CompetencyView],
    lang: PackLang,
) -> std::result::Result<Vec<dto::CompetencyView>, Error> {
    let Some(role) = &answers.role else {
        return Ok(Vec::new());
    };
    let Some(row) = a.pack(&role.pack_id)? else {
        return Ok(Vec::new());
    };
    let Ok(pack) = packs::parse(row.content.as_bytes()) else {
        return Ok(Vec::new());
    };
    let Some(r) = pack.roles.iter().find(|r| r.id == role.role_id) else {
        return Ok(Vec::new());
    };
    let title = crate::library::pick(&pack.title, lang);
    Ok(r.competencies
        .iter()
        .filter(|id| {
            !chosen
                .iter()
                .any(|c| c.pack_id.as_deref() == Some(&pack.id) && &c.competency_id == *id)
        })
        .filter_map(|id| pack.competencies.iter().find(|c| &c.id == id))
        .map(|c| {
            competency_view(
                c,
                c.id.clone(),
                Some((&pack.id, Some(&pack.version))),
                Some(title.clone()),
                lang,
            )
        })
        .collect())
}

fn view(
    a: &store::Access<'_>,
    p: &store::Procedure,
    row: &store::VacancyRow,
    lang: Language,
) -> std::result::Result<Vacancy, Error> {
    let plang = pack_lang(to_store_lang(lang));
    let answers = parse_answers(row);
    let org = a
        .organisation(&p.organisation_id)?
        .ok_or(Error::OrganisationNotFound)?;
    let competencies = views(a, &p.id, plang)?;
    let suggestions = suggestions(a, &answers, &competencies, plang)?;
    Ok(Vacancy {
        procedure_id: p.id.clone(),
        procedure_title: p.title.clone(),
        organisation_id: org.id.clone(),
        organisation_name: org.name,
        kind: kind_dto(p.kind),
        step: WizardStep::parse(&row.step).unwrap_or_default(),
        answers,
        text_nl: row.text_nl.clone(),
        text_en: row.text_en.clone(),
        editable: p.phase == Phase::Opstellen,
        competencies,
        suggestions,
        has_logo: a.organisation_logo(&p.organisation_id)?.is_some(),
    })
}

fn store_answers(
    row: &mut store::VacancyRow,
    answers: &VacancyAnswers,
) -> std::result::Result<(), Error> {
    let json = serde_json::to_string(answers).map_err(|_| Error::Internal)?;
    if json.len() > MAX_ANSWERS_BYTES {
        return Err(Error::TextTooLong {
            max: MAX_TEXT_CHARS,
        });
    }
    row.answers = json;
    Ok(())
}

fn clean_line(raw: &str, max: usize) -> std::result::Result<String, Error> {
    let s = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let s: String = s.chars().filter(|c| !c.is_control()).collect();
    if s.is_empty() {
        return Err(Error::NameEmpty);
    }
    if s.chars().count() > max {
        return Err(Error::NameTooLong { max });
    }
    Ok(s)
}

/// Anchors for a competency the owner wrote: what any example shows at 1, 3 and 5 points.
fn generic_anchors() -> packs::Anchors {
    let t = |nl: &str, en: &str| Text {
        nl: Some(nl.into()),
        en: Some(en.into()),
    };
    packs::Anchors {
        one: t(
            "Geen voorbeeld, of een voorbeeld waarin niet duidelijk is wat de persoon zelf deed.",
            "No example, or an example that does not show what the person did themselves.",
        ),
        three: t(
            "Een voorbeeld dat laat zien wat de persoon zelf deed, maar zonder resultaat of details.",
            "An example that shows what the person did themselves, but without a result or details.",
        ),
        five: t(
            "Een duidelijk voorbeeld: wat er speelde, wat de persoon zelf deed en wat het opleverde.",
            "A clear example: what was going on, what the person did themselves and what it achieved.",
        ),
    }
}

impl Werfwijzer {
    /// The wizard's state for a procedure (its defaults when the wizard was never opened).
    pub fn vacancy(&self, procedure_id: &str) -> Result<Vacancy> {
        let lang = from_store_lang(self.language());
        self.read(|a| {
            let p = procedure(a, procedure_id)?;
            let row = row_or_new(a, &p, lang, "")?;
            view(a, &p, &row, lang)
        })
    }

    /// Saves the step the owner is on and all answers (one transaction; called as they type).
    pub fn save_vacancy(
        &self,
        procedure_id: &str,
        step: WizardStep,
        answers: &VacancyAnswers,
    ) -> Result<()> {
        let lang = from_store_lang(self.language());
        self.write(|a, now| {
            let p = editable(a, procedure_id)?;
            let mut row = row_or_new(a, &p, lang, now)?;
            row.step = step.as_str().into();
            store_answers(&mut row, answers)?;
            row.updated_at = now.into();
            a.put_vacancy(&row)?;
            a.touch_procedure(&p.id, now)?;
            Ok(())
        })
    }

    /// Changes the kind of procedure (vacancy, internship, promotion).
    pub fn set_procedure_kind(
        &self,
        procedure_id: &str,
        kind: dto::ProcedureKind,
    ) -> Result<Vacancy> {
        let lang = from_store_lang(self.language());
        self.write(|a, now| {
            let p = editable(a, procedure_id)?;
            if p.kind != kind_store(kind) {
                a.set_procedure_kind(&p.id, kind_store(kind), now)?;
                audit(
                    a,
                    now,
                    Some(&p.organisation_id),
                    Some(&p.id),
                    AuditAction::ProcedureKindChanged,
                    kind_store(kind).as_str(),
                )?;
            }
            let p = procedure(a, procedure_id)?;
            let mut row = row_or_new(a, &p, lang, now)?;
            row.updated_at = now.into();
            a.put_vacancy(&row)?;
            view(a, &p, &row, lang)
        })
    }

    /// Starts the vacancy from a role profile of an installed pack: title, summary, tasks,
    /// requirements, hours and cao are copied in (the owner may change them), and when the
    /// procedure has no competencies yet, the role's suggested ones are added.
    pub fn choose_role(&self, procedure_id: &str, pack_id: &str, role_id: &str) -> Result<Vacancy> {
        let lang = from_store_lang(self.language());
        let plang = pack_lang(to_store_lang(lang));
        self.write(|a, now| {
            let p = editable(a, procedure_id)?;
            let row_pack = a.pack(pack_id)?.ok_or(Error::PackNotFound)?;
            let pack =
                packs::parse(row_pack.content.as_bytes()).map_err(|_| Error::PackNotFound)?;
            let role = pack
                .roles
                .iter()
                .find(|r| r.id == role_id)
                .ok_or(Error::CompetencyNotFound)?;
            let mut row = row_or_new(a, &p, lang, now)?;
            let mut answers = parse_answers(&row);
            answers.role = Some(VacancyRole {
                pack_id: pack.id.clone(),
                role_id: role.id.clone(),
                title: bi(&role.title),
            });
            answers.job_title = bi(&role.title);
            answers.summary = bi(&role.summary);
            answers.tasks = role.tasks.iter().map(bi).collect();
            answers.requirements = role
                .requirements
                .iter()
                .map(|q| {
                    let text = bi(&q.text);
                    let diploma = is_diploma(&text.nl) || is_diploma(&text.en);
                    VacancyRequirement {
                        text,
                        reason: bi(&q.reason),
                        diploma,
                        or_equivalent: diploma,
                    }
                })
                .collect();
            answers.cao = bi(&role.conditions.cao);
            answers.pay_hint = bi(&role.conditions.pay_hint);
            let hours = role
                .conditions
                .hours
                .get(plang)
                .or(role.conditions.hours.nl.as_deref())
                .unwrap_or_default();
            let (min, max) = hours_from(hours);
            answers.hours_min = min;
            answers.hours_max = max;
            store_answers(&mut row, &answers)?;
            row.updated_at = now.into();
            a.put_vacancy(&row)?;
            if a.procedure_competencies(&p.id)?.is_empty() {
                crate::library::add_role_copies(a, now, &p, &pack, role)?;
            }
            audit(
                a,
                now,
                Some(&p.organisation_id),
                Some(&p.id),
                AuditAction::VacancyRoleChosen,
                &format!("{} {} {}", pack.id, pack.version, role.id),
            )?;
            view(a, &p, &row, lang)
        })
    }

    /// Adds a competency the owner wrote (name and what the person does), in the user's
    /// language; returns the wizard's state.
    pub fn add_own_competency(
        &self,
        procedure_id: &str,
        name: &str,
        definition: &str,
    ) -> Result<Vacancy> {
        let lang = from_store_lang(self.language());
        self.write(|a, now| {
            let p = editable(a, procedure_id)?;
            let name = clean_line(name, MAX_COMPETENCY_NAME_CHARS)?;
            let definition =
                clean_line(definition, MAX_COMPETENCY_DEFINITION_CHARS).map_err(|e| match e {
                    Error::NameEmpty => Error::DefinitionEmpty,
                    other => other,
                })?;
            if a.procedure_competencies(&p.id)?.len() >= MAX_COMPETENCIES {
                return Err(Error::TooManyCompetencies {
                    max: MAX_COMPETENCIES,
                });
            }
            let side = |s: String| match lang {
                Language::Nl => Text {
                    nl: Some(s),
                    en: None,
                },
                Language::En => Text {
                    nl: None,
                    en: Some(s),
                },
            };
            let id = format!("eigen-{}", new_id());
            let competency = packs::Competency {
                id: id.clone(),
                name: side(name),
                definition: side(definition),
                indicators: Vec::new(),
                letter_anchors: generic_anchors(),
                questions: Vec::new(),
                interview_anchors: generic_anchors(),
                work_sample: None,
            };
            a.insert_procedure_competency(&store::ProcedureCompetency {
                id: new_id(),
                procedure_id: p.id.clone(),
                position: a.next_competency_position(&p.id)?,
                source_pack_id: None,
                source_pack_version: None,
                source_pack_title: None,
                competency_id: id.clone(),
                content: serde_json::to_string(&competency).map_err(|_| Error::Internal)?,
                added_at: now.into(),
            })?;
            audit(
                a,
                now,
                Some(&p.organisation_id),
                Some(&p.id),
                AuditAction::CompetencyAdded,
                &format!("- {id}"),
            )?;
            let row = row_or_new(a, &p, lang, now)?;
            view(a, &p, &row, lang)
        })
    }

    /// Saves the edited text of the vacancy in one language.
    pub fn save_vacancy_text(&self, procedure_id: &str, lang: Language, text: &str) -> Result<()> {
        let ui = from_store_lang(self.language());
        self.write(|a, now| {
            let p = editable(a, procedure_id)?;
            if text.chars().count() > MAX_TEXT_CHARS {
                return Err(Error::TextTooLong {
                    max: MAX_TEXT_CHARS,
                });
            }
            let mut row = row_or_new(a, &p, ui, now)?;
            let value = Some(text.to_owned());
            match lang {
                Language::Nl => row.text_nl = value,
                Language::En => row.text_en = value,
            }
            row.updated_at = now.into();
            a.put_vacancy(&row)?;
            a.touch_procedure(&p.id, now)?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_read_from_a_role_text() {
        assert_eq!(
            hours_from("24 tot 38 uur per week. De werkdag begint vroeg, om 3 uur."),
            (Some(24), Some(38))
        );
        assert_eq!(hours_from("32 hours a week"), (Some(32), Some(32)));
        assert_eq!(hours_from("In overleg"), (None, None));
        assert_eq!(hours_from("38 tot 12 uur"), (Some(12), Some(38)));
    }

    #[test]
    fn diploma_demands_are_recognised() {
        assert!(is_diploma("Een mbo-diploma niveau 2"));
        assert!(is_diploma("A forklift certificate"));
        assert!(!is_diploma("Rijbewijs B"));
    }
}
