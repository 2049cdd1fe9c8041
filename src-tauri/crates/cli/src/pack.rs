//! `werfwijzer-cli pack …`: keys, signing and validation of template packs, for associations.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use werfwijzer_core::preview;
use werfwijzer_packs::{self as packs, Lang, PackError, PublicKeyFile, SecretKeyFile, Trust};

#[derive(Subcommand)]
pub enum PackCommand {
    /// Make a key pair for a publisher: PREFIX.secret.json (keep it private) and
    /// PREFIX.public.json (hand it to the members who should trust your packs).
    Keygen {
        /// The publisher id, as in the packs' "publisher.id" (e.g. nl.bakkersbond).
        #[arg(long)]
        publisher_id: String,
        /// The publisher's name as members see it.
        #[arg(long)]
        publisher_name: String,
        /// Where to write the two files (a path prefix).
        #[arg(long)]
        out: PathBuf,
    },
    /// Validate and sign a pack with a secret key; writes the signed pack.
    Sign {
        file: PathBuf,
        #[arg(long)]
        key: PathBuf,
        /// Where to write the signed pack (default: over FILE).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Validate packs; exit code 0 only when every file is a valid pack whose signature
    /// (if any) holds. --trust names public key files to trust.
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        trust: Vec<PathBuf>,
    },
    /// Print the JSON Schema of the pack format.
    Schema,
    /// Write a new pack to start from: four example competencies and one example role,
    /// valid as they are, clearly marked as examples to replace with your own text.
    New {
        /// The pack id in reverse-domain style (e.g. nl.bakkersbond.bakkerij).
        #[arg(long)]
        id: String,
        #[arg(long)]
        publisher_id: String,
        #[arg(long)]
        publisher_name: String,
        #[arg(long)]
        title_nl: String,
        #[arg(long)]
        title_en: String,
        /// The file to write (refused when it exists).
        #[arg(long)]
        out: PathBuf,
    },
    /// Show how a competency or role reads in a vacancy and in an interview (as in the
    /// app's editor). Without --role or --competency: every item of the pack. Uses --lang.
    Preview {
        file: PathBuf,
        #[arg(long, conflicts_with = "competency")]
        role: Option<String>,
        #[arg(long)]
        competency: Option<String>,
    },
}

fn say(lang: Lang, nl: &str, en: &str) -> String {
    match lang {
        Lang::Nl => nl.to_owned(),
        Lang::En => en.to_owned(),
    }
}

fn read(path: &Path, lang: Lang) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| {
        format!(
            "{}: {} ({e})",
            path.display(),
            say(lang, "kan het bestand niet lezen", "cannot read the file")
        )
    })
}

fn read_json<T: serde::de::DeserializeOwned>(
    path: &Path,
    lang: Lang,
    what_nl: &str,
    what_en: &str,
) -> Result<T, String> {
    let bytes = read(path, lang)?;
    serde_json::from_slice(&bytes).map_err(|_| {
        format!(
            "{}: {}",
            path.display(),
            say(
                lang,
                &format!("dit is geen {what_nl}"),
                &format!("this is not a {what_en}")
            )
        )
    })
}

fn write(path: &Path, text: &str, lang: Lang) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| {
        format!(
            "{}: {} ({e})",
            path.display(),
            say(lang, "kan niet schrijven", "cannot write")
        )
    })
}

pub fn run(command: &PackCommand, lang: Lang) -> ExitCode {
    match run_inner(command, lang) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("werfwijzer-cli: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run_inner(command: &PackCommand, lang: Lang) -> Result<ExitCode, String> {
    match command {
        PackCommand::Keygen {
            publisher_id,
            publisher_name,
            out,
        } => {
            let (secret, public) =
                packs::sign::generate(publisher_id, publisher_name).map_err(|e| {
                    format!(
                        "{} ({e})",
                        say(
                            lang,
                            "geen willekeurige sleutel te maken",
                            "cannot make a random key"
                        )
                    )
                })?;
            let secret_path = out.with_extension("secret.json");
            let public_path = out.with_extension("public.json");
            if secret_path.exists() {
                return Err(format!(
                    "{}: {}",
                    secret_path.display(),
                    say(
                        lang,
                        "bestaat al; kies een andere naam",
                        "exists already; choose another name"
                    )
                ));
            }
            write(&secret_path, &pretty(&secret), lang)?;
            restrict(&secret_path);
            write(&public_path, &pretty(&public), lang)?;
            println!("{}", secret_path.display());
            println!("{}", public_path.display());
            Ok(ExitCode::SUCCESS)
        }
        PackCommand::Sign { file, key, out } => {
            let secret: SecretKeyFile = read_json(
                key,
                lang,
                "geheime sleutel van Werfwijzer",
                "Werfwijzer secret key",
            )?;
            let signing = secret.signing_key().ok_or_else(|| {
                format!(
                    "{}: {}",
                    key.display(),
                    say(lang, "de sleutel is onleesbaar", "the key cannot be read")
                )
            })?;
            let pack = packs::parse(&read(file, lang)?)
                .map_err(|e| format!("{}:\n{}", file.display(), e.message(lang)))?;
            if pack.publisher.id != secret.publisher_id {
                return Err(say(
                    lang,
                    &format!(
                        "het pakket is van \"{}\", maar de sleutel is van \"{}\"",
                        pack.publisher.id, secret.publisher_id
                    ),
                    &format!(
                        "the pack is from \"{}\", but the key belongs to \"{}\"",
                        pack.publisher.id, secret.publisher_id
                    ),
                ));
            }
            let signed = packs::sign::sign(&pack, &signing);
            let target = out.as_ref().unwrap_or(file);
            write(target, &pretty(&signed), lang)?;
            println!("{}", target.display());
            Ok(ExitCode::SUCCESS)
        }
        PackCommand::Validate { files, trust } => {
            let trusted = trust
                .iter()
                .map(|p| {
                    read_json::<PublicKeyFile>(
                        p,
                        lang,
                        "openbare sleutel van Werfwijzer",
                        "Werfwijzer public key",
                    )
                })
                .collect::<Result<Vec<_>, _>>()?;
            let mut ok = true;
            for file in files {
                match validate_one(file, &trusted, lang) {
                    Ok(line) => println!("{}: {line}", file.display()),
                    Err(message) => {
                        ok = false;
                        println!("{}: {message}", file.display());
                    }
                }
            }
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        PackCommand::Schema => {
            print!("{}", packs::json_schema());
            Ok(ExitCode::SUCCESS)
        }
        PackCommand::New {
            id,
            publisher_id,
            publisher_name,
            title_nl,
            title_en,
            out,
        } => {
            for (value, nl, en) in [
                (id, "de id van het pakket", "the pack id"),
                (publisher_id, "de id van de uitgever", "the publisher id"),
            ] {
                if packs::check_publisher_id(value).is_err() {
                    return Err(format!(
                        "{}: {}",
                        say(lang, nl, en),
                        packs::ProblemKind::BadId { dots: true }.message(lang)
                    ));
                }
            }
            if out.exists() {
                return Err(format!(
                    "{}: {}",
                    out.display(),
                    say(
                        lang,
                        "bestaat al; kies een andere naam",
                        "exists already; choose another name"
                    )
                ));
            }
            let pack = crate::skeleton::pack(id, publisher_id, publisher_name, title_nl, title_en);
            let problems = packs::check(&pack);
            if let Some(p) = problems.first() {
                return Err(p.message(lang));
            }
            write(out, &pretty(&pack), lang)?;
            println!("{}", out.display());
            Ok(ExitCode::SUCCESS)
        }
        PackCommand::Preview {
            file,
            role,
            competency,
        } => {
            let bytes = read(file, lang)?;
            // A pack being written need not be valid yet: read its shape only.
            let pack: packs::Pack = serde_json::from_slice(&bytes).map_err(|_| {
                let why = packs::parse(&bytes)
                    .err()
                    .map(|e| e.message(lang))
                    .unwrap_or_default();
                format!("{}:\n{why}", file.display())
            })?;
            let not_found = |what_nl: &str, what_en: &str, id: &str| {
                say(
                    lang,
                    &format!("er is geen {what_nl} met de id \"{id}\" in dit pakket"),
                    &format!("there is no {what_en} with the id \"{id}\" in this pack"),
                )
            };
            let mut previews = Vec::new();
            match (role, competency) {
                (Some(id), _) => {
                    let r = pack
                        .roles
                        .iter()
                        .find(|r| &r.id == id)
                        .ok_or_else(|| not_found("functie", "role", id))?;
                    previews.push(preview::role(r, &pack, lang));
                }
                (None, Some(id)) => {
                    let c = pack
                        .competencies
                        .iter()
                        .find(|c| &c.id == id)
                        .ok_or_else(|| not_found("competentie", "competency", id))?;
                    previews.push(preview::competency(c, lang));
                }
                (None, None) => {
                    previews.extend(
                        pack.competencies
                            .iter()
                            .map(|c| preview::competency(c, lang)),
                    );
                    previews.extend(pack.roles.iter().map(|r| preview::role(r, &pack, lang)));
                }
            }
            let texts: Vec<String> = previews.iter().map(|p| preview::to_text(p, lang)).collect();
            print!("{}", texts.join("\n\n"));
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn validate_one(file: &Path, trusted: &[PublicKeyFile], lang: Lang) -> Result<String, String> {
    let pack = packs::parse(&read(file, lang)?).map_err(|e| e.message(lang))?;
    let trust = packs::verify(&pack, trusted).map_err(|e: PackError| e.message(lang))?;
    let count = |n: usize, nl: (&str, &str), en: (&str, &str)| {
        let (one, many) = if lang == Lang::Nl { nl } else { en };
        format!("{n} {}", if n == 1 { one } else { many })
    };
    let counts = format!(
        "{} {}, {}, {}",
        pack.id,
        pack.version,
        count(
            pack.competencies.len(),
            ("competentie", "competenties"),
            ("competency", "competencies")
        ),
        count(pack.roles.len(), ("functie", "functies"), ("role", "roles")),
    );
    let state = match trust {
        Trust::Verified { publisher_name } => say(
            lang,
            &format!("geldig; uitgegeven door {publisher_name}, geverifieerd"),
            &format!("valid; published by {publisher_name}, verified"),
        ),
        Trust::NotVerified { signed: true } => say(
            lang,
            "geldig; ondertekend, niet geverifieerd (sleutel niet vertrouwd)",
            "valid; signed, not verified (key not trusted)",
        ),
        Trust::NotVerified { signed: false } => say(
            lang,
            "geldig; niet ondertekend, niet geverifieerd",
            "valid; not signed, not verified",
        ),
    };
    Ok(format!("{state} ({counts})"))
}

fn pretty<T: serde::Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// Only the owner may read a secret key file.
fn restrict(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
    #[cfg(not(unix))]
    let _ = path;
}
