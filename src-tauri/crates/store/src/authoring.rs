//! Pack drafts and the user's own signing keys (pack authoring, PRODUCT.md §3.3).

use rusqlite::{params, OptionalExtension, Row};

use crate::access::Access;
use crate::model::{AuditEntry, PackDraft, SigningKey};
use crate::Result;

fn draft(row: &Row<'_>) -> rusqlite::Result<PackDraft> {
    Ok(PackDraft {
        id: row.get(0)?,
        content: row.get(1)?,
        created_at: row.get(2)?,
        updated_at: row.get(3)?,
    })
}

fn signing_key(row: &Row<'_>) -> rusqlite::Result<SigningKey> {
    Ok(SigningKey {
        public_key: row.get(0)?,
        publisher_id: row.get(1)?,
        publisher_name: row.get(2)?,
        secret_key: row.get(3)?,
        created_at: row.get(4)?,
    })
}

const DRAFT_COLS: &str = "id, content, created_at, updated_at";
const KEY_COLS: &str = "public_key, publisher_id, publisher_name, secret_key, created_at";

impl Access<'_> {
    // --- pack drafts ------------------------------------------------------------------------

    pub fn insert_draft(&self, d: &PackDraft) -> Result<()> {
        self.conn.execute(
            "INSERT INTO pack_drafts (id, content, created_at, updated_at) VALUES (?1, ?2, ?3, ?4)",
            params![d.id, d.content, d.created_at, d.updated_at],
        )?;
        Ok(())
    }

    /// Replaces a draft's content; false when there is no such draft.
    pub fn update_draft(&self, id: &str, content: &str, now: &str) -> Result<bool> {
        Ok(self.conn.execute(
            "UPDATE pack_drafts SET content = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, content, now],
        )? == 1)
    }

    pub fn draft(&self, id: &str) -> Result<Option<PackDraft>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {DRAFT_COLS} FROM pack_drafts WHERE id = ?1"),
                [id],
                draft,
            )
            .optional()?)
    }

    /// All drafts, the most recently changed first.
    pub fn drafts(&self) -> Result<Vec<PackDraft>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {DRAFT_COLS} FROM pack_drafts ORDER BY updated_at DESC, id"
        ))?;
        let rows = stmt.query_map([], draft)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn delete_draft(&self, id: &str) -> Result<bool> {
        Ok(self
            .conn
            .execute("DELETE FROM pack_drafts WHERE id = ?1", [id])?
            == 1)
    }

    // --- own signing keys -------------------------------------------------------------------

    /// Stores a key; false when this key pair is stored already.
    pub fn insert_signing_key(&self, k: &SigningKey) -> Result<bool> {
        Ok(self.conn.execute(
            "INSERT INTO signing_keys (public_key, publisher_id, publisher_name, secret_key, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (public_key) DO NOTHING",
            params![k.public_key, k.publisher_id, k.publisher_name, k.secret_key, k.created_at],
        )? == 1)
    }

    pub fn signing_key(&self, public_key: &str) -> Result<Option<SigningKey>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {KEY_COLS} FROM signing_keys WHERE public_key = ?1"),
                [public_key],
                signing_key,
            )
            .optional()?)
    }

    /// All own keys, by publisher name, then oldest first.
    pub fn signing_keys(&self) -> Result<Vec<SigningKey>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {KEY_COLS} FROM signing_keys ORDER BY publisher_name COLLATE NOCASE, created_at"
        ))?;
        let rows = stmt.query_map([], signing_key)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn delete_signing_key(&self, public_key: &str) -> Result<bool> {
        Ok(self.conn.execute(
            "DELETE FROM signing_keys WHERE public_key = ?1",
            [public_key],
        )? == 1)
    }

    /// The newest line of the audit log, if any.
    pub fn last_audit(&self) -> Result<Option<AuditEntry>> {
        Ok(self
            .conn
            .query_row(
                "SELECT seq, at, organisation_id, procedure_id, action, detail
                 FROM audit_log ORDER BY seq DESC LIMIT 1",
                [],
                |row| {
                    Ok(AuditEntry {
                        seq: row.get(0)?,
                        at: row.get(1)?,
                        organisation_id: row.get(2)?,
                        procedure_id: row.get(3)?,
                        action: row.get(4)?,
                        detail: row.get(5)?,
                    })
                },
            )
            .optional()?)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{PackDraft, SigningKey};
    use crate::Store;

    #[test]
    fn drafts_and_signing_keys_round_trip() {
        let mut store = Store::open_in_memory().unwrap();
        store
            .write(|a| {
                let d = PackDraft {
                    id: "d1".into(),
                    content: "{}".into(),
                    created_at: "t1".into(),
                    updated_at: "t1".into(),
                };
                a.insert_draft(&d)?;
                assert!(a.update_draft("d1", "{\"a\":1}", "t2")?);
                assert!(!a.update_draft("nope", "{}", "t2")?);
                let got = a.draft("d1")?.unwrap();
                assert_eq!(
                    (got.content.as_str(), got.updated_at.as_str()),
                    ("{\"a\":1}", "t2")
                );
                assert_eq!(a.drafts()?.len(), 1);
                assert!(a.delete_draft("d1")?);
                assert!(a.draft("d1")?.is_none());

                let k = SigningKey {
                    public_key: "pk".into(),
                    publisher_id: "nl.bond".into(),
                    publisher_name: "Bond".into(),
                    secret_key: "sk".into(),
                    created_at: "t1".into(),
                };
                assert!(a.insert_signing_key(&k)?);
                assert!(!a.insert_signing_key(&k)?);
                assert_eq!(a.signing_key("pk")?.unwrap(), k);
                assert_eq!(a.signing_keys()?.len(), 1);
                assert!(a.delete_signing_key("pk")?);
                assert!(!a.delete_signing_key("pk")?);

                assert!(a.last_audit()?.is_none());
                a.append_audit("t3", None, None, "x.y", "1")?;
                a.append_audit("t4", None, None, "x.z", "2")?;
                assert_eq!(a.last_audit()?.unwrap().action, "x.z");
                Ok::<_, crate::StoreError>(())
            })
            .unwrap();
    }
}
