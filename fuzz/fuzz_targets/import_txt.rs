//! The text importer and the paste path: any bytes as a `.txt` (encoding
//! detection, NUL and control checks, clean-up), and as pasted text when
//! they are UTF-8.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    common::check(werfwijzer_intake::extract("brief.txt", data));
    if let Ok(text) = std::str::from_utf8(data) {
        common::check(werfwijzer_intake::from_pasted(text));
    }
});
