//! What crosses to the user interface. The only module that knows about serialization for
//! the UI; the TypeScript bindings in `ui/src/lib/backend/bindings.ts` are generated from
//! these types (see the shell crate) and checked for drift by the tests.

use serde::{Deserialize, Serialize};
use specta::Type;

use werfwijzer_store as store;

/// The closed set of error codes the UI may switch on. Never match on `message`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    /// The thing asked for does not exist (any more).
    NotFound,
    /// The input was refused; the message says why and what to do.
    InvalidInput,
    /// The input clashes with what is already there (a name in use).
    Conflict,
    /// The database file cannot be used (too new, damaged, not writable).
    Database,
    /// Storing failed; nothing was changed.
    Storage,
    /// Something unexpected went wrong inside Werfwijzer; nothing was changed.
    Internal,
}

/// An error as the UI receives it: `{ code, message }`, the message in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub code: ErrorCode,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Nl,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum ProcedureKind {
    Vacature,
    Stage,
    Promotie,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Phase {
    Opstellen,
    Gepubliceerd,
    BrievenBeoordelen,
    Gesprekken,
    Besluit,
    Afgesloten,
    Opgeschoond,
}

/// Where a phase stands for one procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum PhaseState {
    Done,
    Current,
    Upcoming,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    pub language: Language,
    pub current_organisation_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub is_demo: bool,
    pub procedure_count: u32,
    /// Whether a logo is set for the PDF and Word exports.
    pub has_logo: bool,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ProcedureSummary {
    pub id: String,
    pub organisation_id: String,
    pub title: String,
    pub kind: ProcedureKind,
    pub phase: Phase,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PhaseStep {
    pub phase: Phase,
    pub state: PhaseState,
    /// False while the work of this phase is not in this version of Werfwijzer yet.
    pub available: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ProcedureDetail {
    pub procedure: ProcedureSummary,
    pub organisation_name: String,
    pub phases: Vec<PhaseStep>,
    /// The competencies the procedure uses: its own frozen copies, in order.
    pub competencies: Vec<CompetencyView>,
    /// Whether competencies may still be added or removed (only before publishing).
    pub competencies_editable: bool,
    pub log: Vec<AuditEntry>,
}

/// What an audit line records. Closed, so the UI can word each in the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum AuditAction {
    OrganisationCreated,
    OrganisationRenamed,
    OrganisationDeleted,
    ProcedureCreated,
    ProcedureRenamed,
    ProcedureDeleted,
    DemoCreated,
    LanguageChanged,
    PackInstalled,
    PackUpdated,
    PackRemoved,
    KeyTrusted,
    KeyRemoved,
    CompetencyAdded,
    CompetencyRemoved,
    SigningKeyCreated,
    SigningKeyImported,
    SigningKeyDeleted,
    DraftCreated,
    DraftSaved,
    DraftDeleted,
    PackExported,
    ProcedureKindChanged,
    VacancyRoleChosen,
    VacancyDrafted,
    VacancyExported,
    LetterImported,
    /// A line written by a newer Werfwijzer that this version does not know.
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntry {
    pub seq: u32,
    pub at: String,
    pub action: AuditAction,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DemoCreated {
    pub organisation_id: String,
    pub procedure_id: String,
}

/// Input for creating a procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NewProcedure {
    pub organisation_id: String,
    pub title: String,
    pub kind: ProcedureKind,
}

/// Whether an installed pack's signature is backed by a key the user trusts. A tampered pack
/// is never installed, so it has no state here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum PackTrust {
    /// "Uitgegeven door X, geverifieerd".
    Verified,
    /// Signed with a key the user does not trust.
    SignedUnknownKey,
    /// Not signed.
    Unsigned,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PackSummary {
    pub id: String,
    pub version: String,
    /// In the user's language (or the pack's other language when it has only that).
    pub title: String,
    /// The trusted key's publisher name when verified, else the name the pack gives itself.
    pub publisher_name: String,
    pub trust: PackTrust,
    pub builtin: bool,
    pub competency_count: u32,
    pub role_count: u32,
    pub installed_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum PackInstallOutcome {
    Installed,
    Updated,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PackInstalled {
    pub pack: PackSummary,
    pub outcome: PackInstallOutcome,
    pub previous_version: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TrustedKey {
    pub public_key: String,
    pub publisher_id: String,
    pub publisher_name: String,
    /// Empty for Werfwijzer's own key.
    pub added_at: String,
    /// Werfwijzer's own key: always trusted, cannot be removed.
    pub builtin: bool,
}

// --- conversions between the domain and the DTOs ------------------------------------------

impl From<store::Language> for Language {
    fn from(l: store::Language) -> Self {
        match l {
            store::Language::Nl => Language::Nl,
            store::Language::En => Language::En,
        }
    }
}

impl From<Language> for store::Language {
    fn from(l: Language) -> Self {
        match l {
            Language::Nl => store::Language::Nl,
            Language::En => store::Language::En,
        }
    }
}

impl From<store::ProcedureKind> for ProcedureKind {
    fn from(k: store::ProcedureKind) -> Self {
        match k {
            store::ProcedureKind::Vacature => ProcedureKind::Vacature,
            store::ProcedureKind::Stage => ProcedureKind::Stage,
            store::ProcedureKind::Promotie => ProcedureKind::Promotie,
        }
    }
}

impl From<ProcedureKind> for store::ProcedureKind {
    fn from(k: ProcedureKind) -> Self {
        match k {
            ProcedureKind::Vacature => store::ProcedureKind::Vacature,
            ProcedureKind::Stage => store::ProcedureKind::Stage,
            ProcedureKind::Promotie => store::ProcedureKind::Promotie,
        }
    }
}

impl From<store::Phase> for Phase {
    fn from(p: store::Phase) -> Self {
        match p {
            store::Phase::Opstellen => Phase::Opstellen,
            store::Phase::Gepubliceerd => Phase::Gepubliceerd,
            store::Phase::BrievenBeoordelen => Phase::BrievenBeoordelen,
            store::Phase::Gesprekken => Phase::Gesprekken,
            store::Phase::Besluit => Phase::Besluit,
            store::Phase::Afgesloten => Phase::Afgesloten,
            store::Phase::Opgeschoond => Phase::Opgeschoond,
        }
    }
}

impl From<&store::Procedure> for ProcedureSummary {
    fn from(p: &store::Procedure) -> Self {
        ProcedureSummary {
            id: p.id.clone(),
            organisation_id: p.organisation_id.clone(),
            title: p.title.clone(),
            kind: p.kind.into(),
            phase: p.phase.into(),
            created_at: p.created_at.clone(),
            updated_at: p.updated_at.clone(),
        }
    }
}

impl From<store::TrustedKey> for TrustedKey {
    fn from(k: store::TrustedKey) -> Self {
        TrustedKey {
            public_key: k.public_key,
            publisher_id: k.publisher_id,
            publisher_name: k.publisher_name,
            added_at: k.added_at,
            builtin: false,
        }
    }
}

impl From<&store::AuditEntry> for AuditEntry {
    fn from(e: &store::AuditEntry) -> Self {
        AuditEntry {
            seq: u32::try_from(e.seq).unwrap_or(u32::MAX),
            at: e.at.clone(),
            action: AuditAction::parse(&e.action),
            detail: e.detail.clone(),
        }
    }
}

impl AuditAction {
    pub(crate) const KNOWN: [AuditAction; 27] = [
        AuditAction::OrganisationCreated,
        AuditAction::OrganisationRenamed,
        AuditAction::OrganisationDeleted,
        AuditAction::ProcedureCreated,
        AuditAction::ProcedureRenamed,
        AuditAction::ProcedureDeleted,
        AuditAction::DemoCreated,
        AuditAction::LanguageChanged,
        AuditAction::PackInstalled,
        AuditAction::PackUpdated,
        AuditAction::PackRemoved,
        AuditAction::KeyTrusted,
        AuditAction::KeyRemoved,
        AuditAction::CompetencyAdded,
        AuditAction::CompetencyRemoved,
        AuditAction::SigningKeyCreated,
        AuditAction::SigningKeyImported,
        AuditAction::SigningKeyDeleted,
        AuditAction::DraftCreated,
        AuditAction::DraftSaved,
        AuditAction::DraftDeleted,
        AuditAction::PackExported,
        AuditAction::ProcedureKindChanged,
        AuditAction::VacancyRoleChosen,
        AuditAction::VacancyDrafted,
        AuditAction::VacancyExported,
        AuditAction::LetterImported,
    ];

    /// The code stored in the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::OrganisationCreated => "organisation.created",
            AuditAction::OrganisationRenamed => "organisation.renamed",
            AuditAction::OrganisationDeleted => "organisation.deleted",
            AuditAction::ProcedureCreated => "procedure.created",
            AuditAction::ProcedureRenamed => "procedure.renamed",
            AuditAction::ProcedureDeleted => "procedure.deleted",
            AuditAction::DemoCreated => "demo.created",
            AuditAction::LanguageChanged => "settings.language",
            AuditAction::PackInstalled => "pack.installed",
            AuditAction::PackUpdated => "pack.updated",
            AuditAction::PackRemoved => "pack.removed",
            AuditAction::KeyTrusted => "key.trusted",
            AuditAction::KeyRemoved => "key.removed",
            AuditAction::CompetencyAdded => "procedure.competency_added",
            AuditAction::CompetencyRemoved => "procedure.competency_removed",
            AuditAction::SigningKeyCreated => "signing_key.created",
            AuditAction::SigningKeyImported => "signing_key.imported",
            AuditAction::SigningKeyDeleted => "signing_key.deleted",
            AuditAction::DraftCreated => "draft.created",
            AuditAction::DraftSaved => "draft.saved",
            AuditAction::DraftDeleted => "draft.deleted",
            AuditAction::PackExported => "pack.exported",
            AuditAction::ProcedureKindChanged => "procedure.kind_changed",
            AuditAction::VacancyRoleChosen => "vacancy.role_chosen",
            AuditAction::VacancyDrafted => "vacancy.drafted",
            AuditAction::VacancyExported => "vacancy.exported",
            AuditAction::LetterImported => "letter.imported",
            AuditAction::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Self {
        Self::KNOWN
            .into_iter()
            .find(|a| a.as_str() == s)
            .unwrap_or(AuditAction::Other)
    }
}

// --- the library: roles and competencies of the installed packs ---------------------------
//
// Texts are in the user's language, or the pack's other language where a text is missing.

/// Everything in the installed packs, for browsing and searching.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Library {
    pub packs: Vec<LibraryPack>,
    pub roles: Vec<RoleView>,
    pub competencies: Vec<CompetencyView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LibraryPack {
    pub id: String,
    pub title: String,
    pub publisher_name: String,
    pub trust: PackTrust,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RoleView {
    pub pack_id: String,
    pub id: String,
    pub title: String,
    pub summary: String,
    pub tasks: Vec<String>,
    /// Ids of competencies in the same pack, in the suggested order.
    pub competency_ids: Vec<String>,
    pub hours: String,
    pub cao: String,
    pub pay_hint: String,
    pub requirements: Vec<RequirementView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RequirementView {
    pub text: String,
    pub reason: String,
}

/// A competency as the UI shows it: from a pack in the library, or a procedure's own copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CompetencyView {
    /// In the library: the competency's id in its pack. In a procedure: the copy's own id.
    pub id: String,
    /// The pack it comes from (None for a competency the owner wrote).
    pub pack_id: Option<String>,
    /// The pack's title in the user's language (for a copy: as it was when copied).
    pub pack_title: Option<String>,
    /// The pack's version when the copy was made (procedures only).
    pub pack_version: Option<String>,
    /// The competency's id in its pack.
    pub competency_id: String,
    pub name: String,
    pub definition: String,
    pub indicators: Vec<String>,
    /// What a letter shows at 1, 3 and 5 points.
    pub letter_anchors: Vec<String>,
    pub questions: Vec<QuestionView>,
    /// What an interview answer shows at 1, 3 and 5 points.
    pub interview_anchors: Vec<String>,
    pub work_sample: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct QuestionView {
    pub kind: QuestionKind,
    pub text: String,
    pub follow_ups: Vec<String>,
}

// `QuestionKind` (behavioural or situational) is shared with pack authoring: dto_authoring.rs.
// Pack authoring has its own DTO module; its types are part of this one for the UI.
pub use crate::dto_authoring::*;
