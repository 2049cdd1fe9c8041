//! `werfwijzer-core`: the domain and the façade of Werfwijzer.
//!
//! [`Werfwijzer`] has one method per user operation. The desktop shell's commands, the CLI
//! and the whole-product tests all call these methods and nothing else. Only [`dto`] knows
//! how values are serialized for the UI; errors cross as [`dto::AppError`] with a closed
//! [`dto::ErrorCode`] and a message in the user's language.

mod authoring;
pub mod builtin;
pub mod check;
pub mod demo;
pub mod dto;
pub mod dto_authoring;
pub mod dto_vacancy;
mod error;
mod facade;
pub mod letters;
pub mod library;
mod packs;
pub mod paths;
pub mod preview;
pub mod vacancy;
pub mod vacancy_text;

pub use error::Error;
pub use facade::Werfwijzer;
pub use werfwijzer_store::{Language, Phase, ProcedureKind};

/// Limits on names typed by the user.
pub const MAX_NAME_CHARS: usize = 120;
