//! The vacancy text: drafted from the wizard's answers (werfwijzer-drafting), and saved as a
//! file (werfwijzer-export): .txt, .html, .pdf and .docx, with the organisation's name and
//! logo. Also the organisation's logo itself.

use std::path::Path;

use werfwijzer_drafting as drafting;
use werfwijzer_export as export;
use werfwijzer_packs::Competency;
use werfwijzer_store as store;

use crate::dto::{self, AppError, AuditAction, Language};
use crate::dto_vacancy::{ContractKind, ExportFormat, PayPer, Vacancy, VacancyAnswers};
use crate::error::Error;
use crate::facade::{audit, organisation_dto};
use crate::vacancy::{from_store_lang, to_store_lang};
use crate::Werfwijzer;

type Result<T> = std::result::Result<T, AppError>;

/// The largest logo Werfwijzer takes (bytes).
pub const MAX_LOGO_BYTES: u64 = 2 * 1024 * 1024;

fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

fn drafting_lang(l: Language) -> drafting::Lang {
    crate::check::wording_lang(l)
}

/// The pay range (in cents), refused when it is missing or upside down.
fn pay(answers: &VacancyAnswers) -> std::result::Result<drafting::PayRange, Error> {
    match (answers.pay_min_cents, answers.pay_max_cents) {
        (Some(min), Some(max)) if min > 0 && max > 0 => {
            if min > max {
                return Err(Error::PayRangeInvalid);
            }
            Ok(drafting::PayRange {
                min_cents: min,
                max_cents: max,
                per: match answers.pay_per {
                    PayPer::Hour => drafting::PayPer::Hour,
                    PayPer::Month => drafting::PayPer::Month,
                    PayPer::Year => drafting::PayPer::Year,
                },
            })
        }
        _ => Err(Error::PayRangeMissing),
    }
}

/// The drafting input for one language from the stored answers and competencies.
pub(crate) fn draft_input(
    kind: store::ProcedureKind,
    organisation: &str,
    answers: &VacancyAnswers,
    competencies: &[Competency],
    lang: Language,
    seed: u64,
) -> std::result::Result<drafting::Input, Error> {
    let dl = drafting_lang(lang);
    let pay = pay(answers)?;
    if competencies.is_empty() {
        return Err(Error::NoCompetencies);
    }
    let months = answers.contract_months;
    Ok(drafting::Input {
        kind: match kind {
            store::ProcedureKind::Vacature => drafting::Kind::Vacancy,
            store::ProcedureKind::Stage => drafting::Kind::Internship,
            store::ProcedureKind::Promotie => drafting::Kind::Promotion,
        },
        lang: dl,
        organisation: organisation.to_owned(),
        title: answers.job_title.get(lang).trim().to_owned(),
        summary: opt(answers.summary.get(lang)),
        tasks: answers
            .tasks
            .iter()
            .filter_map(|t| opt(t.get(lang)))
            .collect(),
        competencies: competencies
            .iter()
            .map(|c| drafting::CompetencyIn::from_pack(c, dl))
            .collect(),
        requirements: answers
            .requirements
            .iter()
            .filter(|r| !r.text.is_empty())
            .map(|r| drafting::RequirementIn {
                text: r.text.get(lang).trim().to_owned(),
                reason: r.reason.get(lang).trim().to_owned(),
                diploma: r.diploma,
                or_equivalent: r.or_equivalent,
            })
            .collect(),
        hours_min: answers.hours_min,
        hours_max: answers.hours_max,
        pay: Some(pay),
        cao: opt(answers.cao.get(lang)),
        contract: answers.contract.map(|c| match c {
            ContractKind::Permanent => drafting::Contract::Permanent,
            ContractKind::Temporary => drafting::Contract::Temporary { months },
            ContractKind::TemporaryWithProspect => {
                drafting::Contract::TemporaryWithProspect { months }
            }
            ContractKind::OnCall => drafting::Contract::OnCall,
            ContractKind::Internship => drafting::Contract::Internship,
        }),
        place: opt(&answers.place),
        start: opt(&answers.start),
        deadline: opt(&answers.deadline),
        apply_to: opt(&answers.apply_to),
        contact_name: opt(&answers.contact_name),
        contact_phone: opt(&answers.contact_phone),
        answer_form: answers.answer_form,
        accessibility: opt(answers.accessibility.get(lang)),
        internship: (kind == store::ProcedureKind::Stage).then(|| drafting::Internship {
            school: opt(&answers.school),
            learning_goals: answers
                .learning_goals
                .iter()
                .filter_map(|g| opt(g.get(lang)))
                .collect(),
            allowance_per_month: answers.allowance,
        }),
        seed,
    })
}

/// The competencies of a procedure as pack competencies (their frozen copies).
fn frozen_competencies(
    a: &store::Access<'_>,
    procedure_id: &str,
) -> std::result::Result<Vec<Competency>, Error> {
    Ok(a.procedure_competencies(procedure_id)?
        .iter()
        .filter_map(|row| serde_json::from_str::<Competency>(&row.content).ok())
        .collect())
}

fn export_lang(l: Language) -> export::Lang {
    match l {
        Language::Nl => export::Lang::Nl,
        Language::En => export::Lang::En,
    }
}

/// Writes `bytes` next to `path` and renames it into place, so a failed write never leaves
/// half a file where the user expects the whole one.
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> std::result::Result<(), Error> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| Error::FileWrite("no file name".into()))?;
    let tmp = dir.join(format!(".{}.werfwijzer-tmp", name.to_string_lossy()));
    std::fs::write(&tmp, bytes).map_err(|e| Error::FileWrite(e.to_string()))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::FileWrite(e.to_string())
    })
}

/// The bytes of a vacancy in one format.
pub fn render(doc: &export::Document, format: ExportFormat) -> std::result::Result<Vec<u8>, Error> {
    Ok(match format {
        ExportFormat::Txt => export::to_txt(doc).into_bytes(),
        ExportFormat::Html => export::to_html(doc).into_bytes(),
        ExportFormat::Pdf => export::to_pdf(doc).map_err(|e| Error::Export(e.to_string()))?,
        ExportFormat::Docx => export::to_docx(doc).map_err(|e| Error::Export(e.to_string()))?,
    })
}

/// Checks a logo the way the exports will use it: PNG or JPEG, not too large, and readable.
fn checked_logo(bytes: Vec<u8>) -> std::result::Result<store::Logo, Error> {
    let media_type = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        "image/jpeg"
    } else {
        return Err(Error::LogoInvalid);
    };
    let logo = export::Logo {
        media_type: media_type.into(),
        bytes,
    };
    let probe = export::Document {
        lang: export::Lang::Nl,
        organisation: String::new(),
        logo: Some(logo),
        title: String::from("-"),
        blocks: Vec::new(),
    };
    export::to_pdf(&probe).map_err(|_| Error::LogoInvalid)?;
    let export::Document { logo, .. } = probe;
    let logo = logo.ok_or(Error::Internal)?;
    Ok(store::Logo {
        media_type: logo.media_type,
        bytes: logo.bytes,
    })
}

impl Werfwijzer {
    /// Drafts the vacancy text in `lang` from the answers and competencies, and keeps it as
    /// that language's text (the owner then edits it).
    pub fn draft_vacancy(&self, procedure_id: &str, lang: Language) -> Result<Vacancy> {
        let ui = from_store_lang(self.language());
        self.write(|a, now| {
            let p = a.procedure(procedure_id)?.ok_or(Error::ProcedureNotFound)?;
            if p.phase != store::Phase::Opstellen {
                return Err(Error::VacancyLocked);
            }
            let org = a
                .organisation(&p.organisation_id)?
                .ok_or(Error::OrganisationNotFound)?;
            let mut row = crate::vacancy::row_or_new(a, &p, ui, now)?;
            let answers: VacancyAnswers = serde_json::from_str(&row.answers).unwrap_or_default();
            let competencies = frozen_competencies(a, &p.id)?;
            let input = draft_input(
                p.kind,
                &org.name,
                &answers,
                &competencies,
                lang,
                row.seed as u64,
            )?;
            let text = drafting::draft(&input).to_text();
            match lang {
                Language::Nl => row.text_nl = Some(text),
                Language::En => row.text_en = Some(text),
            }
            row.updated_at = now.into();
            a.put_vacancy(&row)?;
            audit(
                a,
                now,
                Some(&p.organisation_id),
                Some(&p.id),
                AuditAction::VacancyDrafted,
                to_store_lang(lang).as_str(),
            )
        })?;
        self.vacancy(procedure_id)
    }

    /// The vacancy text in `lang` as a document for the exports, with the organisation's
    /// name and logo.
    pub fn vacancy_document(&self, procedure_id: &str, lang: Language) -> Result<export::Document> {
        self.read(|a| {
            let p = a.procedure(procedure_id)?.ok_or(Error::ProcedureNotFound)?;
            let org = a
                .organisation(&p.organisation_id)?
                .ok_or(Error::OrganisationNotFound)?;
            let row = a.vacancy(&p.id)?;
            let text = row
                .and_then(|r| match lang {
                    Language::Nl => r.text_nl,
                    Language::En => r.text_en,
                })
                .filter(|t| !t.trim().is_empty())
                .ok_or(Error::VacancyTextMissing)?;
            let (title, blocks) = export::parse_plain(&text);
            let logo = a.organisation_logo(&org.id)?.map(|l| export::Logo {
                media_type: l.media_type,
                bytes: l.bytes,
            });
            Ok(export::Document {
                lang: export_lang(lang),
                organisation: org.name,
                logo,
                title,
                blocks,
            })
        })
    }

    /// Saves the vacancy text in `lang` as a file at `path`.
    pub fn export_vacancy(
        &self,
        procedure_id: &str,
        lang: Language,
        format: ExportFormat,
        path: &Path,
    ) -> Result<()> {
        let ui = self.language();
        let doc = self.vacancy_document(procedure_id, lang)?;
        let bytes = render(&doc, format).map_err(|e| e.to_app_error(ui))?;
        write_file(path, &bytes).map_err(|e| e.to_app_error(ui))?;
        self.write(|a, now| {
            let p = a.procedure(procedure_id)?.ok_or(Error::ProcedureNotFound)?;
            audit(
                a,
                now,
                Some(&p.organisation_id),
                Some(&p.id),
                AuditAction::VacancyExported,
                &format!("{} {}", to_store_lang(lang).as_str(), format.extension()),
            )
        })
    }

    /// Reads a logo file (PNG or JPEG, at most 2 MB) and keeps it for the organisation.
    pub fn set_organisation_logo(
        &self,
        organisation_id: &str,
        path: &Path,
    ) -> Result<dto::Organisation> {
        let ui = self.language();
        let size = std::fs::metadata(path)
            .map_err(|_| Error::LogoInvalid.to_app_error(ui))?
            .len();
        if size > MAX_LOGO_BYTES {
            return Err(Error::LogoTooLarge.to_app_error(ui));
        }
        let bytes = std::fs::read(path).map_err(|_| Error::LogoInvalid.to_app_error(ui))?;
        let logo = checked_logo(bytes).map_err(|e| e.to_app_error(ui))?;
        self.write(|a, now| {
            if !a.set_organisation_logo(organisation_id, Some(&logo), now)? {
                return Err(Error::OrganisationNotFound);
            }
            let o = a
                .organisation(organisation_id)?
                .ok_or(Error::OrganisationNotFound)?;
            organisation_dto(a, &o)
        })
    }

    pub fn remove_organisation_logo(&self, organisation_id: &str) -> Result<dto::Organisation> {
        self.write(|a, now| {
            if !a.set_organisation_logo(organisation_id, None, now)? {
                return Err(Error::OrganisationNotFound);
            }
            let o = a
                .organisation(organisation_id)?
                .ok_or(Error::OrganisationNotFound)?;
            organisation_dto(a, &o)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(min: Option<u32>, max: Option<u32>, per: PayPer) -> VacancyAnswers {
        VacancyAnswers {
            pay_min_cents: min,
            pay_max_cents: max,
            pay_per: per,
            ..VacancyAnswers::default()
        }
    }

    #[test]
    fn the_pay_range_is_in_cents() {
        let p = pay(&answers(Some(1471), Some(1620), PayPer::Hour)).unwrap();
        assert_eq!((p.min_cents, p.max_cents), (1471, 1620));
        assert_eq!(p.per, drafting::PayPer::Hour);
        assert_eq!(
            drafting::format_pay(&p, drafting::Lang::Nl),
            "€ 14,71 tot € 16,20 bruto per uur"
        );
        let m = pay(&answers(Some(245_000), Some(290_000), PayPer::Month)).unwrap();
        assert_eq!(
            drafting::format_pay(&m, drafting::Lang::En),
            "€2,450 to €2,900 gross a month"
        );
        // one amount is a range too
        assert!(pay(&answers(Some(1500), Some(1500), PayPer::Hour)).is_ok());
    }

    #[test]
    fn a_missing_or_upside_down_range_is_refused() {
        for (min, max) in [
            (None, None),
            (Some(1471), None),
            (None, Some(1620)),
            (Some(0), Some(1620)),
            (Some(1471), Some(0)),
        ] {
            assert!(
                matches!(
                    pay(&answers(min, max, PayPer::Hour)),
                    Err(Error::PayRangeMissing)
                ),
                "{min:?} {max:?}"
            );
        }
        assert!(matches!(
            pay(&answers(Some(1620), Some(1471), PayPer::Hour)),
            Err(Error::PayRangeInvalid)
        ));
    }

    #[test]
    fn old_answers_in_whole_euros_still_read() {
        // Before cents the amounts were `payMin`/`payMax`; such a row still opens (without
        // its pay), and the new names round-trip.
        let old: VacancyAnswers = serde_json::from_str(
            r#"{"payMin":2450,"payMax":2900,"payPer":"month","place":"Utrecht"}"#,
        )
        .unwrap();
        assert_eq!((old.pay_min_cents, old.pay_max_cents), (None, None));
        assert_eq!(old.place, "Utrecht");
        let new = answers(Some(1471), Some(1620), PayPer::Hour);
        let json = serde_json::to_string(&new).unwrap();
        assert!(json.contains(r#""payMinCents":1471"#), "{json}");
        assert!(json.contains(r#""payMaxCents":1620"#), "{json}");
        assert_eq!(serde_json::from_str::<VacancyAnswers>(&json).unwrap(), new);
    }
}
