//! Signatures: ed25519 over the canonical form of a pack, key files, and trust.
//!
//! The canonical form is the pack's JSON without its `signature` field, with object keys
//! sorted (by their UTF-8 bytes) at every level and no white space. It is made from the
//! parsed pack, so formatting or key order in the file does not matter, but every value does.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::model::{Pack, Signature};
use crate::problem::{PackError, TamperReason};

pub const SECRET_KEY_FORMAT: &str = "werfwijzer-secret-key";
pub const PUBLIC_KEY_FORMAT: &str = "werfwijzer-public-key";

/// A publisher's secret key file (keep it private).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SecretKeyFile {
    pub format: String,
    pub publisher_id: String,
    pub publisher_name: String,
    /// 32 bytes, base64.
    pub secret_key: String,
}

/// A publisher's public key file: what an association hands to its members to trust.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PublicKeyFile {
    pub format: String,
    pub publisher_id: String,
    pub publisher_name: String,
    /// 32 bytes, base64.
    pub public_key: String,
}

/// The trust state of a pack that passed [`verify`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trust {
    /// Signed with a trusted key: "uitgegeven door X, geverifieerd".
    Verified { publisher_name: String },
    /// Signed with a key that is not trusted, or not signed: "niet geverifieerd".
    NotVerified { signed: bool },
}

/// A new key pair for a publisher.
pub fn generate(
    publisher_id: &str,
    publisher_name: &str,
) -> Result<(SecretKeyFile, PublicKeyFile), getrandom::Error> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed)?;
    let key = SigningKey::from_bytes(&seed);
    let secret = SecretKeyFile {
        format: SECRET_KEY_FORMAT.into(),
        publisher_id: publisher_id.into(),
        publisher_name: publisher_name.into(),
        secret_key: B64.encode(seed),
    };
    let public = PublicKeyFile {
        format: PUBLIC_KEY_FORMAT.into(),
        publisher_id: publisher_id.into(),
        publisher_name: publisher_name.into(),
        public_key: B64.encode(key.verifying_key().to_bytes()),
    };
    Ok((secret, public))
}

impl SecretKeyFile {
    pub fn signing_key(&self) -> Option<SigningKey> {
        let bytes: [u8; 32] = B64.decode(&self.secret_key).ok()?.try_into().ok()?;
        (self.format == SECRET_KEY_FORMAT).then(|| SigningKey::from_bytes(&bytes))
    }
}

impl PublicKeyFile {
    pub fn verifying_key(&self) -> Option<VerifyingKey> {
        decode_public(&self.public_key).filter(|_| self.format == PUBLIC_KEY_FORMAT)
    }
}

fn decode_public(b64: &str) -> Option<VerifyingKey> {
    let bytes: [u8; 32] = B64.decode(b64).ok()?.try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

/// The bytes that are signed.
pub fn canonical_bytes(pack: &Pack) -> Vec<u8> {
    let mut unsigned = pack.clone();
    unsigned.signature = None;
    // A pack always serializes: it holds only strings, numbers, arrays and objects.
    let value = serde_json::to_value(&unsigned).unwrap_or(serde_json::Value::Null);
    let mut out = Vec::new();
    write_canonical(&value, &mut out);
    out
}

fn write_canonical(value: &serde_json::Value, out: &mut Vec<u8>) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push(b'{');
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                out.extend(serde_json::to_vec(k).unwrap_or_default());
                out.push(b':');
                write_canonical(v, out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_canonical(v, out);
            }
            out.push(b']');
        }
        scalar => out.extend(serde_json::to_vec(scalar).unwrap_or_default()),
    }
}

/// Signs the pack (replacing any earlier signature).
pub fn sign(pack: &Pack, key: &SigningKey) -> Pack {
    let mut signed = pack.clone();
    let signature = key.sign(&canonical_bytes(pack));
    signed.signature = Some(Signature {
        algorithm: "ed25519".into(),
        public_key: B64.encode(key.verifying_key().to_bytes()),
        value: B64.encode(signature.to_bytes()),
    });
    signed
}

/// Checks the signature against the content and the trusted keys.
///
/// * A signature that does not hold is [`PackError::Tampered`]: refused.
/// * A pack that claims the publisher id of a trusted key, but is not signed by one of that
///   publisher's trusted keys, is [`PackError::ForeignPublisher`]: refused.
/// * Otherwise [`Trust::Verified`] when the signer's key is trusted, else
///   [`Trust::NotVerified`].
pub fn verify(pack: &Pack, trusted: &[PublicKeyFile]) -> Result<Trust, PackError> {
    let signer = match &pack.signature {
        None => None,
        Some(sig) => {
            let key = (sig.algorithm == "ed25519")
                .then(|| decode_public(&sig.public_key))
                .flatten()
                .ok_or(PackError::Tampered(TamperReason::Unreadable))?;
            let bytes: [u8; 64] = B64
                .decode(&sig.value)
                .ok()
                .and_then(|b| b.try_into().ok())
                .ok_or(PackError::Tampered(TamperReason::Unreadable))?;
            key.verify_strict(
                &canonical_bytes(pack),
                &ed25519_dalek::Signature::from_bytes(&bytes),
            )
            .map_err(|_| PackError::Tampered(TamperReason::ContentChanged))?;
            Some(key)
        }
    };
    let trusted_signer =
        signer.and_then(|key| trusted.iter().find(|t| t.verifying_key() == Some(key)));
    let claimed = trusted.iter().any(|t| t.publisher_id == pack.publisher.id);
    match trusted_signer {
        Some(t) if t.publisher_id == pack.publisher.id => Ok(Trust::Verified {
            publisher_name: t.publisher_name.clone(),
        }),
        _ if claimed => Err(PackError::ForeignPublisher {
            publisher_id: pack.publisher.id.clone(),
        }),
        // A trusted key that signs for another publisher id does not vouch for this one.
        _ => Ok(Trust::NotVerified {
            signed: signer.is_some(),
        }),
    }
}
