//! Runs the real `werfwijzer-cli check` binary.

use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_werfwijzer-cli"))
}

#[test]
fn check_writes_one_line_per_input_with_char_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    // "Çelik’s" has multi-byte chars before the finding; the offsets must count chars
    let lines = [
        serde_json::json!({"id": "a", "lang": "nl", "text": "Bij Çelik’s zoeken we een kapster. Je bent stressbestendig.", "spans": []}),
        serde_json::json!({"id": "b", "lang": "en", "text": "We build native apps. Starter kit included."}),
        serde_json::json!({"id": "c", "text": "You are a native English speaker and we are looking for a team player."}),
    ];
    let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&input, format!("{body}\n")).unwrap();

    let out = cli()
        .args(["check", "--jsonl"])
        .arg(&input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["id"], "a");
    let text: Vec<char> = lines[0]["text"].as_str().unwrap().chars().collect();
    let spans = rows[0]["spans"].as_array().unwrap();
    let got: Vec<(String, String)> = spans
        .iter()
        .map(|s| {
            let (a, b) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            (
                s["label"].as_str().unwrap().to_owned(),
                text[a..b].iter().collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("SEX".to_owned(), "kapster".to_owned()),
            ("TRAIT".to_owned(), "stressbestendig".to_owned())
        ]
    );
    assert_eq!(rows[1]["spans"], serde_json::json!([]));
    // no lang: detected as English
    let labels: Vec<&str> = rows[2]["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["ORIGIN", "TRAIT"]);

    // --out writes the same to a file
    let out_path = dir.path().join("out.jsonl");
    let out = cli()
        .args(["check", "--jsonl"])
        .arg(&input)
        .arg("--out")
        .arg(&out_path)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), stdout);
}

#[test]
fn a_bad_line_names_its_number_and_fails_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("{\"id\":\"a\",\"lang\":\"nl\",\"text\":\"Goed.\"}\n{\"id\": \"b\", \"text\": \n", 2, "not a valid input line"),
        ("{\"id\":\"a\",\"lang\":\"nl\",\"text\":\"Goed.\"}\n\n{\"id\":\"b\",\"lang\":\"de\",\"text\":\"x\"}\n", 3, "unknown \"lang\""),
        ("{\"id\":\"a\",\"lang\":\"nl\"}\n", 1, "missing field `text`"),
    ];
    for (body, line, needle) in cases {
        let input = dir.path().join("bad.jsonl");
        std::fs::write(&input, body).unwrap();
        let out_path = dir.path().join("never.jsonl");
        let out = cli()
            .args(["check", "--jsonl"])
            .arg(&input)
            .arg("--out")
            .arg(&out_path)
            .output()
            .unwrap();
        assert!(!out.status.success());
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(&format!("bad.jsonl:{line}:")), "{stderr}");
        assert!(stderr.contains(needle), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!out_path.exists(), "no output file on failure");
    }
    let out = cli()
        .args(["check", "--jsonl"])
        .arg(dir.path().join("missing.jsonl"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("cannot open"));
}
