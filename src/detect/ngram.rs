//! A fast character-trigram scorer for long messages, on lingua's own
//! trigram tables. lingua itself uses only trigrams from 120 characters on;
//! this does the same arithmetic with one hash look-up per trigram for all
//! languages at once instead of one fst walk per trigram and language
//! (~50× cheaper).

use super::models::{ngram_table, release};
use super::script::{script_of_language, Script};
use crate::domain::LanguageCode;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Log-probability given to a trigram a language's table lacks, below its
/// rarest known trigram: unseen is rarer than anything seen.
const UNSEEN_PENALTY: f32 = 1.0;

/// Trigrams of the 26 ASCII letters get a dense table of their own.
const ASCII_TRIGRAMS: usize = 26 * 26 * 26;
/// Rows of the dense table are padded to a multiple of this many lanes, so
/// that adding a row to the sums compiles to whole vector additions.
const LANES: usize = 8;
/// The dense table's unit of log-probability: 1/2048 nat is far below any
/// difference that decides (a 200-letter text sums ~170 trigrams, so at most
/// 0.04 nat of rounding in all), and 32 nats above the floor fit in a `u16`.
const QUANTUM: f32 = 1.0 / 2048.0;

pub(super) struct TrigramScorer {
    languages: Vec<LanguageCode>,
    /// The script each of `languages` is written in.
    scripts: Vec<Option<Script>>,
    /// Per language: the log-probability of an unseen trigram.
    floors: Vec<f32>,
    /// Most letters of Latin-script messages are ASCII: their trigrams are
    /// rows of this table, indexed by the letters alone (no hashing), one
    /// log-probability above the floor per Latin-script language (they have
    /// the first slots), in units of `QUANTUM` (0 for a language that lacks
    /// the trigram), in `ascii_chunks` groups of `LANES`. With 25 languages
    /// a row is 64 bytes, one cache line; the table is 1.1 MiB.
    ascii: Box<[[u16; LANES]]>,
    ascii_chunks: usize,
    /// `LANES`-groups of all slots (the sums of `score`).
    chunks: usize,
    /// Every other trigram → its slice of `entries`.
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
        // Latin-script languages take the first slots: only they have ASCII
        // trigrams, so the dense rows need their columns only.
        let mut ordered = languages.to_vec();
        ordered.sort_by_key(|(_, code)| script_of_language(code.as_str()) != Some(Script::Latin));
        for (language, code) in ordered.iter().take(usize::from(u8::MAX)) {
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
        let chunks = codes.len().div_ceil(LANES);
        let ascii_slots = grouped
            .iter()
            .filter(|(key, _)| ascii_row(**key).is_some())
            .flat_map(|(_, list)| list.iter().map(|(slot, _)| usize::from(*slot) + 1))
            .max()
            .unwrap_or(0);
        let ascii_chunks = ascii_slots.div_ceil(LANES);
        let mut ascii = vec![[0u16; LANES]; ASCII_TRIGRAMS * ascii_chunks].into_boxed_slice();
        grouped.retain(|&key, list| match ascii_row(key) {
            Some(row) => {
                let gains = ascii[row * ascii_chunks..(row + 1) * ascii_chunks].as_flattened_mut();
                for &(slot, logp) in list.iter() {
                    let gain = (logp - floors[usize::from(slot)]) / QUANTUM;
                    gains[usize::from(slot)] = gain.round().clamp(0.0, f32::from(u16::MAX)) as u16;
                }
                false
            }
            None => true,
        });
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
            scripts: codes
                .iter()
                .map(|c| script_of_language(c.as_str()))
                .collect(),
            languages: codes,
            floors,
            ascii,
            ascii_chunks,
            chunks,
            index,
            entries,
        })
    }

    /// Log-likelihood of `text` for each language written in `script` that
    /// has a table, and the number of trigrams seen.
    pub(super) fn score(&self, text: &str, script: Script) -> (Vec<(LanguageCode, f64)>, u32) {
        let mut sums = vec![[0.0f32; LANES]; self.chunks];
        // The dense rows add up in whole units: no rounding on the way.
        let mut ascii_sums = vec![[0u32; LANES]; self.ascii_chunks];
        let mut trigrams = 0u32;
        let mut window = Window::default();
        for c in text.chars() {
            // ASCII needs no Unicode tables (most of the text in Latin script).
            if c.is_ascii() {
                if let Some(trigram) = window.push(c.to_ascii_lowercase(), c.is_ascii_alphabetic())
                {
                    trigrams += 1;
                    self.add(trigram, &mut sums, &mut ascii_sums);
                }
            } else {
                for lower in c.to_lowercase() {
                    if let Some(trigram) = window.push(lower, super::script::is_letter(lower)) {
                        trigrams += 1;
                        self.add(trigram, &mut sums, &mut ascii_sums);
                    }
                }
            }
        }
        for (sum, units) in sums
            .as_flattened_mut()
            .iter_mut()
            .zip(ascii_sums.as_flattened())
        {
            *sum += *units as f32 * QUANTUM;
        }
        let scores = self
            .languages
            .iter()
            .zip(sums.as_flattened())
            .zip(&self.floors)
            .zip(&self.scripts)
            .filter(|(_, written_in)| **written_in == Some(script))
            .map(|(((code, sum), floor), _)| (*code, f64::from(*sum + floor * trigrams as f32)))
            .collect();
        (scores, trigrams)
    }

    /// Adds one trigram's log-probabilities (above the floors) to `sums`.
    #[inline]
    fn add(&self, trigram: [u32; 3], sums: &mut [[f32; LANES]], ascii_sums: &mut [[u32; LANES]]) {
        if let Some(row) = ascii_row_of(trigram) {
            let row = &self.ascii[row * self.ascii_chunks..(row + 1) * self.ascii_chunks];
            for (sums, gains) in ascii_sums.iter_mut().zip(row) {
                for lane in 0..LANES {
                    sums[lane] += u32::from(gains[lane]);
                }
            }
        } else if let Some(&(start, len)) = self.index.get(&key_of(trigram)) {
            let start = start as usize;
            let flat = sums.as_flattened_mut();
            for &(slot, gain) in &self.entries[start..start + usize::from(len)] {
                flat[usize::from(slot)] += gain;
            }
        }
    }

    /// Bytes held, for the record.
    pub(super) fn heap_bytes(&self) -> usize {
        self.ascii.len() * LANES * 2
            + self.index.capacity() * (8 + 8 + 8)
            + self.entries.capacity() * 8
    }
}

/// The last three letters of a run of letters.
#[derive(Default)]
struct Window {
    letters: [u32; 3],
    run: u8,
}

impl Window {
    /// The trigram `c` completes, if it is a letter and the third in a row.
    #[inline]
    fn push(&mut self, c: char, letter: bool) -> Option<[u32; 3]> {
        if !letter {
            self.run = 0;
            return None;
        }
        self.letters = [self.letters[1], self.letters[2], c as u32];
        self.run = (self.run + 1).min(3);
        (self.run == 3).then_some(self.letters)
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

/// The dense row of three lowercase ASCII letters.
fn ascii_row_of(chars: [u32; 3]) -> Option<usize> {
    let letter = |c: u32| {
        (b'a' as u32..=b'z' as u32)
            .contains(&c)
            .then(|| (c - b'a' as u32) as usize)
    };
    Some((letter(chars[0])? * 26 + letter(chars[1])?) * 26 + letter(chars[2])?)
}

/// `ascii_row_of` for a packed key (`key_of`).
fn ascii_row(key: u64) -> Option<usize> {
    let mask = (1u64 << 21) - 1;
    ascii_row_of([
        (key >> 42) as u32,
        ((key >> 21) & mask) as u32,
        (key & mask) as u32,
    ])
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

#[cfg(test)]
mod tests {
    use super::*;
    use lingua::Language;

    /// The dense ASCII rows and the hashed rest add up to what lingua's own
    /// tables give, trigram by trigram.
    #[test]
    fn scores_equal_the_sums_over_lingua_tables() {
        let languages: Vec<(Language, LanguageCode)> = [
            (Language::Dutch, "nl"),
            (Language::German, "de"),
            (Language::Spanish, "es"),
        ]
        .into_iter()
        .filter_map(|(language, code)| Some((language, LanguageCode::parse(code)?)))
        .collect();
        let scorer = TrigramScorer::new(&languages).expect("three tables");
        let text = "Ik weet het niet meer; ¿Qué pasó mañana? Straße, Grüße: niño.";
        let (scores, trigrams) = scorer.score(text, Script::Latin);
        let lowered: Vec<(char, bool)> = text
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| (c, c.is_alphabetic()))
            .collect();
        let mut expected_trigrams = 0;
        for (language, code) in &languages {
            let table = fst::Map::new(ngram_table(*language).expect("a table")).expect("an fst");
            let mut floor = 0.0f64;
            {
                use fst::{IntoStreamer, Streamer};
                let mut stream = table.search(ThreeChars).into_stream();
                while let Some((_, value)) = stream.next() {
                    floor = floor.min(f64::from(f64::from_bits(value) as f32));
                }
            }
            floor -= f64::from(UNSEEN_PENALTY);
            let mut sum = 0.0;
            expected_trigrams = 0;
            for window in lowered.windows(3) {
                if window.iter().all(|(_, letter)| *letter) {
                    let key: String = window.iter().map(|(c, _)| *c).collect();
                    expected_trigrams += 1;
                    sum += table
                        .get(&key)
                        .map_or(floor, |bits| f64::from(f64::from_bits(bits) as f32));
                }
            }
            let (_, score) = scores
                .iter()
                .find(|(c, _)| c == code)
                .expect("a score per language");
            assert!(
                (score - sum).abs() < 1e-3 * sum.abs(),
                "{code}: scored {score}, tables say {sum}"
            );
        }
        assert_eq!(trigrams, expected_trigrams);
    }
}
