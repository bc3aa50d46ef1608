//! The in-process parts of `POST /v1/lookup`, on the real dataset and locales:
//! request JSON parsing, hint resolution, a cached and an uncached lookup,
//! the whole path (parse → detect → resolve → cached answer → serialize),
//! and a reload (`Snapshot::load`; the detector is shared per process, so
//! this is the reload a running service does).
//!
//! cargo bench --bench lookup -- --warm-up-time 1 --measurement-time 3

use crisis_lookup::lookup::snapshot::Snapshot;
use crisis_lookup::lookup::{language_setting, lookup, LookupRequest};
use crisis_lookup::resolve::{self, Hints};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use jiff::Timestamp;
use std::hint::black_box;
use std::path::Path;

const DUTCH: &str = "ik weet het echt niet meer, ik wil niet meer leven en ik heb niemand \
    meer om mee te praten. alles voelt zwaar en ik zie geen uitweg meer, elke dag is hetzelfde \
    en ik slaap bijna niet. mijn familie weet van niets en ik durf het niet te vertellen. ";

/// The body `scripts/load.sh` posts: a 200-character Dutch message, country BE.
fn body() -> Vec<u8> {
    let message: String = DUTCH.chars().cycle().take(200).collect();
    serde_json::to_vec(&serde_json::json!({"message": message, "country": "BE"}))
        .expect("a JSON body")
}

fn parse(body: &[u8]) -> LookupRequest {
    serde_json::from_slice(body).expect("the bench body parses")
}

fn load() -> Option<Snapshot> {
    match Snapshot::load(Path::new("resources.yaml"), Path::new("locales")) {
        Ok((snapshot, _)) => Some(snapshot),
        Err(_) => {
            eprintln!("resources.yaml or locales/ does not load; run from the crate root");
            None
        }
    }
}

fn benches(c: &mut Criterion) {
    let Some(snapshot) = load() else {
        return;
    };
    let body = body();
    let now = Timestamp::now();
    let mut group = c.benchmark_group("lookup");

    group.bench_function("parse_request_json", |b| b.iter(|| parse(black_box(&body))));

    // Hints → country → the country's languages → the language decision,
    // with the detection already made (detection has its own bench).
    let detection = snapshot.detector.detect(&parse(&body).message.unwrap());
    group.bench_function("resolve_hints_country_language", |b| {
        b.iter(|| {
            let mut warnings = Vec::new();
            let hints = Hints::parse(
                black_box(Some("nl-BE")),
                black_box(Some("BE")),
                black_box(Some("nl-BE,nl;q=0.9,en;q=0.5")),
                &mut warnings,
            );
            let country = resolve::resolve_country(&hints);
            let record = country.and_then(|(code, _)| snapshot.dataset.country(code));
            let setting = language_setting(&snapshot, country, record);
            resolve::resolve_language(black_box(detection), &hints, &setting)
        })
    });

    // Prime the cache, then every iteration is a hit.
    let first = lookup(&snapshot, parse(&body), now);
    assert_eq!(first.language.code.as_str(), "nl");
    group.bench_function("cached", |b| {
        b.iter_batched(
            || parse(&body),
            |request| lookup(&snapshot, request, now),
            BatchSize::SmallInput,
        )
    });
    assert!(lookup(&snapshot, parse(&body), now).cache_hit);

    // The whole in-process path of one request: bytes → parsed → detected →
    // resolved → cached answer → serialized body.
    group.bench_function("whole_path_cached", |b| {
        b.iter(|| lookup(&snapshot, parse(black_box(&body)), now).body)
    });

    // An empty cache before every call: the answer is built and serialized.
    group.bench_function("uncached", |b| {
        b.iter_batched(
            || {
                snapshot.answers.invalidate_all();
                snapshot.answers.run_pending_tasks();
                parse(&body)
            },
            |request| {
                let outcome = lookup(&snapshot, request, now);
                debug_assert!(!outcome.cache_hit);
                outcome
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();

    let mut group = c.benchmark_group("reload");
    group.sample_size(10);
    group.bench_function("snapshot_load", |b| {
        b.iter(|| Snapshot::load(Path::new("resources.yaml"), Path::new("locales")).is_ok())
    });
    group.finish();
}

criterion_group!(lookup_benches, benches);
criterion_main!(lookup_benches);
