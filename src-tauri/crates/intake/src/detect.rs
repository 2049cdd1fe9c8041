//! Which reader a file goes to: by its bytes first, by its extension second.

use crate::zipsafe;
use crate::ImportError;

/// The reader a file goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Detected {
    Pdf,
    Docx,
    Odt,
    Txt,
}

/// Magic numbers of files that are certainly none of the four formats,
/// whatever their name says.
const FOREIGN: &[&[u8]] = &[
    b"\x89PNG",
    b"\xFF\xD8\xFF",     // JPEG
    b"GIF8",             // GIF
    b"II*\x00",          // TIFF, little-endian
    b"MM\x00*",          // TIFF, big-endian
    b"BM",               // Windows bitmap
    b"RIFF",             // WebP, WAV, AVI
    b"MZ",               // Windows program
    b"\x7FELF",          // Linux program
    b"\xCA\xFE\xBA\xBE", // Java class, macOS universal program
    b"\xCF\xFA\xED\xFE", // macOS program
    b"\x1F\x8B",         // gzip
    b"7z\xBC\xAF\x27\x1C",
    b"Rar!",
    b"{\\rtf",           // RTF: text, but full of markup
    b"\x00\x00\x01\x00", // Windows icon
    b"8BPS",             // Photoshop
    b"%!PS",             // PostScript
];

/// The Compound File Binary header: old Office files (.doc, .xls) and
/// password-protected new ones (the encrypted .docx is a CFB holding an
/// `EncryptedPackage` stream).
const CFB: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Where a PDF header may start: readers accept junk before it within the
/// first 1024 bytes.
const PDF_HEADER_WINDOW: usize = 1024;

fn extension(file_name: &str) -> Option<String> {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let (stem, ext) = base.rsplit_once('.')?;
    if stem.is_empty() || ext.is_empty() {
        return None;
    }
    Some(ext.to_ascii_lowercase())
}

fn is_pdf(bytes: &[u8]) -> bool {
    let window = &bytes[..bytes.len().min(PDF_HEADER_WINDOW)];
    window.windows(5).any(|w| w == b"%PDF-")
}

/// The UTF-16LE bytes of `name` (how CFB directory entries store names).
fn utf16le(name: &str) -> Vec<u8> {
    name.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Decides the reader. A zip is opened to look at its entry names (and the
/// `mimetype` of an OpenDocument); nothing is inflated here except that tiny
/// entry.
pub(crate) fn detect(file_name: &str, bytes: &[u8]) -> Result<Detected, ImportError> {
    if is_pdf(bytes) {
        return Ok(Detected::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return zip_kind(bytes, extension(file_name).as_deref());
    }
    if bytes.starts_with(CFB) {
        return Err(if contains(bytes, &utf16le("EncryptedPackage")) {
            ImportError::Encrypted
        } else {
            ImportError::UnknownFormat
        });
    }
    if FOREIGN.iter().any(|m| bytes.starts_with(m)) {
        return Err(ImportError::UnknownFormat);
    }
    match extension(file_name).as_deref() {
        // The name says PDF or an office file, but the bytes are not: damaged.
        Some("pdf" | "docx" | "odt") => Err(ImportError::Corrupt),
        Some("txt" | "text") => Ok(Detected::Txt),
        // No extension: text if it reads as text, the text reader decides.
        None => Ok(Detected::Txt),
        Some(_) => Err(ImportError::UnknownFormat),
    }
}

/// A zip: a Word document, an OpenDocument text, or something else (a
/// spreadsheet, an e-book…). Named `.docx` or `.odt` without the part that
/// makes it one, it is a damaged document.
fn zip_kind(bytes: &[u8], ext: Option<&str>) -> Result<Detected, ImportError> {
    let mut archive = zipsafe::open(bytes)?;
    if archive.index_for_name("word/document.xml").is_some() {
        return Ok(Detected::Docx);
    }
    if archive.index_for_name("mimetype").is_some() {
        let mut budget = 256;
        let mime = zipsafe::read_part(&mut archive, "mimetype", &mut budget)
            .ok()
            .flatten()
            .unwrap_or_default();
        let mime = String::from_utf8_lossy(&mime);
        return match mime.trim() {
            "application/vnd.oasis.opendocument.text"
            | "application/vnd.oasis.opendocument.text-template" => Ok(Detected::Odt),
            _ => Err(ImportError::UnknownFormat),
        };
    }
    match ext {
        Some("docx" | "odt") => Err(ImportError::Corrupt),
        _ => Err(ImportError::UnknownFormat),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_is_the_last_dot_of_the_base_name() {
        assert_eq!(
            extension("C:\\brieven\\Brief Yılmaz.PDF").as_deref(),
            Some("pdf")
        );
        assert_eq!(extension("/tmp/brief.v2.txt").as_deref(), Some("txt"));
        assert_eq!(extension(".bashrc"), None);
        assert_eq!(extension("brief"), None);
        assert_eq!(extension("map.d/brief"), None);
    }

    #[test]
    fn bytes_win_over_the_name() {
        assert_eq!(detect("brief.txt", b"%PDF-1.7\n"), Ok(Detected::Pdf));
        assert_eq!(
            detect("brief.pdf", b"\x89PNG\r\n\x1a\n"),
            Err(ImportError::UnknownFormat)
        );
        assert_eq!(
            detect("brief.docx", b"MZ\x90\x00"),
            Err(ImportError::UnknownFormat)
        );
        assert_eq!(
            detect("brief.pdf", b"Geachte heer,"),
            Err(ImportError::Corrupt)
        );
        assert_eq!(detect("brief.txt", b"Geachte heer,"), Ok(Detected::Txt));
        assert_eq!(detect("brief", b"Geachte heer,"), Ok(Detected::Txt));
        assert_eq!(
            detect("brief.html", b"<p>Geachte heer,</p>"),
            Err(ImportError::UnknownFormat)
        );
        assert_eq!(
            detect("brief.rtf", b"{\\rtf1\\ansi"),
            Err(ImportError::UnknownFormat)
        );
        assert_eq!(detect("x.txt", b"junk\n%PDF-1.4\n"), Ok(Detected::Pdf));
    }

    #[test]
    fn old_word_and_encrypted_word() {
        let mut doc = CFB.to_vec();
        doc.extend_from_slice(&[0; 100]);
        assert_eq!(detect("brief.doc", &doc), Err(ImportError::UnknownFormat));
        doc.extend_from_slice(&utf16le("EncryptedPackage"));
        assert_eq!(detect("brief.docx", &doc), Err(ImportError::Encrypted));
    }
}
