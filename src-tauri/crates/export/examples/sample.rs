//! Writes a realistic Dutch vacancy in all four formats, with a PNG logo, to
//! the directory given as the argument, and prints sizes and times.
//!
//! ```sh
//! cargo run -p werfwijzer-export --example sample -- /tmp/vacature
//! pdftotext /tmp/vacature/vacature.pdf - ; pdffonts /tmp/vacature/vacature.pdf
//! pdftoppm -png -r 60 /tmp/vacature/vacature.pdf /tmp/vacature/page
//! ```

use std::path::PathBuf;
use std::time::Instant;

use werfwijzer_export::{parse_plain, to_docx, to_html, to_pdf, to_txt, Document, Lang, Logo};

const VACANCY: &str = "Verkoopmedewerker bakkerij

Bakkerij De Korenbloem in Zwolle zoekt een verkoopmedewerker voor 24 tot 32 uur per week. Je werkt in een klein team met Ayşe Şahin, Łucja Kowalska, René Müller en Zoë Dubois.

Wat ga je doen
- Je helpt klanten aan de toonbank en aan de telefoon, en je adviseert over brood, gebak en taarten voor verjaardagen.
- Je snijdt brood, vult de schappen en houdt de winkel schoon.
- Je maakt 's avonds de kassa op.

Wat je kunt
- Je rekent vlot en je legt rustig uit wat er in een brood zit.
- Je spreekt Nederlands op niveau B1, omdat je klanten aan de telefoon helpt.
- Je kunt op zaterdag werken (om de week).

Wat wij bieden
Een salaris van € 2.450 tot € 2.900 bruto per maand bij 36 uur, afhankelijk van je ervaring. Daarnaast krijg je reiskostenvergoeding, 25 vakantiedagen en elke dag vers brood mee naar huis.

Hoe wij kiezen
Twee mensen lezen je brief los van elkaar, zonder je naam te zien. Zij beoordelen alleen wat je kunt, met vaste vragen. Daarna volgt een gesprek van een half uur met dezelfde vragen voor iedereen.

Zo solliciteer je
Stuur voor 15 maart een korte brief naar vacature@korenbloem.example. Een cv is niet nodig. We passen de werkplek aan als dat nodig is; laat het ons gerust weten.";

/// A 240 × 96 RGBA logo: a warm badge with a round loaf on it.
fn logo_png() -> Vec<u8> {
    let (w, h) = (240u32, 96u32);
    let mut data = Vec::with_capacity((w * h * 4) as usize);
    for y in 0..h {
        for x in 0..w {
            let (fx, fy) = (x as f32, y as f32);
            let loaf = ((fx - 48.0) / 34.0).powi(2) + ((fy - 52.0) / 26.0).powi(2) <= 1.0;
            let score = loaf && ((fx - 48.0) - (fy - 52.0) * 0.6).rem_euclid(14.0) < 2.5;
            let inside = fx > 4.0 && fx < 236.0 && fy > 4.0 && fy < 92.0;
            let bar = fx > 96.0
                && fx < 224.0
                && ((fy > 34.0 && fy < 44.0) || (fy > 54.0 && fy < 62.0 && fx < 190.0));
            let px = if score {
                [150, 85, 30, 255]
            } else if loaf {
                [214, 150, 70, 255]
            } else if bar {
                [120, 60, 20, 255]
            } else if inside {
                [252, 236, 205, 255]
            } else {
                [0, 0, 0, 0]
            };
            data.extend_from_slice(&px);
        }
    }
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    match enc
        .write_header()
        .and_then(|mut wr| wr.write_image_data(&data))
    {
        Ok(()) => out,
        Err(e) => panic!("logo: {e}"),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: sample <output directory>")?,
    );
    std::fs::create_dir_all(&dir)?;

    let (title, blocks) = parse_plain(VACANCY);
    let doc = Document {
        lang: Lang::Nl,
        organisation: "Bakkerij De Korenbloem".into(),
        logo: Some(Logo {
            media_type: "image/png".into(),
            bytes: logo_png(),
        }),
        title,
        blocks,
    };

    let t = Instant::now();
    let txt = to_txt(&doc);
    let txt_time = t.elapsed();
    let t = Instant::now();
    let html = to_html(&doc);
    let html_time = t.elapsed();
    let t = Instant::now();
    let pdf = to_pdf(&doc)?;
    let pdf_time = t.elapsed();
    let t = Instant::now();
    let docx = to_docx(&doc)?;
    let docx_time = t.elapsed();

    for (name, bytes, time) in [
        ("vacature.txt", txt.as_bytes(), txt_time),
        ("vacature.html", html.as_bytes(), html_time),
        ("vacature.pdf", pdf.as_slice(), pdf_time),
        ("vacature.docx", docx.as_slice(), docx_time),
    ] {
        std::fs::write(dir.join(name), bytes)?;
        println!(
            "{:<14} {:>8} bytes  {:>8.1} ms",
            name,
            bytes.len(),
            time.as_secs_f64() * 1000.0
        );
    }
    Ok(())
}
