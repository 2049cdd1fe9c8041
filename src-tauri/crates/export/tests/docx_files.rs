//! `.docx` round trips and hostile files.

mod common;

use std::io::{Cursor, Write};

use werfwijzer_export::{read_docx, to_docx, Block, ExportError, Lang, MAX_DOCX_XML_BYTES};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .large_file(false);
    for (name, bytes) in entries {
        zip.start_file(*name, opts).expect("start");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

#[test]
fn the_vacancy_round_trips() {
    let doc = common::vacancy(Lang::Nl, common::png_logo());
    let read = read_docx(&to_docx(&doc).expect("docx")).expect("read");
    assert_eq!(read[0], Block::Heading(doc.title.clone()));
    assert_eq!(read[1..], doc.blocks[..]);
}

#[test]
fn garbage_is_not_a_docx() {
    for bytes in [
        &b""[..],
        b"PK",
        b"PK\x03\x04 this is not really a zip",
        b"%PDF-1.7 not a word file",
        &[0u8; 4096],
    ] {
        assert!(
            matches!(read_docx(bytes), Err(ExportError::NotADocx)),
            "{bytes:?}"
        );
    }
    let no_document = zip_of(&[("word/other.xml", b"<x/>")]);
    assert!(matches!(
        read_docx(&no_document),
        Err(ExportError::NotADocx)
    ));
}

#[test]
fn a_zip_bomb_is_refused() {
    // A few tens of KB that inflate to more than the 20 MB limit.
    let mut xml = b"<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>".to_vec();
    xml.resize(MAX_DOCX_XML_BYTES as usize + 1024, b'a');
    let bomb = zip_of(&[("word/document.xml", &xml)]);
    assert!(bomb.len() < 64 * 1024, "{} bytes", bomb.len());
    assert!(matches!(read_docx(&bomb), Err(ExportError::TooLarge)));
}

#[test]
fn too_many_entries_are_refused() {
    let names: Vec<String> = (0..1001).map(|i| format!("f{i}")).collect();
    let mut entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    entries.push(("word/document.xml", b"<w:document/>"));
    assert!(matches!(
        read_docx(&zip_of(&entries)),
        Err(ExportError::TooLarge)
    ));
}

#[test]
fn broken_xml_is_damaged_not_a_panic() {
    for xml in [
        &b"<w:document><w:body><w:p><w:r><w:t>&bogus;</w:t></w:r></w:p></w:body></w:document>"[..],
        b"<w:document><w:body></w:p>",
        b"\xff\xfe\x00<",
    ] {
        let file = zip_of(&[("word/document.xml", xml)]);
        match read_docx(&file) {
            Err(ExportError::DamagedDocx(_)) => {}
            other => panic!("{:?} gave {other:?}", String::from_utf8_lossy(xml)),
        }
    }
}

#[test]
fn entity_expansion_is_not_done() {
    // A "billion laughs" DTD: quick-xml does not expand custom entities.
    let xml = b"<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\
<w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>";
    let file = zip_of(&[("word/document.xml", xml)]);
    assert!(matches!(read_docx(&file), Err(ExportError::DamagedDocx(_))));
}
