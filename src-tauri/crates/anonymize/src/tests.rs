//! Tests of the whole anonymizer on small letters written for the tests.

use super::*;

fn labels(text: &str) -> Vec<(String, &'static str)> {
    anonymize(text, Lang::detect(text), &Known::default())
        .spans
        .iter()
        .map(|s| (text[s.start..s.end].to_string(), s.label.as_str()))
        .collect()
}

fn has(found: &[(String, &'static str)], s: &str, label: &str) -> bool {
    found.iter().any(|(t, l)| t == s && *l == label)
}

#[test]
fn contact_block_signature_and_propagation() {
    let t = "Jolien van der Berg-Ockers\nLindelaan 14 b\n3512 XK Utrecht\n06-12345678\njolien.vdberg@example.nl\n\nAan: Bakkerij Het Hoekje\nDorpsstraat 3\n3511 AA Utrecht\n\nUtrecht, 3 mei 2025\n\nGeachte mevrouw Smits,\n\nGraag solliciteer ik. Mijn collega Johan Pieterse kan dat bevestigen.\n\nMet vriendelijke groet,\n\nJ. van der Berg-Ockers\n";
    let f = labels(t);
    assert!(has(&f, "Jolien van der Berg-Ockers", "PERSON"), "{f:?}");
    assert!(has(&f, "Lindelaan 14 b", "ADDRESS"), "{f:?}");
    assert!(has(&f, "3512 XK", "POSTCODE"), "{f:?}");
    assert!(has(&f, "06-12345678", "PHONE"), "{f:?}");
    assert!(has(&f, "jolien.vdberg@example.nl", "EMAIL"), "{f:?}");
    assert!(has(&f, "Smits", "PERSON"), "{f:?}");
    assert!(has(&f, "Johan Pieterse", "PERSON"), "{f:?}");
    assert!(has(&f, "J. van der Berg-Ockers", "PERSON"), "{f:?}");
    // the employer's address stays
    assert!(
        !f.iter()
            .any(|(t, _)| t == "Dorpsstraat 3" || t == "3511 AA"),
        "{f:?}"
    );
}

#[test]
fn redaction_uses_the_letters_language() {
    let t = "Dear Ms Jansen,\n\nI'm Tom, 22, and I live in Leeds.\n\nKind regards,\nTom Baker\n";
    let a = anonymize(t, Lang::En, &Known::default());
    let hide: Vec<Span> = a
        .spans
        .iter()
        .filter(|s| s.label.is_direct())
        .cloned()
        .collect();
    let r = redact(t, &hide, Lang::En);
    assert_eq!(
        r.text,
        "Dear Ms [name],\n\nI'm [name], [age], and I live in [place].\n\nKind regards,\n[name]\n"
    );
}

#[test]
fn named_by_their_role() {
    let f = labels("Dear Sir,\n\nMy former team lead, Aoife Byrne, is happy to act as a reference. Mijn stagebegeleider Kees Hoogendoorn vertelde het ook.\n");
    assert!(has(&f, "Aoife Byrne", "PERSON"), "{f:?}");
    assert!(has(&f, "Kees Hoogendoorn", "PERSON"), "{f:?}");
}

#[test]
fn names_from_the_gazetteer_in_running_text() {
    let f = labels("Beste heer, mevrouw,\n\nIk werkte drie jaar samen met Fatima Amrani en Kevin de Boer in de keuken. Bij Albert Heijn in Den Haag vulde ik vakken.\n");
    assert!(has(&f, "Fatima Amrani", "PERSON"), "{f:?}");
    assert!(has(&f, "Kevin de Boer", "PERSON"), "{f:?}");
    assert!(
        !f.iter()
            .any(|(t, _)| t.contains("Albert") || t.contains("Den Haag")),
        "{f:?}"
    );
}

#[test]
fn a_phone_number_right_after_an_iban() {
    let f = labels("NL91 ABNA 0417 1643 00 06-12345678");
    assert!(has(&f, "NL91 ABNA 0417 1643 00", "ID"), "{f:?}");
    assert!(has(&f, "06-12345678", "PHONE"), "{f:?}");
}

#[test]
fn the_recipient_may_follow_the_contact_block_without_a_blank_line() {
    let t = "Ayşe Yılmaz\nKerkstraat 12\n1234 AB Zwolle\nBakkerij De Korenbloem\nt.a.v. mevrouw R. van der Meer\nMarktplein 3\n8011 AB Zwolle\n\nGeachte mevrouw Van der Meer,\n\nIk solliciteer.\n\nMet vriendelijke groet,\nAyşe Yılmaz\n";
    let f = labels(t);
    assert!(
        has(&f, "Kerkstraat 12", "ADDRESS") && has(&f, "1234 AB", "POSTCODE"),
        "{f:?}"
    );
    assert!(has(&f, "R. van der Meer", "PERSON"), "{f:?}");
    assert!(
        !f.iter().any(|(t, _)| t == "Marktplein 3" || t == "8011 AB"),
        "{f:?}"
    );
}
