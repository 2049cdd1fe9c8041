//! The Word importer: bytes that start like a zip go in as they are (the
//! zip reader and its limits); anything else becomes the parts of a real
//! zip (`word/document.xml`, a header, a footer), split at `FF FF`, so the
//! XML reader gets the fuzzer's bytes.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.starts_with(b"PK") {
        common::check(werfwijzer_intake::extract("brief.docx", data));
        return;
    }
    let parts = common::split(data, 3);
    let zip = common::zip_of(&[
        ("word/document.xml", parts[0]),
        ("word/header1.xml", parts[1]),
        ("word/footer1.xml", parts[2]),
    ]);
    common::check(werfwijzer_intake::extract("brief.docx", &zip));
});
