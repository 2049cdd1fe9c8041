//! Runs the real `werfwijzer-cli anonymize` binary: the output shape, offsets in characters,
//! bad input, and the quality figures on the development letters.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_werfwijzer-cli"))
}

fn run(input: &std::path::Path) -> Vec<serde_json::Value> {
    let out = cli()
        .args(["anonymize", "--jsonl"])
        .arg(input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn anonymize_writes_spans_in_characters() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let text = "Van: Büşra Öztürk <busra.ozturk@example.com>\n\nBeste Jeroen,\n\nIk ben 20 jaar en woon in Zwolle. Bel me op 06-12345678 😉\n\nGroetjes,\nBüşra Öztürk";
    let lines = [
        serde_json::json!({"id": "a", "lang": "nl", "text": text}),
        serde_json::json!({"id": 7, "text": "Dear Ms Smith,\n\nI am 31 years old.\n\nKind regards,\nTarek Mansour"}),
    ];
    let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&input, body).unwrap();
    let rows = run(&input);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1]["id"], 7);
    let chars: Vec<char> = text.chars().collect();
    let found: Vec<(String, String)> = rows[0]["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let (a, b) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            (
                chars[a..b].iter().collect(),
                s["label"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for (t, l) in [
        ("Büşra Öztürk", "PERSON"),
        ("busra.ozturk@example.com", "EMAIL"),
        ("Jeroen", "PERSON"),
        ("20 jaar", "AGE"),
        ("Zwolle", "PLACE"),
        ("06-12345678", "PHONE"),
    ] {
        assert!(
            found.contains(&(t.to_string(), l.to_string())),
            "{t} {l} not in {found:?}"
        );
    }
}

#[test]
fn anonymize_refuses_a_bad_line_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let out_file = dir.path().join("out.jsonl");
    std::fs::write(&input, "{\"id\":\"a\",\"text\":\"Hallo\"}\nnot json\n").unwrap();
    let out = cli()
        .args(["anonymize", "--jsonl"])
        .arg(&input)
        .arg("--out")
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("werfwijzer-cli anonymize") && err.contains(":2:"),
        "{err}"
    );
    assert!(!out_file.exists());
}

/// The development letters next to the repository (`../shared/corpus`), scored as
/// `score_letters.py` does: a gold span is caught when all its letters and digits are covered
/// by predicted spans; precision counts the predicted letters and digits inside gold spans.
#[test]
fn quality_on_the_development_letters() {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../../shared/corpus/letters-dev.jsonl");
    assert!(
        corpus.exists(),
        "{} is missing: the shared folder belongs beside the repository",
        corpus.display()
    );
    let gold: Vec<serde_json::Value> = std::fs::read_to_string(&corpus)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let pred: HashMap<String, serde_json::Value> = run(&corpus)
        .into_iter()
        .map(|r| (r["id"].as_str().unwrap().to_string(), r))
        .collect();
    const CUES: [&str; 6] = ["ORIGIN", "GENDER", "RELIGION", "FAMILY", "HEALTH", "PHOTO"];
    let (mut direct, mut direct_hit, mut cues, mut cues_hit) = (0, 0, 0, 0);
    let (mut predicted, mut predicted_in_gold) = (0, 0);
    for g in &gold {
        let text: Vec<char> = g["text"].as_str().unwrap().chars().collect();
        let mut covered = vec![false; text.len()];
        for s in pred[g["id"].as_str().unwrap()]["spans"].as_array().unwrap() {
            for c in &mut covered
                [s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize]
            {
                *c = true;
            }
        }
        let mut in_gold = vec![false; text.len()];
        for s in g["spans"].as_array().unwrap() {
            let (a, b) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            in_gold[a..b].iter_mut().for_each(|c| *c = true);
            let hit = (a..b)
                .filter(|&i| text[i].is_alphanumeric())
                .all(|i| covered[i]);
            if CUES.contains(&s["label"].as_str().unwrap()) {
                cues += 1;
                cues_hit += usize::from(hit);
            } else {
                direct += 1;
                direct_hit += usize::from(hit);
            }
        }
        for i in 0..text.len() {
            if covered[i] && text[i].is_alphanumeric() {
                predicted += 1;
                predicted_in_gold += usize::from(in_gold[i]);
            }
        }
    }
    let rd = direct_hit as f64 / direct as f64;
    let rc = cues_hit as f64 / cues as f64;
    let p = predicted_in_gold as f64 / predicted as f64;
    assert!(
        rd >= 0.99 && rc >= 0.90 && p >= 0.90,
        "recall_direct={rd:.3} recall_cues={rc:.3} precision={p:.3}"
    );
}
