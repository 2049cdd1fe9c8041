//! `cargo run --release -p werfwijzer-wording --example readability_bench`: how long the
//! readability figure of a 400-word vacancy text takes (target < 2 ms after the first
//! call), and the one-time parse of the embedded word list.

use std::time::Instant;

use werfwijzer_wording::{readability, Lang};

const PARAGRAPH: &str = "Wat ga je doen\n- Je helpt klanten aan de kassa en in de winkel.\n\
- Je vult de schappen en je let op de houdbaarheid.\nJe werkt in een klein team van \
zes collega's. Onze kassamedewerkers beginnen om half acht. Je verdient € 2.400 tot \
€ 2.700 per maand, volgens de cao. Met inachtneming van de vigerende bepalingen draagt \
de functionaris zorg voor de implementatie van procesmatige verbeterinitiatieven.\n";

fn main() {
    let mut text = String::new();
    while text.split_whitespace().count() < 440 {
        text.push_str(PARAGRAPH);
    }
    let t0 = Instant::now();
    let n = werfwijzer_wording::readability::warm_up();
    let parse = t0.elapsed();
    let first = readability(&text, Lang::Nl);
    let runs = 500;
    for lang in [Lang::Nl, Lang::En] {
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            let t = Instant::now();
            let r = readability(&text, lang);
            times.push(t.elapsed());
            assert_eq!(r.words, first.words);
        }
        times.sort();
        println!(
            "readability {lang:?}, {} words: median {:.3} ms, slowest {:.3} ms over {runs} runs; target < 2 ms",
            first.words,
            times[runs / 2].as_secs_f64() * 1e3,
            times[runs - 1].as_secs_f64() * 1e3,
        );
    }
    println!(
        "word list: {n} words parsed once in {:.2} ms; score {} ({:?})",
        parse.as_secs_f64() * 1e3,
        first.score,
        first.level
    );
}
