//! The desktop shell: opens the database, registers the commands, starts the window.
//! It holds no SQL and no business rules; see `werfwijzer-core`.

mod commands;

use std::sync::{Arc, LazyLock};
use std::time::Instant;

use werfwijzer_core::dto::AppError;
use werfwijzer_core::{paths, Language, Werfwijzer};

/// When `run` was entered: the reference for the `ui_ready` start-up signal.
pub(crate) static STARTED: LazyLock<Instant> = LazyLock::new(Instant::now);

/// What the commands share: the façade, or the reason it could not be opened (shown to the
/// user by the UI instead of a crash).
pub struct AppState {
    facade: Result<Arc<Werfwijzer>, AppError>,
}

impl AppState {
    fn open() -> Self {
        let fallback = os_language();
        let facade = match paths::resolve_db_path() {
            Some(path) => Werfwijzer::open(&path, fallback).map(Arc::new),
            None => Err(
                werfwijzer_core::Error::DatabaseOpen("no data folder".into())
                    .to_app_error(fallback),
            ),
        };
        Self { facade }
    }
}

/// The language for messages before the stored setting can be read.
fn os_language() -> Language {
    let lang = std::env::var("LC_ALL")
        .or_else(|_| std::env::var("LC_MESSAGES"))
        .or_else(|_| std::env::var("LANG"))
        .unwrap_or_default();
    if lang.starts_with("en") {
        Language::En
    } else {
        Language::Nl
    }
}

/// The command list and its TypeScript bindings.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    commands::builder()
}

pub fn run() {
    LazyLock::force(&STARTED);
    let builder = specta_builder();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState::open())
        .invoke_handler(builder.invoke_handler())
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("werfwijzer: the window could not start: {e}");
            std::process::exit(1);
        });
}

#[cfg(test)]
mod tests;
