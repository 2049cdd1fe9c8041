use super::*;

fn comp(name: &str, def: &str) -> CompetencyIn {
    CompetencyIn {
        name: name.into(),
        definition: def.into(),
        example: None,
    }
}

fn minimal(kind: Kind, lang: Lang) -> Input {
    let mut i = Input::new(kind, lang, "Bakkerij Kruimel", "Verkoopmedewerker");
    i.competencies = vec![
        comp("Klanten helpen", "Je helpt klanten vriendelijk en snel."),
        comp("Netjes werken", "Je houdt de winkel schoon en opgeruimd."),
    ];
    i
}

fn full(kind: Kind, lang: Lang, seed: u64) -> Input {
    let mut i = minimal(kind, lang);
    i.summary = Some("Je helpt klanten in onze winkel in de binnenstad.".into());
    i.tasks = vec!["Klanten helpen.".into(), "Brood snijden.".into()];
    i.requirements = vec![
        RequirementIn {
            text: "Je hebt een mbo-diploma Verkoop".into(),
            reason: "Je geeft advies over veel producten.".into(),
            diploma: true,
            or_equivalent: true,
        },
        RequirementIn {
            text: "Je hebt rijbewijs B.".into(),
            reason: "Je bezorgt soms taarten.".into(),
            diploma: false,
            or_equivalent: false,
        },
    ];
    i.hours_min = Some(24);
    i.hours_max = Some(32);
    i.pay = Some(PayRange::euros(2450, 2900, PayPer::Month));
    i.cao = Some("CAO Bakkersbedrijf".into());
    i.contract = Some(Contract::TemporaryWithProspect { months: Some(12) });
    i.place = Some("Utrecht".into());
    i.start = Some("2027-01-04".into());
    i.deadline = Some("2026-12-01".into());
    i.apply_to = Some("werk@kruimel.nl".into());
    i.contact_name = Some("Sam de Vries".into());
    i.contact_phone = Some("030 123 45 67".into());
    i.internship = Some(Internship {
        school: Some("ROC Utrecht".into()),
        learning_goals: vec!["Klanten helpen aan de toonbank.".into()],
        allowance_per_month: None,
    });
    i.seed = seed;
    i
}

fn no_broken_bits(text: &str) {
    for bad in [
        " .",
        " ,",
        "..",
        " per week.",
        "  ",
        "met .",
        "naar .",
        "to .",
        "( )",
        "{",
        "}",
        ",.",
        " op .",
        " on .",
    ] {
        // " per week." is only broken without a number before it
        if bad == " per week." {
            for (i, _) in text.match_indices(bad) {
                let before = text[..i].trim_end();
                assert!(
                    before.ends_with("uur")
                        || before.ends_with("hours")
                        || before.ends_with("hour"),
                    "hours without a number in:\n{text}"
                );
            }
            continue;
        }
        assert!(!text.contains(bad), "{bad:?} in:\n{text}");
    }
}

#[test]
fn minimal_input_reads_well_and_passes_the_checker() {
    for lang in [Lang::Nl, Lang::En] {
        for kind in [Kind::Vacancy, Kind::Internship, Kind::Promotion] {
            for seed in 0..6 {
                let mut i = minimal(kind, lang);
                i.seed = seed;
                let text = draft(&i).to_text();
                no_broken_bits(&text);
                assert!(werfwijzer_wording::check(&text, lang).is_empty(), "{text}");
                // without pay the only structural finding is the missing pay range
                let s = werfwijzer_wording::check_structure(&text, lang, Some(2));
                assert_eq!(s.len(), 1, "{text}\n{s:?}");
                assert!(matches!(
                    s[0].finding,
                    werfwijzer_wording::Structural::NoPayRange { .. }
                ));
            }
        }
    }
}

#[test]
fn full_input_passes_both_checkers() {
    for lang in [Lang::Nl, Lang::En] {
        for kind in [Kind::Vacancy, Kind::Internship, Kind::Promotion] {
            for seed in 0..6 {
                let mut i = full(kind, lang, seed);
                i.answer_form = seed % 2 == 1;
                let text = draft(&i).to_text();
                no_broken_bits(&text);
                assert!(werfwijzer_wording::check(&text, lang).is_empty(), "{text}");
                assert!(
                    werfwijzer_wording::check_structure(&text, lang, Some(2)).is_empty(),
                    "{text}"
                );
            }
        }
    }
}

#[test]
fn hourly_pay_with_cents_passes_both_checkers() {
    let hourly = PayRange {
        min_cents: 1471,
        max_cents: 1620,
        per: PayPer::Hour,
    };
    for lang in [Lang::Nl, Lang::En] {
        for kind in [Kind::Vacancy, Kind::Internship, Kind::Promotion] {
            for seed in 0..6 {
                let mut i = full(kind, lang, seed);
                i.pay = Some(hourly);
                let text = draft(&i).to_text();
                no_broken_bits(&text);
                let expected = match (lang, kind) {
                    (Lang::Nl, Kind::Internship) => "€ 14,71 tot € 16,20 per uur",
                    (Lang::Nl, _) => "€ 14,71 tot € 16,20 bruto per uur",
                    (Lang::En, Kind::Internship) => "€14.71 to €16.20 an hour",
                    (Lang::En, _) => "€14.71 to €16.20 gross an hour",
                };
                assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
                assert!(werfwijzer_wording::check(&text, lang).is_empty(), "{text}");
                assert!(
                    werfwijzer_wording::check_structure(&text, lang, Some(2)).is_empty(),
                    "{text}"
                );
            }
        }
    }
}

#[test]
fn same_input_same_text_and_seeds_vary_the_text() {
    let a = draft(&full(Kind::Vacancy, Lang::Nl, 7)).to_text();
    let b = draft(&full(Kind::Vacancy, Lang::Nl, 7)).to_text();
    assert_eq!(a, b);
    let texts: std::collections::HashSet<String> = (0..8)
        .map(|s| draft(&full(Kind::Vacancy, Lang::Nl, s)).to_text())
        .collect();
    assert!(texts.len() >= 4, "seeds should give different texts");
}

#[test]
fn sections_come_in_order_and_the_text_follows_the_convention() {
    let d = draft(&full(Kind::Vacancy, Lang::Nl, 0));
    let keys: Vec<SectionKey> = d.sections.iter().map(|s| s.key).collect();
    assert_eq!(
        keys,
        [
            SectionKey::Intro,
            SectionKey::Tasks,
            SectionKey::Competencies,
            SectionKey::Requirements,
            SectionKey::Offer,
            SectionKey::HowWeChoose,
            SectionKey::HowToApply
        ]
    );
    let text = d.to_text();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Verkoopmedewerker");
    assert_eq!(lines[1], "");
    assert_eq!(lines[2], "Over de baan");
    for s in &d.sections {
        assert!(!s.heading.ends_with(['.', ':', '!', '?']));
        assert!(lines.contains(&s.heading.as_str()));
    }
    assert!(!text.contains("**") && !text.contains('#'));
    assert!(text.ends_with('\n') && !text.ends_with("\n\n"));
    // no section of a minimal input is empty, and the optional ones are left out
    let m = draft(&minimal(Kind::Vacancy, Lang::Nl));
    assert!(m.sections.iter().all(|s| !s.blocks.is_empty()));
    assert!(m.section(SectionKey::Tasks).is_none());
    assert!(m.section(SectionKey::Requirements).is_none());
    assert!(m.section(SectionKey::Offer).is_none());
}

#[test]
fn dutch_draft_has_the_key_sentences() {
    let text = draft(&full(Kind::Vacancy, Lang::Nl, 0)).to_text();
    for needle in [
        "- Klanten helpen: je helpt klanten vriendelijk en snel.",
        "Je hebt een mbo-diploma Verkoop, of vergelijkbare ervaring, want je geeft advies over veel producten.",
        "- Je hebt rijbewijs B, want je bezorgt soms taarten.",
        "€ 2.450 tot € 2.900 bruto per maand",
        "Dat is volgens de CAO Bakkersbedrijf.",
        "- Je werkt 24 tot 32 uur per week.",
        "Je krijgt eerst een contract voor 12 maanden. Daarna is een vast contract mogelijk.",
        "- Je begint op 4 januari 2027.",
        "- Je werkt in Utrecht.",
        "Hoe wij kiezen",
        "dezelfde vragen, in dezelfde volgorde",
        "Zo solliciteer je",
        "Je hoeft geen foto en geen geboortedatum mee te sturen.",
        "1 december 2026",
        "Stuur je brief naar werk@kruimel.nl.",
        "Sam de Vries",
        "030 123 45 67",
    ] {
        assert!(text.contains(needle), "{needle:?} missing in:\n{text}");
    }
    assert_eq!(text.matches("vergelijkbare ervaring").count(), 1);
}

#[test]
fn english_draft_has_the_key_sentences() {
    let mut i = full(Kind::Vacancy, Lang::En, 0);
    i.title = "Sales assistant".into();
    i.competencies = vec![comp(
        "Serving customers",
        "You help customers quickly and kindly.",
    )];
    i.requirements = vec![RequirementIn {
        text: "You have a vocational diploma in retail.".into(),
        reason: "You advise on many products.".into(),
        diploma: true,
        or_equivalent: true,
    }];
    i.cao = Some("CAO Retail Non-Food".into());
    let text = draft(&i).to_text();
    for needle in [
        "Sales assistant\n",
        "- Serving customers: you help customers quickly and kindly.",
        "- You have a vocational diploma in retail, or equivalent experience because you advise on many products.",
        "€2,450 to €2,900 gross a month",
        "This is based on the CAO Retail Non-Food collective agreement.",
        "- You work 24 to 32 hours a week.",
        "- You start on 4 January 2027.",
        "How we choose",
        "How to apply",
        "You don't need to send a photo or your date of birth.",
        "1 December 2026",
        "Send your letter to werk@kruimel.nl.",
    ] {
        assert!(text.contains(needle), "{needle:?} missing in:\n{text}");
    }
}

#[test]
fn promotion_and_internship_have_their_own_intro() {
    let p = draft(&full(Kind::Promotion, Lang::Nl, 0)).to_text();
    assert!(p.starts_with("Interne vacature: Verkoopmedewerker\n"));
    assert!(p.contains("Werk je al bij") || p.contains("Wil je binnen"));
    assert!(p.contains("intern"));
    let s = draft(&full(Kind::Internship, Lang::Nl, 0)).to_text();
    assert!(s.starts_with("Stage: Verkoopmedewerker\n"));
    assert!(s.contains("ROC Utrecht"));
    assert!(s.contains("Wat je bij ons leert:\n\n- Klanten helpen aan de toonbank."));
    assert!(s.contains("stagevergoeding van € 2.450 tot € 2.900 per maand"));
    assert!(!s.contains("CAO"));
    let e = draft(&full(Kind::Internship, Lang::En, 0)).to_text();
    assert!(e.contains("What you will learn with us:"));
}

#[test]
fn answer_form_lists_the_competencies() {
    let mut i = full(Kind::Vacancy, Lang::Nl, 0);
    i.answer_form = true;
    let text = draft(&i).to_text();
    assert!(
        text.contains("- Klanten helpen\n- Netjes werken\n"),
        "{text}"
    );
    assert!(text.contains("Stuur je antwoorden naar"));
}

#[test]
fn missing_values_leave_no_broken_sentences() {
    let mut i = minimal(Kind::Vacancy, Lang::Nl);
    i.organisation = "  ".into();
    i.hours_max = Some(20);
    i.contact_phone = Some("06 12345678".into());
    i.start = Some("zo snel mogelijk".into());
    i.deadline = Some("eind van de maand".into());
    i.contract = Some(Contract::Temporary { months: None });
    for seed in 0..6 {
        i.seed = seed;
        let text = draft(&i).to_text();
        no_broken_bits(&text);
        assert!(text.contains("hoogstens 20 uur per week"));
        assert!(text.contains("Startdatum: zo snel mogelijk."));
        assert!(text.contains("Bel ons op 06 12345678."));
        assert!(text.contains("Je krijgt een tijdelijk contract."));
        assert!(
            werfwijzer_wording::check(&text, Lang::Nl).is_empty(),
            "{text}"
        );
    }
    let mut e = minimal(Kind::Promotion, Lang::En);
    e.organisation.clear();
    e.title.clear();
    e.contact_name = Some("Sam".into());
    let text = draft(&e).to_text();
    no_broken_bits(&text);
    assert!(text.starts_with("Internal vacancy\n"));
    assert!(text.contains("Sam is happy to help."));
}

#[test]
fn own_accessibility_sentence_replaces_the_standard_one() {
    let mut i = minimal(Kind::Vacancy, Lang::Nl);
    i.accessibility = Some("Ons pand heeft een lift".into());
    let text = draft(&i).to_text();
    assert!(text.contains("Ons pand heeft een lift."));
    assert!(!text.contains("werkplek aan") && !text.contains("regelen we het samen"));
}

#[test]
fn cao_names_from_pack_hints() {
    let t = |nl: &str| werfwijzer_packs::Text {
        nl: Some(nl.into()),
        en: None,
    };
    assert_eq!(
        cao_from_pack(&t("CAO Horeca"), Lang::Nl).as_deref(),
        Some("CAO Horeca")
    );
    assert_eq!(
        cao_from_pack(
            &t("CAO VVT (in de gehandicaptenzorg: CAO Gehandicaptenzorg)"),
            Lang::Nl
        )
        .as_deref(),
        Some("CAO VVT")
    );
    assert_eq!(
        cao_from_pack(
            &t("CAO Gehandicaptenzorg. Sommige kleine aanbieders vallen onder de CAO Sociaal Werk."),
            Lang::Nl
        )
        .as_deref(),
        Some("CAO Gehandicaptenzorg")
    );
    assert_eq!(
        cao_from_pack(
            &t("CAO Bakkersbedrijf (the collective agreement for the bakery trade; here: craft bakeries)"),
            Lang::En
        )
        .as_deref(),
        Some("CAO Bakkersbedrijf (the collective agreement for the bakery trade)")
    );
    assert_eq!(
        cao_from_pack(&t("Vaak geen cao; volg de voorwaarden."), Lang::Nl),
        None
    );
    assert_eq!(
        hours_from_text("24 tot 38 uur per week. Vroeg."),
        (Some(24), Some(38))
    );
    assert_eq!(
        hours_from_text("Meestal 40 uur per week."),
        (Some(40), Some(40))
    );
    assert_eq!(hours_from_text("Overdag."), (None, None));
}

#[test]
fn our_own_sentences_stay_short() {
    // B1: the template sentences themselves stay at 20 words or fewer.
    for lang in [Lang::Nl, Lang::En] {
        for kind in [Kind::Vacancy, Kind::Internship, Kind::Promotion] {
            for seed in 0..12 {
                for answer_form in [false, true] {
                    let mut i = full(kind, lang, seed);
                    i.answer_form = answer_form;
                    i.summary = None;
                    i.requirements.clear();
                    let text = draft(&i).to_text();
                    for s in crate::words::sentences(&text) {
                        assert!(
                            crate::words::count(s) <= 20,
                            "{} words: {s}",
                            crate::words::count(s)
                        );
                    }
                }
            }
        }
    }
}
