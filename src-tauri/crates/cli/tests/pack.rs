//! `werfwijzer-cli pack …` as an association uses it: keygen, sign, validate, tamper.

use std::path::Path;
use std::process::{Command, Output};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/winkel.werfpack.json"
);

fn cli(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_werfwijzer-cli"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn an_association_signs_a_pack_and_members_verify_it() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(FIXTURE, d.join("winkel.werfpack.json")).unwrap();

    let out = cli(&["pack", "validate", "winkel.werfpack.json"], d);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("geldig; niet ondertekend, niet geverifieerd"),
        "{}",
        stdout(&out)
    );

    let out = cli(
        &[
            "pack",
            "keygen",
            "--publisher-id",
            "nl.bakkersbond",
            "--publisher-name",
            "Bakkersbond",
            "--out",
            "bond",
        ],
        d,
    );
    assert!(out.status.success());
    assert!(d.join("bond.secret.json").exists() && d.join("bond.public.json").exists());
    // A second keygen never overwrites a secret key.
    assert!(!cli(
        &[
            "pack",
            "keygen",
            "--publisher-id",
            "nl.bakkersbond",
            "--publisher-name",
            "B",
            "--out",
            "bond"
        ],
        d
    )
    .status
    .success());

    let out = cli(
        &[
            "pack",
            "sign",
            "winkel.werfpack.json",
            "--key",
            "bond.secret.json",
            "--out",
            "signed.werfpack.json",
        ],
        d,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = cli(
        &[
            "pack",
            "validate",
            "signed.werfpack.json",
            "--trust",
            "bond.public.json",
        ],
        d,
    );
    assert!(out.status.success());
    assert!(
        stdout(&out).contains("uitgegeven door Bakkersbond, geverifieerd"),
        "{}",
        stdout(&out)
    );
    let out = cli(
        &["--lang", "en", "pack", "validate", "signed.werfpack.json"],
        d,
    );
    assert!(out.status.success());
    assert!(
        stdout(&out).contains("signed, not verified"),
        "{}",
        stdout(&out)
    );

    // One word changed after signing: refused, exit code 1.
    let text = std::fs::read_to_string(d.join("signed.werfpack.json")).unwrap();
    std::fs::write(
        d.join("tampered.werfpack.json"),
        text.replacen("foutloos", "foutjes", 1),
    )
    .unwrap();
    let out = cli(
        &[
            "pack",
            "validate",
            "tampered.werfpack.json",
            "--trust",
            "bond.public.json",
        ],
        d,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("veranderd nadat het is ondertekend"),
        "{}",
        stdout(&out)
    );

    // Another key claiming the Bakkersbond: refused when the real key is trusted.
    cli(
        &[
            "pack",
            "keygen",
            "--publisher-id",
            "nl.bakkersbond",
            "--publisher-name",
            "Nep",
            "--out",
            "fake",
        ],
        d,
    );
    cli(
        &[
            "pack",
            "sign",
            "winkel.werfpack.json",
            "--key",
            "fake.secret.json",
            "--out",
            "forged.werfpack.json",
        ],
        d,
    );
    let out = cli(
        &[
            "pack",
            "validate",
            "forged.werfpack.json",
            "--trust",
            "bond.public.json",
        ],
        d,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("niet ondertekend met de sleutel van die uitgever"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_key_of_another_publisher_does_not_sign() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(FIXTURE, d.join("p.werfpack.json")).unwrap();
    cli(
        &[
            "pack",
            "keygen",
            "--publisher-id",
            "nl.anderebond",
            "--publisher-name",
            "Andere bond",
            "--out",
            "k",
        ],
        d,
    );
    let out = cli(
        &["pack", "sign", "p.werfpack.json", "--key", "k.secret.json"],
        d,
    );
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("maar de sleutel is van \"nl.anderebond\"")
    );
}

#[test]
fn broken_and_hostile_files_fail_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let fixture = std::fs::read_to_string(FIXTURE).unwrap();
    let cases: [(&str, Vec<u8>, &str); 5] = [
        (
            "kapot.json",
            b"{\"format\": \"werfwijzer-pack\", ".to_vec(),
            "geen geldige JSON",
        ),
        ("leeg.json", Vec::new(), "geen geldige JSON"),
        (
            "nieuw.json",
            fixture
                .replace("\"formatVersion\": 1", "\"formatVersion\": 9")
                .into_bytes(),
            "Installeer de nieuwste versie",
        ),
        (
            "diep.json",
            format!("{}{}", "[".repeat(50_000), "]".repeat(50_000)).into_bytes(),
            "te diep genest",
        ),
        (
            "latin1.json",
            vec![b'{', b'"', 0xe9, b'"', b'}'],
            "geen UTF-8",
        ),
    ];
    for (name, bytes, expect) in cases {
        std::fs::write(d.join(name), bytes).unwrap();
        let out = cli(&["pack", "validate", name], d);
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(stdout(&out).contains(expect), "{name}: {}", stdout(&out));
    }
    // A missing file is a message too, not a panic.
    let out = cli(&["pack", "validate", "bestaat-niet.json"], d);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn pack_new_writes_a_valid_example_pack_and_preview_prints_how_it_reads() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let new = [
        "pack",
        "new",
        "--id",
        "nl.bakkersbond.bakkerij",
        "--publisher-id",
        "nl.bakkersbond",
        "--publisher-name",
        "Bakkersbond",
        "--title-nl",
        "Bakkerij",
        "--title-en",
        "Bakery",
        "--out",
        "bakkerij.werfpack.json",
    ];
    let out = cli(&new, d);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // It never overwrites.
    assert!(!cli(&new, d).status.success());

    let out = cli(&["pack", "validate", "bakkerij.werfpack.json"], d);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("4 competenties, 1 functie"),
        "{}",
        stdout(&out)
    );
    let text = std::fs::read_to_string(d.join("bakkerij.werfpack.json")).unwrap();
    assert!(
        text.contains("(voorbeeld)") && text.contains("Vervang"),
        "marked as an example"
    );

    // Preview of one competency, in Dutch and English.
    let out = cli(
        &[
            "pack",
            "preview",
            "bakkerij.werfpack.json",
            "--competency",
            "voorbeeld-klanten-helpen",
        ],
        d,
    );
    assert!(out.status.success());
    let nl = stdout(&out);
    assert!(nl.starts_with("Klanten helpen (voorbeeld)\n"), "{nl}");
    assert!(
        nl.contains("Wat je kunt") && nl.contains("elk deel van je leven"),
        "{nl}"
    );
    assert!(nl.contains("1. Voorbeeld: Vertel over een keer"), "{nl}");
    assert!(nl.contains("   - Doorvraag: Wat deed je precies?"), "{nl}");
    assert!(nl.contains("- 5: Een duidelijk voorbeeld"), "{nl}");

    let out = cli(
        &[
            "--lang",
            "en",
            "pack",
            "preview",
            "bakkerij.werfpack.json",
            "--role",
            "voorbeeld-medewerker-winkel",
        ],
        d,
    );
    assert!(out.status.success());
    let en = stdout(&out);
    assert!(en.starts_with("Shop assistant (example)\n"), "{en}");
    for part in [
        "What you will do",
        "What you can do",
        "What we offer",
        "- Hours: 24 to 32 hours a week",
        "Order of the interview",
        "1. Helping customers (example)",
    ] {
        assert!(en.contains(part), "{part} in {en}");
    }

    // An unknown id is an error with a clear message.
    let out = cli(
        &[
            "pack",
            "preview",
            "bakkerij.werfpack.json",
            "--role",
            "bestaat-niet",
        ],
        d,
    );
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("geen functie met de id \"bestaat-niet\"")
    );

    // A bad id is refused before anything is written.
    let mut bad = new;
    bad[3] = "Bakkerij Pakket";
    bad[13] = "ander.werfpack.json";
    let out = cli(&bad, d);
    assert!(!out.status.success());
    assert!(!d.join("ander.werfpack.json").exists());
}
