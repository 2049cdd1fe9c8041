//! The façade: one method per user operation. Each write is one transaction.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use werfwijzer_store::{self as store, Language, Phase, Store};

use crate::dto::{self, AppError, AuditAction};
use crate::error::Error;
use crate::MAX_NAME_CHARS;

const LANGUAGE_KEY: &str = "language";
const CURRENT_ORG_KEY: &str = "current_organisation";

/// Phases whose work this version of Werfwijzer can do. Later versions add to it.
const AVAILABLE_PHASES: &[Phase] = &[];

/// The application: a database plus the user's language for messages.
///
/// Safe to share between threads; operations run one at a time.
pub struct Werfwijzer {
    inner: Mutex<Inner>,
}

struct Inner {
    store: Store,
    language: Language,
}

pub(crate) type Result<T> = std::result::Result<T, AppError>;

impl Werfwijzer {
    /// Opens the database at `path` (creating and migrating it as needed).
    ///
    /// Errors are worded in `fallback` language, since the stored setting cannot be read yet.
    pub fn open(path: &Path, fallback: Language) -> Result<Self> {
        let store = Store::open(path).map_err(|e| Error::from(e).to_app_error(fallback))?;
        Self::with_store(store)
    }

    /// An in-memory instance, for tests.
    pub fn open_in_memory() -> Result<Self> {
        let store = Store::open_in_memory()
            .map_err(|e| Error::from(e).to_app_error(Language::default()))?;
        Self::with_store(store)
    }

    fn with_store(mut store: Store) -> Result<Self> {
        let language = store
            .read(|a| a.setting(LANGUAGE_KEY))
            .map_err(|e| Error::from(e).to_app_error(Language::default()))?
            .as_deref()
            .and_then(Language::parse)
            .unwrap_or_default();
        let app = Self {
            inner: Mutex::new(Inner { store, language }),
        };
        // First start, or a newer Werfwijzer: install the built-in packs it brings. Usually
        // there is nothing to do, and then no write transaction is taken.
        if app.read(crate::builtin::pending)? {
            app.write(|a, now| crate::builtin::offer(a, now, false))?;
        }
        Ok(app)
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic in another operation leaves the connection usable: every change is
        // transactional, so recover the guard instead of poisoning the app.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` as one write transaction and words any error in the user's language.
    pub(crate) fn write<T>(
        &self,
        f: impl FnOnce(&store::Access<'_>, &str) -> std::result::Result<T, Error>,
    ) -> Result<T> {
        let mut inner = self.lock();
        let lang = inner.language;
        let now = now();
        inner
            .store
            .write(|a| f(a, &now))
            .map_err(|e| e.to_app_error(lang))
    }

    pub(crate) fn read<T>(
        &self,
        f: impl FnOnce(&store::Access<'_>) -> std::result::Result<T, Error>,
    ) -> Result<T> {
        let mut inner = self.lock();
        let lang = inner.language;
        inner.store.read(f).map_err(|e| e.to_app_error(lang))
    }

    /// The language messages are worded in.
    pub fn language(&self) -> Language {
        self.lock().language
    }

    /// Words messages (and new demo data) in `lang` for this session only, without changing
    /// the stored setting. For the CLI's `--lang`.
    pub fn override_language(&self, lang: Language) {
        self.lock().language = lang;
    }

    // --- settings ---------------------------------------------------------------------------

    pub fn settings(&self) -> Result<dto::Settings> {
        let language = self.language();
        self.read(|a| settings(a, language))
    }

    pub fn set_language(&self, language: dto::Language) -> Result<dto::Settings> {
        let language: Language = language.into();
        let settings = self.write(|a, now| {
            a.set_setting(LANGUAGE_KEY, language.as_str())?;
            audit(
                a,
                now,
                None,
                None,
                AuditAction::LanguageChanged,
                language.as_str(),
            )?;
            settings(a, language)
        })?;
        self.lock().language = language;
        Ok(settings)
    }

    /// Makes `id` the organisation the app shows.
    pub fn select_organisation(&self, id: &str) -> Result<dto::Settings> {
        let language = self.language();
        self.write(|a, _| {
            a.organisation(id)?.ok_or(Error::OrganisationNotFound)?;
            a.set_setting(CURRENT_ORG_KEY, id)?;
            settings(a, language)
        })
    }

    // --- organisations ----------------------------------------------------------------------

    pub fn list_organisations(&self) -> Result<Vec<dto::Organisation>> {
        self.read(|a| {
            a.organisations()?
                .iter()
                .map(|o| organisation_dto(a, o))
                .collect()
        })
    }

    /// Creates an organisation and makes it the current one.
    pub fn create_organisation(&self, name: &str) -> Result<dto::Organisation> {
        self.write(|a, now| create_organisation(a, now, &clean_name(name)?, false))
    }

    pub fn rename_organisation(&self, id: &str, name: &str) -> Result<dto::Organisation> {
        self.write(|a, now| {
            let name = clean_name(name)?;
            if a.organisation_name_taken(&name, Some(id))? {
                return Err(Error::OrganisationNameTaken);
            }
            if !a.rename_organisation(id, &name, now)? {
                return Err(Error::OrganisationNotFound);
            }
            audit(
                a,
                now,
                Some(id),
                None,
                AuditAction::OrganisationRenamed,
                &name,
            )?;
            let org = a.organisation(id)?.ok_or(Error::OrganisationNotFound)?;
            organisation_dto(a, &org)
        })
    }

    /// Deletes an organisation with all its procedures. When it was the current one, the
    /// first remaining organisation (if any) becomes current.
    pub fn delete_organisation(&self, id: &str) -> Result<dto::Settings> {
        let language = self.language();
        self.write(|a, now| {
            let org = a.organisation(id)?.ok_or(Error::OrganisationNotFound)?;
            a.delete_organisation(id)?;
            audit(
                a,
                now,
                Some(id),
                None,
                AuditAction::OrganisationDeleted,
                &org.name,
            )?;
            if a.setting(CURRENT_ORG_KEY)?.as_deref() == Some(id) {
                match a.organisations()?.first() {
                    Some(next) => a.set_setting(CURRENT_ORG_KEY, &next.id)?,
                    None => a.clear_setting(CURRENT_ORG_KEY)?,
                }
            }
            settings(a, language)
        })
    }

    // --- procedures -------------------------------------------------------------------------

    pub fn list_procedures(&self, organisation_id: &str) -> Result<Vec<dto::ProcedureSummary>> {
        self.read(|a| {
            a.organisation(organisation_id)?
                .ok_or(Error::OrganisationNotFound)?;
            Ok(a.procedures(organisation_id)?
                .iter()
                .map(Into::into)
                .collect())
        })
    }

    pub fn create_procedure(&self, new: &dto::NewProcedure) -> Result<dto::ProcedureSummary> {
        self.write(|a, now| {
            let title = clean_name(&new.title)?;
            create_procedure(a, now, &new.organisation_id, &title, new.kind.into())
                .map(|p| (&p).into())
        })
    }

    pub fn open_procedure(&self, id: &str) -> Result<dto::ProcedureDetail> {
        let lang = crate::error::pack_lang(self.language());
        self.read(|a| {
            let p = a.procedure(id)?.ok_or(Error::ProcedureNotFound)?;
            let org = a
                .organisation(&p.organisation_id)?
                .ok_or(Error::OrganisationNotFound)?;
            let phases = Phase::ALL
                .into_iter()
                .map(|phase| dto::PhaseStep {
                    phase: phase.into(),
                    state: match phase.cmp(&p.phase) {
                        std::cmp::Ordering::Less => dto::PhaseState::Done,
                        std::cmp::Ordering::Equal => dto::PhaseState::Current,
                        std::cmp::Ordering::Greater => dto::PhaseState::Upcoming,
                    },
                    available: AVAILABLE_PHASES.contains(&phase),
                })
                .collect();
            let log = a.audit_for_procedure(id)?.iter().map(Into::into).collect();
            Ok(dto::ProcedureDetail {
                procedure: (&p).into(),
                organisation_name: org.name,
                phases,
                competencies: crate::library::views(a, id, lang)?,
                competencies_editable: crate::library::competencies_editable(&p),
                log,
            })
        })
    }

    pub fn rename_procedure(&self, id: &str, title: &str) -> Result<dto::ProcedureSummary> {
        self.write(|a, now| {
            let title = clean_name(title)?;
            let p = a.procedure(id)?.ok_or(Error::ProcedureNotFound)?;
            a.rename_procedure(id, &title, now)?;
            audit(
                a,
                now,
                Some(&p.organisation_id),
                Some(id),
                AuditAction::ProcedureRenamed,
                &title,
            )?;
            let p = a.procedure(id)?.ok_or(Error::ProcedureNotFound)?;
            Ok((&p).into())
        })
    }

    pub fn delete_procedure(&self, id: &str) -> Result<()> {
        self.write(|a, now| {
            let p = a.procedure(id)?.ok_or(Error::ProcedureNotFound)?;
            a.delete_procedure(id)?;
            audit(
                a,
                now,
                Some(&p.organisation_id),
                Some(id),
                AuditAction::ProcedureDeleted,
                &p.title,
            )?;
            Ok(())
        })
    }

    // --- demo -------------------------------------------------------------------------------

    /// Creates the demo organisation with its sample procedure ("Probeer met
    /// voorbeeldgegevens"), worded in the user's language, and makes it current.
    pub fn create_demo(&self) -> Result<dto::DemoCreated> {
        let language = self.language();
        let demo = self.write(|a, now| crate::demo::create(a, now, language))?;
        // The sample vacancy, written with the wizard as an owner would. Without the built-in
        // bakery pack (the user removed it) the procedure stays at the wizard's start.
        let _ = crate::demo::fill_vacancy(self, &demo.procedure_id, language);
        Ok(demo)
    }
}

// --- helpers shared by the operations (and the demo) --------------------------------------

pub(crate) fn now() -> String {
    OffsetDateTime::now_utc()
        .format(&Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_owned())
}

pub(crate) fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Trims, folds runs of white space (including newlines and tabs) to one space, and checks
/// the length in characters.
pub(crate) fn clean_name(raw: &str) -> std::result::Result<String, Error> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let name: String = name.chars().filter(|c| !c.is_control()).collect();
    if name.is_empty() {
        return Err(Error::NameEmpty);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Error::NameTooLong {
            max: MAX_NAME_CHARS,
        });
    }
    Ok(name)
}

pub(crate) fn audit(
    a: &store::Access<'_>,
    now: &str,
    organisation_id: Option<&str>,
    procedure_id: Option<&str>,
    action: AuditAction,
    detail: &str,
) -> std::result::Result<(), Error> {
    a.append_audit(now, organisation_id, procedure_id, action.as_str(), detail)?;
    Ok(())
}

pub(crate) fn create_organisation(
    a: &store::Access<'_>,
    now: &str,
    name: &str,
    is_demo: bool,
) -> std::result::Result<dto::Organisation, Error> {
    if a.organisation_name_taken(name, None)? {
        return Err(Error::OrganisationNameTaken);
    }
    let org = store::Organisation {
        id: new_id(),
        name: name.to_owned(),
        is_demo,
        created_at: now.to_owned(),
        updated_at: now.to_owned(),
    };
    a.insert_organisation(&org)?;
    a.set_setting(CURRENT_ORG_KEY, &org.id)?;
    audit(
        a,
        now,
        Some(&org.id),
        None,
        AuditAction::OrganisationCreated,
        name,
    )?;
    organisation_dto(a, &org)
}

pub(crate) fn create_procedure(
    a: &store::Access<'_>,
    now: &str,
    organisation_id: &str,
    title: &str,
    kind: store::ProcedureKind,
) -> std::result::Result<store::Procedure, Error> {
    a.organisation(organisation_id)?
        .ok_or(Error::OrganisationNotFound)?;
    let p = store::Procedure {
        id: new_id(),
        organisation_id: organisation_id.to_owned(),
        title: title.to_owned(),
        kind,
        phase: Phase::Opstellen,
        created_at: now.to_owned(),
        updated_at: now.to_owned(),
    };
    a.insert_procedure(&p)?;
    audit(
        a,
        now,
        Some(organisation_id),
        Some(&p.id),
        AuditAction::ProcedureCreated,
        title,
    )?;
    Ok(p)
}

pub(crate) fn organisation_dto(
    a: &store::Access<'_>,
    o: &store::Organisation,
) -> std::result::Result<dto::Organisation, Error> {
    Ok(dto::Organisation {
        id: o.id.clone(),
        name: o.name.clone(),
        is_demo: o.is_demo,
        procedure_count: u32::try_from(a.count_procedures(&o.id)?).unwrap_or(u32::MAX),
        has_logo: a.has_organisation_logo(&o.id)?,
        created_at: o.created_at.clone(),
    })
}

fn settings(
    a: &store::Access<'_>,
    language: Language,
) -> std::result::Result<dto::Settings, Error> {
    // A current organisation that no longer exists counts as none.
    let current = match a.setting(CURRENT_ORG_KEY)? {
        Some(id) if a.organisation(&id)?.is_some() => Some(id),
        _ => a.organisations()?.first().map(|o| o.id.clone()),
    };
    Ok(dto::Settings {
        language: language.into(),
        current_organisation_id: current,
    })
}

#[cfg(test)]
mod tests;
