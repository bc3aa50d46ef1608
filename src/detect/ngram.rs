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
    /// `ascii` for a message typed without diacritics: each row holds the
    /// probability of its trigram *and* of every accented form that is typed
    /// as it ("chế", "chè" → "che"), normalised as lingua's tables are
    /// (the trigram given its first two letters, themselves folded).
    ascii_folded: Box<[[u16; LANES]]>,
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
        // Per slot (Latin-script languages): the folded log-probability of
        // each dense row.
        let mut folded: Vec<Option<Vec<f32>>> = Vec::new();
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
            let mut folding = (script_of_language(code.as_str()) == Some(Script::Latin))
                .then(|| Folding::new(&map));
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
                if let Some(folding) = folding.as_mut() {
                    folding.add_trigram(key, f64::from_bits(value));
                }
            }
            drop(stream);
            release(bytes);
            folded.push(folding.map(Folding::log_probabilities));
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
        let mut ascii_folded = ascii.clone();
        let width = ascii_chunks * LANES;
        let flat = ascii_folded.as_flattened_mut();
        for (slot, rows) in folded.iter().enumerate().take(width) {
            let Some(rows) = rows else { continue };
            for (row, logp) in rows.iter().enumerate() {
                flat[row * width + slot] = match logp.is_finite() {
                    true => ((logp - floors[slot]) / QUANTUM)
                        .round()
                        .clamp(0.0, f32::from(u16::MAX)) as u16,
                    false => 0,
                };
            }
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
            scripts: codes
                .iter()
                .map(|c| script_of_language(c.as_str()))
                .collect(),
            languages: codes,
            floors,
            ascii,
            ascii_folded,
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

    /// For an ASCII message: per language written in Latin script, the log
    /// ratio of its likelihood typed without diacritics to its likelihood as
    /// written (0 for a language that has none in these trigrams). ASCII text
    /// has only dense-row trigrams.
    pub(super) fn diacritics_lost(&self, text: &str) -> Vec<(LanguageCode, f64)> {
        // Whole units in lanes, as in `score`.
        let mut plain = vec![[0u32; LANES]; self.ascii_chunks];
        let mut folded = vec![[0u32; LANES]; self.ascii_chunks];
        let mut window = Window::default();
        for c in text.chars() {
            let Some(row) = window
                .push(c.to_ascii_lowercase(), c.is_ascii_alphabetic())
                .and_then(ascii_row_of)
            else {
                continue;
            };
            let rows = row * self.ascii_chunks..(row + 1) * self.ascii_chunks;
            add_row(&mut plain, &self.ascii[rows.clone()]);
            add_row(&mut folded, &self.ascii_folded[rows]);
        }
        self.languages
            .iter()
            .zip(plain.as_flattened().iter().zip(folded.as_flattened()))
            .zip(&self.scripts)
            .filter(|(_, script)| **script == Some(Script::Latin))
            .map(|((code, (plain, folded)), _)| {
                let units = i64::from(*folded) - i64::from(*plain);
                (*code, units as f64 * f64::from(QUANTUM))
            })
            .collect()
    }

    /// Adds one trigram's log-probabilities (above the floors) to `sums`.
    #[inline]
    fn add(&self, trigram: [u32; 3], sums: &mut [[f32; LANES]], ascii_sums: &mut [[u32; LANES]]) {
        if let Some(row) = ascii_row_of(trigram) {
            let row = &self.ascii[row * self.ascii_chunks..(row + 1) * self.ascii_chunks];
            add_row(ascii_sums, row);
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
        (self.ascii.len() + self.ascii_folded.len()) * LANES * 2
            + self.index.capacity() * (8 + 8 + 8)
            + self.entries.capacity() * 8
    }
}

/// Adds one dense row to `sums`, lane by lane (compiles to vector additions).
#[inline]
fn add_row(sums: &mut [[u32; LANES]], row: &[[u16; LANES]]) {
    for (sums, gains) in sums.iter_mut().zip(row) {
        for lane in 0..LANES {
            sums[lane] += u32::from(gains[lane]);
        }
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

/// The ASCII letter a lowercase letter is typed as without its diacritics:
/// é → e, ř → r, ế → e, and the few that are not a letter plus a mark in
/// Unicode (đ, ł, ø, ı). `None` for other letters (ß, æ, þ …).
fn typed_as(c: char) -> Option<u32> {
    use unicode_normalization::UnicodeNormalization;
    let base = match c {
        'đ' => 'd',
        'ł' => 'l',
        'ø' => 'o',
        'ı' => 'i',
        _ => c.nfd().next()?,
    };
    base.is_ascii_lowercase().then_some(base as u32)
}

/// Builds one language's folded trigram probabilities from its lingua table:
/// joint frequencies P(a)·P(b|a)·P(c|ab) of all forms summed per folded
/// trigram, divided by those of the folded first two letters.
struct Folding {
    unigrams: HashMap<char, f64>,
    bigrams: HashMap<[char; 2], f64>,
    /// Per folded pair of letters (26 × 26): the summed joint frequency.
    pairs: Vec<f64>,
    /// Per dense row: the summed joint frequency.
    trigrams: Vec<f64>,
}

impl Folding {
    fn new<D: AsRef<[u8]>>(map: &fst::Map<D>) -> Self {
        use fst::{IntoStreamer, Streamer};
        let mut unigrams = HashMap::new();
        let mut bigrams = HashMap::new();
        let mut stream = map.search(UpToTwoChars).into_stream();
        while let Some((key, value)) = stream.next() {
            let Ok(text) = std::str::from_utf8(key) else {
                continue;
            };
            let logp = f64::from_bits(value);
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(a), None) => {
                    unigrams.insert(a, logp);
                }
                (Some(a), Some(b)) => {
                    bigrams.insert([a, b], logp);
                }
                _ => {}
            }
        }
        let mut pairs = vec![0.0; 26 * 26];
        for (&[a, b], logp) in &bigrams {
            let (Some(first), Some(x), Some(y)) = (unigrams.get(&a), typed_as(a), typed_as(b))
            else {
                continue;
            };
            pairs[(x - u32::from(b'a')) as usize * 26 + (y - u32::from(b'a')) as usize] +=
                (first + logp).exp();
        }
        Self {
            unigrams,
            bigrams,
            pairs,
            trigrams: vec![0.0; ASCII_TRIGRAMS],
        }
    }

    fn add_trigram(&mut self, key: &[u8], logp: f64) {
        let Some(text) = std::str::from_utf8(key).ok() else {
            return;
        };
        let mut chars = text.chars();
        let (Some(a), Some(b), Some(c)) = (chars.next(), chars.next(), chars.next()) else {
            return;
        };
        let (Some(first), Some(second)) = (self.unigrams.get(&a), self.bigrams.get(&[a, b])) else {
            return;
        };
        let Some(row) = (|| ascii_row_of([typed_as(a)?, typed_as(b)?, typed_as(c)?]))() else {
            return;
        };
        self.trigrams[row] += (first + second + logp).exp();
    }

    /// ln P(folded trigram | its folded first two letters) per dense row;
    /// −∞ where the language has no form of it.
    fn log_probabilities(self) -> Vec<f32> {
        self.trigrams
            .iter()
            .enumerate()
            .map(|(row, joint)| {
                let pair = self.pairs[row / 26];
                match *joint > 0.0 && pair > 0.0 {
                    true => ((joint / pair).ln().min(0.0)) as f32,
                    false => f32::NEG_INFINITY,
                }
            })
            .collect()
    }
}

/// Accepts keys of one or two UTF-8 characters.
struct UpToTwoChars;

impl fst::Automaton for UpToTwoChars {
    type State = u8;

    fn start(&self) -> u8 {
        0
    }

    fn is_match(&self, state: &u8) -> bool {
        (1..=2).contains(state)
    }

    fn can_match(&self, state: &u8) -> bool {
        *state <= 2
    }

    fn accept(&self, state: &u8, byte: u8) -> u8 {
        let begins_a_char = byte & 0xC0 != 0x80;
        (*state + u8::from(begins_a_char)).min(3)
    }
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

    /// A language that writes "te" and "té" equally often, then "t" after
    /// them 20 % and 60 % of the time: typed without the accent, "tet" is
    /// P(t|te folded) = (0.5·0.5·0.2 + 0.5·0.5·0.6) / (0.5·0.5 + 0.5·0.5) = 0.4.
    #[test]
    fn folded_trigrams_are_normalised_by_their_folded_first_letters() {
        let entries: std::collections::BTreeMap<Vec<u8>, u64> = [
            ("t", 0.5f64),
            ("e", 0.3),
            ("é", 0.2),
            ("te", 0.5),
            ("té", 0.5),
            ("tet", 0.2),
            ("tét", 0.6),
            ("teß", 0.1),
        ]
        .into_iter()
        .map(|(key, p)| (key.as_bytes().to_vec(), p.ln().to_bits()))
        .collect();
        let map = fst::Map::from_iter(entries.iter().map(|(k, v)| (k.as_slice(), *v)))
            .expect("sorted keys");
        let mut folding = Folding::new(&map);
        for (key, value) in &entries {
            if key.iter().filter(|b| **b & 0xC0 != 0x80).count() == 3 {
                folding.add_trigram(key, f64::from_bits(*value));
            }
        }
        let folded = folding.log_probabilities();
        let tet = ascii_row_of(['t', 'e', 't'].map(u32::from)).expect("an ASCII row");
        assert!((folded[tet] - 0.4f32.ln()).abs() < 1e-5, "{}", folded[tet]);
        // ß has no ASCII form: nothing folds onto a row from "teß".
        let rows_with_a_value = folded.iter().filter(|p| p.is_finite()).count();
        assert_eq!(rows_with_a_value, 1);
    }

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
