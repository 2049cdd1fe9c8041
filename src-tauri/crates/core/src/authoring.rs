//! Pack authoring (PRODUCT.md §3.3): the user's own signing keys, drafts of packs, checking
//! them, previewing them, and exporting them signed (or installing them here directly).

use std::path::{Path, PathBuf};

use base64::Engine;
use werfwijzer_packs::{self as packs, Pack, PackError, PublicKeyFile, SecretKeyFile};
use werfwijzer_store::{self as store, PackDraft, SigningKey};

use crate::dto::{self, AppError, AuditAction};
use crate::dto_authoring::{
    Draft, DraftPack, DraftPart, DraftProblem, DraftSaved, DraftSummary, NewDraft, Preview,
    PreviewTarget, SigningKeyInfo,
};
use crate::error::{pack_lang, Error};
use crate::facade::{audit, new_id};
use crate::{preview, Werfwijzer, MAX_NAME_CHARS};

type Result<T> = std::result::Result<T, AppError>;
type Inner<T> = std::result::Result<T, Error>;

const DEFAULT_VERSION: &str = "1.0.0";

impl From<SigningKey> for SigningKeyInfo {
    fn from(k: SigningKey) -> Self {
        SigningKeyInfo {
            public_key: k.public_key,
            publisher_id: k.publisher_id,
            publisher_name: k.publisher_name,
            created_at: k.created_at,
        }
    }
}

fn publisher_name(raw: &str) -> Inner<String> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let name: String = name.chars().filter(|c| !c.is_control()).collect();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return Err(Error::PublisherNameInvalid {
            max: MAX_NAME_CHARS,
        });
    }
    Ok(name)
}

fn publisher_id(raw: &str) -> Inner<String> {
    let id = raw.trim();
    packs::check_publisher_id(id).map_err(|_| Error::PublisherIdInvalid)?;
    // Only Werfwijzer's compiled-in key speaks for Werfwijzer (see builtin.rs).
    if id == crate::builtin::PUBLISHER_ID {
        return Err(Error::PublisherIdReserved);
    }
    Ok(id.to_owned())
}

/// A JSON path within a pack in words, without its part (the competency or role it is in):
/// `roles[0].conditions.payHint.en` → "Salaris (Engels)". Unknown keys are shown as they are.
pub(crate) fn field_label(path: &str, lang: packs::Lang) -> String {
    let nl = lang == packs::Lang::Nl;
    let mut words: Vec<String> = Vec::new();
    let mut suffix = None;
    let segments: Vec<&str> = path.split('.').filter(|s| !s.is_empty()).collect();
    for (i, seg) in segments.iter().enumerate() {
        let (key, index) = match seg.split_once('[') {
            Some((k, rest)) => (k, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (*seg, None),
        };
        let n = index.map(|i| i + 1);
        let numbered = |nl_word: &str, en_word: &str| match n {
            Some(n) => format!("{} {n}", if nl { nl_word } else { en_word }),
            None => (if nl { nl_word } else { en_word }).to_owned(),
        };
        // The part itself (competencies[2], roles[0]) is named by the caller.
        if i == 0 && (key == "competencies" || key == "roles") && index.is_some() {
            continue;
        }
        let word = match key {
            "nl" if i + 1 == segments.len() => {
                suffix = Some(if nl { "(Nederlands)" } else { "(Dutch)" });
                continue;
            }
            "en" if i + 1 == segments.len() => {
                suffix = Some(if nl { "(Engels)" } else { "(English)" });
                continue;
            }
            "1" | "3" | "5" => match (key, nl) {
                ("1", true) => "1 punt".into(),
                ("1", false) => "1 point".into(),
                (k, true) => format!("{k} punten"),
                (k, false) => format!("{k} points"),
            },
            "text" if words.last().is_some() => continue,
            "name" => numbered("Naam", "Name"),
            "id" => numbered("Code", "Code"),
            "title" => numbered("Titel", "Title"),
            "definition" => numbered("Omschrijving", "Definition"),
            "description" => numbered("Beschrijving", "Description"),
            "indicators" => numbered("Gedrag", "Behaviour"),
            "letterAnchors" => numbered("Punten voor een brief", "Scoring a letter"),
            "interviewAnchors" => numbered("Punten voor een gesprek", "Scoring an interview"),
            "questions" => numbered("Vraag", "Question"),
            "followUps" => numbered("Doorvraag", "Follow-up"),
            "workSample" => numbered("Praktijkopdracht", "Practical task"),
            "summary" => numbered("Korte beschrijving", "Summary"),
            "tasks" => numbered("Taak", "Task"),
            "competencies" => numbered("Competenties", "Competencies"),
            "roles" => numbered("Functies", "Roles"),
            "conditions" => continue,
            "hours" => numbered("Uren", "Hours"),
            "cao" => numbered("Cao", "Collective agreement"),
            "payHint" => numbered("Salaris", "Pay"),
            "requirements" => numbered("Eis", "Requirement"),
            "reason" => numbered("Reden", "Reason"),
            "publisher" => numbered("Uitgever", "Publisher"),
            "version" => numbered("Versie", "Version"),
            "languages" => numbered("Talen", "Languages"),
            "logo" => numbered("Logo", "Logo"),
            "sector" => numbered("Sector", "Sector"),
            other => match n {
                Some(n) => format!("{other} {n}"),
                None => other.to_owned(),
            },
        };
        words.push(word);
    }
    let mut label = words.join(" › ");
    if let Some(s) = suffix {
        if !label.is_empty() {
            label.push(' ');
        }
        label.push_str(s);
    }
    label
}

/// Stores an own key and trusts its public half, so the user's own packs show as verified
/// here. Returns false when the key was there already.
fn store_key(a: &store::Access<'_>, key: &SigningKey, now: &str) -> Inner<bool> {
    let fresh = a.insert_signing_key(key)?;
    a.add_trusted_key(&store::TrustedKey {
        public_key: key.public_key.clone(),
        publisher_id: key.publisher_id.clone(),
        publisher_name: key.publisher_name.clone(),
        added_at: now.to_owned(),
    })?;
    Ok(fresh)
}

fn secret_file(key: &SigningKey) -> SecretKeyFile {
    SecretKeyFile {
        format: packs::sign::SECRET_KEY_FORMAT.into(),
        publisher_id: key.publisher_id.clone(),
        publisher_name: key.publisher_name.clone(),
        secret_key: key.secret_key.clone(),
    }
}

fn public_file(key: &SigningKey) -> PublicKeyFile {
    PublicKeyFile {
        format: packs::sign::PUBLIC_KEY_FORMAT.into(),
        publisher_id: key.publisher_id.clone(),
        publisher_name: key.publisher_name.clone(),
        public_key: key.public_key.clone(),
    }
}

fn pretty<T: serde::Serialize>(value: &T) -> Inner<String> {
    let mut text = serde_json::to_string_pretty(value).map_err(|_| Error::Internal)?;
    text.push('\n');
    Ok(text)
}

/// The stored draft as a pack (it need not be valid).
fn draft_pack(d: &PackDraft) -> Inner<Pack> {
    serde_json::from_str(&d.content).map_err(|_| Error::Internal)
}

fn draft_dto(d: &PackDraft) -> Inner<Draft> {
    Ok(Draft {
        id: d.id.clone(),
        pack: draft_pack(d)?.into(),
        created_at: d.created_at.clone(),
        updated_at: d.updated_at.clone(),
    })
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn draft_summary(d: &PackDraft, lang: werfwijzer_store::Language) -> Inner<DraftSummary> {
    let pack = draft_pack(d)?;
    let (first, second) = match pack_lang(lang) {
        packs::Lang::Nl => (packs::Lang::Nl, packs::Lang::En),
        packs::Lang::En => (packs::Lang::En, packs::Lang::Nl),
    };
    let title = [first, second]
        .into_iter()
        .filter_map(|l| pack.title.get(l).map(str::trim))
        .find(|t| !t.is_empty())
        .unwrap_or_default()
        .to_owned();
    Ok(DraftSummary {
        id: d.id.clone(),
        pack_id: pack.id,
        version: pack.version,
        title,
        publisher_name: pack.publisher.name,
        competency_count: count(pack.competencies.len()),
        role_count: count(pack.roles.len()),
        updated_at: d.updated_at.clone(),
    })
}

/// The part of the pack a JSON path points into.
fn part_of(path: &str) -> DraftPart {
    let index = |rest: &str| rest.split(']').next().and_then(|n| n.parse::<u32>().ok());
    if let Some(rest) = path.strip_prefix("competencies[") {
        if let Some(index) = index(rest) {
            return DraftPart::Competency { index };
        }
    }
    if let Some(rest) = path.strip_prefix("roles[") {
        if let Some(index) = index(rest) {
            return DraftPart::Role { index };
        }
    }
    DraftPart::Header
}

/// The next minor version: an export of an edited copy then updates the installed pack.
fn next_minor(version: &str) -> String {
    match semver::Version::parse(version) {
        Ok(v) => semver::Version::new(v.major, v.minor + 1, 0).to_string(),
        Err(_) => DEFAULT_VERSION.to_owned(),
    }
}

/// Writes `text` to `path` atomically: a temporary file in the same folder, then a rename,
/// so a reader never sees half a file.
fn write_atomic(path: &Path, text: &str) -> Inner<()> {
    use std::io::Write;
    let name = path
        .file_name()
        .ok_or_else(|| Error::FileWrite("no file name".into()))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = dir.join(format!(".{}.{}.tmp", name.to_string_lossy(), new_id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::FileWrite(e.to_string()));
    }
    Ok(())
}

/// A pack file gets the `.werfpack.json` ending when the name chosen has no `.json`.
fn pack_path(path: &Path) -> PathBuf {
    let has_json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if has_json {
        path.to_path_buf()
    } else {
        let mut s = path.as_os_str().to_owned();
        s.push(".werfpack.json");
        PathBuf::from(s)
    }
}

/// Validates the draft fully (as a file would be read), checks the key is the publisher's,
/// and signs it. Returns the signed pack as file text.
fn signed_text(a: &store::Access<'_>, draft_id: &str, public_key: &str) -> Inner<(Pack, String)> {
    let draft = a.draft(draft_id)?.ok_or(Error::DraftNotFound)?;
    let key = a
        .signing_key(public_key)?
        .ok_or(Error::SigningKeyNotFound)?;
    let pack = draft_pack(&draft)?;
    let bytes = serde_json::to_vec(&pack).map_err(|_| Error::Internal)?;
    let pack = packs::parse(&bytes).map_err(Error::Pack)?;
    if pack.publisher.id != key.publisher_id {
        return Err(Error::KeyOfOtherPublisher {
            pack: pack.publisher.id,
            key: key.publisher_id,
        });
    }
    let signing = secret_file(&key).signing_key().ok_or(Error::Internal)?;
    let signed = packs::sign::sign(&pack, &signing);
    let text = pretty(&signed)?;
    Ok((signed, text))
}

impl Werfwijzer {
    // --- own signing keys -------------------------------------------------------------------

    /// Makes a new key pair for a publisher. Its public key is trusted at once.
    pub fn create_signing_key(&self, publisher_id: &str, name: &str) -> Result<SigningKeyInfo> {
        self.write(|a, now| {
            let id = self::publisher_id(publisher_id)?;
            let name = publisher_name(name)?;
            let (secret, public) =
                packs::sign::generate(&id, &name).map_err(|_| Error::Internal)?;
            let key = SigningKey {
                public_key: public.public_key,
                publisher_id: id,
                publisher_name: name,
                secret_key: secret.secret_key,
                created_at: now.to_owned(),
            };
            store_key(a, &key, now)?;
            let detail = format!("{} {}", key.publisher_id, key.public_key);
            audit(a, now, None, None, AuditAction::SigningKeyCreated, &detail)?;
            Ok(key.into())
        })
    }

    /// Adds a secret key file made by `werfwijzer-cli pack keygen` (`*.secret.json`).
    pub fn import_signing_key(&self, bytes: &[u8]) -> Result<SigningKeyInfo> {
        self.write(|a, now| {
            let file: SecretKeyFile =
                serde_json::from_slice(bytes).map_err(|_| Error::SecretKeyFileInvalid)?;
            let signing = file.signing_key().ok_or(Error::SecretKeyFileInvalid)?;
            let id = self::publisher_id(&file.publisher_id).map_err(|e| match e {
                Error::PublisherIdReserved => e,
                _ => Error::SecretKeyFileInvalid,
            })?;
            let name =
                publisher_name(&file.publisher_name).map_err(|_| Error::SecretKeyFileInvalid)?;
            let public_key = base64::engine::general_purpose::STANDARD
                .encode(signing.verifying_key().to_bytes());
            let key = SigningKey {
                public_key,
                publisher_id: id,
                publisher_name: name,
                secret_key: file.secret_key,
                created_at: now.to_owned(),
            };
            if store_key(a, &key, now)? {
                let detail = format!("{} {}", key.publisher_id, key.public_key);
                audit(a, now, None, None, AuditAction::SigningKeyImported, &detail)?;
                Ok(key.into())
            } else {
                // Imported before: keep the stored one (and its date).
                let stored = a.signing_key(&key.public_key)?.ok_or(Error::Internal)?;
                Ok(stored.into())
            }
        })
    }

    pub fn list_signing_keys(&self) -> Result<Vec<SigningKeyInfo>> {
        self.read(|a| Ok(a.signing_keys()?.into_iter().map(Into::into).collect()))
    }

    /// The public key file (`*.public.json`) an association hands to its members.
    pub fn public_key_file(&self, public_key: &str) -> Result<String> {
        self.read(|a| {
            let key = a
                .signing_key(public_key)?
                .ok_or(Error::SigningKeyNotFound)?;
            pretty(&public_file(&key))
        })
    }

    /// Writes the public key file to `path` (chosen by the user); returns the path.
    pub fn export_public_key(&self, public_key: &str, path: &Path) -> Result<String> {
        let text = self.public_key_file(public_key)?;
        let lang = self.language();
        write_atomic(path, &text).map_err(|e| e.to_app_error(lang))?;
        Ok(path.display().to_string())
    }

    /// Removes an own key. Packs signed with it stay valid; the trusted public key stays
    /// (remove it on the Packs screen to stop trusting it).
    pub fn delete_signing_key(&self, public_key: &str) -> Result<()> {
        self.write(|a, now| {
            let key = a
                .signing_key(public_key)?
                .ok_or(Error::SigningKeyNotFound)?;
            a.delete_signing_key(public_key)?;
            let detail = format!("{} {}", key.publisher_id, key.public_key);
            audit(a, now, None, None, AuditAction::SigningKeyDeleted, &detail)?;
            Ok(())
        })
    }

    // --- drafts -----------------------------------------------------------------------------

    /// Starts a new pack: no competencies or roles yet, Dutch and English.
    pub fn create_draft(&self, new: &NewDraft) -> Result<Draft> {
        self.write(|a, now| {
            let id = new.pack_id.trim();
            packs::check_publisher_id(id).map_err(|_| Error::PackIdInvalid)?;
            let version = new
                .version
                .as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .unwrap_or(DEFAULT_VERSION);
            semver::Version::parse(version).map_err(|_| Error::VersionInvalid)?;
            let title = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
            let (nl, en) = (title(&new.title_nl), title(&new.title_en));
            if nl.is_none() && en.is_none() {
                return Err(Error::DraftTitleMissing);
            }
            let pack = Pack {
                format: packs::FORMAT.into(),
                format_version: packs::FORMAT_VERSION,
                id: id.to_owned(),
                version: version.to_owned(),
                publisher: packs::Publisher {
                    id: publisher_id(&new.publisher_id)?,
                    name: publisher_name(&new.publisher_name)?,
                },
                title: packs::Text { nl, en },
                description: None,
                languages: vec![packs::Lang::Nl, packs::Lang::En],
                competencies: Vec::new(),
                roles: Vec::new(),
                logo: None,
                signature: None,
            };
            insert_draft(a, now, &pack)
        })
    }

    /// Starts a draft from an installed pack: its content without the signature, with the
    /// next minor version, so exporting it updates the installed pack.
    pub fn copy_pack_to_draft(&self, pack_id: &str) -> Result<Draft> {
        self.write(|a, now| {
            let row = a.pack(pack_id)?.ok_or(Error::PackNotFound)?;
            let mut pack: Pack = serde_json::from_str(&row.content).map_err(|_| Error::Internal)?;
            pack.signature = None;
            pack.version = next_minor(&pack.version);
            insert_draft(a, now, &pack)
        })
    }

    pub fn list_drafts(&self) -> Result<Vec<DraftSummary>> {
        let lang = self.language();
        self.read(|a| a.drafts()?.iter().map(|d| draft_summary(d, lang)).collect())
    }

    pub fn get_draft(&self, id: &str) -> Result<Draft> {
        self.read(|a| draft_dto(&a.draft(id)?.ok_or(Error::DraftNotFound)?))
    }

    /// Stores the whole pack as the editor has it (it need not be valid). Consecutive saves
    /// of one draft share one audit line, so saving as you type does not flood the log.
    pub fn save_draft(&self, id: &str, pack: DraftPack) -> Result<DraftSaved> {
        self.write(|a, now| {
            let pack: Pack = pack.into();
            let content = serde_json::to_string(&pack).map_err(|_| Error::Internal)?;
            if content.len() > packs::limits::MAX_FILE_BYTES {
                return Err(Error::Pack(PackError::TooLarge {
                    bytes: content.len(),
                    max: packs::limits::MAX_FILE_BYTES,
                }));
            }
            if !a.update_draft(id, &content, now)? {
                return Err(Error::DraftNotFound);
            }
            let last = a.last_audit()?;
            let same = last
                .is_some_and(|l| l.action == AuditAction::DraftSaved.as_str() && l.detail == id);
            if !same {
                audit(a, now, None, None, AuditAction::DraftSaved, id)?;
            }
            Ok(DraftSaved {
                updated_at: now.to_owned(),
            })
        })
    }

    pub fn delete_draft(&self, id: &str) -> Result<()> {
        self.write(|a, now| {
            if !a.delete_draft(id)? {
                return Err(Error::DraftNotFound);
            }
            audit(a, now, None, None, AuditAction::DraftDeleted, id)?;
            Ok(())
        })
    }

    /// Every rule the stored draft breaks, with its JSON path, in the user's language.
    pub fn validate_draft(&self, id: &str) -> Result<Vec<DraftProblem>> {
        let lang = pack_lang(self.language());
        self.read(|a| {
            let d = a.draft(id)?.ok_or(Error::DraftNotFound)?;
            let pack = draft_pack(&d)?;
            Ok(packs::check(&pack)
                .into_iter()
                .map(|p| DraftProblem {
                    part: part_of(&p.path),
                    message: p.message(lang),
                    field: field_label(&p.path, lang),
                    what: p.kind.message(lang),
                    path: p.path,
                })
                .collect())
        })
    }

    /// How one competency or role of `pack` reads, in `language`. Touches no data.
    pub fn preview_draft_item(
        &self,
        pack: DraftPack,
        target: PreviewTarget,
        language: dto::Language,
    ) -> Result<Preview> {
        let pack: Pack = pack.into();
        let lang: packs::Lang = language.into();
        let found = match target {
            PreviewTarget::Competency { index } => pack
                .competencies
                .get(index as usize)
                .map(|c| preview::competency(c, lang)),
            PreviewTarget::Role { index } => pack
                .roles
                .get(index as usize)
                .map(|r| preview::role(r, &pack, lang)),
        };
        found.ok_or_else(|| Error::Internal.to_app_error(self.language()))
    }

    /// Validates the draft, signs it with an own key and writes the `*.werfpack.json` file
    /// to `path` (atomically). Refuses an invalid draft with its problems, and a key of
    /// another publisher. Returns the path written.
    pub fn export_draft(&self, id: &str, public_key: &str, path: &Path) -> Result<String> {
        self.write(|a, now| {
            let (pack, text) = signed_text(a, id, public_key)?;
            let path = pack_path(path);
            write_atomic(&path, &text)?;
            let detail = format!("{id} {} {}", pack.id, pack.version);
            audit(a, now, None, None, AuditAction::PackExported, &detail)?;
            Ok(path.display().to_string())
        })
    }

    /// Signs the draft with an own key and installs it here ("Installeer in Werfwijzer"),
    /// through the same checks as installing a file.
    pub fn install_draft(&self, id: &str, public_key: &str) -> Result<dto::PackInstalled> {
        let text = self.read(|a| signed_text(a, id, public_key).map(|(_, text)| text))?;
        self.install_pack(text.as_bytes())
    }
}

fn insert_draft(a: &store::Access<'_>, now: &str, pack: &Pack) -> Inner<Draft> {
    let d = PackDraft {
        id: new_id(),
        content: serde_json::to_string(pack).map_err(|_| Error::Internal)?,
        created_at: now.to_owned(),
        updated_at: now.to_owned(),
    };
    a.insert_draft(&d)?;
    audit(
        a,
        now,
        None,
        None,
        AuditAction::DraftCreated,
        &format!("{} {}", d.id, pack.id),
    )?;
    draft_dto(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_point_at_their_part() {
        assert_eq!(
            part_of("competencies[12].indicators[0].nl"),
            DraftPart::Competency { index: 12 }
        );
        assert_eq!(part_of("roles[0].tasks"), DraftPart::Role { index: 0 });
        assert_eq!(part_of("title.nl"), DraftPart::Header);
        assert_eq!(part_of("competencies"), DraftPart::Header);
    }

    #[test]
    fn the_next_minor_version() {
        assert_eq!(next_minor("1.2.3"), "1.3.0");
        assert_eq!(next_minor("0.9.0-beta"), "0.10.0");
        assert_eq!(next_minor("nonsense"), "1.0.0");
    }

    #[test]
    fn a_pack_file_gets_its_ending() {
        assert_eq!(
            pack_path(Path::new("/t/a")),
            PathBuf::from("/t/a.werfpack.json")
        );
        assert_eq!(
            pack_path(Path::new("/t/a.werfpack.json")),
            PathBuf::from("/t/a.werfpack.json")
        );
    }
}

#[cfg(test)]
mod field_tests {
    use super::field_label;
    use werfwijzer_packs::Lang;

    #[test]
    fn paths_read_as_words() {
        let nl = |p| field_label(p, Lang::Nl);
        assert_eq!(nl("roles[0].conditions.payHint.en"), "Salaris (Engels)");
        assert_eq!(
            nl("competencies[2].indicators[0].nl"),
            "Gedrag 1 (Nederlands)"
        );
        assert_eq!(
            nl("competencies[0].questions[1].followUps[0].nl"),
            "Vraag 2 › Doorvraag 1 (Nederlands)"
        );
        assert_eq!(
            nl("competencies[0].questions[1].text.en"),
            "Vraag 2 (Engels)"
        );
        assert_eq!(
            nl("competencies[0].letterAnchors.1.nl"),
            "Punten voor een brief › 1 punt (Nederlands)"
        );
        assert_eq!(
            nl("roles[3].requirements[0].reason.nl"),
            "Eis 1 › Reden (Nederlands)"
        );
        assert_eq!(nl("roles[0]"), "");
        assert_eq!(nl("title.en"), "Titel (Engels)");
        assert_eq!(
            field_label("roles[0].tasks[2].en", Lang::En),
            "Task 3 (English)"
        );
    }
}
