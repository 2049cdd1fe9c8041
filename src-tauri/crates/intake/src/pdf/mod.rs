//! PDFs: lopdf parses the file; our own reader runs the content streams,
//! decodes the fonts (ToUnicode CMaps, encodings, glyph names) and puts the
//! text in reading order ([`layout`]).
//!
//! A PDF from a stranger may be built to crash or exhaust a reader, so:
//! lopdf runs inside `catch_unwind` on the calling thread (no rayon); while
//! loading, a filter counts objects and object streams and stops past
//! [`MAX_OBJECTS`] and [`MAX_OBJECT_STREAMS`]; every stream is inflated
//! under [`MAX_STREAM_BYTES`], and all streams of the file together under
//! [`MAX_TOTAL_BYTES`]; content operations, glyphs and fonts are counted
//! ([`Budget`]); pages beyond [`crate::MAX_PDF_PAGES`] are refused before
//! any is read; array nesting in content is checked before lopdf's
//! recursive parser sees it.

mod cmap;
mod content;
mod encoding;
mod font;
mod layout;

use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};

use lopdf::{Document, LoadOptions, Object, ObjectId};

use crate::{ImportError, MAX_PDF_PAGES};

/// The most bytes any one stream may inflate to.
pub const MAX_STREAM_BYTES: usize = 8 * 1024 * 1024;
/// The most bytes an object or cross-reference stream may inflate to while
/// the file is loaded (they hold small objects, never page content).
const MAX_LOAD_STREAM_BYTES: usize = 2 * 1024 * 1024;
/// The most bytes all streams read for text may inflate to together.
pub const MAX_TOTAL_BYTES: usize = 64 * 1024 * 1024;
/// The most objects a file may hold.
pub const MAX_OBJECTS: usize = 300_000;
/// The most object streams a file may hold.
pub const MAX_OBJECT_STREAMS: usize = 64;
/// The most content operations read, over all pages and forms.
const MAX_OPERATIONS: usize = 2_000_000;
/// The most glyphs read, over all pages.
const MAX_GLYPHS: usize = 500_000;
/// The most fonts loaded.
const MAX_FONTS: usize = 2_000;
/// The most ToUnicode mappings kept, over all fonts.
const MAX_CMAP_ENTRIES: usize = 500_000;

/// What reading one PDF may still use.
pub(crate) struct Budget {
    bytes: usize,
    operations: usize,
    glyphs: usize,
    fonts: usize,
    cmap_entries: usize,
}

impl Budget {
    fn new() -> Self {
        Budget {
            bytes: MAX_TOTAL_BYTES,
            operations: MAX_OPERATIONS,
            glyphs: MAX_GLYPHS,
            fonts: MAX_FONTS,
            cmap_entries: MAX_CMAP_ENTRIES,
        }
    }

    /// The most bytes the next stream may inflate to.
    pub(crate) fn stream_limit(&self) -> usize {
        MAX_STREAM_BYTES.min(self.bytes)
    }

    fn take(left: &mut usize, n: usize) -> Result<(), ImportError> {
        *left = left.checked_sub(n).ok_or(ImportError::TooComplex)?;
        Ok(())
    }

    pub(crate) fn take_bytes(&mut self, n: usize) -> Result<(), ImportError> {
        Self::take(&mut self.bytes, n)
    }

    pub(crate) fn take_ops(&mut self, n: usize) -> Result<(), ImportError> {
        Self::take(&mut self.operations, n)
    }

    pub(crate) fn take_glyphs(&mut self, n: usize) -> Result<(), ImportError> {
        Self::take(&mut self.glyphs, n)
    }

    pub(crate) fn take_font(&mut self) -> Result<(), ImportError> {
        Self::take(&mut self.fonts, 1)
    }

    pub(crate) fn take_cmap_entries(&mut self, n: usize) -> Result<(), ImportError> {
        Self::take(&mut self.cmap_entries, n)
    }
}

#[derive(Clone, Copy, Default)]
struct LoadCount {
    objects: usize,
    object_streams: usize,
    exceeded: bool,
}

thread_local! {
    /// What the load filter has seen of the file being loaded on this thread.
    static LOAD_COUNT: Cell<LoadCount> = Cell::new(LoadCount::default());
}

/// lopdf's load filter: counts objects and object streams, and drops every
/// object once a limit is passed (the load is then refused).
fn load_filter(id: ObjectId, obj: &mut Object) -> Option<(ObjectId, Object)> {
    LOAD_COUNT.with(|cell| {
        let mut count = cell.get();
        count.objects += 1;
        if let Object::Stream(s) = obj {
            if s.dict.has_type(b"ObjStm") {
                count.object_streams += 1;
            }
        }
        if count.objects > MAX_OBJECTS || count.object_streams > MAX_OBJECT_STREAMS {
            count.exceeded = true;
        }
        cell.set(count);
        // lopdf keeps the object it passed for top-level objects and the
        // returned one for objects inside object streams: return a copy.
        (!count.exceeded).then(|| (id, obj.clone()))
    })
}

/// Whether the file declares encryption (`/Encrypt` in a trailer).
fn declares_encryption(bytes: &[u8]) -> bool {
    bytes
        .windows(9)
        .any(|w| w.starts_with(b"/Encrypt") && !w[8].is_ascii_alphanumeric())
}

/// The page size in points (`MediaBox`, inherited), A4 when unknown.
fn page_size(doc: &Document, page: ObjectId) -> (f64, f64) {
    let mut node = doc.get_dictionary(page).ok();
    for _ in 0..32 {
        let Some(dict) = node else { break };
        if let Object::Array(b) = font::get(doc, dict, b"MediaBox") {
            let v: Vec<f64> = b
                .iter()
                .filter_map(|o| font::number(font::deref(doc, o)))
                .collect();
            if let [x0, y0, x1, y1] = v[..] {
                let (w, h) = ((x1 - x0).abs(), (y1 - y0).abs());
                if w > 1.0 && h > 1.0 && w < 1e6 && h < 1e6 {
                    return (w, h);
                }
            }
        }
        node = dict
            .get(b"Parent")
            .and_then(Object::as_reference)
            .ok()
            .and_then(|id| doc.get_dictionary(id).ok());
    }
    (595.0, 842.0)
}

fn load(bytes: &[u8]) -> Result<Document, ImportError> {
    LOAD_COUNT.with(|c| c.set(LoadCount::default()));
    let options = LoadOptions {
        filter: Some(load_filter),
        max_decompressed_size: Some(MAX_LOAD_STREAM_BYTES),
        ..LoadOptions::default()
    };
    let loaded = Document::load_mem_with_options(bytes, options);
    let count = LOAD_COUNT.with(Cell::take);
    if count.exceeded {
        return Err(ImportError::TooComplex);
    }
    let doc = match loaded {
        Ok(doc) => doc,
        Err(_) if declares_encryption(bytes) => return Err(ImportError::Encrypted),
        Err(_) => return Err(ImportError::Corrupt),
    };
    if doc.objects.len() > MAX_OBJECTS {
        return Err(ImportError::TooComplex);
    }
    // Still encrypted: the empty password did not open it.
    if doc.is_encrypted() {
        return Err(ImportError::Encrypted);
    }
    Ok(doc)
}

fn read(bytes: &[u8]) -> Result<(String, u32), ImportError> {
    let doc = load(bytes)?;
    let decrypted = doc.was_encrypted();
    let pages: Vec<ObjectId> = doc.page_iter().take(100_000).collect();
    let count = u32::try_from(pages.len()).unwrap_or(u32::MAX);
    if count == 0 {
        return Err(if decrypted {
            ImportError::Encrypted
        } else {
            ImportError::Corrupt
        });
    }
    if count > MAX_PDF_PAGES {
        return Err(ImportError::TooManyPages {
            pages: count,
            limit: MAX_PDF_PAGES,
        });
    }
    let mut budget = Budget::new();
    let mut reader = content::Reader::new(&doc);
    let mut text = String::new();
    for page in pages {
        reader.page(page, &mut budget)?;
        let (w, h) = page_size(&doc, page);
        let page_text = layout::page_text(&reader.glyphs, w, h);
        if !page_text.is_empty() {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(&page_text);
        }
    }
    // Opened with the empty password but nothing came out cleanly: treat
    // it as the locked file it is meant to be.
    if decrypted && text.trim().is_empty() {
        return Err(ImportError::Encrypted);
    }
    Ok((text, count))
}

thread_local! {
    /// Set while this thread reads a PDF: its panics are caught, and their
    /// messages are not printed (a message such as "byte index 5 is not a
    /// char boundary; it is inside 'é' of `…`" can quote the letter).
    static READING: Cell<bool> = const { Cell::new(false) };
}

/// Wraps the panic hook once: silent for a thread that is reading a PDF,
/// the previous hook for every other panic. (With the `loud-panics`
/// feature, for fuzzing, nothing is wrapped: the fuzzer's hook must see
/// every panic.)
fn quiet_panics_while_reading() {
    #[cfg(not(feature = "loud-panics"))]
    {
        static WRAP: std::sync::Once = std::sync::Once::new();
        WRAP.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                if !READING.with(Cell::get) {
                    previous(info);
                }
            }));
        });
    }
}

/// Reads the text of a PDF and its number of pages. A panic inside lopdf
/// (or here) on a hostile file is caught, not printed, and reported as
/// [`ImportError::Corrupt`].
pub(crate) fn extract(bytes: &[u8]) -> Result<(String, u32), ImportError> {
    quiet_panics_while_reading();
    READING.with(|r| r.set(true));
    let result = catch_unwind(AssertUnwindSafe(|| read(bytes)));
    READING.with(|r| r.set(false));
    result.unwrap_or(Err(ImportError::Corrupt))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encryption_is_told_by_the_trailer_key() {
        assert!(declares_encryption(
            b"trailer << /Encrypt 5 0 R /Root 1 0 R >>"
        ));
        assert!(declares_encryption(b"<</Encrypt<</Filter/Standard>>>>"));
        assert!(!declares_encryption(b"<< /EncryptMetadata false >>"));
    }

    #[test]
    fn panics_while_reading_are_silent_and_others_are_not() {
        quiet_panics_while_reading();
        READING.with(|r| r.set(true));
        let caught = catch_unwind(|| panic!("inside a letter: Wiśniewski"));
        READING.with(|r| r.set(false));
        assert!(caught.is_err());
        // The flag is off again after a read.
        let _ = extract(b"%PDF-1.7\n");
        assert!(!READING.with(Cell::get));
    }

    #[test]
    fn not_a_pdf_is_corrupt_not_a_panic() {
        for junk in [
            &b"%PDF-1.7\n"[..],
            b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
            b"%PDF-\xff\xff\xff",
        ] {
            assert!(extract(junk).is_err());
        }
    }
}
