//! The persisted domain records. Plain Rust: no serde, no UI concerns.

use std::fmt;

/// What a procedure recruits for (PRODUCT.md §3.1 step 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProcedureKind {
    /// An ordinary vacancy.
    Vacature,
    /// An internship.
    Stage,
    /// An internal promotion.
    Promotie,
}

impl ProcedureKind {
    pub const ALL: [ProcedureKind; 3] = [Self::Vacature, Self::Stage, Self::Promotie];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Vacature => "vacature",
            Self::Stage => "stage",
            Self::Promotie => "promotie",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The phases of a procedure, in order (PRODUCT.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    Opstellen,
    Gepubliceerd,
    BrievenBeoordelen,
    Gesprekken,
    Besluit,
    Afgesloten,
    Opgeschoond,
}

impl Phase {
    pub const ALL: [Phase; 7] = [
        Self::Opstellen,
        Self::Gepubliceerd,
        Self::BrievenBeoordelen,
        Self::Gesprekken,
        Self::Besluit,
        Self::Afgesloten,
        Self::Opgeschoond,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Opstellen => "opstellen",
            Self::Gepubliceerd => "gepubliceerd",
            Self::BrievenBeoordelen => "brieven_beoordelen",
            Self::Gesprekken => "gesprekken",
            Self::Besluit => "besluit",
            Self::Afgesloten => "afgesloten",
            Self::Opgeschoond => "opgeschoond",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// The language of the user interface and of generated texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    Nl,
    En,
}

impl Language {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Nl => "nl",
            Self::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "nl" => Some(Self::Nl),
            "en" => Some(Self::En),
            _ => None,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub is_demo: bool,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Procedure {
    pub id: String,
    pub organisation_id: String,
    pub title: String,
    pub kind: ProcedureKind,
    pub phase: Phase,
    pub created_at: String,
    pub updated_at: String,
}

/// One line of the append-only audit log. `detail` never holds letter text or identities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: String,
    pub organisation_id: Option<String>,
    pub procedure_id: Option<String>,
    pub action: String,
    pub detail: String,
}

/// A template pack as installed: its JSON (signature included) and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledPack {
    pub id: String,
    pub version: String,
    pub publisher_id: String,
    pub builtin: bool,
    pub content: String,
    pub installed_at: String,
    pub updated_at: String,
}

/// A publisher key the user (or Werfwijzer itself) trusts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKey {
    pub public_key: String,
    pub publisher_id: String,
    pub publisher_name: String,
    pub added_at: String,
}

/// A competency a procedure uses: a frozen copy, so pack updates never change it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcedureCompetency {
    pub id: String,
    pub procedure_id: String,
    pub position: i64,
    /// The pack it was copied from, and that pack's version then; None for an own competency.
    pub source_pack_id: Option<String>,
    pub source_pack_version: Option<String>,
    /// The pack's title then, as pack-format JSON.
    pub source_pack_title: Option<String>,
    pub competency_id: String,
    /// The competency as pack-format JSON.
    pub content: String,
    pub added_at: String,
}

/// A pack being written in the app: pack JSON that need not be valid yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackDraft {
    pub id: String,
    pub content: String,
    pub created_at: String,
    pub updated_at: String,
}

/// One of the user's own publisher keys, for signing the packs they write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SigningKey {
    pub public_key: String,
    pub publisher_id: String,
    pub publisher_name: String,
    /// 32 bytes, base64. Never sent to the user interface.
    pub secret_key: String,
    pub created_at: String,
}
