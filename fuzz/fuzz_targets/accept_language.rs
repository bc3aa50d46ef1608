//! Any Accept-Language value: parsed without panicking, never more tags than
//! the parser keeps.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(header) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = crisis_lookup::resolve::accept_language::parse(header);
    assert!(parsed.tags.len() + parsed.invalid <= 16);
});
