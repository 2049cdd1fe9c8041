//! The pack `werfwijzer-cli pack new` writes: valid as it is, so an association can check,
//! sign and try it at once, and clearly an example to replace. A role needs four to six
//! competencies, so there are four example competencies and one example role.

use werfwijzer_packs::{
    Anchors, Competency, Conditions, Lang, Pack, Publisher, Question, QuestionKind, Requirement,
    Role, Text, FORMAT, FORMAT_VERSION,
};

fn t(nl: &str, en: &str) -> Text {
    Text {
        nl: Some(nl.to_owned()),
        en: Some(en.to_owned()),
    }
}

/// Texts of one example competency, Dutch then English.
struct Example {
    id: &'static str,
    name: [&'static str; 2],
    definition: [&'static str; 2],
    indicators: [[&'static str; 2]; 3],
    letter: [[&'static str; 2]; 3],
    behavioural: [&'static str; 2],
    behavioural_follow_up: [&'static str; 2],
    situational: [&'static str; 2],
    situational_follow_up: [&'static str; 2],
    interview: [[&'static str; 2]; 3],
}

const EXAMPLES: [Example; 4] = [
    Example {
        id: "voorbeeld-klanten-helpen",
        name: ["Klanten helpen (voorbeeld)", "Helping customers (example)"],
        definition: [
            "Je vraagt wat een klant zoekt en helpt de klant verder.",
            "You ask what a customer is looking for and help them further.",
        ],
        indicators: [
            ["Groet de klant en maakt oogcontact.", "Greets the customer and makes eye contact."],
            ["Vraagt door tot duidelijk is wat de klant zoekt.", "Asks questions until it is clear what the customer wants."],
            ["Zoekt een oplossing als iets er niet is.", "Looks for a solution when something is not there."],
        ],
        letter: [
            ["De brief zegt niets over mensen helpen.", "The letter says nothing about helping people."],
            ["De brief noemt helpen, maar zonder voorbeeld.", "The letter mentions helping, but without an example."],
            ["De brief geeft een echt voorbeeld van iemand goed helpen.", "The letter gives a real example of helping someone well."],
        ],
        behavioural: [
            "Vertel over een keer dat je iemand goed hebt geholpen. Dat mag uit elk deel van je leven zijn.",
            "Tell me about a time you helped someone well. It may be from any part of your life.",
        ],
        behavioural_follow_up: ["Wat deed je precies?", "What exactly did you do?"],
        situational: [
            "Wat doe je als een klant iets zoekt dat wij niet hebben?",
            "What do you do if a customer looks for something we do not have?",
        ],
        situational_follow_up: ["Wat zeg je dan tegen de klant?", "What do you say to the customer?"],
        interview: [
            ["Geen voorbeeld, of de klant blijft zonder hulp.", "No example, or the customer is left without help."],
            ["Een voorbeeld met een paar goede stappen.", "An example with a few good steps."],
            ["Een duidelijk voorbeeld: vraagt door en vindt een oplossing.", "A clear example: asks questions and finds a solution."],
        ],
    },
    Example {
        id: "voorbeeld-samenwerken",
        name: ["Samenwerken (voorbeeld)", "Working together (example)"],
        definition: [
            "Je werkt samen met collega's en houdt je aan afspraken.",
            "You work with colleagues and keep to agreements.",
        ],
        indicators: [
            ["Vertelt collega's wat af is en wat nog niet.", "Tells colleagues what is done and what is not."],
            ["Helpt een collega als het druk is.", "Helps a colleague when it is busy."],
            ["Vraagt om hulp als dat nodig is.", "Asks for help when needed."],
        ],
        letter: [
            ["De brief zegt niets over samenwerken.", "The letter says nothing about working together."],
            ["De brief noemt samenwerken, maar zonder voorbeeld.", "The letter mentions working together, but without an example."],
            ["De brief geeft een voorbeeld van goed samenwerken.", "The letter gives an example of working together well."],
        ],
        behavioural: [
            "Vertel over een keer dat je met anderen iets voor elkaar kreeg. Werk, school, sport of thuis: alles telt.",
            "Tell me about a time you got something done with others. Work, school, sport or home: everything counts.",
        ],
        behavioural_follow_up: ["Wat was jouw deel?", "What was your part?"],
        situational: [
            "Wat doe je als een collega het werk niet af krijgt?",
            "What do you do if a colleague cannot finish their work?",
        ],
        situational_follow_up: ["Hoe spreek je dat af?", "How do you agree on it?"],
        interview: [
            ["Werkt liever alleen, of geen voorbeeld.", "Prefers to work alone, or no example."],
            ["Een voorbeeld met een eigen rol in het team.", "An example with an own role in the team."],
            ["Een duidelijk voorbeeld: overlegt, helpt en houdt zich aan afspraken.", "A clear example: consults, helps and keeps agreements."],
        ],
    },
    Example {
        id: "voorbeeld-zorgvuldig-werken",
        name: ["Zorgvuldig werken (voorbeeld)", "Working carefully (example)"],
        definition: [
            "Je werkt netjes en controleert je eigen werk.",
            "You work neatly and check your own work.",
        ],
        indicators: [
            ["Volgt de stappen van een werkinstructie.", "Follows the steps of a work instruction."],
            ["Controleert het werk voordat het af is.", "Checks the work before it is finished."],
            ["Meldt een fout meteen.", "Reports a mistake straight away."],
        ],
        letter: [
            ["De brief zegt niets over netjes werken.", "The letter says nothing about working neatly."],
            ["De brief noemt netjes werken, maar zonder voorbeeld.", "The letter mentions working neatly, but without an example."],
            ["De brief geeft een voorbeeld van werk dat goed gecontroleerd is.", "The letter gives an example of work that was checked well."],
        ],
        behavioural: [
            "Vertel over een keer dat je een fout op tijd zag. Dat mag uit elk deel van je leven zijn.",
            "Tell me about a time you spotted a mistake in time. It may be from any part of your life.",
        ],
        behavioural_follow_up: ["Hoe zag je de fout?", "How did you spot the mistake?"],
        situational: [
            "Wat doe je als je merkt dat je een fout hebt gemaakt?",
            "What do you do if you notice you made a mistake?",
        ],
        situational_follow_up: ["Wie vertel je dat?", "Who do you tell?"],
        interview: [
            ["Geen voorbeeld, of fouten worden niet gemeld.", "No example, or mistakes are not reported."],
            ["Een voorbeeld waarin het werk gecontroleerd wordt.", "An example in which the work is checked."],
            ["Een duidelijk voorbeeld: controleert, meldt en herstelt.", "A clear example: checks, reports and repairs."],
        ],
    },
    Example {
        id: "voorbeeld-afspraken-nakomen",
        name: ["Afspraken nakomen (voorbeeld)", "Keeping agreements (example)"],
        definition: [
            "Je komt op tijd en doet wat je hebt afgesproken.",
            "You arrive on time and do what you agreed.",
        ],
        indicators: [
            ["Is op tijd voor het werk.", "Is on time for work."],
            ["Belt op tijd als het niet lukt.", "Calls in time when something does not work out."],
            ["Maakt af waar hij of zij aan begint.", "Finishes what they start."],
        ],
        letter: [
            ["De brief zegt niets over afspraken.", "The letter says nothing about agreements."],
            ["De brief noemt betrouwbaar zijn, maar zonder voorbeeld.", "The letter mentions being reliable, but without an example."],
            ["De brief geeft een voorbeeld van een afspraak die is nagekomen.", "The letter gives an example of an agreement that was kept."],
        ],
        behavioural: [
            "Vertel over een keer dat je een belofte hebt waargemaakt, ook al was het lastig.",
            "Tell me about a time you kept a promise, even though it was hard.",
        ],
        behavioural_follow_up: ["Wat maakte het lastig?", "What made it hard?"],
        situational: [
            "Wat doe je als je merkt dat je te laat komt voor je dienst?",
            "What do you do if you notice you will be late for your shift?",
        ],
        situational_follow_up: ["Wanneer laat je het weten?", "When do you let us know?"],
        interview: [
            ["Geen voorbeeld, of afspraken tellen niet.", "No example, or agreements do not count."],
            ["Een voorbeeld van een afspraak die is nagekomen.", "An example of an agreement that was kept."],
            ["Een duidelijk voorbeeld: komt na, en meldt op tijd als het niet lukt.", "A clear example: keeps it, and reports in time when it fails."],
        ],
    },
];

fn pair(p: [&str; 2]) -> Text {
    t(p[0], p[1])
}

fn competency(e: &Example) -> Competency {
    let anchors = |a: &[[&str; 2]; 3]| Anchors {
        one: pair(a[0]),
        three: pair(a[1]),
        five: pair(a[2]),
    };
    Competency {
        id: e.id.into(),
        name: pair(e.name),
        definition: pair(e.definition),
        indicators: e.indicators.iter().map(|i| pair(*i)).collect(),
        letter_anchors: anchors(&e.letter),
        questions: vec![
            Question {
                kind: QuestionKind::Behavioural,
                text: pair(e.behavioural),
                follow_ups: vec![pair(e.behavioural_follow_up)],
            },
            Question {
                kind: QuestionKind::Situational,
                text: pair(e.situational),
                follow_ups: vec![pair(e.situational_follow_up)],
            },
        ],
        interview_anchors: anchors(&e.interview),
        work_sample: None,
    }
}

/// A new pack with the example competencies and role.
pub fn pack(id: &str, publisher_id: &str, publisher_name: &str, nl: &str, en: &str) -> Pack {
    let competencies: Vec<Competency> = EXAMPLES.iter().map(competency).collect();
    let role = Role {
        id: "voorbeeld-medewerker-winkel".into(),
        sector: "voorbeeld".into(),
        title: t("Medewerker winkel (voorbeeld)", "Shop assistant (example)"),
        summary: t(
            "Je helpt klanten in de winkel en zorgt dat alles er netjes uitziet. Dit is een voorbeeld: vervang het door je eigen tekst.",
            "You help customers in the shop and keep everything tidy. This is an example: replace it with your own text.",
        ),
        tasks: vec![
            t("Je helpt klanten bij het kiezen.", "You help customers choose."),
            t("Je vult de schappen aan.", "You restock the shelves."),
            t("Je rekent af aan de kassa.", "You handle payments at the till."),
        ],
        competencies: competencies.iter().map(|c| c.id.clone()).collect(),
        conditions: Conditions {
            hours: t("24 tot 32 uur per week", "24 to 32 hours a week"),
            cao: t("Vul hier de cao van je sector in", "Fill in your sector's collective agreement here"),
            pay_hint: t("Vul hier de functiegroep of het loon in", "Fill in the pay grade or wage here"),
        },
        requirements: vec![Requirement {
            text: t("Je kunt op zaterdag werken.", "You can work on Saturdays."),
            reason: t("De winkel is op zaterdag het drukst.", "Saturday is the busiest day in the shop."),
        }],
    };
    Pack {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        id: id.into(),
        version: "1.0.0".into(),
        publisher: Publisher {
            id: publisher_id.into(),
            name: publisher_name.into(),
        },
        title: t(nl, en),
        description: Some(t(
            "Dit pakket bevat voorbeelden. Vervang de voorbeeldcompetenties en de voorbeeldfunctie door je eigen tekst.",
            "This pack holds examples. Replace the example competencies and the example role with your own text.",
        )),
        languages: vec![Lang::Nl, Lang::En],
        competencies,
        roles: vec![role],
        logo: None,
        signature: None,
    }
}
