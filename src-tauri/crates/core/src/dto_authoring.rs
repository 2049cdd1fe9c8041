//! What crosses to the user interface for pack authoring: drafts (the whole pack, as the
//! editor edits it), own signing keys (never their secret), problems and previews.
//!
//! A draft mirrors the pack format (`werfwijzer_packs::model`) field by field, with every
//! field present so the editor can bind to it; conversions are at the bottom.

use serde::{Deserialize, Serialize};
use specta::Type;
use werfwijzer_packs as packs;

use crate::dto::Language;

/// A text in each language; `null` (or empty) where it is not written yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PackText {
    pub nl: Option<String>,
    pub en: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PackPublisher {
    pub id: String,
    pub name: String,
}

/// Scoring anchors at 1, 3 and 5 points.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PackAnchors {
    pub one: PackText,
    pub three: PackText,
    pub five: PackText,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum QuestionKind {
    /// "Vertel over een keer dat…".
    Behavioural,
    /// "Wat doe je als…".
    Situational,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PackQuestion {
    pub kind: QuestionKind,
    pub text: PackText,
    pub follow_ups: Vec<PackText>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PackCompetency {
    pub id: String,
    pub name: PackText,
    pub definition: PackText,
    pub indicators: Vec<PackText>,
    pub letter_anchors: PackAnchors,
    pub questions: Vec<PackQuestion>,
    pub interview_anchors: PackAnchors,
    pub work_sample: Option<PackText>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PackConditions {
    pub hours: PackText,
    pub cao: PackText,
    pub pay_hint: PackText,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PackRequirement {
    pub text: PackText,
    pub reason: PackText,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PackRole {
    pub id: String,
    pub sector: String,
    pub title: PackText,
    pub summary: PackText,
    pub tasks: Vec<PackText>,
    /// Ids of competencies in this pack.
    pub competencies: Vec<String>,
    pub conditions: PackConditions,
    pub requirements: Vec<PackRequirement>,
}

/// A logo is kept as it came (from a copied pack); the editor does not change it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PackLogo {
    pub media_type: String,
    pub data: String,
}

/// A whole pack as the editor holds it. It need not be valid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DraftPack {
    pub id: String,
    pub version: String,
    pub publisher: PackPublisher,
    pub title: PackText,
    pub description: Option<PackText>,
    pub languages: Vec<Language>,
    pub competencies: Vec<PackCompetency>,
    pub roles: Vec<PackRole>,
    pub logo: Option<PackLogo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    pub id: String,
    pub pack: DraftPack,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DraftSummary {
    pub id: String,
    pub pack_id: String,
    pub version: String,
    /// In the user's language, else the other one; empty when there is no title yet.
    pub title: String,
    pub publisher_name: String,
    pub competency_count: u32,
    pub role_count: u32,
    pub updated_at: String,
}

/// Input for a new draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NewDraft {
    pub pack_id: String,
    /// Default "1.0.0".
    pub version: Option<String>,
    pub publisher_id: String,
    pub publisher_name: String,
    pub title_nl: String,
    pub title_en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DraftSaved {
    pub updated_at: String,
}

/// Which part of the pack a problem is in, so the editor can select it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum DraftPart {
    Header,
    Competency { index: u32 },
    Role { index: u32 },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DraftProblem {
    /// The JSON path, e.g. `competencies[2].indicators[0].nl`.
    pub path: String,
    /// In the user's language, with the JSON path.
    pub message: String,
    /// The field in words, within its part (e.g. "Salaris (Engels)"); empty for the part itself.
    pub field: String,
    /// What is wrong, in the user's language, without the path.
    pub what: String,
    pub part: DraftPart,
}

/// One of the user's own publisher keys. The secret never crosses to the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SigningKeyInfo {
    pub public_key: String,
    pub publisher_id: String,
    pub publisher_name: String,
    pub created_at: String,
}

/// What the preview shows of: a competency or a role, by its place in the pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum PreviewTarget {
    Competency { index: u32 },
    Role { index: u32 },
}

/// How a competency or role reads in a vacancy and in an interview. Plain text only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    pub title: String,
    pub vacancy: Vec<PreviewSection>,
    pub interview: Vec<PreviewSection>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PreviewSection {
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub items: Vec<PreviewItem>,
    /// Whether the items are in a fixed order (numbered).
    pub ordered: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PreviewItem {
    /// A short label before the text ("1", "Uren"), or none.
    pub label: Option<String>,
    pub text: String,
    /// Follow-up lines under the item, in order.
    pub sub: Vec<String>,
}

// --- conversions between the pack format and the draft DTOs -------------------------------

fn clean(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty())
}

impl From<PackText> for packs::Text {
    fn from(t: PackText) -> Self {
        packs::Text {
            nl: clean(t.nl),
            en: clean(t.en),
        }
    }
}

impl From<packs::Text> for PackText {
    fn from(t: packs::Text) -> Self {
        PackText { nl: t.nl, en: t.en }
    }
}

fn texts_in(v: Vec<PackText>) -> Vec<packs::Text> {
    v.into_iter().map(Into::into).collect()
}

fn texts_out(v: Vec<packs::Text>) -> Vec<PackText> {
    v.into_iter().map(Into::into).collect()
}

impl From<PackAnchors> for packs::Anchors {
    fn from(a: PackAnchors) -> Self {
        packs::Anchors {
            one: a.one.into(),
            three: a.three.into(),
            five: a.five.into(),
        }
    }
}

impl From<packs::Anchors> for PackAnchors {
    fn from(a: packs::Anchors) -> Self {
        PackAnchors {
            one: a.one.into(),
            three: a.three.into(),
            five: a.five.into(),
        }
    }
}

impl From<Language> for packs::Lang {
    fn from(l: Language) -> Self {
        match l {
            Language::Nl => packs::Lang::Nl,
            Language::En => packs::Lang::En,
        }
    }
}

impl From<packs::Lang> for Language {
    fn from(l: packs::Lang) -> Self {
        match l {
            packs::Lang::Nl => Language::Nl,
            packs::Lang::En => Language::En,
        }
    }
}

impl From<QuestionKind> for packs::QuestionKind {
    fn from(k: QuestionKind) -> Self {
        match k {
            QuestionKind::Behavioural => packs::QuestionKind::Behavioural,
            QuestionKind::Situational => packs::QuestionKind::Situational,
        }
    }
}

impl From<packs::QuestionKind> for QuestionKind {
    fn from(k: packs::QuestionKind) -> Self {
        match k {
            packs::QuestionKind::Behavioural => QuestionKind::Behavioural,
            packs::QuestionKind::Situational => QuestionKind::Situational,
        }
    }
}

impl From<DraftPack> for packs::Pack {
    fn from(d: DraftPack) -> Self {
        packs::Pack {
            format: packs::FORMAT.into(),
            format_version: packs::FORMAT_VERSION,
            id: d.id.trim().to_owned(),
            version: d.version.trim().to_owned(),
            publisher: packs::Publisher {
                id: d.publisher.id.trim().to_owned(),
                name: d.publisher.name.trim().to_owned(),
            },
            title: d.title.into(),
            description: d.description.map(packs::Text::from).filter(|t| {
                // An empty description is no description.
                t.nl.is_some() || t.en.is_some()
            }),
            languages: d.languages.into_iter().map(Into::into).collect(),
            competencies: d
                .competencies
                .into_iter()
                .map(|c| packs::Competency {
                    id: c.id.trim().to_owned(),
                    name: c.name.into(),
                    definition: c.definition.into(),
                    indicators: texts_in(c.indicators),
                    letter_anchors: c.letter_anchors.into(),
                    questions: c
                        .questions
                        .into_iter()
                        .map(|q| packs::Question {
                            kind: q.kind.into(),
                            text: q.text.into(),
                            follow_ups: texts_in(q.follow_ups),
                        })
                        .collect(),
                    interview_anchors: c.interview_anchors.into(),
                    work_sample: c
                        .work_sample
                        .map(packs::Text::from)
                        .filter(|t| t.nl.is_some() || t.en.is_some()),
                })
                .collect(),
            roles: d
                .roles
                .into_iter()
                .map(|r| packs::Role {
                    id: r.id.trim().to_owned(),
                    sector: r.sector.trim().to_owned(),
                    title: r.title.into(),
                    summary: r.summary.into(),
                    tasks: texts_in(r.tasks),
                    competencies: r.competencies,
                    conditions: packs::Conditions {
                        hours: r.conditions.hours.into(),
                        cao: r.conditions.cao.into(),
                        pay_hint: r.conditions.pay_hint.into(),
                    },
                    requirements: r
                        .requirements
                        .into_iter()
                        .map(|q| packs::Requirement {
                            text: q.text.into(),
                            reason: q.reason.into(),
                        })
                        .collect(),
                })
                .collect(),
            logo: d.logo.map(|l| packs::Logo {
                media_type: l.media_type,
                data: l.data,
            }),
            signature: None,
        }
    }
}

impl From<packs::Pack> for DraftPack {
    fn from(p: packs::Pack) -> Self {
        DraftPack {
            id: p.id,
            version: p.version,
            publisher: PackPublisher {
                id: p.publisher.id,
                name: p.publisher.name,
            },
            title: p.title.into(),
            description: p.description.map(Into::into),
            languages: p.languages.into_iter().map(Into::into).collect(),
            competencies: p
                .competencies
                .into_iter()
                .map(|c| PackCompetency {
                    id: c.id,
                    name: c.name.into(),
                    definition: c.definition.into(),
                    indicators: texts_out(c.indicators),
                    letter_anchors: c.letter_anchors.into(),
                    questions: c
                        .questions
                        .into_iter()
                        .map(|q| PackQuestion {
                            kind: q.kind.into(),
                            text: q.text.into(),
                            follow_ups: texts_out(q.follow_ups),
                        })
                        .collect(),
                    interview_anchors: c.interview_anchors.into(),
                    work_sample: c.work_sample.map(Into::into),
                })
                .collect(),
            roles: p
                .roles
                .into_iter()
                .map(|r| PackRole {
                    id: r.id,
                    sector: r.sector,
                    title: r.title.into(),
                    summary: r.summary.into(),
                    tasks: texts_out(r.tasks),
                    competencies: r.competencies,
                    conditions: PackConditions {
                        hours: r.conditions.hours.into(),
                        cao: r.conditions.cao.into(),
                        pay_hint: r.conditions.pay_hint.into(),
                    },
                    requirements: r
                        .requirements
                        .into_iter()
                        .map(|q| PackRequirement {
                            text: q.text.into(),
                            reason: q.reason.into(),
                        })
                        .collect(),
                })
                .collect(),
            logo: p.logo.map(|l| PackLogo {
                media_type: l.media_type,
                data: l.data,
            }),
        }
    }
}
