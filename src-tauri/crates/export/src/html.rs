//! One self-contained HTML file: inline stylesheet, logo as a `data:` URI,
//! every text escaped, no external resources.

use crate::{logo, Block, Document};

const STYLE: &str = "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,\"Noto Sans\",\"DejaVu Sans\",sans-serif;\
line-height:1.5;color:#1a1a1a;background:#fff;max-width:40em;margin:2em auto;padding:0 1em}\
header{display:flex;justify-content:space-between;align-items:flex-start;gap:1em;border-bottom:1px solid #ccc;padding-bottom:.5em;margin-bottom:1.5em}\
header .org{font-weight:600;color:#444}\
header img{max-height:4em;max-width:12em;height:auto;width:auto}\
h1{font-size:1.8em;line-height:1.2;margin:0 0 .6em}\
h2{font-size:1.2em;margin:1.4em 0 .3em}\
p{margin:0 0 .8em}ul{margin:0 0 .8em;padding-left:1.4em}li{margin:.15em 0}\
@media print{body{margin:0;max-width:none}}";

/// Writes the document as one self-contained UTF-8 HTML file: `<!doctype
/// html>`, `<html lang>`, an inline stylesheet (system sans-serif, at most
/// 40em wide), the organisation name and logo (a `data:` URI) in a header,
/// `<h1>` title, `<h2>` headings, `<p>` paragraphs and `<ul><li>` bullets.
///
/// Every text is escaped (`& < > " '`). A logo that is not a valid PNG or
/// JPEG (see [`crate::Logo`]) is left out rather than failing the export;
/// use [`crate::to_pdf`] or [`crate::to_docx`] to have it reported.
pub fn to_html(doc: &Document) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str("<!doctype html>\n<html lang=\"");
    out.push_str(doc.lang.html_tag());
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>");
    push_escaped(&mut out, &doc.title);
    if !doc.organisation.trim().is_empty() {
        out.push_str(" – ");
        push_escaped(&mut out, &doc.organisation);
    }
    out.push_str("</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<header>\n<div class=\"org\">");
    push_escaped(&mut out, &doc.organisation);
    out.push_str("</div>\n");
    if let Some(checked) = doc.logo.as_ref().and_then(|l| logo::check(l).ok()) {
        out.push_str("<img src=\"data:");
        out.push_str(checked.media_type());
        out.push_str(";base64,");
        out.push_str(&base64(checked.bytes));
        out.push_str("\" alt=\"");
        push_escaped(&mut out, &doc.organisation);
        out.push_str("\">\n");
    }
    out.push_str("</header>\n<main>\n<h1>");
    push_escaped(&mut out, &doc.title);
    out.push_str("</h1>\n");
    for block in &doc.blocks {
        match block {
            Block::Heading(h) => {
                out.push_str("<h2>");
                push_escaped(&mut out, h);
                out.push_str("</h2>\n");
            }
            Block::Paragraph(p) => {
                out.push_str("<p>");
                push_escaped(&mut out, p);
                out.push_str("</p>\n");
            }
            Block::Bullets(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    out.push_str("<li>");
                    push_escaped(&mut out, item);
                    out.push_str("</li>\n");
                }
                out.push_str("</ul>\n");
            }
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// Appends `s` with `& < > " '` escaped (safe in text and in quoted attributes).
fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Standard base64 with padding (RFC 4648), for the `data:` URI.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let sextets = [(n >> 18) & 63, (n >> 12) & 63, (n >> 6) & 63, n & 63];
        for (k, s) in sextets.iter().enumerate() {
            if k <= chunk.len() {
                out.push(char::from(ALPHABET[*s as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Logo};

    #[test]
    fn base64_matches_rfc4648_vectors() {
        for (i, o) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(i.as_bytes()), o);
        }
    }

    fn hostile() -> Document {
        let evil = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>&amp;";
        Document {
            lang: Lang::En,
            organisation: evil.into(),
            logo: Some(Logo {
                media_type: "image/png".into(),
                bytes: crate::logo::tests::tiny_png(),
            }),
            title: evil.into(),
            blocks: vec![
                Block::Heading(evil.into()),
                Block::Paragraph(evil.into()),
                Block::Bullets(vec![evil.into()]),
            ],
        }
    }

    #[test]
    fn every_text_is_escaped() {
        let html = to_html(&hostile());
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img src=x"), "{html}");
        assert!(!html.contains("\"><"), "{html}");
        assert!(!html.contains("'x'"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;"));
        // Exactly one img element: the logo, alt escaped.
        assert_eq!(html.matches("<img").count(), 1);
        assert!(html.contains("alt=\"&lt;script&gt;"));
        // Each text appears escaped in title (twice), header, h1, h2, p, li, alt.
        assert_eq!(html.matches("&lt;script&gt;").count(), 8);
    }

    #[test]
    fn structure_and_no_external_resources() {
        let mut d = hostile();
        d.lang = Lang::Nl;
        d.organisation = "Bakkerij Ünal & Zn.".into();
        d.title = "Verkoopmedewerker".into();
        let html = to_html(&d);
        assert!(html.starts_with("<!doctype html>\n<html lang=\"nl\">"));
        assert!(html.contains("<meta charset=\"utf-8\">"));
        assert!(html.contains("max-width:40em"));
        assert!(html.contains("<img src=\"data:image/png;base64,iVBORw0KGgo"));
        assert!(html.contains("alt=\"Bakkerij Ünal &amp; Zn.\""));
        assert!(html.contains("<h1>Verkoopmedewerker</h1>"));
        assert!(html.contains("<h2>") && html.contains("<ul>\n<li>") && html.contains("<p>"));
        for external in [
            "http:", "https:", "//", "@import", "url(", "<link", "<script",
        ] {
            assert!(!html.contains(external), "{external} in {html}");
        }
    }

    #[test]
    fn a_bad_logo_is_left_out() {
        let mut d = hostile();
        d.logo = Some(Logo {
            media_type: "image/png".into(),
            bytes: b"not a png".to_vec(),
        });
        assert!(!to_html(&d).contains("<img"));
    }
}
