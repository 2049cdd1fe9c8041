//! Prints the drafts of one built-in role: Dutch and English, as vacancy, internship and
//! promotion.
//!
//! `cargo run -p werfwijzer-drafting --example show -- verkoopmedewerker-bakkerij [seed]`
//! `cargo run -p werfwijzer-drafting --example show -- --minimal [seed]`: only a title,
//! an organisation and two competencies.

use std::path::PathBuf;

use werfwijzer_drafting::{draft, Contract, Input, Internship, Kind, Lang, PayPer, PayRange};

fn main() {
    let mut args = std::env::args().skip(1);
    let id = args
        .next()
        .unwrap_or_else(|| "verkoopmedewerker-bakkerij".into());
    let seed: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    if id == "--minimal" {
        minimal(seed);
        return;
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../assets/packs/builtin");
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(&dir)
        .expect("the built-in packs folder")
        .flatten()
    {
        let Ok(bytes) = std::fs::read(entry.path()) else {
            continue;
        };
        let Ok(pack) = werfwijzer_packs::parse(&bytes) else {
            continue;
        };
        for role in &pack.roles {
            ids.push(role.id.clone());
            if role.id != id {
                continue;
            }
            for lang in [Lang::Nl, Lang::En] {
                for kind in [Kind::Vacancy, Kind::Internship, Kind::Promotion] {
                    let mut i =
                        Input::from_role(&pack, role, kind, lang, organisation(&role.sector));
                    i.pay = Some(match kind {
                        Kind::Internship => PayRange::euros(300, 450, PayPer::Month),
                        Kind::Promotion => PayRange::euros(2450, 2900, PayPer::Month),
                        // an hourly wage with cents: "€ 14,71 tot € 16,20 bruto per uur"
                        Kind::Vacancy => PayRange {
                            min_cents: 1471,
                            max_cents: 1620,
                            per: PayPer::Hour,
                        },
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
                    i.apply_to = Some("werk@voorbeeld.nl".into());
                    i.contact_name = Some("Sam de Vries".into());
                    i.contact_phone = Some("030 123 45 67".into());
                    i.answer_form = kind == Kind::Promotion;
                    i.seed = seed;
                    println!("==================== {lang:?} {kind:?} (seed {seed})\n");
                    println!("{}", draft(&i).to_text());
                }
            }
            return;
        }
    }
    ids.sort();
    eprintln!("No role with id {id:?}. Known ids:\n{}", ids.join("\n"));
    std::process::exit(1);
}

/// A made-up employer for the sector, so the example reads naturally.
fn organisation(sector: &str) -> &'static str {
    match sector {
        "bakkerij" => "Bakkerij De Korenschoof",
        "horeca" => "Eetcafé De Gouden Leeuw",
        "zorg" => "Zorghuis De Linde",
        "detailhandel" => "Winkel Van Dam",
        "kappers-beauty" => "Salon Knip & Co",
        "motorvoertuigenbedrijf" | "tweewielerbedrijf" => "Garage Jansen",
        _ => "Van Dijk & Partners",
    }
}

/// The drafts of a minimal input: title, organisation and two competencies.
fn minimal(seed: u64) {
    use werfwijzer_drafting::CompetencyIn;
    for (lang, title, comps) in [
        (
            Lang::Nl,
            "Verkoopmedewerker",
            [
                ("Klanten helpen", "Je helpt klanten vriendelijk en snel."),
                ("Netjes werken", "Je houdt de winkel schoon en opgeruimd."),
            ],
        ),
        (
            Lang::En,
            "Sales assistant",
            [
                (
                    "Helping customers",
                    "You help customers kindly and quickly.",
                ),
                ("Working tidily", "You keep the shop clean and tidy."),
            ],
        ),
    ] {
        let mut i = Input::new(Kind::Vacancy, lang, "Winkel Van Dam", title);
        i.competencies = comps
            .iter()
            .map(|(n, d)| CompetencyIn {
                name: n.to_string(),
                definition: d.to_string(),
                example: None,
            })
            .collect();
        i.seed = seed;
        println!("==================== {lang:?} minimal (seed {seed})\n");
        println!("{}", draft(&i).to_text());
    }
}
