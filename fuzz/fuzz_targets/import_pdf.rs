//! Any bytes into the PDF importer: fed as they are when they start like a
//! PDF (mutations of the seed PDFs), else behind a `%PDF-1.7` header, so
//! lopdf and our content reader always run. No panic escapes, no hang, no
//! unbounded memory.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.starts_with(b"%PDF-") {
        common::check(werfwijzer_intake::extract("brief.pdf", data));
    } else {
        let mut bytes = b"%PDF-1.7\n".to_vec();
        bytes.extend_from_slice(data);
        common::check(werfwijzer_intake::extract("brief.pdf", &bytes));
    }
});
