//! What can be wrong with a pack, worded in Dutch and English (B1: what is wrong and what
//! to do). Each message names where in the file the problem is.

use crate::model::{Lang, QuestionKind};

/// One broken rule, at a JSON path such as `competencies[2].indicators[0].nl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    MissingText,
    TextTooLong {
        max: usize,
    },
    UndeclaredLanguage,
    Count {
        found: usize,
        min: usize,
        max: usize,
    },
    BadId {
        dots: bool,
    },
    DuplicateId {
        id: String,
    },
    UnknownCompetency {
        id: String,
    },
    MissingQuestionKind {
        kind: QuestionKind,
    },
    NoLanguages,
    DuplicateLanguage,
    BadVersion,
    LogoType,
    LogoTooLarge {
        max: usize,
    },
    NotBase64,
}

/// Why a pack file is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error("file too large ({bytes} bytes, max {max})")]
    TooLarge { bytes: usize, max: usize },
    #[error("not UTF-8 (at byte {offset})")]
    NotUtf8 { offset: usize },
    #[error("nested deeper than {max}")]
    TooDeep { max: usize },
    #[error("not valid JSON at line {line}, column {column}")]
    Syntax { line: usize, column: usize },
    #[error("not a Werfwijzer pack")]
    NotAPack,
    #[error("made for a newer Werfwijzer (formatVersion {found})")]
    NewerFormat { found: u64 },
    #[error("{path}: {kind:?}")]
    Shape { path: String, kind: ShapeKind },
    #[error("{} problems", .0.len())]
    Invalid(Vec<Problem>),
    #[error("tampered: {0:?}")]
    Tampered(TamperReason),
    #[error("claims publisher {publisher_id} without its key")]
    ForeignPublisher { publisher_id: String },
}

/// What is wrong with the structure of a pack at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShapeKind {
    /// A key the format does not know (a typo, or a newer format).
    UnknownKey,
    /// A required key is missing; holds its name.
    MissingKey(String),
    /// A value of the wrong kind (text where a list belongs, …).
    WrongType,
    /// A value that is not one of the allowed words (e.g. a question kind).
    UnknownValue,
}

impl ShapeKind {
    /// Sorts a message of the JSON reader into a kind. The reader's wording is not part of
    /// its API, so anything unrecognised counts as a wrong type: the path still says where.
    pub(crate) fn from_serde(message: &str) -> Self {
        if message.starts_with("unknown field") {
            ShapeKind::UnknownKey
        } else if let Some(rest) = message.strip_prefix("missing field `") {
            ShapeKind::MissingKey(rest.split('`').next().unwrap_or_default().to_owned())
        } else if message.starts_with("unknown variant") {
            ShapeKind::UnknownValue
        } else {
            ShapeKind::WrongType
        }
    }

    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ShapeKind::UnknownKey, Lang::Nl) => "dit onderdeel kent Werfwijzer niet. Controleer de spelling of haal het weg".into(),
            (ShapeKind::UnknownKey, Lang::En) => "Werfwijzer does not know this item. Check the spelling or remove it".into(),
            (ShapeKind::MissingKey(k), Lang::Nl) => format!("hier ontbreekt \"{k}\". Vul het in"),
            (ShapeKind::MissingKey(k), Lang::En) => format!("\"{k}\" is missing here. Fill it in"),
            (ShapeKind::WrongType, Lang::Nl) => "hier staat het verkeerde soort waarde (bijvoorbeeld een getal waar een lijst hoort)".into(),
            (ShapeKind::WrongType, Lang::En) => "the value here is of the wrong kind (for example a number where a list belongs)".into(),
            (ShapeKind::UnknownValue, Lang::Nl) => "deze waarde is niet toegestaan. Kijk in het schema welke woorden hier mogen".into(),
            (ShapeKind::UnknownValue, Lang::En) => "this value is not allowed. See the schema for the words allowed here".into(),
        }
    }
}

/// Why a signature does not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TamperReason {
    /// The signature block cannot be read (wrong algorithm, bad base64, wrong length).
    Unreadable,
    /// The content differs from what was signed.
    ContentChanged,
}

fn quote(path: &str) -> String {
    if path.is_empty() {
        "(het hele bestand)".into()
    } else {
        path.to_owned()
    }
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        let at = quote(&self.path);
        let what = self.kind.message(lang);
        match lang {
            Lang::Nl => format!("Bij {at}: {what}"),
            Lang::En => format!(
                "At {}: {what}",
                if self.path.is_empty() {
                    "(the whole file)"
                } else {
                    &self.path
                }
            ),
        }
    }
}

impl ProblemKind {
    pub fn message(&self, lang: Lang) -> String {
        use Lang::{En, Nl};
        use ProblemKind::*;
        match (self, lang) {
            (MissingText, Nl) => "hier ontbreekt tekst. Vul de tekst in.".into(),
            (MissingText, En) => "the text is missing. Fill it in.".into(),
            (TextTooLong { max }, Nl) => format!("de tekst is te lang. Gebruik hoogstens {max} tekens."),
            (TextTooLong { max }, En) => format!("the text is too long. Use at most {max} characters."),
            (UndeclaredLanguage, Nl) => "deze taal staat niet in \"languages\". Zet de taal erbij of haal de tekst weg.".into(),
            (UndeclaredLanguage, En) => "this language is not listed in \"languages\". Add it there or remove the text.".into(),
            (Count { found, min, max }, Nl) => format!("er staan er {found}; dat moeten er {min} tot en met {max} zijn."),
            (Count { found, min, max }, En) => format!("there are {found}; there must be {min} to {max}."),
            (BadId { dots: true }, Nl) => "dit is geen geldige id. Gebruik kleine letters, cijfers, streepjes en punten, zoals \"nl.bakkersbond.bakkerij\".".into(),
            (BadId { dots: true }, En) => "this is not a valid id. Use lower-case letters, digits, dashes and dots, like \"nl.bakersguild.bakery\".".into(),
            (BadId { dots: false }, Nl) => "dit is geen geldige id. Gebruik kleine letters, cijfers en streepjes, zoals \"afrekenen-aan-de-kassa\".".into(),
            (BadId { dots: false }, En) => "this is not a valid id. Use lower-case letters, digits and dashes, like \"checkout-payments\".".into(),
            (DuplicateId { id }, Nl) => format!("de id \"{id}\" komt twee keer voor. Geef elk onderdeel een eigen id."),
            (DuplicateId { id }, En) => format!("the id \"{id}\" appears twice. Give each item its own id."),
            (UnknownCompetency { id }, Nl) => format!("er is geen competentie met de id \"{id}\" in dit pakket."),
            (UnknownCompetency { id }, En) => format!("there is no competency with the id \"{id}\" in this pack."),
            (MissingQuestionKind { kind: QuestionKind::Behavioural }, Nl) => "er ontbreekt een vraag naar een echt voorbeeld (\"Vertel over een keer dat…\").".into(),
            (MissingQuestionKind { kind: QuestionKind::Behavioural }, En) => "a question about a real example (\"Tell me about a time when…\") is missing.".into(),
            (MissingQuestionKind { kind: QuestionKind::Situational }, Nl) => "er ontbreekt een vraag over een situatie (\"Wat doe je als…\").".into(),
            (MissingQuestionKind { kind: QuestionKind::Situational }, En) => "a question about a situation (\"What do you do if…\") is missing.".into(),
            (NoLanguages, Nl) => "er staat geen taal in. Zet er \"nl\", \"en\" of allebei in.".into(),
            (NoLanguages, En) => "no language is listed. Put \"nl\", \"en\" or both.".into(),
            (DuplicateLanguage, Nl) => "deze taal staat er twee keer in.".into(),
            (DuplicateLanguage, En) => "this language is listed twice.".into(),
            (BadVersion, Nl) => "dit is geen geldig versienummer. Gebruik drie getallen, zoals \"1.2.0\".".into(),
            (BadVersion, En) => "this is not a valid version. Use three numbers, like \"1.2.0\".".into(),
            (LogoType, Nl) => "het logo moet een PNG- of JPEG-afbeelding zijn.".into(),
            (LogoType, En) => "the logo must be a PNG or JPEG image.".into(),
            (LogoTooLarge { max }, Nl) => format!("het logo is te groot. Het mag hoogstens {} kB zijn.", max / 1024),
            (LogoTooLarge { max }, En) => format!("the logo is too large. It may be at most {} kB.", max / 1024),
            (NotBase64, Nl) => "de afbeelding is niet goed opgeslagen (geen base64).".into(),
            (NotBase64, En) => "the image is not stored correctly (not base64).".into(),
        }
    }
}

impl PackError {
    /// What the user reads. For [`PackError::Invalid`] the first problems are listed.
    pub fn message(&self, lang: Lang) -> String {
        use Lang::{En, Nl};
        use PackError::*;
        match (self, lang) {
            (TooLarge { max, .. }, Nl) => format!("Dit bestand is te groot voor een pakket (hoogstens {} MB). Controleer of je het goede bestand kiest.", max / (1024 * 1024)),
            (TooLarge { max, .. }, En) => format!("This file is too large for a pack (at most {} MB). Check that you chose the right file.", max / (1024 * 1024)),
            (NotUtf8 { .. }, Nl) => "Dit bestand is geen leesbare tekst (geen UTF-8). Sla het op als UTF-8 en probeer het opnieuw.".into(),
            (NotUtf8 { .. }, En) => "This file is not readable text (not UTF-8). Save it as UTF-8 and try again.".into(),
            (TooDeep { max }, Nl) => format!("Dit bestand is te diep genest (meer dan {max} lagen). Een pakket is zo niet opgebouwd."),
            (TooDeep { max }, En) => format!("This file is nested too deeply (more than {max} levels). A pack is not built that way."),
            (Syntax { line, column }, Nl) => format!("Dit bestand is geen geldige JSON. De fout zit in regel {line}, kolom {column}."),
            (Syntax { line, column }, En) => format!("This file is not valid JSON. The error is at line {line}, column {column}."),
            (NotAPack, Nl) => "Dit bestand is geen Werfwijzer-pakket (\"format\" is niet \"werfwijzer-pack\").".into(),
            (NotAPack, En) => "This file is not a Werfwijzer pack (\"format\" is not \"werfwijzer-pack\").".into(),
            (NewerFormat { found }, Nl) => format!("Dit pakket is gemaakt voor een nieuwere Werfwijzer (formaat {found}). Installeer de nieuwste versie van Werfwijzer en probeer het opnieuw."),
            (NewerFormat { found }, En) => format!("This pack was made for a newer Werfwijzer (format {found}). Install the latest version of Werfwijzer and try again."),
            (Shape { path, kind }, Nl) => format!("Het pakket klopt niet bij {}: {}.", quote(path), kind.message(Nl)),
            (Shape { path, kind }, En) => format!("The pack is not right at {}: {}.", if path.is_empty() { "(the whole file)" } else { path }, kind.message(En)),
            (Invalid(problems), lang) => {
                let head = match lang {
                    Nl => format!("Het pakket heeft {} fout(en):", problems.len()),
                    En => format!("The pack has {} problem(s):", problems.len()),
                };
                let mut lines = vec![head];
                lines.extend(problems.iter().take(20).map(|p| format!("- {}", p.message(lang))));
                if problems.len() > 20 {
                    lines.push(match lang {
                        Nl => format!("… en nog {} meer.", problems.len() - 20),
                        En => format!("… and {} more.", problems.len() - 20),
                    });
                }
                lines.join("\n")
            }
            (Tampered(TamperReason::Unreadable), Nl) => "De handtekening van dit pakket is onleesbaar. Werfwijzer installeert het niet. Vraag de uitgever om een nieuw bestand.".into(),
            (Tampered(TamperReason::Unreadable), En) => "This pack's signature cannot be read. Werfwijzer will not install it. Ask the publisher for a new file.".into(),
            (Tampered(TamperReason::ContentChanged), Nl) => "Dit pakket is veranderd nadat het is ondertekend. Werfwijzer installeert het niet. Vraag de uitgever om een nieuw bestand.".into(),
            (Tampered(TamperReason::ContentChanged), En) => "This pack was changed after it was signed. Werfwijzer will not install it. Ask the publisher for a new file.".into(),
            (ForeignPublisher { publisher_id }, Nl) => format!("Dit pakket zegt dat het van \"{publisher_id}\" komt, maar het is niet ondertekend met de sleutel van die uitgever. Werfwijzer installeert het niet."),
            (ForeignPublisher { publisher_id }, En) => format!("This pack claims to come from \"{publisher_id}\", but it is not signed with that publisher's key. Werfwijzer will not install it."),
        }
    }
}
