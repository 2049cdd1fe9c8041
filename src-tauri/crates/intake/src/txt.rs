//! Plain text files: which encoding, and whether it is text at all.
//!
//! In order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); UTF-16 without
//! a mark, told by where the NUL bytes are (every other byte is NUL in
//! UTF-16 text of mostly Latin letters); valid UTF-8; else Windows-1252, the
//! encoding of text files saved on Dutch Windows machines (it is also what
//! browsers use for "ISO-8859-1").

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use crate::ImportError;

/// How many bytes at the start are looked at to tell UTF-16 by its NULs.
const SNIFF: usize = 4096;

/// The share of control characters (other than tab, line ends and form
/// feed) above which a decoded file counts as binary data, in percent.
const MAX_CONTROL_PERCENT: usize = 2;

/// UTF-16 without a byte-order mark: the byte order whose high bytes are
/// mostly NUL while the low bytes are not.
fn utf16_by_nuls(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF) & !1];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let even_nul = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    // At least 60 % of one side NUL, at most 5 % of the other.
    if odd_nul * 10 >= pairs * 6 && even_nul * 20 <= pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 6 && odd_nul * 20 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The name the API reports for an encoding.
fn name(enc: &'static Encoding) -> &'static str {
    if enc == UTF_16LE {
        "UTF-16LE"
    } else if enc == UTF_16BE {
        "UTF-16BE"
    } else if enc == WINDOWS_1252 {
        "windows-1252"
    } else {
        "UTF-8"
    }
}

/// Whether decoded text is binary data after all: any NUL, or more than
/// [`MAX_CONTROL_PERCENT`] control characters.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        total += 1;
        if c == '\0' {
            return true;
        }
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{000C}' | '\u{001A}') {
            control += 1;
        }
    }
    control * 100 > total * MAX_CONTROL_PERCENT
}

/// Decodes a text file; the text and the name of its encoding.
pub(crate) fn decode(bytes: &[u8]) -> Result<(String, &'static str), ImportError> {
    let (enc, body) = match Encoding::for_bom(bytes) {
        Some((enc, bom_len)) => (enc, &bytes[bom_len..]),
        None => match utf16_by_nuls(bytes) {
            Some(enc) => (enc, bytes),
            None if std::str::from_utf8(bytes).is_ok() => (UTF_8, bytes),
            None => (WINDOWS_1252, bytes),
        },
    };
    // Without a BOM, a NUL in what is not UTF-16 is binary data.
    let text = enc.decode_without_bom_handling(body).0.into_owned();
    if looks_binary(&text) {
        return Err(ImportError::NotText);
    }
    Ok((text, name(enc)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LETTER: &str = "Geachte heer Çelik,\r\n\r\nMet één blik zag ik de vacature: € 2.450 per maand. Groet, Zoë Wiśniewski";

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend_from_slice(if big_endian { b"\xFE\xFF" } else { b"\xFF\xFE" });
        }
        for unit in text.encode_utf16() {
            out.extend_from_slice(&if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        out
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(LETTER.as_bytes()), Ok((LETTER.to_string(), "UTF-8")));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(LETTER.as_bytes());
        assert_eq!(decode(&bom), Ok((LETTER.to_string(), "UTF-8")));
    }

    #[test]
    fn utf16_both_orders_with_and_without_bom() {
        for (be, name) in [(false, "UTF-16LE"), (true, "UTF-16BE")] {
            for bom in [true, false] {
                assert_eq!(
                    decode(&utf16(LETTER, be, bom)),
                    Ok((LETTER.to_string(), name)),
                    "{name} bom={bom}"
                );
            }
        }
    }

    #[test]
    fn windows_1252() {
        // "één € – ‘ok’" in Windows-1252: é = E9, € = 80, – = 96, ‘ = 91, ’ = 92.
        let bytes = b"\xE9\xE9n \x80 \x96 \x91ok\x92 caf\xE9";
        assert_eq!(
            decode(bytes),
            Ok(("één € – ‘ok’ café".to_string(), "windows-1252"))
        );
    }

    #[test]
    fn binary_is_not_text() {
        assert_eq!(decode(b"abc\x00def ghi"), Err(ImportError::NotText));
        assert_eq!(
            decode(b"\x01\x02\x03\x04\x05 hallo \x06\x07"),
            Err(ImportError::NotText)
        );
        // One stray control character in a long text is tolerated.
        let mut long = "Geachte heer, ".repeat(20).into_bytes();
        long.push(0x07);
        assert!(decode(&long).is_ok());
    }
}
