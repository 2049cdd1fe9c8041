//! The clean-up every text gets, whatever its format, and the fingerprint
//! that recognises a letter imported twice.

use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

/// The typographic ligatures fonts put in text (U+FB00–U+FB06), spelled out.
/// NFC leaves them alone (only NFKC would split them).
fn ligature(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        '\u{FB05}' | '\u{FB06}' => "st",
        _ => return None,
    })
}

/// Spaces other than U+0020 that mean a plain space in a letter: no-break
/// space, the typographic spaces, the narrow no-break space, the
/// mathematical and the ideographic space.
fn is_other_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Characters that carry nothing a reader sees: soft hyphens, zero-width
/// space, word joiner, byte-order marks inside the text, and the
/// bidirectional controls (which can make text display in another order
/// than it is stored).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{200B}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
    )
}

/// The common form of every extracted text: `\r\n` and `\r` become `\n`
/// (as do the Unicode line and paragraph separators), ligatures are spelled
/// out, other spaces become a plain space, control and invisible characters
/// other than `\n` and `\t` are removed, the text is put in NFC, lines lose
/// their trailing spaces, at most one blank line stays in a row, and the
/// whole is trimmed.
pub(crate) fn clean(text: &str) -> String {
    let mut flat = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                flat.push('\n');
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{0085}' | '\u{000B}' | '\u{000C}' => {
                flat.push('\n')
            }
            '\t' => flat.push('\t'),
            c if c.is_control() || is_invisible(c) => {}
            c if is_other_space(c) => flat.push(' '),
            c => match ligature(c) {
                Some(s) => flat.push_str(s),
                None => flat.push(c),
            },
        }
    }
    let nfc: String = flat.nfc().collect();

    let mut out = String::with_capacity(nfc.len());
    let mut blank_run = 0usize;
    for line in nfc.split('\n') {
        let line = line.trim_end_matches([' ', '\t']);
        if line.trim_start_matches([' ', '\t']).is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if blank_run > 0 {
                out.push('\n');
            }
        }
        blank_run = 0;
        out.push_str(line);
    }
    match out.find(|c| c != ' ' && c != '\t') {
        Some(0) | None => out,
        Some(start) => out[start..].to_string(),
    }
}

/// A fingerprint of a letter's wording: SHA-256 over its letters and digits
/// only, after NFKC and lower-casing. White space and punctuation are left
/// out entirely (not just collapsed), so the same letter read from a PDF (with
/// its own line breaks, hyphenation and spacing) and from the `.docx` it was
/// made from gives the same fingerprint, and so does a copy pasted in.
pub fn fingerprint(text: &str) -> [u8; 32] {
    let mut hasher = Sha256::new();
    let mut buf = [0u8; 4];
    for c in text.nfkc() {
        if !c.is_alphanumeric() {
            continue;
        }
        for lower in c.to_lowercase() {
            hasher.update(lower.encode_utf8(&mut buf).as_bytes());
        }
    }
    hasher.finalize().into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::is_nfc;

    #[test]
    fn line_ends_controls_and_blank_lines() {
        let raw = "  \r\n Geachte heer,\r\rIk\u{0}  schrijf\u{7} u \t \r\n\n\n\nGroet\u{1b}\n\n";
        assert_eq!(clean(raw), "Geachte heer,\n\nIk  schrijf u\n\nGroet");
    }

    #[test]
    fn nfc_ligatures_and_spaces() {
        let raw = "Cafe\u{301} e\u{301}e\u{301}n \u{FB01}jn \u{FB02}ink € 2.450\u{00A0}bruto\u{00AD}\u{200B}";
        let out = clean(raw);
        assert_eq!(out, "Café één fijn flink € 2.450 bruto");
        assert!(is_nfc(&out));
    }

    #[test]
    fn keeps_tabs_inside_lines_and_leading_indent() {
        assert_eq!(
            clean("Naam:\tYılmaz\n  ingesprongen\t\n"),
            "Naam:\tYılmaz\n  ingesprongen"
        );
    }

    #[test]
    fn whitespace_only_is_empty() {
        assert_eq!(clean(" \n\t\r\n\u{00A0}\u{FEFF} "), "");
    }

    #[test]
    fn fingerprint_ignores_case_space_punctuation_and_hyphenation() {
        let docx =
            "Geachte mevrouw Wiśniewski,\n\nIk solliciteer naar de functie van verkoopmedewerker.";
        let pdf =
            "GEACHTE MEVROUW WIŚNIEWSKI\nIk sollici-\nteer naar de functie van verkoop medewerker";
        assert_eq!(fingerprint(docx), fingerprint(pdf));
        assert_ne!(fingerprint(docx), fingerprint("Geachte heer Yılmaz,"));
        // NFKC: a ligature and a composed letter count as their plain forms.
        assert_eq!(fingerprint("\u{FB01}jn e\u{301}"), fingerprint("fijn é"));
    }
}
