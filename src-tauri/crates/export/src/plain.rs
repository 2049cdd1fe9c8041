//! The plain-text convention the owner edits in: title line, blank-line
//! separated blocks, `- ` bullets, short unpunctuated lines as headings.

use crate::{Block, Document};

/// The longest line (in characters) still read as a heading.
const HEADING_MAX_CHARS: usize = 70;

/// Splits a plain text into its title and blocks.
///
/// The convention: the first non-empty line is the title. Blocks are
/// separated by blank lines. A line starting with `- `, `• ` or `* ` is a
/// bullet item (a marker alone on a line counts as a blank line); consecutive items form one [`Block::Bullets`] (an indented
/// line right after an item continues that item). A block that is a single
/// line of at most 70 characters, not ending in `.`, `!`, `?`, `:` or `,`,
/// and followed by another block, is a [`Block::Heading`]; so is such a line
/// directly above a paragraph that starts with a capital and ends like a
/// sentence (see `heading_on_top`). Everything else is
/// a [`Block::Paragraph`], its lines joined with a space. Windows and old Mac
/// line endings and leading or trailing spaces are ignored.
pub fn parse_plain(text: &str) -> (String, Vec<Block>) {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines = normalised.lines();

    let mut title = String::new();
    for line in lines.by_ref() {
        let t = line.trim();
        if !t.is_empty() {
            title = t.to_string();
            break;
        }
    }

    // Runs: a text run (lines of a paragraph or heading) or a bullet run.
    enum Run {
        Text(Vec<String>),
        Items(Vec<String>),
    }
    let mut runs: Vec<Run> = Vec::new();
    let mut open = false; // whether the last run may still grow (no blank line since)
    for line in lines {
        let t = line.trim();
        if t.is_empty() {
            open = false;
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        if let Some(item) = bullet_item(t) {
            if item.is_empty() {
                // An empty bullet ("-" alone) is nothing, like a blank line.
                open = false;
                continue;
            }
            match runs.last_mut() {
                Some(Run::Items(items)) if open => items.push(item.to_string()),
                _ => runs.push(Run::Items(vec![item.to_string()])),
            }
        } else {
            match runs.last_mut() {
                Some(Run::Text(ls)) if open => ls.push(t.to_string()),
                Some(Run::Items(items)) if open && indented => {
                    if let Some(last) = items.last_mut() {
                        last.push(' ');
                        last.push_str(t);
                    }
                }
                _ => runs.push(Run::Text(vec![t.to_string()])),
            }
        }
        open = true;
    }

    let count = runs.len();
    let mut blocks = Vec::with_capacity(count);
    for (i, run) in runs.into_iter().enumerate() {
        match run {
            Run::Items(items) => blocks.push(Block::Bullets(items)),
            Run::Text(ls) => {
                let followed = i + 1 < count;
                if ls.len() == 1 && followed && looks_like_heading(&ls[0]) {
                    blocks.push(Block::Heading(ls.join(" ")));
                } else if heading_on_top(&ls) {
                    blocks.push(Block::Heading(ls[0].clone()));
                    blocks.push(Block::Paragraph(ls[1..].join(" ")));
                } else {
                    blocks.push(Block::Paragraph(ls.join(" ")));
                }
            }
        }
    }
    (title, blocks)
}

/// The item text when `line` (already trimmed) is a bullet line.
/// A marker alone on its line is an empty item.
fn bullet_item(line: &str) -> Option<&str> {
    if matches!(line, "-" | "•" | "*") {
        return Some("");
    }
    ["- ", "• ", "* "]
        .iter()
        .find_map(|m| line.strip_prefix(m))
        .map(str::trim)
}

/// A single line that would be read as a heading when another block follows.
/// A heading with its paragraph right under it, no blank line between ("Over de baan" /
/// "Bij ons ... per week."): the first line looks like a heading, the next line starts a new
/// sentence with a capital, and the paragraph ends like a sentence. A paragraph wrapped by
/// hand goes on in lower case, so it stays one paragraph.
fn heading_on_top(lines: &[String]) -> bool {
    let capital = |l: &str| {
        l.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    };
    lines.len() >= 2
        && looks_like_heading(&lines[0])
        && capital(&lines[0])
        && capital(&lines[1])
        && lines
            .last()
            .is_some_and(|l| l.ends_with(['.', '!', '?', ':']))
}

fn looks_like_heading(line: &str) -> bool {
    line.chars().count() <= HEADING_MAX_CHARS && !line.ends_with(['.', '!', '?', ':', ','])
}

/// Writes a document in the plain-text convention of [`parse_plain`]: the
/// title, a blank line, then the blocks separated by blank lines, bullets as
/// `- ` lines. Organisation and logo are not part of the text.
///
/// `parse_plain(&to_txt(doc))` gives back `doc.title` and `doc.blocks` for
/// every document `parse_plain` can produce. A short paragraph that would be
/// read back as a heading is written over two lines so it stays a paragraph.
pub fn to_txt(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str(&one_line(&doc.title));
    out.push('\n');
    let count = doc.blocks.len();
    for (i, block) in doc.blocks.iter().enumerate() {
        out.push('\n');
        match block {
            Block::Heading(h) => {
                out.push_str(&one_line(h));
                out.push('\n');
            }
            Block::Paragraph(p) => {
                let p = one_line(p);
                let followed = i + 1 < count;
                match split_point(&p) {
                    Some((head, tail)) if followed && looks_like_heading(&p) => {
                        out.push_str(head);
                        out.push('\n');
                        out.push_str(tail);
                    }
                    _ => out.push_str(&p),
                }
                out.push('\n');
            }
            Block::Bullets(items) => {
                for item in items {
                    out.push_str("- ");
                    out.push_str(&one_line(item));
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// Where a paragraph can be broken over two lines and still read back the
/// same: at a single space between two non-spaces, the second part not
/// looking like a bullet line. The last such place.
fn split_point(p: &str) -> Option<(&str, &str)> {
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    (1..chars.len().saturating_sub(1)).rev().find_map(|k| {
        let (i, c) = chars[k];
        if c != ' ' || chars[k - 1].1.is_whitespace() || chars[k + 1].1.is_whitespace() {
            return None;
        }
        let (head, tail) = (&p[..i], &p[i + 1..]);
        bullet_item(tail).is_none().then_some((head, tail))
    })
}

/// Collapses line breaks (and the spaces around them) so a text stays on one line.
fn one_line(s: &str) -> String {
    s.split(['\n', '\r'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn doc(title: &str, blocks: Vec<Block>) -> Document {
        Document {
            lang: Lang::Nl,
            organisation: "Bakkerij De Korenbloem".into(),
            logo: None,
            title: title.into(),
            blocks,
        }
    }

    #[test]
    fn reads_the_convention() {
        let text = "\r\n  Verkoopmedewerker bakkerij  \r\n\r\nWat ga je doen\r\n\r\nJe helpt klanten aan de toonbank\r\nen je bakt af.  \r\n\r\n- brood snijden\r\n• klanten helpen\r\n* kassa opmaken\r\n\r\nWat je kunt:\r\n- rekenen\r\n\r\nTot ziens";
        let (title, blocks) = parse_plain(text);
        assert_eq!(title, "Verkoopmedewerker bakkerij");
        assert_eq!(
            blocks,
            vec![
                Block::Heading("Wat ga je doen".into()),
                Block::Paragraph("Je helpt klanten aan de toonbank en je bakt af.".into()),
                Block::Bullets(vec![
                    "brood snijden".into(),
                    "klanten helpen".into(),
                    "kassa opmaken".into()
                ]),
                Block::Paragraph("Wat je kunt:".into()),
                Block::Bullets(vec!["rekenen".into()]),
                // Last block: not followed by another, so not a heading.
                Block::Paragraph("Tot ziens".into()),
            ]
        );
    }

    #[test]
    fn heading_rules() {
        let long = "x".repeat(71);
        let cases: Vec<(&str, bool)> = vec![
            ("Wat wij bieden", true),
            ("Wat wij bieden.", false),
            ("Echt?", false),
            ("Let op!", false),
            ("Dit en,", false),
            (&long, false),
        ];
        for (line, heading) in cases {
            let (_, blocks) = parse_plain(&format!("Titel\n\n{line}\n\nTekst."));
            assert_eq!(
                matches!(blocks[0], Block::Heading(_)),
                heading,
                "{line:?} → {blocks:?}"
            );
        }
        // Heading directly above bullets, no blank line in between.
        let (_, blocks) = parse_plain("Titel\nWat je kunt\n- bakken\n- verkopen");
        assert_eq!(blocks[0], Block::Heading("Wat je kunt".into()));
    }

    #[test]
    fn a_heading_directly_above_its_paragraph() {
        // As the drafts are written: heading, then the paragraph on the next line.
        let (_, blocks) = parse_plain(
            "Kok\n\nOver de baan\nWij zoeken een kok. Het gaat om 24 uur per week.\n\nWat wij bieden\nAlles op een rij:\n- Een vast contract.",
        );
        assert_eq!(
            blocks,
            vec![
                Block::Heading("Over de baan".into()),
                Block::Paragraph("Wij zoeken een kok. Het gaat om 24 uur per week.".into()),
                Block::Heading("Wat wij bieden".into()),
                Block::Paragraph("Alles op een rij:".into()),
                Block::Bullets(vec!["Een vast contract.".into()]),
            ]
        );
        // A paragraph wrapped by hand goes on in lower case: one paragraph.
        let (_, blocks) =
            parse_plain("T\n\nBij ons werk je in een klein team\nmet vijf collega's.\n\nEinde.");
        assert_eq!(
            blocks[0],
            Block::Paragraph("Bij ons werk je in een klein team met vijf collega's.".into())
        );
        // Two short lines that do not end like a sentence stay one paragraph.
        let (_, blocks) = parse_plain("T\n\nOpen op Maandag\nTot Zaterdag\n\nEinde.");
        assert_eq!(
            blocks[0],
            Block::Paragraph("Open op Maandag Tot Zaterdag".into())
        );
    }

    #[test]
    fn indented_line_continues_a_bullet() {
        let (_, blocks) = parse_plain("T\n\n- een lang item\n  dat doorloopt\n- twee");
        assert_eq!(
            blocks,
            vec![Block::Bullets(vec![
                "een lang item dat doorloopt".into(),
                "twee".into()
            ])]
        );
    }

    #[test]
    fn empty_and_blank_texts() {
        assert_eq!(parse_plain(""), (String::new(), vec![]));
        assert_eq!(parse_plain(" \r\n\t\n"), (String::new(), vec![]));
        assert_eq!(to_txt(&doc("", vec![])), "\n");
    }

    #[test]
    fn round_trip_table() {
        let table = vec![
            doc("Kok", vec![]),
            doc(
                "Verkoopmedewerker bakkerij",
                vec![
                    Block::Heading("Wat ga je doen".into()),
                    Block::Paragraph("Je verkoopt brood en gebak, € 2.450 per maand.".into()),
                    Block::Bullets(vec!["Zeynep Yılmaz-Kowalski".into(), "Ştefan".into()]),
                    Block::Heading("Hoe wij kiezen".into()),
                    Block::Paragraph("Een korte alinea zonder punt".into()),
                    Block::Heading("Slot".into()),
                    Block::Paragraph("Laatste regel zonder punt".into()),
                ],
            ),
        ];
        for d in table {
            let txt = to_txt(&d);
            assert_eq!(
                parse_plain(&txt),
                (d.title.clone(), d.blocks.clone()),
                "{txt}"
            );
        }
    }

    #[test]
    fn to_txt_writes_the_convention() {
        let d = doc(
            "Kok",
            vec![
                Block::Heading("Wat ga je doen".into()),
                Block::Bullets(vec!["koken".into(), "proeven".into()]),
                Block::Paragraph("Welkom.".into()),
            ],
        );
        assert_eq!(
            to_txt(&d),
            "Kok\n\nWat ga je doen\n\n- koken\n- proeven\n\nWelkom.\n"
        );
    }

    mod prop {
        use super::super::*;
        use crate::{Document, Lang};
        use proptest::prelude::*;

        fn line() -> impl Strategy<Value = String> {
            prop_oneof![
                Just(String::new()),
                Just("   ".to_string()),
                "[- •*]{0,2}[ a-zA-Zé€ş.:,!?]{0,90}[ \r]{0,2}",
                "(- |• |\\* )[a-z ]{0,20}",
                "[A-Z][a-z ]{0,30}",
                "  [a-z]{1,10}",
            ]
        }

        proptest! {
            #[test]
            fn parse_of_to_txt_round_trips(lines in prop::collection::vec(line(), 0..25), crlf in any::<bool>()) {
                let sep = if crlf { "\r\n" } else { "\n" };
                let text = lines.join(sep);
                let (title, blocks) = parse_plain(&text);
                let d = Document { lang: Lang::En, organisation: String::new(), logo: None, title: title.clone(), blocks: blocks.clone() };
                let txt = to_txt(&d);
                prop_assert_eq!(parse_plain(&txt), (title, blocks), "text {:?} → {:?}", text, txt);
            }
        }
    }
}
