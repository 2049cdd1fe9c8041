//! Vacancy texts written for these tests (not from the corpus), in several sectors, in
//! Dutch and English, with and without problems, and with the traps the checker must not
//! fall into. Each test lists exactly what must be flagged.

use werfwijzer_wording::{check, Category, Lang};

fn flagged(text: &str, lang: Lang) -> Vec<(String, String)> {
    check(text, lang)
        .iter()
        .map(|f| (f.category.as_str().to_owned(), f.slice(text).to_owned()))
        .collect()
}

fn expect(text: &str, lang: Lang, want: &[(&str, &str)]) {
    let got = flagged(text, lang);
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(c, p)| ((*c).to_owned(), (*p).to_owned()))
        .collect();
    assert_eq!(got, want, "\ntext:\n{text}");
}

#[test]
fn clean_dutch_bakery_with_traps() {
    let text = "Verkoper bakkerij (24 uur) – Bakkerij Van Dam, Zwolle\n\n\
Bij Bakkerij Van Dam verkopen we brood, gebak en broodjes met jonge kaas of belegen kaas. \
Onze bakker staat om vier uur op; hij/zij zorgt dat alles vers is.\n\n\
Wat vragen wij?\n\
- Je werkt netjes en snel, ook als er een rij staat.\n\
- Je bent minimaal 16 jaar, omdat je met de snijmachine werkt.\n\
- Je spreekt Nederlands op A2-niveau, want je helpt klanten aan de toonbank.\n\
- Je kunt regelmatig kratten tot 15 kilo tillen.\n\
- Een diploma verkoop, of vergelijkbare ervaring.\n\n\
Wat bieden wij?\n\
- Een salaris volgens de cao Bakkersbedrijf.\n\
- Elke dag een gratis broodje met jonge kaas.";
    expect(text, Lang::Nl, &[]);
}

#[test]
fn dutch_installer_with_problems() {
    let text = "Monteur zonnepanelen – Zon & Dak B.V., Almere\n\n\
Wij zoeken een monteur die graag op daken werkt. Hij plaatst panelen bij particulieren.\n\n\
Wat vragen wij?\n\
- Je bent een flexibele en stressbestendige vakkracht.\n\
- Een mbo-diploma elektrotechniek is verplicht.\n\
- Je hebt geen rugklachten.\n\
- Uitleg aan de klant over de werking van zijn omvormer.\n\
- Je werkt veilig en netjes.";
    expect(
        text,
        Lang::Nl,
        &[
            ("SEX", "Hij"),
            ("TRAIT", "flexibele"),
            ("TRAIT", "stressbestendige"),
            ("DIPLOMA", "Een mbo-diploma elektrotechniek is verplicht"),
            ("HEALTH", "geen rugklachten"),
        ],
    );
}

#[test]
fn clean_english_it_job_with_traps() {
    let text = "Mobile Developer – Appwerk, Utrecht\n\n\
We build native apps for iOS and Android, and a React Native app for a bank. \
Our platform is cloud-native and our tooling is fit-for-purpose.\n\n\
What we ask\n\
- A degree in computer science, or equivalent experience.\n\
- Dutch at B2 level, because you talk to Dutch customers every day.\n\
- When a customer calls, you find out what he needs before you start.\n\n\
What we offer\n\
- A competitive salary of € 3,800 – € 5,200.\n\
- A starter kit with a laptop on your first day.";
    expect(text, Lang::En, &[]);
}

#[test]
fn english_cafe_with_problems() {
    let text = "Waitress – The Corner Café, Amsterdam\n\n\
We are a young and energetic team looking for a waitress.\n\n\
About you\n\
- You are outgoing, bubbly and a real team player.\n\
- You are a native English speaker.\n\
- You must be between 18 and 25.\n\n\
Send your CV with a recent photo, and tell us your current salary.";
    expect(
        text,
        Lang::En,
        &[
            ("SEX", "Waitress"),
            ("AGE", "young and energetic team"),
            ("SEX", "waitress"),
            ("TRAIT", "outgoing"),
            ("TRAIT", "bubbly"),
            ("TRAIT", "team player"),
            ("ORIGIN", "a native English speaker"),
            ("AGE", "between 18 and 25"),
            ("APPEARANCE", "with a recent photo"),
            ("PAY_HISTORY", "your current salary"),
        ],
    );
}

#[test]
fn dutch_care_with_problems() {
    let text = "Verzorgster gezocht – Thuiszorg De Brug, Zaandam\n\n\
Wie zoeken wij?\n\
- Je bent lichamelijk fit.\n\
- Ideaal voor moeders: je werkt alleen onder schooltijd.\n\
- Je draagt geen hoofddoek of andere religieuze kleding.\n\
- Moedertaal Nederlands.";
    expect(
        text,
        Lang::Nl,
        &[
            ("SEX", "Verzorgster"),
            ("HEALTH", "lichamelijk fit"),
            ("FAMILY", "Ideaal voor moeders"),
            ("RELIGION", "geen hoofddoek of andere religieuze kleding"),
            ("ORIGIN", "Moedertaal Nederlands"),
        ],
    );
}

#[test]
fn clean_dutch_restaurant_with_traps() {
    let text = "Gastheer/gastvrouw – Restaurant De Waag, Deventer\n\n\
Onze chef kookt met seizoensproducten en jonge wijn uit de Achterhoek. Als een gast een \
allergie heeft, vertelt hij dat aan de bediening.\n\n\
Wat vragen wij?\n\
- Je ontvangt gasten en brengt ze aan tafel.\n\
- Je spreekt Nederlands of Engels, omdat veel gasten toeristen zijn.\n\
- Je bent beschikbaar op vrijdag en zaterdag.\n\n\
Wat bieden wij? Flexibele werktijden en een competitief salaris.";
    expect(text, Lang::Nl, &[]);
}

#[test]
fn dutch_office_with_problems() {
    let text = "Secretaresse (32 uur) – Advocatenkantoor Jansen, Breda\n\n\
Wat vragen wij?\n\
- Je bent tussen de 25 en 35 jaar.\n\
- Je bent een echte teamspeler en je past goed bij onze cultuur.\n\
- Moedertaal Nederlands of accentloos Engels.\n\
- Een afgeronde hbo-opleiding is vereist.\n\n\
Stuur je cv en je laatste loonstrook naar vacature@jansen.nl.";
    expect(
        text,
        Lang::Nl,
        &[
            ("SEX", "Secretaresse"),
            ("AGE", "tussen de 25 en 35 jaar"),
            ("TRAIT", "teamspeler"),
            ("CULTURE_FIT", "past goed bij onze cultuur"),
            ("ORIGIN", "Moedertaal Nederlands of accentloos Engels"),
            ("DIPLOMA", "Een afgeronde hbo-opleiding is vereist"),
            ("PAY_HISTORY", "je laatste loonstrook"),
        ],
    );
}

#[test]
fn clean_english_warehouse_with_traps() {
    let text = "Warehouse Operative – Nordic Logistics, Venlo\n\n\
What you will do\n\
- Pick orders with a hand scanner and load trucks.\n\
- Explain to a new driver where he can park.\n\n\
What we ask\n\
- You can lift boxes of up to 23 kilos several times an hour.\n\
- You are at least 18 years old, because you drive a forklift and the law requires it.\n\
- A forklift certificate, or the willingness to get it with us.\n\
- He or she will be trained by our team leader.\n\n\
What we offer\n\
- A salary of € 15.20 per hour, and 30% extra for night shifts.\n\
- We do not need a photo, your date of birth or your salary history.";
    expect(text, Lang::En, &[]);
}

#[test]
fn dutch_salon_mixed() {
    let text = "Kapper/kapster (m/v/x) – Studio Knip, Arnhem\n\n\
Ons team bestaat uit vier kapsters en een stagiair. Wij zoeken een collega die \
creatief is met kleur.\n\n\
Wat vragen wij?\n\
- Je bent creatief en modieus gekleed.\n\
- Je hebt een representatief uiterlijk.\n\
- Stuur een paar foto's van je werk mee.";
    expect(
        text,
        Lang::Nl,
        &[
            ("TRAIT", "creatief"),
            ("APPEARANCE", "modieus gekleed"),
            ("APPEARANCE", "representatief uiterlijk"),
        ],
    );
}

#[test]
fn english_care_with_problems() {
    let text = "Home Carer – Bright Days Care, Rotterdam\n\n\
We are looking for a home carer. She visits clients at home and helps them with daily care.\n\n\
What we ask\n\
- An ideal job for mothers with school-age children.\n\
- No physical disabilities.\n\
- You are a practising Christian.\n\
- You are a rockstar carer with a killer instinct.";
    expect(
        text,
        Lang::En,
        &[
            ("SEX", "She"),
            ("FAMILY", "ideal job for mothers"),
            ("HEALTH", "No physical disabilities"),
            ("RELIGION", "You are a practising Christian"),
            ("GENDER_CODED", "rockstar"),
            ("GENDER_CODED", "killer instinct"),
        ],
    );
}

#[test]
fn interview_questions_and_notes() {
    let text = "Hoe oud ben je? Heb je kinderen? Waar kom je vandaan? \
Wat is je huidige salaris? Vertel over een keer dat je een klant hielp.";
    expect(
        text,
        Lang::Nl,
        &[
            ("AGE", "Hoe oud ben je"),
            ("FAMILY", "Heb je kinderen"),
            ("ORIGIN", "Waar kom je vandaan"),
            ("PAY_HISTORY", "je huidige salaris"),
        ],
    );
}

#[test]
fn curly_quotes_case_and_offsets() {
    // curly apostrophes and quotes, capitals, and a multi-byte name before the finding
    let text =
        "Bij Çelik’s Döner zoeken we een “Stressbestendige” kracht. Je bent STRESSBESTENDIG.";
    let found = check(text, Lang::Nl);
    assert_eq!(found.len(), 2, "{found:?}");
    for f in &found {
        assert_eq!(f.category, Category::Trait);
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        let (cs, ce) = f.char_range(text);
        let by_chars: String = text.chars().skip(cs).take(ce - cs).collect();
        assert_eq!(by_chars, f.slice(text));
    }
    assert_eq!(found[1].slice(text), "STRESSBESTENDIG");
    let offs = werfwijzer_wording::to_char_offsets(text, &[found[1].end, found[0].start]);
    assert_eq!(
        offs,
        vec![found[1].char_range(text).1, found[0].char_range(text).0]
    );
}

#[test]
fn every_finding_explains_itself_in_both_languages() {
    let text = "Wij zoeken een jonge, stressbestendige kapster. Native Dutch speaker. \
HBO-diploma vereist. Je bent fit. Je past in ons team. Stuur een foto van jezelf.";
    let found = check(text, Lang::Nl);
    assert!(found.len() >= 7, "{found:?}");
    for f in &found {
        for s in [
            &f.reason.nl,
            &f.reason.en,
            &f.alternative.nl,
            &f.alternative.en,
        ] {
            assert!(s.len() > 20, "{f:?}");
        }
    }
    let trait_ = found
        .iter()
        .find(|f| f.category == Category::Trait)
        .unwrap();
    assert_eq!(
        trait_.reason.nl,
        "Dit is een eigenschap, geen gedrag. Iedereen noemt zichzelf zo; je kunt het niet beoordelen."
    );
    assert!(trait_.alternative.nl.contains("drukke momenten"));
    let title = found.iter().find(|f| f.category == Category::Sex).unwrap();
    assert!(title.alternative.nl.contains("kapper"), "{title:?}");
    let json = serde_json::to_value(&found[0]).unwrap();
    assert!(json["category"].is_string());
    let cats: Vec<&str> = found.iter().map(|f| f.category.as_str()).collect();
    for c in [
        "AGE",
        "TRAIT",
        "SEX",
        "ORIGIN",
        "DIPLOMA",
        "HEALTH",
        "CULTURE_FIT",
        "APPEARANCE",
    ] {
        assert!(cats.contains(&c), "{c} missing in {cats:?}");
    }
}

#[test]
fn language_detection_and_labels() {
    assert_eq!(
        Lang::detect("We are looking for a cook and you will work with our team."),
        Lang::En
    );
    assert_eq!(
        Lang::detect("Wij zoeken een kok die met ons team werkt."),
        Lang::Nl
    );
    assert_eq!(Lang::detect(""), Lang::Nl);
    let labels: Vec<String> = Category::ALL
        .iter()
        .map(|c| {
            serde_json::to_value(c)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        labels,
        [
            "AGE",
            "SEX",
            "ORIGIN",
            "APPEARANCE",
            "HEALTH",
            "FAMILY",
            "RELIGION",
            "TRAIT",
            "CULTURE_FIT",
            "DIPLOMA",
            "GENDER_CODED",
            "PAY_HISTORY"
        ]
    );
}

/// Single sentences that must stay clean: context the checker has to understand.
#[test]
fn context_traps_are_not_flagged() {
    let nl = [
        "Onze uitsmijter met jonge kaas is beroemd.",
        "Heb je een beperking? Vertel ons wat je nodig hebt, dan passen we de werkplek aan.",
        "Heb je een handicap? Dan regelen we samen de ondersteuning die je nodig hebt.",
        "Je maakt een foto van elke reparatie en stuurt die mee met de factuur.",
        "Je werkt met jonge kinderen in de kinderopvang.",
        "We zijn een team van jong en oud.",
        "Je werkt in een jong bedrijf.",
        "Uiterlijk 1 mei willen we een nieuwe collega.",
        "Wij bieden een aantrekkelijk salaris en een goed verzorgde lunch.",
        "Je bent flexibel inzetbaar in de avonden.",
        "We hebben flexibele werktijden.",
        "Je bent minimaal 18 jaar, omdat je alcohol schenkt.",
        "Onze monteur legt uit hoe hij de ketel onderhoudt.",
        "De klant belt en hij wil weten wanneer je komt.",
        "Je hebt minimaal hbo werk- en denkniveau.",
        "Een hbo-diploma is een pré.",
        "Je hebt een VCA-diploma, dat is verplicht op de bouwplaats.",
        "We bieden een fitnessabonnement.",
        "Dit product past bij het haar van de klant.",
        "Onze kantine is gezellig.",
        "Onze dominante positie in de markt.",
        "Wij betalen een competitief salaris.",
        "Een vrouw uit ons team begeleidt je.",
        "Wij zoeken een man of vrouw met ervaring.",
        "Hij of zij werkt zelfstandig.",
        "Maak een foto van de schade voor de klant.",
        "Stuur een paar foto's van je werk mee.",
        "Met een hoofddoek ben je ook welkom.",
        "Mensen met een beperking zijn van harte welkom.",
        "Je bent Nederlands en Engels machtig.",
        "Ongeacht je nationaliteit ben je welkom.",
        "Je spreekt Nederlands op B1-niveau, omdat je met bewoners praat.",
        "Je kunt regelmatig tot 25 kilo tillen.",
        "Je werkt netjes en snel.",
        "Je bent communicatief vaardig.",
        "Onze teamleider Sandra werkt hier al tien jaar. Zij is je eerste aanspreekpunt.",
        "Je hebt een goede conditie, want je loopt de hele dag.",
        "Ons team bestaat uit vier kapsters en een leerling.",
        "Check de actuele loontabel van de cao.",
        "Ben je beschikbaar tussen 17 en 21?",
        "Blijf fit met ons fietsplan.",
        "Je hebt een flexibele werkweek van 32 uur.",
        "Ons kantoor zit in een stoer pand aan de gracht.",
        "Ons team heeft vijf vrouwelijke collega's.",
        "Wij zoeken een zelfstandig werkend monteur.",
        "Na je start is de interne opleiding verplicht.",
        "Zet een kruisje bij de dagen dat je kunt, ook als je geen weekend kunt.",
        "Ook als je niet ouder bent dan 30 jaar, kun je een vast contract krijgen bij ons.",
    ];
    let en = [
        "We build native apps and a React Native app.",
        "Do you have a disability? Tell us what you need and we will adjust the workplace.",
        "Our tooling is fit-for-purpose and cloud-native.",
        "A starter kit is waiting on your first day.",
        "The chair must fit the customer.",
        "You fit and balance tyres on cars.",
        "We offer a competitive salary and benefits.",
        "A degree is welcome but not required.",
        "A Bachelor's degree is required, or equivalent experience.",
        "Our manager will call you; he is the one who decides.",
        "We are looking for a cleaner. He or she cleans our offices.",
        "We do not need a photo, date of birth or salary history.",
        "You serve alcohol according to the law: not to anyone under 18.",
        "Check the current pay table of the agreement.",
        "We help young people find a job.",
        "Dutch at B1 level, because you help Dutch-speaking staff by phone.",
        "We have a diverse team from many nationalities.",
        "The patient is always first.",
        "Are you Dutch-speaking and do you like to help people?",
        "Our killer app is used by 200 shops.",
        "We set aggressive growth targets.",
    ];
    for t in nl {
        assert_eq!(flagged(t, Lang::Nl), Vec::<(String, String)>::new(), "{t}");
    }
    for t in en {
        assert_eq!(flagged(t, Lang::En), Vec::<(String, String)>::new(), "{t}");
    }
}

/// Single sentences with one problem each, in other words than the corpus uses.
#[test]
fn problems_in_other_words_are_flagged() {
    let nl = [
        ("Wij zoeken een jonge hond die van aanpakken houdt.", "AGE"),
        ("Je bent maximaal 35 jaar oud.", "AGE"),
        ("Leeftijd: 20-30 jaar.", "AGE"),
        ("Leeftijd: 18-25.", "AGE"),
        ("Monteur (m) gezocht.", "SEX"),
        (
            "Je hebt doorzettingsvermogen en een positieve instelling.",
            "TRAIT",
        ),
        ("We zoeken een twintiger.", "AGE"),
        ("Je bent minimaal 18 jaar.", "AGE"),
        ("Hoe oud ben je?", "AGE"),
        ("Wij zoeken een verkoopster met ervaring.", "SEX"),
        ("Wij zoeken een kok. Hij staat in de keuken.", "SEX"),
        ("- Zij is klantgericht en neemt de telefoon op.", "SEX"),
        ("Perfect Nederlands zonder accent.", "ORIGIN"),
        ("Je bent een geboren Nederlander.", "ORIGIN"),
        ("Nederlandse nationaliteit is vereist.", "ORIGIN"),
        ("Je hebt een verzorgd uiterlijk.", "APPEARANCE"),
        ("Voeg een foto toe aan je sollicitatie.", "APPEARANCE"),
        ("Stuur een foto mee.", "APPEARANCE"),
        ("Een goede gezondheid is belangrijk.", "HEALTH"),
        ("Wij zoeken een fitte collega.", "HEALTH"),
        ("Je hebt je kinderopvang goed geregeld.", "FAMILY"),
        ("Heb je kinderen?", "FAMILY"),
        (
            "Heb je een beperking? Dat willen we weten voor het gesprek.",
            "HEALTH",
        ),
        (
            "Do you have a disability? Please tell us before the interview.",
            "HEALTH",
        ),
        ("Geen religieuze uitingen op de werkvloer.", "RELIGION"),
        ("Je bent geduldig met ouderen.", "TRAIT"),
        ("Je bent een echte people person.", "TRAIT"),
        ("Ben jij een people person en een teamplayer?", "TRAIT"),
        (
            "Gezocht: flexibele en stressbestendige medewerkers.",
            "TRAIT",
        ),
        ("Wij zoeken iemand die binnen ons team past.", "CULTURE_FIT"),
        (
            "Het moet klikken: de klik met het team is belangrijk.",
            "CULTURE_FIT",
        ),
        ("Hbo is een must.", "DIPLOMA"),
        ("Wij zoeken een stoere bikkel voor de bouw.", "GENDER_CODED"),
        (
            "Vertel ons wat je salaris bij je huidige werkgever is.",
            "PAY_HISTORY",
        ),
    ];
    let en = [
        ("We want someone in their twenties.", "AGE"),
        ("Applicants must be under 30.", "AGE"),
        ("Salesman wanted!", "SEX"),
        (
            "We are looking for a cleaner. He cleans our offices at night.",
            "SEX",
        ),
        ("You must have Dutch nationality.", "ORIGIN"),
        ("You speak Dutch like a native.", "ORIGIN"),
        ("Please attach a photo to your application.", "APPEARANCE"),
        ("You should have no health problems.", "HEALTH"),
        ("Are you pregnant?", "FAMILY"),
        ("No headscarves or other religious symbols.", "RELIGION"),
        ("You are friendly and patient with customers.", "TRAIT"),
        ("You are a good fit for our team.", "CULTURE_FIT"),
        ("A university degree is a must.", "DIPLOMA"),
        ("You are aggressive in negotiations.", "GENDER_CODED"),
        ("Tell us what you earn now.", "PAY_HISTORY"),
    ];
    for (t, cat) in nl {
        let got = flagged(t, Lang::Nl);
        assert!(
            got.iter().any(|(c, _)| c == cat),
            "{t}: want {cat}, got {got:?}"
        );
    }
    for (t, cat) in en {
        let got = flagged(t, Lang::En);
        assert!(
            got.iter().any(|(c, _)| c == cat),
            "{t}: want {cat}, got {got:?}"
        );
    }
}

/// Any cut of a text full of multi-byte characters next to trigger words: no panic, and
/// every finding lies on char boundaries inside the text.
#[test]
fn never_panics_and_stays_on_char_boundaries() {
    let base =
        "Wij zoeken een kapster😀é — ‘Je bent stressbestendig’ ✓ hij… Ça va, jonge 🧀 kaas; \
native Dutch speaker💬, tussen de 18 en 25, foto’s van jezelf 📷, HBO-diploma vereist! \
Ons team van jong en oud ẞ: past in ons team? geen hoofddoek—keppel. (m) ö ñ 日本語 kapster. Wij zoeken een kok in ons café. Hij kookt. Zoek é. Hij ü.";
    let cuts: Vec<usize> = base
        .char_indices()
        .map(|(i, _)| i)
        .chain([base.len()])
        .collect();
    for &end in &cuts {
        for lang in [Lang::Nl, Lang::En] {
            let text = &base[..end];
            for f in check(text, lang) {
                assert!(f.start < f.end && f.end <= text.len());
                assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            }
        }
    }
    for &start in &cuts {
        let text = &base[start..];
        for f in check(text, Lang::Nl) {
            assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        }
    }
}

#[test]
fn a_trait_in_a_relative_clause_about_the_person_is_a_trait() {
    let flagged_as_trait = [
        ("We zoeken iemand die flexibel is.", "flexibel", Lang::Nl),
        (
            "Wij zoeken een collega die stressbestendig en flexibel is.",
            "stressbestendig",
            Lang::Nl,
        ),
        (
            "Wij zoeken een collega die stressbestendig en flexibel is.",
            "flexibel",
            Lang::Nl,
        ),
        (
            "Je bent een medewerker die altijd zeer flexibel blijft.",
            "flexibel",
            Lang::Nl,
        ),
        (
            "Zoek je collega's die zelfstandig zijn?",
            "zelfstandig",
            Lang::Nl,
        ),
        ("We need a colleague who is flexible.", "flexible", Lang::En),
        (
            "Looking for workers who are flexible and resilient.",
            "resilient",
            Lang::En,
        ),
    ];
    for (t, word, lang) in flagged_as_trait {
        let got = flagged(t, lang);
        assert!(
            got.iter().any(|(c, p)| c == "TRAIT" && p.contains(word)),
            "{t}: want TRAIT on {word}, got {got:?}"
        );
    }
    // The clause describes work, a schedule or a thing, not what the person is.
    let clean = [
        (
            "We zoeken iemand die zelfstandig werkt aan de kassa.",
            Lang::Nl,
        ),
        ("Je krijgt een rooster dat flexibel is.", Lang::Nl),
        (
            "We zoeken iemand die het flexibel rooster wil maken.",
            Lang::Nl,
        ),
        (
            "Wie flexibel is in werktijden, kan bij ons op zaterdag werken.",
            Lang::Nl,
        ),
        (
            "We are looking for someone who works independently at the till.",
            Lang::En,
        ),
    ];
    for (t, lang) in clean {
        let got = flagged(t, lang);
        assert!(
            !got.iter().any(|(c, _)| c == "TRAIT"),
            "{t}: want no TRAIT, got {got:?}"
        );
    }
}
