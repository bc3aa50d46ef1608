//! The model's cost by message length, warm caches (the same text again and
//! again): `cargo bench -p langid`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use langid::script::Script;
use langid::Model;
use std::hint::black_box;

/// Crisis messages as people type them, 1–30 characters, and longer ones.
const TEXTS: &[(&str, &str)] = &[
    ("help", "en/4"),
    ("ik wil dood", "nl/11"),
    ("i want to die", "en/13"),
    ("no puedo más", "es/12"),
    ("je veux mourir", "fr/14"),
    ("nie chcę już żyć", "pl/16"),
    ("ich will nicht mehr leben", "de/25"),
    ("não aguento mais, quero morrer", "pt/30"),
    ("я не хочу жить", "ru/14"),
];

const DUTCH: &str = "ik weet het echt niet meer, ik wil niet meer leven en ik heb niemand \
    meer om mee te praten. alles voelt zwaar en ik zie geen uitweg meer, elke dag is hetzelfde \
    en ik slaap bijna niet. mijn familie weet van niets en ik durf het niet te vertellen. ";

fn scoring(c: &mut Criterion) {
    let model = Model::embedded();
    let mut scores = vec![0f32; model.languages().len()];
    let mut group = c.benchmark_group("score");
    for (text, name) in TEXTS {
        let script = if text.is_ascii() || text.chars().any(|c| c.is_ascii_alphabetic()) {
            Script::Latin
        } else {
            Script::Cyrillic
        };
        let set = model.written_in(script);
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| model.score(black_box(text), set, &mut scores))
        });
    }
    let long: String = DUTCH.chars().take(200).collect();
    let set = model.written_in(Script::Latin);
    group.bench_function("nl/200 (trigrams)", |b| {
        b.iter(|| model.score_trigrams(black_box(&long), set, &mut scores))
    });
    group.bench_function("nl/200 (all orders)", |b| {
        b.iter(|| model.score(black_box(&long), set, &mut scores))
    });
    group.finish();
}

criterion_group!(benches, scoring);
criterion_main!(benches);
