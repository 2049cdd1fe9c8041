//! The domain's errors and how they read in Dutch and English.

use werfwijzer_store::{Language, StoreError};

use crate::dto::{AppError, ErrorCode};

/// Everything a user operation can refuse or fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("organisation not found")]
    OrganisationNotFound,
    #[error("procedure not found")]
    ProcedureNotFound,
    #[error("name is empty")]
    NameEmpty,
    #[error("name is longer than {max} characters")]
    NameTooLong { max: usize },
    #[error("an organisation with this name already exists")]
    OrganisationNameTaken,
    #[error("no organisation chosen")]
    NoOrganisation,
    #[error("the database was made by a newer version of Werfwijzer")]
    DatabaseTooNew,
    #[error("the database file is damaged")]
    DatabaseDamaged,
    #[error("the database cannot be opened: {0}")]
    DatabaseOpen(String),
    #[error("storage failed: {0}")]
    Storage(#[source] StoreError),
    #[error("internal error")]
    Internal,
    #[error("pack refused: {0}")]
    Pack(werfwijzer_packs::PackError),
    #[error("pack already installed")]
    PackAlreadyInstalled { version: String },
    #[error("a newer version of the pack is installed")]
    PackOlder { installed: String },
    #[error("a pack with this id comes from another publisher")]
    PackIdOfOtherPublisher,
    #[error("pack not found")]
    PackNotFound,
    #[error("not a public key file")]
    KeyFileInvalid,
    #[error("key not found")]
    KeyNotFound,
    #[error("competency not found")]
    CompetencyNotFound,
    #[error("competency already chosen")]
    CompetencyAlreadyChosen,
    #[error("too many competencies")]
    TooManyCompetencies { max: usize },
    #[error("competencies can no longer change")]
    CompetenciesLocked,
    #[error("a key file claims Werfwijzer's own publisher id")]
    KeyReservedPublisher,
    #[error("Werfwijzer's own key cannot be removed")]
    KeyBuiltin,
    // --- pack authoring ---
    #[error("draft not found")]
    DraftNotFound,
    #[error("own signing key not found")]
    SigningKeyNotFound,
    #[error("not a valid publisher id")]
    PublisherIdInvalid,
    #[error("the publisher id is Werfwijzer's own")]
    PublisherIdReserved,
    #[error("publisher name empty or too long")]
    PublisherNameInvalid { max: usize },
    #[error("not a valid pack id")]
    PackIdInvalid,
    #[error("not a valid version")]
    VersionInvalid,
    #[error("the draft has no title")]
    DraftTitleMissing,
    #[error("not a secret key file")]
    SecretKeyFileInvalid,
    #[error("the pack's publisher differs from the key's")]
    KeyOfOtherPublisher { pack: String, key: String },
    #[error("cannot write the file: {0}")]
    FileWrite(String),
    // --- the vacancy wizard ---
    #[error("the vacancy can no longer change")]
    VacancyLocked,
    #[error("text too long")]
    TextTooLong { max: usize },
    #[error("competency definition empty")]
    DefinitionEmpty,
    #[error("no pay range")]
    PayRangeMissing,
    #[error("pay range upside down")]
    PayRangeInvalid,
    #[error("no competencies")]
    NoCompetencies,
    #[error("the export failed: {0}")]
    Export(String),
    #[error("no vacancy text yet")]
    VacancyTextMissing,
    #[error("applicant not found")]
    ApplicantNotFound,
    #[error("not a usable logo")]
    LogoInvalid,
    #[error("logo too large")]
    LogoTooLarge,
}

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::TooNew { .. } => Error::DatabaseTooNew,
            StoreError::Corrupt(_) => Error::DatabaseDamaged,
            StoreError::Folder(io) => Error::DatabaseOpen(io.to_string()),
            other => Error::Storage(other),
        }
    }
}

/// The packs crate words its own messages; it has its own language type.
pub(crate) fn pack_lang(lang: Language) -> werfwijzer_packs::Lang {
    match lang {
        Language::Nl => werfwijzer_packs::Lang::Nl,
        Language::En => werfwijzer_packs::Lang::En,
    }
}

impl Error {
    /// The closed code the UI switches on.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::OrganisationNotFound | Error::ProcedureNotFound => ErrorCode::NotFound,
            Error::NameEmpty | Error::NameTooLong { .. } | Error::NoOrganisation => {
                ErrorCode::InvalidInput
            }
            Error::OrganisationNameTaken => ErrorCode::Conflict,
            Error::DatabaseTooNew | Error::DatabaseDamaged | Error::DatabaseOpen(_) => {
                ErrorCode::Database
            }
            Error::Storage(_) => ErrorCode::Storage,
            Error::Internal => ErrorCode::Internal,
            Error::Pack(_) | Error::KeyFileInvalid | Error::KeyReservedPublisher => {
                ErrorCode::InvalidInput
            }
            Error::KeyBuiltin
            | Error::CompetencyAlreadyChosen
            | Error::TooManyCompetencies { .. }
            | Error::CompetenciesLocked => ErrorCode::Conflict,
            Error::CompetencyNotFound => ErrorCode::NotFound,
            Error::PackAlreadyInstalled { .. }
            | Error::PackOlder { .. }
            | Error::PackIdOfOtherPublisher => ErrorCode::Conflict,
            Error::PackNotFound | Error::KeyNotFound => ErrorCode::NotFound,
            Error::DraftNotFound | Error::SigningKeyNotFound => ErrorCode::NotFound,
            Error::PublisherIdInvalid
            | Error::PublisherIdReserved
            | Error::PublisherNameInvalid { .. }
            | Error::PackIdInvalid
            | Error::VersionInvalid
            | Error::DraftTitleMissing
            | Error::SecretKeyFileInvalid
            | Error::KeyOfOtherPublisher { .. } => ErrorCode::InvalidInput,
            Error::FileWrite(_) => ErrorCode::Storage,
            Error::VacancyLocked => ErrorCode::Conflict,
            Error::TextTooLong { .. }
            | Error::DefinitionEmpty
            | Error::PayRangeMissing
            | Error::PayRangeInvalid
            | Error::NoCompetencies
            | Error::Export(_)
            | Error::LogoInvalid
            | Error::LogoTooLarge => ErrorCode::InvalidInput,
            Error::VacancyTextMissing | Error::ApplicantNotFound => ErrorCode::NotFound,
        }
    }

    /// What the user reads: plain language (B1), what is wrong and what to do.
    pub fn message(&self, lang: Language) -> String {
        use Language::{En, Nl};
        match (self, lang) {
            (Error::OrganisationNotFound, Nl) => "Deze organisatie bestaat niet meer. Kies een andere organisatie.".into(),
            (Error::OrganisationNotFound, En) => "This organisation no longer exists. Choose another organisation.".into(),
            (Error::ProcedureNotFound, Nl) => "Deze procedure bestaat niet meer. Ga terug naar de lijst met procedures.".into(),
            (Error::ProcedureNotFound, En) => "This procedure no longer exists. Go back to the list of procedures.".into(),
            (Error::NameEmpty, Nl) => "Vul een naam in.".into(),
            (Error::NameEmpty, En) => "Please enter a name.".into(),
            (Error::NameTooLong { max }, Nl) => format!("De naam is te lang. Gebruik hoogstens {max} tekens."),
            (Error::NameTooLong { max }, En) => format!("The name is too long. Use at most {max} characters."),
            (Error::OrganisationNameTaken, Nl) => "Er is al een organisatie met deze naam. Kies een andere naam.".into(),
            (Error::OrganisationNameTaken, En) => "There is already an organisation with this name. Choose another name.".into(),
            (Error::NoOrganisation, Nl) => "Kies eerst een organisatie.".into(),
            (Error::NoOrganisation, En) => "Choose an organisation first.".into(),
            (Error::DatabaseTooNew, Nl) => "Deze gegevens zijn gemaakt met een nieuwere versie van Werfwijzer. Installeer de nieuwste versie.".into(),
            (Error::DatabaseTooNew, En) => "This data was made with a newer version of Werfwijzer. Install the latest version.".into(),
            (Error::DatabaseDamaged, Nl) => "Het gegevensbestand is beschadigd. Zet een reservekopie terug of neem contact op met je adviseur.".into(),
            (Error::DatabaseDamaged, En) => "The data file is damaged. Restore a backup or contact your advisor.".into(),
            (Error::DatabaseOpen(_), Nl) => "Werfwijzer kan het gegevensbestand niet openen. Controleer of de map bestaat en of je er mag schrijven.".into(),
            (Error::DatabaseOpen(_), En) => "Werfwijzer cannot open its data file. Check that the folder exists and that you may write to it.".into(),
            (Error::Storage(_), Nl) => "Opslaan is niet gelukt. Er is niets veranderd. Probeer het nog eens.".into(),
            (Error::Storage(_), En) => "Saving did not work. Nothing was changed. Please try again.".into(),
            (Error::Internal, Nl) => "Er ging iets mis in Werfwijzer. Er is niets veranderd. Probeer het nog eens.".into(),
            (Error::Internal, En) => "Something went wrong in Werfwijzer. Nothing was changed. Please try again.".into(),
            (Error::Pack(e), lang) => e.message(pack_lang(lang)),
            (Error::PackAlreadyInstalled { version }, Nl) => format!("Dit pakket is al geïnstalleerd (versie {version}). Er is niets veranderd."),
            (Error::PackAlreadyInstalled { version }, En) => format!("This pack is already installed (version {version}). Nothing was changed."),
            (Error::PackOlder { installed }, Nl) => format!("Er is al een nieuwere versie van dit pakket geïnstalleerd (versie {installed}). Werfwijzer zet er geen oudere versie overheen."),
            (Error::PackOlder { installed }, En) => format!("A newer version of this pack is already installed (version {installed}). Werfwijzer does not replace it with an older one."),
            (Error::PackIdOfOtherPublisher, Nl) => "Er is al een pakket met deze naam van een andere uitgever. Werfwijzer installeert dit pakket niet.".into(),
            (Error::PackIdOfOtherPublisher, En) => "A pack with this name from another publisher is already installed. Werfwijzer will not install this pack.".into(),
            (Error::PackNotFound, Nl) => "Dit pakket is niet (meer) geïnstalleerd.".into(),
            (Error::PackNotFound, En) => "This pack is not installed (any more).".into(),
            (Error::KeyFileInvalid, Nl) => "Dit is geen geldige sleutel van een uitgever. Vraag de uitgever om het bestand dat eindigt op .public.json.".into(),
            (Error::KeyFileInvalid, En) => "This is not a valid publisher key. Ask the publisher for the file that ends in .public.json.".into(),
            (Error::KeyNotFound, Nl) => "Deze sleutel wordt niet (meer) vertrouwd.".into(),
            (Error::KeyNotFound, En) => "This key is not trusted (any more).".into(),
            (Error::KeyReservedPublisher, Nl) => "Deze sleutel zegt dat hij van Werfwijzer is. Werfwijzer heeft zijn eigen sleutel al ingebouwd, dus deze sleutel wordt niet vertrouwd.".into(),
            (Error::KeyReservedPublisher, En) => "This key claims to be Werfwijzer's. Werfwijzer's own key is built in, so this key is not trusted.".into(),
            (Error::KeyBuiltin, Nl) => "Dit is de eigen sleutel van Werfwijzer. Die kun je niet verwijderen: de ingebouwde pakketten zijn ermee ondertekend.".into(),
            (Error::CompetencyNotFound, Nl) => "Deze competentie of functie staat niet (meer) in de geïnstalleerde pakketten.".into(),
            (Error::CompetencyNotFound, En) => "This competency or role is not in the installed packs (any more).".into(),
            (Error::CompetencyAlreadyChosen, Nl) => "Deze competentie staat al in de procedure.".into(),
            (Error::CompetencyAlreadyChosen, En) => "This competency is already in the procedure.".into(),
            (Error::TooManyCompetencies { max }, Nl) => format!("Een procedure heeft hoogstens {max} competenties. Kies er liever ongeveer vijf: dan kun je elke competentie goed beoordelen. Haal er eerst een weg."),
            (Error::TooManyCompetencies { max }, En) => format!("A procedure has at most {max} competencies. About five is better: then you can judge each one well. Remove one first."),
            (Error::CompetenciesLocked, Nl) => "De vacature is al gepubliceerd. Daarna blijven de competenties gelijk, zodat iedereen op dezelfde punten wordt beoordeeld.".into(),
            (Error::CompetenciesLocked, En) => "The vacancy has been published. From then on the competencies stay the same, so everyone is judged on the same points.".into(),
            (Error::KeyBuiltin, En) => "This is Werfwijzer's own key. You cannot remove it: the built-in packs are signed with it.".into(),
            (Error::DraftNotFound, Nl) => "Dit concept bestaat niet meer. Ga terug naar de lijst met je pakketten.".into(),
            (Error::DraftNotFound, En) => "This draft no longer exists. Go back to the list of your packs.".into(),
            (Error::SigningKeyNotFound, Nl) => "Deze sleutel staat niet (meer) in Werfwijzer. Kies een andere sleutel of maak een nieuwe.".into(),
            (Error::SigningKeyNotFound, En) => "This key is not in Werfwijzer (any more). Choose another key or make a new one.".into(),
            (Error::PublisherIdReserved, Nl) => format!("De code \"{}\" is van Werfwijzer zelf. Kies een code van je eigen organisatie, zoals \"nl.bakkersbond\".", crate::builtin::PUBLISHER_ID),
            (Error::PublisherIdReserved, En) => format!("The code \"{}\" belongs to Werfwijzer itself. Choose a code of your own organisation, like \"nl.bakersguild\".", crate::builtin::PUBLISHER_ID),
            (Error::PublisherIdInvalid, Nl) => "Deze code van de uitgever klopt niet. Gebruik kleine letters, cijfers, streepjes en punten, zoals \"nl.bakkersbond\".".into(),
            (Error::PublisherIdInvalid, En) => "This publisher code is not valid. Use lower-case letters, digits, dashes and dots, like \"nl.bakersguild\".".into(),
            (Error::PublisherNameInvalid { max }, Nl) => format!("Vul de naam van de uitgever in (hoogstens {max} tekens)."),
            (Error::PublisherNameInvalid { max }, En) => format!("Fill in the publisher's name (at most {max} characters)."),
            (Error::PackIdInvalid, Nl) => "Deze code van het pakket klopt niet. Gebruik kleine letters, cijfers, streepjes en punten, zoals \"nl.bakkersbond.bakkerij\".".into(),
            (Error::PackIdInvalid, En) => "This pack code is not valid. Use lower-case letters, digits, dashes and dots, like \"nl.bakersguild.bakery\".".into(),
            (Error::VersionInvalid, Nl) => "Dit versienummer klopt niet. Gebruik drie getallen, zoals \"1.0.0\".".into(),
            (Error::VersionInvalid, En) => "This version number is not valid. Use three numbers, like \"1.0.0\".".into(),
            (Error::DraftTitleMissing, Nl) => "Geef het pakket een titel, in het Nederlands, het Engels of allebei.".into(),
            (Error::DraftTitleMissing, En) => "Give the pack a title, in Dutch, English or both.".into(),
            (Error::SecretKeyFileInvalid, Nl) => "Dit is geen geheime sleutel van Werfwijzer. Kies het bestand dat eindigt op .secret.json (gemaakt met werfwijzer-cli pack keygen).".into(),
            (Error::SecretKeyFileInvalid, En) => "This is not a Werfwijzer secret key. Choose the file that ends in .secret.json (made with werfwijzer-cli pack keygen).".into(),
            (Error::KeyOfOtherPublisher { pack, key }, Nl) => format!("Het pakket is van uitgever \"{pack}\", maar deze sleutel is van \"{key}\". Zet bij Uitgever de code \"{key}\", of kies een sleutel van \"{pack}\"."),
            (Error::KeyOfOtherPublisher { pack, key }, En) => format!("The pack is from publisher \"{pack}\", but this key belongs to \"{key}\". Set the publisher code to \"{key}\", or choose a key of \"{pack}\"."),
            (Error::FileWrite(_), Nl) => "Werfwijzer kan het bestand daar niet opslaan. Kies een andere map en probeer het opnieuw.".into(),
            (Error::FileWrite(_), En) => "Werfwijzer cannot save the file there. Choose another folder and try again.".into(),
            (Error::VacancyLocked, Nl) => "De vacature is al gepubliceerd. Daarna verandert de tekst niet meer, zodat iedereen op dezelfde vacature reageert.".into(),
            (Error::VacancyLocked, En) => "The vacancy has been published. From then on its text stays the same, so everyone responds to the same vacancy.".into(),
            (Error::TextTooLong { max }, Nl) => format!("De tekst is te lang. Gebruik hoogstens {max} tekens. Een goede vacature is meestal 300 tot 600 woorden."),
            (Error::TextTooLong { max }, En) => format!("The text is too long. Use at most {max} characters. A good vacancy is usually 300 to 600 words."),
            (Error::DefinitionEmpty, Nl) => "Schrijf op wat iemand doet die dit goed kan, bijvoorbeeld: 'Je rekent snel en zonder fouten af, ook als het druk is.'".into(),
            (Error::DefinitionEmpty, En) => "Write down what someone who is good at this does, for example: 'You handle payments quickly and without mistakes, even when it is busy.'".into(),
            (Error::PayRangeMissing, Nl) => "Vul bij Praktisch het loon in: het laagste en het hoogste bedrag. Sollicitanten hebben recht op die informatie.".into(),
            (Error::PayRangeMissing, En) => "Fill in the pay under Practical: the lowest and the highest amount. Applicants have a right to that information.".into(),
            (Error::PayRangeInvalid, Nl) => "Het laagste bedrag is hoger dan het hoogste. Draai ze om.".into(),
            (Error::PayRangeInvalid, En) => "The lowest amount is higher than the highest. Swap them.".into(),
            (Error::NoCompetencies, Nl) => "Kies eerst de competenties bij Competenties. De tekst is erop gebouwd.".into(),
            (Error::NoCompetencies, En) => "Choose the competencies first under Competencies. The text is built on them.".into(),
            (Error::Export(_), Nl) => "Werfwijzer kon het bestand niet maken. Er is niets opgeslagen. Probeer het nog eens of kies een ander formaat.".into(),
            (Error::VacancyTextMissing, Nl) => "Er is nog geen tekst in deze taal. Maak eerst de tekst bij de stap Tekst.".into(),
            (Error::VacancyTextMissing, En) => "There is no text in this language yet. Make the text first in the Text step.".into(),
            (Error::ApplicantNotFound, Nl) => "Deze sollicitant bestaat niet meer. Ga terug naar de lijst met sollicitanten.".into(),
            (Error::ApplicantNotFound, En) => "This applicant no longer exists. Go back to the list of applicants.".into(),
            (Error::LogoInvalid, Nl) => "Dit bestand is geen bruikbaar logo. Kies een PNG- of JPEG-afbeelding.".into(),
            (Error::LogoInvalid, En) => "This file is not a usable logo. Choose a PNG or JPEG image.".into(),
            (Error::LogoTooLarge, Nl) => "Dit logo is te groot. Kies een afbeelding van hoogstens 2 MB.".into(),
            (Error::LogoTooLarge, En) => "This logo is too large. Choose an image of at most 2 MB.".into(),
            (Error::Export(_), En) => "Werfwijzer could not make the file. Nothing was saved. Try again or choose another format.".into(),
        }
    }

    pub fn to_app_error(&self, lang: Language) -> AppError {
        AppError {
            code: self.code(),
            message: self.message(lang),
        }
    }
}
