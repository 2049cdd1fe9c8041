//! `werfwijzer-cli`: Werfwijzer without a window, over the same façade as the app.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod jsonl;
mod pack;
mod skeleton;
use werfwijzer_core::{dto, paths, Language, Werfwijzer};

#[derive(Parser)]
#[command(
    name = "werfwijzer-cli",
    version,
    about = "Werfwijzer without a window"
)]
struct Cli {
    /// Language of messages: nl or en (default: the language stored in the database).
    #[arg(long, global = true, value_parser = ["nl", "en"])]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create the demo organisation with a sample procedure; prints the procedure id last.
    Demo {
        /// The database file (created when missing). Default: $WERFWIJZER_DB or the app's own.
        #[arg(long)]
        db: Option<PathBuf>,
    },
    /// List the organisations and their procedures in a database.
    List {
        #[arg(long)]
        db: Option<PathBuf>,
    },
    /// Check vacancy texts for exclusionary wording: JSONL lines {"id","lang","text"} in,
    /// lines {"id","spans":[{"start","end","label"}]} out (offsets in Unicode scalar values).
    Check {
        /// The input file (JSONL).
        #[arg(long)]
        jsonl: PathBuf,
        /// Where to write the output (default: stdout).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Anonymize application letters: JSONL lines {"id","lang","text"} in, lines
    /// {"id","spans":[{"start","end","label"}]} out (offsets in Unicode scalar values; labels
    /// PERSON, ADDRESS, POSTCODE, PLACE, PHONE, EMAIL, URL, ID, DOB, AGE and the cues ORIGIN,
    /// GENDER, RELIGION, FAMILY, HEALTH, PHOTO).
    Anonymize {
        /// The input file (JSONL).
        #[arg(long)]
        jsonl: PathBuf,
        /// Where to write the output (default: stdout).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Make PDF files from a procedure.
    Pdf {
        #[command(subcommand)]
        command: PdfCommand,
    },
    /// Template packs: make a key, sign, validate.
    Pack {
        #[command(subcommand)]
        command: pack::PackCommand,
    },
}

#[derive(Subcommand)]
enum PdfCommand {
    /// The vacancy text as an A4 PDF with the organisation's name and logo, one file per
    /// language that has a text (or only --text-lang). Prints each file's path.
    Vacancy {
        #[arg(long)]
        db: Option<PathBuf>,
        /// The procedure id (see `list`).
        #[arg(long)]
        procedure: String,
        /// The folder to write to (created when missing).
        #[arg(long)]
        out: PathBuf,
        /// Only this language of the vacancy text: nl or en.
        #[arg(long, value_parser = ["nl", "en"])]
        text_lang: Option<String>,
    },
}

fn open(db: Option<PathBuf>, lang: Option<Language>) -> Result<Werfwijzer, dto::AppError> {
    let fallback = lang.unwrap_or_default();
    let path = db.or_else(paths::resolve_db_path).ok_or_else(|| {
        werfwijzer_core::Error::DatabaseOpen("no data folder".into()).to_app_error(fallback)
    })?;
    let app = Werfwijzer::open(&path, fallback)?;
    if let Some(lang) = lang {
        app.override_language(lang);
    }
    Ok(app)
}

fn run(cli: Cli) -> Result<(), dto::AppError> {
    let lang = cli.lang.as_deref().and_then(Language::parse);
    match cli.command {
        Command::Demo { db } => {
            let app = open(db, lang)?;
            let demo = app.create_demo()?;
            let detail = app.open_procedure(&demo.procedure_id)?;
            println!("{}", detail.organisation_name);
            println!("{}", detail.procedure.title);
            println!("{}", demo.procedure_id);
        }
        Command::Pack { .. } | Command::Check { .. } | Command::Anonymize { .. } => {
            unreachable!("handled in main")
        }
        Command::Pdf {
            command:
                PdfCommand::Vacancy {
                    db,
                    procedure,
                    out,
                    text_lang,
                },
        } => {
            let app = open(db, lang)?;
            let ui = app.language();
            let v = app.vacancy(&procedure)?;
            let wanted: Vec<Language> = match text_lang.as_deref().and_then(Language::parse) {
                Some(l) => vec![l],
                None => [Language::Nl, Language::En]
                    .into_iter()
                    .filter(|l| match l {
                        Language::Nl => v.text_nl.is_some(),
                        Language::En => v.text_en.is_some(),
                    })
                    .collect(),
            };
            if wanted.is_empty() {
                return Err(werfwijzer_core::Error::VacancyTextMissing.to_app_error(ui));
            }
            std::fs::create_dir_all(&out)
                .map_err(|e| werfwijzer_core::Error::FileWrite(e.to_string()).to_app_error(ui))?;
            for l in wanted {
                let file = out.join(format!("vacature-{}.pdf", l.as_str()));
                app.export_vacancy(
                    &procedure,
                    dto::Language::from(l),
                    werfwijzer_core::dto_vacancy::ExportFormat::Pdf,
                    &file,
                )?;
                println!("{}", file.display());
            }
        }
        Command::List { db } => {
            let app = open(db, lang)?;
            for org in app.list_organisations()? {
                println!("{}\t{}", org.id, org.name);
                for p in app.list_procedures(&org.id)? {
                    println!("  {}\t{}\t{:?}", p.id, p.title, p.phase);
                }
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Check { jsonl, out } = &cli.command {
        return jsonl::run(
            jsonl,
            out.as_deref(),
            jsonl::check,
            "check",
            "wording checker",
        );
    }
    if let Command::Anonymize { jsonl, out } = &cli.command {
        return jsonl::run(
            jsonl,
            out.as_deref(),
            jsonl::anonymize,
            "anonymize",
            "anonymizer",
        );
    }
    if let Command::Pack { command } = &cli.command {
        let lang = match cli.lang.as_deref() {
            Some("en") => werfwijzer_packs::Lang::En,
            _ => werfwijzer_packs::Lang::Nl,
        };
        return pack::run(command, lang);
    }
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("werfwijzer-cli: {}", e.message);
            ExitCode::FAILURE
        }
    }
}
