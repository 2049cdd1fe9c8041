//! What the Word and OpenDocument readers share: one streaming pass over an
//! XML part with quick-xml, element names without their prefix, and text
//! with the five predefined entities and character references resolved.
//! No DTD is read and no other entity is expanded.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::ImportError;

/// The deepest element nesting accepted; real documents stay far below it.
const MAX_DEPTH: usize = 512;

/// An XML part as UTF-8: parts saved as UTF-16 (allowed, rare) are
/// transcoded first; everything else is taken as UTF-8.
fn as_utf8(bytes: &[u8]) -> Cow<'_, [u8]> {
    let utf16 = if bytes.starts_with(b"\xFF\xFE") {
        Some(encoding_rs::UTF_16LE)
    } else if bytes.starts_with(b"\xFE\xFF") {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    };
    match utf16 {
        Some(enc) => {
            let (text, _) = enc.decode_with_bom_removal(bytes);
            Cow::Owned(text.into_owned().into_bytes())
        }
        None => Cow::Borrowed(bytes),
    }
}

/// The name of an element or attribute without its namespace prefix.
pub(crate) fn local(name: &[u8]) -> &[u8] {
    match name.iter().rposition(|&b| b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// The value of the attribute with local name `key`, unescaped.
pub(crate) fn attr(e: &BytesStart<'_>, key: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (local(a.key.as_ref().as_bytes()) == key)
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .ok()
                    .map(|v| v.into_owned())
            })
            .flatten()
    })
}

/// What a reader sees of a part, one call per event.
pub(crate) enum Node<'a, 'e> {
    /// An element opens (`empty`: it also closes at once, `<a/>`).
    Open {
        name: &'a [u8],
        element: &'a BytesStart<'e>,
        empty: bool,
    },
    /// An element closes.
    Close { name: &'a [u8] },
    /// Character data (already unescaped).
    Text(&'a str),
}

/// Walks a part, calling `visit` with each node. Malformed XML is
/// [`ImportError::Corrupt`]; nesting deeper than [`MAX_DEPTH`] too.
pub(crate) fn walk(part: &[u8], mut visit: impl FnMut(Node<'_, '_>)) -> Result<(), ImportError> {
    let part = as_utf8(part);
    let mut reader = Reader::from_reader(part.as_ref());
    reader.config_mut().check_end_names = true;
    let mut buf = Vec::new();
    let mut depth = 0usize;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|_| ImportError::Corrupt)?;
        match &event {
            Event::Start(e) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(ImportError::Corrupt);
                }
                visit(Node::Open {
                    name: local(e.name().as_ref().as_bytes()),
                    element: e,
                    empty: false,
                });
            }
            Event::Empty(e) => visit(Node::Open {
                name: local(e.name().as_ref().as_bytes()),
                element: e,
                empty: true,
            }),
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                visit(Node::Close {
                    name: local(e.name().as_ref().as_bytes()),
                });
            }
            Event::Text(t) => visit(Node::Text(&t.xml10_content())),
            Event::CData(t) => visit(Node::Text(&t.xml10_content())),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(Cow::Owned(c.to_string())),
                    Ok(None) => {
                        let name = r.xml10_content();
                        quick_xml::escape::resolve_predefined_entity(&name).map(Cow::Borrowed)
                    }
                    Err(_) => return Err(ImportError::Corrupt),
                };
                // An entity only a DTD could define is left out, not expanded.
                if let Some(text) = resolved {
                    visit(Node::Text(&text));
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(())
}

/// Counts how deep the reader is inside elements whose content it skips
/// (deleted text, alternative copies, comments…).
#[derive(Default)]
pub(crate) struct Skip {
    depth: usize,
}

impl Skip {
    /// Call on every node before handling it: returns `true` when the node
    /// is to be ignored. `skipped(name)` tells which elements are skipped
    /// whole.
    pub(crate) fn enter(&mut self, node: &Node<'_, '_>, skipped: impl Fn(&[u8]) -> bool) -> bool {
        match node {
            Node::Open { name, empty, .. } => {
                if self.depth > 0 {
                    if !empty {
                        self.depth += 1;
                    }
                    true
                } else if skipped(name) {
                    if !empty {
                        self.depth = 1;
                    }
                    true
                } else {
                    false
                }
            }
            Node::Close { .. } => {
                if self.depth > 0 {
                    self.depth -= 1;
                    true
                } else {
                    false
                }
            }
            Node::Text(_) => self.depth > 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(xml: &[u8]) -> Result<String, ImportError> {
        let mut out = String::new();
        walk(xml, |n| {
            if let Node::Text(t) = n {
                out.push_str(t);
            }
        })?;
        Ok(out)
    }

    #[test]
    fn entities_and_references() {
        assert_eq!(
            texts(b"<a>AT&amp;T &#8364; &#x131; &lt;&gt;&quot;&apos;</a>").as_deref(),
            Ok("AT&T € ı <>\"'")
        );
        // No DTD: an entity it would define is dropped, never expanded.
        assert_eq!(
            texts(b"<!DOCTYPE a [<!ENTITY x \"boem\">]><a>&x;!</a>").as_deref(),
            Ok("!")
        );
    }

    #[test]
    fn utf16_parts_and_broken_xml() {
        let utf16: Vec<u8> = "\u{FEFF}<a>Wiśniewski</a>"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(texts(&utf16).as_deref(), Ok("Wiśniewski"));
        assert_eq!(texts(b"<a><b></a>"), Err(ImportError::Corrupt));
        let deep = "<a>".repeat(MAX_DEPTH + 1);
        assert_eq!(texts(deep.as_bytes()), Err(ImportError::Corrupt));
    }

    #[test]
    fn skip_counts_nesting() {
        let mut skip = Skip::default();
        let mut kept = String::new();
        walk(b"<r>a<del>b<x>c</x><y/>d</del>e<del/>f</r>", |n| {
            if skip.enter(&n, |name| name == b"del") {
                return;
            }
            if let Node::Text(t) = n {
                kept.push_str(t);
            }
        })
        .expect("walk");
        assert_eq!(kept, "aef");
        assert_eq!(skip.depth, 0);
    }
}
