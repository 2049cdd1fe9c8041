//! Shared by the import targets: the checks every result must pass, and a
//! zip built from the fuzzer's bytes.
#![allow(dead_code)]

use std::io::{Cursor, Write};

use werfwijzer_intake::{Extracted, ImportError, Lang};

/// What must hold for any result: a clean text, or an error with messages.
pub fn check(result: Result<Extracted, ImportError>) {
    match result {
        Ok(e) => {
            assert!(!e.text.is_empty());
            assert!(!e.text.contains('\r'));
            assert!(e
                .text
                .chars()
                .all(|c| !c.is_control() || c == '\n' || c == '\t'));
            let _ = werfwijzer_intake::fingerprint(&e.text);
        }
        Err(e) => {
            assert!(!e.message(Lang::Nl).is_empty());
            assert!(!e.message(Lang::En).is_empty());
        }
    }
}

/// A zip (deflated, or stored for a name starting with `mimetype`) of the
/// parts; the fuzzer's bytes become the parts' contents.
pub fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        let method = if name.starts_with("mimetype") {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let opts = zip::write::SimpleFileOptions::default().compression_method(method);
        if zip.start_file(*name, opts).is_err() || zip.write_all(bytes).is_err() {
            return Vec::new();
        }
    }
    zip.finish().map(|c| c.into_inner()).unwrap_or_default()
}

/// Splits the fuzzer's bytes in `n` parts at `0xFF 0xFF` markers.
pub fn split(data: &[u8], n: usize) -> Vec<&[u8]> {
    let mut parts: Vec<&[u8]> = Vec::new();
    let mut rest = data;
    while parts.len() + 1 < n {
        match rest.windows(2).position(|w| w == [0xFF, 0xFF]) {
            Some(i) => {
                parts.push(&rest[..i]);
                rest = &rest[i + 2..];
            }
            None => break,
        }
    }
    parts.push(rest);
    while parts.len() < n {
        parts.push(&[]);
    }
    parts
}
