//! The vacancy wizard on a real SQLite file, as the owner goes through it: kind, a built-in
//! role, competencies (one written by the owner), requirements, the practical answers, the
//! drafted texts in Dutch and English, edits, and the exports read back.

use std::process::Command;

use werfwijzer_core::dto::{self, ErrorCode, Language, ProcedureKind};
use werfwijzer_core::dto_vacancy::{CheckKind, ContractKind, ExportFormat, PayPer, WizardStep};
use werfwijzer_tests::TempDb;

const BAKERY: &str = "nl.werfwijzer.bakkerij";
const ROLE: &str = "verkoopmedewerker-bakkerij";

fn procedure(app: &werfwijzer_core::Werfwijzer, kind: ProcedureKind) -> String {
    let org = app.create_organisation("Bakkerij Çelik & Zonen").unwrap();
    app.create_procedure(&dto::NewProcedure {
        organisation_id: org.id,
        title: "Verkoop zaterdag".into(),
        kind,
    })
    .unwrap()
    .id
}

/// Fills in the practical step as an owner would.
fn practical(app: &werfwijzer_core::Werfwijzer, id: &str, step: WizardStep) {
    let mut a = app.vacancy(id).unwrap().answers;
    a.pay_min_cents = Some(245_000);
    a.pay_max_cents = Some(290_000);
    a.pay_per = PayPer::Month;
    a.hours_min = Some(16);
    a.hours_max = Some(24);
    a.contract = Some(ContractKind::TemporaryWithProspect);
    a.contract_months = Some(12);
    a.place = "Utrecht".into();
    a.start = "2027-01-04".into();
    a.deadline = "2026-12-18".into();
    a.apply_to = "werk@bakkerijcelik.nl".into();
    a.contact_name = "Ayşe Çelik".into();
    a.contact_phone = "030 123 45 67".into();
    a.languages = vec![Language::Nl, Language::En];
    app.save_vacancy(id, step, &a).unwrap();
}

#[test]
fn a_new_vacancy_starts_at_the_first_step_with_the_procedure_title() {
    let db = TempDb::new();
    let app = db.open();
    let id = procedure(&app, ProcedureKind::Vacature);
    let v = app.vacancy(&id).unwrap();
    assert_eq!(v.step, WizardStep::Soort);
    assert_eq!(v.answers.job_title.nl, "Verkoop zaterdag");
    assert_eq!(v.answers.languages, [Language::Nl]);
    assert!(v.editable);
    assert!(v.competencies.is_empty());
    assert!(v.text_nl.is_none());
}

#[test]
fn the_wizard_from_a_built_in_role_to_texts_in_two_languages_survives_a_restart() {
    let db = TempDb::new();
    let id = {
        let app = db.open();
        let id = procedure(&app, ProcedureKind::Vacature);
        let v = app.set_procedure_kind(&id, ProcedureKind::Stage).unwrap();
        assert_eq!(v.kind, ProcedureKind::Stage);
        let v = app
            .set_procedure_kind(&id, ProcedureKind::Vacature)
            .unwrap();
        assert_eq!(v.kind, ProcedureKind::Vacature);

        let v = app.choose_role(&id, BAKERY, ROLE).unwrap();
        let role = v.answers.role.clone().unwrap();
        assert_eq!(
            (role.pack_id.as_str(), role.role_id.as_str()),
            (BAKERY, ROLE)
        );
        assert!(!v.answers.tasks.is_empty());
        assert!(!v.answers.summary.nl.is_empty() && !v.answers.summary.en.is_empty());
        assert!(v.answers.hours_min.is_some());
        assert!(!v.competencies.is_empty() && v.competencies.len() <= 7);
        assert!(v.suggestions.is_empty(), "all suggestions were taken over");
        // Every requirement keeps its reason.
        assert!(v
            .answers
            .requirements
            .iter()
            .all(|r| !r.reason.nl.is_empty() && !r.reason.en.is_empty()));

        // No pay yet: the draft is refused with what to do.
        let err = app.draft_vacancy(&id, Language::Nl).unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
        assert!(err.message.contains("loon"), "{}", err.message);

        practical(&app, &id, WizardStep::Praktisch);
        id
    };

    // Closing the app mid-wizard loses nothing.
    let app = db.open();
    let v = app.vacancy(&id).unwrap();
    assert_eq!(v.step, WizardStep::Praktisch);
    assert_eq!(v.answers.pay_min_cents, Some(245_000));
    assert_eq!(v.answers.contact_name, "Ayşe Çelik");

    let v = app.draft_vacancy(&id, Language::Nl).unwrap();
    let nl = v.text_nl.clone().unwrap();
    assert!(nl.contains("2.450") && nl.contains("2.900"), "{nl}");
    assert!(nl.contains("Utrecht"));
    for c in &v.competencies {
        assert!(nl.contains(&c.name), "the text names {:?}", c.name);
    }
    let check = app.check_text(
        &nl,
        Language::Nl,
        CheckKind::Vacancy,
        Some(v.competencies.len() as u32),
    );
    assert!(check.findings.is_empty(), "{:?}", check.findings);
    assert!(check.structural.is_empty(), "{:?}", check.structural);
    assert!(check.readability.is_some());

    let v = app.draft_vacancy(&id, Language::En).unwrap();
    let en = v.text_en.clone().unwrap();
    assert!(en.contains("2,450") || en.contains("2.450"), "{en}");
    let check = app.check_text(
        &en,
        Language::En,
        CheckKind::Vacancy,
        Some(v.competencies.len() as u32),
    );
    assert!(check.findings.is_empty(), "{:?}", check.findings);

    // The owner edits; the edit is kept, also after a restart.
    let edited = format!("{nl}\n\nWe bakken elke dag vers.");
    app.save_vacancy_text(&id, Language::Nl, &edited).unwrap();
    drop(app);
    let app = db.open();
    assert_eq!(
        app.vacancy(&id).unwrap().text_nl.as_deref(),
        Some(edited.as_str())
    );

    // The same answers give the same text; the log records what happened.
    let log: Vec<_> = app
        .open_procedure(&id)
        .unwrap()
        .log
        .iter()
        .map(|e| e.action)
        .collect();
    for action in [
        dto::AuditAction::ProcedureKindChanged,
        dto::AuditAction::VacancyRoleChosen,
        dto::AuditAction::VacancyDrafted,
    ] {
        assert!(log.contains(&action), "{action:?} in {log:?}");
    }
}

#[test]
fn an_hourly_wage_with_cents_survives_a_restart_and_reads_right_in_both_languages() {
    let db = TempDb::new();
    let id = {
        let app = db.open();
        let id = procedure(&app, ProcedureKind::Vacature);
        app.choose_role(&id, BAKERY, ROLE).unwrap();
        practical(&app, &id, WizardStep::Praktisch);
        let mut a = app.vacancy(&id).unwrap().answers;
        // About the Dutch minimum wage an hour, upside down first.
        a.pay_min_cents = Some(1620);
        a.pay_max_cents = Some(1471);
        a.pay_per = PayPer::Hour;
        app.save_vacancy(&id, WizardStep::Praktisch, &a).unwrap();
        let err = app.draft_vacancy(&id, Language::Nl).unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
        assert!(err.message.contains("hoger"), "{}", err.message);
        a.pay_min_cents = Some(1471);
        a.pay_max_cents = Some(1620);
        app.save_vacancy(&id, WizardStep::Tekst, &a).unwrap();
        id
    };

    let app = db.open();
    let v = app.vacancy(&id).unwrap();
    assert_eq!(
        (v.answers.pay_min_cents, v.answers.pay_max_cents),
        (Some(1471), Some(1620))
    );
    assert_eq!(v.answers.pay_per, PayPer::Hour);

    for (lang, expected) in [
        (Language::Nl, "€ 14,71 tot € 16,20 bruto per uur"),
        (Language::En, "€14.71 to €16.20 gross an hour"),
    ] {
        let v = app.draft_vacancy(&id, lang).unwrap();
        let text = match lang {
            Language::Nl => v.text_nl.clone(),
            Language::En => v.text_en.clone(),
        }
        .unwrap();
        assert!(text.contains(expected), "{expected:?} in:\n{text}");
        let check = app.check_text(
            &text,
            lang,
            CheckKind::Vacancy,
            Some(v.competencies.len() as u32),
        );
        assert!(check.findings.is_empty(), "{:?}", check.findings);
        assert!(check.structural.is_empty(), "{:?}", check.structural);
    }

    let dir = tempfile::tempdir().unwrap();
    let txt = dir.path().join("vacature.txt");
    app.export_vacancy(&id, Language::Nl, ExportFormat::Txt, &txt)
        .unwrap();
    let written = std::fs::read_to_string(&txt).unwrap();
    assert!(written.contains("€ 14,71 tot € 16,20 bruto per uur"));
}

#[test]
fn the_exports_hold_the_text_and_read_back() {
    let db = TempDb::new();
    let app = db.open();
    let id = procedure(&app, ProcedureKind::Vacature);
    app.choose_role(&id, BAKERY, ROLE).unwrap();
    practical(&app, &id, WizardStep::Klaar);
    let nl = app
        .draft_vacancy(&id, Language::Nl)
        .unwrap()
        .text_nl
        .unwrap();
    let title = nl.lines().next().unwrap().to_owned();
    let dir = tempfile::tempdir().unwrap();

    let txt = dir.path().join("vacature.txt");
    app.export_vacancy(&id, Language::Nl, ExportFormat::Txt, &txt)
        .unwrap();
    let written = std::fs::read_to_string(&txt).unwrap();
    assert!(written.starts_with(&title));
    assert!(written.contains("2.450"));

    let html = dir.path().join("vacature.html");
    app.export_vacancy(&id, Language::Nl, ExportFormat::Html, &html)
        .unwrap();
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<h1>") && page.contains("lang=\"nl\""));
    assert!(
        page.contains("Bakkerij Çelik &amp; Zonen"),
        "the name is escaped"
    );

    let docx = dir.path().join("vacature.docx");
    app.export_vacancy(&id, Language::Nl, ExportFormat::Docx, &docx)
        .unwrap();
    let blocks = werfwijzer_export::read_docx(&std::fs::read(&docx).unwrap()).unwrap();
    let (_, expected) = werfwijzer_export::parse_plain(&nl);
    for block in &expected {
        assert!(blocks.contains(block), "{block:?} in the Word file");
    }
    // Every section of the drafted text is a heading in Word, not the start of a paragraph.
    let headings: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match b {
            werfwijzer_export::Block::Heading(h) => Some(h.as_str()),
            _ => None,
        })
        .collect();
    for section in [
        "Wat ga je doen",
        "Wat je kunt",
        "Wat wij bieden",
        "Hoe wij kiezen",
        "Zo solliciteer je",
    ] {
        assert!(headings.contains(&section), "{section} in {headings:?}");
    }

    let pdf = dir.path().join("vacature.pdf");
    app.export_vacancy(&id, Language::Nl, ExportFormat::Pdf, &pdf)
        .unwrap();
    let out = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Bakkerij Çelik & Zonen"), "{text}");
    assert!(text.contains("2.450"), "{text}");

    // No English text yet: a clear refusal, and no file.
    let none = dir.path().join("english.pdf");
    let err = app
        .export_vacancy(&id, Language::En, ExportFormat::Pdf, &none)
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound);
    assert!(!none.exists());

    let log = app.open_procedure(&id).unwrap().log;
    assert!(log
        .iter()
        .any(|e| e.action == dto::AuditAction::VacancyExported));
}

#[test]
fn an_own_competency_is_added_and_a_trait_in_it_is_explained_with_rewrites() {
    let db = TempDb::new();
    let app = db.open();
    let id = procedure(&app, ProcedureKind::Vacature);
    let v = app
        .add_own_competency(
            &id,
            "Klanten helpen",
            "Je helpt klanten  rustig aan de toonbank.",
        )
        .unwrap();
    let own = v.competencies.last().unwrap();
    assert_eq!(own.name, "Klanten helpen");
    assert_eq!(own.definition, "Je helpt klanten rustig aan de toonbank.");
    assert_eq!(own.pack_id, None);
    assert_eq!(own.letter_anchors.len(), 3, "generic anchors to score on");

    let err = app.add_own_competency(&id, "Iets", "  ").unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);

    let text = "Je bent stressbestendig.";
    let c = app.check_text(text, Language::Nl, CheckKind::Short, None);
    assert_eq!(c.findings.len(), 1);
    assert_eq!(c.findings[0].category, "TRAIT");
    let rewrite = c.findings[0]
        .rewrites
        .first()
        .expect("a behavioural rewrite");
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let applied = format!(
        "{}{}{}",
        String::from_utf16(&utf16[..rewrite.start as usize]).unwrap(),
        rewrite.text,
        String::from_utf16(&utf16[rewrite.end as usize..]).unwrap()
    );
    let again = app.check_text(&applied, Language::Nl, CheckKind::Short, None);
    assert!(again.findings.is_empty(), "{applied}: {:?}", again.findings);
}

#[test]
fn more_than_seven_competencies_are_refused() {
    let db = TempDb::new();
    let app = db.open();
    let id = procedure(&app, ProcedureKind::Vacature);
    for i in 0..7 {
        app.add_own_competency(&id, &format!("Taak {i}"), "Je doet het werk zorgvuldig.")
            .unwrap();
    }
    let err = app
        .add_own_competency(&id, "Taak 8", "Je doet het werk zorgvuldig.")
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
    assert_eq!(app.vacancy(&id).unwrap().competencies.len(), 7);
}

#[test]
fn a_logo_must_be_a_real_png_or_jpeg() {
    let db = TempDb::new();
    let app = db.open();
    let org = app.create_organisation("Bakkerij Logo").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("logo.png");
    std::fs::write(&fake, b"this is not an image").unwrap();
    let err = app.set_organisation_logo(&org.id, &fake).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    let truncated = dir.path().join("half.png");
    std::fs::write(&truncated, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    assert!(app.set_organisation_logo(&org.id, &truncated).is_err());
    assert!(!app.list_organisations().unwrap()[0].has_logo);

    let png = dir.path().join("real.png");
    std::fs::write(&png, werfwijzer_tests::tiny_png()).unwrap();
    let o = app.set_organisation_logo(&org.id, &png).unwrap();
    assert!(o.has_logo);
    let o = app.remove_organisation_logo(&org.id).unwrap();
    assert!(!o.has_logo);
}
