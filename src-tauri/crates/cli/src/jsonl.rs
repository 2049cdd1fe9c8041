//! `werfwijzer-cli check|anonymize --jsonl IN [--out OUT]`: the wording checker or the
//! anonymizer over a JSONL file.
//!
//! Input lines `{"id","lang","text"}` (other keys ignored; `lang` is `nl` or `en`, a
//! missing `lang` is detected from the text). Output one line per input line:
//! `{"id","spans":[{"start","end","label"}]}`, offsets in Unicode scalar values.

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use serde::{Deserialize, Serialize};
use werfwijzer_wording::{to_char_offsets, Lang};

/// What a command finds in one text: byte ranges with their label.
pub type Finder = fn(&str, Lang) -> Vec<(usize, usize, &'static str)>;

/// The wording checker's findings.
pub fn check(text: &str, lang: Lang) -> Vec<(usize, usize, &'static str)> {
    werfwijzer_wording::check(text, lang)
        .iter()
        .map(|f| (f.start, f.end, f.category.as_str()))
        .collect()
}

/// The anonymizer's findings, from the text alone (no identity hints).
pub fn anonymize(text: &str, lang: Lang) -> Vec<(usize, usize, &'static str)> {
    let lang = match lang {
        Lang::Nl => werfwijzer_anonymize::Lang::Nl,
        Lang::En => werfwijzer_anonymize::Lang::En,
    };
    werfwijzer_anonymize::anonymize(text, lang, &werfwijzer_anonymize::Known::default())
        .spans
        .iter()
        .map(|s| (s.start, s.end, s.label.as_str()))
        .collect()
}

#[derive(Deserialize)]
struct Input {
    id: serde_json::Value,
    #[serde(default)]
    lang: Option<String>,
    text: String,
}

#[derive(Serialize)]
struct Span {
    start: usize,
    end: usize,
    label: &'static str,
}

#[derive(Serialize)]
struct Output<'a> {
    id: &'a serde_json::Value,
    spans: Vec<Span>,
}

/// Runs `find` over one text and returns its output line (without the newline).
fn line_for(input: &Input, lang: Lang, find: Finder) -> Result<String, String> {
    let findings = find(&input.text, lang);
    let offsets: Vec<usize> = findings.iter().flat_map(|f| [f.0, f.1]).collect();
    let chars = to_char_offsets(&input.text, &offsets);
    let spans = findings
        .iter()
        .enumerate()
        .map(|(i, f)| Span {
            start: chars[2 * i],
            end: chars[2 * i + 1],
            label: f.2,
        })
        .collect();
    serde_json::to_string(&Output {
        id: &input.id,
        spans,
    })
    .map_err(|e| e.to_string())
}

fn parse_line(line: &str, n: usize, path: &Path) -> Result<(Input, Lang), String> {
    let input: Input = serde_json::from_str(line).map_err(|e| {
        format!(
            "{}:{n}: not a valid input line ({e}); expected {{\"id\", \"lang\", \"text\"}}",
            path.display()
        )
    })?;
    if !(input.id.is_string() || input.id.is_number()) {
        return Err(format!(
            "{}:{n}: \"id\" must be a string or a number",
            path.display()
        ));
    }
    let lang = match input.lang.as_deref() {
        None | Some("") => Lang::detect(&input.text),
        Some(l) => Lang::parse(l).ok_or_else(|| {
            format!(
                "{}:{n}: unknown \"lang\" {l:?}; use \"nl\" or \"en\"",
                path.display()
            )
        })?,
    };
    Ok((input, lang))
}

fn run_inner(input: &Path, out: Option<&Path>, find: Finder, what: &str) -> Result<(), String> {
    let file =
        std::fs::File::open(input).map_err(|e| format!("{}: cannot open: {e}", input.display()))?;
    let mut lines = Vec::new();
    for (i, line) in BufReader::new(file).lines().enumerate() {
        let n = i + 1;
        let line = line.map_err(|e| format!("{}:{n}: cannot read: {e}", input.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let (parsed, lang) = parse_line(&line, n, input)?;
        // a fault in the checker must not take the run down with a panic message
        let checked = std::panic::catch_unwind(|| line_for(&parsed, lang, find)).map_err(|_| {
            format!(
                "{}:{n}: internal error in the {what} on this text; please report it",
                input.display()
            )
        })?;
        lines.push(checked.map_err(|e| format!("{}:{n}: {e}", input.display()))?);
    }
    // only write once every line has been read and checked, so a bad line leaves no
    // half-written output file
    let write = |w: &mut dyn Write| -> std::io::Result<()> {
        for l in &lines {
            writeln!(w, "{l}")?;
        }
        w.flush()
    };
    match out {
        Some(path) => {
            let f = std::fs::File::create(path)
                .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
            write(&mut BufWriter::new(f))
                .map_err(|e| format!("{}: cannot write: {e}", path.display()))
        }
        None => {
            let stdout = std::io::stdout();
            write(&mut BufWriter::new(stdout.lock())).map_err(|e| format!("stdout: {e}"))
        }
    }
}

/// `command` names the subcommand in messages; `what` names the part that failed.
pub fn run(jsonl: &Path, out: Option<&Path>, find: Finder, command: &str, what: &str) -> ExitCode {
    // faults are reported per line (see run_inner), not as a panic message
    std::panic::set_hook(Box::new(|_| {}));
    match run_inner(jsonl, out, find, what) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("werfwijzer-cli {command}: {e}");
            ExitCode::FAILURE
        }
    }
}
