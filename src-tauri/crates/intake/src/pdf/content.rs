//! Runs a page's content stream far enough to know where each character is:
//! the graphics state (`q`, `Q`, `cm`), the text state and text operators
//! (PDF 32000-1 §9.3–9.4), and form XObjects (`Do`). Everything else
//! (paths, colours, images) is skipped.

use std::collections::HashMap;
use std::rc::Rc;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::font::{deref, get, number, stream_bytes, Font};
use super::Budget;
use crate::ImportError;

/// How deep forms may nest in forms.
const MAX_FORM_DEPTH: usize = 8;
/// How deep `q` may nest.
const MAX_STATE_DEPTH: usize = 64;
/// The deepest array or dictionary nesting accepted in a content stream
/// (checked before lopdf's recursive parser sees it).
const MAX_OPERAND_NESTING: usize = 32;

/// A 2×3 affine matrix `[a b c d e f]`.
pub(crate) type Matrix = [f64; 6];

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m × n` (apply `m` first, then `n`).
fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn apply(m: &Matrix, x: f64, y: f64) -> (f64, f64) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

fn finite(m: Matrix) -> Option<Matrix> {
    m.iter()
        .all(|v| v.is_finite() && v.abs() < 1e9)
        .then_some(m)
}

/// One character on the page, in device space (points, y up).
#[derive(Debug, Clone)]
pub(crate) struct Glyph {
    pub text: String,
    /// Where the pen was before and after the glyph.
    pub start: (f64, f64),
    pub end: (f64, f64),
    /// The font size on the page (the height of an em).
    pub size: f64,
    /// The direction of the baseline, in quarter turns (0 = left to right).
    pub quarter: u8,
}

#[derive(Clone)]
struct State {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scale: f64,
    leading: f64,
    rise: f64,
}

impl Default for State {
    fn default() -> Self {
        State {
            ctm: IDENTITY,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        }
    }
}

/// The fonts and forms a content stream may name.
struct Resources<'a> {
    fonts: HashMap<Vec<u8>, &'a Object>,
    xobjects: HashMap<Vec<u8>, &'a Object>,
}

impl<'a> Resources<'a> {
    fn of(doc: &'a Document, dict: Option<&'a Dictionary>) -> Resources<'a> {
        let mut fonts = HashMap::new();
        let mut xobjects = HashMap::new();
        if let Some(res) = dict {
            if let Object::Dictionary(f) = get(doc, res, b"Font") {
                fonts.extend(f.iter().take(4096).map(|(k, v)| (k.clone(), v)));
            }
            if let Object::Dictionary(x) = get(doc, res, b"XObject") {
                xobjects.extend(x.iter().take(4096).map(|(k, v)| (k.clone(), v)));
            }
        }
        Resources { fonts, xobjects }
    }
}

/// Reads the glyphs of pages, keeping loaded fonts across pages.
pub(crate) struct Reader<'d> {
    doc: &'d Document,
    fonts: HashMap<ObjectId, Rc<Font>>,
    pub(crate) glyphs: Vec<Glyph>,
    codes: Vec<(u32, u8)>,
}

/// Rejects content whose arrays or dictionaries nest deeper than
/// [`MAX_OPERAND_NESTING`] (lopdf's parser recurses on them).
fn nesting_ok(data: &[u8]) -> bool {
    let mut depth = 0usize;
    let mut i = 0;
    while i < data.len() {
        match data[i] {
            b'(' => {
                // Skip a string literal (balanced parentheses, escapes).
                let mut level = 0usize;
                while i < data.len() {
                    match data[i] {
                        b'\\' => i += 1,
                        b'(' => level += 1,
                        b')' => {
                            level -= 1;
                            if level == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'%' => {
                while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
                    i += 1;
                }
            }
            b'[' => depth += 1,
            b'<' if data.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 1;
            }
            b']' => depth = depth.saturating_sub(1),
            b'>' if data.get(i + 1) == Some(&b'>') => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            _ => {}
        }
        if depth > MAX_OPERAND_NESTING {
            return false;
        }
        i += 1;
    }
    true
}

fn decode_content(data: &[u8], budget: &mut Budget) -> Result<Content, ImportError> {
    if !nesting_ok(data) {
        return Err(ImportError::TooComplex);
    }
    // A stream lopdf cannot parse holds no text we can read.
    let content = Content::decode(data).unwrap_or(Content {
        operations: Vec::new(),
    });
    budget.take_ops(content.operations.len())?;
    Ok(content)
}

impl<'d> Reader<'d> {
    pub(crate) fn new(doc: &'d Document) -> Self {
        Reader {
            doc,
            fonts: HashMap::new(),
            glyphs: Vec::new(),
            codes: Vec::new(),
        }
    }

    /// Reads one page's glyphs into `self.glyphs` (cleared first).
    pub(crate) fn page(&mut self, page: ObjectId, budget: &mut Budget) -> Result<(), ImportError> {
        self.glyphs.clear();
        let doc = self.doc;
        // The page's resources, or the nearest ones up the page tree.
        let resources = (|| {
            let mut node = doc.get_dictionary(page).ok()?;
            for _ in 0..32 {
                if let Object::Dictionary(r) = get(doc, node, b"Resources") {
                    return Some(r);
                }
                let parent = node.get(b"Parent").and_then(Object::as_reference).ok()?;
                node = doc.get_dictionary(parent).ok()?;
            }
            None
        })();
        let limit = budget.stream_limit();
        let data = match doc.get_page_content_with_limit(page, limit) {
            Ok(d) => d,
            Err(_) => return Err(ImportError::TooComplex),
        };
        budget.take_bytes(data.len())?;
        let content = decode_content(&data, budget)?;
        drop(data);
        let res = Resources::of(doc, resources);
        self.run(&content, &res, State::default(), 0, budget)
    }

    fn font(
        &mut self,
        res: &Resources<'_>,
        name: &[u8],
        budget: &mut Budget,
    ) -> Result<Option<Rc<Font>>, ImportError> {
        let Some(obj) = res.fonts.get(name) else {
            return Ok(None);
        };
        let id = match obj {
            Object::Reference(id) => Some(*id),
            _ => None,
        };
        if let Some(font) = id.and_then(|id| self.fonts.get(&id)) {
            return Ok(Some(font.clone()));
        }
        let Object::Dictionary(dict) = deref(self.doc, obj) else {
            return Ok(None);
        };
        budget.take_font()?;
        let font = Rc::new(Font::load(self.doc, dict, budget)?);
        if let Some(id) = id {
            self.fonts.insert(id, font.clone());
        }
        Ok(Some(font))
    }

    fn run(
        &mut self,
        content: &Content,
        res: &Resources<'_>,
        start: State,
        depth: usize,
        budget: &mut Budget,
    ) -> Result<(), ImportError> {
        let mut gs = start;
        let mut stack: Vec<State> = Vec::new();
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        for op in &content.operations {
            let args = &op.operands;
            let n = |i: usize| args.get(i).and_then(number);
            match op.operator.as_str() {
                "q" if stack.len() < MAX_STATE_DEPTH => stack.push(gs.clone()),
                "Q" => {
                    if let Some(s) = stack.pop() {
                        gs = s;
                    }
                }
                "cm" => {
                    if let (Some(a), Some(b), Some(c), Some(d), Some(e), Some(f)) =
                        (n(0), n(1), n(2), n(3), n(4), n(5))
                    {
                        if let Some(m) = finite(mul(&[a, b, c, d, e, f], &gs.ctm)) {
                            gs.ctm = m;
                        }
                    }
                }
                "BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                "Tf" => {
                    if let Some(Object::Name(name)) = args.first() {
                        gs.font = self.font(res, name, budget)?;
                    }
                    if let Some(size) = n(1) {
                        gs.size = size;
                    }
                }
                "Tc" => gs.char_spacing = n(0).unwrap_or(0.0),
                "Tw" => gs.word_spacing = n(0).unwrap_or(0.0),
                "Tz" => gs.scale = n(0).unwrap_or(100.0) / 100.0,
                "TL" => gs.leading = n(0).unwrap_or(0.0),
                "Ts" => gs.rise = n(0).unwrap_or(0.0),
                "Td" | "TD" => {
                    let (tx, ty) = (n(0).unwrap_or(0.0), n(1).unwrap_or(0.0));
                    if op.operator == "TD" {
                        gs.leading = -ty;
                    }
                    if let Some(m) = finite(mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &tlm)) {
                        tlm = m;
                        tm = m;
                    }
                }
                "Tm" => {
                    if let (Some(a), Some(b), Some(c), Some(d), Some(e), Some(f)) =
                        (n(0), n(1), n(2), n(3), n(4), n(5))
                    {
                        if let Some(m) = finite([a, b, c, d, e, f]) {
                            tlm = m;
                            tm = m;
                        }
                    }
                }
                "T*" => next_line(&mut tm, &mut tlm, gs.leading),
                "Tj" => {
                    if let Some(Object::String(s, _)) = args.first() {
                        self.show(s, &gs, &mut tm, budget)?;
                    }
                }
                "'" => {
                    next_line(&mut tm, &mut tlm, gs.leading);
                    if let Some(Object::String(s, _)) = args.first() {
                        self.show(s, &gs, &mut tm, budget)?;
                    }
                }
                "\"" => {
                    gs.word_spacing = n(0).unwrap_or(gs.word_spacing);
                    gs.char_spacing = n(1).unwrap_or(gs.char_spacing);
                    next_line(&mut tm, &mut tlm, gs.leading);
                    if let Some(Object::String(s, _)) = args.get(2) {
                        self.show(s, &gs, &mut tm, budget)?;
                    }
                }
                "TJ" => {
                    if let Some(Object::Array(items)) = args.first() {
                        for item in items {
                            match item {
                                Object::String(s, _) => self.show(s, &gs, &mut tm, budget)?,
                                other => {
                                    if let Some(adj) = number(other) {
                                        let tx = -adj / 1000.0 * gs.size * gs.scale;
                                        if let Some(m) =
                                            finite(mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm))
                                        {
                                            tm = m;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                "Do" if depth < MAX_FORM_DEPTH => {
                    if let Some(Object::Name(name)) = args.first() {
                        self.form(res, name, &gs, depth, budget)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Runs a form XObject with its own resources (or the caller's).
    fn form(
        &mut self,
        res: &Resources<'_>,
        name: &[u8],
        gs: &State,
        depth: usize,
        budget: &mut Budget,
    ) -> Result<(), ImportError> {
        let doc = self.doc;
        let Some(&obj) = res.xobjects.get(name) else {
            return Ok(());
        };
        let Object::Stream(stream) = deref(doc, obj) else {
            return Ok(());
        };
        if !matches!(get(doc, &stream.dict, b"Subtype"), Object::Name(n) if n == b"Form") {
            return Ok(());
        }
        let Some(data) = stream_bytes(doc, obj, budget)? else {
            return Ok(());
        };
        let content = decode_content(&data, budget)?;
        drop(data);
        let mut state = gs.clone();
        if let Object::Array(m) = get(doc, &stream.dict, b"Matrix") {
            let v: Vec<f64> = m.iter().filter_map(|o| number(deref(doc, o))).collect();
            if let Ok(m) = <[f64; 6]>::try_from(v.as_slice()) {
                if let Some(m) = finite(mul(&m, &state.ctm)) {
                    state.ctm = m;
                }
            }
        }
        match get(doc, &stream.dict, b"Resources") {
            Object::Dictionary(own) => {
                let own = Resources::of(doc, Some(own));
                self.run(&content, &own, state, depth + 1, budget)
            }
            _ => self.run(&content, res, state, depth + 1, budget),
        }
    }

    /// Shows a string: one glyph per code, moving the text matrix.
    fn show(
        &mut self,
        bytes: &[u8],
        gs: &State,
        tm: &mut Matrix,
        budget: &mut Budget,
    ) -> Result<(), ImportError> {
        let Some(font) = gs.font.clone() else {
            return Ok(());
        };
        let mut codes = std::mem::take(&mut self.codes);
        font.codes(bytes, &mut codes);
        budget.take_glyphs(codes.len())?;
        for &(code, len) in &codes {
            let text = font.text(code, len);
            let w0 = font.advance(code, text.as_deref());
            let spacing = gs.char_spacing
                + if font.is_word_space(code, len) {
                    gs.word_spacing
                } else {
                    0.0
                };
            let tx = (w0 * gs.size + spacing) * gs.scale;
            if let Some(text) = text {
                let m = mul(tm, &gs.ctm);
                let start = apply(&m, 0.0, gs.rise);
                let end = apply(&m, w0 * gs.size * gs.scale, gs.rise);
                // The height of an em on the page: the text matrix's y axis.
                let size = (gs.size * m[2].hypot(m[3])).abs();
                let quarter = quarter_turns(m[0], m[1]);
                if size.is_finite() && size > 0.01 && start.0.is_finite() && start.1.is_finite() {
                    self.glyphs.push(Glyph {
                        text,
                        start,
                        end,
                        size,
                        quarter,
                    });
                }
            }
            if let Some(m) = finite(mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], tm)) {
                *tm = m;
            }
        }
        self.codes = codes;
        Ok(())
    }
}

fn next_line(tm: &mut Matrix, tlm: &mut Matrix, leading: f64) {
    if let Some(m) = finite(mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -leading], tlm)) {
        *tlm = m;
        *tm = m;
    }
}

/// The direction of a baseline vector, rounded to quarter turns.
fn quarter_turns(dx: f64, dy: f64) -> u8 {
    if dx.abs() >= dy.abs() {
        if dx >= 0.0 {
            0
        } else {
            2
        }
    } else if dy > 0.0 {
        1
    } else {
        3
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrices() {
        let t = [1.0, 0.0, 0.0, 1.0, 10.0, 20.0];
        let s = [2.0, 0.0, 0.0, 2.0, 0.0, 0.0];
        assert_eq!(apply(&mul(&t, &s), 1.0, 1.0), (22.0, 42.0));
        assert_eq!(quarter_turns(0.0, 1.0), 1);
        assert_eq!(quarter_turns(-1.0, 0.1), 2);
    }

    #[test]
    fn nesting_is_bounded() {
        assert!(nesting_ok(b"[(a) -20 (b)] TJ << /A [1 2] >> BDC"));
        assert!(nesting_ok(
            b"(((((((((((((((((((((((((((((((((((((((((((((( )"
        ));
        assert!(!nesting_ok("[".repeat(40).as_bytes()));
        assert!(!nesting_ok("<<".repeat(40).as_bytes()));
    }
}
