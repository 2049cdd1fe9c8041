//! Template packs through the façade on a real SQLite file: install, update, trust, tamper,
//! remove — as an owner and an association's members would.

use werfwijzer_core::dto::{AuditAction, ErrorCode, PackInstallOutcome, PackTrust};
use werfwijzer_packs::{self as packs, sign};
use werfwijzer_tests::TempDb;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../src-tauri/crates/cli/tests/fixtures/winkel.werfpack.json"
);

fn fixture() -> packs::Pack {
    packs::parse(&std::fs::read(FIXTURE).unwrap()).unwrap()
}

/// The packs the user installed (the built-in ones are there from the first start).
fn own_packs(app: &werfwijzer_core::Werfwijzer) -> Vec<werfwijzer_core::dto::PackSummary> {
    let mut list = app.list_packs().unwrap();
    list.retain(|p| !p.builtin);
    list
}

/// The keys the user added (Werfwijzer's own key is always listed first).
fn added_keys(app: &werfwijzer_core::Werfwijzer) -> Vec<werfwijzer_core::dto::TrustedKey> {
    let mut keys = app.list_trusted_keys().unwrap();
    assert!(keys[0].builtin && keys[0].publisher_id == "nl.werfwijzer");
    keys.retain(|k| !k.builtin);
    keys
}

fn file(pack: &packs::Pack) -> Vec<u8> {
    serde_json::to_vec_pretty(pack).unwrap()
}

#[test]
fn install_update_refuse_older_and_remove() {
    let db = TempDb::new();
    let app = db.open();
    let mut pack = fixture();

    let installed = app.install_pack(&file(&pack)).unwrap();
    assert_eq!(installed.outcome, PackInstallOutcome::Installed);
    assert_eq!(installed.pack.trust, PackTrust::Unsigned);
    assert_eq!(installed.pack.title, "Winkel (testpakket)");
    assert_eq!(
        (installed.pack.competency_count, installed.pack.role_count),
        (5, 1)
    );

    let again = app.install_pack(&file(&pack)).unwrap_err();
    assert_eq!(again.code, ErrorCode::Conflict);
    assert!(
        again.message.contains("al geïnstalleerd (versie 1.0.0)"),
        "{}",
        again.message
    );

    pack.version = "1.1.0".into();
    let updated = app.install_pack(&file(&pack)).unwrap();
    assert_eq!(updated.outcome, PackInstallOutcome::Updated);
    assert_eq!(updated.previous_version.as_deref(), Some("1.0.0"));

    pack.version = "1.0.5".into();
    let older = app.install_pack(&file(&pack)).unwrap_err();
    assert_eq!(older.code, ErrorCode::Conflict);

    // After a restart the updated version is there.
    drop(app);
    let app = db.open();
    let list = own_packs(&app);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].version, "1.1.0");

    app.remove_pack(&list[0].id).unwrap();
    assert!(own_packs(&app).is_empty());
    assert_eq!(
        app.remove_pack(&list[0].id).unwrap_err().code,
        ErrorCode::NotFound
    );
}

#[test]
fn a_signed_pack_shows_verified_once_its_key_is_trusted() {
    let db = TempDb::new();
    let app = db.open();
    let (secret, public) = sign::generate("nl.bakkersbond", "Bakkersbond").unwrap();
    let signed = sign::sign(&fixture(), &secret.signing_key().unwrap());

    let installed = app.install_pack(&file(&signed)).unwrap();
    assert_eq!(installed.pack.trust, PackTrust::SignedUnknownKey);

    let key = app
        .trust_key(&serde_json::to_vec(&public).unwrap())
        .unwrap();
    assert_eq!(key.publisher_name, "Bakkersbond");
    let list = own_packs(&app);
    assert_eq!(list[0].trust, PackTrust::Verified);
    assert_eq!(list[0].publisher_name, "Bakkersbond");

    // With the key trusted, an unsigned pack claiming the Bakkersbond is refused.
    let mut claim = fixture();
    claim.id = "nl.bakkersbond.andere".into();
    let err = app.install_pack(&file(&claim)).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert!(
        err.message
            .contains("niet ondertekend met de sleutel van die uitgever"),
        "{}",
        err.message
    );

    app.remove_trusted_key(&key.public_key).unwrap();
    assert_eq!(own_packs(&app)[0].trust, PackTrust::SignedUnknownKey);
    assert!(added_keys(&app).is_empty());
}

#[test]
fn tampered_hostile_and_foreign_packs_store_nothing() {
    let db = TempDb::new();
    let app = db.open();
    let (secret, _) = sign::generate("nl.bakkersbond", "Bakkersbond").unwrap();
    let signed = sign::sign(&fixture(), &secret.signing_key().unwrap());
    let text = String::from_utf8(file(&signed))
        .unwrap()
        .replacen("foutloos", "met fouten", 1);

    let err = app.install_pack(text.as_bytes()).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert!(
        err.message.contains("veranderd nadat het is ondertekend"),
        "{}",
        err.message
    );

    for hostile in [
        vec![b'{'; 6 * 1024 * 1024],
        b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]".to_vec(),
        Vec::new(),
    ] {
        assert_eq!(
            app.install_pack(&hostile).unwrap_err().code,
            ErrorCode::InvalidInput
        );
    }
    assert!(own_packs(&app).is_empty());

    // Another publisher's pack under an id that is already installed: refused.
    app.install_pack(&file(&fixture())).unwrap();
    let mut other = fixture();
    other.publisher.id = "nl.anderebond".into();
    other.version = "2.0.0".into();
    assert_eq!(
        app.install_pack(&file(&other)).unwrap_err().code,
        ErrorCode::Conflict
    );
    assert_eq!(own_packs(&app)[0].version, "1.0.0");

    // A key file that is not one: refused, nothing trusted.
    assert_eq!(
        app.trust_key(b"{\"publicKey\": \"x\"}").unwrap_err().code,
        ErrorCode::InvalidInput
    );
    assert!(added_keys(&app).is_empty());
}

#[test]
fn pack_messages_follow_the_language() {
    let db = TempDb::new();
    let app = db.open();
    app.set_language(werfwijzer_core::dto::Language::En)
        .unwrap();
    let err = app.install_pack(b"not json").unwrap_err();
    assert!(
        err.message.starts_with("This file is not valid JSON"),
        "{}",
        err.message
    );
    let demo = app.create_demo().unwrap();
    app.install_pack(&file(&fixture())).unwrap();
    // Pack events are in the audit log, not in a procedure's log.
    let detail = app.open_procedure(&demo.procedure_id).unwrap();
    assert!(detail
        .log
        .iter()
        .all(|e| e.action != AuditAction::PackInstalled));
}
