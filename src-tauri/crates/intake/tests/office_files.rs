//! Word and OpenDocument files: real ones (ours, LibreOffice's, the export
//! crate's), and zips built to harm (bombs, too many parts, passwords).

mod common;

use std::time::Instant;

use common::*;
use werfwijzer_intake::{extract, Format, ImportError, MAX_UNZIPPED_BYTES};

/// The fixture letter as the office readers give it: header, the table cell
/// by cell (each paragraph a line), the body, the footer.
fn expected_office_text() -> String {
    format!(
        "{}\n\n{}\n{}\n\n{}\n\n{}",
        HEADER.join("\n"),
        TO.join("\n"),
        DATE.join("\n"),
        BODY.join("\n"),
        FOOTER
    )
}

#[test]
fn the_letter_from_word_libreoffice_and_opendocument() {
    for (name, format) in [
        ("letter.docx", Format::Docx),
        ("letter-libreoffice.docx", Format::Docx),
        ("letter-libreoffice.odt", Format::Odt),
    ] {
        let e = extract(name, &fixture(name)).expect(name);
        assert_eq!(e.format, format, "{name}");
        assert_eq!((e.encoding, e.pages), (None, None));
        assert_eq!(e.text, expected_office_text(), "{name}");
    }
}

#[test]
fn the_export_crates_docx() {
    use werfwijzer_export::{parse_plain, to_docx, Document, Lang};
    let (title, blocks) = parse_plain(&format!(
        "Sollicitatie\n\n{}\n\n{}\n\nWat ik kan\n- klanten helpen\n- brood snijden",
        BODY[0], BODY[1]
    ));
    let doc = Document {
        lang: Lang::Nl,
        organisation: "Zoë Wiśniewski".into(),
        logo: None,
        title,
        blocks,
    };
    let e = extract("brief.docx", &to_docx(&doc).expect("docx")).expect("read");
    assert_eq!(
        e.text,
        format!(
            "Zoë Wiśniewski\n\nSollicitatie\n{}\n{}\nWat ik kan\nklanten helpen\nbrood snijden\n\nPagina 1 van 1",
            BODY[0], BODY[1]
        )
    );
}

#[test]
fn format_is_told_by_the_bytes_not_the_name() {
    let docx = fixture("letter.docx");
    let odt = fixture("letter-libreoffice.odt");
    assert_eq!(
        extract("brief.pdf", &docx).expect("docx").format,
        Format::Docx
    );
    assert_eq!(extract("brief", &odt).expect("odt").format, Format::Odt);
    // A spreadsheet, an e-book: zips, but not letters.
    let ods = zip_of(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("content.xml", b"<x/>"),
    ]);
    assert_eq!(
        extract("cijfers.ods", &ods),
        Err(ImportError::UnknownFormat)
    );
    let xlsx = zip_of(&[("xl/workbook.xml", b"<x/>")]);
    assert_eq!(
        extract("cijfers.xlsx", &xlsx),
        Err(ImportError::UnknownFormat)
    );
    // Named .docx, a zip, but without the document part: damaged.
    assert_eq!(extract("brief.docx", &xlsx), Err(ImportError::Corrupt));
}

#[test]
fn docx_zip_bomb_of_one_gigabyte_is_refused_quickly() {
    // word/document.xml: 1 GiB of zeros in about 1 MB, declared honestly.
    let (deflated, size) = zeros_deflate(4_161_790);
    assert!(size > 1_000_000_000 && deflated.len() < 1_100_000);
    let honest = raw_zip(&[RawEntry {
        name: "word/document.xml",
        data: &deflated,
        deflated: true,
        declared_size: size as u32,
        crc: 0,
    }]);
    let start = Instant::now();
    assert_eq!(extract("brief.docx", &honest), Err(ImportError::ZipBomb));
    // The same part, lying about its size. The zip crate stops at the
    // declared size and reports the mismatch (damaged); had it read on, our
    // byte limit would have stopped it (a bomb). Either way it is refused.
    let lying = raw_zip(&[RawEntry {
        name: "word/document.xml",
        data: &deflated,
        deflated: true,
        declared_size: 1_000,
        crc: 0,
    }]);
    let got = extract("brief.docx", &lying);
    assert!(
        matches!(got, Err(ImportError::ZipBomb | ImportError::Corrupt)),
        "{got:?}"
    );
    // Lying within the limit (declared 20 MiB, holds 1 GiB): the byte limit.
    let within = raw_zip(&[RawEntry {
        name: "word/document.xml",
        data: &deflated,
        deflated: true,
        declared_size: MAX_UNZIPPED_BYTES as u32,
        crc: 0,
    }]);
    let got = extract("brief.docx", &within);
    assert!(
        matches!(got, Err(ImportError::ZipBomb | ImportError::Corrupt)),
        "{got:?}"
    );
    // Not a benchmark: only a sign that nothing inflated the whole gigabyte.
    assert!(start.elapsed().as_secs() < 60);
}

#[test]
fn high_ratio_and_too_many_parts() {
    // 10 MB of zeros in about 10 KB: under the size limit, over ratio 200.
    let (deflated, size) = zeros_deflate(40_000);
    assert!(size < MAX_UNZIPPED_BYTES);
    let docx = raw_zip(&[RawEntry {
        name: "word/document.xml",
        data: &deflated,
        deflated: true,
        declared_size: size as u32,
        crc: 0,
    }]);
    assert_eq!(extract("brief.docx", &docx), Err(ImportError::ZipBomb));
    let odt = {
        let mime = b"application/vnd.oasis.opendocument.text";
        raw_zip(&[
            RawEntry {
                name: "mimetype",
                data: mime,
                deflated: false,
                declared_size: mime.len() as u32,
                crc: crc32(mime),
            },
            RawEntry {
                name: "content.xml",
                data: &deflated,
                deflated: true,
                declared_size: size as u32,
                crc: 0,
            },
        ])
    };
    assert_eq!(extract("brief.odt", &odt), Err(ImportError::ZipBomb));

    let names: Vec<String> = (0..2001).map(|i| format!("word/media/p{i}.xml")).collect();
    let mut parts: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    parts.push(("word/document.xml", b"<w:document/>"));
    assert_eq!(
        extract("brief.docx", &zip_of(&parts)),
        Err(ImportError::ZipBomb)
    );
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = flate2::Crc::new();
    crc.update(bytes);
    crc.sum()
}

#[test]
fn passwords_on_office_files() {
    // Word's own protection: an OLE compound file holding "EncryptedPackage".
    let mut cfb = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    cfb.extend_from_slice(&[0; 504]);
    cfb.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(extract("brief.docx", &cfb), Err(ImportError::Encrypted));
    // OpenDocument's: the manifest lists encryption data.
    let manifest = b"<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\">\
<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry></manifest:manifest>";
    let odt = zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", b"\x8f\x12 versleuteld"),
    ]);
    assert_eq!(extract("brief.odt", &odt), Err(ImportError::Encrypted));
}

#[test]
fn damaged_office_files() {
    let whole = fixture("letter.docx");
    for cut in [30, whole.len() / 2, whole.len() - 10] {
        assert_eq!(
            extract("brief.docx", &whole[..cut]),
            Err(ImportError::Corrupt),
            "cut at {cut}"
        );
    }
    let broken_xml = docx("<w:p><w:r><w:t>Geachte</w:t></w:r></w:q>");
    assert_eq!(
        extract("brief.docx", &broken_xml),
        Err(ImportError::Corrupt)
    );
    let empty = docx("<w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>");
    assert_eq!(extract("brief.docx", &empty), Err(ImportError::Empty));
    assert_eq!(
        extract("brief.odt", &odt("<text:p/>")),
        Err(ImportError::Empty)
    );
}

#[test]
fn odt_lists_tables_and_notes() {
    let text = odt(
        "<text:h>Sollicitatie</text:h>\
<text:p>Beste Zoë,<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Een voetnoot.</text:p></text:note-body></text:note></text:p>\
<text:list><text:list-item><text:p>bakken</text:p></text:list-item></text:list>",
    );
    assert_eq!(
        extract("brief.odt", &text).expect("read").text,
        "Sollicitatie\nEen voetnoot.\nBeste Zoë,1\nbakken"
    );
}
