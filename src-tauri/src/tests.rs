//! The TypeScript bindings are generated from the Rust command and DTO types and committed in
//! `ui/src/lib/backend/bindings.ts`. This test fails when they drift; run it with
//! `WERFWIJZER_WRITE_BINDINGS=1` to write them anew.

use std::path::PathBuf;

const HEADER: &str = "// @ts-nocheck\n// Generated from the Rust types by `cargo test -p werfwijzer bindings`. Do not edit.\n";

fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/backend/bindings.ts")
}

fn generate() -> String {
    let dir = std::env::temp_dir().join(format!("werfwijzer-bindings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("bindings.ts");
    crate::specta_builder()
        .export(
            specta_typescript::Typescript::default()
                .header(HEADER)
                .bigint(specta_typescript::BigIntExportBehavior::Fail),
            &out,
        )
        .expect("export bindings");
    let text = std::fs::read_to_string(&out).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    text
}

#[test]
fn bindings_are_up_to_date() {
    let fresh = generate();
    let path = committed_path();
    if std::env::var_os("WERFWIJZER_WRITE_BINDINGS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/lib/backend/bindings.ts is out of date with the Rust types; \
         run `WERFWIJZER_WRITE_BINDINGS=1 cargo test -p werfwijzer bindings` and commit it"
    );
}
