//! One-click rewrites for a finding (PRODUCT.md §3.1 step 3 and 6): "Vervang door: …".
//!
//! A [`Finding`] only carries advice. [`rewrites`] turns it into 0–3 concrete edits of
//! the text, best first. Each edit replaces a byte range (often wider than the finding:
//! the trait list, the clause or the whole sentence) so the result stays a sentence.
//! Where no safe edit exists (age, health, religion, family, origin other than a
//! language demand, most appearance, pronouns, masculine-coded words) the list is empty
//! and the editor shows only the advice.
//!
//! Rules, per category:
//! - **TRAIT**: the trait is taken out of its list ("je bent X en Y", "een X en Y
//!   collega", "- X en Y", "you are X", "a X team player"); what is left of the sentence
//!   stays, and a behavioural sentence for the trait follows. When nothing sensible is
//!   left ("Je bent stressbestendig."), the behavioural sentence replaces the sentence.
//! - **SEX** (gendered job title): the neutral title, also inside a compound
//!   ("tandartsassistente" → "tandartsassistent").
//! - **ORIGIN** (native speaker, moedertaal, accentloos): "Je spreekt Nederlands op
//!   B1-niveau" / "You speak English at B1 level", with the language of the text.
//! - **DIPLOMA**: ", of vergelijkbare ervaring" / ", or equivalent experience" at the end
//!   of the sentence.
//! - **PAY_HISTORY**, a **photo**: remove the sentence (for a photo also just the words
//!   "met foto").
//! - **CULTURE_FIT**: a sentence about working together replaces the sentence.
//! - **APPEARANCE** "representatief"/"verzorgd"/"presentable": a sentence about how you
//!   treat customers or the work clothes.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::Serialize;

use crate::lexicon::{self, nl_forms};
use crate::text::{self, Word};
use crate::{Bilingual, Category, Finding, Lang};

/// One edit the editor can apply with one click.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rewrite {
    /// Byte range in the text to replace (on char boundaries; may be wider than the
    /// finding, or empty for an insertion).
    pub start: usize,
    pub end: usize,
    /// The replacement, in the text's language ("" removes the range).
    pub text: String,
    /// Short button text.
    pub label: Bilingual,
}

impl Rewrite {
    /// The text with this rewrite applied.
    pub fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + self.text.len());
        out.push_str(&text[..self.start]);
        out.push_str(&self.text);
        out.push_str(&text[self.end..]);
        out
    }
}

/// 0–3 rewrites for a finding in `text`, best first.
pub fn rewrites(text: &str, finding: &Finding, lang: Lang) -> Vec<Rewrite> {
    let mut judge = Judge::new(text, lang, None);
    best(text, finding, lang, &mut judge)
}

/// The findings of a text, each with its rewrites: the same as [`crate::check`] and then
/// [`rewrites`] for each finding, but the text itself is checked only once, and each
/// rewritten text once (the editor asks for all of it on every keystroke).
pub fn check_with_rewrites(text: &str, lang: Lang) -> Vec<(Finding, Vec<Rewrite>)> {
    let found = crate::check(text, lang);
    let mut judge = Judge::new(text, lang, Some(&found));
    let offered: Vec<Vec<Rewrite>> = found
        .iter()
        .map(|f| best(text, f, lang, &mut judge))
        .collect();
    found.into_iter().zip(offered).collect()
}

/// Findings as a multiset of (category, lower-case phrase).
type Counts = HashMap<(Category, String), isize>;

fn counts(found: &[Finding], text: &str) -> Counts {
    let mut out = Counts::new();
    for f in found {
        *out.entry(key(f, text)).or_insert(0) += 1;
    }
    out
}

fn key(f: &Finding, text: &str) -> (Category, String) {
    (f.category, f.slice(text).to_lowercase())
}

/// Decides whether a rewrite solves its finding (see [`Judge::solves`]), checking the text
/// and each rewritten text only once.
struct Judge<'t> {
    text: &'t str,
    lang: Lang,
    before: Option<Counts>,
    /// The findings of each rewritten text checked so far.
    after: HashMap<String, Counts>,
}

impl<'t> Judge<'t> {
    /// `found`: the findings of `text`, when already known.
    fn new(text: &'t str, lang: Lang, found: Option<&[Finding]>) -> Judge<'t> {
        Judge {
            text,
            lang,
            before: found.map(|f| counts(f, text)),
            after: HashMap::new(),
        }
    }

    /// Does the rewrite remove the finding without bringing in a new one? Findings are
    /// compared as (category, lower-case phrase), so findings elsewhere that only move
    /// count as the same.
    fn solves(&mut self, finding: &Finding, r: &Rewrite) -> bool {
        let (text, lang) = (self.text, self.lang);
        let before = self
            .before
            .get_or_insert_with(|| counts(&crate::check(text, lang), text));
        let changed = r.apply(text);
        let after = self
            .after
            .entry(changed)
            .or_insert_with_key(|changed| counts(&crate::check(changed, lang), changed));
        let mut diff = before.clone();
        for (k, n) in after.iter() {
            *diff.entry(k.clone()).or_insert(0) -= n;
        }
        // every count must stay >= 0 (no new finding), the target's must go up by one or more
        diff.values().all(|&n| n >= 0) && diff.get(&key(finding, text)).is_some_and(|&n| n >= 1)
    }
}

/// The first three candidate rewrites that solve the finding, without repeats.
fn best(text: &str, finding: &Finding, lang: Lang, judge: &mut Judge<'_>) -> Vec<Rewrite> {
    let mut kept: Vec<Rewrite> = Vec::new();
    for r in candidates(text, finding, lang, judge) {
        if kept.len() == 3 {
            break;
        }
        let valid = r.start <= r.end && r.end <= text.len() && text.get(r.start..r.end).is_some();
        // the same edit as the one just kept (the label may differ) adds nothing
        let repeat = kept
            .last()
            .is_some_and(|k| k.start == r.start && k.end == r.end && k.text == r.text);
        if valid && !repeat && judge.solves(finding, &r) {
            kept.push(r);
        }
    }
    kept
}

/// The rewrites to try for a finding, best first.
fn candidates(text: &str, finding: &Finding, lang: Lang, judge: &mut Judge<'_>) -> Vec<Rewrite> {
    if finding.start >= finding.end
        || finding.end > text.len()
        || !text.is_char_boundary(finding.start)
        || !text.is_char_boundary(finding.end)
    {
        return Vec::new();
    }
    let slice = finding.slice(text).to_lowercase();
    match finding.category {
        Category::Trait => traits(text, finding, lang, judge),
        Category::Sex => title(text, finding),
        Category::Origin => language(text, finding, lang, &slice),
        Category::Diploma => diploma(text, finding, lang),
        Category::PayHistory => remove_sentence(text, finding.start).into_iter().collect(),
        Category::Appearance if slice.contains("foto") || slice.contains("photo") => {
            photo(text, finding)
        }
        Category::Appearance => appearance(text, finding, lang, &slice),
        Category::CultureFit => replace_sentence(
            text,
            finding.start,
            match lang {
                Lang::Nl => &[
                    "Je overlegt elke ochtend kort met je collega's over de planning",
                    "Je helpt je collega's en je vraagt hulp als je die nodig hebt",
                ],
                Lang::En => &[
                    "Every morning you briefly discuss the planning with your colleagues",
                    "You help your colleagues and ask for help when you need it",
                ],
            },
        ),
        _ => Vec::new(),
    }
}

fn replace_label(new: &str) -> Bilingual {
    Bilingual {
        nl: format!("Vervang door: {new}"),
        en: format!("Replace with: {new}"),
    }
}

fn remove_label() -> Bilingual {
    Bilingual {
        nl: "Zin weghalen".into(),
        en: "Remove sentence".into(),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A sentence for the editor: `start` after white space and a bullet marker, `end`
/// before trailing white space and the end mark, `mark_end` after the end mark (`.`,
/// `!`, `?`) when there is one.
#[derive(Debug, Clone, Copy)]
struct Sentence {
    start: usize,
    end: usize,
    mark_end: usize,
}

fn sentence(text: &str, pos: usize) -> Sentence {
    let (s, e) = text::sentence_at(text, pos);
    let raw = &text[s..e];
    let lead = raw.len()
        - raw
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '-' | '•' | '*' | '–' | '·')
            })
            .len();
    let mut start = s + lead;
    // never skip past the position itself (a finding that starts with "-")
    if start > pos {
        start = s + (raw.len() - raw.trim_start().len());
    }
    let end = (s + raw.trim_end().len()).max(start);
    let mark_end = match text[e..].chars().next() {
        Some(c @ ('.' | '!' | '?')) => e + c.len_utf8(),
        _ => end,
    };
    // a mark only counts when only white space lay between
    let mark_end = if text[end..e].trim().is_empty() {
        mark_end
    } else {
        end
    };
    Sentence {
        start,
        end,
        mark_end,
    }
}

/// Replace the whole sentence around `pos` by each of the given sentences.
fn replace_sentence(text: &str, pos: usize, options: &[&str]) -> Vec<Rewrite> {
    let s = sentence(text, pos);
    let dot = if s.mark_end > s.end { "." } else { "" };
    options
        .iter()
        .map(|o| Rewrite {
            start: s.start,
            end: s.mark_end,
            text: format!("{o}{dot}"),
            label: replace_label(o),
        })
        .collect()
}

/// Remove the sentence around `pos` with its end mark and the white space around it;
/// a sentence that is a whole line goes with its line.
fn remove_sentence(text: &str, pos: usize) -> Option<Rewrite> {
    let s = sentence(text, pos);
    let (ls, le) = text::line_at(text, pos);
    let before = &text[ls..s.start];
    let after = &text[s.mark_end..le];
    let (start, end) = if before
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '•' | '*' | '–' | '·'))
        .is_empty()
        && after.trim().is_empty()
    {
        // the whole line, with one line break
        if le < text.len() {
            (ls, le + 1)
        } else if ls > 0 {
            (ls - 1, le)
        } else {
            (ls, le)
        }
    } else if !after.trim().is_empty() {
        // followed by more on the line: take the spaces after it
        let spaces = after.len() - after.trim_start().len();
        (s.start, s.mark_end + spaces)
    } else {
        // the last sentence on the line: take the spaces before it
        let spaces = before.len() - before.trim_end().len();
        (s.start - spaces, s.mark_end)
    };
    Some(Rewrite {
        start,
        end,
        text: String::new(),
        label: remove_label(),
    })
}

// ---------------------------------------------------------------------------------------
// TRAIT

/// Behavioural sentences per trait (no final full stop), general enough for any job.
fn behaviours(trait_word: &str, lang: Lang) -> &'static [&'static str] {
    let w = trait_word;
    let has = |p: &[&str]| p.iter().any(|p| w.starts_with(p));
    match lang {
        Lang::Nl => {
            if has(&["stress", "belastbaar", "evenwichtig", "stabiel"]) {
                &[
                    "Je blijft rustig en vriendelijk als het druk is",
                    "Je houdt overzicht als er veel tegelijk gebeurt",
                ]
            } else if has(&["flexib"]) {
                &[
                    "Je springt in als een collega ziek is",
                    "Je werkt soms op zaterdag, in overleg",
                ]
            } else if has(&[
                "teamplayer",
                "teamspeler",
                "teamgericht",
                "collegiaal",
                "collegiale",
            ]) {
                &[
                    "Je helpt een collega als die het druk heeft",
                    "Je overlegt met je collega's wie wat doet",
                ]
            } else if has(&["zelfstandig", "zelfstarter"]) {
                &[
                    "Je plant je eigen werk en je vraagt hulp als dat nodig is",
                    "Je maakt je taken af zonder dat iemand je eraan herinnert",
                ]
            } else if has(&["communicatie"]) {
                &[
                    "Je legt dingen duidelijk uit aan klanten en collega's",
                    "Je vertelt het je collega's als er iets verandert",
                ]
            } else if has(&["klant", "service", "gastvrij"]) {
                &[
                    "Je helpt klanten vriendelijk, ook als ze boos zijn",
                    "Je vraagt door tot je weet wat de klant nodig heeft",
                ]
            } else if has(&["leergierig"]) {
                &[
                    "Je leert nieuwe dingen en je vraagt het als je iets niet weet",
                    "Je volgt de cursussen die bij het werk horen",
                ]
            } else if has(&[
                "gedreven",
                "gemotiveerd",
                "ambiti",
                "enthousiast",
                "energiek",
                "passievol",
                "gepassioneerd",
                "hardwerkend",
                "harde werker",
                "doorzett",
            ]) {
                &[
                    "Je maakt af waar je aan begint",
                    "Je komt met ideeën om het werk beter te doen",
                ]
            } else if has(&[
                "proactie",
                "pro-actie",
                "ondernemend",
                "initiatiefrijk",
                "daadkrachtig",
                "slagvaardig",
                "aanpakker",
                "doener",
                "hands-on",
            ]) {
                &[
                    "Je ziet wat er moet gebeuren en je pakt het op",
                    "Je zegt het als iets beter kan",
                ]
            } else if has(&["creatie"]) {
                &["Je bedenkt een oplossing als iets niet volgens plan gaat"]
            } else if has(&["resultaatgericht", "doelgericht", "oplossingsgericht"]) {
                &[
                    "Je maakt je werk af op de tijd die we hebben afgesproken",
                    "Je zoekt een oplossing als iets niet lukt",
                ]
            } else if has(&[
                "sociaal",
                "sociale",
                "vriendelijk",
                "gezellig",
                "vrolijk",
                "positie",
                "extravert",
                "extrovert",
                "spontaan",
                "spontane",
                "charmant",
                "innemend",
                "humor",
            ]) {
                &[
                    "Je maakt makkelijk een praatje met klanten",
                    "Je heet klanten welkom en je helpt ze verder",
                ]
            } else if has(&["geduldig"]) {
                &["Je legt iets rustig nog een keer uit als dat nodig is"]
            } else if has(&["empathisch", "zorgzaam", "behulpzaam"]) {
                &["Je luistert naar wat iemand nodig heeft en je helpt waar je kunt"]
            } else if has(&["loyaal", "loyale"]) {
                &["Je houdt je aan de afspraken die we samen maken"]
            } else {
                &[]
            }
        }
        Lang::En => {
            if has(&["stress", "resilient", "calm"]) {
                &[
                    "You stay calm and friendly when it is busy",
                    "You keep track of things when a lot happens at once",
                ]
            } else if has(&["flexible"]) {
                &[
                    "You step in when a colleague is ill",
                    "You sometimes work on Saturdays, by arrangement",
                ]
            } else if has(&["team player", "team-player", "teamplayer", "team-oriented"]) {
                &[
                    "You help a colleague who is busy",
                    "You agree with your colleagues on who does what",
                ]
            } else if has(&[
                "independent",
                "self-starter",
                "self starter",
                "self-motivated",
            ]) {
                &[
                    "You plan your own work and ask for help when you need it",
                    "You finish your tasks without anyone reminding you",
                ]
            } else if has(&["communicative"]) {
                &[
                    "You explain things clearly to customers and colleagues",
                    "You tell your colleagues when something changes",
                ]
            } else if has(&["customer", "hospitable", "friendly"]) {
                &[
                    "You help customers in a friendly way, even when they are upset",
                    "You ask questions until you know what the customer needs",
                ]
            } else if has(&["eager to learn"]) {
                &[
                    "You learn new things and ask when you do not know something",
                    "You take the courses that come with the work",
                ]
            } else if has(&[
                "driven",
                "motivated",
                "ambitious",
                "enthusiastic",
                "passionate",
                "hard-working",
                "hardworking",
                "hard worker",
                "energetic",
                "hungry",
            ]) {
                &[
                    "You finish what you start",
                    "You come up with ideas to do the work better",
                ]
            } else if has(&[
                "proactive",
                "pro-active",
                "entrepreneurial",
                "go-getter",
                "gogetter",
            ]) {
                &[
                    "You see what needs doing and pick it up",
                    "You speak up when something could be better",
                ]
            } else if has(&["creative"]) {
                &["You find a solution when something does not go to plan"]
            } else if has(&["results", "result-"]) {
                &[
                    "You finish your work by the agreed time",
                    "You look for a solution when something does not work",
                ]
            } else if has(&[
                "sociable",
                "outgoing",
                "cheerful",
                "bubbly",
                "extrovert",
                "upbeat",
                "positive",
                "charming",
                "people person",
                "easy-going",
                "easygoing",
                "fun-loving",
                "spontaneous",
            ]) {
                &[
                    "You easily chat with customers",
                    "You welcome customers and help them on their way",
                ]
            } else if has(&["patient"]) {
                &["You calmly explain something again when needed"]
            } else if has(&["empathetic", "caring"]) {
                &["You listen to what someone needs and help where you can"]
            } else {
                &[]
            }
        }
    }
}

fn trait_set() -> &'static HashSet<String> {
    static S: OnceLock<HashSet<String>> = OnceLock::new();
    S.get_or_init(|| {
        let mut set = HashSet::new();
        for w in lexicon::TRAITS_NL {
            set.extend(nl_forms(w));
        }
        for w in lexicon::TRAITS_EN.iter().chain(lexicon::TRAIT_NOUNS) {
            set.insert((*w).to_owned());
        }
        set
    })
}

const CONJ: &[&str] = &["en", "of", "and", "or", "en/of", "and/or"];
const INTENS: &[&str] = &[
    "zeer",
    "heel",
    "erg",
    "echt",
    "echte",
    "super",
    "enorm",
    "ontzettend",
    "very",
    "really",
    "extremely",
    "highly",
    "truly",
    "real",
    "true",
];
const PERSON: &[&str] = &[
    "medewerker",
    "medewerkers",
    "collega",
    "collega's",
    "kracht",
    "krachten",
    "persoon",
    "personen",
    "kandidaat",
    "kandidaten",
    "employee",
    "employees",
    "colleague",
    "colleagues",
    "person",
    "people",
    "candidate",
    "candidates",
    "worker",
    "workers",
    "professional",
    "professionals",
    "individual",
    "team",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Trait,
    Conj,
    Intens,
    Other,
}

/// Words of the sentence grouped into units: trait phrases (up to three words),
/// conjunctions, intensifiers and other words. (start, end, first word, kind)
fn units(text: &str, words: &[Word]) -> Vec<(usize, usize, Kind)> {
    let set = trait_set();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut matched = 0;
        for n in (1..=3).rev() {
            if i + n > words.len() {
                continue;
            }
            let gaps =
                (i..i + n - 1).all(|k| text[words[k].end..words[k + 1].start].trim().is_empty());
            if !gaps {
                continue;
            }
            let phrase = words[i..i + n]
                .iter()
                .map(|w| w.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if set.contains(&phrase) {
                matched = n;
                break;
            }
        }
        if matched > 0 {
            out.push((words[i].start, words[i + matched - 1].end, Kind::Trait));
            i += matched;
            continue;
        }
        let l = words[i].lower.as_str();
        let kind = if CONJ.contains(&l) {
            Kind::Conj
        } else if INTENS.contains(&l) {
            Kind::Intens
        } else {
            Kind::Other
        };
        out.push((words[i].start, words[i].end, kind));
        i += 1;
    }
    out
}

fn traits(text: &str, f: &Finding, lang: Lang, judge: &mut Judge<'_>) -> Vec<Rewrite> {
    let key = f.slice(text).to_lowercase();
    let options = behaviours(&key, lang);
    if options.is_empty() {
        return Vec::new();
    }
    let s = sentence(text, f.start);
    if f.end > s.end {
        return Vec::new();
    }
    let words: Vec<Word> = text::words(&text[s.start..s.end])
        .into_iter()
        .map(|mut w| {
            w.start += s.start;
            w.end += s.start;
            w
        })
        .collect();
    let units = units(text, &words);
    let Some(ui) = units.iter().position(|u| u.0 <= f.start && f.start < u.1) else {
        return replace_sentence(text, f.start, options);
    };
    if units[ui].2 != Kind::Trait {
        return replace_sentence(text, f.start, options);
    }
    let joinable = |a: usize, b: usize| {
        text[units[a].1..units[b].0]
            .chars()
            .all(|c| c.is_whitespace() || c == ',')
    };
    let in_run = |k: usize| units[k].2 != Kind::Other;
    // the run of traits, conjunctions and intensifiers around the finding
    let mut a = ui;
    while a > 0 && in_run(a - 1) && joinable(a - 1, a) {
        a -= 1;
    }
    let mut b = ui;
    while b + 1 < units.len() && in_run(b + 1) && joinable(b, b + 1) {
        b += 1;
    }
    // a run starts and ends with a trait (leading intensifiers belong to their trait)
    while a < ui && units[a].2 == Kind::Conj {
        a += 1;
    }
    while b > ui && units[b].2 != Kind::Trait {
        b -= 1;
    }
    // items: split at conjunctions and commas
    let mut items: Vec<(usize, usize)> = Vec::new(); // unit index ranges
    let mut conj = None;
    let mut cur: Option<usize> = None;
    for k in a..=b {
        let comma_before = k > a && text[units[k - 1].1..units[k].0].contains(',');
        if units[k].2 == Kind::Conj {
            conj = Some(&text[units[k].0..units[k].1]);
            if let Some(c) = cur.take() {
                items.push((c, k - 1));
            }
            continue;
        }
        let adjacent_trait = k > a && units[k].2 == Kind::Trait && units[k - 1].2 == Kind::Trait;
        if comma_before || adjacent_trait {
            if let Some(c) = cur.take() {
                items.push((c, k - 1));
            }
        }
        if cur.is_none() {
            cur = Some(k);
        }
    }
    if let Some(c) = cur {
        items.push((c, b));
    }
    let Some(removed) = items.iter().position(|&(x, y)| x <= ui && ui <= y) else {
        return replace_sentence(text, f.start, options);
    };
    let removed_is_last = removed + 1 == items.len();
    let removed_noun = lexicon::TRAIT_NOUNS.contains(&key.as_str());
    let remaining: Vec<&str> = items
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != removed)
        .map(|(_, &(x, y))| &text[units[x].0..units[y].1])
        .collect();
    let conj = conj.unwrap_or(match lang {
        Lang::Nl => "en",
        Lang::En => "and",
    });
    let run_start = units[a].0;
    let run_end = units[b].1;
    let prefix = &text[s.start..run_start];
    let tail = &text[run_end..s.end];
    let tail_person = units.get(b + 1).is_some_and(|u| {
        PERSON.contains(&text[u.0..u.1].to_lowercase().as_str()) && joinable(b, b + 1)
    });
    let main = if remaining.is_empty() {
        if tail_person && !prefix.trim().is_empty() {
            format!("{} {}", prefix.trim_end(), tail.trim_start())
        } else {
            String::new()
        }
    } else {
        let mut list = String::new();
        for (i, item) in remaining.iter().enumerate() {
            if i > 0 {
                if i + 1 == remaining.len() {
                    list.push_str(&format!(" {conj} "));
                } else {
                    list.push_str(", ");
                }
            }
            list.push_str(item);
        }
        if removed_noun && removed_is_last && !tail_person {
            list.push_str(match lang {
                Lang::Nl => " collega",
                Lang::En => " colleague",
            });
        }
        let p = fix_article(prefix.trim_end(), &list);
        if p.is_empty() {
            format!("{list}{tail}")
        } else {
            format!("{p} {list}{tail}")
        }
    };
    let main = main.trim().to_owned();
    let mark = &text[s.end..s.mark_end];
    let dot = if mark.is_empty() { "" } else { "." };
    let whole = replace_sentence(text, f.start, options);
    options
        .iter()
        .zip(whole)
        .map(|(o, fallback)| {
            let new = if main.is_empty() {
                format!("{o}{dot}")
            } else {
                let m = if mark.is_empty() { "." } else { mark };
                format!("{}{m} {o}{dot}", capitalise(&main))
            };
            let edit = Rewrite {
                start: s.start,
                end: s.mark_end,
                label: replace_label(new.trim_end_matches('.')),
                text: new,
            };
            // keeping the rest of the sentence can expose another word ("a flexible
            // colleague"); then the behavioural sentence replaces the whole sentence
            if judge.solves(f, &edit) {
                edit
            } else {
                fallback
            }
        })
        .collect()
}

/// "a"/"an" before the next word.
fn fix_article(prefix: &str, next: &str) -> String {
    let last = prefix.rsplit(' ').next().unwrap_or("");
    let lower = last.to_lowercase();
    if lower != "a" && lower != "an" {
        return prefix.to_owned();
    }
    let vowel = next
        .chars()
        .next()
        .is_some_and(|c| "aeiouAEIOU".contains(c));
    let art = match (vowel, last.starts_with('A')) {
        (true, true) => "An",
        (true, false) => "an",
        (false, true) => "A",
        (false, false) => "a",
    };
    format!("{}{art}", &prefix[..prefix.len() - last.len()])
}

// ---------------------------------------------------------------------------------------
// SEX: gendered job titles

fn title(text: &str, f: &Finding) -> Vec<Rewrite> {
    let word = f.slice(text);
    let lower = word.to_lowercase();
    let lists = lexicon::TITLES_FEMALE.iter().chain(lexicon::TITLES_MALE);
    let Some(&(gendered, neutral)) = lists
        .filter(|(g, _)| lower == *g || (lower.ends_with(g) && !g.contains(' ')))
        .max_by_key(|(g, _)| g.len())
    else {
        return Vec::new();
    };
    let prefix = &lower[..lower.len() - gendered.len()];
    // the neutral forms: "gastheer/gastvrouw (of: medewerker ontvangst)", "x of y"
    let mut forms: Vec<String> = Vec::new();
    let (main, extra) = match neutral.split_once(" (of: ") {
        Some((m, e)) => (m.trim(), Some(e.trim_end_matches(')').trim())),
        None => (neutral, None),
    };
    if let Some(e) = extra {
        forms.push(e.to_owned());
    }
    for part in main.split(" of ") {
        forms.push(part.trim().to_owned());
    }
    let upper = word.chars().next().is_some_and(char::is_uppercase);
    forms
        .into_iter()
        .filter(|n| prefix.is_empty() || !n.contains([' ', '/']))
        .map(|n| {
            let new = format!("{}{n}", &word[..prefix.len()].to_owned());
            let new = if upper { capitalise(&new) } else { new };
            Rewrite {
                start: f.start,
                end: f.end,
                label: replace_label(&new),
                text: new,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// ORIGIN: a language demand

fn language(text: &str, f: &Finding, lang: Lang, slice: &str) -> Vec<Rewrite> {
    let about_language = [
        "native",
        "moedertaal",
        "mother",
        "first language",
        "accent",
        "eerste taal",
    ]
    .iter()
    .any(|k| slice.contains(k));
    if !about_language {
        return Vec::new();
    }
    let s = sentence(text, f.start);
    let sent = text[s.start..s.end].to_lowercase();
    const NAMES: &[(&str, &str, &str)] = &[
        ("nederlands", "Nederlands", "Dutch"),
        ("dutch", "Nederlands", "Dutch"),
        ("vlaams", "Nederlands", "Dutch"),
        ("flemish", "Nederlands", "Dutch"),
        ("engels", "Engels", "English"),
        ("english", "Engels", "English"),
        ("duits", "Duits", "German"),
        ("german", "Duits", "German"),
        ("frans", "Frans", "French"),
        ("french", "Frans", "French"),
        ("spaans", "Spaans", "Spanish"),
        ("spanish", "Spaans", "Spanish"),
        ("pools", "Pools", "Polish"),
        ("polish", "Pools", "Polish"),
        ("italiaans", "Italiaans", "Italian"),
        ("italian", "Italiaans", "Italian"),
        ("turks", "Turks", "Turkish"),
        ("turkish", "Turks", "Turkish"),
        ("arabisch", "Arabisch", "Arabic"),
        ("arabic", "Arabisch", "Arabic"),
        ("portugees", "Portugees", "Portuguese"),
        ("portuguese", "Portugees", "Portuguese"),
    ];
    let found = text::words(&sent).into_iter().find_map(|w| {
        NAMES
            .iter()
            .find(|(k, _, _)| w.lower == *k || w.lower.strip_suffix('e') == Some(k))
    });
    let name = match (found, lang) {
        (Some(&(_, nl, _)), Lang::Nl) => nl,
        (Some(&(_, _, en)), Lang::En) => en,
        (None, Lang::Nl) => "Nederlands",
        (None, Lang::En) => "English",
    };
    let options = match lang {
        Lang::Nl => [
            format!("Je spreekt {name} op B1-niveau"),
            format!("Je spreekt {name} op B1-niveau, omdat je klanten helpt"),
        ],
        Lang::En => [
            format!("You speak {name} at B1 level"),
            format!("You speak {name} at B1 level, because you help customers"),
        ],
    };
    let refs: Vec<&str> = options.iter().map(String::as_str).collect();
    replace_sentence(text, f.start, &refs)
}

// ---------------------------------------------------------------------------------------
// DIPLOMA, photo, appearance

fn diploma(text: &str, f: &Finding, lang: Lang) -> Vec<Rewrite> {
    let s = sentence(text, f.start);
    let add = match lang {
        Lang::Nl => ", of vergelijkbare ervaring",
        Lang::En => ", or equivalent experience",
    };
    // after the sentence's last word (before a closing bracket or quote)
    let pos = s.end;
    vec![Rewrite {
        start: pos,
        end: pos,
        text: add.to_owned(),
        label: Bilingual {
            nl: format!("Voeg toe: '{}'", add.trim_start_matches(", ")),
            en: format!("Add: '{}'", add.trim_start_matches(", ")),
        },
    }]
}

fn photo(text: &str, f: &Finding) -> Vec<Rewrite> {
    let mut out = Vec::new();
    let slice = f.slice(text).to_lowercase();
    let s = sentence(text, f.start);
    // just the words: "met (een) foto", or "en een foto" in a list
    let before = &text[s.start..f.start];
    let lower_before = before.to_lowercase();
    let joiner = [" en ", " and ", ", "]
        .iter()
        .find(|j| lower_before.ends_with(*j))
        .map(|j| j.len());
    let phrase = if slice.starts_with("met ") || slice.starts_with("with ") {
        let mut start = f.start;
        if text[..start].ends_with(' ') {
            start -= 1;
        }
        Some((start, f.end))
    } else {
        joiner.map(|j| (f.start - j, f.end))
    };
    if let Some((start, end)) = phrase {
        if start > s.start {
            out.push(Rewrite {
                start,
                end,
                text: String::new(),
                label: Bilingual {
                    nl: format!("Haal '{}' weg", text[start..end].trim()),
                    en: format!("Remove '{}'", text[start..end].trim()),
                },
            });
        }
    }
    out.extend(remove_sentence(text, f.start));
    out
}

fn appearance(text: &str, f: &Finding, lang: Lang, slice: &str) -> Vec<Rewrite> {
    let fits = [
        "representatie",
        "verzorgd",
        "presentable",
        "well-groomed",
        "well groomed",
    ]
    .iter()
    .any(|k| slice.contains(k));
    if !fits {
        return Vec::new();
    }
    replace_sentence(
        text,
        f.start,
        match lang {
            Lang::Nl => &[
                "Je helpt klanten netjes en beleefd",
                "Je draagt de werkkleding die je van ons krijgt",
            ],
            Lang::En => &[
                "You treat customers politely",
                "You wear the work clothes we provide",
            ],
        },
    )
}
