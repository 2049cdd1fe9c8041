//! One-click rewrites on own sentences (not the dev corpus): each offered rewrite must make
//! its finding disappear, create no new finding, and leave a proper sentence.

use std::collections::HashMap;

use werfwijzer_wording::{check, check_with_rewrites, rewrites, Category, Finding, Lang};

/// Findings as a multiset of (category, lower-case phrase).
fn keys(findings: &[Finding], text: &str) -> HashMap<(Category, String), usize> {
    let mut m = HashMap::new();
    for f in findings {
        *m.entry((f.category, f.slice(text).to_lowercase()))
            .or_insert(0) += 1;
    }
    m
}

fn looks_like_sentences(s: &str) -> Result<(), String> {
    let t = s.trim_start_matches(|c: char| c.is_whitespace() || c == '-');
    if let Some(c) = t.chars().next() {
        if !c.is_uppercase() {
            return Err(format!("does not start with a capital: {s:?}"));
        }
    }
    for bad in ["  ", " ,", "..", " .", ",,", ". .", ", ."] {
        if s.contains(bad) {
            return Err(format!("contains {bad:?}: {s:?}"));
        }
    }
    // every sentence after an end mark starts with a capital
    for (i, c) in s.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let rest = &s[i + 1..];
            if rest.starts_with(' ') {
                let n = rest.trim_start().chars().next();
                if n.is_some_and(|n| n.is_lowercase()) {
                    return Err(format!("lower case after {c:?}: {s:?}"));
                }
            }
        }
    }
    Ok(())
}

/// Checks every rewrite of every finding of `cat`; returns how many rewrites were offered.
fn check_all(text: &str, lang: Lang, cat: Category) -> usize {
    let before = check(text, lang);
    let targets: Vec<&Finding> = before.iter().filter(|f| f.category == cat).collect();
    assert!(
        !targets.is_empty(),
        "no {cat} finding in {text:?}: {before:?}"
    );
    let before_keys = keys(&before, text);
    let mut offered = 0;
    for f in targets {
        let rs = rewrites(text, f, lang);
        assert!(rs.len() <= 3);
        for r in rs {
            offered += 1;
            let after = r.apply(text);
            let found = check(&after, lang);
            let after_keys = keys(&found, &after);
            let key = (f.category, f.slice(text).to_lowercase());
            assert!(
                after_keys.get(&key).copied().unwrap_or(0) < before_keys[&key],
                "{cat}: {:?} still there after {:?}\n  {text:?}\n→ {after:?}",
                key.1,
                r.text
            );
            for (k, n) in &after_keys {
                assert!(
                    before_keys.get(k).is_some_and(|b| b >= n),
                    "new finding {k:?} after {:?}\n  {text:?}\n→ {after:?}",
                    r.text
                );
            }
            if let Err(e) = looks_like_sentences(&after) {
                panic!("{e}\n  from {text:?} with {:?}", r.text);
            }
            assert!(!r.label.nl.is_empty() && !r.label.en.is_empty());
        }
    }
    offered
}

const TRAITS_NL: &[&str] = &[
    "Je bent stressbestendig.",
    "Je bent stressbestendig en flexibel.",
    "Je bent flexibel, zelfstandig en leergierig. Je werkt 24 uur per week.",
    "Wij zoeken een flexibele medewerker voor onze winkel in Zwolle.",
    "Wij zoeken een stressbestendige en klantgerichte collega.",
    "Ben jij een echte teamplayer?",
    "Wat vragen wij\n- Stressbestendig en flexibel\n- Rijbewijs B",
    "- Zelfstandig\n- Je kunt tillen tot 15 kilo.",
    "In onze drukke zaak ben je gedreven en gastvrij.",
    "Je bent een teamspeler. Je houdt van koken.",
    "We zoeken een leergierige, proactieve en klantvriendelijke medewerker die graag met mensen werkt.",
    "Je bent zeer flexibel!",
    "Je bent enthousiast en creatief.",
    "We zoeken iemand die flexibel is.",
    "Wij zoeken een collega die stressbestendig en flexibel is. Je werkt 24 uur.",
];

const TRAITS_EN: &[&str] = &[
    "You are flexible.",
    "You are stress-resistant and friendly.",
    "We are looking for a flexible team player.",
    "We are looking for an enthusiastic and independent colleague for our shop.",
    "You are a real team player who likes to help.",
    "Are you proactive and creative?",
    "What we ask\n- Flexible and driven\n- A driving licence",
    "You are hard-working, patient and eager to learn.",
    "You are a hard-working team player.",
    "We need a colleague who is flexible.",
];

const TITLES: &[(&str, Lang)] = &[
    ("Wij zoeken een kapster voor onze salon.", Lang::Nl),
    ("Gezocht: verkoopster voor 32 uur.", Lang::Nl),
    ("Wij zoeken een tandartsassistente.", Lang::Nl),
    ("Serveerster gezocht in Utrecht!", Lang::Nl),
    ("Wij zoeken een gastvrouw voor het restaurant.", Lang::Nl),
    ("We are hiring a waitress for weekends.", Lang::En),
    ("We need a barman for Friday nights.", Lang::En),
];

const LANGUAGE: &[(&str, Lang)] = &[
    (
        "Je bent native speaker Nederlands. Je helpt klanten.",
        Lang::Nl,
    ),
    ("Je hebt Nederlands als moedertaal.", Lang::Nl),
    ("Je spreekt accentloos Engels.", Lang::Nl),
    (
        "We zoeken iemand met moedertaal Duits voor de telefoon.",
        Lang::Nl,
    ),
    ("You are a native English speaker.", Lang::En),
    (
        "Native speaker of German required. You answer the phone.",
        Lang::En,
    ),
];

const DIPLOMA: &[(&str, Lang)] = &[
    ("Je hebt een afgeronde hbo-opleiding.", Lang::Nl),
    (
        "Een mbo-diploma niveau 3 is vereist. Je werkt in ploegen.",
        Lang::Nl,
    ),
    ("Je hebt een wo-master in rechten.", Lang::Nl),
    ("A bachelor's degree is required.", Lang::En),
    ("You have a university degree in finance.", Lang::En),
];

const PAY: &[(&str, Lang)] = &[
    (
        "Stuur je cv. Vermeld je huidige salaris in je brief.",
        Lang::Nl,
    ),
    ("Wat is je huidige salaris? We horen het graag.", Lang::Nl),
    (
        "Please state your current salary. We reply within a week.",
        Lang::En,
    ),
    (
        "Send your CV.\nTell us your salary history.\nWe reply soon.",
        Lang::En,
    ),
];

const PHOTO: &[(&str, Lang)] = &[
    ("Stuur je cv met foto naar info@voorbeeld.nl.", Lang::Nl),
    ("Stuur je cv en een recente foto naar ons.", Lang::Nl),
    ("Je reageert met je cv. Voeg een pasfoto toe.", Lang::Nl),
    ("Send your CV with a photo to jobs@example.com.", Lang::En),
];

const CULTURE: &[(&str, Lang)] = &[
    ("Je past in ons team. Je werkt 32 uur.", Lang::Nl),
    ("Het belangrijkste is de klik met het team.", Lang::Nl),
    ("You fit in with our team.", Lang::En),
    (
        "Je verdient € 2.400 tot € 2.800. Je past goed bij ons team!",
        Lang::Nl,
    ),
];

const APPEARANCE: &[(&str, Lang)] = &[
    ("Je hebt een representatief uiterlijk.", Lang::Nl),
    ("You are presentable and polite.", Lang::En),
];

#[test]
fn trait_rewrites_are_offered_and_clean() {
    let mut offered = 0;
    for t in TRAITS_NL {
        offered += check_all(t, Lang::Nl, Category::Trait);
    }
    for t in TRAITS_EN {
        offered += check_all(t, Lang::En, Category::Trait);
    }
    assert!(offered >= 30, "{offered}");
}

#[test]
fn trait_rewrites_read_well() {
    let text = "Je bent stressbestendig en flexibel.";
    let f = check(text, Lang::Nl);
    let r = rewrites(text, &f[0], Lang::Nl);
    assert_eq!(
        r[0].apply(text),
        "Je bent flexibel. Je blijft rustig en vriendelijk als het druk is."
    );
    assert_eq!(
        r[0].label.nl,
        "Vervang door: Je bent flexibel. Je blijft rustig en vriendelijk als het druk is"
    );
    let text = "Je bent stressbestendig.";
    let f = check(text, Lang::Nl);
    assert_eq!(
        rewrites(text, &f[0], Lang::Nl)[0].apply(text),
        "Je blijft rustig en vriendelijk als het druk is."
    );
    let text = "Wij zoeken een flexibele medewerker voor onze winkel.";
    let f = check(text, Lang::Nl);
    assert_eq!(
        rewrites(text, &f[0], Lang::Nl)[0].apply(text),
        "Wij zoeken een medewerker voor onze winkel. Je springt in als een collega ziek is."
    );
    let text = "We are looking for an enthusiastic and independent colleague.";
    let f = check(text, Lang::En);
    assert_eq!(
        rewrites(text, &f[0], Lang::En)[0].apply(text),
        "We are looking for an independent colleague. You finish what you start."
    );
    let text = "You are a hard-working team player.";
    let f: Vec<_> = check(text, Lang::En);
    let tp = f.iter().find(|f| f.slice(text) == "team player").unwrap();
    assert_eq!(
        rewrites(text, tp, Lang::En)[0].apply(text),
        "You help a colleague who is busy.",
        "'a hard-working colleague' would be flagged: the whole sentence is replaced"
    );
}

#[test]
fn other_categories() {
    let mut offered = 0;
    for (set, cat) in [
        (TITLES, Category::Sex),
        (LANGUAGE, Category::Origin),
        (DIPLOMA, Category::Diploma),
        (PAY, Category::PayHistory),
        (PHOTO, Category::Appearance),
        (CULTURE, Category::CultureFit),
        (APPEARANCE, Category::Appearance),
    ] {
        for (t, lang) in set {
            let n = check_all(t, *lang, cat);
            assert!(n > 0, "no rewrite for {cat} in {t:?}");
            offered += n;
        }
    }
    assert!(offered >= 40, "{offered}");
}

#[test]
fn specific_results() {
    let one = |text: &str, lang: Lang, cat: Category| {
        let f = check(text, lang);
        let f = f.iter().find(|f| f.category == cat).unwrap();
        rewrites(text, f, lang)
            .iter()
            .map(|r| r.apply(text))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        one(
            "Wij zoeken een tandartsassistente.",
            Lang::Nl,
            Category::Sex
        )[0],
        "Wij zoeken een tandartsassistent."
    );
    assert_eq!(
        one(
            "Je hebt Nederlands als moedertaal.",
            Lang::Nl,
            Category::Origin
        )[0],
        "Je spreekt Nederlands op B1-niveau."
    );
    assert_eq!(
        one(
            "You are a native English speaker.",
            Lang::En,
            Category::Origin
        )[0],
        "You speak English at B1 level."
    );
    assert_eq!(
        one(
            "Je hebt een afgeronde hbo-opleiding.",
            Lang::Nl,
            Category::Diploma
        )[0],
        "Je hebt een afgeronde hbo-opleiding, of vergelijkbare ervaring."
    );
    let pay = one(
        "Stuur je cv. Vermeld je huidige salaris in je brief.",
        Lang::Nl,
        Category::PayHistory,
    );
    assert_eq!(pay[0], "Stuur je cv.");
    assert_eq!(
        one(
            "Stuur je cv met foto naar info@voorbeeld.nl.",
            Lang::Nl,
            Category::Appearance
        )[0],
        "Stuur je cv naar info@voorbeeld.nl."
    );
    let f = check("Vermeld je huidige salaris.", Lang::Nl);
    let r = rewrites("Vermeld je huidige salaris.", &f[0], Lang::Nl);
    assert_eq!(r[0].label.nl, "Zin weghalen");
    assert_eq!(r[0].label.en, "Remove sentence");
}

#[test]
fn no_rewrite_where_none_is_safe() {
    for (text, lang, cat) in [
        (
            "Je bent tussen de 20 en 30 jaar oud.",
            Lang::Nl,
            Category::Age,
        ),
        ("Je bent kerngezond.", Lang::Nl, Category::Health),
        (
            "You are a practising Christian.",
            Lang::En,
            Category::Religion,
        ),
        ("Je hebt geen kinderen.", Lang::Nl, Category::Family),
    ] {
        let found = check(text, lang);
        let f = found
            .iter()
            .find(|f| f.category == cat)
            .unwrap_or_else(|| panic!("{text}: {found:?}"));
        assert!(rewrites(text, f, lang).is_empty(), "{text}");
    }
    // a stale or broken finding does not panic
    let text = "Je bent flexibel.";
    let mut f = check(text, Lang::Nl).remove(0);
    f.end = 999;
    assert!(rewrites(text, &f, Lang::Nl).is_empty());
}

#[test]
fn a_trait_in_a_relative_clause_gets_a_rewrite() {
    for (t, lang) in [
        ("We zoeken iemand die flexibel is.", Lang::Nl),
        ("We need a colleague who is flexible.", Lang::En),
    ] {
        assert!(check_all(t, lang, Category::Trait) >= 1, "{t}");
    }
}

#[test]
fn check_with_rewrites_gives_what_check_and_rewrites_give() {
    let mut texts: Vec<(String, Lang)> = Vec::new();
    texts.extend(TRAITS_NL.iter().map(|t| ((*t).to_owned(), Lang::Nl)));
    texts.extend(TRAITS_EN.iter().map(|t| ((*t).to_owned(), Lang::En)));
    for set in [TITLES, LANGUAGE, DIPLOMA, PAY, PHOTO, CULTURE, APPEARANCE] {
        texts.extend(set.iter().map(|(t, lang)| ((*t).to_owned(), *lang)));
    }
    // whole texts with many findings, some in one sentence, some repeated
    for lang in [Lang::Nl, Lang::En] {
        let all: Vec<String> = texts
            .iter()
            .filter(|(_, l)| *l == lang)
            .map(|(t, _)| t.clone())
            .collect();
        texts.push((all.join(" "), lang));
        texts.push((all.join("\n\n"), lang));
        texts.push((format!("{0}\n{0}", all.join("\n- ")), lang));
    }
    let mut offered = 0;
    for (text, lang) in &texts {
        let want: Vec<_> = check(text, *lang)
            .into_iter()
            .map(|f| {
                let rs = rewrites(text, &f, *lang);
                (f, rs)
            })
            .collect();
        let got = check_with_rewrites(text, *lang);
        offered += got.iter().map(|(_, rs)| rs.len()).sum::<usize>();
        assert_eq!(got, want, "{text}");
    }
    assert!(offered >= 100, "{offered}");
}
