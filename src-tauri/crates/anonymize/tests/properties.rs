//! Property tests: the anonymizer never panics, its spans lie on character boundaries inside
//! the text, and redacting a redacted text changes nothing more.

use proptest::prelude::*;
use werfwijzer_anonymize::{anonymize, redact, Known, Label, Lang, Span};

/// Pieces that letters are made of, so that random texts reach the rules: names, places,
/// numbers of every shape, layout words, cue words, odd characters.
const PIECES: &[&str] = &[
    "Jan",
    "de",
    "Vries",
    "van",
    "'t",
    "Hof",
    "P.",
    "M.J.",
    "(Gosia)",
    "Yılmaz",
    "Wiśniewski",
    "Öztürk",
    "İzmir",
    "Venlo",
    "Den Haag",
    "Kerkstraat",
    "12",
    "12a",
    "bis",
    "1234 AB",
    "2140",
    "06-12345678",
    "+31 6 1947 2201",
    "0494 27 80 13",
    "(0)",
    "111222333",
    "NL91 ABNA 0417 1643 00",
    "97.02.17-311.66",
    "jan@example.nl",
    "info@bakkerij.nl",
    "github.com/jan",
    "www.jan.nl",
    "14-08-1990",
    "2 november 1976",
    "Ik ben",
    "ik woon in",
    "geboren in",
    "1979",
    "41 jaar",
    "(18)",
    "Met vriendelijke groet,",
    "Kind regards,",
    "Geachte heer",
    "Beste",
    "Dear Ms",
    "Van:",
    "Aan:",
    "Onderwerp:",
    "Naam:",
    "Adres:",
    "Geboortedatum:",
    "BSN:",
    "t.a.v.",
    "mijn moedertaal is Turks",
    "kom uit",
    "Syrië",
    "getrouwd",
    "twee kinderen",
    "hoofddoek",
    "burn-out",
    "pasfoto",
    "zij/haar",
    "\n",
    "\n\n",
    ",",
    ".",
    "!",
    "?",
    " ",
    "  ",
    "\t",
    "😉",
    "é",
    "’",
    "-",
    "–",
    "<",
    ">",
    "(",
    ")",
    "[naam]",
    "[telefoon]",
    "\u{300}",
    "ß",
    "Ǆ",
    "ﬁ",
];

fn letterish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => "\\PC{0,6}",
        ],
        0..60,
    )
    .prop_map(|v| v.join(" "))
}

fn check_spans(text: &str, spans: &[Span]) {
    for s in spans {
        assert!(
            s.start < s.end && s.end <= text.len(),
            "span out of the text: {s:?}"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span not on a character boundary: {s:?}"
        );
    }
    let direct: Vec<&Span> = spans.iter().filter(|s| s.label.is_direct()).collect();
    for w in direct.windows(2) {
        assert!(
            w[0].end <= w[1].start,
            "direct identifiers overlap: {:?}",
            w
        );
    }
}

fn hide_direct(text: &str, lang: Lang) -> String {
    let a = anonymize(text, lang, &Known::default());
    let hide: Vec<Span> = a
        .spans
        .into_iter()
        .filter(|s| s.label.is_direct())
        .collect();
    redact(text, &hide, lang).text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text_gives_valid_spans(text in letterish(), en in any::<bool>()) {
        let lang = if en { Lang::En } else { Lang::Nl };
        let a = anonymize(&text, lang, &Known { names: vec!["Jan de Vries".into()], emails: vec!["jan@example.nl".into()], phones: vec!["06-12345678".into()] });
        check_spans(&text, &a.spans);
    }

    #[test]
    fn any_unicode_gives_valid_spans(text in "\\PC{0,300}") {
        let a = anonymize(&text, Lang::Nl, &Known::default());
        check_spans(&text, &a.spans);
    }

    #[test]
    fn redacting_twice_changes_nothing_more(text in letterish()) {
        let once = hide_direct(&text, Lang::Nl);
        let twice = hide_direct(&once, Lang::Nl);
        prop_assert_eq!(once, twice);
    }
}

#[test]
fn placeholders_are_never_found_again() {
    for l in Label::ALL {
        for lang in [Lang::Nl, Lang::En] {
            let p = l.placeholder(lang);
            let text = format!("Ik ben {p}, ik woon in {p} en mijn nummer is {p}.\n\nMet vriendelijke groet,\n{p}\n");
            let a = anonymize(&text, lang, &Known::default());
            assert!(
                a.spans.iter().all(|s| s.label.is_cue()),
                "{p}: {:?}",
                a.spans
            );
        }
    }
}
