//! Builds langid's merged n-gram table (`langid/data/langid.bin`) from
//! lingua's published models. Offline and deterministic: the same crates and
//! options give the same bytes. See langid/README.md for the format and for
//! how to regenerate the table or add a language.
//!
//! cargo run --release --manifest-path langid/generator/Cargo.toml -- langid/data/langid.bin

mod format;
mod lingua_models;

use fst::Streamer;
use std::collections::HashMap;

/// What the table keeps; the defaults are the shipped table's.
struct Options {
    /// Weight of each n-gram order (1–5) in a position's log-likelihood;
    /// they sum to one, so a position counts one character's worth of nats.
    weights: [f64; 5],
    /// Per order (1–5): how many of each language's most frequent n-grams
    /// are kept (the rest back off to shorter ones at run time).
    keep: [usize; 5],
}

impl Default for Options {
    fn default() -> Self {
        Self {
            weights: [0.05, 0.1, 0.2, 0.3, 0.35],
            keep: [usize::MAX, usize::MAX, usize::MAX, 40_000, 40_000],
        }
    }
}

fn parse_args() -> (String, Options) {
    let mut options = Options::default();
    let mut output = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().expect("a value after the option");
        match arg.as_str() {
            "--weights" => {
                let parts: Vec<f64> = value()
                    .split(',')
                    .map(|w| w.parse().expect("a weight"))
                    .collect();
                let total: f64 = parts.iter().sum();
                for (slot, w) in options.weights.iter_mut().zip(parts) {
                    *slot = w / total;
                }
            }
            "--keep" => {
                for (slot, k) in options.keep.iter_mut().zip(value().split(',')) {
                    *slot = match k {
                        "all" => usize::MAX,
                        k => k.parse().expect("a count"),
                    };
                }
            }
            path => output = Some(path.to_owned()),
        }
    }
    (output.expect("the output path"), options)
}

fn main() {
    let (output, options) = parse_args();
    let mut languages = Vec::new();
    // (n-gram, language index, combined log-probability)
    let mut kept: Vec<(String, u8, f32)> = Vec::new();
    for (index, (code, script, dir)) in lingua_models::MODELS.iter().enumerate() {
        let bytes = dir.get_file("ngrams.fst").expect("ngrams.fst").contents();
        let map = fst::Map::new(bytes).expect("an fst");
        // Keyed by the n-gram's hash (`langid::table::ngram_hash`): no string
        // is built to look up a key's suffixes and prefixes.
        let mut table: HashMap<u64, f64> = HashMap::new();
        let mut keys: Vec<(String, f64)> = Vec::new();
        let mut stream = map.stream();
        while let Some((key, value)) = stream.next() {
            let key = std::str::from_utf8(key).expect("UTF-8 keys").to_owned();
            table.insert(langid::table::ngram_hash(&key), f64::from_bits(value));
            keys.push((key, f64::from_bits(value)));
        }
        let log_p = |chars: &[char]| {
            let mut state = langid::table::hash_start();
            for c in chars.iter().rev() {
                state = langid::table::hash_step(state, *c);
            }
            table.get(&langid::table::hash_finish(state)).copied()
        };
        let min_unigram = keys
            .iter()
            .filter(|(k, _)| k.chars().count() == 1)
            .map(|(_, v)| *v)
            .fold(0.0, f64::min);
        // Per order: (joint log-frequency, n-gram, combined value).
        let mut by_order: [Vec<(f64, String, f64)>; 5] = Default::default();
        let mut chars: Vec<char> = Vec::with_capacity(8);
        for (key, own) in keys {
            chars.clear();
            chars.extend(key.chars());
            let m = chars.len();
            if !(1..=5).contains(&m) {
                continue;
            }
            // The combined value: the conditional log-probabilities of the
            // key's suffixes (orders 1..=m at its last letter), weighted,
            // and the key's own for the orders above m. Its joint
            // frequency: the chain of its prefixes.
            let suffixes: Option<Vec<f64>> = (1..=m).map(|n| log_p(&chars[m - n..])).collect();
            let joint: Option<f64> = (1..=m).map(|n| log_p(&chars[..n])).sum();
            let (Some(suffixes), Some(joint)) = (suffixes, joint) else {
                continue;
            };
            let higher: f64 = options.weights[m..].iter().sum();
            let combined = suffixes
                .iter()
                .zip(options.weights)
                .map(|(v, w)| v * w)
                .sum::<f64>()
                + higher * own;
            by_order[m - 1].push((joint, key, combined));
        }
        let mut counts = [0usize; 5];
        for (order, mut list) in by_order.into_iter().enumerate() {
            // Most frequent first; ties by the n-gram itself (deterministic).
            list.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
            list.truncate(options.keep[order]);
            counts[order] = list.len();
            kept.extend(
                list.into_iter()
                    .map(|(_, key, value)| (key, index as u8, value as f32)),
            );
        }
        eprintln!("{code} {script}: kept {counts:?}");
        languages.push(format::Language {
            code: code.to_string(),
            script: script.to_string(),
            min_unigram: min_unigram as f32,
        });
    }
    let bytes = format::write(&languages, &options.weights, kept);
    std::fs::write(&output, &bytes).expect("the table written");
    eprintln!("{output}: {} bytes", bytes.len());
}
