//! `cargo run --release -p werfwijzer-wording --example bench`: how long a live check of
//! a 400-word vacancy text takes (PRODUCT.md §4.3: < 20 ms per keystroke).

use std::time::Instant;

use werfwijzer_wording::{check, Lang};

const PARAGRAPH: &str = "Wij zoeken een enthousiaste en stressbestendige medewerker bediening voor ons \
jonge en dynamische team. Je werkt netjes en snel, ook als het druk is. Onze uitsmijter met jonge kaas \
is beroemd. Je spreekt Nederlands op B1-niveau, omdat je gasten helpt. Een diploma horeca, of vergelijkbare \
ervaring. Hij/zij krijgt een vaste buddy. Je kunt regelmatig tot 20 kilo tillen en je past in ons team. \
Stuur je cv naar vacatures@voorbeeld.nl, zonder foto. ";

fn main() {
    let mut text = String::new();
    while text.split_whitespace().count() < 400 {
        text.push_str(PARAGRAPH);
    }
    let words = text.split_whitespace().count();
    // the first call builds the patterns once; a live checker pays that only at start
    let t0 = Instant::now();
    let first = check(&text, Lang::Nl);
    let warm_up = t0.elapsed();
    let runs = 200;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let found = check(&text, Lang::Nl);
        times.push(t.elapsed());
        assert_eq!(found.len(), first.len());
    }
    times.sort();
    let median = times[runs / 2];
    let worst = times[runs - 1];
    println!(
        "wording check, {words} words, {} findings: median {:.3} ms, slowest {:.3} ms over {runs} runs (first call incl. building the patterns: {:.1} ms); target < 20 ms",
        first.len(),
        median.as_secs_f64() * 1e3,
        worst.as_secs_f64() * 1e3,
        warm_up.as_secs_f64() * 1e3,
    );
}
