//! The demo organisation with a sample procedure, to explore the app without real data.
//! Later versions extend it so every phase has realistic data.

use werfwijzer_store::{self as store, Language, ProcedureKind};

use crate::dto::{self, AuditAction};
use crate::error::Error;
use crate::facade::{audit, create_organisation, create_procedure};

/// The demo organisation's name, in each language.
pub fn organisation_name(lang: Language) -> &'static str {
    match lang {
        Language::Nl => "Bakkerij De Korenschoof (voorbeeld)",
        Language::En => "De Korenschoof Bakery (example)",
    }
}

/// The demo procedure's title, in each language.
pub fn procedure_title(lang: Language) -> &'static str {
    match lang {
        Language::Nl => "Verkoopmedewerker bakkerij (24 uur)",
        Language::En => "Bakery sales assistant (24 hours)",
    }
}

/// Creates the demo organisation and its sample procedure. When a demo organisation with
/// that name is there already, a numbered one is made, so the call always succeeds.
pub(crate) fn create(
    a: &store::Access<'_>,
    now: &str,
    lang: Language,
) -> Result<dto::DemoCreated, Error> {
    let base = organisation_name(lang);
    let mut name = base.to_owned();
    let mut n = 2;
    while a.organisation_name_taken(&name, None)? {
        name = format!("{base} {n}");
        n += 1;
    }
    let org = create_organisation(a, now, &name, true)?;
    let procedure = create_procedure(
        a,
        now,
        &org.id,
        procedure_title(lang),
        ProcedureKind::Vacature,
    )?;
    audit(
        a,
        now,
        Some(&org.id),
        Some(&procedure.id),
        AuditAction::DemoCreated,
        "",
    )?;
    Ok(dto::DemoCreated {
        organisation_id: org.id,
        procedure_id: procedure.id,
    })
}

/// Writes the demo vacancy with the wizard: the built-in bakery sales role, the practical
/// answers, and the texts in both languages.
pub(crate) fn fill_vacancy(
    app: &crate::Werfwijzer,
    procedure_id: &str,
    lang: Language,
) -> Result<(), dto::AppError> {
    use crate::dto_vacancy::{ContractKind, PayPer, WizardStep};
    app.choose_role(
        procedure_id,
        "nl.werfwijzer.bakkerij",
        "verkoopmedewerker-bakkerij",
    )?;
    let mut a = app.vacancy(procedure_id)?.answers;
    a.hours_min = Some(24);
    a.hours_max = Some(24);
    a.pay_min_cents = Some(235_000);
    a.pay_max_cents = Some(278_000);
    a.pay_per = PayPer::Month;
    a.contract = Some(ContractKind::TemporaryWithProspect);
    a.contract_months = Some(12);
    a.place = "Amersfoort".into();
    a.apply_to = "vacature@korenschoof.example".into();
    a.contact_name = "Fatma Yılmaz".into();
    a.contact_phone = "033 123 45 67".into();
    a.languages = match lang {
        Language::Nl => vec![dto::Language::Nl, dto::Language::En],
        Language::En => vec![dto::Language::En, dto::Language::Nl],
    };
    app.save_vacancy(procedure_id, WizardStep::Tekst, &a)?;
    app.draft_vacancy(procedure_id, dto::Language::Nl)?;
    app.draft_vacancy(procedure_id, dto::Language::En)?;
    Ok(())
}
