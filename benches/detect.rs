//! Detection cost by message length, with the shipped languages.
//! cargo bench --bench detect
//!
//! `detect/short/*`: crisis messages of 1–30 characters as people type them,
//! in 14 languages (the goal: median ≤ 3 µs); `detect/short-mixed`:
//! all of them in turn, one call per iteration (caches shared as under
//! mixed traffic); `detect/nl|es/N`: one text cut to N characters.

use crisis_lookup::lookup::snapshot::Snapshot;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;
use std::path::Path;

const DUTCH: &str = "ik weet het echt niet meer, ik wil niet meer leven en ik heb niemand \
    meer om mee te praten. alles voelt zwaar en ik zie geen uitweg meer, elke dag is hetzelfde \
    en ik slaap bijna niet. mijn familie weet van niets en ik durf het niet te vertellen. ";
const SPANISH: &str = "no puedo más, estoy cansado de todo y no sé con quién hablar. mi familia \
    no entiende lo que me pasa y cada noche es peor. a veces pienso que sería mejor no estar aquí. ";

/// 1–30 characters, 14 languages (the same as `scripts/load.sh mixed`).
pub const SHORT: &[&str] = &[
    "help",
    "help me",
    "i want to die",
    "ik wil dood",
    "no puedo más",
    "je veux mourir",
    "ich will nicht mehr leben",
    "não aguento mais",
    "voglio morire",
    "nie chcę żyć",
    "я хочу умереть",
    "ölmek istiyorum",
    "saya ingin mati",
    "jag vill dö",
    "أريد أن أموت",
    "tôi muốn chết",
];

fn of_length(base: &str, chars: usize) -> String {
    base.chars().cycle().take(chars).collect()
}

fn detection(c: &mut Criterion) {
    let Ok((snapshot, _)) = Snapshot::load(Path::new("resources.yaml"), Path::new("locales"))
    else {
        eprintln!("resources.yaml or locales/ does not load; run from the crate root");
        return;
    };
    let detector = &snapshot.detector;
    let mut group = c.benchmark_group("detect");
    for text in SHORT {
        group.bench_with_input(BenchmarkId::new("short", text), text, |b, text| {
            b.iter(|| detector.detect(black_box(text)))
        });
    }
    group.bench_function("short-mixed", |b| {
        let mut next = SHORT.iter().cycle();
        b.iter(|| detector.detect(black_box(next.next().unwrap_or(&""))))
    });
    for chars in [10, 50, 200, 1000] {
        for (name, base) in [("nl", DUTCH), ("es", SPANISH)] {
            let text = of_length(base, chars);
            group.bench_with_input(BenchmarkId::new(name, chars), &text, |b, text| {
                b.iter(|| detector.detect(black_box(text)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, detection);
criterion_main!(benches);
