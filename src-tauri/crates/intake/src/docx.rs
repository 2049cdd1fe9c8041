//! Word documents (`.docx`): the text of the page headers, the body, the
//! foot- and endnotes and the page footers, in that order, one line per
//! paragraph.
//!
//! Headers come first because that is where many applicants put their name
//! and address. Table cells are read cell by cell, each paragraph on its own
//! line; text boxes as their own lines. Deleted text (tracked changes),
//! field codes, the fallback copy of a text box (`mc:Fallback`) and comments
//! are left out.

use crate::xml::{self, Node, Skip};
use crate::zipsafe;
use crate::{ImportError, MAX_UNZIPPED_BYTES};

/// Elements whose whole content is not text of the letter: paragraph and
/// run properties (their `w:tab` are tab stops), section and table
/// properties, deleted and moved-away text, field codes, and the fallback
/// copy in `mc:AlternateContent`.
fn skipped(name: &[u8]) -> bool {
    matches!(
        name,
        b"pPr"
            | b"rPr"
            | b"sectPr"
            | b"tblPr"
            | b"tblGrid"
            | b"trPr"
            | b"tcPr"
            | b"del"
            | b"moveFrom"
            | b"instrText"
            | b"delInstrText"
            | b"Fallback"
    )
}

/// The text of one part: a line per paragraph.
pub(crate) fn part_text(part: &[u8]) -> Result<String, ImportError> {
    let mut out = String::new();
    // A stack: text boxes put paragraphs inside paragraphs.
    let mut paras: Vec<String> = Vec::new();
    let mut in_text = false;
    let mut skip = Skip::default();
    xml::walk(part, |node| {
        if skip.enter(&node, skipped) {
            return;
        }
        match node {
            Node::Open { name, empty, .. } => match name {
                b"p" if !empty => paras.push(String::new()),
                b"p" => out.push('\n'),
                b"t" => in_text = !empty,
                b"tab" | b"ptab" => push(&mut paras, "\t"),
                b"br" | b"cr" => push(&mut paras, "\n"),
                b"noBreakHyphen" => push(&mut paras, "-"),
                _ => {}
            },
            Node::Close { name } => match name {
                b"t" => in_text = false,
                b"p" => {
                    if let Some(p) = paras.pop() {
                        out.push_str(&p);
                        out.push('\n');
                    }
                }
                _ => {}
            },
            Node::Text(t) if in_text => push(&mut paras, t),
            Node::Text(_) => {}
        }
    })?;
    // Paragraphs left open by a truncated part still count.
    for p in paras {
        out.push_str(&p);
        out.push('\n');
    }
    Ok(out)
}

fn push(paras: &mut [String], s: &str) {
    if let Some(p) = paras.last_mut() {
        p.push_str(s);
    }
}

/// `word/header3.xml` → `Some(3)` for `prefix` `"word/header"`.
fn numbered(name: &str, prefix: &str) -> Option<u32> {
    let rest = name.strip_prefix(prefix)?.strip_suffix(".xml")?;
    if rest.is_empty() {
        return Some(0);
    }
    rest.parse().ok()
}

/// The parts named `prefix<n>.xml`, by number.
fn parts_named(names: &[String], prefix: &str) -> Vec<String> {
    let mut found: Vec<(u32, &String)> = names
        .iter()
        .filter_map(|n| numbered(n, prefix).map(|i| (i, n)))
        .collect();
    found.sort();
    found.into_iter().map(|(_, n)| n.clone()).collect()
}

/// Reads a `.docx` (already known to be a zip with `word/document.xml`).
pub(crate) fn extract(bytes: &[u8]) -> Result<String, ImportError> {
    let mut archive = zipsafe::open(bytes)?;
    let names = zipsafe::names(&archive);
    let mut budget = MAX_UNZIPPED_BYTES;

    let mut order = parts_named(&names, "word/header");
    order.push("word/document.xml".into());
    order.push("word/footnotes.xml".into());
    order.push("word/endnotes.xml".into());
    order.extend(parts_named(&names, "word/footer"));

    let mut sections: Vec<String> = Vec::new();
    for name in &order {
        let Some(part) = zipsafe::read_part(&mut archive, name, &mut budget)? else {
            if name == "word/document.xml" {
                return Err(ImportError::Corrupt);
            }
            continue;
        };
        let text = part_text(&part)?;
        // Word keeps a header per kind of page (first, even, odd), often alike.
        if !text.trim().is_empty() && !sections.contains(&text) {
            sections.push(text);
        }
    }
    Ok(sections.join("\n\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

    #[test]
    fn paragraphs_tabs_breaks_and_tables() {
        let xml = format!(
            "<w:document {W}><w:body>\
<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>\
<w:r><w:t>Naam:</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\">Ayşe </w:t></w:r><w:r><w:t>Yılmaz</w:t></w:r></w:p>\
<w:p><w:r><w:t>Kerkstraat 1</w:t><w:br/><w:t>1234 AB Zwolle</w:t></w:r></w:p>\
<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/><w:p><w:r><w:t>Cel 1</w:t></w:r></w:p></w:tc>\
<w:tc><w:p><w:r><w:t>Cel 2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
<w:p><w:r><w:t>e</w:t></w:r><w:r><w:noBreakHyphen/><w:t>mail</w:t></w:r></w:p>\
</w:body></w:document>"
        );
        assert_eq!(
            part_text(xml.as_bytes()).expect("text"),
            "Naam:\tAyşe Yılmaz\nKerkstraat 1\n1234 AB Zwolle\nCel 1\nCel 2\ne-mail\n"
        );
    }

    #[test]
    fn leaves_out_deleted_text_field_codes_and_fallbacks() {
        let xml = format!(
            "<w:document {W}><w:body><w:p>\
<w:del><w:r><w:delText>oud</w:delText></w:r></w:del><w:ins><w:r><w:t>nieuw</w:t></w:r></w:ins>\
<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>\
<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>\
<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>In het vak</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>\
<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In het vak</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>\
</w:p></w:body></w:document>"
        );
        assert_eq!(
            part_text(xml.as_bytes()).expect("text"),
            "In het vak\nnieuw1\n"
        );
    }

    #[test]
    fn header_and_footer_parts_in_order() {
        let names: Vec<String> = [
            "word/footer2.xml",
            "word/header10.xml",
            "word/header2.xml",
            "word/header.xml",
            "word/headers.xml",
            "word/_rels/header2.xml.rels",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            parts_named(&names, "word/header"),
            vec!["word/header.xml", "word/header2.xml", "word/header10.xml"]
        );
        assert_eq!(parts_named(&names, "word/footer"), vec!["word/footer2.xml"]);
    }
}
