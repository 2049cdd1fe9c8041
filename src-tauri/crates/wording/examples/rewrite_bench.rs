//! `cargo run --release -p werfwijzer-wording --example rewrite_bench`: how long the
//! one-click rewrites of one finding take in a 400-word text (each offered rewrite is
//! checked by running the checker on the changed text).

use std::time::Instant;

use werfwijzer_wording::{check, rewrites, Lang};

const PARAGRAPH: &str =
    "Wij zoeken een stressbestendige en flexibele medewerker voor onze winkel. \
Je werkt netjes en snel, ook als het druk is. Je hebt Nederlands als moedertaal. Een mbo-diploma \
is vereist. Vermeld je huidige salaris in je brief. Stuur je cv met foto naar info@voorbeeld.nl. \
Je past in ons team. Wij zoeken een kapster voor de zaterdag. ";

fn main() {
    let mut text = String::new();
    while text.split_whitespace().count() < 400 {
        text.push_str(PARAGRAPH);
    }
    let found = check(&text, Lang::Nl);
    let _ = rewrites(&text, &found[0], Lang::Nl);
    let mut times = Vec::new();
    let mut offered = 0;
    for f in &found {
        let t = Instant::now();
        offered += rewrites(&text, f, Lang::Nl).len();
        times.push(t.elapsed());
    }
    times.sort();
    let n = times.len();
    println!(
        "rewrites for one finding, {} words, {n} findings, {offered} rewrites: median {:.2} ms, slowest {:.2} ms; target < 50 ms (on a click, not per keystroke)",
        text.split_whitespace().count(),
        times[n / 2].as_secs_f64() * 1e3,
        times[n - 1].as_secs_f64() * 1e3,
    );
}
