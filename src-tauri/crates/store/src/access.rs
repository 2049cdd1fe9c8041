//! Typed reads and writes. Every function here runs inside a transaction opened by
//! [`crate::Store::write`] or [`crate::Store::read`].

use rusqlite::{params, Connection, OptionalExtension, Row};
use unicode_normalization::UnicodeNormalization;

use crate::model::{
    AuditEntry, InstalledPack, Organisation, Phase, Procedure, ProcedureCompetency, ProcedureKind,
    TrustedKey,
};
use crate::Result;

/// Access to the tables within one transaction.
pub struct Access<'c> {
    pub(crate) conn: &'c Connection,
}

const ORG_COLS: &str = "id, name, is_demo, created_at, updated_at";
const PROC_COLS: &str = "id, organisation_id, title, kind, phase, created_at, updated_at";

/// The key two organisation names are compared by: compatibility-normalized (NFKC) and
/// lower-cased in every script, so "Bakkerij Çelik" and "BAKKERIJ ÇELIK" are one name.
pub fn name_key(name: &str) -> String {
    name.nfkc().collect::<String>().to_lowercase()
}

fn organisation(row: &Row<'_>) -> rusqlite::Result<Organisation> {
    Ok(Organisation {
        id: row.get(0)?,
        name: row.get(1)?,
        is_demo: row.get(2)?,
        created_at: row.get(3)?,
        updated_at: row.get(4)?,
    })
}

fn procedure(row: &Row<'_>) -> rusqlite::Result<Procedure> {
    let kind: String = row.get(3)?;
    let phase: String = row.get(4)?;
    Ok(Procedure {
        id: row.get(0)?,
        organisation_id: row.get(1)?,
        title: row.get(2)?,
        // The CHECK constraints keep these columns to the known values.
        kind: ProcedureKind::parse(&kind).ok_or_else(|| bad_value(3, kind))?,
        phase: Phase::parse(&phase).ok_or_else(|| bad_value(4, phase))?,
        created_at: row.get(5)?,
        updated_at: row.get(6)?,
    })
}

fn bad_value(col: usize, value: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        col,
        rusqlite::types::Type::Text,
        format!("unknown value {value:?}").into(),
    )
}

fn audit(row: &Row<'_>) -> rusqlite::Result<AuditEntry> {
    Ok(AuditEntry {
        seq: row.get(0)?,
        at: row.get(1)?,
        organisation_id: row.get(2)?,
        procedure_id: row.get(3)?,
        action: row.get(4)?,
        detail: row.get(5)?,
    })
}

impl<'c> Access<'c> {
    pub(crate) fn new(conn: &'c Connection) -> Self {
        Self { conn }
    }

    // --- settings -------------------------------------------------------------------------

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    pub fn clear_setting(&self, key: &str) -> Result<()> {
        self.conn
            .execute("DELETE FROM settings WHERE key = ?1", [key])?;
        Ok(())
    }

    // --- organisations --------------------------------------------------------------------

    pub fn insert_organisation(&self, org: &Organisation) -> Result<()> {
        self.conn.execute(
            "INSERT INTO organisations (id, name, name_key, is_demo, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                org.id,
                org.name,
                name_key(&org.name),
                org.is_demo,
                org.created_at,
                org.updated_at
            ],
        )?;
        Ok(())
    }

    pub fn organisation(&self, id: &str) -> Result<Option<Organisation>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {ORG_COLS} FROM organisations WHERE id = ?1"),
                [id],
                organisation,
            )
            .optional()?)
    }

    /// All organisations, by name (case-insensitive), then by creation.
    pub fn organisations(&self) -> Result<Vec<Organisation>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ORG_COLS} FROM organisations ORDER BY name COLLATE NOCASE, created_at"
        ))?;
        let rows = stmt.query_map([], organisation)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// True when another organisation already has this name (see [`name_key`]).
    pub fn organisation_name_taken(&self, name: &str, except_id: Option<&str>) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM organisations WHERE name_key = ?1 AND id IS NOT ?2)",
            params![name_key(name), except_id],
            |r| r.get(0),
        )?)
    }

    /// Renames; returns false when no such organisation exists.
    pub fn rename_organisation(&self, id: &str, name: &str, now: &str) -> Result<bool> {
        Ok(self.conn.execute(
            "UPDATE organisations SET name = ?2, name_key = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, name, name_key(name), now],
        )? == 1)
    }

    /// Deletes the organisation and, by cascade, its procedures; false when it did not exist.
    pub fn delete_organisation(&self, id: &str) -> Result<bool> {
        Ok(self
            .conn
            .execute("DELETE FROM organisations WHERE id = ?1", [id])?
            == 1)
    }

    // --- procedures -----------------------------------------------------------------------

    pub fn insert_procedure(&self, p: &Procedure) -> Result<()> {
        self.conn.execute(
            "INSERT INTO procedures (id, organisation_id, title, kind, phase, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                p.id,
                p.organisation_id,
                p.title,
                p.kind.as_str(),
                p.phase.as_str(),
                p.created_at,
                p.updated_at
            ],
        )?;
        Ok(())
    }

    pub fn procedure(&self, id: &str) -> Result<Option<Procedure>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {PROC_COLS} FROM procedures WHERE id = ?1"),
                [id],
                procedure,
            )
            .optional()?)
    }

    /// The procedures of one organisation, most recently changed first.
    pub fn procedures(&self, organisation_id: &str) -> Result<Vec<Procedure>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {PROC_COLS} FROM procedures WHERE organisation_id = ?1
             ORDER BY updated_at DESC, rowid DESC"
        ))?;
        let rows = stmt.query_map([organisation_id], procedure)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn count_procedures(&self, organisation_id: &str) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM procedures WHERE organisation_id = ?1",
            [organisation_id],
            |r| r.get(0),
        )?)
    }

    pub fn rename_procedure(&self, id: &str, title: &str, now: &str) -> Result<bool> {
        Ok(self.conn.execute(
            "UPDATE procedures SET title = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, title, now],
        )? == 1)
    }

    pub fn delete_procedure(&self, id: &str) -> Result<bool> {
        Ok(self
            .conn
            .execute("DELETE FROM procedures WHERE id = ?1", [id])?
            == 1)
    }

    // --- audit log ------------------------------------------------------------------------

    /// Appends one line to the audit log and returns its sequence number.
    pub fn append_audit(
        &self,
        at: &str,
        organisation_id: Option<&str>,
        procedure_id: Option<&str>,
        action: &str,
        detail: &str,
    ) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO audit_log (at, organisation_id, procedure_id, action, detail)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![at, organisation_id, procedure_id, action, detail],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// The audit lines about one procedure, oldest first.
    pub fn audit_for_procedure(&self, procedure_id: &str) -> Result<Vec<AuditEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT seq, at, organisation_id, procedure_id, action, detail
             FROM audit_log WHERE procedure_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map([procedure_id], audit)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The whole audit log, oldest first.
    pub fn audit_all(&self) -> Result<Vec<AuditEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT seq, at, organisation_id, procedure_id, action, detail
             FROM audit_log ORDER BY seq",
        )?;
        let rows = stmt.query_map([], audit)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // --- template packs -------------------------------------------------------------------

    /// Installs a pack or replaces the installed one with the same id.
    pub fn put_pack(&self, p: &InstalledPack) -> Result<()> {
        self.conn.execute(
            "INSERT INTO packs (id, version, publisher_id, builtin, content, installed_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (id) DO UPDATE SET version = excluded.version,
               publisher_id = excluded.publisher_id, builtin = excluded.builtin,
               content = excluded.content, updated_at = excluded.updated_at",
            params![p.id, p.version, p.publisher_id, p.builtin, p.content, p.installed_at, p.updated_at],
        )?;
        Ok(())
    }

    pub fn pack(&self, id: &str) -> Result<Option<InstalledPack>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {PACK_COLS} FROM packs WHERE id = ?1"),
                [id],
                installed_pack,
            )
            .optional()?)
    }

    /// All installed packs: the user's own first, then the built-in ones, each by id.
    pub fn packs(&self) -> Result<Vec<InstalledPack>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {PACK_COLS} FROM packs ORDER BY builtin, id"
        ))?;
        let rows = stmt.query_map([], installed_pack)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn delete_pack(&self, id: &str) -> Result<bool> {
        Ok(self.conn.execute("DELETE FROM packs WHERE id = ?1", [id])? == 1)
    }

    pub fn trusted_keys(&self) -> Result<Vec<TrustedKey>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT public_key, publisher_id, publisher_name, added_at FROM trusted_keys
             ORDER BY publisher_name COLLATE NOCASE, added_at",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(TrustedKey {
                public_key: r.get(0)?,
                publisher_id: r.get(1)?,
                publisher_name: r.get(2)?,
                added_at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Adds a trusted key; false when it was trusted already.
    pub fn add_trusted_key(&self, k: &TrustedKey) -> Result<bool> {
        Ok(self.conn.execute(
            "INSERT INTO trusted_keys (public_key, publisher_id, publisher_name, added_at)
             VALUES (?1, ?2, ?3, ?4) ON CONFLICT (public_key) DO NOTHING",
            params![k.public_key, k.publisher_id, k.publisher_name, k.added_at],
        )? == 1)
    }

    pub fn remove_trusted_key(&self, public_key: &str) -> Result<bool> {
        Ok(self.conn.execute(
            "DELETE FROM trusted_keys WHERE public_key = ?1",
            [public_key],
        )? == 1)
    }
}

impl Access<'_> {
    // --- the competencies of a procedure (frozen copies) ---------------------------------

    pub fn insert_procedure_competency(&self, c: &ProcedureCompetency) -> Result<()> {
        self.conn.execute(
            "INSERT INTO procedure_competencies (id, procedure_id, position, source_pack_id,
               source_pack_version, source_pack_title, competency_id, content, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                c.id,
                c.procedure_id,
                c.position,
                c.source_pack_id,
                c.source_pack_version,
                c.source_pack_title,
                c.competency_id,
                c.content,
                c.added_at
            ],
        )?;
        Ok(())
    }

    /// The competencies of a procedure, in their order.
    pub fn procedure_competencies(&self, procedure_id: &str) -> Result<Vec<ProcedureCompetency>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, procedure_id, position, source_pack_id, source_pack_version,
               source_pack_title, competency_id, content, added_at
             FROM procedure_competencies WHERE procedure_id = ?1 ORDER BY position, added_at",
        )?;
        let rows = stmt.query_map([procedure_id], |r| {
            Ok(ProcedureCompetency {
                id: r.get(0)?,
                procedure_id: r.get(1)?,
                position: r.get(2)?,
                source_pack_id: r.get(3)?,
                source_pack_version: r.get(4)?,
                source_pack_title: r.get(5)?,
                competency_id: r.get(6)?,
                content: r.get(7)?,
                added_at: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The position after the last competency of a procedure.
    pub fn next_competency_position(&self, procedure_id: &str) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM procedure_competencies
             WHERE procedure_id = ?1",
            [procedure_id],
            |r| r.get(0),
        )?)
    }

    pub fn delete_procedure_competency(&self, procedure_id: &str, id: &str) -> Result<bool> {
        Ok(self.conn.execute(
            "DELETE FROM procedure_competencies WHERE procedure_id = ?1 AND id = ?2",
            [procedure_id, id],
        )? == 1)
    }

    // --- built-in packs --------------------------------------------------------------------

    /// Whether this version of a built-in pack was offered (installed or updated) before.
    pub fn builtin_offered(&self, id: &str, version: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM builtin_packs_offered WHERE id = ?1 AND version = ?2",
                [id, version],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    pub fn mark_builtin_offered(&self, id: &str, version: &str, now: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO builtin_packs_offered (id, version, offered_at) VALUES (?1, ?2, ?3)
             ON CONFLICT DO NOTHING",
            [id, version, now],
        )?;
        Ok(())
    }
}

const PACK_COLS: &str = "id, version, publisher_id, builtin, content, installed_at, updated_at";

fn installed_pack(row: &Row<'_>) -> rusqlite::Result<InstalledPack> {
    Ok(InstalledPack {
        id: row.get(0)?,
        version: row.get(1)?,
        publisher_id: row.get(2)?,
        builtin: row.get(3)?,
        content: row.get(4)?,
        installed_at: row.get(5)?,
        updated_at: row.get(6)?,
    })
}
