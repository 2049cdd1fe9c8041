//! Why a letter could not be read, and how that reads in Dutch and English.

/// The language of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Dutch, plain language (B1).
    Nl,
    /// English.
    En,
}

/// Why a letter could not be read. Closed: the caller matches on the variant
/// or on [`ImportError::code`], never on the text. No variant carries any of
/// the file's content.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file, or what could be read from it, holds no text.
    #[error("the file holds no text")]
    Empty,
    /// The file (or pasted text) is larger than the limit; nothing was parsed.
    #[error("the file is {bytes} bytes, more than the limit of {limit}")]
    TooLarge {
        /// The size of the file in bytes.
        bytes: u64,
        /// The limit in bytes ([`crate::MAX_FILE_BYTES`]).
        limit: u64,
    },
    /// Not a PDF, Word, OpenDocument or text file (an image, an old `.doc`,
    /// a program, a spreadsheet…).
    #[error("the file is not in a format Werfwijzer reads")]
    UnknownFormat,
    /// A PDF whose pages hold no text (a scan or a photo).
    #[error("the PDF holds no text layer (a scan)")]
    Scan,
    /// The file is protected with a password (or encrypted in a way that
    /// cannot be opened cleanly without one).
    #[error("the file is encrypted")]
    Encrypted,
    /// The file is damaged or incomplete.
    #[error("the file is damaged")]
    Corrupt,
    /// A `.docx` or `.odt` that unpacks to far too much data, or holds far
    /// too many parts.
    #[error("the zip unpacks to too much data")]
    ZipBomb,
    /// A file read as text that holds binary data.
    #[error("the file is not text")]
    NotText,
    /// A PDF with more pages than a letter has.
    #[error("the PDF has {pages} pages, more than the limit of {limit}")]
    TooManyPages {
        /// The number of pages.
        pages: u32,
        /// The limit ([`crate::MAX_PDF_PAGES`]).
        limit: u32,
    },
    /// A PDF built so that reading it would take more memory or time than a
    /// letter needs (huge streams, very many objects or drawing operations).
    #[error("the PDF is too complex to read safely")]
    TooComplex,
}

/// A size in MB for a message: whole numbers without decimals, otherwise
/// one decimal (with a decimal comma in Dutch).
fn megabytes(bytes: u64, lang: Lang) -> String {
    let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    let (whole, tenth) = (tenths / 10, tenths % 10);
    match (tenth, lang) {
        (0, _) => format!("{whole} MB"),
        (t, Lang::Nl) => format!("{whole},{t} MB"),
        (t, Lang::En) => format!("{whole}.{t} MB"),
    }
}

impl ImportError {
    /// A stable code for the UI and for logs (`"scan"`, `"zip_bomb"`…).
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::Empty => "empty",
            ImportError::TooLarge { .. } => "too_large",
            ImportError::UnknownFormat => "unknown_format",
            ImportError::Scan => "scan",
            ImportError::Encrypted => "encrypted",
            ImportError::Corrupt => "corrupt",
            ImportError::ZipBomb => "zip_bomb",
            ImportError::NotText => "not_text",
            ImportError::TooManyPages { .. } => "too_many_pages",
            ImportError::TooComplex => "too_complex",
        }
    }

    /// What the user reads: what is wrong and what they can do, in plain
    /// Dutch (B1) or English.
    pub fn message(&self, lang: Lang) -> String {
        use Lang::{En, Nl};
        const OR_PASTE_NL: &str = "of typ of plak de tekst van de brief zelf.";
        const OR_PASTE_EN: &str = "or type or paste the text of the letter yourself.";
        match (self, lang) {
            (ImportError::Empty, Nl) => format!("Er staat geen tekst in dit bestand. Kies het goede bestand, {OR_PASTE_NL}"),
            (ImportError::Empty, En) => format!("There is no text in this file. Choose the right file, {OR_PASTE_EN}"),
            (ImportError::TooLarge { bytes, limit }, Nl) => format!(
                "Dit bestand is te groot ({}). Werfwijzer leest brieven tot {}. Vraag de sollicitant om een kleiner bestand, {OR_PASTE_NL}",
                megabytes(*bytes, Nl),
                megabytes(*limit, Nl)
            ),
            (ImportError::TooLarge { bytes, limit }, En) => format!(
                "This file is too large ({}). Werfwijzer reads letters of up to {}. Ask the applicant for a smaller file, {OR_PASTE_EN}",
                megabytes(*bytes, En),
                megabytes(*limit, En)
            ),
            (ImportError::UnknownFormat, Nl) => format!(
                "Werfwijzer kan dit soort bestand niet lezen. Werfwijzer leest PDF (met tekst), Word (.docx), OpenDocument (.odt) en tekstbestanden (.txt). \
Een oud Word-bestand (.doc) kun je in Word opslaan als .docx. Of vraag de sollicitant om een van die bestanden, {OR_PASTE_NL}"
            ),
            (ImportError::UnknownFormat, En) => format!(
                "Werfwijzer cannot read this kind of file. Werfwijzer reads PDF (with text), Word (.docx), OpenDocument (.odt) and text files (.txt). \
You can save an old Word file (.doc) as .docx in Word. Or ask the applicant for one of those files, {OR_PASTE_EN}"
            ),
            (ImportError::Scan, Nl) => "Deze brief is een scan: er staat geen tekst in die Werfwijzer kan lezen. \
Vraag de sollicitant om de brief als Word-bestand of PDF met tekst, of typ of plak de tekst zelf.".into(),
            (ImportError::Scan, En) => "This letter is a scan: there is no text in it that Werfwijzer can read. \
Ask the applicant for the letter as a Word file or as a PDF with text, or type or paste the text yourself.".into(),
            (ImportError::Encrypted, Nl) => format!(
                "Dit bestand is beveiligd met een wachtwoord. Daarom kan Werfwijzer het niet lezen. Vraag de sollicitant om de brief zonder wachtwoord, {OR_PASTE_NL}"
            ),
            (ImportError::Encrypted, En) => format!(
                "This file is protected with a password, so Werfwijzer cannot read it. Ask the applicant for the letter without a password, {OR_PASTE_EN}"
            ),
            (ImportError::Corrupt, Nl) => format!(
                "Dit bestand is beschadigd of niet compleet. Daarom kan Werfwijzer het niet lezen. Vraag de sollicitant om het bestand opnieuw te sturen, {OR_PASTE_NL}"
            ),
            (ImportError::Corrupt, En) => format!(
                "This file is damaged or incomplete, so Werfwijzer cannot read it. Ask the applicant to send the file again, {OR_PASTE_EN}"
            ),
            (ImportError::ZipBomb, Nl) => format!(
                "Dit bestand is niet veilig: uitgepakt wordt het veel te groot. Werfwijzer heeft het daarom niet geopend. \
Vraag de sollicitant om een gewoon Word- of PDF-bestand, {OR_PASTE_NL}"
            ),
            (ImportError::ZipBomb, En) => format!(
                "This file is not safe: unpacked, it becomes far too large. Werfwijzer has therefore not opened it. \
Ask the applicant for an ordinary Word or PDF file, {OR_PASTE_EN}"
            ),
            (ImportError::NotText, Nl) => format!(
                "In dit bestand staat geen gewone tekst, maar andere gegevens. Controleer of je het goede bestand kiest, {OR_PASTE_NL}"
            ),
            (ImportError::NotText, En) => format!(
                "This file does not hold ordinary text but other data. Check that you chose the right file, {OR_PASTE_EN}"
            ),
            (ImportError::TooManyPages { pages, limit }, Nl) => format!(
                "Deze PDF heeft {pages} pagina's. Werfwijzer leest brieven tot {limit} pagina's. Vraag de sollicitant om alleen de brief, {OR_PASTE_NL}"
            ),
            (ImportError::TooManyPages { pages, limit }, En) => format!(
                "This PDF has {pages} pages. Werfwijzer reads letters of up to {limit} pages. Ask the applicant for just the letter, {OR_PASTE_EN}"
            ),
            (ImportError::TooComplex, Nl) => format!(
                "Deze PDF is te ingewikkeld om veilig te lezen. Vraag de sollicitant om de brief als Word-bestand of als eenvoudige PDF, {OR_PASTE_NL}"
            ),
            (ImportError::TooComplex, En) => format!(
                "This PDF is too complex to read safely. Ask the applicant for the letter as a Word file or as a simple PDF, {OR_PASTE_EN}"
            ),
        }
    }

    /// Every variant once, with example values: for tests of the messages.
    #[doc(hidden)]
    pub fn examples() -> Vec<ImportError> {
        vec![
            ImportError::Empty,
            ImportError::TooLarge {
                bytes: 52_428_800,
                limit: crate::MAX_FILE_BYTES,
            },
            ImportError::TooLarge {
                bytes: 11_010_048,
                limit: crate::MAX_FILE_BYTES,
            },
            ImportError::UnknownFormat,
            ImportError::Scan,
            ImportError::Encrypted,
            ImportError::Corrupt,
            ImportError::ZipBomb,
            ImportError::NotText,
            ImportError::TooManyPages {
                pages: 120,
                limit: crate::MAX_PDF_PAGES,
            },
            ImportError::TooComplex,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn megabytes_read_naturally() {
        assert_eq!(megabytes(10 * 1024 * 1024, Lang::Nl), "10 MB");
        assert_eq!(megabytes(11_010_048, Lang::Nl), "10,5 MB");
        assert_eq!(megabytes(11_010_048, Lang::En), "10.5 MB");
        assert_eq!(megabytes(50 * 1024 * 1024, Lang::En), "50 MB");
    }

    #[test]
    fn every_message_is_plain_and_complete() {
        let mut codes = std::collections::HashSet::new();
        for e in ImportError::examples() {
            codes.insert(e.code());
            for lang in [Lang::Nl, Lang::En] {
                let m = e.message(lang);
                assert!(m.len() > 40, "{m}");
                assert!(m.ends_with('.'), "{m}");
                assert!(m.starts_with(|c: char| c.is_uppercase()), "{m}");
                for debug in ["{", "}", "::", "Some(", "None", "Err(", "Ok(", "\\n", "_"] {
                    assert!(!m.contains(debug), "{debug} in {m}");
                }
            }
            assert_ne!(e.message(Lang::Nl), e.message(Lang::En));
        }
        assert_eq!(codes.len(), 10, "one code per variant");
        assert!(ImportError::Scan
            .message(Lang::Nl)
            .starts_with("Deze brief is een scan"));
    }
}
