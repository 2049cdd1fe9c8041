//! The PDF: A4, DejaVu Sans (subset, embedded), our own line wrapping and
//! page breaking (printpdf's layout needs its `html` feature, which scans the
//! system font folders), a header with the organisation and logo on every
//! page, and "Pagina 1 van 2" in the footer.

use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rgb, TextItem, XObjectId, XObjectTransform,
};

use crate::{logo, Block, Document, ExportError, Lang};

const REGULAR_TTF: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans-Bold.ttf");

const PT_PER_MM: f32 = 72.0 / 25.4;
const PAGE_W: f32 = 210.0 * PT_PER_MM;
const PAGE_H: f32 = 297.0 * PT_PER_MM;
const MARGIN: f32 = 20.0 * PT_PER_MM;
const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN;
const LOGO_MAX_H: f32 = 25.0 * PT_PER_MM;
const LOGO_MAX_W: f32 = 60.0 * PT_PER_MM;
const FOOTER_BASELINE: f32 = 11.0 * PT_PER_MM;

const ORG_SIZE: f32 = 11.0;
const TITLE_SIZE: f32 = 20.0;
const HEADING_SIZE: f32 = 13.0;
const BODY_SIZE: f32 = 10.5;
const BODY_LEADING: f32 = 15.0;
const FOOTER_SIZE: f32 = 8.5;
const BULLET_INDENT: f32 = 14.0;

/// A font face: parsed for measuring, registered in the document for drawing.
struct Face {
    parsed: ParsedFont,
    id: FontId,
    units_per_em: f32,
}

impl Face {
    fn load(doc: &mut PdfDocument, bytes: &[u8], name: &str) -> Result<Self, ExportError> {
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
            .ok_or_else(|| ExportError::Pdf(format!("the built-in font {name} cannot be read")))?;
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let id = doc.add_font(&parsed);
        Ok(Face {
            parsed,
            id,
            units_per_em,
        })
    }

    /// Advance width of `text` at `size` points, from the font's hmtx table.
    fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                let gid = self.parsed.lookup_glyph_index(u32::from(c)).unwrap_or(0);
                u32::from(self.parsed.get_horizontal_advance(gid))
            })
            .sum();
        units as f32 * size / self.units_per_em
    }
}

/// Which face a line is set in.
#[derive(Clone, Copy)]
enum Weight {
    Regular,
    Bold,
}

/// One line of text placed on a page (baseline position in points).
struct Placed {
    x: f32,
    y: f32,
    text: String,
    weight: Weight,
    size: f32,
    grey: f32,
}

/// Lays text out top to bottom and starts a new page when it runs out of room.
struct Layout<'a> {
    regular: &'a Face,
    bold: &'a Face,
    pages: Vec<Vec<Placed>>,
    /// Top of the next line box.
    y: f32,
    content_top: f32,
}

impl Layout<'_> {
    fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => self.regular,
            Weight::Bold => self.bold,
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.content_top;
    }

    fn at_page_top(&self) -> bool {
        (self.y - self.content_top).abs() < f32::EPSILON
    }

    /// Starts a new page unless `height` more points fit above the bottom margin.
    fn ensure(&mut self, height: f32) {
        if self.y - height < MARGIN && !self.at_page_top() {
            self.new_page();
        }
    }

    /// Vertical space before a block (dropped at the top of a page).
    fn space(&mut self, pts: f32) {
        if !self.at_page_top() {
            self.y -= pts;
        }
    }

    fn wrap(&self, text: &str, weight: Weight, size: f32, width: f32) -> Vec<String> {
        wrap(self.face(weight), text, size, width)
    }

    /// Places already-wrapped lines at `x`, breaking pages between lines.
    fn lines(&mut self, lines: Vec<String>, x: f32, weight: Weight, size: f32, leading: f32) {
        for text in lines {
            self.ensure(leading);
            let baseline = self.y - size;
            self.y -= leading;
            self.push(Placed {
                x,
                y: baseline,
                text,
                weight,
                size,
                grey: 0.1,
            });
        }
    }

    fn push(&mut self, placed: Placed) {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        if let Some(page) = self.pages.last_mut() {
            page.push(placed);
        }
    }
}

/// Greedy line breaking at spaces; a word wider than the line is broken
/// between characters.
fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let space = face.width(" ", size);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_w = 0.0;
    for word in text.split_whitespace() {
        let word: String = word.chars().filter(|c| !c.is_control()).collect();
        let word_w = face.width(&word, size);
        if !line.is_empty() && line_w + space + word_w <= width {
            line.push(' ');
            line.push_str(&word);
            line_w += space + word_w;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if word_w <= width {
            line = word;
            line_w = word_w;
            continue;
        }
        // A word longer than the line: break it between characters.
        line_w = 0.0;
        for c in word.chars() {
            let c_w = face.width(c.encode_utf8(&mut [0; 4]), size);
            if !line.is_empty() && line_w + c_w > width {
                lines.push(std::mem::take(&mut line));
                line_w = 0.0;
            }
            line.push(c);
            line_w += c_w;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn grey(level: f32) -> Color {
    Color::Rgb(Rgb {
        r: level,
        g: level,
        b: level,
        icc_profile: None,
    })
}

fn page_label(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Nl => format!("Pagina {n} van {total}"),
        Lang::En => format!("Page {n} of {total}"),
    }
}

/// Writes the document as an A4 PDF with embedded DejaVu Sans subsets: the
/// organisation name (and the logo, top right, at most 25 mm high) in a
/// header on every page, the title large and bold, headings bold,
/// paragraphs wrapped to the text width, bullets with a hanging indent,
/// page breaks as the text runs long, and "Pagina 1 van 2" / "Page 1 of 2"
/// in the footer.
///
/// Fails with [`ExportError::BadLogo`] when the logo is not a usable PNG or
/// JPEG (see [`crate::Logo`]).
pub fn to_pdf(doc: &Document) -> Result<Vec<u8>, ExportError> {
    let checked_logo = doc.logo.as_ref().map(logo::check).transpose()?;

    let mut pdf = PdfDocument::new(doc.title.trim());
    pdf.metadata.info.author = doc.organisation.trim().to_string();
    pdf.metadata.info.creator = "Werfwijzer".to_string();
    let regular = Face::load(&mut pdf, REGULAR_TTF, "DejaVu Sans")?;
    let bold = Face::load(&mut pdf, BOLD_TTF, "DejaVu Sans Bold")?;

    // Header: logo top right, organisation name top left beside it.
    let top = PAGE_H - MARGIN;
    let logo_box = checked_logo.as_ref().map(|l| {
        let scale = (LOGO_MAX_H / l.height as f32).min(LOGO_MAX_W / l.width as f32);
        (l.width as f32 * scale, l.height as f32 * scale, scale)
    });
    let logo_w = logo_box.map(|(w, _, _)| w + 6.0 * PT_PER_MM).unwrap_or(0.0);
    let org_lines = wrap(&bold, &doc.organisation, ORG_SIZE, TEXT_W - logo_w);
    let org_h = org_lines.len() as f32 * ORG_SIZE * 1.3;
    let logo_h = logo_box.map(|(_, h, _)| h).unwrap_or(0.0);
    let header_h = org_h.max(logo_h);
    let rule_y = top - header_h - 3.0 * PT_PER_MM;
    let has_header = header_h > 0.0;
    let content_top = if has_header {
        rule_y - 8.0 * PT_PER_MM
    } else {
        top
    };
    let logo_id: Option<(XObjectId, f32, f32, f32)> = match (&checked_logo, logo_box) {
        (Some(l), Some((w, h, scale))) => Some((pdf.add_image(&l.image), w, h, scale)),
        _ => None,
    };

    let mut layout = Layout {
        regular: &regular,
        bold: &bold,
        pages: vec![Vec::new()],
        y: content_top,
        content_top,
    };

    // Title.
    let title = layout.wrap(&doc.title, Weight::Bold, TITLE_SIZE, TEXT_W);
    layout.lines(title, MARGIN, Weight::Bold, TITLE_SIZE, TITLE_SIZE * 1.25);
    layout.y -= 6.0;

    let count = doc.blocks.len();
    for (i, block) in doc.blocks.iter().enumerate() {
        match block {
            Block::Heading(h) => {
                let lines = layout.wrap(h, Weight::Bold, HEADING_SIZE, TEXT_W);
                let leading = HEADING_SIZE * 1.3;
                layout.space(12.0);
                // Keep a heading with the first two lines of what follows.
                let follow = if i + 1 < count {
                    2.0 * BODY_LEADING + 3.0
                } else {
                    0.0
                };
                layout.ensure(lines.len() as f32 * leading + follow);
                layout.lines(lines, MARGIN, Weight::Bold, HEADING_SIZE, leading);
                layout.y -= 3.0;
            }
            Block::Paragraph(p) => {
                let lines = layout.wrap(p, Weight::Regular, BODY_SIZE, TEXT_W);
                layout.lines(lines, MARGIN, Weight::Regular, BODY_SIZE, BODY_LEADING);
                layout.y -= 7.0;
            }
            Block::Bullets(items) => {
                for item in items {
                    let lines =
                        layout.wrap(item, Weight::Regular, BODY_SIZE, TEXT_W - BULLET_INDENT);
                    if lines.is_empty() {
                        continue;
                    }
                    layout.ensure(BODY_LEADING);
                    let baseline = layout.y - BODY_SIZE;
                    layout.push(Placed {
                        x: MARGIN + 3.0,
                        y: baseline,
                        text: "•".to_string(),
                        weight: Weight::Regular,
                        size: BODY_SIZE,
                        grey: 0.1,
                    });
                    layout.lines(
                        lines,
                        MARGIN + BULLET_INDENT,
                        Weight::Regular,
                        BODY_SIZE,
                        BODY_LEADING,
                    );
                    layout.y -= 2.0;
                }
                layout.y -= 5.0;
            }
        }
    }

    let total = layout.pages.len();
    let mut pages = Vec::with_capacity(total);
    for (n, placed) in layout.pages.into_iter().enumerate() {
        let mut ops = Vec::new();
        // Header.
        if let Some((id, w, h, scale)) = &logo_id {
            ops.push(Op::UseXobject {
                id: id.clone(),
                transform: XObjectTransform {
                    translate_x: Some(Pt(PAGE_W - MARGIN - w)),
                    translate_y: Some(Pt(top - h)),
                    scale_x: Some(*scale),
                    scale_y: Some(*scale),
                    dpi: Some(72.0),
                    ..Default::default()
                },
            });
        }
        let mut header = Vec::new();
        for (k, line) in org_lines.iter().enumerate() {
            header.push(Placed {
                x: MARGIN,
                y: top - ORG_SIZE - k as f32 * ORG_SIZE * 1.3,
                text: line.clone(),
                weight: Weight::Bold,
                size: ORG_SIZE,
                grey: 0.3,
            });
        }
        if has_header {
            ops.push(Op::SetOutlineColor { col: grey(0.75) });
            ops.push(Op::SetOutlineThickness { pt: Pt(0.6) });
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: Point {
                                x: Pt(MARGIN),
                                y: Pt(rule_y),
                            },
                            bezier: false,
                        },
                        LinePoint {
                            p: Point {
                                x: Pt(PAGE_W - MARGIN),
                                y: Pt(rule_y),
                            },
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            });
        }
        // Footer.
        let label = page_label(doc.lang, n + 1, total);
        let label_w = regular.width(&label, FOOTER_SIZE);
        let footer = Placed {
            x: (PAGE_W - label_w) / 2.0,
            y: FOOTER_BASELINE,
            text: label,
            weight: Weight::Regular,
            size: FOOTER_SIZE,
            grey: 0.4,
        };
        for p in header
            .iter()
            .chain(placed.iter())
            .chain(std::iter::once(&footer))
        {
            let face = match p.weight {
                Weight::Regular => &regular,
                Weight::Bold => &bold,
            };
            ops.push(Op::StartTextSection);
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(face.id.clone()),
                size: Pt(p.size),
            });
            ops.push(Op::SetFillColor { col: grey(p.grey) });
            ops.push(Op::SetTextCursor {
                pos: Point {
                    x: Pt(p.x),
                    y: Pt(p.y),
                },
            });
            ops.push(Op::ShowText {
                items: vec![TextItem::Text(p.text.clone())],
            });
            ops.push(Op::EndTextSection);
        }
        pages.push(PdfPage::new(Mm(210.0), Mm(297.0), ops));
    }

    let bytes = pdf
        .with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut Vec::new());
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_within_the_width() {
        let mut pdf = PdfDocument::new("t");
        let face = Face::load(&mut pdf, REGULAR_TTF, "DejaVu Sans").expect("font");
        let text = "Je helpt klanten aan de toonbank, snijdt brood en zorgt dat de winkel er netjes uitziet. Şükrü, Łucja en Zoë werken al jaren bij ons. Supercalifragilisticexpialidociousenzovoortenzovoortenzovoort";
        let lines = wrap(&face, text, 10.5, 120.0);
        assert!(lines.len() > 5);
        for l in &lines {
            assert!(face.width(l, 10.5) <= 120.0 + 0.01, "{l}");
        }
        let rejoined: String = lines.concat().split_whitespace().collect();
        let original: String = text.split_whitespace().collect();
        assert_eq!(rejoined, original);
        // Non-ASCII letters have real widths (no .notdef fallback).
        assert!(face.width("ş", 10.0) > 0.0 && face.width("€", 10.0) > 0.0);
        assert!(face.parsed.lookup_glyph_index(u32::from('ł')).is_some());
    }
}
