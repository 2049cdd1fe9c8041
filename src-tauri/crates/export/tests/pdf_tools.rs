//! The PDF as a reader sees it: text through `pdftotext`, fonts through
//! `pdffonts`, pages through `pdfinfo` (poppler-utils).

mod common;

use std::path::Path;
use std::process::Command;

use werfwijzer_export::{to_docx, to_pdf, ExportError, Lang, Logo};

fn run(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} could not run (install poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn write_pdf(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write pdf");
    path.to_string_lossy().into_owned()
}

fn pages(path: &str) -> usize {
    run("pdfinfo", &[path])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("page count")
}

/// `(font name, embedded)` for every font `pdffonts` lists.
fn fonts(path: &str) -> Vec<(String, bool)> {
    let out = run("pdffonts", &[path]);
    out.lines()
        .skip_while(|l| !l.starts_with("----"))
        .skip(1)
        .map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            // name type… encoding emb sub uni object ID: `emb` is 5th from the end.
            let emb = cols.len() >= 6 && cols[cols.len() - 5] == "yes";
            (cols.first().copied().unwrap_or_default().to_string(), emb)
        })
        .collect()
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_text_reads_back_in_order_with_every_font_embedded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = common::vacancy(Lang::Nl, common::png_logo());
    let path = write_pdf(dir.path(), "vacature.pdf", &to_pdf(&doc).expect("pdf"));

    let text = squash(&run("pdftotext", &[&path, "-"]));
    let in_order = [
        "Bakkerij De Korenbloem",
        "Verkoopmedewerker bakkerij",
        "Ayşe Şahin, Łucja Kowalska en René Müller",
        "Wat ga je doen",
        "• Je helpt klanten aan de toonbank",
        "Je maakt 's avonds de kassa op.",
        "Wat je kunt",
        "Wat wij bieden",
        "€ 2.450 tot € 2.900 bruto per maand",
        "Hoe wij kiezen",
        "Zo solliciteer je",
        "We passen de werkplek aan als dat nodig is.",
        "Pagina 1 van 1",
    ];
    let mut from = 0;
    for needle in in_order {
        let at = text[from..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing or out of order in {text}"));
        from += at + needle.len();
    }
    assert_eq!(pages(&path), 1);

    let fonts = fonts(&path);
    assert!(fonts.len() >= 2, "{fonts:?}");
    assert!(fonts.iter().all(|(_, emb)| *emb), "{fonts:?}");
    assert!(
        fonts.iter().any(|(n, _)| n.contains("DejaVuSans-Bold")),
        "{fonts:?}"
    );
}

#[test]
fn a_long_text_breaks_into_numbered_pages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = common::long_vacancy();
    let path = write_pdf(dir.path(), "lang.pdf", &to_pdf(&doc).expect("pdf"));
    let n = pages(&path);
    assert!(n >= 3, "{n} pages");
    let text = squash(&run("pdftotext", &[&path, "-"]));
    for k in 1..=n {
        assert!(text.contains(&format!("Pagina {k} van {n}")), "page {k}");
    }
    assert!(text.contains("Einde van de lange tekst met ş en ł."));
    // Nothing is lost across page breaks: every block's text is there.
    assert_eq!(text.matches("Zo solliciteer je").count(), 7);
    assert!(fonts(&path).iter().all(|(_, emb)| *emb));
}

#[test]
fn english_footer_and_no_logo() {
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = common::vacancy(Lang::En, None);
    let path = write_pdf(dir.path(), "en.pdf", &to_pdf(&doc).expect("pdf"));
    let text = squash(&run("pdftotext", &[&path, "-"]));
    assert!(text.contains("Page 1 of 1"), "{text}");
}

#[test]
fn names_of_any_origin_survive() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut doc = common::vacancy(Lang::Nl, None);
    let names =
        "Çağrı Yıldız, Zoë Ñúñez, Łukasz Świątek, Đorđe Šćepanović, Søren Ærø, Nguyễn Thị Ánh";
    doc.organisation = names.into();
    doc.title = names.into();
    let path = write_pdf(dir.path(), "namen.pdf", &to_pdf(&doc).expect("pdf"));
    let text = squash(&run("pdftotext", &[&path, "-"]));
    assert_eq!(text.matches(names).count(), 2, "{text}");
}

#[test]
fn a_bad_logo_is_refused_without_panic() {
    let png = common::png(120, 48);
    let bad = [
        (
            "text named as PNG",
            "image/png",
            b"just some text, not an image\n".to_vec(),
        ),
        ("truncated PNG", "image/png", png[..png.len() / 2].to_vec()),
        ("PNG header only", "image/png", png[..33].to_vec()),
        ("PNG said to be JPEG", "image/jpeg", png.clone()),
        (
            "GIF",
            "image/gif",
            b"GIF89a\x01\x00\x01\x00\x00\x00\x00;".to_vec(),
        ),
        ("huge", "image/png", common::png(4001, 2)),
    ];
    for (what, media_type, bytes) in bad {
        let doc = common::vacancy(
            Lang::Nl,
            Some(Logo {
                media_type: media_type.into(),
                bytes,
            }),
        );
        assert!(
            matches!(to_pdf(&doc), Err(ExportError::BadLogo(_))),
            "pdf: {what}"
        );
        assert!(
            matches!(to_docx(&doc), Err(ExportError::BadLogo(_))),
            "docx: {what}"
        );
    }
}
