//! The text the raters read: each hidden span replaced by its placeholder.

use crate::{Label, Lang, Span};

/// A redacted text and where its placeholders are (byte offsets into `text`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Redaction {
    pub text: String,
    pub placeholders: Vec<(usize, usize, Label)>,
}

/// Replaces every span in `hide` by its placeholder (`[naam]`, `[telefoon]`, … or
/// `[weggelaten]` for a hidden cue). Overlapping spans become one placeholder, with the
/// label of the first.
pub fn redact(text: &str, hide: &[Span], lang: Lang) -> Redaction {
    let mut spans: Vec<&Span> = hide
        .iter()
        .filter(|s| {
            s.start < s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
        })
        .collect();
    spans.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out = Redaction {
        text: String::with_capacity(text.len()),
        placeholders: Vec::new(),
    };
    let mut pos = 0;
    let mut i = 0;
    while i < spans.len() {
        let first = spans[i];
        let (start, mut end) = (first.start.max(pos), first.end);
        if start >= end {
            i += 1;
            continue;
        }
        i += 1;
        while i < spans.len() && spans[i].start < end {
            end = end.max(spans[i].end);
            i += 1;
        }
        out.text.push_str(&text[pos..start]);
        let p = first.label.placeholder(lang);
        let at = out.text.len();
        out.text.push_str(p);
        out.placeholders.push((at, out.text.len(), first.label));
        pos = end;
    }
    out.text.push_str(&text[pos..]);
    out
}
