//! The running service's state: the current snapshot of the data (swapped
//! atomically on reload, `snapshot`), how a reload happens (`reload`), what
//! operators can count (`monitoring`), and what the HTTP handlers share
//! (`AppState`: the snapshot, the last reload error, the clock).

pub mod monitoring;
pub mod reload;
pub mod snapshot;

use arc_swap::ArcSwap;
use jiff::Timestamp;
use snapshot::Snapshot;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// The time source; tests inject a fixed one to check opening hours.
pub type Clock = Arc<dyn Fn() -> Timestamp + Send + Sync>;

pub fn system_clock() -> Clock {
    Arc::new(Timestamp::now)
}

pub struct AppState {
    snapshot: ArcSwap<Snapshot>,
    last_reload_error: Mutex<Option<String>>,
    pub clock: Clock,
    pub data_path: PathBuf,
    pub locales_path: PathBuf,
    /// Set by tests to prove that an unexpected failure still gets an answer.
    fail_next_lookup: AtomicBool,
}

impl AppState {
    pub fn new(
        snapshot: Snapshot,
        clock: Clock,
        data_path: PathBuf,
        locales_path: PathBuf,
    ) -> Self {
        Self {
            snapshot: ArcSwap::from_pointee(snapshot),
            last_reload_error: Mutex::new(None),
            clock,
            data_path,
            locales_path,
            fail_next_lookup: AtomicBool::new(false),
        }
    }

    /// Makes the next lookup panic while building its answer (for tests).
    #[doc(hidden)]
    pub fn inject_lookup_failure(&self) {
        self.fail_next_lookup.store(true, Ordering::SeqCst);
    }

    pub(crate) fn panic_if_fault_injected(&self) {
        if self.fail_next_lookup.swap(false, Ordering::SeqCst) {
            panic!("injected failure while building an answer");
        }
    }

    /// The snapshot to answer from: lock-free, and consistent for the whole
    /// request even if a reload swaps in a new one meanwhile.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.snapshot.load_full()
    }

    pub fn now(&self) -> Timestamp {
        (self.clock)()
    }

    pub fn last_reload_error(&self) -> Option<String> {
        self.last_reload_error
            .lock()
            .map(|e| e.clone())
            .unwrap_or(None)
    }

    /// Loads the files again; on any error the current snapshot stays.
    pub fn reload(&self) -> Result<(), crate::diagnostic::Diagnostics> {
        match Snapshot::load(&self.data_path, &self.locales_path) {
            Ok((snapshot, _warnings)) => {
                tracing::info!(version = %snapshot.version, "dataset reloaded");
                let previous = self.snapshot.load();
                crate::state::monitoring::set_dataset(&snapshot, Some(&previous.version));
                crate::state::monitoring::record_reload(true);
                self.snapshot.store(Arc::new(snapshot));
                self.set_error(None);
                Ok(())
            }
            Err(diagnostics) => {
                for diagnostic in diagnostics.errors() {
                    tracing::error!(%diagnostic, "reload refused; the last good dataset keeps serving");
                }
                crate::state::monitoring::record_reload(false);
                self.set_error(Some(diagnostics.to_string()));
                Err(diagnostics)
            }
        }
    }

    fn set_error(&self, error: Option<String>) {
        if let Ok(mut slot) = self.last_reload_error.lock() {
            *slot = error;
        }
    }
}
