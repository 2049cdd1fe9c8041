use super::*;
use crate::dto::{ErrorCode, NewProcedure, ProcedureKind};

fn app() -> Werfwijzer {
    Werfwijzer::open_in_memory().unwrap()
}

fn new_proc(org: &str, title: &str) -> NewProcedure {
    NewProcedure {
        organisation_id: org.into(),
        title: title.into(),
        kind: ProcedureKind::Vacature,
    }
}

#[test]
fn the_error_wire_format_is_code_and_message() {
    let e = Error::OrganisationNameTaken.to_app_error(Language::Nl);
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "code": "CONFLICT",
            "message": "Er is al een organisatie met deze naam. Kies een andere naam."
        })
    );
    // Every code has a fixed spelling on the wire.
    let codes = [
        (ErrorCode::NotFound, "NOT_FOUND"),
        (ErrorCode::InvalidInput, "INVALID_INPUT"),
        (ErrorCode::Conflict, "CONFLICT"),
        (ErrorCode::Database, "DATABASE"),
        (ErrorCode::Storage, "STORAGE"),
        (ErrorCode::Internal, "INTERNAL"),
    ];
    for (code, text) in codes {
        assert_eq!(serde_json::to_value(code).unwrap(), serde_json::json!(text));
    }
}

#[test]
fn every_error_has_a_dutch_and_an_english_message() {
    let errors = [
        Error::OrganisationNotFound,
        Error::ProcedureNotFound,
        Error::NameEmpty,
        Error::NameTooLong { max: 120 },
        Error::OrganisationNameTaken,
        Error::NoOrganisation,
        Error::DatabaseTooNew,
        Error::DatabaseDamaged,
        Error::DatabaseOpen("x".into()),
        Error::Storage(werfwijzer_store::StoreError::Corrupt("x".into())),
        Error::Internal,
        Error::Pack(werfwijzer_packs::PackError::NotAPack),
        Error::PackAlreadyInstalled {
            version: "1.0.0".into(),
        },
        Error::PackOlder {
            installed: "2.0.0".into(),
        },
        Error::PackIdOfOtherPublisher,
        Error::PackNotFound,
        Error::KeyFileInvalid,
        Error::KeyNotFound,
    ];
    for e in &errors {
        let nl = e.message(Language::Nl);
        let en = e.message(Language::En);
        assert!(!nl.is_empty() && !en.is_empty());
        assert_ne!(nl, en, "{e:?} has the same text in both languages");
        assert!(nl.ends_with('.') && en.ends_with('.'));
    }
}

#[test]
fn messages_follow_the_language_setting() {
    let app = app();
    let err = app.create_organisation("   ").unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert_eq!(err.message, "Vul een naam in.");
    app.set_language(dto::Language::En).unwrap();
    let err = app.create_organisation("").unwrap_err();
    assert_eq!(err.message, "Please enter a name.");
}

#[test]
fn organisations_create_rename_delete() {
    let app = app();
    assert_eq!(app.settings().unwrap().current_organisation_id, None);
    let a = app.create_organisation("  Bakkerij\n  Jansen ").unwrap();
    assert_eq!(a.name, "Bakkerij Jansen");
    assert_eq!(
        app.settings().unwrap().current_organisation_id.as_deref(),
        Some(a.id.as_str())
    );
    let b = app.create_organisation("Fietsenmaker Öztürk").unwrap();
    assert_eq!(
        app.settings().unwrap().current_organisation_id.as_deref(),
        Some(b.id.as_str())
    );
    assert_eq!(
        app.create_organisation("bakkerij jansen").unwrap_err().code,
        ErrorCode::Conflict
    );
    assert_eq!(
        app.rename_organisation(&b.id, "BAKKERIJ JANSEN")
            .unwrap_err()
            .code,
        ErrorCode::Conflict
    );
    let renamed = app
        .rename_organisation(&a.id, "Bakkerij Jansen & Zn.")
        .unwrap();
    assert_eq!(renamed.name, "Bakkerij Jansen & Zn.");
    let names: Vec<_> = app
        .list_organisations()
        .unwrap()
        .into_iter()
        .map(|o| o.name)
        .collect();
    assert_eq!(names, ["Bakkerij Jansen & Zn.", "Fietsenmaker Öztürk"]);
    // Deleting the current one moves "current" to a remaining one.
    let settings = app.delete_organisation(&b.id).unwrap();
    assert_eq!(
        settings.current_organisation_id.as_deref(),
        Some(a.id.as_str())
    );
    let settings = app.delete_organisation(&a.id).unwrap();
    assert_eq!(settings.current_organisation_id, None);
    assert_eq!(
        app.delete_organisation(&a.id).unwrap_err().code,
        ErrorCode::NotFound
    );
    assert_eq!(
        app.rename_organisation("nope", "x").unwrap_err().code,
        ErrorCode::NotFound
    );
}

#[test]
fn names_are_limited_in_length_by_characters_not_bytes() {
    let app = app();
    let ok = "ş".repeat(MAX_NAME_CHARS);
    assert!(app.create_organisation(&ok).is_ok());
    let err = app
        .create_organisation(&"a".repeat(MAX_NAME_CHARS + 1))
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    assert!(err.message.contains("120"));
}

#[test]
fn procedures_create_list_open_rename_delete() {
    let app = app();
    let org = app.create_organisation("Kapsalon Noor").unwrap();
    let p1 = app.create_procedure(&new_proc(&org.id, "Kapper")).unwrap();
    let p2 = app
        .create_procedure(&NewProcedure {
            organisation_id: org.id.clone(),
            title: "Stagiair kapper".into(),
            kind: ProcedureKind::Stage,
        })
        .unwrap();
    assert_eq!(p1.phase, dto::Phase::Opstellen);
    let list = app.list_procedures(&org.id).unwrap();
    assert_eq!(list.len(), 2);
    assert!(list
        .iter()
        .any(|p| p.id == p2.id && p.kind == ProcedureKind::Stage));
    assert_eq!(app.list_organisations().unwrap()[0].procedure_count, 2);

    let detail = app.open_procedure(&p1.id).unwrap();
    assert_eq!(detail.organisation_name, "Kapsalon Noor");
    assert_eq!(detail.phases.len(), 7);
    assert_eq!(detail.phases[0].state, dto::PhaseState::Current);
    assert!(detail.phases[1..]
        .iter()
        .all(|s| s.state == dto::PhaseState::Upcoming));
    assert_eq!(detail.log.len(), 1);
    assert_eq!(detail.log[0].action, AuditAction::ProcedureCreated);

    app.rename_procedure(&p1.id, "Allround kapper").unwrap();
    let detail = app.open_procedure(&p1.id).unwrap();
    assert_eq!(detail.procedure.title, "Allround kapper");
    assert_eq!(
        detail.log.last().unwrap().action,
        AuditAction::ProcedureRenamed
    );

    app.delete_procedure(&p1.id).unwrap();
    assert_eq!(
        app.open_procedure(&p1.id).unwrap_err().code,
        ErrorCode::NotFound
    );
    assert_eq!(app.list_procedures(&org.id).unwrap().len(), 1);
    assert_eq!(
        app.create_procedure(&new_proc("nope", "X"))
            .unwrap_err()
            .code,
        ErrorCode::NotFound
    );
    assert_eq!(
        app.create_procedure(&new_proc(&org.id, " "))
            .unwrap_err()
            .code,
        ErrorCode::InvalidInput
    );
}

#[test]
fn the_demo_can_be_made_twice_and_follows_the_language() {
    let app = app();
    let first = app.create_demo().unwrap();
    let second = app.create_demo().unwrap();
    assert_ne!(first.organisation_id, second.organisation_id);
    let orgs = app.list_organisations().unwrap();
    assert!(orgs.iter().all(|o| o.is_demo && o.procedure_count == 1));
    assert_eq!(orgs[0].name, "Bakkerij De Korenschoof (voorbeeld)");
    assert_eq!(orgs[1].name, "Bakkerij De Korenschoof (voorbeeld) 2");
    assert_eq!(
        app.settings().unwrap().current_organisation_id,
        Some(second.organisation_id)
    );
    app.set_language(dto::Language::En).unwrap();
    let en = app.create_demo().unwrap();
    let detail = app.open_procedure(&en.procedure_id).unwrap();
    assert_eq!(detail.procedure.title, "Bakery sales assistant (24 hours)");
    assert_eq!(detail.organisation_name, "De Korenschoof Bakery (example)");
}

#[test]
fn select_organisation_refuses_an_unknown_id() {
    let app = app();
    let org = app.create_organisation("A").unwrap();
    app.create_organisation("B").unwrap();
    assert_eq!(
        app.select_organisation(&org.id)
            .unwrap()
            .current_organisation_id,
        Some(org.id)
    );
    assert_eq!(
        app.select_organisation("nope").unwrap_err().code,
        ErrorCode::NotFound
    );
}

#[test]
fn audit_actions_round_trip_and_unknown_ones_read_as_other() {
    for a in AuditAction::KNOWN {
        assert_eq!(AuditAction::parse(a.as_str()), a);
    }
    assert_eq!(AuditAction::parse("from.the.future"), AuditAction::Other);
}
