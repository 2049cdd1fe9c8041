//! The OpenDocument importer: bytes that start like a zip go in as they
//! are; anything else becomes `content.xml`, `styles.xml` and
//! `META-INF/manifest.xml` of a zip with the right `mimetype`, split at
//! `FF FF`.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.starts_with(b"PK") {
        common::check(werfwijzer_intake::extract("brief.odt", data));
        return;
    }
    let parts = common::split(data, 3);
    let zip = common::zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", parts[0]),
        ("styles.xml", parts[1]),
        ("META-INF/manifest.xml", parts[2]),
    ]);
    common::check(werfwijzer_intake::extract("brief.odt", &zip));
});
