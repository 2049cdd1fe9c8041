//! `werfwijzer-packs`: template packs (PRODUCT.md §3.3).
//!
//! * [`model`]: the format of `*.werfpack.json` files; [`json_schema`] is generated from it
//!   and shipped in `assets/packs/werfpack.schema.json` (a test checks for drift).
//! * [`parse`]: limits, JSON, format version, shape and rules, each with a located message
//!   in Dutch and English ([`PackError::message`]).
//! * [`sign`](mod@sign): ed25519 over a canonical form, key files, and [`verify`] with the
//!   three trust states (verified, not verified, tampered).

pub mod model;
mod problem;
pub mod sign;
mod validate;

pub use model::*;
pub use problem::{PackError, Problem, ProblemKind, ShapeKind, TamperReason};
pub use sign::{canonical_bytes, verify, PublicKeyFile, SecretKeyFile, Trust};
pub use validate::{check, check_publisher_id, limits, parse};

/// The JSON Schema of the pack format, pretty-printed, as shipped for associations.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Pack);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests;
