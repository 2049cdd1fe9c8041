//! Helpers for the whole-product tests in `tests/tests/`.

use std::path::{Path, PathBuf};

use werfwijzer_core::{Language, Werfwijzer};

/// A real database file in a temporary folder that lives as long as this value.
pub struct TempDb {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl TempDb {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("werfwijzer.db");
        Self { _dir: dir, path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Opens the app on this file, as starting Werfwijzer does.
    pub fn open(&self) -> Werfwijzer {
        Werfwijzer::open(&self.path, Language::Nl).expect("open the database")
    }
}

impl Default for TempDb {
    fn default() -> Self {
        Self::new()
    }
}
