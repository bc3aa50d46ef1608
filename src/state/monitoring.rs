//! Prometheus metrics. Labels only ever hold values from small, known sets
//! (route patterns, status codes, language and country codes, warning
//! codes); never the message and never a raw path.

use metrics::{counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;

pub const HTTP_REQUESTS: &str = "crisis_lookup_http_requests_total";
pub const HTTP_DURATION: &str = "crisis_lookup_http_request_duration_seconds";
pub const LOOKUPS: &str = "crisis_lookup_lookups_total";
pub const CACHE: &str = "crisis_lookup_answer_cache_total";
pub const WARNINGS: &str = "crisis_lookup_warnings_total";
pub const RELOADS: &str = "crisis_lookup_dataset_reloads_total";
pub const DATASET_INFO: &str = "crisis_lookup_dataset_info";
pub const DATASET_LOADED: &str = "crisis_lookup_dataset_loaded_timestamp_seconds";
pub const DATASET_COUNTRIES: &str = "crisis_lookup_dataset_countries";
pub const DATASET_RESOURCES: &str = "crisis_lookup_dataset_resources";
pub const ANSWER_FAILURES: &str = "crisis_lookup_answer_failures_total";
pub const REFERRALS: &str = "crisis_lookup_referrals_total";

/// Which interface an answer went out through: the label `interface` of the
/// referral counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Interface {
    /// `POST /v1/lookup`.
    Rest,
    /// The MCP tool, over HTTP (`/mcp`) or standard input and output.
    Mcp,
}

impl Interface {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Rest => "rest",
            Self::Mcp => "mcp",
        }
    }
}

/// Latency buckets around the sub-millisecond answers we aim for.
const LATENCY_BUCKETS: [f64; 12] = [
    0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5,
];

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// Installs the process-wide recorder once; later calls reuse it (tests
/// start many servers in one process).
pub fn install() -> Option<&'static PrometheusHandle> {
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Full(HTTP_DURATION.to_string()), &LATENCY_BUCKETS)
                .ok()?
                .build_recorder();
            let handle = recorder.handle();
            metrics::set_global_recorder(recorder).ok()?;
            describe();
            Some(handle)
        })
        .as_ref()
}

pub fn render() -> String {
    install().map(PrometheusHandle::render).unwrap_or_default()
}

fn describe() {
    describe_counter!(
        HTTP_REQUESTS,
        "HTTP requests by route pattern, method and status"
    );
    describe_histogram!(
        HTTP_DURATION,
        metrics::Unit::Seconds,
        "HTTP request latency by route pattern"
    );
    describe_counter!(
        LOOKUPS,
        "Lookups by resolved language, its source, and country"
    );
    describe_counter!(CACHE, "Answer cache hits and misses");
    describe_counter!(WARNINGS, "Warnings returned to clients, by code");
    describe_counter!(RELOADS, "Dataset reloads by result (success, failure)");
    describe_gauge!(DATASET_INFO, "1 for the dataset version being served");
    describe_gauge!(
        DATASET_LOADED,
        "When the served dataset was loaded (Unix time)"
    );
    describe_gauge!(DATASET_COUNTRIES, "Countries in the served dataset");
    describe_gauge!(DATASET_RESOURCES, "Lines in the served dataset");
    describe_counter!(
        REFERRALS,
        "Answers by what they referred the person to (kind: crisis_line, candidate_lines, emergency_number_only, directories_only), by country, language and interface (rest, mcp); see docs/REFERRAL-PROTOCOL.md"
    );
    describe_counter!(
        ANSWER_FAILURES,
        "Answers that failed unexpectedly and fell back to the static answer"
    );
}

pub fn record_request(route: &str, method: &str, status: u16, seconds: f64) {
    let route = route.to_string();
    counter!(HTTP_REQUESTS, "route" => route.clone(), "method" => method.to_string(), "status" => status.to_string()).increment(1);
    histogram!(HTTP_DURATION, "route" => route).record(seconds);
}

pub fn record_lookup(outcome: &crate::lookup::LookupOutcome, interface: Interface) {
    let key = LookupKey {
        language: outcome.language.code,
        source: outcome.language.source,
        country: outcome.country,
        cache_hit: outcome.cache_hit,
        referral: outcome.referral,
        interface,
    };
    let (lookups, cache, referrals) = lookup_counters(key);
    lookups.increment(1);
    cache.increment(1);
    referrals.increment(1);
    for code in &outcome.warnings {
        counter!(WARNINGS, "code" => *code).increment(1);
    }
}

/// The labels of one lookup's counters.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct LookupKey {
    language: crate::domain::LanguageCode,
    source: crate::resolve::LanguageSource,
    country: Option<crate::domain::CountryCode>,
    cache_hit: bool,
    referral: crate::lookup::Referral,
    interface: Interface,
}

/// The referral counter of one answer. Its labels come from validated
/// domain values (country and language codes) or fixed words, so their
/// number is bounded; an unknown country is `unknown`.
fn referral_counter(referral: crate::lookup::Referral, interface: Interface) -> metrics::Counter {
    counter!(
        REFERRALS,
        "interface" => interface.as_str(),
        "kind" => referral.kind.as_str(),
        "country" => country_label(referral.country),
        "language" => referral.language.to_string()
    )
}

fn country_label(country: Option<crate::domain::CountryCode>) -> String {
    country.map_or_else(|| "unknown".to_string(), |c| c.to_string())
}

/// Counts the referral of the static fallback answer (see
/// `crate::lookup::fallback_answer`).
pub fn record_referral(referral: crate::lookup::Referral, interface: Interface) {
    referral_counter(referral, interface).increment(1);
}

type Counters = (metrics::Counter, metrics::Counter, metrics::Counter);

/// Handles a worker thread has looked up, at most this many.
const CACHED_COUNTERS: usize = 4096;

/// The `LOOKUPS`, `CACHE` and `REFERRALS` counters for `key`. Finding a counter in the registry builds
/// its labels as strings and hashes them (~3 % of the server's CPU under
/// load), so each worker thread keeps the handles it used; a handle stays
/// valid as long as the process-wide recorder, which is never replaced.
fn lookup_counters(key: LookupKey) -> Counters {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static HANDLES: RefCell<HashMap<LookupKey, Counters>> = RefCell::new(HashMap::new());
    }
    let register = || {
        let lookups = counter!(
            LOOKUPS,
            "language" => key.language.to_string(),
            "language_source" => key.source.as_str(),
            "country" => country_label(key.country)
        );
        let cache = counter!(CACHE, "result" => if key.cache_hit { "hit" } else { "miss" });
        (
            lookups,
            cache,
            referral_counter(key.referral, key.interface),
        )
    };
    // Before the recorder is installed, `counter!` gives a no-op handle:
    // never keep one of those.
    if !matches!(HANDLE.get(), Some(Some(_))) {
        return register();
    }
    HANDLES.with(|handles| {
        let mut handles = handles.borrow_mut();
        if let Some(counters) = handles.get(&key) {
            return counters.clone();
        }
        if handles.len() >= CACHED_COUNTERS {
            handles.clear();
        }
        let counters = register();
        handles.insert(key, counters.clone());
        counters
    })
}

pub fn record_reload(success: bool) {
    counter!(RELOADS, "result" => if success { "success" } else { "failure" }).increment(1);
}

pub fn record_answer_failure() {
    counter!(ANSWER_FAILURES).increment(1);
}

/// Marks `snapshot` as the one being served (and the previous one as not).
pub fn set_dataset(snapshot: &crate::lookup::snapshot::Snapshot, previous_version: Option<&str>) {
    if let Some(previous) = previous_version {
        gauge!(DATASET_INFO, "version" => previous.to_string()).set(0.0);
    }
    gauge!(DATASET_INFO, "version" => snapshot.version.clone()).set(1.0);
    gauge!(DATASET_LOADED).set(snapshot.loaded_at.as_millisecond() as f64 / 1000.0);
    gauge!(DATASET_COUNTRIES).set(snapshot.dataset.countries().len() as f64);
    gauge!(DATASET_RESOURCES).set(snapshot.dataset.resource_count() as f64);
}
