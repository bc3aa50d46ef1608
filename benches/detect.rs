//! Detection cost by message length, with the shipped languages.
//! cargo bench --bench detect

use crisis_lookup::state::snapshot::Snapshot;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;
use std::path::Path;

const DUTCH: &str = "ik weet het echt niet meer, ik wil niet meer leven en ik heb niemand \
    meer om mee te praten. alles voelt zwaar en ik zie geen uitweg meer, elke dag is hetzelfde \
    en ik slaap bijna niet. mijn familie weet van niets en ik durf het niet te vertellen. ";
const SPANISH: &str = "no puedo más, estoy cansado de todo y no sé con quién hablar. mi familia \
    no entiende lo que me pasa y cada noche es peor. a veces pienso que sería mejor no estar aquí. ";

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
    // The trigram table is merged in the background; measure the final state.
    detector.wait_for_models();
    let mut group = c.benchmark_group("detect");
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
