//! Shared test material: the fixtures, the letter they hold, and builders
//! for files made at test time (zips, zip bombs, PDFs).
#![allow(dead_code)]

use std::io::{Cursor, Write};
use std::path::Path;
use std::process::Command;

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Dictionary, Document, Object, Stream};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

/// A committed fixture (see `tests/fixtures/README.md`).
pub fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// White space collapsed to single spaces.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

// The letter in the fixtures, as `make_fixtures.py` writes it.
pub const HEADER: &[&str] = &[
    "Ayşe Yılmaz-Wiśniewski",
    "Kerkstraat 12",
    "1234 AB Zwolle",
    "ayse@example.nl · 06-12345678",
];
pub const TO: &[&str] = &[
    "Bakkerij De Korenbloem",
    "t.a.v. mevrouw R. van der Meer",
    "Marktplein 3",
    "8011 AB Zwolle",
];
pub const DATE: &[&str] = &[
    "Zwolle, 3 maart 2025",
    "Betreft: sollicitatie verkoopmedewerker",
];
pub const BODY: &[&str] = &[
    "Geachte mevrouw Van der Meer,",
    "Met veel plezier las ik uw vacature voor een verkoopmedewerker in de bakkerij. Ik werk al vier jaar \
bij een ĳssalon in Deventer, waar ik klanten help, de kassa opmaak en de vitrine vul. Daarnaast heb ik \
een cursus hygiëne gevolgd. Mijn collega’s zeggen dat ik rustig blijf als het druk is.",
    "Het salaris van € 2.450 tot € 2.900 bruto per maand past bij mijn ervaring. Ik ben beschikbaar voor \
24 tot 32 uur per week, ook op zaterdag. Mijn oud-collega Zoë Çelik kan dat bevestigen.",
    "Graag vertel ik u meer in een gesprek.",
    "Met vriendelijke groet,",
    "Ayşe Yılmaz-Wiśniewski",
];
pub const FOOTER: &str = "Brief van Ayşe Yılmaz-Wiśniewski";

/// The hyphenation fixture's text without its soft hyphens.
pub const HYPHEN_TEXT: &str = "In mijn sollicitatiebrief beschrijf ik hoe ik als verkoopmedewerker de \
arbeidsmarktdiscriminatie in de zorg- en welzijnssector wil helpen verminderen. Ik woon in Noord-Holland, \
heb een e-mailadres en na een auto-ongeluk werk ik aan mijn herintegratie. Mijn verantwoordelijkheden: \
bestellijsten, schoonmaakroosters en klantenservice in de ICT-afdeling van 2020-2024.";

/// Runs a poppler tool on a PDF and returns its output.
pub fn poppler(tool: &str, pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("in.pdf");
    std::fs::write(&path, pdf).expect("write");
    let out = Command::new(tool)
        .arg(&path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("{tool} could not run (install poppler-utils): {e}"));
    assert!(out.status.success(), "{tool} failed");
    String::from_utf8(out.stdout).expect("utf-8")
}

/// A zip made with the zip crate (deflated parts).
pub fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, bytes) in parts {
        let opts = if *name == "mimetype" {
            opts.compression_method(CompressionMethod::Stored)
        } else {
            opts
        };
        zip.start_file(*name, opts).expect("start");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

pub const W_NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

/// A minimal `.docx` whose body is `body` (WordprocessingML inside `w:body`).
pub fn docx(body: &str) -> Vec<u8> {
    let xml = format!("<w:document {W_NS}><w:body>{body}</w:body></w:document>");
    zip_of(&[("word/document.xml", xml.as_bytes())])
}

/// A minimal `.odt` whose text is `text` (inside `office:text`).
pub fn odt(text: &str) -> Vec<u8> {
    let xml = format!(
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>{text}\
</office:text></office:body></office:document-content>"
    );
    zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", xml.as_bytes()),
    ])
}

/// Writes DEFLATE bits, least significant first.
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    fn put(&mut self, value: u64, count: u32) {
        self.acc |= value << self.n;
        self.n += count;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// A Huffman code: its bits go most significant first.
    fn code(&mut self, code: u64, len: u32) {
        for i in (0..len).rev() {
            self.put((code >> i) & 1, 1);
        }
    }
}

/// A raw DEFLATE stream of `1 + 258 * repeats` zero bytes, built by hand
/// so that it costs 2 bits per 258 bytes: one dynamic block whose codes are
/// "length 258" (1 bit), "distance 1" (1 bit), literal 0 and end (2 bits
/// each). 1 GB of zeros is about 1 MB, made without holding the 1 GB.
pub fn zeros_deflate(repeats: u64) -> (Vec<u8>, u64) {
    let mut b = Bits {
        out: Vec::with_capacity((repeats / 4 + 64) as usize),
        acc: 0,
        n: 0,
    };
    b.put(1, 1); // last block
    b.put(2, 2); // dynamic Huffman
    b.put(29, 5); // 286 literal/length codes
    b.put(0, 5); // 1 distance code
    b.put(14, 4); // 18 code length codes
                  // Code length code lengths in the fixed order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1.
    for len in [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] {
        b.put(len, 3);
    }
    // Code length codes: 18 → "0", 1 → "10", 2 → "11".
    let two = |b: &mut Bits| b.code(0b11, 2);
    let one = |b: &mut Bits| b.code(0b10, 2);
    let zeros = |b: &mut Bits, n: u64| {
        b.code(0, 1);
        b.put(n - 11, 7);
    };
    two(&mut b); // literal 0: length 2
    zeros(&mut b, 138); // literals 1..=255: unused
    zeros(&mut b, 117);
    two(&mut b); // 256 (end): length 2
    zeros(&mut b, 28); // 257..=284: unused
    one(&mut b); // 285 (length 258): length 1
    one(&mut b); // distance code 0 (distance 1): length 1
                 // Codes: 285 → "0", 0 → "10", 256 → "11"; distance 0 → "0".
    b.code(0b10, 2);
    for _ in 0..repeats {
        b.code(0, 1);
        b.code(0, 1);
    }
    b.code(0b11, 2);
    b.put(0, 7);
    (b.out, 1 + 258 * repeats)
}

/// One entry of a zip written by hand, so the declared sizes can lie.
pub struct RawEntry<'a> {
    pub name: &'a str,
    /// Stored bytes (already deflated when `deflated`).
    pub data: &'a [u8],
    pub deflated: bool,
    pub declared_size: u32,
    pub crc: u32,
}

/// A zip written byte by byte from raw entries.
pub fn raw_zip(entries: &[RawEntry<'_>]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for e in entries {
        let offset = out.len() as u32;
        let method: u16 = if e.deflated { 8 } else { 0 };
        let header = |sig: u32, central: bool| {
            let mut h = Vec::new();
            h.extend_from_slice(&sig.to_le_bytes());
            if central {
                h.extend_from_slice(&20u16.to_le_bytes());
            }
            h.extend_from_slice(&20u16.to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes());
            h.extend_from_slice(&method.to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes());
            h.extend_from_slice(&0x21u16.to_le_bytes());
            h.extend_from_slice(&e.crc.to_le_bytes());
            h.extend_from_slice(&(e.data.len() as u32).to_le_bytes());
            h.extend_from_slice(&e.declared_size.to_le_bytes());
            h.extend_from_slice(&(e.name.len() as u16).to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes());
            if central {
                // Comment length, disk, internal and external attributes.
                h.extend_from_slice(&[0; 10]);
                h.extend_from_slice(&offset.to_le_bytes());
            }
            h.extend_from_slice(e.name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend_from_slice(e.data);
        central.extend(header(0x0201_4b50, true));
    }
    let cd_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// Builds a PDF with lopdf, page by page. Every page has Helvetica
/// (WinAnsiEncoding, no widths: one of the standard fonts) as `/F1`.
pub struct PdfBuilder {
    pub doc: Document,
    pages_id: lopdf::ObjectId,
    helvetica: lopdf::ObjectId,
    kids: Vec<Object>,
}

impl PdfBuilder {
    pub fn new() -> Self {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let helvetica = doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "Type1",
            "BaseFont" => "Helvetica",
            "Encoding" => "WinAnsiEncoding",
        });
        PdfBuilder {
            doc,
            pages_id,
            helvetica,
            kids: Vec::new(),
        }
    }

    pub fn add(&mut self, obj: impl Into<Object>) -> lopdf::ObjectId {
        self.doc.add_object(obj)
    }

    /// A page with this content; `resources` is merged with `/Font /F1`.
    pub fn page(&mut self, content: Vec<u8>, resources: Dictionary) -> &mut Self {
        let mut fonts = dictionary! { "F1" => self.helvetica };
        let mut res = Dictionary::new();
        for (k, v) in resources.iter() {
            if k == b"Font" {
                if let Object::Dictionary(more) = v {
                    for (name, font) in more.iter() {
                        fonts.set(name.clone(), font.clone());
                    }
                }
            } else {
                res.set(k.clone(), v.clone());
            }
        }
        res.set("Font", fonts);
        let content_id = self.doc.add_object(Stream::new(dictionary! {}, content));
        let page_id = self.doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => self.pages_id,
            "Contents" => content_id,
            "Resources" => res,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        self.kids.push(Object::Reference(page_id));
        self
    }

    pub fn finish(&mut self) -> Document {
        let count = self.kids.len() as i64;
        let kids = std::mem::take(&mut self.kids);
        self.doc.objects.insert(
            self.pages_id,
            Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
        );
        let catalog_id = self
            .doc
            .add_object(dictionary! { "Type" => "Catalog", "Pages" => self.pages_id });
        self.doc.trailer.set("Root", catalog_id);
        std::mem::take(&mut self.doc)
    }

    pub fn bytes(&mut self) -> Vec<u8> {
        save(&mut self.finish())
    }
}

/// A content stream from operations.
pub fn ops(list: Vec<Operation>) -> Vec<u8> {
    Content { operations: list }.encode().expect("encode")
}

/// Text at (x, y) in `/F1` at `size`: the string bytes as given.
pub fn text_at(x: f64, y: f64, size: f64, bytes: &[u8]) -> Vec<Operation> {
    vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), size.into()]),
        Operation::new("Td", vec![x.into(), y.into()]),
        Operation::new(
            "Tj",
            vec![Object::String(bytes.to_vec(), lopdf::StringFormat::Literal)],
        ),
        Operation::new("ET", vec![]),
    ]
}

pub fn save(doc: &mut Document) -> Vec<u8> {
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("save");
    out
}
