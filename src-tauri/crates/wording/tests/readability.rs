//! The readability figure on own texts: plain B1 vacancy texts, bureaucratic texts,
//! English texts, and odd input.

use std::time::Instant;

use werfwijzer_wording::{readability, Lang, ReadLevel};

const B1_PACK_SUMMARY: &str = "Je maakt elke ochtend brood en broodjes voor de winkel en voor bestellingen, van afwegen tot bakken. Je werkt in een ambachtelijke bakkerij met een klein team. Onze hygiëneregels (HACCP) leer je bij ons tijdens het inwerken.";

const B1_VACANCY: &str = "Verkoper in onze fietsenwinkel\n\nWat ga je doen\n- Je helpt klanten die een fiets zoeken.\n- Je legt uit hoe een e-bike werkt\n- Je maakt de kassa op aan het eind van de dag\n\nWat bieden wij\nJe verdient € 2.400 tot € 2.800 per maand. Je werkt 32 uur per week. Je krijgt een fiets van de zaak.\n\nHoe kiezen wij\nWe lezen alle brieven zonder naam. Iedereen krijgt dezelfde vragen.";

const BUREAUCRATIC: &[&str] = &[
    "Met inachtneming van de ter zake geldende bepalingen en onverminderd het bepaalde in de toepasselijke collectieve arbeidsovereenkomst, draagt de functionaris zorg voor de coördinatie, implementatie en evaluatie van beleidsmatige en procesmatige verbeterinitiatieven, alsmede voor de daaruit voortvloeiende rapportageverplichtingen jegens de directie. Teneinde de continuïteit van de bedrijfsvoering te waarborgen, wordt van de betrokkene verwacht dat deze zich conformeert aan de vigerende procedures en dat deze, indien de omstandigheden daartoe nopen, zijn of haar werkzaamheden dienovereenkomstig aanpast.",
    "Onder verwijzing naar de vigerende regelgeving inzake arbeidsomstandigheden wordt de aanvrager verzocht om, voorafgaand aan de aanvang van het dienstverband, een verklaring omtrent het gedrag te overleggen, welke niet ouder dient te zijn dan drie maanden, bij gebreke waarvan de totstandkoming van de arbeidsovereenkomst niet kan worden geëffectueerd.",
    "De kandidaat beschikt over aantoonbare affiniteit met multidisciplinaire samenwerkingsverbanden en is in staat om complexe vraagstukken op het snijvlak van beleid en uitvoering te analyseren, te structureren en vervolgens in overleg met de relevante stakeholders te vertalen naar concrete, toetsbare en haalbare interventies die bijdragen aan de realisatie van de strategische doelstellingen van de organisatie.",
];

const EN_PLAIN: &str = "You help customers in our shop. You work at the till and fill the shelves. We pay £11 to £13 an hour. You get a free lunch every day. Send us a short letter and tell us why you like the work.";

const EN_HARD: &str = "Notwithstanding the aforementioned contractual obligations, the successful candidate will be expected to demonstrate comprehensive organisational capabilities, facilitate interdepartmental communication, and operationalise strategic initiatives in accordance with applicable regulatory requirements and institutional governance frameworks.";

#[test]
fn plain_b1_dutch_reads_easy() {
    for text in [B1_PACK_SUMMARY, B1_VACANCY] {
        let r = readability(text, Lang::Nl);
        println!("{:?} {:.1} {r:?}", r.level, r.score);
        assert!(
            matches!(r.level, ReadLevel::Easy | ReadLevel::Fair),
            "{r:?}"
        );
        assert!(r.score >= 60.0, "{r:?}");
    }
    let r = readability(B1_VACANCY, Lang::Nl);
    assert!(
        r.sentences >= 12,
        "bullets and headings are sentences: {r:?}"
    );
    assert!(r.avg_sentence_words < 8.0, "{r:?}");
}

#[test]
fn bureaucratic_dutch_reads_hard() {
    for text in BUREAUCRATIC {
        let r = readability(text, Lang::Nl);
        println!(
            "{:?} {:.1} rare {:.3} asl {:.1}",
            r.level, r.score, r.rare_word_share, r.avg_sentence_words
        );
        assert!(
            matches!(r.level, ReadLevel::Hard | ReadLevel::VeryHard),
            "{r:?}"
        );
        assert!(r.rare_word_share > 0.15, "{r:?}");
    }
    // short sentences of rare words are still hard to read; long sentences of common
    // words too: each feature counts on its own
    let rare_short = "Dienaangaande geschiedt de accreditatie periodiek. Desalniettemin prevaleert de verordening.";
    assert!(readability(rare_short, Lang::Nl).score < 60.0);
    let long_common = "Je werkt in de winkel en je helpt de mensen die binnen komen en je zet de spullen in de kast en je maakt het schoon als het druk was en je doet de kassa als je collega naar huis is en je belt de baas als er iets mis is met de kassa of met de deur.";
    assert!(readability(long_common, Lang::Nl).score < 60.0);
}

#[test]
fn english_flesch() {
    let plain = readability(EN_PLAIN, Lang::En);
    let hard = readability(EN_HARD, Lang::En);
    println!("plain {plain:?}\nhard {hard:?}");
    assert_eq!(plain.level, ReadLevel::Easy);
    assert_eq!(hard.level, ReadLevel::VeryHard);
    assert_eq!(plain.label.en, "Easy to read for most people");
    assert_eq!(plain.rare_word_share, 0.0);
}

#[test]
fn odd_input_gives_a_neutral_or_finite_result() {
    for text in [
        "",
        "   \n\t ",
        "...!!!???",
        "- \n- \n•",
        "😀😀 🎉",
        "12 34 56.",
    ] {
        for lang in [Lang::Nl, Lang::En] {
            let r = readability(text, lang);
            assert_eq!(r.words, 0, "{text:?}");
            assert_eq!(r.sentences, 0);
            assert!(r.score.is_finite() && r.avg_sentence_words == 0.0);
            assert_eq!(r.label.nl, "Nog geen tekst");
        }
    }
    let long_word = "a".repeat(100_000);
    let ten_thousand = "woord ".repeat(10_000);
    let no_stop = "Je werkt hard ".repeat(3_000);
    let mixed = "İ€ 2 — ŞŞ 😀 tot 3 k\n\n\n... e.g. x-.-y 'a' ’s--- -- . . 2.800. A.B.C.";
    for text in [long_word.as_str(), &ten_thousand, &no_stop, mixed] {
        for lang in [Lang::Nl, Lang::En] {
            let r = readability(text, lang);
            assert!(
                r.score.is_finite() && (0.0..=100.0).contains(&r.score),
                "{r:?}"
            );
            assert!(r.avg_sentence_words.is_finite() && r.rare_word_share.is_finite());
            assert!(r.words >= r.sentences);
        }
    }
    assert_eq!(readability(&ten_thousand, Lang::Nl).words, 10_000);
    // every prefix of an odd text, cut on char boundaries
    for cut in 0..mixed.len() {
        if mixed.is_char_boundary(cut) {
            let r = readability(&mixed[..cut], Lang::Nl);
            assert!(r.score.is_finite());
        }
    }
    // a pseudo-random mix of characters
    let alphabet: Vec<char> = "ab é.!?\n-•'’0 9ŞÿZ\t,😀".chars().collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..300 {
        let mut s = String::new();
        for _ in 0..(seed % 200) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        for lang in [Lang::Nl, Lang::En] {
            let r = readability(&s, lang);
            assert!(r.score.is_finite() && (0.0..=100.0).contains(&r.score));
        }
    }
}

#[test]
fn parse_once_and_fast_enough_in_a_debug_build() {
    let t = Instant::now();
    let n = werfwijzer_wording::readability::warm_up();
    println!("parse: {n} words in {:?} (debug build)", t.elapsed());
    assert!(n >= 29_000);
}
