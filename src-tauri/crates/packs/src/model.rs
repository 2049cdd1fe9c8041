//! The pack format (PRODUCT.md §3.3), as it is written in `*.werfpack.json` files.
//! The JSON Schema in `assets/packs/werfpack.schema.json` is generated from these types.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The value of `format` in every pack.
pub const FORMAT: &str = "werfwijzer-pack";
/// The `formatVersion` this Werfwijzer reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A template pack: competencies and role profiles from one publisher.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(title = "Werfwijzer template pack")]
pub struct Pack {
    /// Always "werfwijzer-pack".
    pub format: String,
    /// The version of this format; this Werfwijzer knows 1.
    pub format_version: u32,
    /// A unique id in reverse-domain style, e.g. "nl.werfwijzer.detailhandel".
    pub id: String,
    /// The pack's own version (semver, e.g. "1.2.0"); a higher version updates an installed pack.
    pub version: String,
    pub publisher: Publisher,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The languages every text of the pack is written in ("nl", "en").
    pub languages: Vec<Lang>,
    pub competencies: Vec<Competency>,
    pub roles: Vec<Role>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<Logo>,
    /// A detached ed25519 signature over the canonical form of the pack without this field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<Signature>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nl,
    En,
}

/// Who publishes the pack: an id in reverse-domain style and a display name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Publisher {
    pub id: String,
    pub name: String,
}

/// A text in each of the pack's languages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nl: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Nl => self.nl.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }
}

/// A competency: what someone does in the job, with anchors and interview questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Competency {
    pub id: String,
    pub name: Text,
    /// One line: what the person does.
    pub definition: Text,
    /// 3 to 5 things you can see someone do.
    pub indicators: Vec<Text>,
    /// What a letter shows at 1, 3 and 5 points.
    pub letter_anchors: Anchors,
    /// At least one behavioural and one situational question.
    pub questions: Vec<Question>,
    /// What an interview answer shows at 1, 3 and 5 points.
    pub interview_anchors: Anchors,
    /// Optionally a practical task instead of a language-heavy test.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_sample: Option<Text>,
}

/// Scoring anchors at 1, 3 and 5 points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Anchors {
    #[serde(rename = "1")]
    pub one: Text,
    #[serde(rename = "3")]
    pub three: Text,
    #[serde(rename = "5")]
    pub five: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    /// "Vertel over een keer dat…": any part of life counts.
    Behavioural,
    /// "Wat doe je als…".
    Situational,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Question {
    pub kind: QuestionKind,
    pub text: Text,
    /// Follow-up questions, asked in this order.
    pub follow_ups: Vec<Text>,
}

/// A role profile: a job with its suggested competencies and typical conditions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Role {
    pub id: String,
    /// The sector, e.g. "detailhandel", "horeca", "bakkerij".
    pub sector: String,
    /// A gender-neutral job title.
    pub title: Text,
    pub summary: Text,
    pub tasks: Vec<Text>,
    /// Ids of competencies in this pack, about five.
    pub competencies: Vec<String>,
    pub conditions: Conditions,
    /// Only what the work truly needs, each with its reason.
    #[serde(default)]
    pub requirements: Vec<Requirement>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Conditions {
    pub hours: Text,
    /// The sector's collective agreement (CAO) by name.
    pub cao: Text,
    /// A hint at the pay scale, e.g. "CAO Retail Non-Food, functiegroep C".
    pub pay_hint: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Requirement {
    pub text: Text,
    pub reason: Text,
}

/// A small logo: PNG or JPEG, base64.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Logo {
    /// "image/png" or "image/jpeg".
    pub media_type: String,
    /// The image bytes, base64 (standard alphabet).
    pub data: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Signature {
    /// Always "ed25519".
    pub algorithm: String,
    /// The signer's public key, base64 (32 bytes).
    pub public_key: String,
    /// The signature over the canonical form, base64 (64 bytes).
    pub value: String,
}
