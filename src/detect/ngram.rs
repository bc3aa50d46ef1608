//! A fast character-trigram scorer for long messages, on lingua's own
//! trigram tables. lingua itself uses only trigrams from 120 characters on;
//! this does the same arithmetic with one hash look-up per trigram for all
//! languages at once instead of one fst walk per trigram and language
//! (~50× cheaper).

use super::models::{ngram_table, release};
use crate::domain::LanguageCode;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Log-probability given to a trigram a language's table lacks, below its
/// rarest known trigram: unseen is rarer than anything seen.
const UNSEEN_PENALTY: f32 = 1.0;

pub(super) struct TrigramScorer {
    languages: Vec<LanguageCode>,
    /// Per language: the log-probability of an unseen trigram.
    floors: Vec<f32>,
    /// Trigram → its slice of `entries`.
    index: HashMap<u64, (u32, u16), BuildHasherDefault<MixHasher>>,
    /// (language, log-probability above that language's floor).
    entries: Vec<(u8, f32)>,
}

impl std::fmt::Debug for TrigramScorer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TrigramScorer")
            .field("languages", &self.languages.len())
            .field("trigrams", &self.index.len())
            .field("entries", &self.entries.len())
            .finish()
    }
}

impl TrigramScorer {
    /// `None` when fewer than two of `languages` have a table.
    pub(super) fn new(languages: &[(lingua::Language, LanguageCode)]) -> Option<Self> {
        let mut codes = Vec::new();
        let mut floors = Vec::new();
        let mut grouped: HashMap<u64, Vec<(u8, f32)>, BuildHasherDefault<MixHasher>> =
            HashMap::default();
        for (language, code) in languages.iter().take(usize::from(u8::MAX)) {
            let Some(bytes) = ngram_table(*language) else {
                continue;
            };
            let Ok(map) = fst::Map::new(bytes) else {
                continue;
            };
            let slot = codes.len() as u8;
            let mut min = 0.0f32;
            // Only the 3-character keys: the walk never enters the 4- and
            // 5-gram branches, which are most of the table (faster start-up,
            // and those pages of the binary are not touched).
            let mut stream = map.search(ThreeChars).into_stream();
            use fst::{IntoStreamer, Streamer};
            while let Some((key, value)) = stream.next() {
                let Some(packed) = std::str::from_utf8(key).ok().and_then(pack) else {
                    continue;
                };
                let logp = f64::from_bits(value) as f32;
                min = min.min(logp);
                grouped.entry(packed).or_default().push((slot, logp));
            }
            drop(stream);
            release(bytes);
            codes.push(*code);
            floors.push(min - UNSEEN_PENALTY);
        }
        if codes.len() < 2 {
            return None;
        }
        let mut index = HashMap::with_capacity_and_hasher(grouped.len(), Default::default());
        let mut entries = Vec::with_capacity(grouped.values().map(Vec::len).sum());
        for (key, list) in grouped {
            index.insert(key, (entries.len() as u32, list.len() as u16));
            entries.extend(
                list.into_iter()
                    .map(|(slot, logp)| (slot, logp - floors[usize::from(slot)])),
            );
        }
        entries.shrink_to_fit();
        Some(Self {
            languages: codes,
            floors,
            index,
            entries,
        })
    }

    /// Log-likelihood of `text` for each of `candidates` that has a table,
    /// and the number of trigrams seen.
    pub(super) fn score(
        &self,
        text: &str,
        candidates: &[LanguageCode],
    ) -> (Vec<(LanguageCode, f64)>, u32) {
        let mut sums = vec![0.0f32; self.languages.len()];
        let mut trigrams = 0u32;
        let mut window = [0u32; 3];
        let mut run = 0usize;
        let mut add = |c: char, letter: bool| {
            if !letter {
                run = 0;
                return;
            }
            window = [window[1], window[2], c as u32];
            run += 1;
            if run < 3 {
                return;
            }
            trigrams += 1;
            if let Some(&(start, len)) = self.index.get(&key_of(window)) {
                let start = start as usize;
                for &(slot, gain) in &self.entries[start..start + usize::from(len)] {
                    sums[usize::from(slot)] += gain;
                }
            }
        };
        for c in text.chars() {
            // ASCII needs no Unicode tables (most of the text in Latin script).
            if c.is_ascii() {
                add(c.to_ascii_lowercase(), c.is_ascii_alphabetic());
            } else {
                for lower in c.to_lowercase() {
                    add(lower, super::script::is_letter(lower));
                }
            }
        }
        let scores = self
            .languages
            .iter()
            .zip(&sums)
            .zip(&self.floors)
            .filter(|((code, _), _)| candidates.contains(code))
            .map(|((code, sum), floor)| (*code, f64::from(*sum + floor * trigrams as f32)))
            .collect();
        (scores, trigrams)
    }

    /// Bytes held, for the record.
    pub(super) fn heap_bytes(&self) -> usize {
        self.index.capacity() * (8 + 8 + 8) + self.entries.capacity() * 8
    }
}

/// Accepts keys of exactly three UTF-8 characters; the state counts the
/// characters begun so far and stops at four.
struct ThreeChars;

impl fst::Automaton for ThreeChars {
    type State = u8;

    fn start(&self) -> u8 {
        0
    }

    fn is_match(&self, state: &u8) -> bool {
        *state == 3
    }

    fn can_match(&self, state: &u8) -> bool {
        *state <= 3
    }

    fn accept(&self, state: &u8, byte: u8) -> u8 {
        let begins_a_char = byte & 0xC0 != 0x80;
        (*state + u8::from(begins_a_char)).min(4)
    }
}

fn key_of(chars: [u32; 3]) -> u64 {
    (u64::from(chars[0]) << 42) | (u64::from(chars[1]) << 21) | u64::from(chars[2])
}

/// Three characters, or nothing.
fn pack(ngram: &str) -> Option<u64> {
    let mut chars = ngram.chars();
    let key = [chars.next()?, chars.next()?, chars.next()?];
    chars
        .next()
        .is_none()
        .then(|| key_of(key.map(|c| c as u32)))
}

/// The keys are already well spread bit patterns; one multiply mixes them.
#[derive(Default)]
pub(super) struct MixHasher(u64);

impl Hasher for MixHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ (n >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 ^= self.0 >> 32;
    }
}
