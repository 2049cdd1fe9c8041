//! Letters per second through the anonymizer alone (no JSON, no process start):
//! `cargo run --release -p werfwijzer-anonymize --example throughput -- LETTERS.jsonl [ROUNDS]`.
//! The figure PRODUCT.md §4.3 sets is for the whole CLI run (`benches/anonymize.sh`); this one
//! shows how much of that is the anonymizer.

use std::time::Instant;

use werfwijzer_anonymize::{anonymize, Known, Lang};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: throughput LETTERS.jsonl [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(50);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    let letters: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    // compile the patterns once, outside the measurement, as a long CLI run does
    let _ = anonymize("warm", Lang::Nl, &Known::default());
    let start = Instant::now();
    let mut spans = 0usize;
    for _ in 0..rounds {
        for l in &letters {
            spans += anonymize(l, Lang::detect(l), &Known::default()).spans.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let n = letters.len() * rounds;
    println!(
        "anonymizer alone: {n} letters in {secs:.2} s = {:.0} letters/s ({spans} spans)",
        n as f64 / secs
    );
}
