//! Word documents: written as hand-made OOXML in a zip, read back with
//! quick-xml under size and entry limits.

use std::io::{Cursor, Read, Write};

use quick_xml::events::{BytesStart, Event};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use crate::{logo, Block, Document, ExportError, Lang, MAX_DOCX_ENTRIES, MAX_DOCX_XML_BYTES};

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// English Microsoft Office measures: EMU per millimetre.
const EMU_PER_MM: f64 = 36_000.0;
const LOGO_MAX_H_MM: f64 = 20.0;
const LOGO_MAX_W_MM: f64 = 60.0;

/// Appends `s` escaped for XML text and attribute values; characters XML
/// 1.0 does not allow at all (most control characters) are dropped.
fn push_xml(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_xml(&mut out, s);
    out
}

/// The runs of one paragraph: text with `\n` as `<w:br/>` and `\t` as `<w:tab/>`.
fn push_runs(out: &mut String, text: &str) {
    out.push_str("<w:r><w:t xml:space=\"preserve\">");
    for c in text.chars() {
        match c {
            '\n' => out.push_str("</w:t><w:br/><w:t xml:space=\"preserve\">"),
            '\t' => out.push_str("</w:t><w:tab/><w:t xml:space=\"preserve\">"),
            '\r' => {}
            c => push_xml(out, c.encode_utf8(&mut [0; 4])),
        }
    }
    out.push_str("</w:t></w:r>");
}

fn paragraph(out: &mut String, style: Option<&str>, bullet: bool, text: &str) {
    out.push_str("<w:p>");
    if style.is_some() || bullet {
        out.push_str("<w:pPr>");
        if let Some(style) = style {
            out.push_str("<w:pStyle w:val=\"");
            out.push_str(style);
            out.push_str("\"/>");
        }
        if bullet {
            out.push_str("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");
        }
        out.push_str("</w:pPr>");
    }
    push_runs(out, text);
    out.push_str("</w:p>");
}

fn content_types() -> String {
    let mut s = String::from(XML_DECL);
    s.push_str("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
    s.push_str("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
    s.push_str("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
    s.push_str("<Default Extension=\"png\" ContentType=\"image/png\"/>");
    s.push_str("<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>");
    for (part, kind) in [
        (
            "/word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        ),
        (
            "/word/styles.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        ),
        (
            "/word/numbering.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
        ),
        (
            "/word/header1.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
        ),
        (
            "/word/footer1.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
        ),
        (
            "/docProps/core.xml",
            "application/vnd.openxmlformats-package.core-properties+xml",
        ),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        ),
    ] {
        s.push_str(&format!(
            "<Override PartName=\"{part}\" ContentType=\"{kind}\"/>"
        ));
    }
    s.push_str("</Types>");
    s
}

fn relationships(rels: &[(&str, &str, &str)]) -> String {
    let mut s = String::from(XML_DECL);
    s.push_str(&format!("<Relationships xmlns=\"{REL_NS}\">"));
    for (id, kind, target) in rels {
        s.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{target}\"/>"
        ));
    }
    s.push_str("</Relationships>");
    s
}

fn styles(lang: Lang) -> String {
    let lang = lang.word_tag();
    format!(
        "{XML_DECL}<w:styles xmlns:w=\"{W_NS}\">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Arial\"/>\
<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"{lang}\" w:eastAsia=\"{lang}\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"140\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>\
<w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Arial\"/><w:lang w:val=\"{lang}\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:spacing w:before=\"120\" w:after=\"240\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"280\" w:after=\"80\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/>\
<w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"9638\"/></w:tabs><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:b/><w:color w:val=\"4D4D4D\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>\
<w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:color w:val=\"666666\"/><w:sz w:val=\"18\"/></w:rPr></w:style>\
</w:styles>"
    )
}

fn numbering() -> String {
    format!(
        "{XML_DECL}<w:numbering xmlns:w=\"{W_NS}\">\
<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>\
<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2022}\"/><w:lvlJc w:val=\"left\"/>\
<w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>\
<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
    )
}

/// An inline picture (`w:drawing`), `rel` naming the image relationship.
fn drawing(rel: &str, cx: u64, cy: u64, descr: &str) -> String {
    let descr = xml(descr);
    format!(
        "<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">\
<wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>\
<wp:docPr id=\"1\" name=\"Logo\" descr=\"{descr}\"/>\
<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>\
<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
<pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"Logo\" descr=\"{descr}\"/><pic:cNvPicPr/></pic:nvPicPr>\
<pic:blipFill><a:blip r:embed=\"{rel}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>\
</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
    )
}

const PART_NAMESPACES: &str =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" \
xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

/// Writes the document as a Word `.docx`: styles Title, Heading1, Normal
/// (Calibri, Arial as the complex-script font) and ListBullet, bullets as
/// real Word list items (`w:numPr` on a bullet numbering), the organisation
/// name and logo (inline drawing, at most 20 mm high) in the page header,
/// page numbers in the footer, A4 with 2 cm margins, proofing language
/// nl-NL or en-GB, and title, author and language in the document
/// properties.
///
/// Fails with [`ExportError::BadLogo`] when the logo is not a usable PNG or
/// JPEG (see [`crate::Logo`]).
pub fn to_docx(doc: &Document) -> Result<Vec<u8>, ExportError> {
    let checked_logo = doc.logo.as_ref().map(logo::check).transpose()?;

    // Header: organisation name left, logo at the right tab stop.
    let mut header = format!(
        "{XML_DECL}<w:hdr {PART_NAMESPACES}><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
    );
    push_runs(&mut header, &doc.organisation);
    if let Some(l) = &checked_logo {
        let scale = (LOGO_MAX_H_MM / f64::from(l.height)).min(LOGO_MAX_W_MM / f64::from(l.width));
        let cx = (f64::from(l.width) * scale * EMU_PER_MM).round() as u64;
        let cy = (f64::from(l.height) * scale * EMU_PER_MM).round() as u64;
        header.push_str("<w:r><w:tab/>");
        header.push_str(&drawing("rIdLogo", cx, cy, &doc.organisation));
        header.push_str("</w:r>");
    }
    header.push_str("</w:p></w:hdr>");

    let (page, of) = match doc.lang {
        Lang::Nl => ("Pagina ", " van "),
        Lang::En => ("Page ", " of "),
    };
    let footer = format!(
        "{XML_DECL}<w:ftr {PART_NAMESPACES}><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>\
<w:r><w:t xml:space=\"preserve\">{page}</w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>\
<w:r><w:t xml:space=\"preserve\">{of}</w:t></w:r><w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>"
    );

    let mut body = format!("{XML_DECL}<w:document {PART_NAMESPACES}><w:body>");
    paragraph(&mut body, Some("Title"), false, &doc.title);
    for block in &doc.blocks {
        match block {
            Block::Heading(h) => paragraph(&mut body, Some("Heading1"), false, h),
            Block::Paragraph(p) => paragraph(&mut body, None, false, p),
            Block::Bullets(items) => {
                for item in items {
                    paragraph(&mut body, Some("ListBullet"), true, item);
                }
            }
        }
    }
    body.push_str(
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>\
<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>\
<w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>\
</w:sectPr></w:body></w:document>",
    );

    let core = format!(
        "{XML_DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
<dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>{}</dc:language></cp:coreProperties>",
        xml(&doc.title),
        xml(&doc.organisation),
        doc.lang.word_tag()
    );
    let app = format!(
        "{XML_DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
<Application>Werfwijzer</Application><Company>{}</Company></Properties>",
        xml(&doc.organisation)
    );

    let package_rels = relationships(&[
        (
            "rId1",
            &format!("{REL_TYPE}/officeDocument"),
            "word/document.xml",
        ),
        (
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
        ),
        (
            "rId3",
            &format!("{REL_TYPE}/extended-properties"),
            "docProps/app.xml",
        ),
    ]);
    let document_rels = relationships(&[
        ("rIdStyles", &format!("{REL_TYPE}/styles"), "styles.xml"),
        (
            "rIdNumbering",
            &format!("{REL_TYPE}/numbering"),
            "numbering.xml",
        ),
        ("rIdHeader", &format!("{REL_TYPE}/header"), "header1.xml"),
        ("rIdFooter", &format!("{REL_TYPE}/footer"), "footer1.xml"),
    ]);
    let logo_name = checked_logo
        .as_ref()
        .map(|l| format!("media/logo.{}", l.extension()));
    let header_rels = match &logo_name {
        Some(name) => relationships(&[("rIdLogo", &format!("{REL_TYPE}/image"), name)]),
        None => relationships(&[]),
    };

    let mut parts: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), content_types().into_bytes()),
        ("_rels/.rels".into(), package_rels.into_bytes()),
        ("docProps/core.xml".into(), core.into_bytes()),
        ("docProps/app.xml".into(), app.into_bytes()),
        ("word/document.xml".into(), body.into_bytes()),
        (
            "word/_rels/document.xml.rels".into(),
            document_rels.into_bytes(),
        ),
        ("word/styles.xml".into(), styles(doc.lang).into_bytes()),
        ("word/numbering.xml".into(), numbering().into_bytes()),
        ("word/header1.xml".into(), header.into_bytes()),
        (
            "word/_rels/header1.xml.rels".into(),
            header_rels.into_bytes(),
        ),
        ("word/footer1.xml".into(), footer.into_bytes()),
    ];
    if let (Some(l), Some(name)) = (&checked_logo, logo_name) {
        parts.push((format!("word/{name}"), l.bytes.to_vec()));
    }

    let fail = |e: &dyn std::fmt::Display| ExportError::Docx(e.to_string());
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, bytes) in parts {
        zip.start_file(name, options).map_err(|e| fail(&e))?;
        zip.write_all(&bytes).map_err(|e| fail(&e))?;
    }
    let cursor = zip.finish().map_err(|e| fail(&e))?;
    Ok(cursor.into_inner())
}

/// Reads the body of a Word `.docx` back as blocks: paragraphs in a heading
/// style (Title, Heading 1–9, also Dutch Word's "Kop 1" or any paragraph
/// with an outline level) become [`Block::Heading`], list paragraphs
/// (`w:numPr` on the paragraph or its style, or a list style) become items
/// of one [`Block::Bullets`] per run of items, everything else with text a
/// [`Block::Paragraph`]. Line breaks come back as `\n`, tabs as `\t`. For a
/// file made by [`to_docx`], the result is the title as a heading followed
/// by the document's blocks.
///
/// Safe on hostile files: anything that is not a zip holding
/// `word/document.xml` is [`ExportError::NotADocx`]; more than
/// [`MAX_DOCX_ENTRIES`] entries, or more than [`MAX_DOCX_XML_BYTES`] once
/// inflated (counted while reading, the header is not trusted), is
/// [`ExportError::TooLarge`]; broken compression or XML is
/// [`ExportError::DamagedDocx`]. No entities are expanded.
pub fn read_docx(bytes: &[u8]) -> Result<Vec<Block>, ExportError> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(|_| ExportError::NotADocx)?;
    if archive.len() > MAX_DOCX_ENTRIES {
        return Err(ExportError::TooLarge);
    }
    let mut budget = MAX_DOCX_XML_BYTES;
    let document =
        read_part(&mut archive, "word/document.xml", &mut budget)?.ok_or(ExportError::NotADocx)?;
    // styles.xml is optional; it tells which custom styles are headings or lists.
    let styles = match read_part(&mut archive, "word/styles.xml", &mut budget)? {
        Some(xml) => parse_styles(&xml)?,
        None => Vec::new(),
    };
    parse_document(&document, &styles)
}

/// Reads one part, inflating at most `budget` bytes (shared across parts).
/// `Ok(None)` when the part is missing.
fn read_part(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    name: &str,
    budget: &mut u64,
) -> Result<Option<Vec<u8>>, ExportError> {
    let file = match archive.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(ExportError::DamagedDocx(e.to_string())),
    };
    let mut out = Vec::new();
    file.take(*budget + 1)
        .read_to_end(&mut out)
        .map_err(|e| ExportError::DamagedDocx(e.to_string()))?;
    let read = out.len() as u64;
    if read > *budget {
        return Err(ExportError::TooLarge);
    }
    *budget -= read;
    Ok(Some(out))
}

/// What a paragraph style means for reading.
#[derive(Debug, Clone, PartialEq, Eq)]
struct StyleInfo {
    id: String,
    heading: bool,
    list: bool,
}

fn local(name: &str) -> &str {
    match name.rfind(':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (local(a.key.as_ref()) == key)
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .ok()
                    .map(|v| v.into_owned())
            })
            .flatten()
    })
}

fn damaged(e: impl std::fmt::Display) -> ExportError {
    ExportError::DamagedDocx(e.to_string())
}

fn is_heading_name(name: &str) -> bool {
    let n = name.to_lowercase();
    n == "title" || n == "titel" || n.starts_with("heading") || n.starts_with("kop")
}

fn is_list_name(name: &str) -> bool {
    let n = name.to_lowercase();
    n.starts_with("list") || n.starts_with("lijst")
}

/// Paragraph styles from `word/styles.xml`: which are headings, which lists.
fn parse_styles(xml_bytes: &[u8]) -> Result<Vec<StyleInfo>, ExportError> {
    let mut reader = quick_xml::Reader::from_reader(xml_bytes);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    let mut current: Option<StyleInfo> = None;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(damaged)?;
        match &event {
            Event::Start(e) | Event::Empty(e) => match local(e.name().as_ref()) {
                "style" => {
                    let paragraph_style = attr(e, "type").as_deref() == Some("paragraph");
                    current = match (paragraph_style, attr(e, "styleId")) {
                        (true, Some(id)) => Some(StyleInfo {
                            heading: is_heading_name(&id),
                            list: is_list_name(&id),
                            id,
                        }),
                        _ => None,
                    };
                }
                "name" => {
                    if let (Some(s), Some(name)) = (current.as_mut(), attr(e, "val")) {
                        s.heading |= is_heading_name(&name);
                        s.list |= is_list_name(&name);
                    }
                }
                "outlineLvl" => {
                    if let Some(s) = current.as_mut() {
                        s.heading = true;
                    }
                }
                "numPr" => {
                    if let Some(s) = current.as_mut() {
                        s.list = true;
                    }
                }
                _ => {}
            },
            Event::End(e) if local(e.name().as_ref()) == "style" => {
                if let Some(s) = current.take() {
                    out.push(s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// The paragraph being read.
#[derive(Default)]
struct Para {
    style: Option<String>,
    numbered: bool,
    outline: bool,
    text: String,
}

fn parse_document(xml_bytes: &[u8], styles: &[StyleInfo]) -> Result<Vec<Block>, ExportError> {
    let mut reader = quick_xml::Reader::from_reader(xml_bytes);
    let mut buf = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    // A stack: text boxes nest paragraphs inside paragraphs.
    let mut paras: Vec<Para> = Vec::new();
    let mut in_text = false;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(damaged)?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let is_start = matches!(event, Event::Start(_));
                match local(e.name().as_ref()) {
                    "p" if is_start => paras.push(Para::default()),
                    "pStyle" => {
                        if let Some(p) = paras.last_mut() {
                            p.style = attr(e, "val");
                        }
                    }
                    "numPr" => {
                        if let Some(p) = paras.last_mut() {
                            p.numbered = true;
                        }
                    }
                    "outlineLvl" => {
                        if let Some(p) = paras.last_mut() {
                            p.outline = true;
                        }
                    }
                    "t" => in_text = is_start,
                    "tab" if !is_start => {
                        // `w:tab` inside `w:tabs` (tab stops) is not text.
                        if let Some(p) = paras.last_mut() {
                            if !in_tab_stops(e) {
                                p.text.push('\t');
                            }
                        }
                    }
                    "br" | "cr" => {
                        if let Some(p) = paras.last_mut() {
                            p.text.push('\n');
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_text => {
                if let Some(p) = paras.last_mut() {
                    p.text.push_str(&t.xml10_content());
                }
            }
            Event::CData(t) if in_text => {
                if let Some(p) = paras.last_mut() {
                    p.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_text => {
                let resolved = match r.resolve_char_ref().map_err(damaged)? {
                    Some(c) => c.to_string(),
                    None => {
                        let name = r.xml10_content();
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| damaged(format!("unknown entity &{name};")))?
                            .to_string()
                    }
                };
                if let Some(p) = paras.last_mut() {
                    p.text.push_str(&resolved);
                }
            }
            Event::End(e) => match local(e.name().as_ref()) {
                "t" => in_text = false,
                "p" => {
                    if let Some(p) = paras.pop() {
                        push_paragraph(&mut blocks, p, styles);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(blocks)
}

/// `w:tab` elements carrying a `w:val` (alignment) are tab stops, not tabs.
fn in_tab_stops(e: &BytesStart<'_>) -> bool {
    attr(e, "val").is_some()
}

fn push_paragraph(blocks: &mut Vec<Block>, p: Para, styles: &[StyleInfo]) {
    if p.text.trim().is_empty() {
        return;
    }
    let style = p.style.as_deref().map(|id| {
        styles
            .iter()
            .find(|s| s.id == id)
            .cloned()
            .unwrap_or(StyleInfo {
                id: id.to_string(),
                heading: is_heading_name(id),
                list: is_list_name(id),
            })
    });
    let heading = p.outline || style.as_ref().is_some_and(|s| s.heading);
    let list = p.numbered || style.as_ref().is_some_and(|s| s.list);
    if heading {
        blocks.push(Block::Heading(p.text));
    } else if list {
        match blocks.last_mut() {
            Some(Block::Bullets(items)) => items.push(p.text),
            _ => blocks.push(Block::Bullets(vec![p.text])),
        }
    } else {
        blocks.push(Block::Paragraph(p.text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Logo;

    fn sample(logo: Option<Logo>) -> Document {
        Document {
            lang: Lang::Nl,
            organisation: "Bakkerij Şahin & Kowalski <B.V.>".into(),
            logo,
            title: "Verkoopmedewerker bakkerij".into(),
            blocks: vec![
                Block::Heading("Wat ga je doen".into()),
                Block::Paragraph(
                    "Je verkoopt brood voor € 2.450 tot € 2.900 per maand \"bruto\" & meer.".into(),
                ),
                Block::Bullets(vec!["Zoë, Łucja en Ştefan".into(), "a < b > c 'd'".into()]),
                Block::Paragraph("Regel een\nregel\ttwee".into()),
                Block::Heading("Hoe wij kiezen".into()),
                Block::Bullets(vec!["één".into()]),
                Block::Bullets(vec!["<script>alert(1)</script>".into()]),
            ],
        }
    }

    fn expected(doc: &Document) -> Vec<Block> {
        // Two adjacent bullet blocks read back as one list.
        let mut want = vec![Block::Heading(doc.title.clone())];
        for b in &doc.blocks {
            match (want.last_mut(), b) {
                (Some(Block::Bullets(items)), Block::Bullets(more)) => items.extend(more.clone()),
                _ => want.push(b.clone()),
            }
        }
        want
    }

    #[test]
    fn write_then_read_gives_the_blocks() {
        let doc = sample(Some(Logo {
            media_type: "image/png".into(),
            bytes: crate::logo::tests::tiny_png(),
        }));
        let bytes = to_docx(&doc).expect("docx");
        assert_eq!(read_docx(&bytes).expect("read"), expected(&doc));
    }

    #[test]
    fn package_holds_every_part() {
        let doc = sample(Some(Logo {
            media_type: "image/png".into(),
            bytes: crate::logo::tests::tiny_png(),
        }));
        let bytes = to_docx(&doc).expect("docx");
        let mut zip = ZipArchive::new(Cursor::new(bytes.as_slice())).expect("zip");
        let mut names: Vec<String> = zip
            .file_names()
            .map(|n| n.expect("name").into_owned())
            .collect();
        names.sort();
        for part in [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/app.xml",
            "docProps/core.xml",
            "word/_rels/document.xml.rels",
            "word/_rels/header1.xml.rels",
            "word/document.xml",
            "word/footer1.xml",
            "word/header1.xml",
            "word/media/logo.png",
            "word/numbering.xml",
            "word/styles.xml",
        ] {
            assert!(
                names.iter().any(|n| n == part),
                "{part} missing in {names:?}"
            );
        }
        let mut styles = String::new();
        zip.by_name("word/styles.xml")
            .expect("styles")
            .read_to_string(&mut styles)
            .expect("read");
        assert!(styles.contains("w:lang w:val=\"nl-NL\""));
        let mut header = String::new();
        zip.by_name("word/header1.xml")
            .expect("header")
            .read_to_string(&mut header)
            .expect("read");
        // 8 × 4 px scaled to 20 mm high would be 40 mm wide: within 60 mm.
        assert!(header.contains("cx=\"1440000\" cy=\"720000\""), "{header}");
        assert!(header.contains("Bakkerij Şahin &amp; Kowalski &lt;B.V.&gt;"));
        // Every XML part is well-formed.
        for name in names
            .iter()
            .filter(|n| n.ends_with(".xml") || n.ends_with(".rels"))
        {
            let mut s = String::new();
            zip.by_name(name)
                .expect("part")
                .read_to_string(&mut s)
                .expect("utf-8");
            let mut r = quick_xml::Reader::from_str(&s);
            r.config_mut().check_end_names = true;
            loop {
                match r.read_event() {
                    Ok(Event::Eof) => break,
                    Ok(_) => {}
                    Err(e) => panic!("{name}: {e}"),
                }
            }
        }
    }

    #[test]
    fn english_without_logo() {
        let mut doc = sample(None);
        doc.lang = Lang::En;
        let bytes = to_docx(&doc).expect("docx");
        assert_eq!(read_docx(&bytes).expect("read"), expected(&doc));
        let mut zip = ZipArchive::new(Cursor::new(bytes.as_slice())).expect("zip");
        assert!(zip.by_name("word/media/logo.png").is_err());
        let mut footer = String::new();
        zip.by_name("word/footer1.xml")
            .expect("footer")
            .read_to_string(&mut footer)
            .expect("read");
        assert!(footer.contains(">Page </w:t>") && footer.contains("NUMPAGES"));
    }

    #[test]
    fn control_characters_are_dropped() {
        let mut doc = sample(None);
        doc.blocks = vec![Block::Paragraph("a\u{1}b\u{FFFF}c".into())];
        let bytes = to_docx(&doc).expect("docx");
        assert_eq!(
            read_docx(&bytes).expect("read")[1],
            Block::Paragraph("abc".into())
        );
    }

    #[test]
    fn reads_dutch_word_styles() {
        // Styles as Dutch Word names them: ids "Kop1" and "Lijstalinea".
        let document = format!(
            "<w:document xmlns:w=\"{W_NS}\"><w:body>\
<w:p><w:pPr><w:pStyle w:val=\"Kop1\"/></w:pPr><w:r><w:t>Wat je kunt</w:t></w:r></w:p>\
<w:p><w:pPr><w:pStyle w:val=\"Lijstalinea\"/></w:pPr><w:r><w:t>bakken</w:t></w:r></w:p>\
<w:p><w:pPr><w:pStyle w:val=\"Lijstalinea\"/></w:pPr><w:r><w:t xml:space=\"preserve\">AT&amp;T &#8364;</w:t></w:r></w:p>\
<w:p><w:r><w:t></w:t></w:r></w:p>\
<w:p><w:pPr><w:pStyle w:val=\"Custom\"/></w:pPr><w:r><w:t>Eigen kop</w:t></w:r></w:p>\
<w:p><w:r><w:t>Gewoon</w:t></w:r><w:r><w:t xml:space=\"preserve\"> tekst.</w:t></w:r></w:p>\
</w:body></w:document>"
        );
        let styles = format!(
            "<w:styles xmlns:w=\"{W_NS}\"><w:style w:type=\"paragraph\" w:styleId=\"Custom\">\
<w:name w:val=\"Mijn kop\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style></w:styles>"
        );
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let opts = SimpleFileOptions::default();
        zip.start_file("word/document.xml", opts).expect("start");
        zip.write_all(document.as_bytes()).expect("write");
        zip.start_file("word/styles.xml", opts).expect("start");
        zip.write_all(styles.as_bytes()).expect("write");
        let bytes = zip.finish().expect("finish").into_inner();
        assert_eq!(
            read_docx(&bytes).expect("read"),
            vec![
                Block::Heading("Wat je kunt".into()),
                Block::Bullets(vec!["bakken".into(), "AT&T €".into()]),
                Block::Heading("Eigen kop".into()),
                Block::Paragraph("Gewoon tekst.".into()),
            ]
        );
    }
}
