//! The foundation flow on a real SQLite file: organisations, procedures, settings, the demo,
//! restarts and the audit log, all through the façade exactly as the app calls it.

use werfwijzer_core::dto::{AuditAction, ErrorCode, Language, NewProcedure, Phase, ProcedureKind};
use werfwijzer_tests::TempDb;

#[test]
fn an_advisor_sets_up_two_employers_and_finds_everything_after_a_restart() {
    let db = TempDb::new();
    let (bakery, salon, vacancy, internship) = {
        let app = db.open();
        let bakery = app.create_organisation("Bakkerij Van den Berg").unwrap();
        let salon = app.create_organisation("Kapsalon Yıldız").unwrap();
        let vacancy = app
            .create_procedure(&NewProcedure {
                organisation_id: bakery.id.clone(),
                title: "Verkoopmedewerker".into(),
                kind: ProcedureKind::Vacature,
            })
            .unwrap();
        let internship = app
            .create_procedure(&NewProcedure {
                organisation_id: salon.id.clone(),
                title: "Stagiair kapper niveau 2".into(),
                kind: ProcedureKind::Stage,
            })
            .unwrap();
        app.select_organisation(&bakery.id).unwrap();
        app.set_language(Language::En).unwrap();
        (bakery, salon, vacancy, internship)
    }; // the app closes here

    let app = db.open();
    let settings = app.settings().unwrap();
    assert_eq!(settings.language, Language::En);
    assert_eq!(
        settings.current_organisation_id.as_deref(),
        Some(bakery.id.as_str())
    );
    let bakery_procs = app.list_procedures(&bakery.id).unwrap();
    let salon_procs = app.list_procedures(&salon.id).unwrap();
    assert_eq!(
        bakery_procs.iter().map(|p| &p.id).collect::<Vec<_>>(),
        [&vacancy.id]
    );
    assert_eq!(
        salon_procs.iter().map(|p| &p.id).collect::<Vec<_>>(),
        [&internship.id]
    );
    assert_eq!(salon_procs[0].kind, ProcedureKind::Stage);
    assert_eq!(salon_procs[0].phase, Phase::Opstellen);

    // Errors are now worded in English, the stored language.
    let err = app.create_organisation("kapsalon yıldız").unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
    assert!(
        err.message.starts_with("There is already"),
        "{}",
        err.message
    );
}

#[test]
fn the_demo_opens_on_its_procedure_with_seven_phases() {
    let db = TempDb::new();
    let app = db.open();
    let demo = app.create_demo().unwrap();
    drop(app);
    let app = db.open();
    let detail = app.open_procedure(&demo.procedure_id).unwrap();
    assert_eq!(detail.phases.len(), 7);
    let actions: Vec<_> = detail.log.iter().map(|e| e.action).collect();
    assert_eq!(
        actions[..2],
        [AuditAction::ProcedureCreated, AuditAction::DemoCreated]
    );
    // The demo's vacancy was written with the wizard: a role, its competencies, both texts.
    assert!(actions.contains(&AuditAction::VacancyRoleChosen));
    assert_eq!(
        actions
            .iter()
            .filter(|a| **a == AuditAction::VacancyDrafted)
            .count(),
        2
    );
    let vacancy = app.vacancy(&demo.procedure_id).unwrap();
    assert_eq!(vacancy.competencies.len(), 5);
    assert!(vacancy.text_nl.as_deref().is_some_and(|t| t.contains("€")));
    assert!(vacancy.text_en.as_deref().is_some_and(|t| !t.is_empty()));
    assert_eq!(
        app.settings().unwrap().current_organisation_id.as_deref(),
        Some(demo.organisation_id.as_str())
    );
}

#[test]
fn two_handles_on_one_file_see_each_others_work() {
    // The app and the CLI may have the same file open: WAL and the busy timeout keep both working.
    let db = TempDb::new();
    let app = db.open();
    let cli = db.open();
    let org = app.create_organisation("Installatiebedrijf Koç").unwrap();
    cli.create_procedure(&NewProcedure {
        organisation_id: org.id.clone(),
        title: "Monteur".into(),
        kind: ProcedureKind::Vacature,
    })
    .unwrap();
    assert_eq!(app.list_procedures(&org.id).unwrap().len(), 1);
}

#[test]
fn deleting_an_organisation_removes_its_procedures_but_keeps_the_log() {
    let db = TempDb::new();
    let app = db.open();
    let org = app.create_organisation("Fietsenwinkel De Spaak").unwrap();
    let p = app
        .create_procedure(&NewProcedure {
            organisation_id: org.id.clone(),
            title: "Fietsenmaker".into(),
            kind: ProcedureKind::Promotie,
        })
        .unwrap();
    app.delete_organisation(&org.id).unwrap();
    assert_eq!(
        app.open_procedure(&p.id).unwrap_err().code,
        ErrorCode::NotFound
    );
    assert_eq!(
        app.list_procedures(&org.id).unwrap_err().code,
        ErrorCode::NotFound
    );
    assert!(app.list_organisations().unwrap().is_empty());
}
