//! Every role of every built-in pack, drafted in both languages, for all three kinds and
//! several seeds, must pass the wording checker and the structural checks.

use std::path::PathBuf;

use werfwijzer_drafting::{draft, Contract, Input, Internship, Kind, Lang, PayPer, PayRange};

fn packs() -> Vec<(String, werfwijzer_packs::Pack)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../assets/packs/builtin");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the built-in packs folder") {
        let path = entry.expect("a folder entry").path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        if !name.ends_with(".werfpack.json") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("a readable pack");
        let pack = werfwijzer_packs::parse(&bytes)
            .unwrap_or_else(|e| panic!("{name} does not parse: {e:?}"));
        out.push((name, pack));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(out.len() >= 10, "expected the ten built-in packs");
    out
}

/// The role's input with realistic practical values.
fn input(
    pack: &werfwijzer_packs::Pack,
    role: &werfwijzer_packs::Role,
    kind: Kind,
    lang: Lang,
    seed: u64,
) -> Input {
    let mut i = Input::from_role(pack, role, kind, lang, "Van Dijk & Zonen");
    // The owner chooses about five (PRODUCT.md §3.1 step 3); a role may suggest more.
    i.competencies.truncate(5);
    if i.hours_min.is_none() {
        i.hours_min = Some(24);
        i.hours_max = Some(38);
    }
    // Whole euros a month for the first seeds; amounts with cents (an hourly wage, an
    // allowance of € 312,50) for the last two, so both ways of writing pay are checked.
    let cents = |min_cents, max_cents, per| PayRange {
        min_cents,
        max_cents,
        per,
    };
    i.pay = Some(match (kind, seed) {
        (Kind::Internship, 0..=2) => PayRange::euros(300, 450, PayPer::Month),
        (Kind::Internship, _) => cents(31_250, 45_075, PayPer::Month),
        (_, 0..=2) => PayRange::euros(
            2350 + 50 * (seed as u32),
            3100 + 50 * (seed as u32),
            PayPer::Month,
        ),
        (_, 3) => cents(1471, 1620, PayPer::Hour),
        (_, _) => cents(1500, 1875, PayPer::Hour),
    });
    i.contract = Some(match kind {
        Kind::Internship => Contract::Internship,
        Kind::Promotion => Contract::Permanent,
        Kind::Vacancy => Contract::TemporaryWithProspect { months: Some(12) },
    });
    if kind == Kind::Internship {
        i.internship = Some(Internship {
            school: Some("ROC Midden Nederland".into()),
            learning_goals: i.competencies.iter().map(|c| c.name.clone()).collect(),
            allowance_per_month: None,
        });
    }
    i.place = Some("Utrecht".into());
    i.start = Some("2027-01-04".into());
    i.deadline = Some("2026-12-01".into());
    i.apply_to = Some("werk@vandijk.example".into());
    i.contact_name = Some("Sam de Vries".into());
    i.contact_phone = Some("030 123 45 67".into());
    i.answer_form = seed % 2 == 1;
    i.seed = seed;
    i
}

#[test]
fn every_builtin_role_drafts_a_clean_text() {
    let mut passed = 0usize;
    let mut failures = Vec::new();
    let mut roles = 0usize;
    for (file, pack) in packs() {
        for role in &pack.roles {
            roles += 1;
            for lang in [Lang::Nl, Lang::En] {
                for kind in [Kind::Vacancy, Kind::Internship, Kind::Promotion] {
                    for seed in 0..5 {
                        let i = input(&pack, role, kind, lang, seed);
                        assert_eq!(
                            i.competencies.len(),
                            role.competencies.len().min(5),
                            "{}",
                            role.id
                        );
                        let text = draft(&i).to_text();
                        let mut problems = Vec::new();
                        for f in werfwijzer_wording::check(&text, lang) {
                            problems.push(format!("{}: “{}”", f.category, f.slice(&text)));
                        }
                        for f in werfwijzer_wording::check_structure(
                            &text,
                            lang,
                            Some(i.competencies.len()),
                        ) {
                            let phrase = match f.finding {
                                werfwijzer_wording::Structural::LongSentence {
                                    start, end, ..
                                }
                                | werfwijzer_wording::Structural::Jargon { start, end } => {
                                    text[start..end].to_string()
                                }
                                _ => String::new(),
                            };
                            problems.push(format!("{:?}: “{phrase}”", f.finding));
                        }
                        if problems.is_empty() {
                            passed += 1;
                        } else {
                            failures.push(format!(
                                "{file} {} {lang:?} {kind:?} seed {seed}: {}",
                                role.id,
                                problems.join("; ")
                            ));
                        }
                    }
                }
            }
        }
    }
    let total = roles * 2 * 3 * 5;
    println!("{passed} of {total} role × language × kind × seed drafts pass ({roles} roles)");
    if !failures.is_empty() {
        failures.sort();
        failures.dedup();
        panic!(
            "{} drafts have findings:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
    assert_eq!(passed, total);
}

#[test]
fn drafts_are_deterministic_for_a_builtin_role() {
    let (_, pack) = packs().into_iter().next().expect("a pack");
    let role = &pack.roles[0];
    let a = draft(&input(&pack, role, Kind::Vacancy, Lang::Nl, 3)).to_text();
    let b = draft(&input(&pack, role, Kind::Vacancy, Lang::Nl, 3)).to_text();
    assert_eq!(a, b);
}
