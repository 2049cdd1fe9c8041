//! The vacancy wizard's row per procedure, a procedure's kind, and an organisation's logo.

use rusqlite::{params, OptionalExtension};

use crate::{Access, ProcedureKind, Result};

/// The wizard's answers and texts for one procedure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VacancyRow {
    pub procedure_id: String,
    /// The step the owner was on: `soort` … `klaar` (a CHECK keeps it to those).
    pub step: String,
    /// JSON written by werfwijzer-core.
    pub answers: String,
    pub text_nl: Option<String>,
    pub text_en: Option<String>,
    pub seed: i64,
    pub updated_at: String,
}

/// An organisation's logo as stored: its media type and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    pub media_type: String,
    pub bytes: Vec<u8>,
}

impl Access<'_> {
    pub fn vacancy(&self, procedure_id: &str) -> Result<Option<VacancyRow>> {
        Ok(self
            .conn
            .query_row(
                "SELECT procedure_id, step, answers, text_nl, text_en, seed, updated_at
                 FROM vacancies WHERE procedure_id = ?1",
                [procedure_id],
                |r| {
                    Ok(VacancyRow {
                        procedure_id: r.get(0)?,
                        step: r.get(1)?,
                        answers: r.get(2)?,
                        text_nl: r.get(3)?,
                        text_en: r.get(4)?,
                        seed: r.get(5)?,
                        updated_at: r.get(6)?,
                    })
                },
            )
            .optional()?)
    }

    /// Inserts or replaces the row of a procedure.
    pub fn put_vacancy(&self, v: &VacancyRow) -> Result<()> {
        self.conn.execute(
            "INSERT INTO vacancies (procedure_id, step, answers, text_nl, text_en, seed, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (procedure_id) DO UPDATE SET step = excluded.step,
               answers = excluded.answers, text_nl = excluded.text_nl,
               text_en = excluded.text_en, seed = excluded.seed, updated_at = excluded.updated_at",
            params![
                v.procedure_id,
                v.step,
                v.answers,
                v.text_nl,
                v.text_en,
                v.seed,
                v.updated_at
            ],
        )?;
        Ok(())
    }

    /// Changes whether a procedure is a vacancy, an internship or a promotion.
    pub fn set_procedure_kind(&self, id: &str, kind: ProcedureKind, now: &str) -> Result<bool> {
        Ok(self.conn.execute(
            "UPDATE procedures SET kind = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, kind.as_str(), now],
        )? == 1)
    }

    /// Marks a procedure as changed (its wizard answers or texts were saved).
    pub fn touch_procedure(&self, id: &str, now: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE procedures SET updated_at = ?2 WHERE id = ?1",
            params![id, now],
        )?;
        Ok(())
    }

    pub fn organisation_logo(&self, id: &str) -> Result<Option<Logo>> {
        Ok(self
            .conn
            .query_row(
                "SELECT logo_type, logo FROM organisations
                 WHERE id = ?1 AND logo IS NOT NULL AND logo_type IS NOT NULL",
                [id],
                |r| {
                    Ok(Logo {
                        media_type: r.get(0)?,
                        bytes: r.get(1)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn has_organisation_logo(&self, id: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT logo IS NOT NULL FROM organisations WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(false))
    }

    /// Sets or (with `None`) removes an organisation's logo.
    pub fn set_organisation_logo(&self, id: &str, logo: Option<&Logo>, now: &str) -> Result<bool> {
        Ok(self.conn.execute(
            "UPDATE organisations SET logo_type = ?2, logo = ?3, updated_at = ?4 WHERE id = ?1",
            params![
                id,
                logo.map(|l| l.media_type.as_str()),
                logo.map(|l| l.bytes.as_slice()),
                now
            ],
        )? == 1)
    }
}
