//! PDFs from real producers (LibreOffice, printpdf through werfwijzer-export,
//! qpdf, lopdf) and broken or hostile ones.

mod common;

use common::*;
use lopdf::content::Operation;
use lopdf::{dictionary, Object, Stream};
use werfwijzer_intake::{extract, Format, ImportError};

fn pdf_text(name: &str) -> String {
    let e = extract(name, &fixture(name)).expect("readable");
    assert_eq!(e.format, Format::Pdf);
    assert_eq!(e.pages, Some(1));
    e.text
}

#[test]
fn libreoffice_letter_in_reading_order_with_its_blocks() {
    let text = pdf_text("letter-libreoffice.pdf");
    // The contact block in the page header, one line each.
    assert!(text.starts_with(&HEADER.join("\n")), "{text:?}");
    // The two cells of the letterhead table, each as a block of its own,
    // the left one first.
    assert!(text.contains(&TO.join("\n")), "{text:?}");
    let left = text.find(TO[0]).expect("left");
    let right = text.find(DATE[0]).expect("right");
    let body = text.find(BODY[0]).expect("body");
    assert!(left < right && right < body);
    // Wrapped paragraphs come back as one line each.
    for p in &BODY[1..3] {
        assert!(text.contains(p), "paragraph missing or broken: {p}");
    }
    assert!(text.contains("ĳssalon") && text.contains("collega’s") && text.contains("€ 2.450"));
    assert!(text.ends_with(FOOTER));
}

#[test]
fn same_words_as_pdftotext() {
    for name in ["letter-libreoffice.pdf", "hyphen-libreoffice.pdf"] {
        let bytes = fixture(name);
        let ours = squash(&extract(name, &bytes).expect("read").text);
        let theirs = squash(&poppler("pdftotext", &bytes));
        // pdftotext joins "zorg-" and "en" to "zorgen" at a line end; we keep
        // "zorg- en". Apart from that the words are the same.
        let theirs = theirs.replace("zorgen welzijn", "zorg- en welzijn");
        let mut ours_words: Vec<&str> = ours.split(' ').collect();
        let mut their_words: Vec<&str> = theirs.split(' ').collect();
        ours_words.sort_unstable();
        their_words.sort_unstable();
        assert_eq!(ours_words, their_words, "{name}");
    }
}

#[test]
fn hyphenation_joined_only_for_split_words() {
    let text = pdf_text("hyphen-libreoffice.pdf");
    assert_eq!(squash(&text), HYPHEN_TEXT);
}

#[test]
fn printpdf_letters_through_the_export_crate() {
    use werfwijzer_export::{parse_plain, to_pdf, Block, Document, Lang};
    let letter = format!(
        "Sollicitatie\n\n{}\n\n{}\n\n{}\n\nWat ik kan\n- klanten helpen\n- brood snijden",
        BODY[0], BODY[1], BODY[2]
    );
    let (title, mut blocks) = parse_plain(&letter);
    // Long enough for three pages.
    for _ in 0..12 {
        blocks.push(Block::Paragraph(BODY[1].to_string()));
    }
    let doc = Document {
        lang: Lang::Nl,
        organisation: "Zoë Wiśniewski".into(),
        logo: None,
        title,
        blocks,
    };
    let pdf = to_pdf(&doc).expect("pdf");
    let e = extract("brief.pdf", &pdf).expect("read");
    assert!(e.pages.is_some_and(|p| p >= 2), "{:?}", e.pages);
    let text = e.text;
    assert!(
        text.starts_with("Zoë Wiśniewski\n\nSollicitatie\n\n"),
        "{text:?}"
    );
    assert!(text.contains(&format!("\n{}\n", BODY[1])));
    assert!(text.contains("• klanten helpen\n• brood snijden"));
    assert!(text.contains("Pagina 1 van "));
    assert_eq!(
        squash(&text),
        squash(&poppler("pdftotext", &pdf).replace('\u{c}', " "))
    );
}

#[test]
fn user_password_is_encrypted() {
    assert_eq!(
        extract("brief.pdf", &fixture("encrypted-user-password.pdf")),
        Err(ImportError::Encrypted)
    );
}

#[test]
fn owner_password_only_opens_when_lopdf_decrypts_it_cleanly() {
    // qpdf, AES-128 with an empty user password: lopdf decrypts it, so the
    // text is read; were it not readable, the answer would be Encrypted.
    let plain = pdf_text("letter-libreoffice.pdf");
    match extract("brief.pdf", &fixture("encrypted-owner-only.pdf")) {
        Ok(e) => assert_eq!(e.text, plain),
        Err(e) => assert_eq!(e, ImportError::Encrypted),
    }
}

#[test]
fn encrypted_by_lopdf_with_a_user_password() {
    use lopdf::{EncryptionState, EncryptionVersion, Permissions};
    let mut doc = PdfBuilder::new()
        .page(ops(text_at(72.0, 700.0, 12.0, b"Geheim")), dictionary! {})
        .finish();
    doc.trailer.set(
        "ID",
        vec![
            Object::string_literal(b"0123456789abcdef".to_vec()),
            Object::string_literal(b"0123456789abcdef".to_vec()),
        ],
    );
    let state = EncryptionState::try_from(EncryptionVersion::V2 {
        document: &doc,
        owner_password: "eigenaar",
        user_password: "geheim",
        key_length: 128,
        permissions: Permissions::all(),
    })
    .expect("state");
    doc.encrypt(&state).expect("encrypt");
    let bytes = save(&mut doc);
    assert_eq!(extract("x.pdf", &bytes), Err(ImportError::Encrypted));
}

#[test]
fn a_scan_is_a_scan() {
    assert_eq!(
        extract("scan.pdf", &fixture("scan.pdf")),
        Err(ImportError::Scan)
    );
    // And one made here: a page that only draws an image.
    let mut pdf = PdfBuilder::new();
    let image = pdf.add(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => 2, "Height" => 2,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
        },
        vec![0, 255, 255, 0],
    ));
    let content = ops(vec![
        Operation::new("q", vec![]),
        Operation::new(
            "cm",
            vec![
                500.into(),
                0.into(),
                0.into(),
                700.into(),
                40.into(),
                60.into(),
            ],
        ),
        Operation::new("Do", vec!["Im1".into()]),
        Operation::new("Q", vec![]),
    ]);
    pdf.page(
        content,
        dictionary! { "XObject" => dictionary! { "Im1" => image } },
    );
    assert_eq!(extract("scan.pdf", &pdf.bytes()), Err(ImportError::Scan));
}

#[test]
fn truncated_and_damaged_pdfs_are_corrupt() {
    let whole = fixture("letter-libreoffice.pdf");
    for cut in [10, 100, 1000, whole.len() / 2] {
        let got = extract("brief.pdf", &whole[..cut]);
        assert!(
            matches!(got, Err(ImportError::Corrupt) | Err(ImportError::Scan)),
            "cut at {cut}: {got:?}"
        );
    }
    // Only the end cut off (the cross-reference table and trailer): lopdf
    // may still find the objects; then the text is there, else it is damaged.
    let most = &whole[..whole.len() - 200];
    match extract("brief.pdf", most) {
        Ok(e) => assert!(e.text.contains(BODY[0])),
        Err(e) => assert_eq!(e, ImportError::Corrupt),
    }
    assert_eq!(
        extract("brief.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
        Err(ImportError::Corrupt)
    );
}

#[test]
fn more_than_fifty_pages_is_refused_before_reading() {
    let pages: Vec<Vec<u8>> = (0..51)
        .map(|i| ops(text_at(72.0, 700.0, 12.0, format!("Pagina {i}").as_bytes())))
        .collect();
    let mut pdf = PdfBuilder::new();
    for p in &pages {
        pdf.page(p.clone(), dictionary! {});
    }
    let bytes = pdf.bytes();
    assert_eq!(
        extract("x.pdf", &bytes),
        Err(ImportError::TooManyPages {
            pages: 51,
            limit: 50
        })
    );
    let mut pdf = PdfBuilder::new();
    for p in &pages[..50] {
        pdf.page(p.clone(), dictionary! {});
    }
    let fifty = pdf.bytes();
    assert_eq!(extract("x.pdf", &fifty).expect("50 pages").pages, Some(50));
}

#[test]
fn standard_font_with_differences_ligatures_and_word_positions() {
    // Helvetica without widths (estimated from the standard metrics), a
    // Differences array naming ĳ, ł and the fi ligature, words placed one
    // by one with TJ adjustments instead of spaces.
    let mut pdf = PdfBuilder::new();
    let font = pdf.add(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => dictionary! {
            "Type" => "Encoding", "BaseEncoding" => "WinAnsiEncoding",
            "Differences" => vec![1.into(), Object::Name(b"ij".to_vec()), Object::Name(b"lslash".to_vec()), Object::Name(b"fi".to_vec())],
        },
    });
    let tj = |parts: Vec<Object>| Operation::new("TJ", vec![Object::Array(parts)]);
    let s = |b: &[u8]| Object::String(b.to_vec(), lopdf::StringFormat::Literal);
    let content = ops(vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F2".into(), 12.into()]),
        Operation::new("Td", vec![72.into(), 700.into()]),
        // "ĳssalon" then a word gap made by a -600 adjustment, then "Łódź"-like.
        tj(vec![
            s(b"\x01ssalon"),
            (-600).into(),
            s(b"\x02\xf3d\x9a"),
            (-600).into(),
            s(b"\x03jn caf\xe9"),
        ]),
        Operation::new("ET", vec![]),
    ]);
    pdf.page(
        content,
        dictionary! { "Font" => dictionary! { "F2" => font } },
    );
    let e = extract("x.pdf", &pdf.bytes()).expect("read");
    assert_eq!(e.text, "ĳssalon łódš fijn café");
}

#[test]
fn tounicode_cmap_is_honoured_over_the_encoding() {
    // A font whose codes mean nothing by themselves: only its ToUnicode
    // CMap says code 1 is "Y", 2 is "ı", 3 "l", 4 "m", 5 "a", 6 "z".
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <00> <FF> endcodespacerange
2 beginbfchar <01> <0059> <02> <0131> endbfchar
1 beginbfrange <03> <06> [<006C> <006D> <0061> <007A>] endbfrange
endcmap end end";
    let mut pdf = PdfBuilder::new();
    let to_unicode = pdf.add(Stream::new(dictionary! {}, cmap.to_vec()));
    let font = pdf.add(dictionary! {
        "Type" => "Font", "Subtype" => "TrueType", "BaseFont" => "ABCDEF+Arial",
        "FirstChar" => 1, "Widths" => vec![667.into(), 278.into(), 222.into(), 833.into(), 556.into(), 500.into()],
        "ToUnicode" => to_unicode,
    });
    let content = ops(vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F2".into(), 11.into()]),
        Operation::new("Td", vec![72.into(), 700.into()]),
        Operation::new(
            "Tj",
            vec![Object::String(
                vec![1, 2, 3, 4, 5, 6],
                lopdf::StringFormat::Hexadecimal,
            )],
        ),
        Operation::new("ET", vec![]),
    ]);
    pdf.page(
        content,
        dictionary! { "Font" => dictionary! { "F2" => font } },
    );
    assert_eq!(extract("x.pdf", &pdf.bytes()).expect("read").text, "Yılmaz");
}

#[test]
fn text_in_a_form_xobject_is_read() {
    let mut pdf = PdfBuilder::new();
    let times = pdf.add(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Times-Roman", "Encoding" => "WinAnsiEncoding",
    });
    let form = pdf.add(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 300.into(), 50.into()],
            "Matrix" => vec![1.into(), 0.into(), 0.into(), 1.into(), 100.into(), 600.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => times } },
        },
        ops(text_at(0.0, 0.0, 12.0, b"In een formulier")),
    ));
    let mut content = text_at(100.0, 700.0, 12.0, b"Boven het formulier");
    content.push(Operation::new("Do", vec!["Fm1".into()]));
    pdf.page(
        ops(content),
        dictionary! { "XObject" => dictionary! { "Fm1" => form } },
    );
    assert_eq!(
        extract("x.pdf", &pdf.bytes()).expect("read").text,
        "Boven het formulier\n\nIn een formulier"
    );
}
