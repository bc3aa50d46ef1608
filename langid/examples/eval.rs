//! The model alone on the dev set: the text's script, then the best
//! log-likelihood among the languages of the set written in it.
//!
//! cargo run --release -p langid --example eval -- [--set 42|target] [--table PATH]
//!     [--backoff X] [--unseen Y] [--lowest-order N] [--long LETTERS] [--merge-ms-id]
//!     [--confusions N] [--dev PATH]
//!
//! `--set 42`: the languages of the service's locales (locales/);
//! `target`: data/langid/target-languages.txt (74 languages). Rows of
//! languages outside the set are skipped.

use langid::script::{Script, ScriptCounts};
use langid::{LanguageSet, Model, Tuning};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

#[derive(Deserialize)]
struct Row {
    lang: String,
    bucket: String,
    text: String,
}

const BUCKETS: [&str; 3] = ["word", "pair", "sentence"];

fn locales_languages(dir: &str) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .expect("the locales folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.split(['-', '_']).next().map(str::to_ascii_lowercase)
        })
        .collect()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut set = "42".to_owned();
    let mut table = None;
    let mut tuning = Tuning::default();
    let mut merge = false;
    let mut show = 15;
    // Paths from the repository's root, wherever the eval is started.
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut dev = format!("{root}/data/langid/dev.jsonl");
    let mut long = 120;
    while let Some(arg) = args.next() {
        let mut value = || args.next().expect("a value");
        match arg.as_str() {
            "--set" => set = value(),
            "--table" => table = Some(value()),
            "--backoff" => tuning.backoff = value().parse().expect("a number"),
            "--unseen" => tuning.unseen = value().parse().expect("a number"),
            "--lowest-order" => tuning.lowest_order = value().parse().expect("an order"),
            "--merge-ms-id" => merge = true,
            "--confusions" => show = value().parse().expect("a count"),
            "--dev" => dev = value(),
            "--long" => long = value().parse().expect("a count of letters"),
            other => panic!("unknown argument {other}"),
        }
    }
    let model = match &table {
        Some(path) => {
            Model::from_bytes(std::fs::read(path).expect("the table"), tuning).expect("a table")
        }
        None => {
            let mut model =
                Model::from_static(include_bytes!("../data/langid.bin")).expect("a table");
            model.retune(tuning);
            model
        }
    };
    let languages: BTreeSet<String> = match set.as_str() {
        "42" => locales_languages(&format!("{root}/locales")),
        "target" => std::fs::read_to_string(format!("{root}/data/langid/target-languages.txt"))
            .expect("the target list")
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        other => panic!("unknown set {other}"),
    };
    let mut candidates: LanguageSet = 0;
    for code in &languages {
        if let Some(id) = model.id(code) {
            candidates |= 1 << id;
        }
    }
    // Languages of the set without a table: decided by their script alone
    // when no other language of the set writes it.
    let script_only: Vec<(&str, Script)> = languages
        .iter()
        .filter(|code| model.id(code).is_none())
        .filter_map(|code| Some((code.as_str(), langid::script::script_of_language(code)?)))
        .collect();
    let rows: Vec<Row> = std::fs::read_to_string(&dev)
        .expect("the dev set")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a row"))
        .filter(|r: &Row| languages.contains(&r.lang))
        .collect();
    let same =
        |a: &str, b: &str| a == b || (merge && matches!((a, b), ("ms", "id") | ("id", "ms")));
    let mut right = [0usize; 3];
    let mut total = [0usize; 3];
    let mut per_language: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    let mut confusions: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut scores = vec![0f32; model.languages().len()];
    let mut times = Vec::with_capacity(rows.len());
    for row in &rows {
        let bucket = BUCKETS
            .iter()
            .position(|b| *b == row.bucket)
            .expect("a bucket");
        let started = Instant::now();
        let counts = ScriptCounts::of(&row.text);
        let answer: Option<&str> = counts.dominant().and_then(|script| {
            let within = candidates & model.written_in(script);
            let others: Vec<&str> = script_only
                .iter()
                .filter(|(_, s)| *s == script)
                .map(|(c, _)| *c)
                .collect();
            if within == 0 {
                return (others.len() == 1).then(|| others[0]);
            }
            scores.iter_mut().for_each(|s| *s = 0.0);
            let letters = counts.count(script);
            if letters >= long {
                model.score_trigrams(&row.text, within, &mut scores);
            } else {
                model.score(&row.text, within, &mut scores);
            }
            (0..model.languages().len())
                .filter(|id| within & (1 << id) != 0)
                .max_by(|a, b| scores[*a].total_cmp(&scores[*b]))
                .map(|id| model.languages()[id].code)
        });
        times.push(started.elapsed().as_secs_f64() * 1e6);
        total[bucket] += 1;
        let ok = answer.is_some_and(|a| same(a, &row.lang));
        if ok {
            right[bucket] += 1;
            per_language.entry(&row.lang).or_default()[bucket] += 1;
        } else {
            per_language.entry(&row.lang).or_default();
            *confusions
                .entry((row.lang.clone(), answer.unwrap_or("-").to_owned()))
                .or_default() += 1;
        }
    }
    println!(
        "set {set} ({} languages, {} with dev rows), merge ms=id: {merge}, {:?}",
        languages.len(),
        per_language.len(),
        model.tuning()
    );
    let pct = |b: usize| 100.0 * right[b] as f64 / total[b].max(1) as f64;
    println!(
        "words / pairs / sentences: {:.1} / {:.1} / {:.1} %",
        pct(0),
        pct(1),
        pct(2)
    );
    times.sort_by(f64::total_cmp);
    println!(
        "time per row (script + score): median {:.2} µs, p99 {:.2} µs",
        times[times.len() / 2],
        times[times.len() * 99 / 100]
    );
    let mut top: Vec<_> = confusions.into_iter().collect();
    top.sort_by_key(|e| std::cmp::Reverse(e.1));
    let line: Vec<String> = top
        .iter()
        .take(show)
        .map(|((t, a), n)| format!("{t}→{a} {n}"))
        .collect();
    println!("top confusions: {}", line.join(", "));
    if std::env::var_os("PER_LANGUAGE").is_some() {
        for (lang, r) in &per_language {
            println!("  {lang}: {} / {} / {}", r[0], r[1], r[2]);
        }
    }
}
