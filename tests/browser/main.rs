//! The preview page in headless Chromium (scripts/test installs it).

#[allow(dead_code)] // each binary uses some of the shared helpers
#[path = "../common/helpers.rs"]
mod helpers;

mod browser;
