//! Turns an applicant's letter into plain text (PRODUCT.md §3.4, letters in):
//! a `.pdf` with a text layer, a Word `.docx`, an OpenDocument `.odt`, a
//! plain `.txt` in any of the usual encodings, or text pasted into the app.
//!
//! Bytes in, text out: no database, no files, no other Werfwijzer crate. The
//! format is told by the bytes first and by the file name second
//! ([`extract`]); every format ends in the same clean-up ([`Extracted::text`]
//! is NFC, `\n` line ends, no control characters, no trailing spaces, at most
//! one blank line in a row, trimmed).
//!
//! Letters come from strangers, so every reader assumes a hostile file:
//! the size is checked before anything is parsed ([`MAX_FILE_BYTES`]); zips
//! are read under entry, size and ratio limits with a hard byte limit while
//! inflating ([`ImportError::ZipBomb`]); the PDF reader runs inside
//! `catch_unwind`, with limits on pages, objects, stream sizes and content
//! operations. No error carries any of the file's content, and nothing here
//! logs or prints letter text.
//!
//! [`fingerprint`] recognises the same letter imported twice, also across
//! formats (a PDF and the `.docx` it was made from).

mod detect;
mod docx;
mod error;
mod normalize;
mod odt;
mod pdf;
mod txt;
mod xml;
mod zipsafe;

pub use error::{ImportError, Lang};
pub use normalize::fingerprint;

/// The largest file [`extract`] reads (10 MiB); a larger one is
/// [`ImportError::TooLarge`] before any parsing. Also the most bytes of
/// pasted text [`from_pasted`] takes.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// The most pages a PDF may have ([`ImportError::TooManyPages`] beyond).
pub const MAX_PDF_PAGES: u32 = 50;

/// The most entries a `.docx` or `.odt` zip may hold.
pub const MAX_ZIP_ENTRIES: usize = 2_000;

/// The most bytes the parts read from a `.docx` or `.odt` may inflate to,
/// together (20 MiB), counted while inflating; also the most any one entry
/// may declare.
pub const MAX_UNZIPPED_BYTES: u64 = 20 * 1024 * 1024;

/// The highest compression ratio (inflated : stored) of a part that is read,
/// checked for parts of more than [`RATIO_CHECK_FROM`] bytes (a tiny part of
/// repeated characters compresses that well without harm).
pub const MAX_ZIP_RATIO: u64 = 200;

/// Parts smaller than this (64 KiB) are not held to [`MAX_ZIP_RATIO`].
pub const RATIO_CHECK_FROM: u64 = 64 * 1024;

/// What kind of source the text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// A PDF with a text layer.
    Pdf,
    /// A Word document (Office Open XML, `.docx`).
    Docx,
    /// An OpenDocument text (`.odt`, LibreOffice and others).
    Odt,
    /// A plain text file.
    Txt,
    /// Text typed or pasted into Werfwijzer.
    Pasted,
}

impl Format {
    /// A stable lower-case name (`"pdf"`, `"docx"`, `"odt"`, `"txt"`,
    /// `"pasted"`), for storage and logs.
    pub fn code(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Txt => "txt",
            Format::Pasted => "pasted",
        }
    }
}

/// The text of a letter, and where it came from.
///
/// `Debug` shows the length of the text, never the text itself, so the
/// letter cannot end up in a log by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Extracted {
    /// The letter as plain text (see the crate documentation for its form).
    pub text: String,
    /// The format that was read.
    pub format: Format,
    /// For [`Format::Txt`], the encoding the bytes were read in: `"UTF-8"`,
    /// `"UTF-16LE"`, `"UTF-16BE"` or `"windows-1252"`; `None` otherwise.
    pub encoding: Option<&'static str>,
    /// For [`Format::Pdf`], the number of pages; `None` otherwise.
    pub pages: Option<u32>,
}

impl std::fmt::Debug for Extracted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extracted")
            .field(
                "text",
                &format_args!("<{} chars>", self.text.chars().count()),
            )
            .field("format", &self.format)
            .field("encoding", &self.encoding)
            .field("pages", &self.pages)
            .finish()
    }
}

/// Reads a letter file: detects the format (magic bytes first, then the
/// extension of `file_name`), extracts the text and cleans it up.
///
/// `file_name` is only used for its extension; it may be empty.
///
/// # Errors
/// [`ImportError::TooLarge`] above [`MAX_FILE_BYTES`] (before any parsing),
/// [`ImportError::Empty`] for an empty file or one without text,
/// [`ImportError::UnknownFormat`] for images, old `.doc` files, programs and
/// anything else that is not one of the four formats, and the format's own
/// refusals ([`ImportError::Scan`], [`ImportError::Encrypted`],
/// [`ImportError::Corrupt`], [`ImportError::ZipBomb`],
/// [`ImportError::NotText`], [`ImportError::TooManyPages`],
/// [`ImportError::TooComplex`]).
pub fn extract(file_name: &str, bytes: &[u8]) -> Result<Extracted, ImportError> {
    let size = bytes.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: size,
            limit: MAX_FILE_BYTES,
        });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ImportError::Empty);
    }
    let (format, text, encoding, pages) = match detect::detect(file_name, bytes)? {
        detect::Detected::Pdf => {
            let (text, pages) = pdf::extract(bytes)?;
            (Format::Pdf, text, None, Some(pages))
        }
        detect::Detected::Docx => (Format::Docx, docx::extract(bytes)?, None, None),
        detect::Detected::Odt => (Format::Odt, odt::extract(bytes)?, None, None),
        detect::Detected::Txt => {
            let (text, encoding) = txt::decode(bytes)?;
            (Format::Txt, text, Some(encoding), None)
        }
    };
    let text = normalize::clean(&text);
    if text.is_empty() {
        return Err(match format {
            Format::Pdf => ImportError::Scan,
            _ => ImportError::Empty,
        });
    }
    Ok(Extracted {
        text,
        format,
        encoding,
        pages,
    })
}

/// Takes text typed or pasted into Werfwijzer, with the same clean-up as a
/// file.
///
/// # Errors
/// [`ImportError::Empty`] when nothing but white space is left;
/// [`ImportError::TooLarge`] above [`MAX_FILE_BYTES`] bytes of UTF-8.
pub fn from_pasted(text: &str) -> Result<Extracted, ImportError> {
    let size = text.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: size,
            limit: MAX_FILE_BYTES,
        });
    }
    let text = normalize::clean(text);
    if text.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(Extracted {
        text,
        format: Format::Pasted,
        encoding: None,
        pages: None,
    })
}
