//! Façade operations on template packs and trusted publisher keys (PRODUCT.md §3.3).

use werfwijzer_packs::{self as packs, Pack, PublicKeyFile, Trust};
use werfwijzer_store::{self as store, InstalledPack};

use crate::dto::{self, AppError, AuditAction, PackInstallOutcome, PackTrust};
use crate::error::Error;
use crate::facade::audit;
use crate::{builtin, Werfwijzer};

type Result<T> = std::result::Result<T, AppError>;

/// The keys packs are verified against: Werfwijzer's own, then the ones the user trusts.
fn trusted(a: &store::Access<'_>) -> std::result::Result<Vec<PublicKeyFile>, Error> {
    Ok(std::iter::once(builtin::public_key())
        // A stored key for Werfwijzer's own id never counts (none can be added; belt and braces).
        .chain(
            a.trusted_keys()?
                .into_iter()
                .filter(|k| k.publisher_id != builtin::PUBLISHER_ID)
                .map(|k| PublicKeyFile {
                    format: packs::sign::PUBLIC_KEY_FORMAT.into(),
                    publisher_id: k.publisher_id,
                    publisher_name: k.publisher_name,
                    public_key: k.public_key,
                }),
        )
        .collect())
}

fn summary(
    installed: &InstalledPack,
    pack: &Pack,
    trusted: &[PublicKeyFile],
    lang: werfwijzer_store::Language,
) -> dto::PackSummary {
    let (trust, publisher_name) = match packs::verify(pack, trusted) {
        Ok(Trust::Verified { publisher_name }) => (PackTrust::Verified, publisher_name),
        Ok(Trust::NotVerified { signed: true }) => {
            (PackTrust::SignedUnknownKey, pack.publisher.name.clone())
        }
        // Unsigned, or no longer matching after the keys changed: shown as not verified.
        _ if pack.signature.is_some() => (PackTrust::SignedUnknownKey, pack.publisher.name.clone()),
        _ => (PackTrust::Unsigned, pack.publisher.name.clone()),
    };
    let plang = crate::error::pack_lang(lang);
    let other = match plang {
        packs::Lang::Nl => packs::Lang::En,
        packs::Lang::En => packs::Lang::Nl,
    };
    dto::PackSummary {
        id: installed.id.clone(),
        version: installed.version.clone(),
        title: pack
            .title
            .get(plang)
            .or(pack.title.get(other))
            .unwrap_or(&installed.id)
            .to_owned(),
        publisher_name,
        trust,
        builtin: installed.builtin,
        competency_count: u32::try_from(pack.competencies.len()).unwrap_or(u32::MAX),
        role_count: u32::try_from(pack.roles.len()).unwrap_or(u32::MAX),
        installed_at: installed.installed_at.clone(),
        updated_at: installed.updated_at.clone(),
    }
}

/// Reads a stored pack. Stored packs were validated when installed; one that no longer
/// parses (a newer format written by a newer Werfwijzer) is skipped by the callers.
fn stored(installed: &InstalledPack) -> Option<Pack> {
    packs::parse(installed.content.as_bytes()).ok()
}

/// Every installed pack, parsed once, with its summary (trust computed against the keys
/// trusted now).
pub(crate) fn installed_packs(
    a: &store::Access<'_>,
    lang: werfwijzer_store::Language,
) -> std::result::Result<Vec<(Pack, dto::PackSummary)>, Error> {
    let keys = trusted(a)?;
    Ok(a.packs()?
        .iter()
        .filter_map(|row| {
            stored(row).map(|pack| {
                let s = summary(row, &pack, &keys, lang);
                (pack, s)
            })
        })
        .collect())
}

impl Werfwijzer {
    /// Installs a pack file, or updates the installed pack with the same id to this newer
    /// version. Refuses invalid, tampered and older packs, and a pack that takes the id of
    /// another publisher's pack. Nothing is stored when refused.
    pub fn install_pack(&self, bytes: &[u8]) -> Result<dto::PackInstalled> {
        let lang = self.language();
        self.write(|a, now| {
            let pack = packs::parse(bytes).map_err(Error::Pack)?;
            let keys = trusted(a)?;
            packs::verify(&pack, &keys).map_err(Error::Pack)?;
            let previous = a.pack(&pack.id)?;
            let outcome = match &previous {
                None => PackInstallOutcome::Installed,
                Some(old) if old.publisher_id != pack.publisher.id => {
                    return Err(Error::PackIdOfOtherPublisher)
                }
                Some(old) => match compare_versions(&pack.version, &old.version) {
                    std::cmp::Ordering::Greater => PackInstallOutcome::Updated,
                    std::cmp::Ordering::Equal => {
                        return Err(Error::PackAlreadyInstalled {
                            version: old.version.clone(),
                        })
                    }
                    std::cmp::Ordering::Less => {
                        return Err(Error::PackOlder {
                            installed: old.version.clone(),
                        })
                    }
                },
            };
            let content = serde_json::to_string(&pack).map_err(|_| Error::Internal)?;
            let row = InstalledPack {
                id: pack.id.clone(),
                version: pack.version.clone(),
                publisher_id: pack.publisher.id.clone(),
                builtin: false,
                content,
                installed_at: previous
                    .as_ref()
                    .map_or_else(|| now.to_owned(), |p| p.installed_at.clone()),
                updated_at: now.to_owned(),
            };
            a.put_pack(&row)?;
            let action = match outcome {
                PackInstallOutcome::Installed => AuditAction::PackInstalled,
                PackInstallOutcome::Updated => AuditAction::PackUpdated,
            };
            audit(
                a,
                now,
                None,
                None,
                action,
                &format!("{} {}", pack.id, pack.version),
            )?;
            Ok(dto::PackInstalled {
                pack: summary(&row, &pack, &keys, lang),
                outcome,
                previous_version: previous.map(|p| p.version),
            })
        })
    }

    pub fn list_packs(&self) -> Result<Vec<dto::PackSummary>> {
        let lang = self.language();
        self.read(|a| {
            Ok(installed_packs(a, lang)?
                .into_iter()
                .map(|(_, s)| s)
                .collect())
        })
    }

    pub fn remove_pack(&self, id: &str) -> Result<()> {
        self.write(|a, now| {
            let row = a.pack(id)?.ok_or(Error::PackNotFound)?;
            a.delete_pack(id)?;
            audit(
                a,
                now,
                None,
                None,
                AuditAction::PackRemoved,
                &format!("{} {}", row.id, row.version),
            )?;
            Ok(())
        })
    }

    /// Trusts a publisher's public key file (`*.public.json`).
    pub fn trust_key(&self, bytes: &[u8]) -> Result<dto::TrustedKey> {
        self.write(|a, now| {
            let file: PublicKeyFile =
                serde_json::from_slice(bytes).map_err(|_| Error::KeyFileInvalid)?;
            if file.verifying_key().is_none()
                || packs::check_publisher_id(&file.publisher_id).is_err()
            {
                return Err(Error::KeyFileInvalid);
            }
            // Only Werfwijzer's own, compiled-in key speaks for Werfwijzer.
            if file.publisher_id == builtin::PUBLISHER_ID {
                return Err(Error::KeyReservedPublisher);
            }
            let name = file.publisher_name.trim();
            if name.is_empty() || name.chars().count() > crate::MAX_NAME_CHARS {
                return Err(Error::KeyFileInvalid);
            }
            let key = store::TrustedKey {
                public_key: file.public_key.clone(),
                publisher_id: file.publisher_id.clone(),
                publisher_name: name.to_owned(),
                added_at: now.to_owned(),
            };
            if a.add_trusted_key(&key)? {
                let detail = format!("{} {}", key.publisher_id, key.public_key);
                audit(a, now, None, None, AuditAction::KeyTrusted, &detail)?;
            }
            Ok(key.into())
        })
    }

    /// Werfwijzer's own key first (it cannot be removed), then the keys the user added.
    pub fn list_trusted_keys(&self) -> Result<Vec<dto::TrustedKey>> {
        self.read(|a| {
            let own = builtin::public_key();
            let own = dto::TrustedKey {
                public_key: own.public_key,
                publisher_id: own.publisher_id,
                publisher_name: own.publisher_name,
                added_at: String::new(),
                builtin: true,
            };
            Ok(std::iter::once(own)
                .chain(a.trusted_keys()?.into_iter().map(Into::into))
                .collect())
        })
    }

    /// Installs every built-in pack that is missing, or older than the one this Werfwijzer
    /// brings (also after the user removed it). Returns how many were installed or updated.
    pub fn restore_builtin_packs(&self) -> Result<u32> {
        self.write(|a, now| builtin::offer(a, now, true))
    }

    pub fn remove_trusted_key(&self, public_key: &str) -> Result<()> {
        self.write(|a, now| {
            if public_key == builtin::public_key().public_key {
                return Err(Error::KeyBuiltin);
            }
            if !a.remove_trusted_key(public_key)? {
                return Err(Error::KeyNotFound);
            }
            audit(a, now, None, None, AuditAction::KeyRemoved, public_key)?;
            Ok(())
        })
    }
}

/// Semver order; both sides were validated as semver when installed.
pub(crate) fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    match (semver::Version::parse(a), semver::Version::parse(b)) {
        (Ok(a), Ok(b)) => a.cmp(&b),
        _ => a.cmp(b),
    }
}
