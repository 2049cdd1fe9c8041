//! A font as the text reader needs it: how a string splits into character
//! codes, the text of each code, and how far each code moves the pen.

use lopdf::{Dictionary, Document, Object};
use unicode_normalization::UnicodeNormalization;

use super::cmap::ToUnicode;
use super::encoding::{self, Table};
use super::Budget;

/// Advance widths (in 1/1000 em) of Helvetica for the codes 32–126, from
/// Adobe's metrics of the standard fonts: used when a font names one of
/// the standard fonts without a `Widths` array.
const HELVETICA: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 222, 333, 333, 389, 584, 278, 333, 278,
    278, // space–/
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0–?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @–O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P–_
    222, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // `–o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p–~
];

/// The same for Times-Roman.
const TIMES: [u16; 95] = [
    250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250,
    278, // space–/
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0–?
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @–O
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P–_
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // `–o
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, // p–~
];

/// The most entries read from a `Widths` or `W` array.
const MAX_WIDTHS: usize = 65_536;

/// Where advance widths come from.
#[derive(Debug, Clone)]
enum Widths {
    /// A simple font's `FirstChar` and `Widths`, and the width of codes
    /// outside them.
    Simple {
        first: u32,
        widths: Vec<f64>,
        missing: f64,
    },
    /// A standard font without widths: estimated from the text.
    Standard(&'static [u16; 95]),
    /// Every glyph equally wide (Courier).
    Mono(f64),
    /// A CID font's `DW` and `W` ranges (`first`, `last`, width).
    Cid {
        default: f64,
        ranges: Vec<(u32, u32, f64)>,
    },
}

/// A font of a page, ready for reading text.
#[derive(Debug, Clone)]
pub(crate) struct Font {
    composite: bool,
    table: Option<Table>,
    to_unicode: Option<ToUnicode>,
    /// A composite font whose codes are UTF-16 (a `UCS2` or `UTF16` CMap).
    ucs2: bool,
    /// The code space of an embedded encoding CMap (composite fonts).
    codespace: Option<ToUnicode>,
    widths: Widths,
    /// Glyph space to text space: 1/1000, or a Type 3 font's `FontMatrix`.
    scale: f64,
}

/// Follows references (a few hops at most).
pub(crate) fn deref<'a>(doc: &'a Document, obj: &'a Object) -> &'a Object {
    let mut obj = obj;
    for _ in 0..8 {
        match obj {
            Object::Reference(id) => match doc.get_object(*id) {
                Ok(o) => obj = o,
                Err(_) => return &Object::Null,
            },
            _ => return obj,
        }
    }
    &Object::Null
}

pub(crate) fn get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> &'a Object {
    dict.get(key).map_or(&Object::Null, |o| deref(doc, o))
}

pub(crate) fn number(obj: &Object) -> Option<f64> {
    let v = match obj {
        Object::Integer(i) => *i as f64,
        Object::Real(r) => f64::from(*r),
        _ => return None,
    };
    v.is_finite().then_some(v)
}

/// A stream's decoded bytes, within what is left of the budget.
pub(crate) fn stream_bytes(
    doc: &Document,
    obj: &Object,
    budget: &mut Budget,
) -> Result<Option<Vec<u8>>, crate::ImportError> {
    let Object::Stream(stream) = deref(doc, obj) else {
        return Ok(None);
    };
    let limit = budget.stream_limit();
    let bytes = match stream.decompressed_content_with_limit(limit) {
        Ok(b) => b,
        Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => {
            return Err(crate::ImportError::TooComplex)
        }
        // An unfiltered stream, or a filter lopdf does not know: its raw bytes.
        Err(_) if stream.content.len() <= limit => stream.content.clone(),
        Err(_) => return Err(crate::ImportError::TooComplex),
    };
    budget.take_bytes(bytes.len())?;
    Ok(Some(bytes))
}

fn base_font_name(doc: &Document, dict: &Dictionary) -> String {
    match get(doc, dict, b"BaseFont") {
        Object::Name(n) => {
            let n = String::from_utf8_lossy(n);
            // A subset's name starts with six capitals and a plus: ABCDEF+Arial.
            match n.split_once('+') {
                Some((tag, rest)) if tag.len() == 6 => rest.to_string(),
                _ => n.into_owned(),
            }
        }
        _ => String::new(),
    }
}

fn standard_widths(name: &str) -> Widths {
    let lower = name.to_ascii_lowercase();
    if lower.contains("courier") || lower.contains("mono") {
        Widths::Mono(600.0)
    } else if lower.contains("times") || (lower.contains("serif") && !lower.contains("sans")) {
        Widths::Standard(&TIMES)
    } else {
        Widths::Standard(&HELVETICA)
    }
}

fn simple_table(doc: &Document, dict: &Dictionary) -> Table {
    match get(doc, dict, b"Encoding") {
        Object::Name(name) => encoding::base(name),
        Object::Dictionary(enc) => {
            let mut table = match get(doc, enc, b"BaseEncoding") {
                Object::Name(name) => encoding::base(name),
                _ => encoding::base(b"StandardEncoding"),
            };
            if let Object::Array(items) = get(doc, enc, b"Differences") {
                encoding::apply_differences(&mut table, items);
            }
            table
        }
        _ => encoding::base(b"StandardEncoding"),
    }
}

fn simple_widths(doc: &Document, dict: &Dictionary) -> Widths {
    let missing = match get(doc, dict, b"FontDescriptor") {
        Object::Dictionary(fd) => number(get(doc, fd, b"MissingWidth")).unwrap_or(0.0),
        _ => 0.0,
    };
    match get(doc, dict, b"Widths") {
        Object::Array(items) => {
            let first = number(get(doc, dict, b"FirstChar")).unwrap_or(0.0);
            Widths::Simple {
                first: if (0.0..=255.0).contains(&first) {
                    first as u32
                } else {
                    0
                },
                widths: items
                    .iter()
                    .take(256)
                    .map(|w| number(deref(doc, w)).unwrap_or(missing))
                    .collect(),
                missing,
            }
        }
        _ => standard_widths(&base_font_name(doc, dict)),
    }
}

fn cid_widths(doc: &Document, dict: &Dictionary) -> Widths {
    let Object::Array(descendants) = get(doc, dict, b"DescendantFonts") else {
        return Widths::Cid {
            default: 1000.0,
            ranges: Vec::new(),
        };
    };
    let Some(Object::Dictionary(cid)) = descendants.first().map(|d| deref(doc, d)) else {
        return Widths::Cid {
            default: 1000.0,
            ranges: Vec::new(),
        };
    };
    let default = number(get(doc, cid, b"DW")).unwrap_or(1000.0);
    let mut ranges = Vec::new();
    if let Object::Array(w) = get(doc, cid, b"W") {
        let mut i = 0;
        while i < w.len() && ranges.len() < MAX_WIDTHS {
            let Some(first) = number(deref(doc, &w[i])).filter(|v| *v >= 0.0) else {
                i += 1;
                continue;
            };
            let first = first.min(f64::from(u32::MAX)) as u32;
            match w.get(i + 1).map(|o| deref(doc, o)) {
                Some(Object::Array(list)) => {
                    for (k, width) in list.iter().take(MAX_WIDTHS).enumerate() {
                        if let Some(width) = number(deref(doc, width)) {
                            let c = first.saturating_add(k as u32);
                            ranges.push((c, c, width));
                        }
                    }
                    i += 2;
                }
                Some(last) => {
                    let last = number(last).unwrap_or(0.0).clamp(0.0, f64::from(u32::MAX)) as u32;
                    if let Some(width) = w.get(i + 2).and_then(|o| number(deref(doc, o))) {
                        if last >= first {
                            ranges.push((first, last, width));
                        }
                    }
                    i += 3;
                }
                None => break,
            }
        }
    }
    ranges.sort_by_key(|r| r.0);
    Widths::Cid { default, ranges }
}

impl Font {
    /// Reads a font dictionary. What is missing or broken falls back to
    /// defaults (a font that cannot be read gives no text, not an error);
    /// only a stream over the budget is an error.
    pub(crate) fn load(
        doc: &Document,
        dict: &Dictionary,
        budget: &mut Budget,
    ) -> Result<Font, crate::ImportError> {
        let subtype = match get(doc, dict, b"Subtype") {
            Object::Name(n) => n.as_slice(),
            _ => b"",
        };
        let composite = subtype == b"Type0";
        let to_unicode = match dict.get(b"ToUnicode") {
            Ok(obj) => stream_bytes(doc, obj, budget)?
                .map(|b| ToUnicode::parse(&b))
                .filter(|m| !m.is_empty()),
            Err(_) => None,
        };
        if let Some(map) = &to_unicode {
            budget.take_cmap_entries(map.len())?;
        }
        let mut font = Font {
            composite,
            table: None,
            to_unicode,
            ucs2: false,
            codespace: None,
            widths: Widths::Mono(500.0),
            scale: 0.001,
        };
        if composite {
            match dict.get(b"Encoding").map(|o| deref(doc, o)) {
                Ok(Object::Name(name)) => {
                    let name = String::from_utf8_lossy(name);
                    font.ucs2 = name.contains("UCS2") || name.contains("UTF16");
                }
                Ok(obj @ Object::Stream(_)) => {
                    if let Some(bytes) = stream_bytes(doc, obj, budget)? {
                        let cmap = ToUnicode::parse(&bytes);
                        budget.take_cmap_entries(cmap.len())?;
                        font.codespace = (!cmap.codespace.is_empty()).then_some(cmap);
                    }
                }
                _ => {}
            }
            font.widths = cid_widths(doc, dict);
        } else {
            font.table = Some(simple_table(doc, dict));
            font.widths = simple_widths(doc, dict);
            if subtype == b"Type3" {
                if let Object::Array(m) = get(doc, dict, b"FontMatrix") {
                    let a = m
                        .first()
                        .and_then(|o| number(deref(doc, o)))
                        .unwrap_or(0.001);
                    if a.abs() > 1e-6 && a.abs() < 1.0 {
                        font.scale = a.abs();
                    }
                }
            }
        }
        Ok(font)
    }

    /// Splits a string into `(code, length)` pairs.
    pub(crate) fn codes(&self, bytes: &[u8], out: &mut Vec<(u32, u8)>) {
        out.clear();
        let mut i = 0;
        while i < bytes.len() {
            let len = if self.composite {
                let rest = &bytes[i..];
                self.codespace
                    .as_ref()
                    .and_then(|c| c.code_len(rest))
                    .or_else(|| self.to_unicode.as_ref().and_then(|t| t.code_len(rest)))
                    .unwrap_or(2)
                    .min(rest.len())
            } else {
                1
            };
            let code = bytes[i..i + len]
                .iter()
                .fold(0u32, |acc, &b| (acc << 8) | u32::from(b));
            out.push((code, len as u8));
            i += len;
        }
    }

    /// The text of a code (`None` when the font does not say).
    pub(crate) fn text(&self, code: u32, len: u8) -> Option<String> {
        if let Some(t) = self.to_unicode.as_ref().and_then(|m| m.get(len, code)) {
            return (!t.is_empty()).then_some(t);
        }
        if self.composite {
            if self.ucs2 && len == 2 {
                return char::from_u32(code).map(|c| c.to_string());
            }
            return None;
        }
        self.table
            .as_ref()
            .and_then(|t| t.get(code as usize).cloned().flatten())
    }

    /// How far a code moves the pen, in text space units per unit of font
    /// size (before character and word spacing).
    pub(crate) fn advance(&self, code: u32, text: Option<&str>) -> f64 {
        let glyph = match &self.widths {
            Widths::Simple {
                first,
                widths,
                missing,
            } => code
                .checked_sub(*first)
                .and_then(|i| widths.get(i as usize))
                .copied()
                .unwrap_or(*missing),
            Widths::Mono(w) => *w,
            Widths::Standard(table) => {
                let base = text
                    .and_then(|t| t.nfd().next())
                    .filter(|c| (' '..='~').contains(c));
                match base {
                    Some(c) => f64::from(table[c as usize - 32]),
                    None => f64::from(table[(b'n' - 32) as usize]),
                }
            }
            Widths::Cid { default, ranges } => {
                let idx = ranges.partition_point(|r| r.0 <= code);
                ranges[..idx]
                    .iter()
                    .rev()
                    .take(4)
                    .find(|r| r.0 <= code && code <= r.1)
                    .map_or(*default, |r| r.2)
            }
        };
        let w = glyph * self.scale;
        if w.is_finite() {
            w.clamp(-10.0, 10.0)
        } else {
            0.0
        }
    }

    /// Whether word spacing (`Tw`) applies: the single-byte code 32.
    pub(crate) fn is_word_space(&self, code: u32, len: u8) -> bool {
        code == 32 && len == 1
    }
}
