//! Shared test documents.
#![allow(dead_code)]

use werfwijzer_export::{parse_plain, Document, Lang, Logo};

/// A realistic Dutch vacancy text in the owner's plain-text convention.
pub const VACANCY: &str = "Verkoopmedewerker bakkerij

Bakkerij De Korenbloem in Zwolle zoekt een verkoopmedewerker voor 24 tot 32 uur per week. Je werkt in een klein team met Ayşe Şahin, Łucja Kowalska en René Müller.

Wat ga je doen
- Je helpt klanten aan de toonbank en aan de telefoon.
- Je snijdt brood, vult de schappen en houdt de winkel schoon.
- Je maakt 's avonds de kassa op.

Wat je kunt
- Je rekent vlot en je legt rustig uit wat er in een brood zit.
- Je spreekt Nederlands op niveau B1, omdat je klanten aan de telefoon helpt.

Wat wij bieden
Een salaris van € 2.450 tot € 2.900 bruto per maand bij 36 uur, reiskosten en elke dag vers brood mee naar huis.

Hoe wij kiezen
Twee mensen lezen je brief los van elkaar, zonder je naam te zien. Daarna volgt een gesprek van een half uur met vaste vragen.

Zo solliciteer je
Stuur voor 15 maart een korte brief naar vacature@korenbloem.example. We passen de werkplek aan als dat nodig is.";

/// A small valid RGBA PNG (`w` × `h`).
pub fn png(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    let mut writer = enc.write_header().expect("png header");
    let data: Vec<u8> = (0..w * h)
        .flat_map(|i| [200, (i % 200) as u8, 40, 255])
        .collect();
    writer.write_image_data(&data).expect("png data");
    writer.finish().expect("png finish");
    out
}

pub fn vacancy(lang: Lang, logo: Option<Logo>) -> Document {
    let (title, blocks) = parse_plain(VACANCY);
    Document {
        lang,
        organisation: "Bakkerij De Korenbloem".into(),
        logo,
        title,
        blocks,
    }
}

pub fn png_logo() -> Option<Logo> {
    Some(Logo {
        media_type: "image/png".into(),
        bytes: png(120, 48),
    })
}

/// The vacancy with its body repeated until it runs over several pages.
pub fn long_vacancy() -> Document {
    let mut doc = vacancy(Lang::Nl, png_logo());
    let body = doc.blocks.clone();
    for _ in 0..6 {
        doc.blocks.extend(body.iter().cloned());
    }
    doc.blocks.push(werfwijzer_export::Block::Paragraph(
        "Einde van de lange tekst met ş en ł.".into(),
    ));
    doc
}
