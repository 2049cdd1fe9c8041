//! Applicants, their identity (kept apart) and their letters.

use rusqlite::{params, OptionalExtension, Row};

use crate::{Access, Result};

/// An applicant as the raters know them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicantRow {
    pub id: String,
    pub procedure_id: String,
    pub code: String,
    pub created_at: String,
}

/// Who an applicant is: only the coordinator's screens read this.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IdentityRow {
    pub applicant_id: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub file_name: Option<String>,
    pub confirmed_at: Option<String>,
}

/// A letter with the anonymizer's findings and the text the raters read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterRow {
    pub applicant_id: String,
    pub procedure_id: String,
    /// `pdf`, `docx`, `odt`, `txt` or `pasted` (a CHECK keeps it to those).
    pub source: String,
    pub lang: String,
    pub original: String,
    pub fingerprint: Vec<u8>,
    /// JSON written by werfwijzer-core.
    pub spans: String,
    pub redacted: String,
    pub released_at: Option<String>,
    pub updated_at: String,
}

fn applicant(r: &Row<'_>) -> rusqlite::Result<ApplicantRow> {
    Ok(ApplicantRow {
        id: r.get(0)?,
        procedure_id: r.get(1)?,
        code: r.get(2)?,
        created_at: r.get(3)?,
    })
}

fn letter(r: &Row<'_>) -> rusqlite::Result<LetterRow> {
    Ok(LetterRow {
        applicant_id: r.get(0)?,
        procedure_id: r.get(1)?,
        source: r.get(2)?,
        lang: r.get(3)?,
        original: r.get(4)?,
        fingerprint: r.get(5)?,
        spans: r.get(6)?,
        redacted: r.get(7)?,
        released_at: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

const LETTER_COLUMNS: &str = "applicant_id, procedure_id, source, lang, original, fingerprint, spans, redacted, released_at, updated_at";

impl Access<'_> {
    pub fn insert_applicant(&self, a: &ApplicantRow) -> Result<()> {
        self.conn.execute(
            "INSERT INTO applicants (id, procedure_id, code, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![a.id, a.procedure_id, a.code, a.created_at],
        )?;
        Ok(())
    }

    /// True when the code is taken in the procedure.
    pub fn applicant_code_taken(&self, procedure_id: &str, code: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM applicants WHERE procedure_id = ?1 AND code = ?2",
                params![procedure_id, code],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    pub fn applicants(&self, procedure_id: &str) -> Result<Vec<ApplicantRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, procedure_id, code, created_at FROM applicants
             WHERE procedure_id = ?1 ORDER BY created_at, code",
        )?;
        let rows = stmt.query_map([procedure_id], applicant)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn applicant(&self, id: &str) -> Result<Option<ApplicantRow>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, procedure_id, code, created_at FROM applicants WHERE id = ?1",
                [id],
                applicant,
            )
            .optional()?)
    }

    pub fn delete_applicant(&self, id: &str) -> Result<bool> {
        Ok(self
            .conn
            .execute("DELETE FROM applicants WHERE id = ?1", [id])?
            > 0)
    }

    /// Inserts or replaces an applicant's identity.
    pub fn put_identity(&self, i: &IdentityRow) -> Result<()> {
        self.conn.execute(
            "INSERT INTO applicant_identities (applicant_id, name, email, phone, file_name, confirmed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (applicant_id) DO UPDATE SET name = excluded.name, email = excluded.email,
               phone = excluded.phone, file_name = excluded.file_name,
               confirmed_at = excluded.confirmed_at",
            params![i.applicant_id, i.name, i.email, i.phone, i.file_name, i.confirmed_at],
        )?;
        Ok(())
    }

    pub fn identity(&self, applicant_id: &str) -> Result<Option<IdentityRow>> {
        Ok(self
            .conn
            .query_row(
                "SELECT applicant_id, name, email, phone, file_name, confirmed_at
                 FROM applicant_identities WHERE applicant_id = ?1",
                [applicant_id],
                |r| {
                    Ok(IdentityRow {
                        applicant_id: r.get(0)?,
                        name: r.get(1)?,
                        email: r.get(2)?,
                        phone: r.get(3)?,
                        file_name: r.get(4)?,
                        confirmed_at: r.get(5)?,
                    })
                },
            )
            .optional()?)
    }

    /// Inserts or replaces a letter.
    pub fn put_letter(&self, l: &LetterRow) -> Result<()> {
        self.conn.execute(
            &format!(
                "INSERT INTO letters ({LETTER_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (applicant_id) DO UPDATE SET source = excluded.source,
                   lang = excluded.lang, original = excluded.original,
                   fingerprint = excluded.fingerprint, spans = excluded.spans,
                   redacted = excluded.redacted, released_at = excluded.released_at,
                   updated_at = excluded.updated_at"
            ),
            params![
                l.applicant_id,
                l.procedure_id,
                l.source,
                l.lang,
                l.original,
                l.fingerprint,
                l.spans,
                l.redacted,
                l.released_at,
                l.updated_at
            ],
        )?;
        Ok(())
    }

    pub fn letter(&self, applicant_id: &str) -> Result<Option<LetterRow>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {LETTER_COLUMNS} FROM letters WHERE applicant_id = ?1"),
                [applicant_id],
                letter,
            )
            .optional()?)
    }

    pub fn letters(&self, procedure_id: &str) -> Result<Vec<LetterRow>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {LETTER_COLUMNS} FROM letters WHERE procedure_id = ?1"
        ))?;
        let rows = stmt.query_map([procedure_id], letter)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The applicant whose letter has this fingerprint in the procedure, if any.
    pub fn letter_by_fingerprint(
        &self,
        procedure_id: &str,
        fingerprint: &[u8],
    ) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT applicant_id FROM letters WHERE procedure_id = ?1 AND fingerprint = ?2",
                params![procedure_id, fingerprint],
                |r| r.get(0),
            )
            .optional()?)
    }
}
