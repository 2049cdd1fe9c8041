//! The Tauri commands: a few lines each, all calling the façade off the GTK thread.

use std::sync::Arc;

use tauri::State;
use werfwijzer_core::dto::{
    AppError, CompetencyView, DemoCreated, Language, Library, NewProcedure, Organisation,
    PackInstalled, PackSummary, ProcedureDetail, ProcedureSummary, Settings, TrustedKey,
};
use werfwijzer_core::dto_authoring::{
    Draft, DraftPack, DraftProblem, DraftSaved, DraftSummary, NewDraft, Preview, PreviewTarget,
    SigningKeyInfo,
};
use werfwijzer_core::dto_vacancy::{
    CheckKind, ExportFormat, TextCheck, Vacancy, VacancyAnswers, WizardStep,
};
use werfwijzer_core::{Error, Werfwijzer};

use crate::AppState;

pub fn builder() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new().commands(tauri_specta::collect_commands![
        get_settings,
        set_language,
        select_organisation,
        list_organisations,
        create_organisation,
        rename_organisation,
        delete_organisation,
        list_procedures,
        create_procedure,
        open_procedure,
        rename_procedure,
        delete_procedure,
        create_demo,
        list_packs,
        install_pack,
        remove_pack,
        list_trusted_keys,
        trust_key,
        remove_trusted_key,
        restore_builtin_packs,
        library,
        add_procedure_competency,
        add_role_competencies,
        remove_procedure_competency,
        ui_ready,
        // pack authoring
        list_signing_keys,
        create_signing_key,
        import_signing_key,
        export_public_key,
        delete_signing_key,
        list_drafts,
        create_draft,
        copy_pack_to_draft,
        get_draft,
        save_draft,
        delete_draft,
        validate_draft,
        preview_draft_item,
        export_draft,
        install_draft,
        // the vacancy wizard
        vacancy,
        save_vacancy,
        set_procedure_kind,
        choose_role,
        add_own_competency,
        draft_vacancy,
        save_vacancy_text,
        check_text,
        export_vacancy,
        set_organisation_logo,
        remove_organisation_logo,
    ])
}

/// Runs one façade call on the blocking thread pool, never on the GTK thread.
async fn run<T, F>(state: State<'_, AppState>, f: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&Werfwijzer) -> Result<T, AppError> + Send + 'static,
{
    let facade: Arc<Werfwijzer> = state.facade.clone()?;
    let lang = facade.language();
    tauri::async_runtime::spawn_blocking(move || f(&facade))
        .await
        .map_err(|_| Error::Internal.to_app_error(lang))?
}

#[tauri::command]
#[specta::specta]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Settings, AppError> {
    run(state, |w| w.settings()).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_language(
    state: State<'_, AppState>,
    language: Language,
) -> Result<Settings, AppError> {
    run(state, move |w| w.set_language(language)).await
}

#[tauri::command]
#[specta::specta]
pub async fn select_organisation(
    state: State<'_, AppState>,
    id: String,
) -> Result<Settings, AppError> {
    run(state, move |w| w.select_organisation(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_organisations(state: State<'_, AppState>) -> Result<Vec<Organisation>, AppError> {
    run(state, |w| w.list_organisations()).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_organisation(
    state: State<'_, AppState>,
    name: String,
) -> Result<Organisation, AppError> {
    run(state, move |w| w.create_organisation(&name)).await
}

#[tauri::command]
#[specta::specta]
pub async fn rename_organisation(
    state: State<'_, AppState>,
    id: String,
    name: String,
) -> Result<Organisation, AppError> {
    run(state, move |w| w.rename_organisation(&id, &name)).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_organisation(
    state: State<'_, AppState>,
    id: String,
) -> Result<Settings, AppError> {
    run(state, move |w| w.delete_organisation(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_procedures(
    state: State<'_, AppState>,
    organisation_id: String,
) -> Result<Vec<ProcedureSummary>, AppError> {
    run(state, move |w| w.list_procedures(&organisation_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_procedure(
    state: State<'_, AppState>,
    procedure: NewProcedure,
) -> Result<ProcedureSummary, AppError> {
    run(state, move |w| w.create_procedure(&procedure)).await
}

#[tauri::command]
#[specta::specta]
pub async fn open_procedure(
    state: State<'_, AppState>,
    id: String,
) -> Result<ProcedureDetail, AppError> {
    run(state, move |w| w.open_procedure(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn rename_procedure(
    state: State<'_, AppState>,
    id: String,
    title: String,
) -> Result<ProcedureSummary, AppError> {
    run(state, move |w| w.rename_procedure(&id, &title)).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_procedure(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    run(state, move |w| w.delete_procedure(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_demo(state: State<'_, AppState>) -> Result<DemoCreated, AppError> {
    run(state, |w| w.create_demo()).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_packs(state: State<'_, AppState>) -> Result<Vec<PackSummary>, AppError> {
    run(state, |w| w.list_packs()).await
}

/// Installs (or updates) a pack from the bytes of a `*.werfpack.json` file the user chose.
#[tauri::command]
#[specta::specta]
pub async fn install_pack(
    state: State<'_, AppState>,
    bytes: Vec<u8>,
) -> Result<PackInstalled, AppError> {
    run(state, move |w| w.install_pack(&bytes)).await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_pack(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    run(state, move |w| w.remove_pack(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_trusted_keys(state: State<'_, AppState>) -> Result<Vec<TrustedKey>, AppError> {
    run(state, |w| w.list_trusted_keys()).await
}

/// Trusts a publisher key from the bytes of a `*.public.json` file the user chose.
#[tauri::command]
#[specta::specta]
pub async fn trust_key(state: State<'_, AppState>, bytes: Vec<u8>) -> Result<TrustedKey, AppError> {
    run(state, move |w| w.trust_key(&bytes)).await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_trusted_key(
    state: State<'_, AppState>,
    public_key: String,
) -> Result<(), AppError> {
    run(state, move |w| w.remove_trusted_key(&public_key)).await
}

/// Installs the built-in packs that are missing or older; returns how many.
#[tauri::command]
#[specta::specta]
pub async fn restore_builtin_packs(state: State<'_, AppState>) -> Result<u32, AppError> {
    run(state, |w| w.restore_builtin_packs()).await
}

#[tauri::command]
#[specta::specta]
pub async fn library(state: State<'_, AppState>) -> Result<Library, AppError> {
    run(state, |w| w.library()).await
}

#[tauri::command]
#[specta::specta]
pub async fn add_procedure_competency(
    state: State<'_, AppState>,
    procedure_id: String,
    pack_id: String,
    competency_id: String,
) -> Result<Vec<CompetencyView>, AppError> {
    run(state, move |w| {
        w.add_procedure_competency(&procedure_id, &pack_id, &competency_id)
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_role_competencies(
    state: State<'_, AppState>,
    procedure_id: String,
    pack_id: String,
    role_id: String,
) -> Result<Vec<CompetencyView>, AppError> {
    run(state, move |w| {
        w.add_role_competencies(&procedure_id, &pack_id, &role_id)
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_procedure_competency(
    state: State<'_, AppState>,
    procedure_id: String,
    id: String,
) -> Result<Vec<CompetencyView>, AppError> {
    run(state, move |w| {
        w.remove_procedure_competency(&procedure_id, &id)
    })
    .await
}

/// The UI calls this once, after its first populated screen is painted. With
/// `WERFWIJZER_READY_SIGNAL=1` (set by the start-up benchmark) it prints one line with the
/// time since the process started, and with `=exit` it then quits.
#[tauri::command]
#[specta::specta]
pub fn ui_ready(app: tauri::AppHandle) {
    match std::env::var("WERFWIJZER_READY_SIGNAL").as_deref() {
        Ok("1") => println!(
            "werfwijzer-ready {:.1} ms",
            crate::STARTED.elapsed().as_secs_f64() * 1e3
        ),
        Ok("exit") => {
            println!(
                "werfwijzer-ready {:.1} ms",
                crate::STARTED.elapsed().as_secs_f64() * 1e3
            );
            app.exit(0);
        }
        _ => {}
    }
}

// --- pack authoring ---------------------------------------------------------------------------

#[tauri::command]
#[specta::specta]
pub async fn list_signing_keys(
    state: State<'_, AppState>,
) -> Result<Vec<SigningKeyInfo>, AppError> {
    run(state, |w| w.list_signing_keys()).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_signing_key(
    state: State<'_, AppState>,
    publisher_id: String,
    publisher_name: String,
) -> Result<SigningKeyInfo, AppError> {
    run(state, move |w| {
        w.create_signing_key(&publisher_id, &publisher_name)
    })
    .await
}

/// Adds an own key from the bytes of a `*.secret.json` file the user chose.
#[tauri::command]
#[specta::specta]
pub async fn import_signing_key(
    state: State<'_, AppState>,
    bytes: Vec<u8>,
) -> Result<SigningKeyInfo, AppError> {
    run(state, move |w| w.import_signing_key(&bytes)).await
}

/// Writes the public key file to the path the user picked in the save dialog.
#[tauri::command]
#[specta::specta]
pub async fn export_public_key(
    state: State<'_, AppState>,
    public_key: String,
    path: String,
) -> Result<String, AppError> {
    run(state, move |w| {
        w.export_public_key(&public_key, std::path::Path::new(&path))
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_signing_key(
    state: State<'_, AppState>,
    public_key: String,
) -> Result<(), AppError> {
    run(state, move |w| w.delete_signing_key(&public_key)).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_drafts(state: State<'_, AppState>) -> Result<Vec<DraftSummary>, AppError> {
    run(state, |w| w.list_drafts()).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_draft(state: State<'_, AppState>, draft: NewDraft) -> Result<Draft, AppError> {
    run(state, move |w| w.create_draft(&draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn copy_pack_to_draft(
    state: State<'_, AppState>,
    pack_id: String,
) -> Result<Draft, AppError> {
    run(state, move |w| w.copy_pack_to_draft(&pack_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn get_draft(state: State<'_, AppState>, id: String) -> Result<Draft, AppError> {
    run(state, move |w| w.get_draft(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_draft(
    state: State<'_, AppState>,
    id: String,
    pack: DraftPack,
) -> Result<DraftSaved, AppError> {
    run(state, move |w| w.save_draft(&id, pack)).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_draft(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    run(state, move |w| w.delete_draft(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn validate_draft(
    state: State<'_, AppState>,
    id: String,
) -> Result<Vec<DraftProblem>, AppError> {
    run(state, move |w| w.validate_draft(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn preview_draft_item(
    state: State<'_, AppState>,
    pack: DraftPack,
    target: PreviewTarget,
    language: Language,
) -> Result<Preview, AppError> {
    run(state, move |w| w.preview_draft_item(pack, target, language)).await
}

/// Validates, signs with an own key and writes the pack to the path the user picked.
#[tauri::command]
#[specta::specta]
pub async fn export_draft(
    state: State<'_, AppState>,
    id: String,
    public_key: String,
    path: String,
) -> Result<String, AppError> {
    run(state, move |w| {
        w.export_draft(&id, &public_key, std::path::Path::new(&path))
    })
    .await
}

/// Signs with an own key and installs the pack here, without a file.
#[tauri::command]
#[specta::specta]
pub async fn install_draft(
    state: State<'_, AppState>,
    id: String,
    public_key: String,
) -> Result<PackInstalled, AppError> {
    run(state, move |w| w.install_draft(&id, &public_key)).await
}

// --- the vacancy wizard -------------------------------------------------------------------

#[tauri::command]
#[specta::specta]
pub async fn vacancy(
    state: State<'_, AppState>,
    procedure_id: String,
) -> Result<Vacancy, AppError> {
    run(state, move |w| w.vacancy(&procedure_id)).await
}

/// Saves the step and every answer; the wizard calls it as the owner types.
#[tauri::command]
#[specta::specta]
pub async fn save_vacancy(
    state: State<'_, AppState>,
    procedure_id: String,
    step: WizardStep,
    answers: VacancyAnswers,
) -> Result<(), AppError> {
    run(state, move |w| {
        w.save_vacancy(&procedure_id, step, &answers)
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn set_procedure_kind(
    state: State<'_, AppState>,
    procedure_id: String,
    kind: werfwijzer_core::dto::ProcedureKind,
) -> Result<Vacancy, AppError> {
    run(state, move |w| w.set_procedure_kind(&procedure_id, kind)).await
}

#[tauri::command]
#[specta::specta]
pub async fn choose_role(
    state: State<'_, AppState>,
    procedure_id: String,
    pack_id: String,
    role_id: String,
) -> Result<Vacancy, AppError> {
    run(state, move |w| {
        w.choose_role(&procedure_id, &pack_id, &role_id)
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_own_competency(
    state: State<'_, AppState>,
    procedure_id: String,
    name: String,
    definition: String,
) -> Result<Vacancy, AppError> {
    run(state, move |w| {
        w.add_own_competency(&procedure_id, &name, &definition)
    })
    .await
}

/// Drafts the vacancy text in one language (replacing that language's text).
#[tauri::command]
#[specta::specta]
pub async fn draft_vacancy(
    state: State<'_, AppState>,
    procedure_id: String,
    lang: Language,
) -> Result<Vacancy, AppError> {
    run(state, move |w| w.draft_vacancy(&procedure_id, lang)).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_vacancy_text(
    state: State<'_, AppState>,
    procedure_id: String,
    lang: Language,
    text: String,
) -> Result<(), AppError> {
    run(state, move |w| {
        w.save_vacancy_text(&procedure_id, lang, &text)
    })
    .await
}

/// Checks a text for the live editor (no database).
#[tauri::command]
#[specta::specta]
pub async fn check_text(
    state: State<'_, AppState>,
    text: String,
    lang: Language,
    kind: CheckKind,
    competencies: Option<u32>,
) -> Result<TextCheck, AppError> {
    run(state, move |w| {
        Ok(w.check_text(&text, lang, kind, competencies))
    })
    .await
}

/// Saves the vacancy text as a file at `path` (chosen in the save dialog).
#[tauri::command]
#[specta::specta]
pub async fn export_vacancy(
    state: State<'_, AppState>,
    procedure_id: String,
    lang: Language,
    format: ExportFormat,
    path: String,
) -> Result<(), AppError> {
    run(state, move |w| {
        w.export_vacancy(&procedure_id, lang, format, std::path::Path::new(&path))
    })
    .await
}

/// Reads a logo (PNG or JPEG, chosen in the open dialog) for the selected organisation.
#[tauri::command]
#[specta::specta]
pub async fn set_organisation_logo(
    state: State<'_, AppState>,
    organisation_id: String,
    path: String,
) -> Result<Organisation, AppError> {
    run(state, move |w| {
        w.set_organisation_logo(&organisation_id, std::path::Path::new(&path))
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_organisation_logo(
    state: State<'_, AppState>,
    organisation_id: String,
) -> Result<Organisation, AppError> {
    run(state, move |w| w.remove_organisation_logo(&organisation_id)).await
}
