//! The anonymizer: finds the direct identifiers in an application letter (names, addresses,
//! postcodes, places, phone numbers, e-mail and web addresses, ID numbers, dates of birth,
//! ages) and the cues to a protected ground (origin, gender, religion, family, health,
//! photo). Deterministic and explainable: every span says which rule found it.
//!
//! The rules are general: patterns with checksums, the layout of a letter (contact block,
//! e-mail headers, salutation, sign-off, date line, labelled fields), context words
//! ("ik woon in …", "mijn moedertaal is …"), the names the letter itself establishes (and the
//! identity the coordinator confirmed), and gazetteers of names and places from open data.
//!
//! Offsets are byte offsets into the text, always on character boundaries. Pure: no files,
//! no logging, no network.

mod context;
mod cues;
mod gazetteer;
mod lex;
mod names;
mod patterns;
mod redact;
mod structure;
mod text;

pub use redact::{redact, Redaction};
pub use text::to_char_offsets;

/// The language of a letter; chooses the placeholders (`[naam]` or `[name]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    /// A guess from the most frequent function words; Dutch when in doubt.
    pub fn detect(text: &str) -> Lang {
        const NL: &[&str] = &[
            "de", "het", "een", "en", "ik", "ben", "van", "voor", "met", "is", "mijn", "niet",
            "op", "heb", "bij", "graag", "u", "jullie", "wil",
        ];
        const EN: &[&str] = &[
            "the", "a", "an", "and", "i", "am", "of", "for", "with", "is", "my", "not", "on",
            "have", "at", "would", "you", "your", "to",
        ];
        let (mut nl, mut en) = (0usize, 0usize);
        for w in text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(400)
        {
            let w = w.to_lowercase();
            nl += usize::from(NL.contains(&w.as_str()));
            en += usize::from(EN.contains(&w.as_str()));
        }
        if en > nl {
            Lang::En
        } else {
            Lang::Nl
        }
    }
}

/// What a span is. The first ten are direct identifiers (hidden from the raters); the last
/// six are cues to a protected ground (shown to the coordinator, who decides).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Person,
    Address,
    Postcode,
    Place,
    Phone,
    Email,
    Url,
    Id,
    Dob,
    Age,
    Origin,
    Gender,
    Religion,
    Family,
    Health,
    Photo,
}

impl Label {
    pub const ALL: [Label; 16] = [
        Label::Person,
        Label::Address,
        Label::Postcode,
        Label::Place,
        Label::Phone,
        Label::Email,
        Label::Url,
        Label::Id,
        Label::Dob,
        Label::Age,
        Label::Origin,
        Label::Gender,
        Label::Religion,
        Label::Family,
        Label::Health,
        Label::Photo,
    ];

    /// The label as in the corpus files and the CLI output (`PERSON`, `ORIGIN`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Address => "ADDRESS",
            Label::Postcode => "POSTCODE",
            Label::Place => "PLACE",
            Label::Phone => "PHONE",
            Label::Email => "EMAIL",
            Label::Url => "URL",
            Label::Id => "ID",
            Label::Dob => "DOB",
            Label::Age => "AGE",
            Label::Origin => "ORIGIN",
            Label::Gender => "GENDER",
            Label::Religion => "RELIGION",
            Label::Family => "FAMILY",
            Label::Health => "HEALTH",
            Label::Photo => "PHOTO",
        }
    }

    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// A direct identifier: always hidden from the raters.
    pub fn is_direct(self) -> bool {
        !self.is_cue()
    }

    /// A cue to a protected ground: flagged for the coordinator.
    pub fn is_cue(self) -> bool {
        matches!(
            self,
            Label::Origin
                | Label::Gender
                | Label::Religion
                | Label::Family
                | Label::Health
                | Label::Photo
        )
    }

    /// What replaces a hidden span in the text the raters read.
    pub fn placeholder(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Label::Person, Lang::Nl) => "[naam]",
            (Label::Person, Lang::En) => "[name]",
            (Label::Address, Lang::Nl) => "[adres]",
            (Label::Address, Lang::En) => "[address]",
            (Label::Postcode, _) => "[postcode]",
            (Label::Place, Lang::Nl) => "[plaats]",
            (Label::Place, Lang::En) => "[place]",
            (Label::Phone, Lang::Nl) => "[telefoon]",
            (Label::Phone, Lang::En) => "[phone]",
            (Label::Email, _) => "[e-mail]",
            (Label::Url, _) => "[link]",
            (Label::Id, Lang::Nl) => "[nummer]",
            (Label::Id, Lang::En) => "[number]",
            (Label::Dob, Lang::Nl) => "[geboortedatum]",
            (Label::Dob, Lang::En) => "[date of birth]",
            (Label::Age, Lang::Nl) => "[leeftijd]",
            (Label::Age, Lang::En) => "[age]",
            (_, Lang::Nl) => "[weggelaten]",
            (_, Lang::En) => "[left out]",
        }
    }
}

/// Which rule made a span: shown to the coordinator next to each redaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// A name, e-mail address or phone number the coordinator confirmed as the applicant's.
    KnownIdentity,
    /// Another occurrence (or a part, initials, folded letters) of a name found elsewhere.
    NameElsewhere,
    /// The name, address and postcode lines at the top of a letter.
    ContactBlock,
    /// The name and contact lines under the closing ("Met vriendelijke groet, …").
    Signature,
    /// "Van:", "From:", "CC:" lines of an e-mail, and a name at the end of the subject.
    EmailHeader,
    /// The name after "Beste", "Geachte heer", "Dear Ms", "t.a.v.".
    Salutation,
    /// "Ik ben …", "mijn naam is …", "I'm …".
    SelfIntroduction,
    /// A name after a form of address ("de heer …", "Mr …") or a role ("mijn jobcoach, …").
    NamedPerson,
    /// A given name from the gazetteer followed by a surname.
    NameGazetteer,
    /// A labelled field: "Adres:", "Geboortedatum:", "BSN:", "Nationaliteit:", ….
    Field,
    EmailAddress,
    WebAddress,
    PhoneNumber,
    Postcode,
    StreetAddress,
    /// "Zaandam, 14 mei 2024": the writer's place in the date line.
    DateLine,
    /// "ik woon in …", "I live in …", "thuis in …", "moved to …".
    Residence,
    /// "geboren in …", "waar ik geboren ben", "my home city".
    Birthplace,
    DateOfBirth,
    /// "ik ben 34 jaar", "(18)", "geboren in 1990", "met pensioen", "in my fifties".
    Age,
    /// A 9-digit number that passes the 11-proef.
    Bsn,
    /// An IBAN whose check digits hold (mod 97).
    Iban,
    /// A Belgian national number whose check digits hold.
    BelgianNationalNumber,
    /// A word or phrase about a protected ground.
    Cue,
    /// Added by hand by the coordinator.
    Manual,
}

impl Rule {
    /// One sentence for the coordinator: why this part was hidden or flagged.
    pub fn explain(self, lang: Lang) -> &'static str {
        use Lang::*;
        match (self, lang) {
            (Rule::KnownIdentity, Nl) => "Dit is de naam, het e-mailadres of het telefoonnummer van de sollicitant.",
            (Rule::KnownIdentity, En) => "This is the applicant's name, e-mail address or phone number.",
            (Rule::NameElsewhere, Nl) => "Deze naam (of een deel ervan) staat ook elders in de brief.",
            (Rule::NameElsewhere, En) => "This name (or part of it) also appears elsewhere in the letter.",
            (Rule::ContactBlock, Nl) => "Dit staat in de adresregels bovenaan de brief.",
            (Rule::ContactBlock, En) => "This is in the address lines at the top of the letter.",
            (Rule::Signature, Nl) => "Dit staat onder de groet, waar de sollicitant ondertekent.",
            (Rule::Signature, En) => "This is below the closing, where the applicant signs.",
            (Rule::EmailHeader, Nl) => "Dit staat in de kopregels van de e-mail.",
            (Rule::EmailHeader, En) => "This is in the header lines of the e-mail.",
            (Rule::Salutation, Nl) => "Dit is de naam in de aanhef.",
            (Rule::Salutation, En) => "This is the name in the greeting.",
            (Rule::SelfIntroduction, Nl) => "Hier stelt de sollicitant zich voor met naam.",
            (Rule::SelfIntroduction, En) => "Here the applicant introduces themselves by name.",
            (Rule::NamedPerson, Nl) => "Dit is de naam van iemand die de sollicitant noemt.",
            (Rule::NamedPerson, En) => "This is the name of someone the applicant mentions.",
            (Rule::NameGazetteer, Nl) => "Dit is een voornaam met een achternaam.",
            (Rule::NameGazetteer, En) => "This is a given name followed by a surname.",
            (Rule::Field, Nl) => "Dit staat achter een kopje als 'Adres:' of 'Geboortedatum:'.",
            (Rule::Field, En) => "This follows a heading such as 'Address:' or 'Date of birth:'.",
            (Rule::EmailAddress, Nl) => "Dit is een persoonlijk e-mailadres.",
            (Rule::EmailAddress, En) => "This is a personal e-mail address.",
            (Rule::WebAddress, Nl) => "Dit is een link naar een persoonlijke pagina.",
            (Rule::WebAddress, En) => "This is a link to a personal page.",
            (Rule::PhoneNumber, Nl) => "Dit is een telefoonnummer.",
            (Rule::PhoneNumber, En) => "This is a phone number.",
            (Rule::Postcode, Nl) => "Dit is een postcode.",
            (Rule::Postcode, En) => "This is a postcode.",
            (Rule::StreetAddress, Nl) => "Dit is een straat met huisnummer.",
            (Rule::StreetAddress, En) => "This is a street and house number.",
            (Rule::DateLine, Nl) => "Dit is de woonplaats in de datumregel.",
            (Rule::DateLine, En) => "This is the place in the date line.",
            (Rule::Residence, Nl) => "Hier staat waar de sollicitant woont.",
            (Rule::Residence, En) => "This says where the applicant lives.",
            (Rule::Birthplace, Nl) => "Hier staat waar de sollicitant geboren of opgegroeid is.",
            (Rule::Birthplace, En) => "This says where the applicant was born or grew up.",
            (Rule::DateOfBirth, Nl) => "Dit is een geboortedatum.",
            (Rule::DateOfBirth, En) => "This is a date of birth.",
            (Rule::Age, Nl) => "Hieruit blijkt de leeftijd.",
            (Rule::Age, En) => "This tells the applicant's age.",
            (Rule::Bsn, Nl) => "Dit is een burgerservicenummer (het klopt met de 11-proef).",
            (Rule::Bsn, En) => "This is a Dutch citizen service number (it passes the check).",
            (Rule::Iban, Nl) => "Dit is een bankrekeningnummer (IBAN).",
            (Rule::Iban, En) => "This is a bank account number (IBAN).",
            (Rule::BelgianNationalNumber, Nl) => "Dit is een Belgisch rijksregisternummer.",
            (Rule::BelgianNationalNumber, En) => "This is a Belgian national number.",
            (Rule::Cue, Nl) => "Dit zegt iets over afkomst, geslacht, geloof, gezin, gezondheid of een foto. Kies: verbergen of laten staan.",
            (Rule::Cue, En) => "This says something about origin, gender, religion, family, health or a photo. Choose: hide or keep.",
            (Rule::Manual, Nl) => "Door u zelf verborgen.",
            (Rule::Manual, En) => "Hidden by you.",
        }
    }

    /// A stable identifier for storage.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::KnownIdentity => "known-identity",
            Rule::NameElsewhere => "name-elsewhere",
            Rule::ContactBlock => "contact-block",
            Rule::Signature => "signature",
            Rule::EmailHeader => "email-header",
            Rule::Salutation => "salutation",
            Rule::SelfIntroduction => "self-introduction",
            Rule::NamedPerson => "named-person",
            Rule::NameGazetteer => "name-gazetteer",
            Rule::Field => "field",
            Rule::EmailAddress => "email-address",
            Rule::WebAddress => "web-address",
            Rule::PhoneNumber => "phone-number",
            Rule::Postcode => "postcode",
            Rule::StreetAddress => "street-address",
            Rule::DateLine => "date-line",
            Rule::Residence => "residence",
            Rule::Birthplace => "birthplace",
            Rule::DateOfBirth => "date-of-birth",
            Rule::Age => "age",
            Rule::Bsn => "bsn",
            Rule::Iban => "iban",
            Rule::BelgianNationalNumber => "belgian-national-number",
            Rule::Cue => "cue",
            Rule::Manual => "manual",
        }
    }

    pub fn parse(s: &str) -> Option<Rule> {
        use Rule::*;
        [
            KnownIdentity,
            NameElsewhere,
            ContactBlock,
            Signature,
            EmailHeader,
            Salutation,
            SelfIntroduction,
            NamedPerson,
            NameGazetteer,
            Field,
            EmailAddress,
            WebAddress,
            PhoneNumber,
            Postcode,
            StreetAddress,
            DateLine,
            Residence,
            Birthplace,
            DateOfBirth,
            Age,
            Bsn,
            Iban,
            BelgianNationalNumber,
            Cue,
            Manual,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
    }
}

/// One finding: `text[start..end]` (byte offsets on character boundaries).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub rule: Rule,
}

/// What the coordinator confirmed about the applicant: these strings and their variants are
/// always hidden, wherever they appear.
#[derive(Clone, Debug, Default)]
pub struct Known {
    pub names: Vec<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
}

/// What the letter tells about who wrote it: the coordinator confirms it at intake.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IdentityGuess {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// The result of one run over a letter.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// All spans, sorted by start. Direct identifiers do not overlap each other; cues may
    /// overlap anything.
    pub spans: Vec<Span>,
    pub identity: IdentityGuess,
    /// The letter's language: the placeholders follow it.
    pub lang: Lang,
}

/// Finds the direct identifiers and the protected-ground cues in a letter.
pub fn anonymize(text: &str, lang: Lang, known: &Known) -> Analysis {
    let mut doc = structure::Doc::new(text);
    names::known_identity(&mut doc, known);
    patterns::find(&mut doc);
    structure::layout(&mut doc);
    patterns::postcodes(&mut doc);
    names::in_running_text(&mut doc);
    names::from_gazetteer(&mut doc);
    context::find(&mut doc);
    names::elsewhere(&mut doc);
    patterns::personal_web_addresses(&mut doc);
    cues::find(&mut doc);
    let mut a = doc.finish();
    a.lang = lang;
    a
}

#[cfg(test)]
mod tests;
