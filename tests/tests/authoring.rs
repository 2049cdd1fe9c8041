//! Pack authoring through the façade on a real SQLite file: an association makes a key,
//! writes a pack as a draft, checks it, exports it signed and installs it; edits a copy.

use werfwijzer_core::dto::{
    AuditAction, DraftPack, DraftPart, ErrorCode, Language, NewDraft, PackInstallOutcome,
    PackTrust, PreviewTarget,
};
use werfwijzer_packs::{self as packs, PublicKeyFile, Trust};
use werfwijzer_tests::TempDb;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../src-tauri/crates/cli/tests/fixtures/winkel.werfpack.json"
);

fn fixture() -> packs::Pack {
    packs::parse(&std::fs::read(FIXTURE).unwrap()).unwrap()
}

fn new_draft() -> NewDraft {
    NewDraft {
        pack_id: "nl.bakkersbond.winkel".into(),
        version: None,
        publisher_id: "nl.bakkersbond".into(),
        publisher_name: "Bakkersbond".into(),
        title_nl: "Winkel".into(),
        title_en: "Shop".into(),
    }
}

#[test]
fn an_association_writes_checks_exports_and_installs_a_pack() {
    let db = TempDb::new();
    let app = db.open();

    let key = app
        .create_signing_key("nl.bakkersbond", "  Bakkersbond  ")
        .unwrap();
    assert_eq!(key.publisher_name, "Bakkersbond");
    assert_eq!(app.list_signing_keys().unwrap(), vec![key.clone()]);
    // Its public half is trusted at once, so own packs show as verified here.
    // (Werfwijzer's own key is always listed first.)
    let mut trusted = app.list_trusted_keys().unwrap();
    trusted.retain(|k| !k.builtin);
    assert_eq!(trusted.len(), 1);
    assert_eq!(trusted[0].public_key, key.public_key);
    // The secret never crosses: the DTO has no field for it.
    let json = serde_json::to_string(&key).unwrap();
    assert!(!json.contains("secret"), "{json}");

    let bad = app.create_signing_key("Bakkers Bond", "X").unwrap_err();
    assert_eq!(bad.code, ErrorCode::InvalidInput);
    assert!(bad.message.contains("nl.bakkersbond"), "{}", bad.message);
    let bad = app.create_signing_key("nl.x", "  ").unwrap_err();
    assert_eq!(bad.code, ErrorCode::InvalidInput);

    let draft = app.create_draft(&new_draft()).unwrap();
    assert_eq!(draft.pack.version, "1.0.0");
    assert_eq!(draft.pack.languages, vec![Language::Nl, Language::En]);

    // An empty pack is valid as to rules (no competencies is allowed), but we give it content:
    // the fixture's competencies and role, as the editor would send them.
    let mut pack: DraftPack = fixture().into();
    pack.id = draft.pack.id.clone();
    pack.version = draft.pack.version.clone();
    pack.publisher = draft.pack.publisher.clone();
    pack.title = draft.pack.title.clone();
    // One problem: the first competency's Dutch name is empty.
    pack.competencies[0].name.nl = Some("  ".into());
    app.save_draft(&draft.id, pack.clone()).unwrap();

    let problems = app.validate_draft(&draft.id).unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "competencies[0].name.nl");
    assert_eq!(problems[0].part, DraftPart::Competency { index: 0 });
    assert!(problems[0].message.contains("ontbreekt tekst"));

    // Export is refused with the problems; nothing is written.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("winkel.werfpack.json");
    let refused = app
        .export_draft(&draft.id, &key.public_key, &out)
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::InvalidInput);
    assert!(
        refused.message.contains("competencies[0].name.nl"),
        "{}",
        refused.message
    );
    assert!(!out.exists());

    pack.competencies[0].name.nl = Some("Klanten helpen".into());
    app.save_draft(&draft.id, pack.clone()).unwrap();
    assert!(app.validate_draft(&draft.id).unwrap().is_empty());

    // The preview reads the pack as the editor has it, in either language.
    let preview = app
        .preview_draft_item(
            pack.clone(),
            PreviewTarget::Competency { index: 0 },
            Language::Nl,
        )
        .unwrap();
    assert_eq!(preview.title, "Klanten helpen");
    let preview = app
        .preview_draft_item(pack.clone(), PreviewTarget::Role { index: 0 }, Language::En)
        .unwrap();
    assert_eq!(preview.vacancy.last().unwrap().heading, "What we offer");

    // A key of another publisher is refused with a clear message.
    let other = app
        .create_signing_key("nl.kappersbond", "Kappersbond")
        .unwrap();
    let wrong = app
        .export_draft(&draft.id, &other.public_key, &out)
        .unwrap_err();
    assert!(
        wrong.message.contains("nl.kappersbond"),
        "{}",
        wrong.message
    );

    // Export: written atomically, signed, valid, verified with the exported public key.
    let written = app.export_draft(&draft.id, &key.public_key, &out).unwrap();
    assert_eq!(written, out.display().to_string());
    let file = std::fs::read(&out).unwrap();
    let parsed = packs::parse(&file).unwrap();
    let public: PublicKeyFile =
        serde_json::from_str(&app.public_key_file(&key.public_key).unwrap()).unwrap();
    assert_eq!(
        packs::verify(&parsed, &[public]).unwrap(),
        Trust::Verified {
            publisher_name: "Bakkersbond".into()
        }
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    // A name without an ending gets ".werfpack.json".
    let bare = app
        .export_draft(&draft.id, &key.public_key, &dir.path().join("los"))
        .unwrap();
    assert!(bare.ends_with("los.werfpack.json"));

    // Installed here directly: verified.
    let installed = app.install_draft(&draft.id, &key.public_key).unwrap();
    assert_eq!(installed.outcome, PackInstallOutcome::Installed);
    assert_eq!(installed.pack.trust, PackTrust::Verified);

    // Edit a copy: the next minor version, no signature; exporting it updates the pack.
    let copy = app.copy_pack_to_draft("nl.bakkersbond.winkel").unwrap();
    assert_eq!(copy.pack.version, "1.1.0");
    assert_eq!(app.list_drafts().unwrap().len(), 2);
    let updated = app.install_draft(&copy.id, &key.public_key).unwrap();
    assert_eq!(updated.outcome, PackInstallOutcome::Updated);

    // After a restart everything is there.
    drop(app);
    let app = db.open();
    let drafts = app.list_drafts().unwrap();
    assert_eq!(drafts.len(), 2);
    let summary = drafts.iter().find(|d| d.id == draft.id).unwrap();
    assert_eq!(summary.title, "Winkel");
    assert_eq!(summary.competency_count, 5);
    assert_eq!(app.get_draft(&draft.id).unwrap().pack, pack_as_stored(pack));

    app.delete_draft(&copy.id).unwrap();
    assert_eq!(
        app.delete_draft(&copy.id).unwrap_err().code,
        ErrorCode::NotFound
    );
    app.delete_signing_key(&other.public_key).unwrap();
    assert_eq!(app.list_signing_keys().unwrap().len(), 1);

    // The audit log names ids only, never texts of the pack.
    let log = audit(&db);
    let actions: Vec<_> = log.iter().map(|e| e.action.as_str()).collect();
    for action in [
        AuditAction::SigningKeyCreated,
        AuditAction::DraftCreated,
        AuditAction::DraftSaved,
        AuditAction::PackExported,
        AuditAction::DraftDeleted,
        AuditAction::SigningKeyDeleted,
    ] {
        assert!(
            actions.contains(&action.as_str()),
            "{action:?} in {actions:?}"
        );
    }
    assert!(log
        .iter()
        .all(|e| !e.detail.contains("Klanten helpen") && !e.detail.contains("Winkel")));
    // Two saves in a row share one line.
    let saves = actions.iter().filter(|a| **a == "draft.saved").count();
    assert_eq!(saves, 1, "{actions:?}");
}

fn audit(db: &TempDb) -> Vec<werfwijzer_store::AuditEntry> {
    let mut store = werfwijzer_store::Store::open(db.path()).unwrap();
    store.read(|a| a.audit_all()).unwrap()
}

/// What the store gives back: empty texts become "not written".
fn pack_as_stored(pack: DraftPack) -> DraftPack {
    let p: packs::Pack = pack.into();
    p.into()
}

#[test]
fn a_secret_key_file_from_the_cli_is_imported_and_garbage_is_refused() {
    let db = TempDb::new();
    let app = db.open();
    for garbage in [&b"not json"[..], b"{}", br#"{"format":"werfwijzer-public-key","publisherId":"nl.a","publisherName":"A","publicKey":"AAAA"}"#] {
        let e = app.import_signing_key(garbage).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert!(e.message.contains(".secret.json"), "{}", e.message);
    }
    let (secret, public) = packs::sign::generate("nl.bakkersbond", "Bakkersbond").unwrap();
    let bytes = serde_json::to_vec(&secret).unwrap();
    let key = app.import_signing_key(&bytes).unwrap();
    assert_eq!(key.public_key, public.public_key);
    // Twice is once.
    app.import_signing_key(&bytes).unwrap();
    assert_eq!(app.list_signing_keys().unwrap().len(), 1);
    let file: PublicKeyFile =
        serde_json::from_str(&app.public_key_file(&key.public_key).unwrap()).unwrap();
    assert_eq!(file, public);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bond.public.json");
    app.export_public_key(&key.public_key, &path).unwrap();
    let read: PublicKeyFile = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(read, public);
}

#[test]
fn a_new_draft_needs_a_valid_id_and_a_title() {
    let db = TempDb::new();
    let app = db.open();
    let mut n = new_draft();
    n.pack_id = "Mijn Pakket".into();
    assert_eq!(
        app.create_draft(&n).unwrap_err().code,
        ErrorCode::InvalidInput
    );
    let mut n = new_draft();
    n.title_nl = " ".into();
    n.title_en = String::new();
    let e = app.create_draft(&n).unwrap_err();
    assert!(e.message.contains("titel"), "{}", e.message);
    let mut n = new_draft();
    n.version = Some("1.0".into());
    assert_eq!(
        app.create_draft(&n).unwrap_err().code,
        ErrorCode::InvalidInput
    );
    assert!(app.list_drafts().unwrap().is_empty());
    assert_eq!(
        app.copy_pack_to_draft("nl.bestaat.niet").unwrap_err().code,
        ErrorCode::NotFound
    );
}
