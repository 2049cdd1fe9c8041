//! Reasons and neutral alternatives, in plain B1 Dutch ("je") and English.

use crate::{Bilingual, Category};

fn b(nl: &str, en: &str) -> Bilingual {
    Bilingual {
        nl: nl.to_owned(),
        en: en.to_owned(),
    }
}

/// The default reason and alternative for a category.
pub fn default_for(cat: Category) -> (Bilingual, Bilingual) {
    match cat {
        Category::Age => (
            b(
                "Dit gaat over leeftijd. Een leeftijdsgrens of woorden als 'jong' sluiten mensen uit, en dat mag niet als het werk er niet om vraagt.",
                "This is about age. An age limit or words like 'young' shut people out, and that is not allowed unless the work requires it.",
            ),
            b(
                "Beschrijf wat iemand moet kunnen, bijvoorbeeld: 'Je kunt een hele dienst op je benen staan.' Of beschrijf het team zonder leeftijd: 'een team van twaalf collega's'.",
                "Describe what someone must be able to do, for example: 'You can stand for a whole shift.' Or describe the team without age: 'a team of twelve colleagues'.",
            ),
        ),
        Category::Sex => (
            b(
                "Dit wijst naar één geslacht. Mannen en vrouwen moeten zich allebei aangesproken voelen.",
                "This points to one sex. Men and women should both feel addressed.",
            ),
            b(
                "Gebruik een neutrale functienaam en spreek de lezer aan met 'je', bijvoorbeeld: 'Je rijdt zelfstandig naar klanten.'",
                "Use a neutral job title and address the reader as 'you', for example: 'You drive to customers on your own.'",
            ),
        ),
        Category::Origin => (
            b(
                "Dit vraagt om een afkomst, nationaliteit of moedertaal. Dat sluit mensen uit die de taal goed genoeg spreken voor het werk.",
                "This asks for an origin, nationality or mother tongue. That shuts out people who speak the language well enough for the work.",
            ),
            b(
                "Noem het taalniveau dat het werk echt vraagt, en waarom, bijvoorbeeld: 'Je spreekt Nederlands op B1-niveau, omdat je klanten aan de telefoon helpt.'",
                "Name the language level the work really needs, and why, for example: 'You speak Dutch at B1 level, because you help customers by phone.'",
            ),
        ),
        Category::Appearance => (
            b(
                "Dit gaat over uiterlijk, of vraagt om een foto. Hoe iemand eruitziet zegt niets over hoe goed iemand het werk doet.",
                "This is about looks, or asks for a photo. How someone looks says nothing about how well they do the work.",
            ),
            b(
                "Noem alleen echte afspraken over kleding, bijvoorbeeld: 'Je draagt de werkkleding die je van ons krijgt.' Vraag geen foto.",
                "Only name real agreements about clothing, for example: 'You wear the work clothes we provide.' Do not ask for a photo.",
            ),
        ),
        Category::Health => (
            b(
                "Dit stelt eisen aan gezondheid of conditie. Dat sluit mensen met een beperking uit, ook als ze het werk prima kunnen doen.",
                "This sets demands on health or fitness. It shuts out people with a disability, even if they can do the work well.",
            ),
            b(
                "Beschrijf wat het werk lichamelijk vraagt, bijvoorbeeld: 'Je tilt regelmatig dozen tot 15 kilo.'",
                "Describe what the work asks physically, for example: 'You regularly lift boxes of up to 15 kilos.'",
            ),
        ),
        Category::Family => (
            b(
                "Dit gaat over gezin, kinderen of zorgtaken. Daar mag je niet op selecteren.",
                "This is about family, children or care duties. You may not select on that.",
            ),
            b(
                "Noem de werktijden en hoe flexibel ze zijn, bijvoorbeeld: 'Je werkt op schooldagen van 9 tot 14 uur.'",
                "Name the working hours and how flexible they are, for example: 'You work on school days from 9 to 2.'",
            ),
        ),
        Category::Religion => (
            b(
                "Dit gaat over geloof of religieuze kleding. Daar mag je niet op selecteren.",
                "This is about religion or religious clothing. You may not select on that.",
            ),
            b(
                "Noem alleen wat nodig is voor veiligheid of hygiëne, voor iedereen gelijk, bijvoorbeeld: 'Je draagt de werkkleding en het haarnetje die je van ons krijgt.'",
                "Only name what safety or hygiene needs, the same for everyone, for example: 'You wear the work clothes and hairnet we provide.'",
            ),
        ),
        Category::Trait => (
            b(
                "Dit is een eigenschap, geen gedrag. Iedereen noemt zichzelf zo; je kunt het niet beoordelen.",
                "This is a trait, not behaviour. Everyone calls themselves that; you cannot assess it.",
            ),
            b(
                "Beschrijf wat iemand doet in het werk, bijvoorbeeld: 'Je houdt overzicht als er vijf klanten tegelijk wachten.'",
                "Describe what someone does in the work, for example: 'You keep track when five customers are waiting at once.'",
            ),
        ),
        Category::CultureFit => (
            b(
                "'Passen in het team' of 'een klik' is een gevoel. Het leidt vaak tot collega's die op jezelf lijken.",
                "'Fitting in' or 'a click' is a feeling. It often leads to hiring people who are like you.",
            ),
            b(
                "Beschrijf hoe jullie samenwerken, bijvoorbeeld: 'Je overlegt elke ochtend kort met je collega's over de planning.'",
                "Describe how you work together, for example: 'Every morning you briefly discuss the planning with your colleagues.'",
            ),
        ),
        Category::Diploma => (
            b(
                "Een harde diploma-eis sluit mensen uit die het werk door ervaring ook kunnen.",
                "A hard diploma demand shuts out people who can do the work through experience.",
            ),
            b(
                "Noem een alternatief, bijvoorbeeld: 'Een mbo-diploma niveau 3, of vergelijkbare ervaring.'",
                "Name an alternative, for example: 'A secondary vocational diploma, or equivalent experience.'",
            ),
        ),
        Category::GenderCoded => (
            b(
                "Dit woord klinkt mannelijk. Vrouwen reageren er minder snel op, ook als ze geschikt zijn.",
                "This word sounds masculine. Women are less likely to apply, even when they are suitable.",
            ),
            b(
                "Beschrijf het gedrag dat je zoekt, bijvoorbeeld: 'Je neemt de leiding op de bouwplaats en verdeelt het werk.'",
                "Describe the behaviour you want, for example: 'You take the lead on site and divide the work.'",
            ),
        ),
        Category::PayHistory => (
            b(
                "Vragen naar het huidige of vorige salaris houdt oude loonverschillen in stand.",
                "Asking for current or previous pay keeps old pay gaps in place.",
            ),
            b(
                "Noem zelf de salarisschaal van de functie, bijvoorbeeld: 'Het salaris is € 2.800 tot € 3.400 per maand.'",
                "State the pay range of the job yourself, for example: 'The salary is € 2,800 to € 3,400 a month.'",
            ),
        ),
    }
}

/// A specific message for some words; falls back to the category default.
pub fn for_word(cat: Category, word: &str) -> (Bilingual, Bilingual) {
    let (reason, alt) = default_for(cat);
    let w = word.to_lowercase();
    match cat {
        Category::Trait if w.starts_with("stressbestendig") || w.starts_with("stress") => (
            reason,
            b(
                "Beschrijf wat iemand doet op drukke momenten, bijvoorbeeld: 'Je houdt overzicht als er vijf klanten tegelijk wachten.'",
                "Describe what someone does at busy moments, for example: 'You keep track when five customers are waiting at once.'",
            ),
        ),
        Category::Trait if w.starts_with("flexib") => (
            reason,
            b(
                "Noem wat er concreet wisselt, bijvoorbeeld: 'Je werkt soms op zaterdag, in overleg.'",
                "Name what actually changes, for example: 'You sometimes work on Saturdays, by arrangement.'",
            ),
        ),
        Category::Trait if w.starts_with("team") => (
            reason,
            b(
                "Beschrijf de samenwerking, bijvoorbeeld: 'Je neemt werk over van een collega als die het druk heeft.'",
                "Describe the teamwork, for example: 'You take over work from a colleague who is busy.'",
            ),
        ),
        Category::Appearance if w.contains("foto") || w.contains("photo") => (
            b(
                "Een foto laat leeftijd, afkomst en uiterlijk zien. Dat helpt niet bij het kiezen en kan leiden tot discriminatie.",
                "A photo shows age, origin and looks. It does not help the choice and can lead to discrimination.",
            ),
            b(
                "Vraag alleen een cv en een korte motivatie, of de antwoorden op de vragen per competentie.",
                "Ask only for a CV and a short motivation, or the answers to the questions per competency.",
            ),
        ),
        _ => (reason, alt),
    }
}

/// The message for a gendered job title, naming the neutral form.
pub fn for_title(neutral: &str) -> (Bilingual, Bilingual) {
    let (reason, _) = default_for(Category::Sex);
    (
        reason,
        Bilingual {
            nl: format!("Gebruik een neutrale functienaam, bijvoorbeeld: '{neutral}'."),
            en: format!("Use a neutral job title, for example: '{neutral}'."),
        },
    )
}

/// The message for a pronoun that refers to the candidate.
pub fn for_pronoun() -> (Bilingual, Bilingual) {
    (
        b(
            "'Hij' of 'zij' voor de kandidaat gaat ervan uit dat die een man of een vrouw is.",
            "'He' or 'she' for the candidate assumes they are a man or a woman.",
        ),
        b(
            "Spreek de lezer aan met 'je', bijvoorbeeld: 'Je rijdt zelfstandig naar klanten.'",
            "Address the reader as 'you', for example: 'You drive to customers on your own.'",
        ),
    )
}
