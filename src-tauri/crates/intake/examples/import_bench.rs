//! How long importing a round of letters takes: 200 realistic letter files
//! (100 PDFs with a text layer made by printpdf through werfwijzer-export,
//! 100 Word files made by werfwijzer-export), written to a temporary
//! folder, then read from disk and extracted one after the other on one
//! thread.
//!
//! `cargo run --release -p werfwijzer-intake --example import_bench`
//!
//! Prints the total against the target (< 5000 ms) and per-format figures.
//! Prints no letter text.

use std::time::{Duration, Instant};

use werfwijzer_export::{to_docx, to_pdf, Block, Document, Lang};
use werfwijzer_intake::{extract, Format};

const FIRST: &[&str] = &[
    "Ayşe", "Zoë", "Łucja", "René", "Mohamed", "Sanne", "Kwame", "Dilan", "Piotr", "Eline",
];
const LAST: &[&str] = &[
    "Yılmaz",
    "Wiśniewski",
    "Çelik",
    "de Vries",
    "El Amrani",
    "Jansen",
    "Mensah",
    "Kowalczyk",
    "van den Berg",
    "Öztürk",
];
const PARAGRAPHS: &[&str] = &[
    "Met veel plezier las ik uw vacature voor een verkoopmedewerker in de bakkerij. Ik werk al vier jaar bij een ĳssalon, waar ik klanten help, de kassa opmaak en de vitrine vul.",
    "Daarnaast heb ik een cursus hygiëne gevolgd. Mijn collega’s zeggen dat ik rustig blijf als het druk is, en dat ik nieuwe collega’s goed op weg help.",
    "Het salaris van € 2.450 tot € 2.900 bruto per maand past bij mijn ervaring. Ik ben beschikbaar voor 24 tot 32 uur per week, ook op zaterdag.",
    "In mijn vorige baan was ik verantwoordelijk voor de bestellijsten en de schoonmaakroosters. Ik overleg graag met leveranciers en houd de voorraad bij.",
    "Ik spreek Nederlands, Engels en Turks. Klanten die de weg niet kennen in de winkel help ik graag, ook aan de telefoon.",
    "Graag vertel ik u in een gesprek meer over mijn ervaring en over wat ik voor uw team kan betekenen.",
];

fn letter(i: usize) -> Document {
    let name = format!("{} {}", FIRST[i % FIRST.len()], LAST[(i / 3) % LAST.len()]);
    let mut blocks = vec![
        Block::Paragraph(format!(
            "{name}\nKerkstraat {}\n{} AB Zwolle\n06-{:08}",
            i % 90 + 1,
            1000 + i,
            12_345_678 + i
        )),
        Block::Paragraph("Geachte mevrouw Van der Meer,".into()),
    ];
    // Four to nine paragraphs (one page); every fourth letter runs on to
    // a second page.
    let paragraphs = 4 + i % 6 + if i.is_multiple_of(4) { 12 } else { 0 };
    for k in 0..paragraphs {
        blocks.push(Block::Paragraph(
            PARAGRAPHS[(i + k) % PARAGRAPHS.len()].into(),
        ));
    }
    blocks.push(Block::Heading("Wat ik meebreng".into()));
    blocks.push(Block::Bullets(vec![
        "klanten helpen aan de toonbank".into(),
        "de kassa opmaken".into(),
        "bestellingen klaarzetten".into(),
    ]));
    blocks.push(Block::Paragraph(format!("Met vriendelijke groet,\n{name}")));
    Document {
        lang: Lang::Nl,
        organisation: name,
        logo: None,
        title: "Sollicitatie verkoopmedewerker".into(),
        blocks,
    }
}

fn main() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut files = Vec::new();
    let made = Instant::now();
    for i in 0..100 {
        let doc = letter(i);
        let pdf = dir.path().join(format!("brief-{i:03}.pdf"));
        std::fs::write(&pdf, to_pdf(&doc).expect("pdf")).expect("write");
        let docx = dir.path().join(format!("brief-{i:03}.docx"));
        std::fs::write(&docx, to_docx(&doc).expect("docx")).expect("write");
        files.push(pdf);
        files.push(docx);
    }
    println!(
        "made 200 letter files in {} ms (not counted)",
        made.elapsed().as_millis()
    );

    let mut per_format: [(Duration, usize, u64, usize); 2] = [(Duration::ZERO, 0, 0, 0); 2];
    let mut pages = 0u32;
    let start = Instant::now();
    for path in &files {
        let t = Instant::now();
        let bytes = std::fs::read(path).expect("read");
        let name = path.to_string_lossy();
        let e = extract(&name, &bytes).expect("every letter reads");
        let slot = match e.format {
            Format::Pdf => 0,
            _ => 1,
        };
        pages += e.pages.unwrap_or(0);
        let f = &mut per_format[slot];
        f.0 += t.elapsed();
        f.1 += 1;
        f.2 += bytes.len() as u64;
        f.3 += e.text.chars().count();
    }
    let total = start.elapsed();

    println!(
        "import 200 letter files: {} ms (target < 5000 ms)",
        total.as_millis()
    );
    for (label, (time, n, bytes, chars)) in ["PDF", "DOCX"].iter().zip(per_format) {
        println!(
            "  {label}: {n} files, {:.1} ms in all, {:.2} ms per file, {} KB read, {} characters out",
            time.as_secs_f64() * 1000.0,
            time.as_secs_f64() * 1000.0 / n.max(1) as f64,
            bytes / 1024,
            chars
        );
    }
    println!("  ({pages} PDF pages)");
}
