//! Any bytes as a locale's `crisis.ftl`, loaded next to a copy of the English
//! master (the catalog checks each locale against it): refused with
//! diagnostics or loaded, never a panic.
#![no_main]

use crisis_lookup::text::Catalog;
use libfuzzer_sys::fuzz_target;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// `<tmp>/en` (a copy of the master) and `<tmp>/nl` (its locale.yaml; the
/// fuzzer writes its crisis.ftl).
fn folder() -> &'static (tempfile::TempDir, PathBuf) {
    static FOLDER: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    FOLDER.get_or_init(|| {
        let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        let dir = tempfile::tempdir().expect("a temporary folder");
        for (code, files) in [
            ("en", &["crisis.ftl", "locale.yaml"][..]),
            ("nl", &["locale.yaml"][..]),
        ] {
            let target = dir.path().join(code);
            std::fs::create_dir(&target).expect("a locale folder");
            for file in files {
                std::fs::copy(locales.join(code).join(file), target.join(file)).expect("a copy");
            }
        }
        let ftl = dir.path().join("nl").join("crisis.ftl");
        (dir, ftl)
    })
}

fuzz_target!(|data: &[u8]| {
    let (dir, ftl) = folder();
    std::fs::write(ftl, data).expect("write crisis.ftl");
    let _ = Catalog::load(dir.path());
});
