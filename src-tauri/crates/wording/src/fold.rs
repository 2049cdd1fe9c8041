//! Fast matching of the built-in patterns on any text.
//!
//! The patterns use `(?i)` and a Unicode `\b`. The `regex` crate's fast engine (a lazy
//! DFA) cannot decide a Unicode `\b` on a non-ASCII byte, so one `é`, `’` or `€` in a
//! vacancy makes every search fall back to a slower engine: about 1 ms per pattern on a
//! 400-word text instead of a few µs.
//!
//! So the text is matched in an ASCII copy. Each char becomes exactly one ASCII byte (its
//! *code*, from [`Alphabet`]), and each pattern is rewritten to match codes instead of
//! chars. The rewrite is exact: a pattern accepts a char if and only if its rewritten
//! form accepts the char's code. Two chars share a code only when no pattern can tell
//! them apart (for example all letters that no pattern spells out, such as `ø` and
//! `ı`, or all white space other than ASCII), and a code is a word byte exactly when its
//! chars are word chars, so `\b` falls in the same places. A pattern for which that
//! cannot be shown is matched on the original text instead (correct, only slower). Match
//! offsets are mapped back to the original text through a table of byte offsets.
//!
//! [`Re`] wraps a pattern; [`Folded`] is a text with its ASCII copy, made once per check;
//! [`Hay`] is (a slice of) a folded text to search in. Matches give byte offsets in the
//! original text, on char boundaries, relative to the slice searched (as `regex` does).
//!
//! Most patterns match nowhere in a given vacancy. A [`Screen`] searches the whole text
//! for many patterns in one pass (a `RegexSet`); the searches of those that match nowhere
//! are then skipped.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use regex::{Regex, RegexSet, SetMatches};
use regex_syntax::hir::{Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look};

/// The code of every letter that no pattern spells out.
const LETTER: u8 = b'Q';
/// The code of decimal digits other than ASCII ones (a digit no pattern spells out).
const DIGIT: u8 = b'7';
/// The code of other word chars: combining marks, connector punctuation, joiners.
const MARK: u8 = b'_';
/// The code of white space other than ASCII.
const SPACE: u8 = 0x0B;
/// The code of every other char no pattern spells out (punctuation, symbols, emoji).
const OTHER: u8 = 0x1A;

/// Chars with a code of their own: the non-ASCII chars that the patterns spell out; the
/// two that match an ASCII letter under `(?i)` (the Kelvin sign and the long s); and the
/// combining iota subscript, a mark that `(?i)\pL` takes in as a form of `ι`.
/// The uppercase ASCII letters are free as codes because ASCII letters are folded to
/// lowercase (every pattern is case-insensitive), and the control chars used here are
/// folded to [`OTHER`].
const SPELLED: &[(char, u8)] = &[
    ('é', b'E'),
    ('É', b'E'),
    ('ë', b'D'),
    ('Ë', b'D'),
    ('\u{212A}', b'k'),
    ('\u{17F}', b's'),
    ('\u{345}', b'I'),
    ('–', 0x01),
    ('—', 0x02),
    ('€', 0x03),
    ('£', 0x04),
];

/// Which ASCII byte each char becomes.
struct Alphabet {
    ascii: [u8; 128],
    /// Every non-ASCII char by range: (first, last, code), sorted by `first`.
    ranges: Vec<(char, char, u8)>,
    /// For each code, the chars that become it.
    preimage: Vec<ClassUnicode>,
    /// For each code, how many chars become it.
    count: Vec<u64>,
}

fn unicode_class(pattern: &str) -> ClassUnicode {
    match regex_syntax::parse(pattern).map(Hir::into_kind) {
        Ok(HirKind::Class(Class::Unicode(c))) => c,
        other => unreachable!("{pattern} is a Unicode class: {other:?}"),
    }
}

fn minus(mut a: ClassUnicode, b: &ClassUnicode) -> ClassUnicode {
    a.difference(b);
    a
}

fn alphabet() -> &'static Alphabet {
    static A: OnceLock<Alphabet> = OnceLock::new();
    A.get_or_init(|| {
        let mut ascii = [0u8; 128];
        for (b, code) in (0u8..128).zip(ascii.iter_mut()) {
            *code = match b {
                b'A'..=b'Z' => b.to_ascii_lowercase(),
                // control chars that spelled chars use as codes
                _ if b.is_ascii_control() && SPELLED.iter().any(|&(_, c)| c == b) => OTHER,
                _ => b,
            };
        }
        let non_ascii = ClassUnicode::new([ClassUnicodeRange::new('\u{80}', char::MAX)]);
        let spelled = ClassUnicode::new(SPELLED.iter().map(|&(c, _)| ClassUnicodeRange::new(c, c)));
        let only = |p: &str| {
            let mut c = unicode_class(p);
            c.intersect(&non_ascii);
            minus(c, &spelled)
        };
        let (letters, digits, word, space) = (only(r"\pL"), only(r"\d"), only(r"\w"), only(r"\s"));
        let marks = minus(minus(word.clone(), &letters), &digits);
        let space = minus(space, &word);
        let other = minus(minus(minus(non_ascii, &spelled), &word), &space);
        let mut ranges = Vec::new();
        for (class, code) in [
            (&letters, LETTER),
            (&digits, DIGIT),
            (&marks, MARK),
            (&space, SPACE),
            (&other, OTHER),
        ] {
            ranges.extend(class.iter().map(|r| (r.start(), r.end(), code)));
        }
        ranges.extend(SPELLED.iter().map(|&(c, code)| (c, c, code)));
        ranges.sort_unstable();
        let mut preimage = vec![ClassUnicode::empty(); 128];
        for (b, &code) in ascii.iter().enumerate() {
            let c = char::from(b as u8);
            preimage[code as usize].push(ClassUnicodeRange::new(c, c));
        }
        for &(first, last, code) in &ranges {
            preimage[code as usize].push(ClassUnicodeRange::new(first, last));
        }
        let count = preimage
            .iter()
            .map(|p| {
                p.iter()
                    .map(|r| u64::from(r.end()) - u64::from(r.start()) + 1)
                    .sum()
            })
            .collect();
        Alphabet {
            ascii,
            ranges,
            preimage,
            count,
        }
    })
}

impl Alphabet {
    fn code(&self, c: char) -> u8 {
        if c.is_ascii() {
            return self.ascii[c as usize];
        }
        let i = self.ranges.partition_point(|r| r.0 <= c);
        // every non-ASCII char lies in a range, so `i >= 1`
        self.ranges[i.saturating_sub(1)].2
    }

    /// The codes of a class, if the class holds either all or none of the chars of each
    /// code (so the codes tell exactly the same chars apart).
    fn fold_class(&self, class: &ClassUnicode) -> Option<ClassUnicode> {
        let size: u64 = class
            .iter()
            .map(|r| u64::from(r.end()) - u64::from(r.start()) + 1)
            .sum();
        let mut codes = [false; 128];
        if size <= 256 {
            for r in class.iter() {
                for c in r.start()..=r.end() {
                    codes[self.code(c) as usize] = true;
                }
            }
            for (k, _) in codes.iter().enumerate().filter(|(_, &on)| on) {
                if self.count[k] > size {
                    return None;
                }
                for r in self.preimage[k].iter() {
                    for c in r.start()..=r.end() {
                        let inside = class
                            .ranges()
                            .binary_search_by(|x| {
                                if x.end() < c {
                                    std::cmp::Ordering::Less
                                } else if x.start() > c {
                                    std::cmp::Ordering::Greater
                                } else {
                                    std::cmp::Ordering::Equal
                                }
                            })
                            .is_ok();
                        if !inside {
                            return None;
                        }
                    }
                }
            }
        } else {
            for (k, p) in self.preimage.iter().enumerate() {
                if p.ranges().is_empty() {
                    continue;
                }
                let mut inside = p.clone();
                inside.intersect(class);
                if inside.ranges().is_empty() {
                    continue;
                }
                if !minus(p.clone(), class).ranges().is_empty() {
                    return None;
                }
                codes[k] = true;
            }
        }
        Some(ClassUnicode::new(
            codes
                .iter()
                .enumerate()
                .filter(|(_, &on)| on)
                .map(|(k, _)| char::from(k as u8))
                .map(|c| ClassUnicodeRange::new(c, c)),
        ))
    }

    /// The pattern over codes, if it is exact.
    fn fold_hir(&self, hir: &Hir) -> Option<Hir> {
        Some(match hir.kind() {
            HirKind::Empty => Hir::empty(),
            HirKind::Literal(lit) => {
                let s = std::str::from_utf8(&lit.0).ok()?;
                let mut out = Vec::with_capacity(s.len());
                for c in s.chars() {
                    let code = self.code(c);
                    // the literal must be the only char of its code
                    if self.count[code as usize] != 1 {
                        return None;
                    }
                    out.push(code);
                }
                Hir::literal(out)
            }
            HirKind::Class(Class::Unicode(c)) => Hir::class(Class::Unicode(self.fold_class(c)?)),
            HirKind::Class(Class::Bytes(_)) => return None,
            HirKind::Look(look) => match look {
                // codes are word bytes exactly for word chars, and '\n' and '\r' are
                // their own codes
                Look::Start
                | Look::End
                | Look::StartLF
                | Look::EndLF
                | Look::StartCRLF
                | Look::EndCRLF
                | Look::WordUnicode
                | Look::WordUnicodeNegate
                | Look::WordStartUnicode
                | Look::WordEndUnicode
                | Look::WordStartHalfUnicode
                | Look::WordEndHalfUnicode => Hir::look(*look),
                _ => return None,
            },
            HirKind::Repetition(rep) => {
                let mut rep = rep.clone();
                rep.sub = Box::new(self.fold_hir(&rep.sub)?);
                Hir::repetition(rep)
            }
            HirKind::Capture(cap) => Hir::capture(Capture {
                index: cap.index,
                name: cap.name.clone(),
                sub: Box::new(self.fold_hir(&cap.sub)?),
            }),
            HirKind::Concat(subs) => Hir::concat(
                subs.iter()
                    .map(|h| self.fold_hir(h))
                    .collect::<Option<Vec<_>>>()?,
            ),
            HirKind::Alternation(subs) => Hir::alternation(
                subs.iter()
                    .map(|h| self.fold_hir(h))
                    .collect::<Option<Vec<_>>>()?,
            ),
        })
    }
}

/// A built-in pattern.
pub(crate) struct Re {
    /// Tells the patterns apart for a [`Screen`].
    id: usize,
    engine: Engine,
    #[cfg(test)]
    pattern: String,
    #[cfg(test)]
    plain: OnceLock<Regex>,
}

enum Engine {
    /// The pattern over codes, run on the ASCII copy.
    Folded(Regex),
    /// The pattern itself, run on the original text (when folding it is not exact).
    Plain(Regex),
}

#[cfg(test)]
thread_local! {
    /// Tests: match every pattern on the original text, the straightforward way.
    static PLAIN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Tests: runs `f` with every pattern matched on the original text.
#[cfg(test)]
pub(crate) fn plainly<T>(f: impl FnOnce() -> T) -> T {
    PLAIN.with(|p| p.set(true));
    let out = f();
    PLAIN.with(|p| p.set(false));
    out
}

impl Re {
    /// Builds a pattern (with its own flags, e.g. `(?i)`). Panics on an invalid pattern:
    /// the patterns are built in.
    pub(crate) fn new(pattern: &str) -> Re {
        #[allow(clippy::expect_used)]
        let hir = regex_syntax::parse(pattern).expect("a valid built-in pattern");
        let folded = alphabet()
            .fold_hir(&hir)
            .and_then(|h| Regex::new(&h.to_string()).ok());
        let engine = match folded {
            Some(re) => Engine::Folded(re),
            #[allow(clippy::expect_used)]
            None => Engine::Plain(Regex::new(pattern).expect("a valid built-in pattern")),
        };
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        Re {
            id: NEXT.fetch_add(1, Ordering::Relaxed),
            engine,
            #[cfg(test)]
            pattern: pattern.to_owned(),
            #[cfg(test)]
            plain: OnceLock::new(),
        }
    }

    /// Whether the pattern runs on the ASCII copy (the fast way).
    #[cfg(test)]
    pub(crate) fn is_folded(&self) -> bool {
        matches!(self.engine, Engine::Folded(_))
    }

    /// The regex to run and whether it runs on the ASCII copy; `None` when a screen of
    /// the hay shows that the pattern matches nowhere in it.
    fn regex(&self, hay: &Hay<'_>) -> Option<(&Regex, bool)> {
        #[cfg(test)]
        if PLAIN.with(std::cell::Cell::get) {
            #[allow(clippy::expect_used)]
            let re = self
                .plain
                .get_or_init(|| Regex::new(&self.pattern).expect("a valid pattern"));
            return Some((re, false));
        }
        if hay.scan.is_some_and(|s| s.rules_out(self)) {
            return None;
        }
        Some(match &self.engine {
            Engine::Folded(re) => (re, true),
            Engine::Plain(re) => (re, false),
        })
    }

    pub(crate) fn is_match(&self, hay: Hay<'_>) -> bool {
        match self.regex(&hay) {
            None => false,
            Some((re, true)) => re.is_match(hay.ascii),
            Some((re, false)) => re.is_match(hay.text),
        }
    }

    pub(crate) fn find<'h>(&self, hay: Hay<'h>) -> Option<Match<'h>> {
        match self.regex(&hay)? {
            (re, true) => re.find(hay.ascii).map(|m| hay.back(m.start(), m.end())),
            (re, false) => re.find(hay.text).map(|m| hay.same(m.start(), m.end())),
        }
    }

    pub(crate) fn find_iter<'h>(&self, hay: Hay<'h>) -> std::vec::IntoIter<Match<'h>> {
        let out: Vec<Match<'h>> = match self.regex(&hay) {
            None => Vec::new(),
            Some((re, true)) => re
                .find_iter(hay.ascii)
                .map(|m| hay.back(m.start(), m.end()))
                .collect(),
            Some((re, false)) => re
                .find_iter(hay.text)
                .map(|m| hay.same(m.start(), m.end()))
                .collect(),
        };
        out.into_iter()
    }

    pub(crate) fn captures<'h>(&self, hay: Hay<'h>) -> Option<Captures<'h>> {
        match self.regex(&hay)? {
            (re, true) => re.captures(hay.ascii).map(|c| hay.captures(&c, true)),
            (re, false) => re.captures(hay.text).map(|c| hay.captures(&c, false)),
        }
    }

    pub(crate) fn captures_iter<'h>(&self, hay: Hay<'h>) -> std::vec::IntoIter<Captures<'h>> {
        let out: Vec<Captures<'h>> = match self.regex(&hay) {
            None => Vec::new(),
            Some((re, true)) => re
                .captures_iter(hay.ascii)
                .map(|c| hay.captures(&c, true))
                .collect(),
            Some((re, false)) => re
                .captures_iter(hay.text)
                .map(|c| hay.captures(&c, false))
                .collect(),
        };
        out.into_iter()
    }
}

/// Patterns searched for together, in one pass over a whole text.
pub(crate) struct Screen {
    /// The patterns that run on the ASCII copy, by [`Re::id`], in the order of `set`.
    ids: Vec<usize>,
    set: Option<RegexSet>,
}

impl Screen {
    pub(crate) fn new(patterns: &[&Re]) -> Screen {
        let (ids, folded): (Vec<usize>, Vec<&str>) = patterns
            .iter()
            .filter_map(|re| match &re.engine {
                Engine::Folded(r) => Some((re.id, r.as_str())),
                Engine::Plain(_) => None,
            })
            .unzip();
        Screen {
            ids,
            set: RegexSet::new(folded).ok(),
        }
    }

    /// Which of the patterns match somewhere in the hay.
    pub(crate) fn scan(&'static self, hay: Hay<'_>) -> Scan {
        Scan {
            screen: self,
            matched: self.set.as_ref().map(|s| s.matches(hay.ascii)),
        }
    }
}

/// What a [`Screen`] found in one text.
pub(crate) struct Scan {
    screen: &'static Screen,
    matched: Option<SetMatches>,
}

impl Scan {
    /// Whether the pattern is known to match nowhere in the text.
    fn rules_out(&self, re: &Re) -> bool {
        let Some(matched) = &self.matched else {
            return false;
        };
        self.screen
            .ids
            .iter()
            .position(|&id| id == re.id)
            .is_some_and(|k| !matched.matched(k))
    }
}

/// A text and its ASCII copy (one byte per char).
pub(crate) struct Folded<'a> {
    text: &'a str,
    ascii: String,
    /// The byte offset in `text` of each char, and `text.len()` last; empty when `text`
    /// is ASCII (then offsets are the same in both).
    offsets: Vec<usize>,
}

impl<'a> Folded<'a> {
    pub(crate) fn new(text: &'a str) -> Folded<'a> {
        let a = alphabet();
        let mut ascii = String::with_capacity(text.len());
        let mut offsets = Vec::new();
        if text.is_ascii() {
            ascii.extend(text.bytes().map(|b| char::from(a.ascii[b as usize])));
        } else {
            offsets.reserve(text.len() + 1);
            for (i, c) in text.char_indices() {
                ascii.push(char::from(a.code(c)));
                offsets.push(i);
            }
            offsets.push(text.len());
        }
        Folded {
            text,
            ascii,
            offsets,
        }
    }

    /// The whole text, to search in.
    pub(crate) fn hay(&self) -> Hay<'_> {
        Hay {
            text: self.text,
            ascii: &self.ascii,
            offsets: &self.offsets,
            scan: None,
        }
    }
}

/// A slice of a [`Folded`] text to search in.
#[derive(Clone, Copy)]
pub(crate) struct Hay<'a> {
    text: &'a str,
    ascii: &'a str,
    /// As in [`Folded`], for this slice (offsets are still those of the whole text).
    offsets: &'a [usize],
    /// What a screen found in this (whole) text.
    scan: Option<&'a Scan>,
}

impl<'a> Hay<'a> {
    /// The whole text with what a screen found in it (`scan` must come from this hay).
    pub(crate) fn with_scan(self, scan: &'a Scan) -> Hay<'a> {
        Hay {
            scan: Some(scan),
            ..self
        }
    }

    /// The original text of this slice.
    pub(crate) fn as_str(&self) -> &'a str {
        self.text
    }

    /// The slice `start..end` (byte offsets in this slice, on char boundaries), as
    /// `&text[start..end]` would give it.
    pub(crate) fn slice(&self, start: usize, end: usize) -> Hay<'a> {
        let text = &self.text[start..end];
        if self.offsets.is_empty() {
            return Hay {
                text,
                ascii: &self.ascii[start..end],
                offsets: &[],
                scan: None,
            };
        }
        let base = self.offsets[0];
        let at = |b: usize| self.offsets.partition_point(|&o| o < base + b);
        let (a, z) = (at(start), at(end));
        Hay {
            text,
            ascii: &self.ascii[a..z],
            offsets: &self.offsets[a..=z],
            scan: None,
        }
    }

    /// A byte offset in this slice of the original text, from one in the ASCII copy.
    fn offset(&self, i: usize) -> usize {
        match self.offsets.first() {
            Some(base) => self.offsets[i] - base,
            None => i,
        }
    }

    fn back(&self, start: usize, end: usize) -> Match<'a> {
        self.same(self.offset(start), self.offset(end))
    }

    fn same(&self, start: usize, end: usize) -> Match<'a> {
        Match {
            text: self.text,
            start,
            end,
        }
    }

    fn captures(&self, c: &regex::Captures<'_>, folded: bool) -> Captures<'a> {
        Captures {
            text: self.text,
            spans: c
                .iter()
                .map(|m| {
                    m.map(|m| match folded {
                        true => (self.offset(m.start()), self.offset(m.end())),
                        false => (m.start(), m.end()),
                    })
                })
                .collect(),
        }
    }
}

/// A match: byte offsets in the slice searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Match<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl<'a> Match<'a> {
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    pub(crate) fn end(&self) -> usize {
        self.end
    }

    pub(crate) fn as_str(&self) -> &'a str {
        &self.text[self.start..self.end]
    }
}

/// The groups of one match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Captures<'a> {
    text: &'a str,
    spans: Vec<Option<(usize, usize)>>,
}

impl<'a> Captures<'a> {
    /// Group `i` (0 is the whole match), if it took part in the match.
    pub(crate) fn get(&self, i: usize) -> Option<Match<'a>> {
        let (start, end) = (*self.spans.get(i)?)?;
        Some(Match {
            text: self.text,
            start,
            end,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{check, check_structure, Lang};

    fn patterns() -> Vec<&'static Re> {
        let mut all = crate::rules::all_patterns();
        all.extend(crate::structure::all_patterns());
        all
    }

    fn contains(class: &ClassUnicode, c: char) -> bool {
        class
            .ranges()
            .binary_search_by(|r| {
                if r.end() < c {
                    std::cmp::Ordering::Less
                } else if r.start() > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    }

    /// Texts full of what made matching slow or could make the ASCII copy wrong.
    const TEXTS: &[&str] = &[
        "Wij zoeken één enthousiaste collega voor ons jonge en dynamische team in Zürich — geïnteresseerd? \
         Je bent een echte teamspeler van 18–25 jaar, kerngezond en een man.\r\n\
         Stuur je cv mét pasfoto naar info@bakkerij.nl 😀.\r\n\
         • Je past in ons team en bent één van ons; een van ons; ÉÉN VAN ONS.\r\n",
        "Een vrouw of één man gezocht. Wij zoeken een vrouw voor de kassa. Wij zoeken één vrouw. \
         Hé, ben jij die ene? Een heer. Een meisje. Een dame van 50+.",
        "Onze collega’s Fatma Yılmaz, İsmail Şahin en Çağrı Öztürk spreken Turks als moedertaal. \
         Wij zoeken iemand met de Türkse nationaliteit. Işık en ılık.",
        "Łukasz Wójcik en Małgorzata Łęcka (Pools, native speaker) — zażółć gęślą jaźń. \
         Je bent een echte Nederlandse. Een Poolse afkomst is een pré.",
        "Олег Петров и Наталья из Київ: native Russian speaker, русский язык, moedertaal Russisch.",
        "Een mbo-diploma is vereist, of sociale hygiëne. SOCIALE HYGIËNE is verplicht. \
         Een hbo-diploma is een pré. Een hbo-diploma is een pre. Sociale hygiene is vereist. Résumé of resume.",
        "Het loon is € 2.350 – € 2.780 bruto per maand. Pay: £24,000—£28,000 a year. \
         Salaris €2400-€2800. Je verdient ٢٠ tot ٣٠ euro. Leeftijd: ２０-３０. Tussen de\u{a0}18 en\u{a0}25\u{a0}jaar. \
         Tussen de 18\u{202f}en 25 jaar oud. Max. 30\u{2009}jaar.",
        "‘Wat je kunt’ en “native speaker” zijn citaten. Onze mama’s en papa’s. Ideaal voor mama’s! \
         Perfect for stay‑at‑home moms. Ideale bijbaan voor moeders.",
        "Cafe\u{301} Zoë zoekt een ﬂexibele medewerker. \u{212A}inderloos en ſtressbestendig. \
         Geen kinderen of andere zorgtaken. Je hebt geen \u{212A}IDS. e\u{308}en man, een\u{200d}man.",
        "👩‍🍳 Kok gezocht! Je bent 25-35 jaar, fit en gezond. Je hebt een goede conditie.\n\
         - Representatief uiterlijk\n- Geen tatoeages of piercings\n- Geen hoofddoek\n\
         - Gastvrouw/gastheer (m/v) – of een steward(ess)\n- Hij/zij werkt snel\n\
         Wij zoeken een serveerster. Ben je zwanger? Wat is je huidige salaris? Stuur je loonstrook mee.",
        "You’re a native English speaker, a digital native and a recent graduate — a culture fit! \
         We are looking for a young and dynamic team player; he works fast. No older than 30. \
         Send your résumé with a recent photo. Physically fit; able‑bodied.\r\n\
         Are you married? Do you have children? Where are you originally from?",
        "",
        "é",
        "\u{301}\u{301}",
        "Æble, ØRESUND, straße, STRASSE, œuvre, ĳs, Ĳsselmeer: ß ẞ ǅ ǈ ʼn ﬀ. Ⅻ ⅻ ² ½ ௰ ٣٠ jaar.",
    ];

    /// The same texts with more accents, other spaces and other dashes and quotes.
    fn variants() -> Vec<String> {
        let mut out: Vec<String> = TEXTS.iter().map(|t| (*t).to_owned()).collect();
        for t in TEXTS {
            out.push(
                t.chars()
                    .map(|c| match c {
                        'e' => 'é',
                        'i' => 'ï',
                        'o' => 'ö',
                        ' ' => '\u{a0}',
                        '\'' => '’',
                        '-' => '–',
                        _ => c,
                    })
                    .collect(),
            );
            out.push(
                t.chars()
                    .map(|c| match c {
                        'a' => 'ä',
                        'u' => 'ü',
                        'E' => 'É',
                        'k' => '\u{212A}',
                        's' => 'ſ',
                        '.' => '…',
                        _ => c,
                    })
                    .collect(),
            );
            out.push(t.replace('\n', "\r\n").to_uppercase());
        }
        out
    }

    fn spans(text: &str, c: &regex::Captures<'_>) -> Vec<Option<(usize, usize)>> {
        c.iter()
            .map(|m| {
                m.map(|m| {
                    assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
                    (m.start(), m.end())
                })
            })
            .collect()
    }

    fn folded_spans(text: &str, c: &Captures<'_>) -> Vec<Option<(usize, usize)>> {
        (0..c.spans.len())
            .map(|i| {
                c.get(i).map(|m| {
                    assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
                    assert_eq!(m.as_str(), &text[m.start()..m.end()]);
                    (m.start(), m.end())
                })
            })
            .collect()
    }

    /// The straightforward way: the pattern itself on the original text.
    fn plain(re: &Re) -> Regex {
        Regex::new(&re.pattern).unwrap()
    }

    #[test]
    fn every_built_in_pattern_runs_on_the_ascii_copy() {
        for re in patterns() {
            assert!(
                re.is_folded(),
                "not exact on the ASCII copy: {}",
                re.pattern
            );
        }
    }

    #[test]
    fn every_char_gets_an_ascii_code_of_the_same_kind() {
        let a = alphabet();
        // `\w` decides `\b`; the others as the (case-insensitive) patterns see them
        let classes = [r"\w", r"(?i)\pL", r"(?i)\d", r"(?i)\s"].map(unicode_class);
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let code = a.code(c);
            assert!(code.is_ascii(), "{c:?}");
            let k = char::from(code);
            for (i, class) in classes.iter().enumerate() {
                assert_eq!(
                    contains(class, c),
                    contains(class, k),
                    "{c:?} {k:?} class {i}"
                );
            }
            assert!(contains(&a.preimage[code as usize], c), "{c:?}");
        }
        for (i, p) in a.preimage.iter().enumerate() {
            let n: u64 = p
                .iter()
                .map(|r| u64::from(r.end()) - u64::from(r.start()) + 1)
                .sum();
            assert_eq!(n, a.count[i]);
        }
    }

    /// For every class in every pattern: a char is in the class exactly when its code is
    /// in the folded class (checked on all chars up to U+2FFF and on the spelled ones).
    #[test]
    fn folded_classes_hold_the_codes_of_exactly_their_chars() {
        let a = alphabet();
        let mut classes = Vec::new();
        fn collect(h: &Hir, out: &mut Vec<ClassUnicode>) {
            match h.kind() {
                HirKind::Class(Class::Unicode(c)) => out.push(c.clone()),
                HirKind::Repetition(r) => collect(&r.sub, out),
                HirKind::Capture(c) => collect(&c.sub, out),
                HirKind::Concat(s) | HirKind::Alternation(s) => {
                    s.iter().for_each(|h| collect(h, out))
                }
                _ => {}
            }
        }
        for re in patterns() {
            collect(&regex_syntax::parse(&re.pattern).unwrap(), &mut classes);
        }
        classes.sort_by(|x, y| x.ranges().cmp(y.ranges()));
        classes.dedup();
        let chars: Vec<char> = (0..0x3000u32)
            .filter_map(char::from_u32)
            .chain(SPELLED.iter().map(|&(c, _)| c))
            .chain(['\u{1F600}', '\u{FEFF}', '\u{FF10}', '\u{1D400}', '\u{E000}'])
            .collect();
        for class in &classes {
            let folded = a.fold_class(class).unwrap();
            for &c in &chars {
                assert_eq!(
                    contains(class, c),
                    contains(&folded, char::from(a.code(c))),
                    "{c:?} in {class:?}"
                );
            }
        }
    }

    #[test]
    fn matches_are_those_of_the_plain_pattern() {
        let texts = variants();
        for re in patterns() {
            let plain = plain(re);
            for text in &texts {
                let folded = Folded::new(text);
                let hay = folded.hay();
                let want: Vec<_> = plain.captures_iter(text).map(|c| spans(text, &c)).collect();
                let got: Vec<_> = re
                    .captures_iter(hay)
                    .map(|c| folded_spans(text, &c))
                    .collect();
                assert_eq!(got, want, "{}\n{text}", re.pattern);
                let want: Vec<_> = plain
                    .find_iter(text)
                    .map(|m| (m.start(), m.end()))
                    .collect();
                let got: Vec<_> = re.find_iter(hay).map(|m| (m.start(), m.end())).collect();
                assert_eq!(got, want, "{}\n{text}", re.pattern);
                // slices: every sentence, and a spread of other char boundaries
                let bounds: Vec<usize> = text
                    .char_indices()
                    .map(|(i, _)| i)
                    .chain([text.len()])
                    .collect();
                let mut cuts: Vec<(usize, usize)> = Vec::new();
                for (k, &s) in bounds.iter().enumerate().step_by(13) {
                    for &e in bounds[k..].iter().step_by(29) {
                        cuts.push((s, e));
                    }
                    cuts.push(crate::text::sentence_at(text, s));
                }
                for (s, e) in cuts {
                    let slice = &text[s..e];
                    let sub = hay.slice(s, e);
                    assert_eq!(sub.as_str(), slice);
                    assert_eq!(
                        re.is_match(sub),
                        plain.is_match(slice),
                        "{}\n{slice}",
                        re.pattern
                    );
                    let want = plain.find(slice).map(|m| (m.start(), m.end()));
                    let got = re.find(sub).map(|m| (m.start(), m.end()));
                    assert_eq!(got, want, "{}\n{slice}", re.pattern);
                    let want = plain.captures(slice).map(|c| spans(slice, &c));
                    let got = re.captures(sub).map(|c| folded_spans(slice, &c));
                    assert_eq!(got, want, "{}\n{slice}", re.pattern);
                }
            }
        }
    }

    #[test]
    fn check_finds_what_it_finds_with_the_plain_patterns() {
        for text in variants() {
            for lang in [Lang::Nl, Lang::En] {
                let want = plainly(|| check(&text, lang));
                assert_eq!(check(&text, lang), want, "{text}");
                let want = plainly(|| check_structure(&text, lang, None));
                assert_eq!(check_structure(&text, lang, None), want, "{text}");
            }
        }
    }
}
