//! `werfwijzer-store`: the SQLite database behind Werfwijzer.
//!
//! One [`Store::open`] sets the pragmas (WAL, `synchronous=NORMAL`, foreign keys, busy
//! timeout), checks integrity and runs the embedded, append-only migrations. Every user
//! action runs in one `IMMEDIATE` transaction through [`Store::write`]; reads go through
//! [`Store::read`]. All SQL of the project lives in this crate.

mod access;
mod applicants;
mod authoring;
pub mod model;
mod vacancy;

use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use rusqlite_migration::{Migrations, M};

pub use access::Access;
pub use applicants::{ApplicantRow, IdentityRow, LetterRow};
pub use model::{
    AuditEntry, InstalledPack, Language, Organisation, Phase, Procedure, ProcedureCompetency,
    ProcedureKind, TrustedKey,
};
pub use model::{PackDraft, SigningKey};
pub use vacancy::{Logo, VacancyRow};

/// The migration steps, in order. Append only: a released step is never edited.
pub const STEPS: &[&str] = &[
    include_str!("../migrations/001_foundation.sql"),
    include_str!("../migrations/002_packs.sql"),
    include_str!("../migrations/003_library.sql"),
    include_str!("../migrations/004_vacancy.sql"),
    include_str!("../migrations/005_applicants.sql"),
];

/// The migrations built from [`STEPS`]; `PRAGMA user_version` counts the steps applied.
pub static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(STEPS.iter().map(|sql| M::up(sql)).collect()));

/// How long a writer waits for a lock held by another connection.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("migration error: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("the database file failed its integrity check: {0}")]
    Corrupt(String),
    #[error("the database was made by a newer Werfwijzer (schema version {found}, this version knows {known})")]
    TooNew { found: i64, known: i64 },
    #[error("could not create the folder for the database: {0}")]
    Folder(#[source] std::io::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// An open Werfwijzer database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (or creates) the database file at `path`, sets the pragmas, checks integrity and
    /// migrates it to the latest schema.
    pub fn open(path: &Path) -> Result<Self> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(StoreError::Folder)?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Self::prepare(conn, Some(path.to_path_buf()))
    }

    /// An in-memory database with the full schema, for tests.
    pub fn open_in_memory() -> Result<Self> {
        Self::prepare(Connection::open_in_memory()?, None)
    }

    fn prepare(conn: Connection, path: Option<PathBuf>) -> Result<Self> {
        Self::prepare_inner(conn, path).map_err(|e| match e {
            StoreError::Sqlite(ref s) if is_damaged(s) => StoreError::Corrupt(s.to_string()),
            other => other,
        })
    }

    fn prepare_inner(mut conn: Connection, path: Option<PathBuf>) -> Result<Self> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // journal_mode returns a row; in-memory databases answer "memory".
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(StoreError::Corrupt(check));
        }
        let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let known = schema_version();
        if found > known {
            return Err(StoreError::TooNew { found, known });
        }
        MIGRATIONS.to_latest(&mut conn)?;
        Ok(Self { conn, path })
    }

    /// Where the database lives, or `None` for an in-memory one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Runs one user action as one `IMMEDIATE` transaction: all of it is stored or none.
    pub fn write<T, E>(&mut self, f: impl FnOnce(&Access<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        let value = f(&Access::new(&tx))?;
        tx.commit().map_err(StoreError::from)?;
        Ok(value)
    }

    /// Reads in one consistent snapshot.
    pub fn read<T, E>(&mut self, f: impl FnOnce(&Access<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Deferred)
            .map_err(StoreError::from)?;
        let value = f(&Access::new(&tx))?;
        tx.finish().map_err(StoreError::from)?;
        Ok(value)
    }

    /// A pragma value, for diagnostics and tests.
    pub fn pragma(&self, name: &str) -> Result<String> {
        Ok(self
            .conn
            .query_row(&format!("PRAGMA {name}"), [], |r| {
                r.get::<_, rusqlite::types::Value>(0)
            })
            .map(|v| match v {
                rusqlite::types::Value::Integer(i) => i.to_string(),
                rusqlite::types::Value::Text(t) => t,
                other => format!("{other:?}"),
            })?)
    }
}

fn is_damaged(e: &rusqlite::Error) -> bool {
    use rusqlite::ErrorCode as C;
    matches!(
        e.sqlite_error_code(),
        Some(C::NotADatabase | C::DatabaseCorrupt)
    )
}

/// The schema version this build migrates to.
pub fn schema_version() -> i64 {
    STEPS.len() as i64
}

#[cfg(test)]
mod tests;
