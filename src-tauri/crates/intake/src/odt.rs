//! OpenDocument texts (`.odt`): the page header, the body (`content.xml`)
//! and the page footer, one line per paragraph or heading.
//!
//! Headers and footers live in the master pages of `styles.xml`. Lists,
//! tables (cell by cell), frames and notes give their paragraphs as lines of
//! their own. White space follows the ODF rules: runs of spaces, tabs and
//! line ends in the XML count as one space, `text:s` (with `text:c`) adds
//! spaces, `text:tab` a tab and `text:line-break` a line break. Deleted text
//! (tracked changes), comments and the alternative texts of pictures are
//! left out.

use crate::xml::{self, Node, Skip};
use crate::zipsafe;
use crate::{ImportError, MAX_UNZIPPED_BYTES};

/// Elements whose content is not text of the letter.
fn skipped(name: &[u8]) -> bool {
    matches!(
        name,
        b"tracked-changes"
            | b"annotation"
            | b"title"
            | b"desc"
            | b"sequence-decls"
            | b"variable-decls"
            | b"user-field-decls"
            | b"forms"
            | b"automatic-styles"
            | b"font-face-decls"
            | b"scripts"
            | b"header-left"
            | b"footer-left"
            | b"header-first"
            | b"footer-first"
    )
}

/// Where in `styles.xml` the reader is looking.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Region {
    /// All of the part (`content.xml`).
    Everything,
    /// Only inside `style:header` elements.
    Header,
    /// Only inside `style:footer` elements.
    Footer,
}

/// One paragraph being read, with the ODF white-space state.
#[derive(Default)]
struct Para {
    text: String,
    /// The last character came from XML white space (so more is dropped).
    after_space: bool,
}

impl Para {
    fn push_xml_text(&mut self, t: &str) {
        for c in t.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r') {
                // Leading white space of a paragraph is dropped too.
                if !self.after_space && !self.text.is_empty() {
                    self.text.push(' ');
                }
                self.after_space = true;
            } else {
                self.text.push(c);
                self.after_space = false;
            }
        }
    }

    fn push_literal(&mut self, s: &str) {
        self.text.push_str(s);
        self.after_space = false;
    }
}

/// The text of one part: a line per paragraph or heading.
pub(crate) fn part_text(part: &[u8], region: Region) -> Result<String, ImportError> {
    let mut out = String::new();
    let mut paras: Vec<Para> = Vec::new();
    let mut skip = Skip::default();
    // How deep inside the wanted region (for headers and footers).
    let mut inside = usize::from(region == Region::Everything);
    let wanted: &[u8] = match region {
        Region::Everything => b"",
        Region::Header => b"header",
        Region::Footer => b"footer",
    };
    xml::walk(part, |node| {
        if skip.enter(&node, skipped) {
            return;
        }
        if region != Region::Everything {
            match &node {
                Node::Open { name, empty, .. } if *name == wanted && !empty && inside == 0 => {
                    inside = 1;
                    return;
                }
                Node::Open { empty: false, .. } if inside > 0 => inside += 1,
                Node::Close { .. } if inside > 0 => {
                    inside -= 1;
                    if inside == 0 {
                        return;
                    }
                }
                _ => {}
            }
            if inside == 0 {
                return;
            }
        }
        match node {
            Node::Open {
                name,
                element,
                empty,
            } => match name {
                b"p" | b"h" if !empty => paras.push(Para::default()),
                b"p" | b"h" => out.push('\n'),
                b"s" => {
                    let n = xml::attr(element, b"c")
                        .and_then(|c| c.parse::<usize>().ok())
                        .unwrap_or(1)
                        .clamp(1, 1000);
                    if let Some(p) = paras.last_mut() {
                        p.push_literal(&" ".repeat(n));
                    }
                }
                b"tab" => {
                    if let Some(p) = paras.last_mut() {
                        p.push_literal("\t");
                    }
                }
                b"line-break" => {
                    if let Some(p) = paras.last_mut() {
                        p.push_literal("\n");
                        // White space in the XML right after a line break
                        // would otherwise start the next line.
                        p.after_space = true;
                    }
                }
                _ => {}
            },
            Node::Close { name } => {
                if matches!(name, b"p" | b"h") {
                    if let Some(p) = paras.pop() {
                        out.push_str(&p.text);
                        out.push('\n');
                    }
                }
            }
            Node::Text(t) => {
                if let Some(p) = paras.last_mut() {
                    p.push_xml_text(t);
                }
            }
        }
    })?;
    for p in paras {
        out.push_str(&p.text);
        out.push('\n');
    }
    Ok(out)
}

/// Whether the manifest says the parts are encrypted (ODF's own password
/// protection: the parts are there, but unreadable without the password).
fn manifest_says_encrypted(manifest: &[u8]) -> bool {
    manifest
        .windows(b"encryption-data".len())
        .any(|w| w == b"encryption-data")
}

/// Reads an `.odt` (already known to be a zip with the right `mimetype`).
pub(crate) fn extract(bytes: &[u8]) -> Result<String, ImportError> {
    let mut archive = zipsafe::open(bytes)?;
    let mut budget = MAX_UNZIPPED_BYTES;
    if let Some(manifest) = zipsafe::read_part(&mut archive, "META-INF/manifest.xml", &mut budget)?
    {
        if manifest_says_encrypted(&manifest) {
            return Err(ImportError::Encrypted);
        }
    }
    let content = zipsafe::read_part(&mut archive, "content.xml", &mut budget)?
        .ok_or(ImportError::Corrupt)?;
    let styles = zipsafe::read_part(&mut archive, "styles.xml", &mut budget)?;

    let mut sections = Vec::new();
    if let Some(styles) = &styles {
        sections.push(part_text(styles, Region::Header)?);
    }
    sections.push(part_text(&content, Region::Everything)?);
    if let Some(styles) = &styles {
        sections.push(part_text(styles, Region::Footer)?);
    }
    sections.retain(|s| !s.trim().is_empty());
    Ok(sections.join("\n\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"";

    #[test]
    fn paragraphs_spaces_lists_and_tables() {
        let xml = format!(
            "<office:document-content {NS}><office:body><office:text>\
<text:sequence-decls><text:sequence-decl text:name=\"Illustration\"/></text:sequence-decls>\
<text:h text:outline-level=\"1\">Sollicitatie</text:h>\
<text:p>  Geachte   heer\n  Janssen,</text:p>\
<text:p>Naam:<text:tab/>Zoë<text:s/> <text:s text:c=\"2\"/>Wiśniewski</text:p>\
<text:p>Regel<text:line-break/>twee</text:p>\
<text:list><text:list-item><text:p>bakken</text:p></text:list-item><text:list-item><text:p>verkopen</text:p></text:list-item></text:list>\
<table:table><table:table-row><table:table-cell><text:p>A1</text:p></table:table-cell><table:table-cell><text:p>B1</text:p></table:table-cell></table:table-row></table:table>\
<text:p>Met <office:annotation><text:p>opmerking</text:p></office:annotation>groet<text:tracked-changes/></text:p>\
<text:p/>\
</office:text></office:body></office:document-content>"
        );
        assert_eq!(
            part_text(xml.as_bytes(), Region::Everything).expect("text"),
            "Sollicitatie\nGeachte heer Janssen,\nNaam:\tZoë    Wiśniewski\nRegel\ntwee\nbakken\nverkopen\nA1\nB1\nMet groet\n\n"
        );
    }

    #[test]
    fn header_and_footer_from_styles() {
        let xml = format!(
            "<office:document-styles {NS}><office:master-styles><style:master-page style:name=\"Standard\">\
<style:header><text:p>Ayşe Yılmaz</text:p></style:header>\
<style:header-left><text:p>links</text:p></style:header-left>\
<style:footer><text:p>06-12345678</text:p></style:footer>\
</style:master-page></office:master-styles></office:document-styles>"
        );
        assert_eq!(
            part_text(xml.as_bytes(), Region::Header).expect("h"),
            "Ayşe Yılmaz\n"
        );
        assert_eq!(
            part_text(xml.as_bytes(), Region::Footer).expect("f"),
            "06-12345678\n"
        );
    }
}
