//! From glyphs on a page to text in reading order.
//!
//! 1. The page is turned so that most text runs left to right.
//! 2. Glyphs on one baseline form a line; a line splits into segments where
//!    a gap is as wide as a column gutter (an address block left, the
//!    sender's block right).
//! 3. Segments stack into blocks: a segment joins the one block right above
//!    it that it overlaps horizontally; a segment under two blocks at once
//!    (the body under a two-column letterhead) starts a block of its own.
//! 4. Blocks are read top to bottom, side by side ones left to right.
//! 5. Within a block, a larger gap between lines is a paragraph break (a
//!    blank line). Otherwise a line whose first word would have fitted at
//!    the end of the line above was broken on purpose (an address line:
//!    `\n`); if not, the text was wrapped and the lines are joined with a
//!    space, or without the hyphen when a word was clearly split.

use super::content::Glyph;

/// Above this many pieces of text on a page, no blocks are formed.
const MAX_SEGMENTS: usize = 5_000;

/// A glyph turned so that the page's main text runs left to right.
#[derive(Debug, Clone)]
struct Item {
    text: String,
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
}

/// A run of text on one line.
#[derive(Debug, Clone)]
struct Segment {
    text: String,
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
    /// The width of the first word (for "would it have fitted above").
    first_word: f64,
}

#[derive(Debug)]
struct Block {
    segs: Vec<Segment>,
    x0: f64,
    x1: f64,
    top: f64,
}

fn turn(quarter: u8, (x, y): (f64, f64)) -> (f64, f64) {
    match quarter {
        1 => (y, -x),
        2 => (-x, -y),
        3 => (-y, x),
        _ => (x, y),
    }
}

fn items(glyphs: &[Glyph]) -> (Vec<Item>, u8) {
    let mut count = [0usize; 4];
    for g in glyphs {
        count[usize::from(g.quarter & 3)] += 1;
    }
    let quarter = (0..4u8)
        .max_by_key(|&q| (count[q as usize], 4 - q))
        .unwrap_or(0);
    let items = glyphs
        .iter()
        .map(|g| {
            let (sx, sy) = turn(quarter, g.start);
            let (ex, _) = turn(quarter, g.end);
            Item {
                text: g.text.clone(),
                x0: sx.min(ex),
                x1: sx.max(ex),
                y: sy,
                size: g.size,
            }
        })
        .collect();
    (items, quarter)
}

fn is_space(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

/// Groups items into lines (top to bottom), each sorted left to right.
fn lines(mut items: Vec<Item>) -> Vec<Vec<Item>> {
    items.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let mut lines: Vec<Vec<Item>> = Vec::new();
    let mut reference = (f64::NAN, 0.0f64);
    for item in items {
        let (y, size) = reference;
        if !lines.is_empty() && (y - item.y).abs() <= 0.45 * size.max(item.size) {
            reference.1 = size.max(item.size);
            if let Some(line) = lines.last_mut() {
                line.push(item);
            }
        } else {
            reference = (item.y, item.size);
            lines.push(vec![item]);
        }
    }
    for line in &mut lines {
        line.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    }
    lines
}

/// Where a line may split into columns.
struct Columns {
    /// `(x, line)`: where text starts after a gap of 3 em or more, by x.
    starts: Vec<(f64, usize)>,
    /// The left edge and width of the page's text.
    left: f64,
    width: f64,
    /// A gap this wide always separates columns.
    gutter: f64,
}

impl Columns {
    fn new(lines: &[Vec<Item>], gutter: f64) -> Columns {
        let mut starts = Vec::new();
        let (mut left, mut right) = (f64::INFINITY, f64::NEG_INFINITY);
        for (i, line) in lines.iter().enumerate() {
            let mut ink_end: Option<f64> = None;
            for item in line.iter().filter(|it| !is_space(&it.text)) {
                if ink_end.is_some_and(|end| item.x0 - end >= 3.0 * item.size) {
                    starts.push((item.x0, i));
                }
                ink_end = Some(ink_end.map_or(item.x1, |e| e.max(item.x1)));
                left = left.min(item.x0);
                right = right.max(item.x1);
            }
        }
        starts.sort_by(|a, b| a.0.total_cmp(&b.0));
        Columns {
            starts,
            left,
            width: (right - left).max(1.0),
            gutter,
        }
    }

    /// Whether a gap before text starting at `x` separates two columns:
    /// a gutter-wide gap, or a gap of 3 em before text that starts where
    /// text starts after such a gap on another line too, in the right part
    /// of the page (a letterhead or table in two columns; not "Naam:" and
    /// its value after a tab).
    fn splits(&self, line: usize, gap: f64, size: f64, x: f64) -> bool {
        if gap > self.gutter.max(10.0 * size) {
            return true;
        }
        if gap < 3.0 * size || x < self.left + 0.4 * self.width {
            return false;
        }
        let from = self.starts.partition_point(|s| s.0 < x - 1.5);
        self.starts[from..]
            .iter()
            .take_while(|s| s.0 <= x + 1.5)
            .any(|&(_, other)| other != line)
    }
}

/// Splits a line into segments at column gaps and spells out each.
fn segments(line: &[Item], index: usize, columns: &Columns, out: &mut Vec<Segment>) {
    let Some(first) = line.first() else {
        return;
    };
    let y = first.y;
    let mut seg = new_segment(first, y);
    let mut prev: Option<&Item> = None;
    let mut ink_end = f64::NEG_INFINITY;
    let mut first_word_done = false;
    for item in line {
        if let Some(p) = prev {
            let size = p.size.max(item.size);
            // Fake bold: the same glyph printed twice, a hair apart.
            if item.text == p.text && (item.x0 - p.x0).abs() < 0.1 * size {
                continue;
            }
            let gap = item.x0 - p.x1;
            let ink_gap = item.x0 - ink_end;
            if !is_space(&item.text) && columns.splits(index, ink_gap, size, item.x0) {
                finish(&mut seg, out);
                seg = new_segment(item, y);
                first_word_done = false;
            } else if gap > 0.2 * size && !seg.text.ends_with(' ') && !is_space(&item.text) {
                seg.text.push(' ');
                first_word_done = true;
            }
        }
        if is_space(&item.text) {
            if !seg.text.is_empty() && !seg.text.ends_with(' ') {
                seg.text.push(' ');
            }
            first_word_done |= !seg.text.is_empty();
        } else {
            ink_end = ink_end.max(item.x1);
            seg.text.push_str(&item.text);
            if !first_word_done {
                seg.first_word = item.x1 - seg.x0;
            }
            seg.x1 = seg.x1.max(item.x1);
            seg.size = seg.size.max(item.size);
        }
        prev = Some(item);
    }
    finish(&mut seg, out);
}

fn new_segment(item: &Item, y: f64) -> Segment {
    Segment {
        text: String::new(),
        x0: item.x0,
        x1: item.x0,
        y,
        size: item.size,
        first_word: 0.0,
    }
}

fn finish(seg: &mut Segment, out: &mut Vec<Segment>) {
    let text = seg.text.trim();
    if !text.is_empty() {
        let mut done = seg.clone();
        done.text = text.to_string();
        out.push(done);
    }
}

/// Stacks segments (in line order) into blocks.
fn blocks(segs: Vec<Segment>) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    // Blocks whose last line is close enough above to be continued.
    let mut active: Vec<usize> = Vec::new();
    for seg in segs {
        active.retain(|&i| {
            blocks[i]
                .segs
                .last()
                .is_some_and(|last| last.y - seg.y <= 3.0 * last.size.max(seg.size))
        });
        // Blocks right above the segment that it overlaps horizontally.
        let mut candidates: Vec<(usize, f64)> = Vec::new();
        for &i in &active {
            let b = &blocks[i];
            let Some(last) = b.segs.last() else { continue };
            let dy = last.y - seg.y;
            let size = last.size.max(seg.size);
            let overlap = seg.x1.min(b.x1) - seg.x0.max(b.x0);
            if dy > 0.3 * size && dy <= 3.0 * size && overlap > 0.0 {
                candidates.push((i, dy));
            }
        }
        candidates.sort_by(|a, b| a.1.total_cmp(&b.1));
        let chosen = match candidates.as_slice() {
            [] => None,
            [(i, _)] => Some(*i),
            // The nearest one, unless another is about as near (the
            // segment spans two columns).
            [(i, dy), (_, next), ..] => (next - dy > 0.5 * seg.size).then_some(*i),
        };
        match chosen {
            Some(i) => {
                let b = &mut blocks[i];
                b.x0 = b.x0.min(seg.x0);
                b.x1 = b.x1.max(seg.x1);
                b.segs.push(seg);
            }
            None => {
                active.push(blocks.len());
                blocks.push(Block::new(vec![seg]));
            }
        }
    }
    split_beside(&mut blocks);
    // Top to bottom; blocks starting at about the same height left to right.
    blocks.sort_by(|a, b| b.top.total_cmp(&a.top));
    let mut ordered: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut group: Vec<Block> = Vec::new();
    for b in blocks {
        let same_row = group.first().is_some_and(|g| {
            let size = g.segs.first().map_or(10.0, |s| s.size);
            g.top - b.top <= size
        });
        if !same_row {
            group.sort_by(|a, b| a.x0.total_cmp(&b.x0));
            ordered.append(&mut group);
        }
        group.push(b);
    }
    group.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    ordered.append(&mut group);
    ordered
}

impl Block {
    fn new(segs: Vec<Segment>) -> Block {
        let x0 = segs.iter().map(|s| s.x0).fold(f64::INFINITY, f64::min);
        let x1 = segs.iter().map(|s| s.x1).fold(f64::NEG_INFINITY, f64::max);
        let top = segs.first().map_or(0.0, |s| s.y);
        Block { segs, x0, x1, top }
    }

    fn bottom(&self) -> f64 {
        self.segs.last().map_or(self.top, |s| s.y)
    }
}

/// Where two blocks stand side by side (their lines at the same heights do
/// not overlap horizontally) and one runs on below the other, the part below
/// (from where it runs under the other block, or after a paragraph gap)
/// becomes a block of its own: the text under a two-column letterhead is
/// read after both columns, not after the left one only.
fn split_beside(blocks: &mut Vec<Block>) {
    // Pairs of blocks looked at, at most (a page of a letter needs a few
    // hundred; a hostile page must not make this quadratic without end).
    let mut work = 2_000_000usize;
    let mut i = 0;
    while i < blocks.len() {
        let mut j = 0;
        while j < blocks.len() {
            if work == 0 {
                return;
            }
            work -= 1;
            if i != j {
                if let Some(cut) = cut_beside(&blocks[i], &blocks[j]) {
                    let rest = blocks[i].segs.split_off(cut);
                    let head = std::mem::take(&mut blocks[i].segs);
                    blocks[i] = Block::new(head);
                    blocks.push(Block::new(rest));
                }
            }
            j += 1;
        }
        i += 1;
    }
}

/// Where to cut block `a` because it runs on below block `b`, which stands
/// beside it.
fn cut_beside(a: &Block, b: &Block) -> Option<usize> {
    let em = b.segs.first().map_or(10.0, |s| s.size);
    let (b_top, b_bottom) = (b.top + 0.3 * em, b.bottom() - 0.3 * em);
    // The lines of `a` at the heights of `b`.
    let (mut x0, mut x1, mut any) = (f64::INFINITY, f64::NEG_INFINITY, false);
    for s in a.segs.iter().filter(|s| s.y <= b_top && s.y >= b_bottom) {
        x0 = x0.min(s.x0);
        x1 = x1.max(s.x1);
        any = true;
    }
    if !any || !(x1 <= b.x0 || x0 >= b.x1) {
        return None;
    }
    // The line spacing of `a`.
    let spacing = a
        .segs
        .windows(2)
        .map(|w| w[0].y - w[1].y)
        .filter(|d| *d > 0.0)
        .fold(f64::INFINITY, f64::min);
    // Cut where `a`, below `b`, runs under `b` or leaves a gap larger than
    // its line spacing.
    (1..a.segs.len()).find(|&k| {
        let s = &a.segs[k];
        s.y < b_bottom && (s.x1.min(b.x1) > s.x0.max(b.x0) || a.segs[k - 1].y - s.y > 1.3 * spacing)
    })
}

/// Dutch and English words that follow a hyphen in "zorg- en welzijn",
/// "pre- and post-", where the hyphen stands for a repeated word part.
const CONJUNCTIONS: &[&str] = &["en", "of", "tot", "noch", "and", "or", "to", "nor"];

/// Pairs of letters that would read as one sound if written together; a
/// hyphenation program never splits them, so a hyphen between them belongs
/// to the word ("auto-ongeluk", "zee-egel", "co-operate").
const CLASHES: &[&str] = &[
    "aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "oe", "oi", "oo", "ou", "ui", "uu",
];

/// Joins a wrapped line to the text so far.
fn join_wrapped(out: &mut String, next: &str) {
    let mut chars = out.chars().rev();
    let last = chars.next();
    let before = chars.next();
    let hyphen = matches!(last, Some('-' | '\u{2010}' | '\u{00AD}'));
    let next_first = next.chars().next();
    if hyphen
        && before.is_some_and(|c| c.is_ascii_digit())
        && next_first.is_some_and(|c| c.is_ascii_digit())
    {
        // A range of numbers: "2020-2024".
        out.push_str(next);
        return;
    }
    if !hyphen
        || !before.is_some_and(char::is_alphabetic)
        || !next_first.is_some_and(char::is_alphabetic)
    {
        out.push(' ');
        out.push_str(next);
        return;
    }
    if last == Some('\u{00AD}') {
        out.pop();
        out.push_str(next);
        return;
    }
    let prefix: String = {
        let body = &out[..out.len() - last.map_or(0, char::len_utf8)];
        let start = body
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(body.len(), |(i, _)| i);
        body[start..].to_string()
    };
    let next_word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    let clash = match (prefix.chars().last(), next_word.chars().next()) {
        (Some(a), Some(b)) => {
            let pair: String = a.to_lowercase().chain(b.to_lowercase()).collect();
            CLASHES.contains(&pair.as_str())
        }
        _ => false,
    };
    let starts_upper = next_word.chars().next().is_some_and(char::is_uppercase);
    let acronym = prefix.chars().count() == 1
        || (prefix.chars().count() > 1 && prefix.chars().all(char::is_uppercase));
    if starts_upper || clash || acronym {
        // "Noord-Holland", "auto-ongeluk", "e-mail", "ICT-beheer".
        out.push_str(next);
    } else if CONJUNCTIONS.contains(&next_word.to_lowercase().as_str()) {
        out.push(' ');
        out.push_str(next);
    } else {
        out.pop();
        out.push_str(next);
    }
}

fn block_text(b: &Block, right: f64, out: &mut String) {
    let segs = &b.segs;
    let gaps: Vec<f64> = segs
        .windows(2)
        .map(|w| w[0].y - w[1].y)
        .filter(|d| *d > 0.0)
        .collect();
    let size = segs.iter().map(|s| s.size).fold(0.0f64, f64::max);
    let min_gap = gaps.iter().copied().fold(f64::INFINITY, f64::min);
    let base = if gaps.len() >= 2 {
        min_gap
    } else {
        min_gap.min(1.3 * size)
    };
    for (i, seg) in segs.iter().enumerate() {
        if i == 0 {
            out.push_str(&seg.text);
            continue;
        }
        let prev = &segs[i - 1];
        let dy = prev.y - seg.y;
        let em = prev.size.max(seg.size);
        if dy > 1.3 * base && dy > base + 0.25 * em {
            out.push_str("\n\n");
            out.push_str(&seg.text);
            continue;
        }
        let aligned = (seg.x0 - prev.x0).abs() <= em || (seg.x0 - b.x0).abs() <= em;
        let would_fit = prev.x1 + 0.3 * em + seg.first_word <= right.max(b.x1);
        if aligned && !would_fit {
            join_wrapped(out, &seg.text);
        } else {
            out.push('\n');
            out.push_str(&seg.text);
        }
    }
}

/// The text of one page. `width` is the page width in points (for the
/// column gutter), before turning.
pub(crate) fn page_text(glyphs: &[Glyph], width: f64, height: f64) -> String {
    let (items, quarter) = items(glyphs);
    let across = if quarter % 2 == 1 { height } else { width };
    let lines = lines(items);
    let columns = Columns::new(&lines, 0.2 * across);
    let mut segs = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        segments(line, i, &columns, &mut segs);
    }
    // A page of thousands of separate pieces is no letter: line by line.
    if segs.len() > MAX_SEGMENTS {
        return segs
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
    }
    // The right margin of the page's text, for "would it have fitted".
    let right = segs.iter().map(|s| s.x1).fold(f64::NEG_INFINITY, f64::max);
    let mut out = String::new();
    for b in blocks(segs) {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        block_text(&b, right, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs for `text` at (x, y), each `size * 0.5` wide.
    fn word(text: &str, x: f64, y: f64, size: f64) -> Vec<Glyph> {
        let w = size * 0.5;
        text.chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                text: c.to_string(),
                start: (x + i as f64 * w, y),
                end: (x + (i as f64 + 1.0) * w, y),
                size,
                quarter: 0,
            })
            .collect()
    }

    fn joined(prev: &str, next: &str) -> String {
        let mut s = prev.to_string();
        join_wrapped(&mut s, next);
        s
    }

    #[test]
    fn hyphenation() {
        assert_eq!(joined("de ver-", "koop loopt"), "de verkoop loopt");
        assert_eq!(joined("Noord-", "Holland"), "Noord-Holland");
        assert_eq!(joined("zorg-", "en welzijn"), "zorg- en welzijn");
        assert_eq!(joined("een auto-", "ongeluk"), "een auto-ongeluk");
        assert_eq!(joined("mijn e-", "mail"), "mijn e-mail");
        assert_eq!(joined("ICT-", "beheer"), "ICT-beheer");
        assert_eq!(joined("co-", "operate"), "co-operate");
        assert_eq!(joined("soft\u{AD}", "ware"), "software");
        assert_eq!(joined("van 9 -", "17 uur"), "van 9 - 17 uur");
        assert_eq!(joined("periode 2020-", "2024"), "periode 2020-2024");
        assert_eq!(joined("Geachte", "heer"), "Geachte heer");
    }

    #[test]
    fn wrapped_paragraph_and_address_block() {
        let mut g = Vec::new();
        // An address: short lines, 12 pt apart.
        g.extend(word("Ayşe Yılmaz", 50.0, 800.0, 10.0));
        g.extend(word("Kerkstraat 1", 50.0, 788.0, 10.0));
        // A paragraph wrapped at x = 300, after a paragraph gap.
        g.extend(word("Met veel plezier las ik uw", 50.0, 760.0, 10.0));
        g.extend(word("vacature voor een verkoop-", 50.0, 748.0, 10.0));
        g.extend(word("medewerker.", 50.0, 736.0, 10.0));
        let text = page_text(&g, 595.0, 842.0);
        assert_eq!(
            text,
            "Ayşe Yılmaz\nKerkstraat 1\n\nMet veel plezier las ik uw vacature voor een verkoopmedewerker."
        );
    }

    #[test]
    fn letterhead_in_two_columns_then_body() {
        let mut g = Vec::new();
        g.extend(word("Bakkerij", 50.0, 800.0, 10.0));
        g.extend(word("Dorpsweg 2", 50.0, 788.0, 10.0));
        g.extend(word("Zoë Wiśniewski", 400.0, 800.0, 10.0));
        g.extend(word("Laan 5", 400.0, 788.0, 10.0));
        g.extend(word("Geachte heer,", 50.0, 770.0, 10.0));
        g.extend(word("Dit is de brief die heel lang doorloopt over de hele breedte van de regel, tot aan de rand van de", 50.0, 758.0, 10.0));
        g.extend(word("rechterkant.", 50.0, 746.0, 10.0));
        let text = page_text(&g, 595.0, 842.0);
        assert_eq!(
            text,
            "Bakkerij\nDorpsweg 2\n\nZoë Wiśniewski\nLaan 5\n\nGeachte heer,\nDit is de brief die heel lang doorloopt over de hele breedte van de regel, tot aan de rand van de rechterkant."
        );
    }

    #[test]
    fn rotated_page_and_fake_bold() {
        // Text running upwards (a page turned a quarter).
        let mut g: Vec<Glyph> = "Hallo"
            .chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                text: c.to_string(),
                start: (100.0, 50.0 + i as f64 * 5.0),
                end: (100.0, 55.0 + i as f64 * 5.0),
                size: 10.0,
                quarter: 1,
            })
            .collect();
        let dup = g[0].clone();
        g.push(Glyph {
            start: (100.3, 50.0),
            ..dup
        });
        assert_eq!(page_text(&g, 595.0, 842.0), "Hallo");
    }
}
