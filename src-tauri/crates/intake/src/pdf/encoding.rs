//! The one-byte encodings of simple fonts (PDF 32000-1 §9.6.6 and Annex D):
//! the base encodings, `Differences` with glyph names, and glyph names to
//! text (the Adobe Glyph List for New Fonts, `uniXXXX`, `uXXXX`, suffixes
//! and ligature names).

use std::collections::HashMap;
use std::sync::OnceLock;

use encoding_rs::{MACINTOSH, WINDOWS_1252};

/// A simple font's table: the text for each of the 256 codes.
pub(crate) type Table = Vec<Option<String>>;

/// StandardEncoding's codes above 0x7F (and its two quotes below).
const STANDARD_HIGH: &[(u8, char)] = &[
    (0x27, '\u{2019}'),
    (0x60, '\u{2018}'),
    (0xA1, '¡'),
    (0xA2, '¢'),
    (0xA3, '£'),
    (0xA4, '\u{2044}'),
    (0xA5, '¥'),
    (0xA6, 'ƒ'),
    (0xA7, '§'),
    (0xA8, '¤'),
    (0xA9, '\''),
    (0xAA, '\u{201C}'),
    (0xAB, '«'),
    (0xAC, '\u{2039}'),
    (0xAD, '\u{203A}'),
    (0xAE, '\u{FB01}'),
    (0xAF, '\u{FB02}'),
    (0xB1, '\u{2013}'),
    (0xB2, '\u{2020}'),
    (0xB3, '\u{2021}'),
    (0xB4, '·'),
    (0xB6, '¶'),
    (0xB7, '\u{2022}'),
    (0xB8, '\u{201A}'),
    (0xB9, '\u{201E}'),
    (0xBA, '\u{201D}'),
    (0xBB, '»'),
    (0xBC, '\u{2026}'),
    (0xBD, '\u{2030}'),
    (0xBF, '¿'),
    (0xC1, '`'),
    (0xC2, '´'),
    (0xC3, '\u{02C6}'),
    (0xC4, '\u{02DC}'),
    (0xC5, '¯'),
    (0xC6, '\u{02D8}'),
    (0xC7, '\u{02D9}'),
    (0xC8, '¨'),
    (0xCA, '\u{02DA}'),
    (0xCB, '¸'),
    (0xCD, '\u{02DD}'),
    (0xCE, '\u{02DB}'),
    (0xCF, '\u{02C7}'),
    (0xD0, '\u{2014}'),
    (0xE1, 'Æ'),
    (0xE3, 'ª'),
    (0xE8, 'Ł'),
    (0xE9, 'Ø'),
    (0xEA, 'Œ'),
    (0xEB, 'º'),
    (0xF1, 'æ'),
    (0xF5, 'ı'),
    (0xF8, 'ł'),
    (0xF9, 'ø'),
    (0xFA, 'œ'),
    (0xFB, 'ß'),
];

/// A base encoding by its name; StandardEncoding for any other name.
pub(crate) fn base(name: &[u8]) -> Table {
    let single = |enc: &'static encoding_rs::Encoding| -> Table {
        (0..=255u8)
            .map(|b| {
                let byte = [b];
                let (s, _, bad) = enc.decode(&byte);
                (!bad && b >= 0x20 && b != 0x7F).then(|| s.into_owned())
            })
            .collect()
    };
    match name {
        b"WinAnsiEncoding" | b"PDFDocEncoding" => single(WINDOWS_1252),
        b"MacRomanEncoding" => single(MACINTOSH),
        _ => {
            let mut t: Table = (0..=255u8)
                .map(|b| (0x20..0x7F).contains(&b).then(|| (b as char).to_string()))
                .collect();
            for &(b, c) in STANDARD_HIGH {
                t[usize::from(b)] = Some(c.to_string());
            }
            t
        }
    }
}

fn agl() -> &'static HashMap<&'static str, char> {
    static MAP: OnceLock<HashMap<&'static str, char>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: HashMap<&'static str, char> = glyph_names::GLYPH_NAME_PAIRS
            .iter()
            .map(|&(c, name)| (name, c))
            .collect();
        // In the full Adobe Glyph List, not in the list for new fonts.
        for (name, c) in [
            ("ff", '\u{FB00}'),
            ("fi", '\u{FB01}'),
            ("fl", '\u{FB02}'),
            ("ffi", '\u{FB03}'),
            ("ffl", '\u{FB04}'),
            ("nbspace", '\u{00A0}'),
            ("nonbreakingspace", '\u{00A0}'),
            ("sfthyphen", '\u{00AD}'),
            ("softhyphen", '\u{00AD}'),
            ("middot", '·'),
            ("Euro", '€'),
            ("euro", '€'),
            ("quotesingle", '\''),
            ("apostrophe", '\''),
            ("ij", 'ĳ'),
            ("IJ", 'Ĳ'),
            ("dotlessj", 'ȷ'),
            ("Idot", 'İ'),
        ] {
            m.entry(name).or_insert(c);
        }
        m
    })
}

fn hex_char(hex: &str) -> Option<char> {
    if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let v = u32::from_str_radix(hex, 16).ok()?;
    // `from_u32` refuses surrogates.
    char::from_u32(v)
}

/// The text a glyph name stands for (Adobe Glyph List specification §2):
/// the part before a `.` only, `_` joining the names of a ligature, each
/// part a list name, `uniXXXX…` (one or more groups of four) or `uXXXX[XX]`.
pub(crate) fn glyph_text(name: &[u8]) -> Option<String> {
    let name = std::str::from_utf8(name).ok()?;
    let name = name.split('.').next()?;
    if name.is_empty() || name.len() > 64 {
        return None;
    }
    let mut out = String::new();
    for part in name.split('_') {
        if let Some(&c) = agl().get(part) {
            out.push(c);
        } else if let Some(hex) = part.strip_prefix("uni").filter(|h| h.len() % 4 == 0) {
            for group in hex.as_bytes().chunks(4) {
                out.push(hex_char(std::str::from_utf8(group).ok()?)?);
            }
        } else if let Some(hex) = part
            .strip_prefix('u')
            .filter(|h| (4..=6).contains(&h.len()))
        {
            out.push(hex_char(hex)?);
        } else {
            return None;
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Applies a `Differences` array (codes and glyph names) to a table.
pub(crate) fn apply_differences(table: &mut Table, items: &[lopdf::Object]) {
    let mut code: Option<usize> = None;
    for item in items {
        match item {
            lopdf::Object::Integer(i) => code = usize::try_from(*i).ok().filter(|&c| c < 256),
            lopdf::Object::Name(name) => {
                if let Some(c) = code {
                    // A glyph name that means nothing (`g123`) maps to nothing.
                    table[c] = glyph_text(name);
                    code = (c + 1 < 256).then_some(c + 1);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_encodings() {
        let win = base(b"WinAnsiEncoding");
        assert_eq!(win[0xE9].as_deref(), Some("é"));
        assert_eq!(win[0x80].as_deref(), Some("€"));
        assert_eq!(win[0x92].as_deref(), Some("’"));
        assert_eq!(win[0x0A], None);
        let mac = base(b"MacRomanEncoding");
        assert_eq!(mac[0x8E].as_deref(), Some("é"));
        let std = base(b"StandardEncoding");
        assert_eq!(std[0x27].as_deref(), Some("’"));
        assert_eq!(std[0xAE].as_deref(), Some("\u{FB01}"));
        assert_eq!(std[0x41].as_deref(), Some("A"));
        assert_eq!(std[0xE9].as_deref(), Some("Ø"));
    }

    #[test]
    fn glyph_names() {
        for (name, text) in [
            ("eacute", "é"),
            ("edieresis", "ë"),
            ("quoteright", "’"),
            ("Euro", "€"),
            ("fi", "\u{FB01}"),
            ("f_f_i", "ffi"),
            ("uni0131", "ı"),
            ("uni00660069", "fi"),
            ("u1F600", "😀"),
            ("sacute.sc", "ś"),
            ("Lslash", "Ł"),
        ] {
            assert_eq!(glyph_text(name.as_bytes()).as_deref(), Some(text), "{name}");
        }
        assert_eq!(glyph_text(b"g123"), None);
        assert_eq!(glyph_text(b"uniD800"), None);
        assert_eq!(glyph_text(b".notdef"), None);
    }

    #[test]
    fn differences() {
        let mut t = base(b"WinAnsiEncoding");
        apply_differences(
            &mut t,
            &[
                lopdf::Object::Integer(65),
                lopdf::Object::Name(b"ij".to_vec()),
                lopdf::Object::Name(b"g7".to_vec()),
                lopdf::Object::Integer(255),
                lopdf::Object::Name(b"scedilla".to_vec()),
                lopdf::Object::Name(b"tcedilla".to_vec()),
            ],
        );
        assert_eq!(t[65].as_deref(), Some("ĳ"));
        assert_eq!(t[66], None);
        assert_eq!(t[255].as_deref(), Some("ş"));
        assert_eq!(t[67].as_deref(), Some("C"));
    }
}
