//! Where the database lives.

use std::path::PathBuf;

/// Environment variable that points the app and the CLI at another database file (tests,
/// demos, a second workplace).
pub const DB_ENV: &str = "WERFWIJZER_DB";

/// The database file in the OS app-data directory, e.g.
/// `~/.local/share/werfwijzer/werfwijzer.db` on Linux or
/// `%APPDATA%\Werfwijzer\Werfwijzer\data\werfwijzer.db` on Windows.
pub fn default_db_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("nl", "Werfwijzer", "Werfwijzer")
        .map(|dirs| dirs.data_dir().join("werfwijzer.db"))
}

/// `$WERFWIJZER_DB` when set and not empty, else [`default_db_path`].
pub fn resolve_db_path() -> Option<PathBuf> {
    match std::env::var_os(DB_ENV) {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => default_db_path(),
    }
}
