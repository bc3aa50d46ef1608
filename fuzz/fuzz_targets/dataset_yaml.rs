//! Any text as `resources.yaml`: accepted or refused with diagnostics, never
//! a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = crisis_lookup::dataset::parse_dataset(Path::new("fuzz.yaml"), text);
});
