//! The built-in packs on a real SQLite file: signed with Werfwijzer's key, installed on the
//! first start, a removal respected, restored on request, and Werfwijzer's key protected.

use werfwijzer_core::builtin;
use werfwijzer_core::dto::{ErrorCode, PackTrust};
use werfwijzer_packs::{self as packs, sign};
use werfwijzer_tests::TempDb;

#[test]
fn every_built_in_pack_file_is_embedded_and_verifies_with_werfwijzers_key() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/packs/builtin");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".werfpack.json"))
        .collect();
    on_disk.sort();
    let embedded: Vec<String> = builtin::PACKS.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(
        on_disk, embedded,
        "list every built-in pack in core/src/builtin.rs"
    );

    let (mut sectors, mut roles, mut competencies) = (std::collections::BTreeSet::new(), 0, 0);
    for (name, content) in builtin::PACKS {
        let pack = builtin::verified(content).unwrap_or_else(|| {
            panic!(
                "{name} does not verify with Werfwijzer's key: run scripts/sign-builtin-packs.sh"
            )
        });
        assert_eq!(pack.publisher.id, builtin::PUBLISHER_ID);
        sectors.extend(pack.roles.iter().map(|r| r.sector.clone()));
        roles += pack.roles.len();
        competencies += pack.competencies.len();
    }
    assert!(sectors.len() >= 10, "{sectors:?}");
    assert!(
        roles >= 30 && competencies >= 60,
        "{roles} roles, {competencies} competencies"
    );
}

#[test]
fn a_changed_built_in_pack_no_longer_verifies() {
    let (_, content) = builtin::PACKS[0];
    let mut pack = packs::parse(content.as_bytes()).unwrap();
    pack.competencies[0].name.nl = Some("Iets anders".into());
    let changed = serde_json::to_string(&pack).unwrap();
    assert!(builtin::verified(&changed).is_none());
}

#[test]
fn the_first_start_installs_every_built_in_pack_as_verified() {
    let db = TempDb::new();
    let app = db.open();
    let list = app.list_packs().unwrap();
    assert_eq!(list.len(), builtin::PACKS.len());
    for p in &list {
        assert!(p.builtin, "{}", p.id);
        assert_eq!(p.trust, PackTrust::Verified, "{}", p.id);
        assert_eq!(p.publisher_name, "Werfwijzer");
    }
    // A second start installs nothing new.
    drop(app);
    let app = db.open();
    assert_eq!(app.list_packs().unwrap().len(), builtin::PACKS.len());
}

#[test]
fn a_removed_built_in_pack_stays_removed_until_restored() {
    let db = TempDb::new();
    let app = db.open();
    app.remove_pack("nl.werfwijzer.horeca").unwrap();
    drop(app);
    let app = db.open();
    let ids: Vec<String> = app
        .list_packs()
        .unwrap()
        .into_iter()
        .map(|p| p.id)
        .collect();
    assert!(!ids.contains(&"nl.werfwijzer.horeca".to_string()));
    assert_eq!(app.restore_builtin_packs().unwrap(), 1);
    assert_eq!(app.restore_builtin_packs().unwrap(), 0);
    assert!(app
        .list_packs()
        .unwrap()
        .iter()
        .any(|p| p.id == "nl.werfwijzer.horeca" && p.builtin));
}

#[test]
fn werfwijzers_key_is_listed_first_cannot_be_removed_and_cannot_be_faked() {
    let db = TempDb::new();
    let app = db.open();
    let keys = app.list_trusted_keys().unwrap();
    assert_eq!(keys.len(), 1);
    assert!(keys[0].builtin);
    let err = app.remove_trusted_key(&keys[0].public_key).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);

    // Someone hands out a key file that claims to be Werfwijzer's: refused.
    let (secret, public) = sign::generate("nl.werfwijzer", "Werfwijzer").unwrap();
    let err = app
        .trust_key(&serde_json::to_vec(&public).unwrap())
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert!(err.message.contains("Werfwijzer"), "{}", err.message);

    // Nor can an own signing key be made or imported for Werfwijzer's id.
    let err = app
        .create_signing_key("nl.werfwijzer", "Werfwijzer")
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert!(err.message.contains("nl.werfwijzer"), "{}", err.message);
    let err = app
        .import_signing_key(&serde_json::to_vec(&secret).unwrap())
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert_eq!(app.list_trusted_keys().unwrap().len(), 1);

    // And a pack signed with it that claims to be a newer built-in pack: refused as foreign.
    let (_, content) = builtin::PACKS[0];
    let mut pack = packs::parse(content.as_bytes()).unwrap();
    pack.version = "9.0.0".into();
    let forged = sign::sign(&pack, &secret.signing_key().unwrap());
    let err = app
        .install_pack(&serde_json::to_vec(&forged).unwrap())
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert_eq!(app.list_packs().unwrap()[0].version, "1.0.0");
}
