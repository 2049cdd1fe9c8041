//! The library and a procedure's competencies on a real SQLite file: browse what the packs
//! hold, copy competencies into a procedure, and see that a pack update or removal leaves
//! the procedure's copies as they were.

use werfwijzer_core::dto::{self, AuditAction, ErrorCode, ProcedureKind};
use werfwijzer_packs as packs;
use werfwijzer_tests::TempDb;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../src-tauri/crates/cli/tests/fixtures/winkel.werfpack.json"
);
const PACK: &str = "nl.bakkersbond.winkel";

fn fixture() -> packs::Pack {
    packs::parse(&std::fs::read(FIXTURE).unwrap()).unwrap()
}

fn file(pack: &packs::Pack) -> Vec<u8> {
    serde_json::to_vec_pretty(pack).unwrap()
}

fn procedure(app: &werfwijzer_core::Werfwijzer) -> String {
    let org = app.create_organisation("Fietsenwinkel De Spaak").unwrap();
    app.create_procedure(&dto::NewProcedure {
        organisation_id: org.id,
        title: "Verkoper".into(),
        kind: ProcedureKind::Vacature,
    })
    .unwrap()
    .id
}

#[test]
fn the_library_shows_the_installed_roles_and_competencies_in_the_users_language() {
    let db = TempDb::new();
    let app = db.open();
    let pack = fixture();
    assert_eq!(pack.id, PACK);
    app.install_pack(&file(&pack)).unwrap();

    let lib = app.library().unwrap();
    assert!(lib.packs.iter().any(|p| p.id == PACK));
    let c = lib
        .competencies
        .iter()
        .find(|c| c.pack_id.as_deref() == Some(PACK) && c.competency_id == "afrekenen")
        .unwrap();
    assert_eq!(c.name, "Afrekenen");
    assert_eq!((c.letter_anchors.len(), c.interview_anchors.len()), (3, 3));
    assert!(c
        .questions
        .iter()
        .any(|q| q.kind == dto::QuestionKind::Behavioural));
    let role = lib.roles.iter().find(|r| r.pack_id == PACK).unwrap();
    assert_eq!(role.competency_ids.len(), 5);
    assert!(!role.cao.is_empty() && !role.pay_hint.is_empty());

    app.set_language(dto::Language::En).unwrap();
    let lib = app.library().unwrap();
    let c = lib
        .competencies
        .iter()
        .find(|c| c.pack_id.as_deref() == Some(PACK) && c.competency_id == "afrekenen")
        .unwrap();
    assert_eq!(c.name, "Taking payments");
}

#[test]
fn a_procedure_keeps_its_copies_when_the_pack_is_updated_or_removed() {
    let db = TempDb::new();
    let app = db.open();
    let mut pack = fixture();
    app.install_pack(&file(&pack)).unwrap();
    let id = procedure(&app);

    let list = app
        .add_procedure_competency(&id, PACK, "afrekenen")
        .unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].pack_version.as_deref(), Some("1.0.0"));
    let again = app
        .add_procedure_competency(&id, PACK, "afrekenen")
        .unwrap_err();
    assert_eq!(again.code, ErrorCode::Conflict);

    // The role's suggestions are added after it, without the one already there.
    let role = pack.roles[0].id.clone();
    let list = app.add_role_competencies(&id, PACK, &role).unwrap();
    let ids: Vec<&str> = list.iter().map(|c| c.competency_id.as_str()).collect();
    assert_eq!(
        ids,
        pack.roles[0]
            .competencies
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
    );

    // The association publishes 1.1.0 with another name: the procedure keeps its copy.
    pack.version = "1.1.0".into();
    pack.competencies[0].name.nl = Some("Geld ontvangen".into());
    app.install_pack(&file(&pack)).unwrap();
    let detail = app.open_procedure(&id).unwrap();
    assert!(detail.competencies_editable);
    assert_eq!(detail.competencies[0].name, "Afrekenen");
    assert_eq!(
        detail.competencies[0].pack_version.as_deref(),
        Some("1.0.0")
    );
    let lib = app.library().unwrap();
    assert!(lib.competencies.iter().any(|c| c.name == "Geld ontvangen"));

    // The pack is removed: still the same five, after a restart too.
    app.remove_pack(PACK).unwrap();
    drop(app);
    let app = db.open();
    assert!(!app.library().unwrap().packs.iter().any(|p| p.id == PACK));
    let detail = app.open_procedure(&id).unwrap();
    assert_eq!(detail.competencies.len(), 5);
    assert_eq!(detail.competencies[0].name, "Afrekenen");
    assert_eq!(
        detail.competencies[0].pack_title.as_deref(),
        Some("Winkel (testpakket)")
    );
    assert_eq!(
        detail.competencies[0].questions.len(),
        pack.competencies[0].questions.len()
    );
    // Adding from a pack that is gone: a clear refusal.
    assert_eq!(
        app.add_procedure_competency(&id, PACK, "kassa")
            .unwrap_err()
            .code,
        ErrorCode::NotFound
    );

    // Removing one, and the log says what happened, with ids only.
    let first = detail.competencies[0].id.clone();
    let list = app.remove_procedure_competency(&id, &first).unwrap();
    assert_eq!(list.len(), 4);
    let log = app.open_procedure(&id).unwrap().log;
    assert_eq!(
        log.iter()
            .filter(|e| e.action == AuditAction::CompetencyAdded)
            .count(),
        5
    );
    let removed = log
        .iter()
        .find(|e| e.action == AuditAction::CompetencyRemoved)
        .unwrap();
    assert_eq!(removed.detail, format!("{PACK} afrekenen"));
}

#[test]
fn more_than_seven_competencies_are_refused() {
    let db = TempDb::new();
    let app = db.open();
    let mut pack = fixture();
    let template = pack.competencies[0].clone();
    for i in 0..4 {
        let mut extra = template.clone();
        extra.id = format!("extra-{i}");
        pack.competencies.push(extra);
    }
    app.install_pack(&file(&pack)).unwrap();
    let id = procedure(&app);
    for c in pack.competencies.iter().take(7) {
        app.add_procedure_competency(&id, PACK, &c.id).unwrap();
    }
    let err = app
        .add_procedure_competency(&id, PACK, &pack.competencies[7].id)
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
    assert!(err.message.contains("hoogstens 7"), "{}", err.message);
    assert_eq!(app.open_procedure(&id).unwrap().competencies.len(), 7);
}
