use super::*;
use crate::sign::generate;

fn t(nl: &str, en: &str) -> Text {
    Text {
        nl: Some(nl.into()),
        en: Some(en.into()),
    }
}

fn anchors() -> Anchors {
    Anchors {
        one: t("Geen voorbeeld.", "No example."),
        three: t(
            "Een voorbeeld, deels uitgelegd.",
            "An example, partly explained.",
        ),
        five: t(
            "Een duidelijk voorbeeld met resultaat.",
            "A clear example with its result.",
        ),
    }
}

fn competency(id: &str) -> Competency {
    Competency {
        id: id.into(),
        name: t("Afrekenen", "Handling payments"),
        definition: t(
            "Je rekent snel en foutloos af.",
            "You take payments quickly and without mistakes.",
        ),
        indicators: vec![
            t(
                "Je telt wisselgeld hardop terug.",
                "You count change back out loud.",
            ),
            t("Je controleert de bon.", "You check the receipt."),
            t(
                "Je blijft rustig bij een rij.",
                "You stay calm when a queue forms.",
            ),
        ],
        letter_anchors: anchors(),
        questions: vec![
            Question {
                kind: QuestionKind::Behavioural,
                text: t(
                    "Vertel over een keer dat je met geld werkte.",
                    "Tell me about a time you handled money.",
                ),
                follow_ups: vec![t("Wat deed je precies?", "What exactly did you do?")],
            },
            Question {
                kind: QuestionKind::Situational,
                text: t(
                    "Wat doe je als de kassa niet klopt?",
                    "What do you do if the till does not add up?",
                ),
                follow_ups: vec![t("Wie vertel je het?", "Whom do you tell?")],
            },
        ],
        interview_anchors: anchors(),
        work_sample: None,
    }
}

fn sample() -> Pack {
    Pack {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        id: "nl.example.winkel".into(),
        version: "1.0.0".into(),
        publisher: Publisher {
            id: "nl.example".into(),
            name: "Voorbeeldbond".into(),
        },
        title: t("Winkel", "Shop"),
        description: None,
        languages: vec![Lang::Nl, Lang::En],
        competencies: ["a", "b", "c", "d", "e"]
            .iter()
            .map(|id| competency(id))
            .collect(),
        roles: vec![Role {
            id: "verkoopmedewerker".into(),
            sector: "detailhandel".into(),
            title: t("Verkoopmedewerker", "Sales assistant"),
            summary: t("Je helpt klanten.", "You help customers."),
            tasks: vec![
                t("Afrekenen", "Checkout"),
                t("Vakken vullen", "Stocking"),
                t("Klanten helpen", "Helping customers"),
            ],
            competencies: vec!["a".into(), "b".into(), "c".into(), "d".into(), "e".into()],
            conditions: Conditions {
                hours: t("24 uur", "24 hours"),
                cao: t("CAO Retail Non-Food", "CAO Retail Non-Food"),
                pay_hint: t("Functiegroep C", "Job group C"),
            },
            requirements: vec![],
        }],
        logo: None,
        signature: None,
    }
}

fn bytes(pack: &Pack) -> Vec<u8> {
    serde_json::to_vec_pretty(pack).unwrap()
}

fn problems(pack: &Pack) -> Vec<(String, ProblemKind)> {
    match parse(&bytes(pack)) {
        Err(PackError::Invalid(p)) => p.into_iter().map(|p| (p.path, p.kind)).collect(),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn a_good_pack_parses_and_round_trips() {
    let pack = sample();
    assert_eq!(parse(&bytes(&pack)).unwrap(), pack);
    // A byte-order mark in front is tolerated.
    let mut with_bom = "\u{feff}".as_bytes().to_vec();
    with_bom.extend(bytes(&pack));
    assert_eq!(parse(&with_bom).unwrap(), pack);
}

#[test]
fn hostile_files_are_refused_before_parsing() {
    assert!(matches!(
        parse(&vec![b' '; limits::MAX_FILE_BYTES + 1]),
        Err(PackError::TooLarge { .. })
    ));
    assert!(matches!(
        parse(b"{\"format\": \"\xff\"}"),
        Err(PackError::NotUtf8 { offset: 12 })
    ));
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        parse(deep.as_bytes()),
        Err(PackError::TooDeep { .. })
    ));
    // Brackets inside strings do not count as nesting.
    let mut pack = sample();
    pack.title = t(&"[{".repeat(50), "x");
    assert!(parse(&bytes(&pack)).is_ok());
    assert_eq!(
        parse(b"{\"format\": "),
        Err(PackError::Syntax {
            line: 1,
            column: 11
        })
    );
    assert_eq!(parse(b"[]"), Err(PackError::NotAPack));
    assert_eq!(
        parse(b"{\"format\": \"something-else\"}"),
        Err(PackError::NotAPack)
    );
}

#[test]
fn a_newer_format_says_to_update_werfwijzer() {
    let mut value = serde_json::to_value(sample()).unwrap();
    value["formatVersion"] = 2.into();
    let err = parse(&serde_json::to_vec(&value).unwrap()).unwrap_err();
    assert_eq!(err, PackError::NewerFormat { found: 2 });
    assert!(err
        .message(Lang::Nl)
        .contains("Installeer de nieuwste versie van Werfwijzer"));
    assert!(err
        .message(Lang::En)
        .contains("Install the latest version of Werfwijzer"));
}

#[test]
fn the_shape_error_names_where_it_is() {
    let mut value = serde_json::to_value(sample()).unwrap();
    value["competencies"][1]["indicators"][0]["de"] = "Hallo".into();
    match parse(&serde_json::to_vec(&value).unwrap()).unwrap_err() {
        PackError::Shape { path, kind } => {
            assert_eq!(path, "competencies[1].indicators[0].de");
            assert_eq!(kind, ShapeKind::UnknownKey);
        }
        other => panic!("{other:?}"),
    }
    let mut value = serde_json::to_value(sample()).unwrap();
    value["roles"][0]["competencies"] = 7.into();
    match parse(&serde_json::to_vec(&value).unwrap()).unwrap_err() {
        PackError::Shape { path, kind } => {
            assert_eq!(path, "roles[0].competencies");
            assert_eq!(kind, ShapeKind::WrongType);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn shape_errors_are_worded_in_the_users_language() {
    let mut value = serde_json::to_value(sample()).unwrap();
    value["roles"][0].as_object_mut().unwrap().remove("summary");
    let err = parse(&serde_json::to_vec(&value).unwrap()).unwrap_err();
    assert_eq!(
        err,
        PackError::Shape {
            path: "roles[0]".into(),
            kind: ShapeKind::MissingKey("summary".into())
        }
    );
    assert_eq!(
        err.message(Lang::Nl),
        "Het pakket klopt niet bij roles[0]: hier ontbreekt \"summary\". Vul het in."
    );
    let mut value = serde_json::to_value(sample()).unwrap();
    value["competencies"][0]["questions"][0]["kind"] = "hypothetical".into();
    let err = parse(&serde_json::to_vec(&value).unwrap()).unwrap_err();
    assert!(
        matches!(
            err,
            PackError::Shape {
                kind: ShapeKind::UnknownValue,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.message(Lang::En).contains("not allowed"));
}

#[test]
fn the_rules_are_checked_with_their_paths() {
    let mut pack = sample();
    pack.competencies[2].name.en = Some("  ".into());
    pack.competencies[3].id = "a".into();
    pack.competencies[4].indicators.truncate(2);
    pack.competencies[0]
        .questions
        .retain(|q| q.kind == QuestionKind::Behavioural);
    pack.roles[0].competencies[4] = "zz".into();
    pack.version = "1.0".into();
    pack.id = "Nl.Example".into();
    let found = problems(&pack);
    let expect = [
        ("competencies[2].name.en", ProblemKind::MissingText),
        (
            "competencies[3].id",
            ProblemKind::DuplicateId { id: "a".into() },
        ),
        (
            "competencies[4].indicators",
            ProblemKind::Count {
                found: 2,
                min: 3,
                max: 5,
            },
        ),
        (
            "competencies[0].questions",
            ProblemKind::MissingQuestionKind {
                kind: QuestionKind::Situational,
            },
        ),
        (
            "roles[0].competencies[4]",
            ProblemKind::UnknownCompetency { id: "zz".into() },
        ),
        ("version", ProblemKind::BadVersion),
        ("id", ProblemKind::BadId { dots: true }),
    ];
    for (path, kind) in expect {
        assert!(
            found.iter().any(|(p, k)| p == path && *k == kind),
            "missing {path} {kind:?} in {found:?}"
        );
    }
}

#[test]
fn texts_follow_the_declared_languages_and_limits() {
    let mut pack = sample();
    pack.languages = vec![Lang::Nl];
    pack.title = t("Winkel", "Shop"); // English present but not declared
    let found = problems(&pack);
    assert!(found
        .iter()
        .any(|(p, k)| p == "title.en" && *k == ProblemKind::UndeclaredLanguage));

    let mut pack = sample();
    pack.roles[0].summary.nl = Some("x".repeat(limits::MAX_TEXT_CHARS + 1));
    let found = problems(&pack);
    assert!(found.contains(&(
        "roles[0].summary.nl".into(),
        ProblemKind::TextTooLong {
            max: limits::MAX_TEXT_CHARS
        }
    )));
}

#[test]
fn html_in_texts_is_kept_as_plain_text() {
    let mut pack = sample();
    pack.title = t("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
    let parsed = parse(&bytes(&pack)).unwrap();
    assert_eq!(
        parsed.title.nl.as_deref(),
        Some("<script>alert(1)</script>")
    );
}

#[test]
fn logos_are_limited() {
    use base64::Engine;
    let mut pack = sample();
    pack.logo = Some(Logo {
        media_type: "image/svg+xml".into(),
        data: "!!".into(),
    });
    let found = problems(&pack);
    assert!(found.contains(&("logo.mediaType".into(), ProblemKind::LogoType)));
    assert!(found.contains(&("logo.data".into(), ProblemKind::NotBase64)));
    pack.logo = Some(Logo {
        media_type: "image/png".into(),
        data: base64::engine::general_purpose::STANDARD
            .encode(vec![0u8; limits::MAX_LOGO_BYTES + 1]),
    });
    assert!(problems(&pack).contains(&(
        "logo.data".into(),
        ProblemKind::LogoTooLarge {
            max: limits::MAX_LOGO_BYTES
        }
    )));
}

#[test]
fn signatures_give_the_three_states() {
    let (secret, public) = generate("nl.example", "Voorbeeldbond").unwrap();
    let key = secret.signing_key().unwrap();
    let signed = sign::sign(&sample(), &key);
    // Written out and read back, pretty or compact, the signature holds.
    let reread = parse(&bytes(&signed)).unwrap();
    assert_eq!(
        verify(&reread, std::slice::from_ref(&public)),
        Ok(Trust::Verified {
            publisher_name: "Voorbeeldbond".into()
        })
    );
    let compact = parse(&serde_json::to_vec(&signed).unwrap()).unwrap();
    assert!(matches!(
        verify(&compact, std::slice::from_ref(&public)),
        Ok(Trust::Verified { .. })
    ));
    // Not trusted: not verified, but not refused.
    assert_eq!(
        verify(&reread, &[]),
        Ok(Trust::NotVerified { signed: true })
    );
    assert_eq!(
        verify(&sample(), &[]),
        Ok(Trust::NotVerified { signed: false })
    );

    // One changed letter anywhere: tampered.
    let mut changed = reread.clone();
    changed.competencies[3].indicators[1].nl = Some("Je controleert de bon niet.".into());
    assert_eq!(
        verify(&changed, &[]),
        Err(PackError::Tampered(TamperReason::ContentChanged))
    );
    let mut garbled = reread.clone();
    garbled.signature.as_mut().unwrap().value = "bm90IGEgc2lnbmF0dXJl".into();
    assert_eq!(
        verify(&garbled, &[]),
        Err(PackError::Tampered(TamperReason::Unreadable))
    );
}

#[test]
fn a_pack_cannot_borrow_a_trusted_publishers_name() {
    let (_, trusted) = generate("nl.example", "Voorbeeldbond").unwrap();
    let (other_secret, _) = generate("nl.example", "Iemand anders").unwrap();
    let forged = sign::sign(&sample(), &other_secret.signing_key().unwrap());
    assert_eq!(
        verify(&forged, std::slice::from_ref(&trusted)),
        Err(PackError::ForeignPublisher {
            publisher_id: "nl.example".into()
        })
    );
    // Unsigned but claiming the trusted publisher: refused as well.
    assert!(matches!(
        verify(&sample(), &[trusted]),
        Err(PackError::ForeignPublisher { .. })
    ));
}

#[test]
fn the_canonical_form_ignores_key_order_and_the_signature() {
    let pack = sample();
    let canonical = canonical_bytes(&pack);
    let text = String::from_utf8(canonical.clone()).unwrap();
    assert!(
        text.starts_with("{\"competencies\":[{\"definition\":"),
        "{}",
        &text[..60]
    );
    assert!(
        !text.contains(' ') || text.contains("Je rekent"),
        "no white space outside strings"
    );
    let (secret, _) = generate("nl.example", "x").unwrap();
    assert_eq!(
        canonical_bytes(&sign::sign(&pack, &secret.signing_key().unwrap())),
        canonical
    );
}

#[test]
fn every_message_exists_in_both_languages() {
    let kinds = [
        ProblemKind::MissingText,
        ProblemKind::TextTooLong { max: 1 },
        ProblemKind::UndeclaredLanguage,
        ProblemKind::Count {
            found: 1,
            min: 2,
            max: 3,
        },
        ProblemKind::BadId { dots: true },
        ProblemKind::BadId { dots: false },
        ProblemKind::DuplicateId { id: "x".into() },
        ProblemKind::UnknownCompetency { id: "x".into() },
        ProblemKind::MissingQuestionKind {
            kind: QuestionKind::Behavioural,
        },
        ProblemKind::MissingQuestionKind {
            kind: QuestionKind::Situational,
        },
        ProblemKind::NoLanguages,
        ProblemKind::DuplicateLanguage,
        ProblemKind::BadVersion,
        ProblemKind::LogoType,
        ProblemKind::LogoTooLarge { max: 1024 },
        ProblemKind::NotBase64,
    ];
    for k in &kinds {
        assert_ne!(k.message(Lang::Nl), k.message(Lang::En), "{k:?}");
    }
    let errors = [
        PackError::TooLarge {
            bytes: 1,
            max: 1 << 20,
        },
        PackError::NotUtf8 { offset: 0 },
        PackError::TooDeep { max: 1 },
        PackError::Syntax { line: 1, column: 1 },
        PackError::NotAPack,
        PackError::NewerFormat { found: 2 },
        PackError::Shape {
            path: "x".into(),
            kind: ShapeKind::UnknownKey,
        },
        PackError::Invalid(vec![Problem {
            path: "id".into(),
            kind: ProblemKind::BadVersion,
        }]),
        PackError::Tampered(TamperReason::Unreadable),
        PackError::Tampered(TamperReason::ContentChanged),
        PackError::Shape {
            path: "x".into(),
            kind: ShapeKind::MissingKey("id".into()),
        },
        PackError::Shape {
            path: "x".into(),
            kind: ShapeKind::WrongType,
        },
        PackError::Shape {
            path: "".into(),
            kind: ShapeKind::UnknownValue,
        },
        PackError::ForeignPublisher {
            publisher_id: "x".into(),
        },
    ];
    for e in &errors {
        assert_ne!(e.message(Lang::Nl), e.message(Lang::En), "{e:?}");
        assert!(
            !e.message(Lang::Nl).contains(" u "),
            "B1 Dutch with 'je': {e:?}"
        );
    }
}

#[test]
fn the_shipped_json_schema_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../assets/packs/werfpack.schema.json");
    let fresh = json_schema();
    if std::env::var_os("WERFWIJZER_WRITE_SCHEMA").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        shipped == fresh,
        "assets/packs/werfpack.schema.json is out of date; run \
         `WERFWIJZER_WRITE_SCHEMA=1 cargo test -p werfwijzer-packs schema` and commit it"
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// Any bytes at all: a pack or a message, never a panic.
        #[test]
        fn any_bytes_give_a_pack_or_a_message(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
            if let Err(e) = parse(&bytes) {
                prop_assert!(!e.message(Lang::Nl).is_empty());
                prop_assert!(!e.message(Lang::En).is_empty());
            }
        }

        /// A good pack with one byte changed or cut: never a panic, and a signed pack either
        /// still parses and verifies the same way, or is refused with a reason.
        #[test]
        fn a_damaged_pack_is_refused_or_still_right(pos in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<bool>()) {
            let (secret, public) = sign::generate("nl.example", "Voorbeeldbond").unwrap();
            let signed = sign::sign(&sample(), &secret.signing_key().unwrap());
            let mut data = bytes(&signed);
            let i = pos.index(data.len());
            if cut { data.truncate(i) } else { data[i] = byte }
            match parse(&data) {
                Ok(pack) => {
                    let trust = verify(&pack, std::slice::from_ref(&public));
                    let same_content = canonical_bytes(&pack) == canonical_bytes(&signed);
                    if same_content && pack.signature == signed.signature {
                        // Only white space changed: still verified.
                        let verified = matches!(trust, Ok(Trust::Verified { .. }));
                        prop_assert!(verified, "{:?}", trust);
                    } else {
                        prop_assert!(trust.is_err(), "changed content or signature must not verify");
                    }
                }
                Err(e) => prop_assert!(!e.message(Lang::Nl).is_empty()),
            }
        }
    }
}

#[test]
fn every_built_in_pack_source_validates() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../assets/packs/builtin");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.to_string_lossy().ends_with(".werfpack.json") {
            continue;
        }
        let pack = parse(&std::fs::read(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}:\n{}", path.display(), e.message(Lang::En)));
        assert_eq!(pack.publisher.id, "nl.werfwijzer", "{}", path.display());
        assert!(pack.id.starts_with("nl.werfwijzer."), "{}", path.display());
        assert_eq!(
            pack.languages,
            [Lang::Nl, Lang::En],
            "built-in packs are in Dutch and English"
        );
        seen += 1;
    }
    assert!(
        seen >= 2,
        "expected the built-in pack sources in {}",
        dir.display()
    );
}
