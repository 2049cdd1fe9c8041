//! The built-in packs are written to be fair: no text in them may be flagged.
//! Every string under an "nl" or "en" key (names, definitions, indicators, anchors,
//! questions, follow-ups, tasks, role titles, summaries, requirements and their reasons)
//! is checked in its own language.

use std::path::PathBuf;

use serde_json::Value;
use werfwijzer_wording::{check, Lang};

fn collect(v: &Value, path: &str, out: &mut Vec<(String, Lang, String)>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let p = format!("{path}.{k}");
                match (k.as_str(), child) {
                    ("nl", Value::String(s)) => out.push((p, Lang::Nl, s.clone())),
                    ("en", Value::String(s)) => out.push((p, Lang::En, s.clone())),
                    _ => collect(child, &p, out),
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect(child, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn no_text_in_the_builtin_packs_is_flagged() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../assets/packs/builtin");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".werfpack.json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 10,
        "expected the ten built-in packs in {dir:?}"
    );
    let mut texts = Vec::new();
    for f in &files {
        let v: Value = serde_json::from_slice(&std::fs::read(f).unwrap()).unwrap();
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        collect(&v, &name, &mut texts);
    }
    let nl = texts.iter().filter(|t| t.1 == Lang::Nl).count();
    let en = texts.len() - nl;
    assert!(nl > 1000 && en > 1000, "too few texts: {nl} nl, {en} en");
    let mut problems = Vec::new();
    for (path, lang, text) in &texts {
        for f in check(text, *lang) {
            problems.push(format!(
                "{path}: {} {:?} in {text:?}",
                f.category,
                f.slice(text)
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} finding(s) in the built-in packs:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
