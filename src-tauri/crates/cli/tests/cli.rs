//! Runs the real `werfwijzer-cli` binary.

use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_werfwijzer-cli"))
}

#[test]
fn demo_prints_the_procedure_id_last_and_stores_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let out = cli().args(["demo", "--db"]).arg(&db).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let id = stdout.lines().last().unwrap().trim().to_owned();
    assert_eq!(id.len(), 36, "a uuid: {id}");

    let app = werfwijzer_core::Werfwijzer::open(&db, Default::default()).unwrap();
    let detail = app.open_procedure(&id).unwrap();
    assert_eq!(
        detail.procedure.title,
        "Verkoopmedewerker bakkerij (24 uur)"
    );
    assert!(app.list_organisations().unwrap()[0].is_demo);
}

#[test]
fn a_damaged_database_gives_a_plain_message_and_a_failing_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("broken.db");
    std::fs::write(&db, vec![7u8; 4096]).unwrap();
    let out = cli()
        .args(["demo", "--lang", "nl", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("Het gegevensbestand is beschadigd"),
        "{stderr}"
    );
    let out = cli()
        .args(["demo", "--lang", "en", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("The data file is damaged"));
}
