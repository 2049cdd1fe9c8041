//! The library (the roles and competencies of every installed pack, for browsing and
//! searching) and the competencies of a procedure: frozen copies taken from the library, so
//! updating or removing a pack never changes a procedure (PRODUCT.md §3.3).

use werfwijzer_packs::{self as packs, Competency, Lang, Pack, Text};
use werfwijzer_store::{self as store, Phase, ProcedureCompetency};

use crate::dto::{self, AppError, AuditAction};
use crate::error::{pack_lang, Error};
use crate::facade::{audit, new_id};
use crate::Werfwijzer;

type Result<T> = std::result::Result<T, AppError>;

/// More than this many competencies is refused; the wizard warns from six (PRODUCT.md §3.1).
pub const MAX_COMPETENCIES: usize = 7;

/// A text in `lang`, or in the other language when the pack lacks it.
pub(crate) fn pick(text: &Text, lang: Lang) -> String {
    let other = match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    text.get(lang)
        .or_else(|| text.get(other))
        .unwrap_or_default()
        .to_owned()
}

fn anchors(a: &packs::model::Anchors, lang: Lang) -> Vec<String> {
    [&a.one, &a.three, &a.five]
        .into_iter()
        .map(|t| pick(t, lang))
        .collect()
}

/// How a competency is shown, in `lang`.
pub(crate) fn competency_view(
    c: &Competency,
    id: String,
    pack: Option<(&str, Option<&str>)>,
    pack_title: Option<String>,
    lang: Lang,
) -> dto::CompetencyView {
    dto::CompetencyView {
        id,
        pack_id: pack.map(|(id, _)| id.to_owned()),
        pack_title,
        pack_version: pack.and_then(|(_, v)| v.map(str::to_owned)),
        competency_id: c.id.clone(),
        name: pick(&c.name, lang),
        definition: pick(&c.definition, lang),
        indicators: c.indicators.iter().map(|t| pick(t, lang)).collect(),
        letter_anchors: anchors(&c.letter_anchors, lang),
        questions: c
            .questions
            .iter()
            .map(|q| dto::QuestionView {
                kind: q.kind.into(),
                text: pick(&q.text, lang),
                follow_ups: q.follow_ups.iter().map(|t| pick(t, lang)).collect(),
            })
            .collect(),
        interview_anchors: anchors(&c.interview_anchors, lang),
        work_sample: c.work_sample.as_ref().map(|t| pick(t, lang)),
    }
}

fn role_view(pack: &Pack, r: &packs::model::Role, lang: Lang) -> dto::RoleView {
    dto::RoleView {
        pack_id: pack.id.clone(),
        id: r.id.clone(),
        title: pick(&r.title, lang),
        summary: pick(&r.summary, lang),
        tasks: r.tasks.iter().map(|t| pick(t, lang)).collect(),
        competency_ids: r.competencies.clone(),
        hours: pick(&r.conditions.hours, lang),
        cao: pick(&r.conditions.cao, lang),
        pay_hint: pick(&r.conditions.pay_hint, lang),
        requirements: r
            .requirements
            .iter()
            .map(|q| dto::RequirementView {
                text: pick(&q.text, lang),
                reason: pick(&q.reason, lang),
            })
            .collect(),
    }
}

/// A procedure's frozen copy as the UI shows it. A copy that no longer parses (written by a
/// newer Werfwijzer) is shown by its id rather than hidden.
pub(crate) fn frozen_view(
    row: &ProcedureCompetency,
    pack_title: Option<String>,
    lang: Lang,
) -> dto::CompetencyView {
    let pack = row
        .source_pack_id
        .as_deref()
        .map(|id| (id, row.source_pack_version.as_deref()));
    match serde_json::from_str::<Competency>(&row.content) {
        Ok(c) => competency_view(&c, row.id.clone(), pack, pack_title, lang),
        Err(_) => dto::CompetencyView {
            id: row.id.clone(),
            pack_id: pack.map(|(id, _)| id.to_owned()),
            pack_title,
            pack_version: row.source_pack_version.clone(),
            competency_id: row.competency_id.clone(),
            name: row.competency_id.clone(),
            definition: String::new(),
            indicators: Vec::new(),
            letter_anchors: Vec::new(),
            questions: Vec::new(),
            interview_anchors: Vec::new(),
            work_sample: None,
        },
    }
}

/// The competencies of a procedure may change only while its vacancy is being written.
pub(crate) fn competencies_editable(p: &store::Procedure) -> bool {
    p.phase == Phase::Opstellen
}

fn installed(a: &store::Access<'_>, pack_id: &str) -> std::result::Result<Pack, Error> {
    let row = a.pack(pack_id)?.ok_or(Error::PackNotFound)?;
    packs::parse(row.content.as_bytes()).map_err(|_| Error::PackNotFound)
}

/// Copies one competency of an installed pack into a procedure.
fn add_copy(
    a: &store::Access<'_>,
    now: &str,
    p: &store::Procedure,
    pack: &Pack,
    competency_id: &str,
) -> std::result::Result<(), Error> {
    let c = pack
        .competencies
        .iter()
        .find(|c| c.id == competency_id)
        .ok_or(Error::CompetencyNotFound)?;
    let existing = a.procedure_competencies(&p.id)?;
    if existing
        .iter()
        .any(|e| e.source_pack_id.as_deref() == Some(&pack.id) && e.competency_id == c.id)
    {
        return Err(Error::CompetencyAlreadyChosen);
    }
    if existing.len() >= MAX_COMPETENCIES {
        return Err(Error::TooManyCompetencies {
            max: MAX_COMPETENCIES,
        });
    }
    let row = ProcedureCompetency {
        id: new_id(),
        procedure_id: p.id.clone(),
        position: a.next_competency_position(&p.id)?,
        source_pack_id: Some(pack.id.clone()),
        source_pack_version: Some(pack.version.clone()),
        source_pack_title: serde_json::to_string(&pack.title).ok(),
        competency_id: c.id.clone(),
        content: serde_json::to_string(c).map_err(|_| Error::Internal)?,
        added_at: now.to_owned(),
    };
    a.insert_procedure_competency(&row)?;
    audit(
        a,
        now,
        Some(&p.organisation_id),
        Some(&p.id),
        AuditAction::CompetencyAdded,
        &format!("{} {} {}", pack.id, pack.version, c.id),
    )
}

/// Adds copies of a role's suggested competencies that the procedure does not have yet, as
/// far as the limit allows.
pub(crate) fn add_role_copies(
    a: &store::Access<'_>,
    now: &str,
    p: &store::Procedure,
    pack: &Pack,
    role: &packs::model::Role,
) -> std::result::Result<(), Error> {
    let mut added = 0;
    for id in &role.competencies {
        match add_copy(a, now, p, pack, id) {
            Ok(()) => added += 1,
            Err(Error::CompetencyAlreadyChosen) => {}
            // Full: keep what fitted (the owner sees the list and the limit).
            Err(Error::TooManyCompetencies { .. }) if added > 0 => break,
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

fn editable_procedure(
    a: &store::Access<'_>,
    procedure_id: &str,
) -> std::result::Result<store::Procedure, Error> {
    let p = a.procedure(procedure_id)?.ok_or(Error::ProcedureNotFound)?;
    if !competencies_editable(&p) {
        return Err(Error::CompetenciesLocked);
    }
    Ok(p)
}

/// The procedure's competencies, in order, as the UI shows them.
pub(crate) fn views(
    a: &store::Access<'_>,
    procedure_id: &str,
    lang: Lang,
) -> std::result::Result<Vec<dto::CompetencyView>, Error> {
    Ok(a.procedure_competencies(procedure_id)?
        .iter()
        .map(|row| {
            let title = row
                .source_pack_title
                .as_deref()
                .and_then(|t| serde_json::from_str::<Text>(t).ok())
                .map(|t| pick(&t, lang));
            frozen_view(row, title, lang)
        })
        .collect())
}

impl Werfwijzer {
    /// The roles and competencies of every installed pack, in the user's language.
    pub fn library(&self) -> Result<dto::Library> {
        let language = self.language();
        let lang = pack_lang(language);
        self.read(|a| {
            let mut library = dto::Library {
                packs: Vec::new(),
                roles: Vec::new(),
                competencies: Vec::new(),
            };
            for (pack, summary) in crate::packs::installed_packs(a, language)? {
                library.packs.push(dto::LibraryPack {
                    id: summary.id.clone(),
                    title: summary.title.clone(),
                    publisher_name: summary.publisher_name.clone(),
                    trust: summary.trust,
                });
                library
                    .roles
                    .extend(pack.roles.iter().map(|r| role_view(&pack, r, lang)));
                library
                    .competencies
                    .extend(pack.competencies.iter().map(|c| {
                        let title = Some(summary.title.clone());
                        competency_view(c, c.id.clone(), Some((&pack.id, None)), title, lang)
                    }));
            }
            Ok(library)
        })
    }

    /// Adds a copy of a library competency to a procedure; returns the procedure's list.
    pub fn add_procedure_competency(
        &self,
        procedure_id: &str,
        pack_id: &str,
        competency_id: &str,
    ) -> Result<Vec<dto::CompetencyView>> {
        let lang = pack_lang(self.language());
        self.write(|a, now| {
            let p = editable_procedure(a, procedure_id)?;
            let pack = installed(a, pack_id)?;
            add_copy(a, now, &p, &pack, competency_id)?;
            views(a, procedure_id, lang)
        })
    }

    /// Adds copies of a role's suggested competencies that the procedure does not have yet,
    /// as far as the limit allows; returns the procedure's list.
    pub fn add_role_competencies(
        &self,
        procedure_id: &str,
        pack_id: &str,
        role_id: &str,
    ) -> Result<Vec<dto::CompetencyView>> {
        let lang = pack_lang(self.language());
        self.write(|a, now| {
            let p = editable_procedure(a, procedure_id)?;
            let pack = installed(a, pack_id)?;
            let role = pack
                .roles
                .iter()
                .find(|r| r.id == role_id)
                .ok_or(Error::CompetencyNotFound)?;
            add_role_copies(a, now, &p, &pack, role)?;
            views(a, procedure_id, lang)
        })
    }

    /// Removes a competency (its copy) from a procedure; returns the procedure's list.
    pub fn remove_procedure_competency(
        &self,
        procedure_id: &str,
        id: &str,
    ) -> Result<Vec<dto::CompetencyView>> {
        let lang = pack_lang(self.language());
        self.write(|a, now| {
            let p = editable_procedure(a, procedure_id)?;
            let row = a
                .procedure_competencies(procedure_id)?
                .into_iter()
                .find(|c| c.id == id)
                .ok_or(Error::CompetencyNotFound)?;
            a.delete_procedure_competency(procedure_id, id)?;
            audit(
                a,
                now,
                Some(&p.organisation_id),
                Some(procedure_id),
                AuditAction::CompetencyRemoved,
                &format!(
                    "{} {}",
                    row.source_pack_id.as_deref().unwrap_or("-"),
                    row.competency_id
                ),
            )?;
            views(a, procedure_id, lang)
        })
    }
}
