//! The templates: one function per section, Dutch and English side by side.
//!
//! Rules for every sentence here: B1 words, the "je" form, at most about 20 words, and
//! no sentence that breaks when an optional value is missing.

use crate::format::{amounts, format_date, format_pay, parse_iso};
use crate::words::{
    a_an, count, first_sentence, lower_first, offers_alternative, sentences, shorten, strip_end,
    upper_first, variant, with_stop,
};
use crate::{
    Block, CompetencyIn, Contract, Draft, Input, Kind, Lang, RequirementIn, Section, SectionKey,
};

/// A trimmed, non-empty optional text.
fn opt(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

struct Ctx<'a> {
    i: &'a Input,
    nl: bool,
    org: Option<&'a str>,
    place: Option<&'a str>,
    /// The title for use inside a sentence ("verkoopmedewerker bakkerij").
    title: String,
}

impl<'a> Ctx<'a> {
    fn new(i: &'a Input) -> Self {
        let nl = i.lang == Lang::Nl;
        let raw = i.title.trim();
        let title = if raw.is_empty() {
            if nl {
                "nieuwe collega"
            } else {
                "new colleague"
            }
            .to_string()
        } else {
            lower_first(raw)
        };
        Ctx {
            i,
            nl,
            org: Some(i.organisation.trim()).filter(|s| !s.is_empty()),
            place: opt(&i.place),
            title,
        }
    }

    /// The Dutch or the English text.
    fn t(&self, nl: &str, en: &str) -> String {
        if self.nl { nl } else { en }.to_string()
    }

    /// One of the variants, picked by the seed and a salt for this slot.
    fn pick<T: Copy>(&self, salt: u64, options: &[T]) -> T {
        options[variant(self.i.seed, salt, options.len())]
    }

    /// The variant number for a slot with `n` variants.
    fn v(&self, salt: u64, n: usize) -> usize {
        variant(self.i.seed, salt, n)
    }

    /// " in Utrecht", or nothing.
    fn in_place(&self) -> String {
        self.place.map(|p| format!(" in {p}")).unwrap_or_default()
    }

    /// "a bakery sales assistant" (English) or "een verkoopmedewerker" (Dutch).
    fn a_title(&self) -> String {
        if self.nl {
            format!("een {}", self.title)
        } else {
            format!("{} {}", a_an(&self.title), self.title)
        }
    }

    /// "24 tot 32 uur per week" / "24 to 32 hours a week", when hours are given.
    fn hours(&self) -> Option<String> {
        let min = self.i.hours_min.filter(|&h| h > 0);
        let max = self.i.hours_max.filter(|&h| h > 0);
        let unit = |n: u32| {
            if self.nl {
                "uur per week"
            } else if n == 1 {
                "hour a week"
            } else {
                "hours a week"
            }
        };
        Some(match (min, max) {
            (Some(a), Some(b)) if a == b => format!("{a} {}", unit(a)),
            (Some(a), Some(b)) => {
                let (lo, hi) = (a.min(b), a.max(b));
                let to = if self.nl { "tot" } else { "to" };
                format!("{lo} {to} {hi} {}", unit(hi))
            }
            (Some(a), None) => {
                format!(
                    "{} {a} {}",
                    if self.nl { "minstens" } else { "at least" },
                    unit(a)
                )
            }
            (None, Some(b)) => {
                format!(
                    "{} {b} {}",
                    if self.nl { "hoogstens" } else { "up to" },
                    unit(b)
                )
            }
            (None, None) => return None,
        })
    }

    /// "je brief" / "your letter", or the answers when the answer form is used.
    fn your_letter(&self) -> String {
        match (self.nl, self.i.answer_form) {
            (true, false) => "je brief",
            (true, true) => "je antwoorden",
            (false, false) => "your letter",
            (false, true) => "your answers",
        }
        .to_string()
    }

    /// What the applicant hopes to get: "de baan" / "the job".
    fn the_job(&self) -> &'static str {
        match (self.nl, self.i.kind) {
            (true, Kind::Vacancy) => "de baan",
            (true, Kind::Internship) => "de stageplek",
            (true, Kind::Promotion) => "de functie",
            (false, Kind::Vacancy) => "the job",
            (false, Kind::Internship) => "the internship",
            (false, Kind::Promotion) => "the role",
        }
    }

    /// All the competencies at once: "de onderdelen uit ‘Wat je kunt’".
    fn items_all(&self) -> String {
        match (self.nl, self.i.competencies.is_empty()) {
            (true, false) => "de onderdelen uit ‘Wat je kunt’",
            (true, true) => "de punten die we zoeken",
            (false, false) => "the items under ‘What you can do’",
            (false, true) => "the things we look for",
        }
        .to_string()
    }

    /// How the competencies are referred to further on.
    fn items_ref(&self) -> String {
        match (self.nl, self.i.competencies.is_empty()) {
            (true, false) => "elk onderdeel uit ‘Wat je kunt’",
            (true, true) => "elk onderdeel dat we zoeken",
            (false, false) => "each item under ‘What you can do’",
            (false, true) => "each thing we look for",
        }
        .to_string()
    }
}

pub fn draft(input: &Input) -> Draft {
    let c = Ctx::new(input);
    let mut sections = vec![intro(&c)];
    sections.extend(tasks(&c));
    sections.extend(competencies(&c));
    sections.extend(requirements(&c));
    sections.extend(offer(&c));
    sections.push(how_we_choose(&c));
    sections.push(how_to_apply(&c));
    Draft {
        title: title(&c),
        sections,
    }
}

fn title(c: &Ctx<'_>) -> String {
    let raw = c.i.title.trim();
    let label = match (c.nl, c.i.kind) {
        (_, Kind::Vacancy) => {
            return if raw.is_empty() {
                c.t("Vacature", "Vacancy")
            } else {
                raw.to_string()
            }
        }
        (true, Kind::Internship) => "Stage",
        (true, Kind::Promotion) => "Interne vacature",
        (false, Kind::Internship) => "Internship",
        (false, Kind::Promotion) => "Internal vacancy",
    };
    if raw.is_empty() {
        label.to_string()
    } else {
        format!("{label}: {raw}")
    }
}

fn section(key: SectionKey, heading: String, blocks: Vec<Block>) -> Section {
    Section {
        key,
        heading,
        blocks,
    }
}

// ---------------------------------------------------------------- intro

fn intro(c: &Ctx<'_>) -> Section {
    let mut blocks = Vec::new();
    let heading = match c.i.kind {
        Kind::Vacancy => c.t("Over de baan", "About the job"),
        Kind::Internship => c.t("Over de stage", "About the internship"),
        Kind::Promotion => c.t("Over deze interne vacature", "About this internal vacancy"),
    };
    let mut first = match c.i.kind {
        Kind::Vacancy => opening_vacancy(c),
        Kind::Internship => opening_internship(c),
        Kind::Promotion => opening_promotion(c),
    };
    if let Some(h) = c.hours() {
        let s = match (c.nl, c.i.kind) {
            (true, Kind::Vacancy) => c.pick(
                10,
                &["Het gaat om {h}.", "Je werkt {h}.", "De baan is voor {h}."],
            ),
            (true, Kind::Internship) => c.pick(10, &["De stage is {h}.", "Je loopt {h} stage."]),
            (true, Kind::Promotion) => c.pick(10, &["De functie is voor {h}.", "Je werkt {h}."]),
            (false, Kind::Vacancy) => c.pick(
                10,
                &["You work {h}.", "The job is {h}.", "You would work {h}."],
            ),
            (false, Kind::Internship) => c.pick(
                10,
                &["The internship is {h}.", "You would spend {h} with us."],
            ),
            (false, Kind::Promotion) => c.pick(10, &["The role is {h}.", "You work {h}."]),
        };
        first.push(' ');
        first.push_str(&s.replace("{h}", &h));
    }
    let school = c.i.internship.as_ref().and_then(|x| opt(&x.school));
    if let (Kind::Internship, Some(school)) = (c.i.kind, school) {
        let s = if c.nl {
            c.pick(
                11,
                &[
                    "We regelen deze stage samen met {s}.",
                    "Voor deze stage werken we samen met {s}.",
                ],
            )
        } else {
            c.pick(
                11,
                &[
                    "We arrange this internship together with {s}.",
                    "For this internship we work with {s}.",
                ],
            )
        };
        first.push(' ');
        first.push_str(&s.replace("{s}", school));
    }
    blocks.push(Block::Paragraph(first));
    if let Some(summary) = opt(&c.i.summary) {
        blocks.push(Block::Paragraph(shorten(&with_stop(summary))));
    }
    if c.i.kind == Kind::Promotion {
        let s = if c.nl {
            c.pick(
                12,
                &[
                    "Dit is een interne procedure. Alle collega's kunnen reageren, wat hun functie nu ook is.",
                    "Deze vacature staat alleen intern open. Elke collega mag reageren, in welke functie je nu ook werkt.",
                ],
            )
        } else {
            c.pick(
                12,
                &[
                    "This is an internal procedure. Every colleague can apply, whatever their job is now.",
                    "This vacancy is open only to people who already work here. Every colleague may apply, whatever job you do now.",
                ],
            )
        };
        blocks.push(Block::Paragraph(s.to_string()));
    }
    if c.i.kind == Kind::Internship {
        let goals: Vec<String> =
            c.i.internship
                .iter()
                .flat_map(|x| x.learning_goals.iter())
                .map(|g| shorten(g.trim()))
                .filter(|g| !g.is_empty())
                .collect();
        if !goals.is_empty() {
            blocks.push(Block::Paragraph(
                c.t("Wat je bij ons leert:", "What you will learn with us:"),
            ));
            blocks.push(Block::Bullets(goals));
        }
    }
    section(SectionKey::Intro, heading, blocks)
}

fn opening_vacancy(c: &Ctx<'_>) -> String {
    let (p, a) = (c.in_place(), c.a_title());
    let t = &c.title;
    match (c.nl, c.v(1, 3), c.org) {
        (true, 0, Some(o)) => format!("{o}{p} zoekt {a}."),
        (true, 0, None) => format!("Wij zoeken {a}{p}."),
        (true, 1, Some(o)) => format!("Bij {o}{p} is plek voor {a}."),
        (true, 1, None) => format!("Bij ons{p} is plek voor {a}."),
        (true, _, Some(o)) => format!("Wil jij bij {o}{p} werken als {t}?"),
        (true, _, None) => format!("Wil jij bij ons{p} werken als {t}?"),
        (false, 0, Some(o)) => format!("{o}{p} is looking for {a}."),
        (false, 0, None) => format!("We are looking for {a}{p}."),
        (false, 1, Some(o)) => format!("There is a place for {a} at {o}{p}."),
        (false, 1, None) => format!("There is a place for {a} on our team{p}."),
        (false, _, Some(o)) => format!("Would you like to work as {a} at {o}{p}?"),
        (false, _, None) => format!("Would you like to work with us{p} as {a}?"),
    }
}

fn opening_internship(c: &Ctx<'_>) -> String {
    let (p, a) = (c.in_place(), c.a_title());
    let t = &c.title;
    let at_nl = c.org.map_or(format!("ons{p}"), |o| format!("{o}{p}"));
    let at_en = c.org.map_or(format!("us{p}"), |o| format!("{o}{p}"));
    match (c.nl, c.v(1, 3), c.org) {
        (true, 0, _) => format!("Bij {at_nl} kun je stage lopen als {t}."),
        (true, 1, Some(o)) => format!("{o}{p} heeft een stageplek als {t}."),
        (true, 1, None) => format!("Wij hebben{p} een stageplek als {t}."),
        (true, _, _) => format!("Zoek je een stageplek? Bij {at_nl} leer je werken als {t}."),
        (false, 0, _) => format!("At {at_en} you can do an internship as {a}."),
        (false, 1, Some(o)) => format!("{o}{p} offers an internship as {a}."),
        (false, 1, None) => format!("We offer an internship as {a}{p}."),
        (false, _, _) => {
            format!("Looking for an internship? With {at_en} you learn to work as {a}.")
        }
    }
}

fn opening_promotion(c: &Ctx<'_>) -> String {
    let a = c.a_title();
    let t = &c.title;
    let bij = c.org.map_or("ons".to_string(), |o| o.to_string());
    let at_en = c.org.map_or("with us".to_string(), |o| format!("at {o}"));
    let within_en = c.org.map_or("our company".to_string(), |o| o.to_string());
    match (c.nl, c.v(1, 3)) {
        (true, 0) => format!(
            "Werk je al bij {bij} en wil je doorgroeien? Dan is de functie van {t} misschien iets voor jou."
        ),
        (true, 1) => format!(
            "Wil je binnen {bij} een stap verder zetten? We zoeken {a} uit onze eigen collega's."
        ),
        (true, _) => format!(
            "Werk je al bij {bij}? En wil je verder groeien in je werk? Reageer dan op deze vacature voor {t}."
        ),
        (false, 0) => format!(
            "Already working {at_en} and keen to grow? Then the role of {t} may be right for you."
        ),
        (false, 1) => format!(
            "Want to take a next step within {within_en}? We are looking for {a} from among our own colleagues."
        ),
        (false, _) => format!(
            "Do you already work {at_en}? Would you like to grow in your work? Then apply for this role as {a}."
        ),
    }
}

// ---------------------------------------------------------------- tasks

fn tasks(c: &Ctx<'_>) -> Option<Section> {
    let items: Vec<String> =
        c.i.tasks
            .iter()
            .map(|t| shorten(t.trim()))
            .filter(|t| !t.is_empty())
            .collect();
    if items.is_empty() {
        return None;
    }
    let heading = c.t("Wat ga je doen", "What you will do");
    Some(section(
        SectionKey::Tasks,
        heading,
        vec![Block::Bullets(items)],
    ))
}

// ---------------------------------------------------------------- competencies

fn competencies(c: &Ctx<'_>) -> Option<Section> {
    let list: Vec<&CompetencyIn> =
        c.i.competencies
            .iter()
            .filter(|x| !x.name.trim().is_empty() || !x.definition.trim().is_empty())
            .collect();
    // "Name: definition" when that fits in one sentence for every competency, otherwise
    // "Name. Definition" for all, so the list reads alike.
    let colon = list.iter().all(|x| {
        let def = shorten(x.definition.trim());
        count(strip_end(&x.name)) + count(first_sentence(&def)) <= 22
    });
    let items: Vec<String> = list.iter().map(|x| competency_line(c, x, colon)).collect();
    if items.is_empty() {
        return None;
    }
    let lead = match (c.nl, c.i.kind) {
        (true, Kind::Internship) => c.pick(
            30,
            &[
                "Hier draait het om in dit werk. Je hoeft nog niet alles te kunnen. Laat zien hoe ver je bent.",
                "Dit leer je bij ons, en hier letten we op. Je hoeft het nog niet allemaal te kunnen.",
            ],
        ),
        (true, _) => c.pick(
            30,
            &[
                "Voor dit werk is het belangrijk dat je dit kunt. Hierop kiezen we, en op niets anders.",
                "Dit vragen we van je. Hier letten we op bij iedereen die reageert.",
                "Dit doe je in dit werk. Alleen hierop beoordelen we je.",
            ],
        ),
        (false, Kind::Internship) => c.pick(
            30,
            &[
                "This is what the work is about. You don't need to be able to do it all yet. Show us how far you are.",
                "This is what you learn with us, and what we look for. You don't need to master it all yet.",
            ],
        ),
        (false, _) => c.pick(
            30,
            &[
                "This is what matters in this job. We choose on these points and nothing else.",
                "This is what we ask of you. We look for these in everyone who applies.",
                "This is what the work involves. We judge you on these points only.",
            ],
        ),
    };
    let heading = c.t("Wat je kunt", "What you can do");
    Some(section(
        SectionKey::Competencies,
        heading,
        vec![Block::Paragraph(lead.to_string()), Block::Bullets(items)],
    ))
}

fn competency_line(c: &Ctx<'_>, x: &CompetencyIn, colon: bool) -> String {
    let name = strip_end(&x.name);
    let def = shorten(x.definition.trim());
    let def = def.as_str();
    let mut line = if def.is_empty() {
        name.to_string()
    } else if name.is_empty() {
        with_stop(def)
    } else if colon {
        format!("{name}: {}", lower_first(&with_stop(def)))
    } else {
        format!("{name}. {}", with_stop(&upper_first(def)))
    };
    if let Some(ex) = opt(&x.example) {
        let lead = c.t("In de praktijk:", "In practice:");
        if sentences(ex).len() == 1 && count(ex) + count(&lead) <= 22 {
            line.push_str(&format!(" {lead} {}", lower_first(&with_stop(ex))));
        }
    }
    line
}

// ---------------------------------------------------------------- requirements

fn requirements(c: &Ctx<'_>) -> Option<Section> {
    let reqs: Vec<&RequirementIn> =
        c.i.requirements
            .iter()
            .filter(|r| !r.text.trim().is_empty())
            .collect();
    if reqs.is_empty() {
        return None;
    }
    let texts: Vec<(String, String)> = reqs
        .iter()
        .map(|r| {
            (
                shorten(&requirement_text(c, r)),
                shorten(&with_stop(&r.reason)),
            )
        })
        .collect();
    // Joined with "want"/"because" when every item is one short sentence and one short
    // reason; otherwise every item gets "Waarom?"/"Why?", so the list reads alike.
    let joinable = texts.iter().all(|(t, r)| {
        r.is_empty()
            || (sentences(t).len() == 1 && sentences(r).len() == 1 && count(t) + count(r) <= 22)
    });
    let items = texts
        .into_iter()
        .map(|(t, r)| match (r.is_empty(), joinable, c.nl) {
            (true, _, _) => t,
            (false, true, true) => format!("{}, want {}", strip_end(&t), lower_first(&r)),
            (false, true, false) => format!("{} because {}", strip_end(&t), lower_first(&r)),
            (false, false, true) => format!("{t} Waarom? {r}"),
            (false, false, false) => format!("{t} Why? {r}"),
        })
        .collect();
    let lead = if c.nl {
        c.pick(
            40,
            &[
                "We vragen alleen wat echt nodig is voor het werk. Bij elke eis staat waarom.",
                "Dit is echt nodig voor het werk. We leggen steeds uit waarom.",
            ],
        )
    } else {
        c.pick(
            40,
            &[
                "We only ask for what the work really needs, and we say why.",
                "This is really needed for the work. We explain why each time.",
            ],
        )
    };
    let heading = c.t("Wat je nodig hebt", "What you need");
    Some(section(
        SectionKey::Requirements,
        heading,
        vec![Block::Paragraph(lead.to_string()), Block::Bullets(items)],
    ))
}

/// The requirement as a sentence; a diploma demand gets "or equivalent experience" in its
/// first sentence unless the text offers an alternative already.
fn requirement_text(c: &Ctx<'_>, r: &RequirementIn) -> String {
    let text = with_stop(&r.text);
    if !(r.diploma && r.or_equivalent) || offers_alternative(&text) {
        return text;
    }
    let first = first_sentence(&text);
    let rest = text[text.find(first).map_or(0, |i| i + first.len())..].trim();
    let alt = c.t(
        ", of vergelijkbare ervaring.",
        ", or equivalent experience.",
    );
    let mut out = format!("{}{alt}", strip_end(first));
    if !rest.is_empty() {
        out.push(' ');
        out.push_str(rest);
    }
    out
}

// ---------------------------------------------------------------- offer

fn cao_phrase(c: &Ctx<'_>, cao: &str) -> String {
    let named = cao.to_lowercase().starts_with("cao");
    match (c.nl, named) {
        (true, true) => format!("de {cao}"),
        (true, false) => format!("de cao {cao}"),
        (false, true) if cao.to_lowercase().contains("agreement") => format!("the {cao}"),
        (false, _) => format!("the {cao} collective agreement"),
    }
}

fn offer(c: &Ctx<'_>) -> Option<Section> {
    let mut items = Vec::new();
    let cao = opt(&c.i.cao).filter(|_| c.i.kind != Kind::Internship);
    match (c.i.kind, &c.i.pay) {
        (Kind::Internship, Some(p)) => items.push(if c.nl {
            format!(
                "Je krijgt een stagevergoeding van {}.",
                amounts(p, c.i.lang, false)
            )
        } else {
            format!(
                "You get an internship allowance of {}.",
                amounts(p, c.i.lang, false)
            )
        }),
        (_, Some(p)) => {
            let pay = format_pay(p, c.i.lang);
            let s = if c.nl {
                c.pick(
                    50,
                    &["Je verdient {p}.", "Het loon is {p}.", "Je salaris is {p}."],
                )
            } else {
                c.pick(
                    50,
                    &["You earn {p}.", "The pay is {p}.", "Your salary is {p}."],
                )
            };
            let mut line = s.replace("{p}", &pay);
            if let Some(cao) = cao {
                let phrase = cao_phrase(c, cao);
                line.push(' ');
                line.push_str(&if c.nl {
                    format!("Dat is volgens {phrase}.")
                } else {
                    format!("This is based on {phrase}.")
                });
            }
            items.push(line);
        }
        (_, None) => {
            if let Some(cao) = cao {
                let phrase = cao_phrase(c, cao);
                items.push(if c.nl {
                    format!("Je loon volgt {phrase}.")
                } else {
                    format!("Your pay follows {phrase}.")
                });
            }
        }
    }
    let allowance = c.i.internship.as_ref().and_then(|x| x.allowance_per_month);
    if let (Some(a), None) = (allowance, &c.i.pay) {
        let amount = crate::format::euros(a, c.i.lang);
        items.push(if c.nl {
            format!("Je krijgt een stagevergoeding van {amount} per maand.")
        } else {
            format!("You get an internship allowance of {amount} a month.")
        });
    }
    if let Some(h) = c.hours() {
        items.push(if c.nl {
            format!("Je werkt {h}.")
        } else {
            format!("You work {h}.")
        });
    }
    if let Some(k) = c.i.contract {
        items.push(contract(c, k));
    }
    if let Some(start) = opt(&c.i.start) {
        items.push(match (parse_iso(start).is_some(), c.nl) {
            (true, true) => format!("Je begint op {}.", format_date(start, c.i.lang)),
            (true, false) => format!("You start on {}.", format_date(start, c.i.lang)),
            (false, true) => format!("Startdatum: {}", with_stop(start)),
            (false, false) => format!("Start date: {}", with_stop(start)),
        });
    }
    if let Some(place) = c.place {
        items.push(if c.nl {
            format!("Je werkt in {place}.")
        } else {
            format!("You work in {place}.")
        });
    }
    if items.is_empty() {
        return None;
    }
    let lead = if c.nl {
        c.pick(
            51,
            &[
                "Alles op een rij:",
                "Dit krijg je van ons:",
                "Zo ziet het werk er praktisch uit:",
            ],
        )
    } else {
        c.pick(
            51,
            &[
                "Here it is at a glance:",
                "What you get from us:",
                "The practical side:",
            ],
        )
    };
    let heading = c.t("Wat wij bieden", "What we offer");
    Some(section(
        SectionKey::Offer,
        heading,
        vec![Block::Paragraph(lead.to_string()), Block::Bullets(items)],
    ))
}

fn contract(c: &Ctx<'_>, k: Contract) -> String {
    let months = |m: Option<u32>| -> String {
        match (m.filter(|&m| m > 0), c.nl) {
            (Some(1), true) => " voor 1 maand".into(),
            (Some(m), true) => format!(" voor {m} maanden"),
            (Some(1), false) => " for 1 month".into(),
            (Some(m), false) => format!(" for {m} months"),
            (None, _) => String::new(),
        }
    };
    match (k, c.nl) {
        (Contract::Permanent, true) => "Je krijgt een vast contract.".into(),
        (Contract::Permanent, false) => "You get a permanent contract.".into(),
        (Contract::Temporary { months: m }, true) => {
            format!("Je krijgt een tijdelijk contract{}.", months(m))
        }
        (Contract::Temporary { months: m }, false) => {
            format!("You get a temporary contract{}.", months(m))
        }
        (Contract::TemporaryWithProspect { months: m }, true) => format!(
            "Je krijgt eerst een contract{}. Daarna is een vast contract mogelijk.",
            months(m)
        ),
        (Contract::TemporaryWithProspect { months: m }, false) => format!(
            "You first get a contract{}. After that, a permanent contract is possible.",
            months(m)
        ),
        (Contract::OnCall, true) => {
            "Je krijgt een oproepcontract. We spreken samen af wanneer je werkt.".into()
        }
        (Contract::OnCall, false) => {
            "You get an on-call contract. We agree together when you work.".into()
        }
        (Contract::Internship, true) => {
            "Je tekent een stageovereenkomst met ons en je school.".into()
        }
        (Contract::Internship, false) => {
            "You sign an internship agreement with us and your school.".into()
        }
    }
}

// ---------------------------------------------------------------- how we choose

fn how_we_choose(c: &Ctx<'_>) -> Section {
    let your = c.your_letter();
    let job = c.the_job();
    let items = c.items_ref();
    let all = c.items_all();
    let each_nl = if c.i.answer_form {
        "de antwoorden van iedereen"
    } else {
        "elke brief"
    };
    let each_en = if c.i.answer_form {
        "everyone's answers"
    } else {
        "each letter"
    };
    let (lead, bullets, close): (&str, [&str; 4], &str) = match (c.nl, c.v(60, 3)) {
        (true, 0) => (
            "We willen eerlijk kiezen. Daarom kijken we alleen naar wat je kunt, en niet naar wie je bent.",
            [
                "Eerst halen we je naam en andere persoonlijke gegevens uit {your}. Wie {your} leest, weet dus niet wie je bent.",
                "Twee of drie mensen lezen {each}. Ze geven {items} een score van 1 tot 5.",
                "In het gesprek krijgt iedereen dezelfde vragen, in dezelfde volgorde.",
                "We kiezen op die scores, en niet op een gevoel.",
            ],
            "Na afloop hoor je per onderdeel hoe je scoorde. Zo heb je er altijd iets aan, ook als je {job} niet krijgt.",
        ),
        (true, 1) => (
            "Wij kiezen niet op een gevoel, maar op wat je laat zien. Zo gaat dat:",
            [
                "Wie {your} beoordeelt, ziet je naam en andere persoonlijke gegevens niet.",
                "Twee of drie collega's geven {your} punten, ieder voor zich. Ze letten alleen op {all}.",
                "Iedereen krijgt in het gesprek dezelfde vragen, in dezelfde volgorde.",
                "De punten bepalen wie we kiezen.",
            ],
            "Je hoort daarna per onderdeel hoeveel punten je kreeg. Daar kun je iets mee, wat de uitkomst ook is.",
        ),
        (true, _) => (
            "We vinden het belangrijk dat iedereen dezelfde kans krijgt. Daarom werken we zo:",
            [
                "We lezen {your} zonder je naam en andere gegevens over wie je bent.",
                "Twee of drie mensen geven punten voor {all}.",
                "In het gesprek stellen we iedereen dezelfde vragen, in dezelfde volgorde.",
                "We kiezen op die punten, en niet op wie je kent.",
            ],
            "Na afloop vertellen we je per onderdeel hoe je scoorde. Ook als je {job} niet krijgt, weet je dan waar je staat.",
        ),
        (false, 0) => (
            "We want to choose fairly. So we only look at what you can do, not at who you are.",
            [
                "First we take your name and other personal details out of {your}. The people who read it don't know who you are.",
                "Two or three people read {each}. They score {items} from 1 to 5.",
                "In the interview, everyone gets the same questions in the same order.",
                "We choose on those scores, not on a gut feeling.",
            ],
            "Afterwards you hear how you scored on each item. That is useful, even if you don't get {job}.",
        ),
        (false, 1) => (
            "We don't choose on a feeling, but on what you show us. This is how it works:",
            [
                "The people who score {your} don't see your name or other personal details.",
                "Two or three colleagues score {your}, each on their own. They only look at {all}.",
                "Everyone gets the same interview questions, in the same order.",
                "The scores decide who we choose.",
            ],
            "Afterwards you hear how many points you got for each item. You can use that, whatever the outcome.",
        ),
        (false, _) => (
            "We think everyone should get the same chance. So this is how we work:",
            [
                "We read {your} without your name and other details about who you are.",
                "Two or three people give points for {all}.",
                "In the interview we ask everyone the same questions, in the same order.",
                "We choose on those scores, not on who you know.",
            ],
            "Afterwards we tell you how you scored on each item. Even if you don't get {job}, you know where you stand.",
        ),
    };
    let fill = |s: &str| -> String {
        let s = s
            .replace("{your}", &your)
            .replace("{each}", if c.nl { each_nl } else { each_en })
            .replace("{items}", &items)
            .replace("{all}", &all)
            .replace("{job}", job);
        // "{your}" may open a sentence in a template: keep the capital there.
        upper_first(&s)
    };
    let heading = c.t("Hoe wij kiezen", "How we choose");
    section(
        SectionKey::HowWeChoose,
        heading,
        vec![
            Block::Paragraph(fill(lead)),
            Block::Bullets(bullets.iter().map(|b| fill(b)).collect()),
            Block::Paragraph(fill(close)),
        ],
    )
}

// ---------------------------------------------------------------- how to apply

fn how_to_apply(c: &Ctx<'_>) -> Section {
    let mut blocks = Vec::new();
    let items = c.items_ref();
    let names: Vec<String> =
        c.i.competencies
            .iter()
            .map(|x| strip_end(&x.name).to_string())
            .filter(|n| !n.is_empty())
            .collect();
    if c.i.answer_form && !names.is_empty() {
        let lead = if c.nl {
            c.pick(
                70,
                &[
                    "Je hoeft geen brief te schrijven. Geef bij elk onderdeel hieronder een kort antwoord, met een voorbeeld van iets wat je hebt gedaan:",
                    "Schrijf bij elk onderdeel hieronder een kort antwoord. Vertel steeds over iets wat je echt hebt gedaan:",
                ],
            )
        } else {
            c.pick(
                70,
                &[
                    "You don't need to write a letter. Give a short answer for each item below, with an example of something you have done:",
                    "Instead of a letter, write a short answer for each item below. Each time, tell us about something you really did:",
                ],
            )
        };
        blocks.push(Block::Paragraph(lead.to_string()));
        blocks.push(Block::Bullets(names));
        blocks.push(Block::Paragraph(c.t(
            "Een paar zinnen per onderdeel is genoeg.",
            "A few sentences per item are enough.",
        )));
    } else {
        let lead = if c.nl {
            c.pick(
                70,
                &[
                    "Schrijf ons een korte brief. Geef daarin bij {items} een voorbeeld van iets wat je hebt gedaan.",
                    "Vertel ons in een korte brief wat je kunt. Laat bij {items} met een voorbeeld zien hoe je het aanpakt.",
                    "In je brief gaat het om voorbeelden. Vertel bij {items} over een keer dat je dat deed.",
                ],
            )
        } else {
            c.pick(
                70,
                &[
                    "Write us a short letter. For {items}, give an example of something you have done.",
                    "Tell us in a short letter what you can do. For {items}, show with an example how you go about it.",
                    "Your letter is all about examples. For {items}, tell us about a time you did it.",
                ],
            )
        };
        blocks.push(Block::Paragraph(lead.replace("{items}", &items)));
    }

    let life = if c.nl {
        c.pick(
            71,
            &[
                "Dat voorbeeld mag uit elk deel van je leven komen: werk, school, vrijwilligerswerk, sport, zorg voor iemand thuis of gamen.",
                "Alles telt: je werk, school, vrijwilligerswerk, sport, de zorg voor iemand thuis of gamen.",
                "Je voorbeeld hoeft niet uit een baan te komen. School, vrijwilligerswerk, sport, zorg voor iemand thuis of gamen telt net zo goed.",
            ],
        )
    } else {
        c.pick(
            71,
            &[
                "Your example can come from any part of life: work, school, volunteering, sport, caring for someone at home or gaming.",
                "Everything counts: your job, school, volunteering, sport, caring for someone at home or gaming.",
                "Your example doesn't have to come from a job. School, volunteering, sport, caring for someone at home or gaming count just as much.",
            ],
        )
    };
    let no_photo = c.t(
        "Je hoeft geen foto en geen geboortedatum mee te sturen.",
        "You don't need to send a photo or your date of birth.",
    );
    blocks.push(Block::Paragraph(format!("{life} {no_photo}")));

    let mut send = Vec::new();
    if let Some(d) = opt(&c.i.deadline) {
        send.push(if parse_iso(d).is_some() {
            let date = format_date(d, c.i.lang);
            let s = if c.nl {
                c.pick(
                    72,
                    &[
                        "Reageer uiterlijk op {d}.",
                        "Je kunt reageren tot en met {d}.",
                    ],
                )
            } else {
                c.pick(72, &["Please apply by {d}.", "You can apply until {d}."])
            };
            s.replace("{d}", &date)
        } else if c.nl {
            format!("Laatste dag om te reageren: {}", with_stop(d))
        } else {
            format!("Last day to apply: {}", with_stop(d))
        });
    }
    if let Some(to) = opt(&c.i.apply_to) {
        let web = to.starts_with("http://") || to.starts_with("https://") || to.starts_with("www.");
        let to = strip_end(to);
        send.push(match (web, c.nl) {
            (true, true) => format!("Solliciteer via {to}."),
            (true, false) => format!("Apply via {to}."),
            (false, true) => format!("Stuur {} naar {to}.", c.your_letter()),
            (false, false) => format!("Send {} to {to}.", c.your_letter()),
        });
    }
    if !send.is_empty() {
        blocks.push(Block::Paragraph(send.join(" ")));
    }

    let contact = match (opt(&c.i.contact_name), opt(&c.i.contact_phone)) {
        (Some(n), Some(p)) => Some(
            if c.nl {
                c.pick(
                    73,
                    &[
                        "Heb je een vraag? Bel dan {n} op {p}.",
                        "Vragen? Bel gerust met {n}: {p}.",
                    ],
                )
            } else {
                c.pick(
                    73,
                    &[
                        "Any questions? Call {n} on {p}.",
                        "Questions? Feel free to call {n} on {p}.",
                    ],
                )
            }
            .replace("{n}", n)
            .replace("{p}", p),
        ),
        (Some(n), None) => Some(if c.nl {
            format!("Heb je een vraag? Dan kun je terecht bij {n}.")
        } else {
            format!("If you have a question, {n} is happy to help.")
        }),
        (None, Some(p)) => Some(if c.nl {
            format!("Heb je een vraag? Bel ons op {p}.")
        } else {
            format!("Any questions? Call us on {p}.")
        }),
        (None, None) => None,
    };
    if let Some(s) = contact {
        blocks.push(Block::Paragraph(s));
    }

    let access = match opt(&c.i.accessibility) {
        Some(s) => with_stop(s),
        None => if c.nl {
            c.pick(
                74,
                &[
                    "Heb je iets nodig om goed te kunnen solliciteren of werken? Vertel het ons. Dan passen we het gesprek of de werkplek aan.",
                    "Kunnen we iets aanpassen, zodat je goed kunt solliciteren of werken? Denk aan meer tijd in het gesprek of een andere werkplek. Zeg het gerust, dan regelen we het samen.",
                ],
            )
        } else {
            c.pick(
                74,
                &[
                    "Do you need something to apply or to work well? Tell us, and we will adjust the interview or the workplace.",
                    "Can we change something so you can apply or work well? Think of more time in the interview or a different workspace. Just tell us and we will sort it out together.",
                ],
            )
        }
        .to_string(),
    };
    blocks.push(Block::Paragraph(access));

    let heading = c.t("Zo solliciteer je", "How to apply");
    section(SectionKey::HowToApply, heading, blocks)
}
