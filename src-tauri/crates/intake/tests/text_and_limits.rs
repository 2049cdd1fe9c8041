//! Text files in their encodings, pasted text, and the limits every file
//! meets: size, emptiness, formats that are not letters, random bytes.

mod common;

use common::*;
use werfwijzer_intake::{
    extract, fingerprint, from_pasted, Format, ImportError, Lang, MAX_FILE_BYTES,
};

const LETTER: &str = "Geachte heer Yılmaz,\r\n\r\nMet één blik zag ik uw vacature: € 2.450 per maand.\r\n\
Mijn collega’s in de ĳssalon noemen me betrouwbaar.   \r\n\r\n\r\n\r\nMet vriendelijke groet,\r\nZoë Wiśniewski\r\n";

const CLEAN: &str = "Geachte heer Yılmaz,\n\nMet één blik zag ik uw vacature: € 2.450 per maand.\n\
Mijn collega’s in de ĳssalon noemen me betrouwbaar.\n\nMet vriendelijke groet,\nZoë Wiśniewski";

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(if big_endian { b"\xFE\xFF" } else { b"\xFF\xFE" });
    }
    for unit in text.encode_utf16() {
        out.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

#[test]
fn text_files_in_every_encoding() {
    let mut utf8_bom = b"\xEF\xBB\xBF".to_vec();
    utf8_bom.extend_from_slice(LETTER.as_bytes());
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (LETTER.as_bytes().to_vec(), "UTF-8"),
        (utf8_bom, "UTF-8"),
        (utf16(LETTER, false, true), "UTF-16LE"),
        (utf16(LETTER, true, true), "UTF-16BE"),
        (utf16(LETTER, false, false), "UTF-16LE"),
        (utf16(LETTER, true, false), "UTF-16BE"),
    ];
    for (bytes, encoding) in cases {
        let e = extract("brief.txt", &bytes).expect(encoding);
        assert_eq!(e.format, Format::Txt);
        assert_eq!(e.encoding, Some(encoding));
        assert_eq!(e.pages, None);
        assert_eq!(e.text, CLEAN, "{encoding}");
    }
}

#[test]
fn windows_1252_text() {
    // What Notepad on a Dutch Windows saved for years: é = E9, ë = EB,
    // € = 80, ’ = 92. (ĳ, ı, ś do not exist in Windows-1252.)
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(
        "Geachte heer Çelik,\r\n\r\nMet één blik: € 2.450. Mijn collega’s zijn trots. Groet, Zoë",
    );
    assert!(!unmappable);
    let e = extract("brief.txt", &bytes).expect("read");
    assert_eq!(e.encoding, Some("windows-1252"));
    assert_eq!(
        e.text,
        "Geachte heer Çelik,\n\nMet één blik: € 2.450. Mijn collega’s zijn trots. Groet, Zoë"
    );
}

#[test]
fn binary_named_txt_is_not_text() {
    let mut bytes = b"Geachte heer,\n".to_vec();
    bytes.extend_from_slice(&[0, 1, 2, 3, 0, 0, 7, 8, 0x1b, 0x10]);
    assert_eq!(extract("brief.txt", &bytes), Err(ImportError::NotText));
}

#[test]
fn pasted_text() {
    let e = from_pasted(LETTER).expect("pasted");
    assert_eq!(e.format, Format::Pasted);
    assert_eq!((e.encoding, e.pages), (None, None));
    assert_eq!(e.text, CLEAN);
    assert_eq!(from_pasted(" \r\n\t\u{00A0}"), Err(ImportError::Empty));
    let huge = "a".repeat(MAX_FILE_BYTES as usize + 1);
    assert!(matches!(
        from_pasted(&huge),
        Err(ImportError::TooLarge { .. })
    ));
}

#[test]
fn empty_files() {
    for name in ["brief.txt", "brief.pdf", "brief.docx", "brief"] {
        assert_eq!(extract(name, b""), Err(ImportError::Empty), "{name}");
        assert_eq!(
            extract(name, b" \n\r\n\t "),
            Err(ImportError::Empty),
            "{name}"
        );
    }
    assert_eq!(
        extract("brief.txt", b"\xEF\xBB\xBF"),
        Err(ImportError::Empty)
    );
}

#[test]
fn a_file_of_fifty_megabytes_is_refused_before_parsing() {
    let mut big = b"%PDF-1.7\n".to_vec();
    big.resize(50 * 1024 * 1024, b'x');
    let err = extract("brief.pdf", &big).expect_err("too large");
    assert_eq!(
        err,
        ImportError::TooLarge {
            bytes: 50 * 1024 * 1024,
            limit: MAX_FILE_BYTES
        }
    );
    assert!(err.message(Lang::Nl).contains("50 MB"));
    assert!(err.message(Lang::Nl).contains("10 MB"));
    // Exactly at the limit is allowed (and here simply damaged).
    big.truncate(MAX_FILE_BYTES as usize);
    assert_eq!(extract("brief.pdf", &big), Err(ImportError::Corrupt));
}

#[test]
fn images_programs_and_old_word_files_are_not_letters() {
    let cases: &[(&str, &[u8])] = &[
        ("foto.jpg", b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00"),
        ("brief.pdf", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00"),
        (
            "brief.doc",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00",
        ),
        ("brief.rtf", b"{\\rtf1\\ansi Geachte heer}"),
        ("brief.html", b"<html><body>Geachte heer</body></html>"),
        ("brief.pages", b"Geachte heer"),
    ];
    for (name, bytes) in cases {
        let err = extract(name, bytes).expect_err(name);
        assert_eq!(err, ImportError::UnknownFormat, "{name}");
        let nl = err.message(Lang::Nl);
        for format in ["PDF", ".docx", ".odt", ".txt"] {
            assert!(nl.contains(format), "{format} in {nl}");
        }
    }
}

#[test]
fn random_bytes_never_pass_as_a_letter() {
    // A fixed xorshift stream: the same "random" bytes every run.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut bytes = vec![0u8; 64 * 1024];
    for b in &mut bytes {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *b = x as u8;
    }
    for name in ["data.bin", "brief.txt", "brief", "brief.pdf", "brief.docx"] {
        let got = extract(name, &bytes);
        assert!(
            matches!(
                got,
                Err(ImportError::UnknownFormat | ImportError::NotText | ImportError::Corrupt)
            ),
            "{name}: {got:?}"
        );
    }
}

#[test]
fn the_same_letter_in_another_format_has_the_same_fingerprint() {
    let texts: Vec<String> = [
        "letter.docx",
        "letter-libreoffice.docx",
        "letter-libreoffice.odt",
        "letter-libreoffice.pdf",
        "encrypted-owner-only.pdf",
    ]
    .iter()
    .map(|name| extract(name, &fixture(name)).expect(name).text)
    .collect();
    let first = fingerprint(&texts[0]);
    for t in &texts {
        assert_eq!(fingerprint(t), first);
    }
    // Pasted by hand, in capitals and with other line breaks: the same.
    // (ASCII capitals: "ı" in capitals is "I", whose small letter is "i".)
    let pasted = from_pasted(&texts[0].to_ascii_uppercase().replace('\n', "  \r\n"))
        .expect("pasted")
        .text;
    assert_eq!(fingerprint(&pasted), first);
    // One word changed: another letter.
    assert_ne!(fingerprint(&texts[0].replace("rustig", "kalm")), first);
    // The hyphenated PDF and its source text.
    let hyphen = extract("h.pdf", &fixture("hyphen-libreoffice.pdf"))
        .expect("pdf")
        .text;
    assert_eq!(fingerprint(&hyphen), fingerprint(HYPHEN_TEXT));
}

#[test]
fn messages_are_plain_in_both_languages() {
    for e in ImportError::examples() {
        for lang in [Lang::Nl, Lang::En] {
            let m = e.message(lang);
            assert!(!m.trim().is_empty());
            // No Rust debug text, no codes, no placeholders.
            for bad in [
                "{", "}", "::", "Err(", "Some(", "_", "\\", "bytes:", "limit:",
            ] {
                assert!(!m.contains(bad), "{bad:?} in {m}");
            }
            assert!(!m.contains(&format!("{e:?}")), "{m}");
        }
        assert!(!e.code().is_empty());
        assert!(!e.to_string().is_empty());
    }
}
