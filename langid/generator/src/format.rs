//! Writes the table in `langid::table`'s format.

use langid::script::Script;
use langid::table::{self, HEADER, LANGUAGE_ENTRY, MAGIC};
use std::collections::BTreeMap;

pub struct Language {
    pub code: String,
    pub script: String,
    pub min_unigram: f32,
}

/// One n-gram of a bucket: its fingerprint and (language, units) pairs.
type Record = (u16, Vec<(u8, u8)>);

/// Stored values below this many nats are stored as this (a handful of
/// very rare n-grams; they are still far below every frequent one).
const LOWEST: f32 = -24.0;

pub fn write(languages: &[Language], weights: &[f64; 5], kept: Vec<(String, u8, f32)>) -> Vec<u8> {
    let mut by_key: BTreeMap<String, Vec<(u8, f32)>> = BTreeMap::new();
    for (key, language, value) in kept {
        by_key.entry(key).or_default().push((language, value));
    }
    let lowest = by_key
        .values()
        .flatten()
        .map(|(_, v)| *v)
        .fold(0.0f32, f32::min)
        .max(LOWEST);
    let quantum = -lowest / 255.0;
    let keys = by_key.len();
    let bits = (keys / 4).next_power_of_two().trailing_zeros().max(4);
    let buckets = 1usize << bits;
    // Per bucket: (fingerprint, entries), sorted for determinism.
    let mut bucketed: Vec<Vec<Record>> = vec![Vec::new(); buckets];
    let mut entries = 0usize;
    for (key, list) in by_key {
        let hash = table::ngram_hash(&key);
        let quantised: Vec<(u8, u8)> = list
            .iter()
            .map(|(language, value)| {
                let units = ((value - lowest) / quantum).round().clamp(0.0, 255.0);
                (*language, units as u8)
            })
            .collect();
        entries += quantised.len();
        bucketed[table::bucket(hash, bits)].push((table::fingerprint(hash), quantised));
    }
    let mut clashes = 0usize;
    for bucket in &mut bucketed {
        bucket.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.len().cmp(&a.1.len())));
        let before = bucket.len();
        // Two n-grams with one fingerprint in one bucket: keep the one more
        // languages write (the other backs off to shorter n-grams).
        bucket.dedup_by_key(|(fingerprint, _)| *fingerprint);
        clashes += before - bucket.len();
    }
    let mut records = Vec::new();
    let mut offsets = Vec::with_capacity(buckets + 1);
    for bucket in &bucketed {
        offsets.push(records.len() as u32);
        for (fingerprint, list) in bucket {
            records.extend_from_slice(&fingerprint.to_le_bytes());
            records.push(u8::try_from(list.len()).expect("at most 255 languages"));
            for (language, units) in list {
                records.push(*language);
                records.push(*units);
            }
        }
    }
    offsets.push(records.len() as u32);

    let mut bytes = Vec::with_capacity(
        HEADER + languages.len() * LANGUAGE_ENTRY + offsets.len() * 4 + records.len(),
    );
    bytes.extend_from_slice(&MAGIC);
    bytes.extend_from_slice(&(languages.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&bits.to_le_bytes());
    bytes.extend_from_slice(&quantum.to_le_bytes());
    bytes.extend_from_slice(&lowest.to_le_bytes());
    for w in weights {
        bytes.extend_from_slice(&(*w as f32).to_le_bytes());
    }
    bytes.extend_from_slice(&(records.len() as u32).to_le_bytes());
    assert_eq!(bytes.len(), HEADER);
    for language in languages {
        let mut code = [0u8; 4];
        code[..language.code.len()].copy_from_slice(language.code.as_bytes());
        bytes.extend_from_slice(&code);
        let script = Script::ALL
            .iter()
            .find(|s| format!("{s:?}") == language.script)
            .unwrap_or_else(|| panic!("unknown script {}", language.script));
        bytes.extend_from_slice(&[*script as u8, 0, 0, 0]);
        bytes.extend_from_slice(&language.min_unigram.to_le_bytes());
    }
    for offset in offsets {
        bytes.extend_from_slice(&offset.to_le_bytes());
    }
    bytes.extend_from_slice(&records);
    eprintln!(
        "{keys} n-grams, {entries} entries, {buckets} buckets, {clashes} fingerprint clashes dropped, \
         values {lowest:.2}..0 nats in units of {quantum:.4}"
    );
    bytes
}
