//! ToUnicode CMaps (PDF 32000-1 §9.10.3): which text a character code of a
//! font stands for, and how many bytes a code takes (the code space).
//!
//! Our own small parser rather than lopdf's: it keeps the code space (which
//! tells the code length of a multi-byte font), stores ranges without
//! expanding them, and caps what a hostile CMap can make it hold.

use std::collections::HashMap;

/// The most single mappings and ranges kept from one CMap.
const MAX_ENTRIES: usize = 65_536;

/// A CMap token.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    /// `<…>`: the bytes.
    Hex(Vec<u8>),
    /// `[`
    Open,
    /// `]`
    Close,
    /// A keyword, a name or a number (only keywords matter here).
    Word(Vec<u8>),
}

fn tokens(data: &[u8]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        match b {
            b'%' => {
                while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if data.get(i + 1) == Some(&b'<') => i += 2,
            b'>' if data.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                i += 1;
                let mut nibbles = Vec::new();
                while i < data.len() && data[i] != b'>' {
                    if let Some(v) = (data[i] as char).to_digit(16) {
                        nibbles.push(v as u8);
                    }
                    i += 1;
                }
                i += 1;
                if nibbles.len() % 2 == 1 {
                    nibbles.push(0);
                }
                out.push(Token::Hex(
                    nibbles.chunks(2).map(|p| (p[0] << 4) | p[1]).collect(),
                ));
            }
            b'[' => {
                out.push(Token::Open);
                i += 1;
            }
            b']' => {
                out.push(Token::Close);
                i += 1;
            }
            b'(' => {
                // A literal string (rare in ToUnicode CMaps): skipped, nesting counted.
                let mut depth = 0usize;
                while i < data.len() {
                    match data[i] {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
                out.push(Token::Word(Vec::new()));
            }
            c if c.is_ascii_whitespace() || c == 0 => i += 1,
            _ => {
                let start = i;
                let ends_word = |b: u8, at: usize| {
                    b.is_ascii_whitespace()
                        || matches!(b, b'<' | b'>' | b'[' | b']' | b'(' | b'%')
                        || (b == b'/' && at > start)
                };
                while i < data.len() && !ends_word(data[i], i) {
                    i += 1;
                }
                if i == start {
                    i += 1;
                }
                out.push(Token::Word(data[start..i].to_vec()));
            }
        }
    }
    out
}

/// The text a UTF-16BE destination stands for (`None` when it is not text).
fn utf16(bytes: &[u8]) -> Option<String> {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
        .collect();
    let s: String = char::decode_utf16(units).collect::<Result<_, _>>().ok()?;
    Some(s)
}

fn code(bytes: &[u8]) -> Option<(u8, u32)> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    Some((
        bytes.len() as u8,
        bytes.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b)),
    ))
}

/// A `bfrange` with a single destination: code `lo + k` stands for the
/// destination with its last UTF-16 unit raised by `k`.
#[derive(Debug, Clone)]
struct Range {
    len: u8,
    lo: u32,
    hi: u32,
    base: Vec<u16>,
}

/// A parsed ToUnicode CMap.
#[derive(Debug, Default, Clone)]
pub(crate) struct ToUnicode {
    singles: HashMap<(u8, u32), String>,
    ranges: Vec<Range>,
    /// `(length in bytes, low, high)` of each code-space range.
    pub(crate) codespace: Vec<(u8, u32, u32)>,
}

impl ToUnicode {
    /// Parses a CMap; what cannot be read is left out.
    pub(crate) fn parse(data: &[u8]) -> ToUnicode {
        let toks = tokens(data);
        let mut map = ToUnicode::default();
        let mut i = 0;
        let word = |t: &Token, w: &[u8]| matches!(t, Token::Word(x) if x == w);
        while i < toks.len() {
            if word(&toks[i], b"begincodespacerange") {
                i += 1;
                while i + 1 < toks.len() && !word(&toks[i], b"endcodespacerange") {
                    if let (Token::Hex(lo), Token::Hex(hi)) = (&toks[i], &toks[i + 1]) {
                        if let (Some((len, lo)), Some((_, hi))) = (code(lo), code(hi)) {
                            if map.codespace.len() < 256 {
                                map.codespace.push((len, lo, hi));
                            }
                        }
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
            } else if word(&toks[i], b"beginbfchar") {
                i += 1;
                while i + 1 < toks.len() && !word(&toks[i], b"endbfchar") {
                    match (&toks[i], &toks[i + 1]) {
                        (Token::Hex(src), Token::Hex(dst)) => {
                            if let (Some(key), Some(text)) = (code(src), utf16(dst)) {
                                if map.singles.len() < MAX_ENTRIES {
                                    map.singles.insert(key, text);
                                }
                            }
                            i += 2;
                        }
                        _ => i += 1,
                    }
                }
            } else if word(&toks[i], b"beginbfrange") {
                i += 1;
                while i + 2 < toks.len() && !word(&toks[i], b"endbfrange") {
                    let (Token::Hex(lo), Token::Hex(hi)) = (&toks[i], &toks[i + 1]) else {
                        i += 1;
                        continue;
                    };
                    let (Some((len, lo)), Some((_, hi))) = (code(lo), code(hi)) else {
                        i += 2;
                        continue;
                    };
                    match &toks[i + 2] {
                        Token::Hex(dst) => {
                            let base: Vec<u16> = dst
                                .chunks(2)
                                .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                                .collect();
                            if hi >= lo && !base.is_empty() && map.ranges.len() < MAX_ENTRIES {
                                map.ranges.push(Range { len, lo, hi, base });
                            }
                            i += 3;
                        }
                        Token::Open => {
                            i += 3;
                            let mut c = lo;
                            while i < toks.len() && toks[i] != Token::Close {
                                if let Token::Hex(dst) = &toks[i] {
                                    if let Some(text) = utf16(dst) {
                                        if c <= hi && map.singles.len() < MAX_ENTRIES {
                                            map.singles.insert((len, c), text);
                                        }
                                    }
                                    c = c.saturating_add(1);
                                }
                                i += 1;
                            }
                            i += 1;
                        }
                        _ => i += 3,
                    }
                }
            }
            i += 1;
        }
        map.ranges.sort_by_key(|r| (r.len, r.lo));
        map
    }

    /// The text for a code of `len` bytes.
    pub(crate) fn get(&self, len: u8, code: u32) -> Option<String> {
        if let Some(s) = self.singles.get(&(len, code)) {
            return Some(s.clone());
        }
        // The last range starting at or before the code.
        let idx = self
            .ranges
            .partition_point(|r| (r.len, r.lo) <= (len, code))
            .checked_sub(1)?;
        // Ranges may overlap: look back over those that could hold the code.
        for r in self.ranges[..=idx].iter().rev().take(8) {
            if r.len == len && r.lo <= code && code <= r.hi {
                let mut units = r.base.clone();
                let last = units.last_mut()?;
                *last = last.checked_add(u16::try_from(code - r.lo).ok()?)?;
                return char::decode_utf16(units)
                    .collect::<Result<String, _>>()
                    .ok();
            }
        }
        None
    }

    /// Whether anything is mapped at all.
    pub(crate) fn is_empty(&self) -> bool {
        self.singles.is_empty() && self.ranges.is_empty()
    }

    /// How many mappings and ranges it holds.
    pub(crate) fn len(&self) -> usize {
        self.singles.len() + self.ranges.len() + self.codespace.len()
    }

    /// The length of the code at the start of `bytes` by the code space, if
    /// one of its ranges holds it.
    pub(crate) fn code_len(&self, bytes: &[u8]) -> Option<usize> {
        for len in 1..=4usize.min(bytes.len()) {
            let value = bytes[..len]
                .iter()
                .fold(0u32, |acc, &b| (acc << 8) | u32::from(b));
            if self
                .codespace
                .iter()
                .any(|&(l, lo, hi)| usize::from(l) == len && lo <= value && value <= hi)
            {
                return Some(len);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CMAP: &[u8] = b"/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
3 beginbfchar
<0003> <0020>
<0011> <00E9>
<0012> <FB01>
endbfchar
2 beginbfrange
<0020> <0029> <0041>
<0030> <0032> [<0131> <0142> <D83DDE00>]
endbfrange
endcmap";

    #[test]
    fn chars_ranges_and_arrays() {
        let map = ToUnicode::parse(CMAP);
        assert_eq!(map.codespace, vec![(2, 0, 0xFFFF)]);
        assert_eq!(map.get(2, 3).as_deref(), Some(" "));
        assert_eq!(map.get(2, 0x11).as_deref(), Some("é"));
        assert_eq!(map.get(2, 0x12).as_deref(), Some("\u{FB01}"));
        assert_eq!(map.get(2, 0x20).as_deref(), Some("A"));
        assert_eq!(map.get(2, 0x29).as_deref(), Some("J"));
        assert_eq!(map.get(2, 0x2A), None);
        assert_eq!(map.get(2, 0x31).as_deref(), Some("ł"));
        assert_eq!(map.get(2, 0x32).as_deref(), Some("😀"));
        assert_eq!(map.get(1, 0x11), None);
        assert_eq!(map.code_len(&[0, 0x11, 5]), Some(2));
    }

    #[test]
    fn garbage_does_not_panic() {
        for junk in [
            &b"beginbfrange <00> <FF> endbfrange"[..],
            b"beginbfchar <",
            b"beginbfrange <0000> <FFFF> [ <0041>",
            b"begincodespacerange <> <> endcodespacerange",
            b"beginbfrange <FFFFFFFF> <00000000> <0041> endbfrange ((( \\",
            b"beginbfrange <0000> <FFFF> <FFFF> endbfrange",
        ] {
            let map = ToUnicode::parse(junk);
            let _ = map.get(2, 0xFFFF);
            let _ = map.get(1, 0x10);
            let _ = map.code_len(b"\xFF\xFF");
        }
    }
}
