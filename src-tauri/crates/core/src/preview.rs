//! How a competency or a role from a pack reads in a vacancy and in an interview: a small,
//! honest preview for pack authors (the app's editor and `werfwijzer-cli pack preview`).
//!
//! Pure functions from the pack format to plain sections (heading, paragraphs, items). No
//! HTML: the UI and the CLI render the text as text. A text the author has not written yet
//! shows as a visible placeholder, never as the other language.
//! The vacancy wizard (a later issue) does the full drafting.

use werfwijzer_packs::{Competency, Lang, Pack, QuestionKind, Role, Text};

use crate::dto_authoring::{Preview, PreviewItem, PreviewSection};

/// The words the preview adds around the pack's texts.
struct Words {
    missing: &'static str,
    can_do: &'static str,
    show_it: &'static str,
    questions: &'static str,
    behavioural: &'static str,
    situational: &'static str,
    follow_up: &'static str,
    anchors: &'static str,
    work_sample: &'static str,
    tasks: &'static str,
    requirements: &'static str,
    why: &'static str,
    conditions: &'static str,
    hours: &'static str,
    cao: &'static str,
    pay: &'static str,
    order: &'static str,
    order_intro: &'static str,
    unknown: &'static str,
    no_questions: &'static str,
}

const NL: Words = Words {
    missing: "[nog niet ingevuld]",
    can_do: "Wat je kunt",
    show_it: "Zo laat je het zien",
    questions: "Vragen in het gesprek",
    behavioural: "Voorbeeld",
    situational: "Situatie",
    follow_up: "Doorvraag",
    anchors: "Zo geef je punten",
    work_sample: "Praktijkopdracht",
    tasks: "Wat je gaat doen",
    requirements: "Wat echt nodig is",
    why: "Waarom",
    conditions: "Wat wij bieden",
    hours: "Uren",
    cao: "Cao",
    pay: "Salaris",
    order: "Volgorde van het gesprek",
    order_intro: "Je stelt elke kandidaat deze vragen, in deze volgorde.",
    unknown: "[onbekende competentie]",
    no_questions: "[nog geen vragen]",
};

const EN: Words = Words {
    missing: "[not filled in yet]",
    can_do: "What you can do",
    show_it: "How to show it",
    questions: "Questions in the interview",
    behavioural: "Example",
    situational: "Situation",
    follow_up: "Follow-up",
    anchors: "How to score",
    work_sample: "Practical task",
    tasks: "What you will do",
    requirements: "What is truly needed",
    why: "Why",
    conditions: "What we offer",
    hours: "Hours",
    cao: "Collective agreement",
    pay: "Pay",
    order: "Order of the interview",
    order_intro: "You ask every candidate these questions, in this order.",
    unknown: "[unknown competency]",
    no_questions: "[no questions yet]",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// The text in `lang`, or the placeholder when it is not written yet.
fn text(t: &Text, lang: Lang) -> String {
    match t.get(lang).map(str::trim) {
        Some(s) if !s.is_empty() => s.to_owned(),
        _ => words(lang).missing.to_owned(),
    }
}

fn section(heading: &str) -> PreviewSection {
    PreviewSection {
        heading: heading.to_owned(),
        paragraphs: Vec::new(),
        items: Vec::new(),
        ordered: false,
    }
}

fn item(label: Option<&str>, text: String) -> PreviewItem {
    PreviewItem {
        label: label.map(str::to_owned),
        text,
        sub: Vec::new(),
    }
}

/// "Show this with an example from any part of your life."
fn how_to_apply(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Laat in je brief met een voorbeeld zien hoe je dit doet ({name}). Je voorbeeld mag uit elk deel van je leven komen: werk, school, vrijwilligerswerk, sport of thuis."
        ),
        Lang::En => format!(
            "In your letter, show with an example how you do this ({name}). Your example may come from any part of your life: work, school, volunteering, sport or home."
        ),
    }
}

/// A competency: its "Wat je kunt" line and how to show it, then its interview questions
/// with follow-ups and the 1/3/5 anchors.
pub fn competency(c: &Competency, lang: Lang) -> Preview {
    let w = words(lang);
    let name = text(&c.name, lang);

    let mut can = section(w.can_do);
    can.items.push(item(Some(&name), text(&c.definition, lang)));
    let mut show = section(w.show_it);
    show.paragraphs.push(how_to_apply(&name, lang));

    Preview {
        title: name,
        vacancy: vec![can, show],
        interview: interview_sections(c, lang),
    }
}

fn interview_sections(c: &Competency, lang: Lang) -> Vec<PreviewSection> {
    let w = words(lang);
    let mut questions = section(w.questions);
    questions.ordered = true;
    for q in &c.questions {
        let label = match q.kind {
            QuestionKind::Behavioural => w.behavioural,
            QuestionKind::Situational => w.situational,
        };
        let mut it = item(Some(label), text(&q.text, lang));
        it.sub = q
            .follow_ups
            .iter()
            .map(|f| format!("{}: {}", w.follow_up, text(f, lang)))
            .collect();
        questions.items.push(it);
    }
    if c.questions.is_empty() {
        questions.paragraphs.push(w.no_questions.to_owned());
    }
    let mut anchors = section(w.anchors);
    for (points, t) in [
        ("1", &c.interview_anchors.one),
        ("3", &c.interview_anchors.three),
        ("5", &c.interview_anchors.five),
    ] {
        anchors.items.push(item(Some(points), text(t, lang)));
    }
    let mut out = vec![questions, anchors];
    if let Some(ws) = &c.work_sample {
        let mut s = section(w.work_sample);
        s.paragraphs.push(text(ws, lang));
        out.push(s);
    }
    out
}

/// A role: a short vacancy outline (title, summary, tasks, competencies, requirements,
/// conditions) and the order of its interview (each competency with its main questions).
pub fn role(r: &Role, pack: &Pack, lang: Lang) -> Preview {
    let w = words(lang);
    let title = text(&r.title, lang);
    let comps: Vec<Option<&Competency>> = r
        .competencies
        .iter()
        .map(|id| pack.competencies.iter().find(|c| &c.id == id))
        .collect();

    let mut intro = section(&title);
    intro.paragraphs.push(text(&r.summary, lang));

    let mut tasks = section(w.tasks);
    tasks.items = r.tasks.iter().map(|t| item(None, text(t, lang))).collect();

    let mut can = section(w.can_do);
    can.items = comps
        .iter()
        .zip(&r.competencies)
        .map(|(c, id)| match c {
            Some(c) => item(Some(&text(&c.name, lang)), text(&c.definition, lang)),
            None => item(Some(w.unknown), id.clone()),
        })
        .collect();

    let mut vacancy = vec![intro, tasks, can];
    if !r.requirements.is_empty() {
        let mut req = section(w.requirements);
        req.items = r
            .requirements
            .iter()
            .map(|q| {
                let mut it = item(None, text(&q.text, lang));
                it.sub.push(format!("{}: {}", w.why, text(&q.reason, lang)));
                it
            })
            .collect();
        vacancy.push(req);
    }
    let mut cond = section(w.conditions);
    cond.items = vec![
        item(Some(w.hours), text(&r.conditions.hours, lang)),
        item(Some(w.cao), text(&r.conditions.cao, lang)),
        item(Some(w.pay), text(&r.conditions.pay_hint, lang)),
    ];
    vacancy.push(cond);

    let mut order = section(w.order);
    order.ordered = true;
    order.paragraphs.push(w.order_intro.to_owned());
    order.items = comps
        .iter()
        .zip(&r.competencies)
        .map(|(c, id)| match c {
            Some(c) => {
                let mut it = item(None, text(&c.name, lang));
                it.sub = c.questions.iter().map(|q| text(&q.text, lang)).collect();
                it
            }
            None => item(Some(w.unknown), id.clone()),
        })
        .collect();

    Preview {
        title,
        vacancy,
        interview: vec![order],
    }
}

/// The preview as plain text lines, for the CLI.
pub fn to_text(p: &Preview, lang: Lang) -> String {
    let (vacancy, interview) = match lang {
        Lang::Nl => ("IN EEN VACATURE", "IN EEN GESPREK"),
        Lang::En => ("IN A VACANCY", "IN AN INTERVIEW"),
    };
    let mut out = format!("{}\n", p.title);
    for (part, sections) in [(vacancy, &p.vacancy), (interview, &p.interview)] {
        out.push_str(&format!("\n== {part} ==\n"));
        for s in sections {
            out.push_str(&format!("\n{}\n", s.heading));
            for para in &s.paragraphs {
                out.push_str(&format!("{para}\n"));
            }
            for (i, it) in s.items.iter().enumerate() {
                let bullet = if s.ordered {
                    format!("{}.", i + 1)
                } else {
                    "-".to_owned()
                };
                match &it.label {
                    Some(l) => out.push_str(&format!("{bullet} {l}: {}\n", it.text)),
                    None => out.push_str(&format!("{bullet} {}\n", it.text)),
                }
                for sub in &it.sub {
                    out.push_str(&format!("   - {sub}\n"));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack() -> Pack {
        let bytes = include_bytes!("../../cli/tests/fixtures/winkel.werfpack.json");
        werfwijzer_packs::parse(bytes).unwrap()
    }

    #[test]
    fn a_competency_reads_as_can_do_with_a_hint_and_as_questions_with_anchors() {
        let p = pack();
        let c = &p.competencies[0];
        let nl = competency(c, Lang::Nl);
        assert_eq!(nl.title, c.name.nl.clone().unwrap());
        assert_eq!(nl.vacancy[0].heading, "Wat je kunt");
        assert_eq!(nl.vacancy[0].items[0].label, c.name.nl);
        assert_eq!(Some(nl.vacancy[0].items[0].text.clone()), c.definition.nl);
        assert!(nl.vacancy[1].paragraphs[0].contains("elk deel van je leven"));
        let qs = &nl.interview[0];
        assert!(qs.ordered);
        assert_eq!(qs.items.len(), c.questions.len());
        assert_eq!(Some(qs.items[0].text.clone()), c.questions[0].text.nl);
        assert_eq!(qs.items[0].sub.len(), c.questions[0].follow_ups.len());
        assert!(qs.items[0].sub[0].starts_with("Doorvraag: "));
        let labels: Vec<_> = nl.interview[1]
            .items
            .iter()
            .map(|i| i.label.clone().unwrap())
            .collect();
        assert_eq!(labels, ["1", "3", "5"]);

        let en = competency(c, Lang::En);
        assert_eq!(en.vacancy[0].heading, "What you can do");
        assert_eq!(Some(en.title.clone()), c.name.en);
        assert!(en.vacancy[1].paragraphs[0].contains("any part of your life"));
    }

    #[test]
    fn a_missing_text_shows_a_placeholder_not_the_other_language() {
        let mut c = pack().competencies[0].clone();
        c.definition.en = None;
        let en = competency(&c, Lang::En);
        assert_eq!(en.vacancy[0].items[0].text, "[not filled in yet]");
        c.questions.clear();
        let nl = competency(&c, Lang::Nl);
        assert_eq!(nl.interview[0].paragraphs, ["[nog geen vragen]"]);
    }

    #[test]
    fn a_role_reads_as_a_vacancy_outline_and_an_interview_order() {
        let p = pack();
        let r = &p.roles[0];
        let nl = role(r, &p, Lang::Nl);
        assert_eq!(Some(nl.title.clone()), r.title.nl);
        let headings: Vec<_> = nl.vacancy.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings[1..3], ["Wat je gaat doen", "Wat je kunt"]);
        assert_eq!(*headings.last().unwrap(), "Wat wij bieden");
        assert_eq!(nl.vacancy[1].items.len(), r.tasks.len());
        assert_eq!(nl.vacancy[2].items.len(), r.competencies.len());
        let cond = &nl.vacancy.last().unwrap().items;
        assert_eq!(cond[0].label.as_deref(), Some("Uren"));
        assert_eq!(Some(cond[0].text.clone()), r.conditions.hours.nl);
        let order = &nl.interview[0];
        assert!(order.ordered);
        let first = p
            .competencies
            .iter()
            .find(|c| c.id == r.competencies[0])
            .unwrap();
        assert_eq!(Some(order.items[0].text.clone()), first.name.nl);
        assert_eq!(order.items[0].sub.len(), first.questions.len());

        let mut broken = r.clone();
        broken.competencies.push("bestaat-niet".into());
        let en = role(&broken, &p, Lang::En);
        let last = en.vacancy[2].items.last().unwrap();
        assert_eq!(last.label.as_deref(), Some("[unknown competency]"));
        assert_eq!(last.text, "bestaat-niet");
    }

    #[test]
    fn the_text_form_has_both_parts() {
        let p = pack();
        let text = to_text(&competency(&p.competencies[0], Lang::Nl), Lang::Nl);
        assert!(text.contains("== IN EEN VACATURE =="));
        assert!(text.contains("== IN EEN GESPREK =="));
        assert!(text.contains("1. Voorbeeld: "));
    }
}
