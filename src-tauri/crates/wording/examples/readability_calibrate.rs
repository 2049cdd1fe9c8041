//! `cargo run --release -p werfwijzer-wording --example readability_calibrate`: the
//! readability of the built-in packs' Dutch and English summaries and definitions.

use werfwijzer_wording::{readability, Lang};

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../assets/packs/builtin");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("packs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    for f in files {
        let raw = std::fs::read_to_string(&f).expect("read");
        for (lang, key) in [(Lang::Nl, "\"nl\": \""), (Lang::En, "\"en\": \"")] {
            let mut all = String::new();
            for part in raw.split(key).skip(1) {
                let s = part.split('"').next().unwrap_or("");
                if s.split_whitespace().count() >= 8 {
                    all.push_str(s);
                    all.push(' ');
                }
            }
            let r = readability(&all, lang);
            println!(
                "{:<28} {:?} score {:5.1} {:?} words {:5} asl {:4.1} rare {:.3}",
                f.file_name().unwrap_or_default().to_string_lossy(),
                lang,
                r.score,
                r.level,
                r.words,
                r.avg_sentence_words,
                r.rare_word_share
            );
        }
    }
}
