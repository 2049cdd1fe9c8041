//! Any bytes into the pack parser, and every parsed pack through signature verification and
//! the message wording: no panic, no hang, bounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use werfwijzer_packs::{canonical_bytes, parse, verify, Lang};

fuzz_target!(|data: &[u8]| {
    match parse(data) {
        Ok(pack) => {
            let _ = canonical_bytes(&pack);
            if let Err(e) = verify(&pack, &[]) {
                let _ = e.message(Lang::Nl);
            }
        }
        Err(e) => {
            let _ = e.message(Lang::Nl);
            let _ = e.message(Lang::En);
        }
    }
});
