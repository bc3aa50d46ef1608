//! Any body → the request type → a lookup on the repository's own data.
//! Never panics, the answer is always JSON, and unknown values never add
//! more than six warnings of a kind (five named, one counting the rest).
#![no_main]

use crisis_lookup::lookup::{lookup, LookupRequest};
use crisis_lookup::lookup::snapshot::Snapshot;
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

fn snapshot() -> &'static Snapshot {
    static SNAPSHOT: OnceLock<Snapshot> = OnceLock::new();
    SNAPSHOT.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        match Snapshot::load(&root.join("resources.yaml"), &root.join("locales")) {
            Ok((snapshot, _warnings)) => snapshot,
            Err(diagnostics) => panic!("the repository's data must load:\n{diagnostics}"),
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(request) = serde_json::from_slice::<LookupRequest>(data) else {
        return;
    };
    let now = crisis_lookup::state::system_clock()();
    let outcome = lookup(snapshot(), request, now);
    if let Err(error) = serde_json::from_slice::<serde_json::Value>(&outcome.body) {
        panic!("the answer is not JSON: {error}");
    }
    for code in [
        "unknown-topic",
        "unknown-channel",
        "unknown-audience",
        "unknown-field",
    ] {
        let count = outcome.warnings.iter().filter(|c| **c == code).count();
        assert!(count <= 6, "{count} `{code}` warnings");
    }
});
