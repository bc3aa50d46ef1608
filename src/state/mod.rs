//! The running service's state: the current snapshot of the data (swapped
//! atomically on reload, `snapshot`), how a reload happens (`reload`), what
//! operators can count (`monitoring`), and what the HTTP handlers share
//! (`AppState`: the snapshot, the last reload error, the clock).

pub mod monitoring;
pub mod reload;

use crate::configuration::DataArgs;
use crate::domain::{CountryCode, LanguageCode};
use crate::lookup::snapshot::Snapshot;
use crate::lookup::{fallback_answer, lookup, LookupRequest};
use arc_swap::ArcSwap;
use jiff::Timestamp;
use monitoring::Interface;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// The time source; tests inject a fixed one to check opening hours.
pub type Clock = Arc<dyn Fn() -> Timestamp + Send + Sync>;

pub fn system_clock() -> Clock {
    Arc::new(Timestamp::now)
}

/// A lookup's JSON answer, and what a log line may say about it.
pub struct Answered {
    pub body: Vec<u8>,
    /// The resolved language and country; `None` for the static fallback.
    pub summary: Option<(LanguageCode, Option<CountryCode>)>,
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

    /// Loads and validates the dataset and the locales, refusing to start
    /// without a valid pair; warnings are logged.
    pub fn load(data: &DataArgs, clock: Clock) -> anyhow::Result<Self> {
        let (snapshot, warnings) =
            Snapshot::load(&data.data, &data.locales).map_err(|diagnostics| {
                anyhow::anyhow!("the dataset or the locales are invalid:\n{diagnostics}")
            })?;
        for warning in &warnings.0 {
            tracing::warn!(%warning, "dataset warning");
        }
        tracing::info!(
            version = %snapshot.version,
            countries = snapshot.dataset.countries().len(),
            resources = snapshot.dataset.resource_count(),
            locales = snapshot.catalog.locales().len(),
            "dataset loaded"
        );
        Ok(Self::new(
            snapshot,
            clock,
            data.data.clone(),
            data.locales.clone(),
        ))
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

    /// Answers one lookup from the current snapshot, whichever interface
    /// asked: the use case, counted in the metrics, or the static fallback
    /// answer when building the real one fails in a way no test foresaw (a
    /// person in crisis must get an answer).
    pub fn answer(&self, request: LookupRequest, interface: Interface) -> Answered {
        let snapshot = self.snapshot();
        let country_hint = request.country.clone();
        let now = self.now();
        let built = catch_unwind(AssertUnwindSafe(|| {
            self.panic_if_fault_injected();
            lookup(&snapshot, request, now)
        }));
        match built {
            Ok(outcome) => {
                monitoring::record_lookup(&outcome, interface);
                tracing::debug!(
                    interface = interface.as_str(),
                    language = %outcome.language.code,
                    language_source = ?outcome.language.source,
                    country = outcome.country.map(|c| c.to_string()),
                    cache_hit = outcome.cache_hit,
                    warnings = outcome.warnings.len(),
                    referral = outcome.referral.kind.as_str(),
                    "lookup answered"
                );
                Answered {
                    body: outcome.body,
                    summary: Some((outcome.language.code, outcome.country)),
                }
            }
            Err(_) => {
                tracing::error!("building the answer failed; sent the static fallback answer");
                monitoring::record_answer_failure();
                let fallback = fallback_answer(&snapshot, country_hint.as_deref());
                if let Some(referral) = fallback.referral {
                    monitoring::record_referral(referral, interface);
                }
                Answered {
                    body: fallback.body,
                    summary: None,
                }
            }
        }
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
