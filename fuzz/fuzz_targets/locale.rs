//! Any locale hint: parsed without panicking; what is accepted prints back
//! as a tag that parses again to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(tag) = crisis_lookup::resolve::parse_locale(raw) {
        let again = crisis_lookup::resolve::parse_locale(&tag.to_string());
        assert_eq!(again.as_ref(), Some(&tag), "{raw:?} → {tag}");
    }
});
