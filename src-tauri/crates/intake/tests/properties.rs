//! Properties over arbitrary input: `extract` never panics, whatever the
//! bytes (behind each format's magic, or real files with bytes changed), and
//! every text it gives is NFC without `\r`, control characters, trailing
//! spaces or runs of blank lines.

mod common;

use common::*;
use proptest::prelude::*;
use unicode_normalization::is_nfc;
use werfwijzer_intake::{extract, fingerprint, from_pasted, Extracted, ImportError, Lang};

fn check(result: &Result<Extracted, ImportError>) {
    match result {
        Ok(e) => {
            let t = &e.text;
            assert!(!t.is_empty());
            assert!(is_nfc(t));
            assert!(!t.contains('\r'));
            assert!(t.chars().all(|c| !c.is_control() || c == '\n' || c == '\t'));
            assert!(!t.contains("\n\n\n"));
            assert!(t.lines().all(|l| !l.ends_with(' ') && !l.ends_with('\t')));
            assert_eq!(t.trim(), t.as_str());
        }
        Err(e) => {
            assert!(!e.message(Lang::Nl).is_empty());
            assert!(!e.message(Lang::En).is_empty());
        }
    }
}

const PREFIXES: &[&[u8]] = &[
    b"",
    b"%PDF-1.7\n",
    b"PK\x03\x04",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\xFE\xFF",
    b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
];

const NAMES: &[&str] = &[
    "brief.pdf",
    "brief.docx",
    "brief.odt",
    "brief.txt",
    "brief",
    "x.png",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_on_bytes_behind_any_magic(
        prefix in 0..PREFIXES.len(),
        name in 0..NAMES.len(),
        body in proptest::collection::vec(any::<u8>(), 0..2048),
    ) {
        let mut bytes = PREFIXES[prefix].to_vec();
        bytes.extend_from_slice(&body);
        check(&extract(NAMES[name], &bytes));
    }

    #[test]
    fn any_text_comes_out_clean(text in "\\PC*|[\\r\\n\\t \u{0}-\u{1f}\u{a0}\u{ad}\u{2028}e\u{301}\u{fb01}A-Za-z]*") {
        check(&from_pasted(&text));
        check(&extract("brief.txt", text.as_bytes()));
        let _ = fingerprint(&text);
    }

    #[test]
    fn pdf_structure_around_random_content(
        content in proptest::collection::vec(any::<u8>(), 0..1024),
    ) {
        // A valid PDF whose page content is random: the content reader
        // meets arbitrary operators and operands.
        let mut pdf = PdfBuilder::new();
        pdf.page(content, lopdf::dictionary! {});
        check(&extract("brief.pdf", &pdf.bytes()));
    }

    #[test]
    fn docx_and_odt_with_random_xml(xml in "[<>/a-z:=\" &;#0-9wptbrsh]{0,400}") {
        check(&extract("brief.docx", &docx(&xml)));
        check(&extract("brief.odt", &odt(&xml)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn real_files_with_bytes_changed(
        file in 0..5usize,
        changes in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..24),
        cut in proptest::option::of(any::<prop::sample::Index>()),
    ) {
        let name = [
            "letter-libreoffice.pdf",
            "hyphen-libreoffice.pdf",
            "letter.docx",
            "letter-libreoffice.odt",
            "encrypted-owner-only.pdf",
        ][file];
        let mut bytes = fixture(name);
        for (at, b) in changes {
            let i = at.index(bytes.len());
            bytes[i] = b;
        }
        if let Some(cut) = cut {
            bytes.truncate(cut.index(bytes.len() + 1));
        }
        check(&extract(name, &bytes));
    }
}
