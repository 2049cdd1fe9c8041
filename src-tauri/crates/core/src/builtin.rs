//! The built-in packs and Werfwijzer's own publisher key.
//!
//! The packs in `assets/packs/builtin/` are signed with Werfwijzer's release key. Its public
//! half (`assets/packs/werfwijzer.public.json`) is compiled in and always trusted; the secret
//! half is kept by the maintainer outside the repository (ARCHITECTURE.md, Decisions,
//! "Werfwijzer's signing key").
//! Every pack version is offered once: installed on first start, or updated when a newer
//! Werfwijzer brings a newer version. A pack the user removed stays removed until then, or
//! until the user restores the built-in packs.

use werfwijzer_packs::{self as packs, Pack, PublicKeyFile, Trust};
use werfwijzer_store::{self as store, InstalledPack};

use crate::dto::AuditAction;
use crate::error::Error;
use crate::facade::audit;

/// The publisher id only Werfwijzer's own key may sign for. A key file claiming it is refused.
pub const PUBLISHER_ID: &str = "nl.werfwijzer";

const PUBLIC_KEY_FILE: &str = include_str!("../../../../assets/packs/werfwijzer.public.json");

macro_rules! builtin {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../../../assets/packs/builtin/", $name)))),*]
    };
}

/// The built-in packs: file name and content.
pub const PACKS: &[(&str, &str)] = builtin![
    "bakkerij.werfpack.json",
    "detailhandel.werfpack.json",
    "fiets-auto.werfpack.json",
    "horeca.werfpack.json",
    "installatie-bouw.werfpack.json",
    "it-servicedesk.werfpack.json",
    "kantoor.werfpack.json",
    "kappers-beauty.werfpack.json",
    "logistiek.werfpack.json",
    "zorg.werfpack.json",
];

/// Werfwijzer's own public key, as a key file.
pub fn public_key() -> PublicKeyFile {
    // The file is part of the build and checked by a test; a broken one is a build error.
    serde_json::from_str(PUBLIC_KEY_FILE).expect("assets/packs/werfwijzer.public.json")
}

/// Just enough of a pack to see whether it was offered before, without a full parse.
#[derive(serde::Deserialize)]
struct Header {
    id: String,
    version: String,
}

/// A built-in pack, parsed and verified against Werfwijzer's key; None if it does not verify
/// (a test makes sure every one does).
pub fn verified(content: &str) -> Option<Pack> {
    let pack = packs::parse(content.as_bytes()).ok()?;
    match packs::verify(&pack, &[public_key()]) {
        Ok(Trust::Verified { .. }) if pack.publisher.id == PUBLISHER_ID => Some(pack),
        _ => None,
    }
}

/// Every built-in pack with its id and version, read once per process without a full parse.
fn headers() -> &'static [(Header, &'static str)] {
    static HEADERS: std::sync::OnceLock<Vec<(Header, &'static str)>> = std::sync::OnceLock::new();
    HEADERS.get_or_init(|| {
        PACKS
            .iter()
            .filter_map(|(_, content)| {
                Some((serde_json::from_str::<Header>(content).ok()?, *content))
            })
            .collect()
    })
}

/// Whether some built-in pack version was not offered yet: the only case in which opening
/// the façade needs a write transaction.
pub(crate) fn pending(a: &store::Access<'_>) -> Result<bool, Error> {
    for (header, _) in headers() {
        if !a.builtin_offered(&header.id, &header.version)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Installs or updates the built-in packs that were not offered before (or, with `restore`,
/// every built-in pack that is missing or older). Returns how many were installed or updated.
pub(crate) fn offer(a: &store::Access<'_>, now: &str, restore: bool) -> Result<u32, Error> {
    let mut changed = 0;
    for (header, content) in headers() {
        if !restore && a.builtin_offered(&header.id, &header.version)? {
            continue;
        }
        let previous = a.pack(&header.id)?;
        let newer = match &previous {
            None => true,
            // Never overwrite another publisher's pack that took this id.
            Some(old) if old.publisher_id != PUBLISHER_ID => false,
            Some(old) => crate::packs::compare_versions(&header.version, &old.version).is_gt(),
        };
        if !newer {
            a.mark_builtin_offered(&header.id, &header.version, now)?;
            continue;
        }
        // One that does not verify is never installed (and a test fails on it).
        let Some(pack) = verified(content) else {
            continue;
        };
        a.mark_builtin_offered(&header.id, &header.version, now)?;
        let stored = serde_json::to_string(&pack).map_err(|_| Error::Internal)?;
        a.put_pack(&InstalledPack {
            id: pack.id.clone(),
            version: pack.version.clone(),
            publisher_id: pack.publisher.id.clone(),
            builtin: true,
            content: stored,
            installed_at: previous
                .as_ref()
                .map_or_else(|| now.to_owned(), |p| p.installed_at.clone()),
            updated_at: now.to_owned(),
        })?;
        let action = if previous.is_some() {
            AuditAction::PackUpdated
        } else {
            AuditAction::PackInstalled
        };
        audit(
            a,
            now,
            None,
            None,
            action,
            &format!("{} {}", pack.id, pack.version),
        )?;
        changed += 1;
    }
    Ok(changed)
}
