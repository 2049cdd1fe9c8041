use super::*;
use rusqlite::Connection;

fn org(id: &str, name: &str) -> Organisation {
    Organisation {
        id: id.into(),
        name: name.into(),
        is_demo: false,
        created_at: "2026-01-01T00:00:00Z".into(),
        updated_at: "2026-01-01T00:00:00Z".into(),
    }
}

fn proc_(id: &str, org: &str) -> Procedure {
    Procedure {
        id: id.into(),
        organisation_id: org.into(),
        title: "Verkoopmedewerker".into(),
        kind: ProcedureKind::Vacature,
        phase: Phase::Opstellen,
        created_at: "2026-01-01T00:00:00Z".into(),
        updated_at: "2026-01-01T00:00:00Z".into(),
    }
}

fn tables(conn: &Connection) -> Vec<String> {
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type IN ('table','trigger','index') AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn migrations_validate() {
    MIGRATIONS.validate().unwrap();
}

#[test]
fn migration_001_creates_the_foundation_schema() {
    let mut conn = Connection::open_in_memory().unwrap();
    MIGRATIONS.to_version(&mut conn, 0).unwrap();
    assert!(tables(&conn).is_empty());
    MIGRATIONS.to_version(&mut conn, 1).unwrap();
    assert_eq!(
        tables(&conn),
        [
            "audit_log",
            "audit_log_by_procedure",
            "audit_log_no_delete",
            "audit_log_no_update",
            "organisations",
            "procedures",
            "procedures_by_organisation",
            "settings"
        ]
    );
    // Down to 0 is not supported (append-only, no down steps): the schema stays.
    assert!(MIGRATIONS.to_version(&mut conn, 0).is_err());
}

#[test]
fn migration_002_adds_packs_and_trusted_keys_and_keeps_data() {
    let mut conn = Connection::open_in_memory().unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    MIGRATIONS.to_version(&mut conn, 1).unwrap();
    conn.execute(
        "INSERT INTO organisations (id, name, name_key, is_demo, created_at, updated_at)
         VALUES ('o1', 'Bakkerij', 'bakkerij', 0, 't', 't')",
        [],
    )
    .unwrap();
    MIGRATIONS.to_version(&mut conn, 2).unwrap();
    let names = tables(&conn);
    assert!(names.contains(&"packs".to_string()) && names.contains(&"trusted_keys".to_string()));
    let kept: String = conn
        .query_row("SELECT name FROM organisations", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, "Bakkerij");
}

#[test]
fn packs_and_trusted_keys_round_trip() {
    let mut store = Store::open_in_memory().unwrap();
    let mut p = InstalledPack {
        id: "nl.bond.winkel".into(),
        version: "1.0.0".into(),
        publisher_id: "nl.bond".into(),
        builtin: false,
        content: "{}".into(),
        installed_at: "t1".into(),
        updated_at: "t1".into(),
    };
    store.write(|a| a.put_pack(&p)).unwrap();
    p.version = "1.1.0".into();
    p.updated_at = "t2".into();
    store.write(|a| a.put_pack(&p)).unwrap();
    let back = store.read(|a| a.pack("nl.bond.winkel")).unwrap().unwrap();
    assert_eq!(
        (
            back.version.as_str(),
            back.installed_at.as_str(),
            back.updated_at.as_str()
        ),
        ("1.1.0", "t1", "t2")
    );
    assert_eq!(store.read(|a| a.packs()).unwrap().len(), 1);
    assert!(store.write(|a| a.delete_pack("nl.bond.winkel")).unwrap());
    assert!(store.read(|a| a.packs()).unwrap().is_empty());

    let key = TrustedKey {
        public_key: "AAAA".into(),
        publisher_id: "nl.bond".into(),
        publisher_name: "Bond".into(),
        added_at: "t".into(),
    };
    assert!(store.write(|a| a.add_trusted_key(&key)).unwrap());
    assert!(!store.write(|a| a.add_trusted_key(&key)).unwrap());
    assert_eq!(store.read(|a| a.trusted_keys()).unwrap(), vec![key]);
    assert!(store.write(|a| a.remove_trusted_key("AAAA")).unwrap());
}

#[test]
fn every_step_applies_on_top_of_the_previous_one() {
    let mut conn = Connection::open_in_memory().unwrap();
    for version in 1..=STEPS.len() {
        MIGRATIONS.to_version(&mut conn, version).unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, version as i64);
    }
    assert_eq!(schema_version(), STEPS.len() as i64);
}

#[test]
fn open_sets_pragmas_on_a_real_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/werfwijzer.db");
    let store = Store::open(&path).unwrap();
    assert!(path.exists());
    assert_eq!(store.pragma("journal_mode").unwrap(), "wal");
    assert_eq!(store.pragma("foreign_keys").unwrap(), "1");
    assert_eq!(store.pragma("synchronous").unwrap(), "1"); // NORMAL
    assert_eq!(store.pragma("busy_timeout").unwrap(), "5000");
    assert_eq!(
        store.pragma("user_version").unwrap(),
        schema_version().to_string()
    );
    drop(store);
    // Opening again keeps the data and does not migrate twice.
    let mut store = Store::open(&path).unwrap();
    store
        .write(|a| a.insert_organisation(&org("o1", "Bakkerij")))
        .unwrap();
    drop(store);
    let mut store = Store::open(&path).unwrap();
    let orgs = store.read(|a| a.organisations()).unwrap();
    assert_eq!(orgs.len(), 1);
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.db");
    drop(Store::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    match Store::open(&path) {
        Err(StoreError::TooNew { found: 99, .. }) => {}
        other => panic!("expected TooNew, got {other:?}"),
    }
}

#[test]
fn a_file_that_is_not_a_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.db");
    std::fs::write(&path, vec![0x42u8; 8192]).unwrap();
    match Store::open(&path) {
        Err(StoreError::Corrupt(_)) => {}
        other => panic!("expected Corrupt, got {other:?}"),
    }
}

#[test]
fn a_failing_action_stores_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let result: Result<(), StoreError> = store.write(|a| {
        a.insert_organisation(&org("o1", "Eerste"))?;
        // Second insert with the same id violates the primary key: the whole action rolls back.
        a.insert_organisation(&org("o1", "Tweede"))?;
        Ok(())
    });
    assert!(result.is_err());
    assert!(store.read(|a| a.organisations()).unwrap().is_empty());
}

#[test]
fn deleting_an_organisation_cascades_to_its_procedures_but_not_the_audit_log() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .write(|a| {
            a.insert_organisation(&org("o1", "Bakkerij"))?;
            a.insert_procedure(&proc_("p1", "o1"))?;
            a.append_audit("t", Some("o1"), Some("p1"), "procedure.created", "")?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    assert!(store.write(|a| a.delete_organisation("o1")).unwrap());
    assert!(store.read(|a| a.procedure("p1")).unwrap().is_none());
    assert_eq!(
        store.read(|a| a.audit_for_procedure("p1")).unwrap().len(),
        1
    );
}

#[test]
fn a_procedure_needs_an_existing_organisation() {
    let mut store = Store::open_in_memory().unwrap();
    assert!(store
        .write(|a| a.insert_procedure(&proc_("p1", "nope")))
        .is_err());
}

#[test]
fn the_audit_log_is_append_only() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .write(|a| a.append_audit("t", None, None, "organisation.created", ""))
        .unwrap();
    let conn = &store.conn;
    assert!(conn
        .execute("UPDATE audit_log SET action = 'x'", [])
        .is_err());
    assert!(conn.execute("DELETE FROM audit_log", []).is_err());
    assert_eq!(store.read(|a| a.audit_all()).unwrap().len(), 1);
}

#[test]
fn settings_round_trip() {
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(store.read(|a| a.setting("language")).unwrap(), None);
    store.write(|a| a.set_setting("language", "en")).unwrap();
    store.write(|a| a.set_setting("language", "nl")).unwrap();
    assert_eq!(
        store.read(|a| a.setting("language")).unwrap().as_deref(),
        Some("nl")
    );
    store.write(|a| a.clear_setting("language")).unwrap();
    assert_eq!(store.read(|a| a.setting("language")).unwrap(), None);
}

#[test]
fn organisation_names_are_unique_ignoring_case() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .write(|a| a.insert_organisation(&org("o1", "Bakkerij Jansen")))
        .unwrap();
    assert!(store
        .read(|a| a.organisation_name_taken("bakkerij jansen", None))
        .unwrap());
    assert!(!store
        .read(|a| a.organisation_name_taken("bakkerij jansen", Some("o1")))
        .unwrap());
}

#[test]
fn organisation_names_are_unique_in_every_script() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .write(|a| a.insert_organisation(&org("o1", "Bakkerij Çelik & Zn.")))
        .unwrap();
    for other in [
        "bakkerij çelik & zn.",
        "BAKKERIJ ÇELIK & ZN.",
        "Bakkerij C\u{327}elik & Zn.",
    ] {
        assert!(
            store
                .read(|a| a.organisation_name_taken(other, None))
                .unwrap(),
            "{other}"
        );
    }
    assert!(!store
        .read(|a| a.organisation_name_taken("Bakkerij Celik & Zn.", None))
        .unwrap());
    // The unique index holds even if a caller skipped the check.
    assert!(store
        .write(|a| a.insert_organisation(&org("o2", "BAKKERIJ ÇELIK & ZN.")))
        .is_err());
    // Renaming keeps the key in step with the name.
    store
        .write(|a| a.rename_organisation("o1", "Slagerij Øverby", "t"))
        .unwrap();
    assert!(store
        .read(|a| a.organisation_name_taken("SLAGERIJ ØVERBY", None))
        .unwrap());
    assert!(!store
        .read(|a| a.organisation_name_taken("bakkerij çelik & zn.", None))
        .unwrap());
}

#[test]
fn phases_and_kinds_round_trip_as_text() {
    for p in Phase::ALL {
        assert_eq!(Phase::parse(p.as_str()), Some(p));
    }
    for k in ProcedureKind::ALL {
        assert_eq!(ProcedureKind::parse(k.as_str()), Some(k));
    }
    assert_eq!(Phase::parse("unknown"), None);
}

fn frozen(id: &str, procedure: &str, pack: Option<&str>, competency: &str) -> ProcedureCompetency {
    ProcedureCompetency {
        id: id.into(),
        procedure_id: procedure.into(),
        position: 0,
        source_pack_id: pack.map(Into::into),
        source_pack_version: pack.map(|_| "1.0.0".into()),
        source_pack_title: pack.map(|_| r#"{"nl":"Winkel"}"#.into()),
        competency_id: competency.into(),
        content: "{}".into(),
        added_at: "t".into(),
    }
}

#[test]
fn migration_003_keeps_packs_and_adds_the_library_tables() {
    let mut conn = Connection::open_in_memory().unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    MIGRATIONS.to_version(&mut conn, 2).unwrap();
    conn.execute(
        "INSERT INTO packs (id, version, publisher_id, builtin, content, installed_at, updated_at)
         VALUES ('nl.bond.winkel', '1.0.0', 'nl.bond', 0, '{}', 't', 't')",
        [],
    )
    .unwrap();
    MIGRATIONS.to_version(&mut conn, 3).unwrap();
    let names = tables(&conn);
    for table in [
        "procedure_competencies",
        "builtin_packs_offered",
        "pack_drafts",
        "signing_keys",
    ] {
        assert!(names.contains(&table.to_string()), "{table} missing");
    }
    let kept: String = conn
        .query_row("SELECT id FROM packs", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, "nl.bond.winkel");
}

#[test]
fn procedure_competencies_keep_their_order_refuse_doubles_and_go_with_their_procedure() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .write(|a| {
            a.insert_organisation(&org("o1", "Bakkerij"))?;
            a.insert_procedure(&proc_("p1", "o1"))
        })
        .unwrap();
    for (i, c) in ["klanten-helpen", "kassa", "bestellingen"]
        .iter()
        .enumerate()
    {
        let mut row = frozen(&format!("c{i}"), "p1", Some("nl.bond.winkel"), c);
        row.position = store.read(|a| a.next_competency_position("p1")).unwrap();
        assert_eq!(row.position, i as i64);
        store
            .write(|a| a.insert_procedure_competency(&row))
            .unwrap();
    }
    // The same competency from the same pack twice is refused; an own one with that id is not.
    let double = frozen("c9", "p1", Some("nl.bond.winkel"), "kassa");
    assert!(store
        .write(|a| a.insert_procedure_competency(&double))
        .is_err());
    let mut own = frozen("c8", "p1", None, "kassa");
    own.position = 3;
    store
        .write(|a| a.insert_procedure_competency(&own))
        .unwrap();
    let ids: Vec<String> = store
        .read(|a| a.procedure_competencies("p1"))
        .unwrap()
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(ids, ["c0", "c1", "c2", "c8"]);
    assert!(store
        .write(|a| a.delete_procedure_competency("p1", "c1"))
        .unwrap());
    assert!(!store
        .write(|a| a.delete_procedure_competency("p1", "c1"))
        .unwrap());
    store.write(|a| a.delete_procedure("p1")).unwrap();
    assert!(store
        .read(|a| a.procedure_competencies("p1"))
        .unwrap()
        .is_empty());
}

#[test]
fn a_builtin_pack_version_is_offered_once() {
    let mut store = Store::open_in_memory().unwrap();
    assert!(!store
        .read(|a| a.builtin_offered("nl.werfwijzer.horeca", "1.0.0"))
        .unwrap());
    for _ in 0..2 {
        store
            .write(|a| a.mark_builtin_offered("nl.werfwijzer.horeca", "1.0.0", "t"))
            .unwrap();
    }
    assert!(store
        .read(|a| a.builtin_offered("nl.werfwijzer.horeca", "1.0.0"))
        .unwrap());
    assert!(!store
        .read(|a| a.builtin_offered("nl.werfwijzer.horeca", "1.1.0"))
        .unwrap());
}

#[test]
fn migration_004_adds_vacancies_and_logos_and_keeps_data() {
    let mut conn = Connection::open_in_memory().unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    MIGRATIONS.to_version(&mut conn, 3).unwrap();
    conn.execute(
        "INSERT INTO organisations (id, name, name_key, created_at, updated_at)
         VALUES ('o1', 'Bakkerij', 'bakkerij', 't', 't')",
        [],
    )
    .unwrap();
    MIGRATIONS.to_version(&mut conn, 4).unwrap();
    assert!(tables(&conn).contains(&"vacancies".to_string()));
    let (name, logo): (String, Option<Vec<u8>>) = conn
        .query_row("SELECT name, logo FROM organisations", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(name, "Bakkerij");
    assert_eq!(logo, None);
    // Only PNG and JPEG logos; only the seven wizard steps.
    assert!(conn
        .execute("UPDATE organisations SET logo_type = 'image/svg+xml'", [])
        .is_err());
}

#[test]
fn a_vacancy_row_is_replaced_whole_and_goes_with_its_procedure() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .write(|a| {
            a.insert_organisation(&org("o1", "Bakkerij"))?;
            a.insert_procedure(&proc_("p1", "o1"))
        })
        .unwrap();
    let mut row = crate::VacancyRow {
        procedure_id: "p1".into(),
        step: "soort".into(),
        answers: "{}".into(),
        text_nl: None,
        text_en: None,
        seed: 42,
        updated_at: "t".into(),
    };
    store.write(|a| a.put_vacancy(&row)).unwrap();
    row.step = "tekst".into();
    row.text_nl = Some("Verkoopmedewerker".into());
    store.write(|a| a.put_vacancy(&row)).unwrap();
    assert_eq!(store.read(|a| a.vacancy("p1")).unwrap(), Some(row.clone()));
    row.step = "later".into();
    assert!(store.write(|a| a.put_vacancy(&row)).is_err());
    store.write(|a| a.delete_procedure("p1")).unwrap();
    assert_eq!(store.read(|a| a.vacancy("p1")).unwrap(), None);
}

#[test]
fn an_organisation_logo_is_set_read_and_removed() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .write(|a| a.insert_organisation(&org("o1", "Bakkerij")))
        .unwrap();
    assert_eq!(store.read(|a| a.organisation_logo("o1")).unwrap(), None);
    let logo = crate::Logo {
        media_type: "image/png".into(),
        bytes: vec![0x89, b'P', b'N', b'G'],
    };
    assert!(store
        .write(|a| a.set_organisation_logo("o1", Some(&logo), "t2"))
        .unwrap());
    assert_eq!(
        store.read(|a| a.organisation_logo("o1")).unwrap(),
        Some(logo)
    );
    store
        .write(|a| a.set_organisation_logo("o1", None, "t3"))
        .unwrap();
    assert_eq!(store.read(|a| a.organisation_logo("o1")).unwrap(), None);
}

#[test]
fn applicants_identities_and_letters_round_trip_and_go_with_their_procedure() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .write(|a| {
            a.insert_organisation(&org("o1", "Bakkerij"))?;
            a.insert_procedure(&proc_("p1", "o1"))?;
            a.insert_applicant(&ApplicantRow {
                id: "a1".into(),
                procedure_id: "p1".into(),
                code: "7QK".into(),
                created_at: "2026-01-02T00:00:00Z".into(),
            })?;
            a.put_identity(&IdentityRow {
                applicant_id: "a1".into(),
                name: Some("Jan Jansen".into()),
                file_name: Some("brief.pdf".into()),
                ..IdentityRow::default()
            })?;
            a.put_letter(&LetterRow {
                applicant_id: "a1".into(),
                procedure_id: "p1".into(),
                source: "pdf".into(),
                lang: "nl".into(),
                original: "Ik ben Jan Jansen.".into(),
                fingerprint: vec![7; 32],
                spans: "[]".into(),
                redacted: "Ik ben [naam].".into(),
                released_at: None,
                updated_at: "2026-01-02T00:00:00Z".into(),
            })
        })
        .unwrap();
    store
        .read(|a| {
            assert!(a.applicant_code_taken("p1", "7QK")?);
            assert!(!a.applicant_code_taken("p1", "8QK")?);
            assert_eq!(a.applicants("p1")?.len(), 1);
            assert_eq!(
                a.identity("a1")?.unwrap().name.as_deref(),
                Some("Jan Jansen")
            );
            assert_eq!(a.letter("a1")?.unwrap().redacted, "Ik ben [naam].");
            assert_eq!(
                a.letter_by_fingerprint("p1", &[7; 32])?.as_deref(),
                Some("a1")
            );
            Ok::<_, StoreError>(())
        })
        .unwrap();
    // the same letter twice in one procedure is refused by the database too
    let twice = store.write(|a| {
        a.insert_applicant(&ApplicantRow {
            id: "a2".into(),
            procedure_id: "p1".into(),
            code: "8QK".into(),
            created_at: "2026-01-02T00:00:00Z".into(),
        })?;
        a.put_letter(&LetterRow {
            applicant_id: "a2".into(),
            procedure_id: "p1".into(),
            source: "txt".into(),
            lang: "nl".into(),
            original: "Ik ben Jan Jansen.".into(),
            fingerprint: vec![7; 32],
            spans: "[]".into(),
            redacted: "x".into(),
            released_at: None,
            updated_at: "2026-01-02T00:00:00Z".into(),
        })
    });
    assert!(twice.is_err());
    store
        .read(|a| {
            assert_eq!(
                a.applicants("p1")?.len(),
                1,
                "a failed write stores nothing"
            );
            Ok::<_, StoreError>(())
        })
        .unwrap();
    store
        .write(|a| a.delete_procedure("p1").map(|_| ()))
        .unwrap();
    store
        .read(|a| {
            assert!(a.identity("a1")?.is_none() && a.letter("a1")?.is_none());
            Ok::<_, StoreError>(())
        })
        .unwrap();
}
