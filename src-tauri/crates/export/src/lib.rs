//! Exports a vacancy text to the four formats the owner can save it as
//! (PRODUCT.md §3.1 step 7): `.txt`, `.html`, `.pdf` and `.docx`, and reads a
//! `.docx` back into blocks.
//!
//! A plain view model ([`Document`]) goes in, file bytes come out. No Tauri,
//! no database, no other Werfwijzer crate. The owner edits the vacancy as
//! plain text; [`parse_plain`] turns that text into a title and [`Block`]s,
//! and [`to_txt`] writes exactly that convention back.
//!
//! Fonts: DejaVu Sans and DejaVu Sans Bold are vendored under
//! `assets/fonts/` (licence in `assets/fonts/DejaVu-LICENSE.txt`) and compiled
//! in; nothing is read from the system at run time. The PDF embeds subsets of
//! both fonts.
//!
//! How the output is checked as a user would: `tests/pdf_tools.rs` runs
//! `pdftotext` and `pdffonts` on generated PDFs, and `examples/sample.rs`
//! writes a realistic Dutch vacancy in all four formats for a look
//! (`pdftoppm`, LibreOffice).

mod docx;
mod html;
mod logo;
mod pdf;
mod plain;

pub use docx::{read_docx, to_docx};
pub use html::to_html;
pub use pdf::to_pdf;
pub use plain::{parse_plain, to_txt};

/// The language of the exported document: sets `lang` attributes, Word's
/// proofing language and fixed texts such as the PDF page numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Dutch (`nl`, `nl-NL`).
    Nl,
    /// English (`en`, `en-GB`).
    En,
}

impl Lang {
    /// The BCP 47 tag used in HTML (`nl` or `en`).
    pub(crate) fn html_tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The region-qualified tag used by Word (`nl-NL` or `en-GB`).
    pub(crate) fn word_tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl-NL",
            Lang::En => "en-GB",
        }
    }
}

/// The employer's logo, as uploaded. Only PNG and JPEG are accepted (checked
/// by their magic bytes, at most [`MAX_LOGO_BYTES`] bytes and
/// [`MAX_LOGO_PIXELS`] pixels each way); anything else gives
/// [`ExportError::BadLogo`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    /// `"image/png"` or `"image/jpeg"`; must agree with the bytes.
    pub media_type: String,
    /// The image file as uploaded.
    pub bytes: Vec<u8>,
}

/// The largest logo file accepted, in bytes (2 MB).
pub const MAX_LOGO_BYTES: usize = 2 * 1024 * 1024;

/// The largest logo accepted, in pixels along either side.
pub const MAX_LOGO_PIXELS: u32 = 4000;

/// The view model every export is made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Language of the text (and of fixed texts the export adds).
    pub lang: Lang,
    /// The employer's name, shown in the header.
    pub organisation: String,
    /// The employer's logo, shown top right.
    pub logo: Option<Logo>,
    /// The vacancy title (the job), shown large at the top.
    pub title: String,
    /// The body of the text, in order.
    pub blocks: Vec<Block>,
}

/// One piece of the body of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A section heading such as "Wat ga je doen".
    Heading(String),
    /// A paragraph of running text (one line; the formats wrap it).
    Paragraph(String),
    /// A bulleted list; one string per item.
    Bullets(Vec<String>),
}

/// Why an export or a `.docx` read failed. Closed: callers can match on the
/// variant to choose the message for the user.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The logo is not a PNG or JPEG, does not match its media type, is
    /// damaged, or is too large (bytes or pixels). The string says which.
    #[error("the logo cannot be used: {0}")]
    BadLogo(String),
    /// The bytes are not a Word document: not a zip, or no `word/document.xml`.
    #[error("this file is not a Word document (.docx)")]
    NotADocx,
    /// The Word document unpacks to more than [`MAX_DOCX_XML_BYTES`] of text
    /// or holds more than [`MAX_DOCX_ENTRIES`] files (a zip bomb, or simply
    /// too big for a vacancy text or letter).
    #[error("this Word document is too large to read")]
    TooLarge,
    /// The Word document is a zip with `word/document.xml`, but that part is
    /// damaged (broken compression or XML).
    #[error("this Word document is damaged: {0}")]
    DamagedDocx(String),
    /// Writing the PDF failed (the vendored fonts could not be loaded).
    #[error("the PDF could not be made: {0}")]
    Pdf(String),
    /// Writing the `.docx` zip failed.
    #[error("the Word document could not be made: {0}")]
    Docx(String),
}

/// The most uncompressed bytes [`read_docx`] reads from `word/document.xml`
/// (20 MB), counted while inflating, not taken from the zip header.
pub const MAX_DOCX_XML_BYTES: u64 = 20 * 1024 * 1024;

/// The most entries a `.docx` may hold for [`read_docx`] to open it.
pub const MAX_DOCX_ENTRIES: usize = 1000;
