//! Intake on a real SQLite file: letters as PDF, Word, OpenDocument and pasted text become
//! applicants with a neutral code; the same letter twice is found; broken and hostile files
//! are refused with a message and store nothing; the raters' text holds no identity.

use werfwijzer_core::dto::{AuditAction, NewProcedure, ProcedureKind};
use werfwijzer_core::letters::ImportOutcome;
use werfwijzer_tests::TempDb;

const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../src-tauri/crates/intake/tests/fixtures"
);

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{FIXTURES}/{name}")).unwrap()
}

#[test]
fn letters_of_every_kind_go_in_and_their_identity_stays_out_of_the_raters_text() {
    let db = TempDb::new();
    let app = db.open();
    let org = app.create_organisation("Bakkerij De Korenbloem").unwrap();
    let p = app
        .create_procedure(&NewProcedure {
            organisation_id: org.id.clone(),
            title: "Verkoopmedewerker".into(),
            kind: ProcedureKind::Vacature,
        })
        .unwrap();

    let pdf = app
        .import_letter(
            &p.id,
            "Sollicitatie Ayşe.pdf",
            &fixture("letter-libreoffice.pdf"),
        )
        .unwrap();
    let ImportOutcome::Imported { applicant_id, code } = pdf.clone() else {
        panic!("{pdf:?}");
    };
    assert!(
        code.len() == 3 && code.chars().all(|c| c.is_ascii_alphanumeric()),
        "{code}"
    );
    // the same letter as a Word file is the same applicant
    let docx = app
        .import_letter(&p.id, "brief.docx", &fixture("letter-libreoffice.docx"))
        .unwrap();
    assert_eq!(docx, ImportOutcome::Duplicate { code: code.clone() });
    let pasted = app
        .paste_letter(
            &p.id,
            "Beste Jeroen,\n\nIk ben Kofi Mensah en ik woon in Apeldoorn. Ik werk al 6 jaar als chauffeur.\nBel me op 06-22817364.\n\nMet vriendelijke groet,\nKofi Mensah",
        )
        .unwrap();
    let ImportOutcome::Imported {
        applicant_id: pasted_id,
        ..
    } = pasted
    else {
        panic!("{pasted:?}");
    };

    // broken and hostile input: a message, nothing stored
    for (name, bytes, want) in [
        ("scan.pdf", fixture("scan.pdf"), "scan"),
        (
            "geheim.pdf",
            fixture("encrypted-user-password.pdf"),
            "encrypted",
        ),
        ("leeg.txt", Vec::new(), "empty"),
        (
            "foto.jpg",
            vec![0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3],
            "unknown_format",
        ),
        ("groot.txt", vec![b'a'; 50 * 1024 * 1024], "too_large"),
    ] {
        match app.import_letter(&p.id, name, &bytes).unwrap() {
            ImportOutcome::Failed { code, message } => {
                assert_eq!(code, want, "{name}: {message}");
                assert!(
                    message.len() > 20 && !message.contains("Error"),
                    "{name}: {message}"
                );
            }
            other => panic!("{name}: {other:?}"),
        }
    }
    let list = app.applicants(&p.id).unwrap();
    assert_eq!(list.len(), 2, "{list:?}");
    assert!(list.iter().all(|a| !a.released && a.hidden_count > 0));

    for id in [&applicant_id, &pasted_id] {
        let text = app.redacted_letter(id).unwrap();
        for identity in [
            "Ayşe",
            "Yılmaz",
            "Wiśniewski",
            "Kerkstraat",
            "1234 AB",
            "06-12345678",
            "ayse@example.nl",
            "Kofi",
            "Mensah",
            "Apeldoorn",
            "06-22817364",
            "Zoë",
            "Çelik",
        ] {
            assert!(
                !text.contains(identity),
                "{identity} in the raters' text:\n{text}"
            );
        }
        assert!(text.contains("[naam]"), "{text}");
    }
    // the employer's own address stays readable
    assert!(app
        .redacted_letter(&applicant_id)
        .unwrap()
        .contains("Marktplein 3"));

    // the audit log names the code and the kind of file, never the applicant
    let log = app.open_procedure(&p.id).unwrap().log;
    let imported: Vec<_> = log
        .iter()
        .filter(|l| l.action == AuditAction::LetterImported)
        .collect();
    assert_eq!(imported.len(), 2);
    assert!(imported
        .iter()
        .all(|l| !l.detail.contains("Ay") && !l.detail.contains("Kofi")));
}
