//! Compact language identification for short messages.
//!
//! One merged table of character n-grams (orders 1–5) for every language it
//! knows, built offline from lingua's published models by
//! `langid/generator` (see README.md). For each letter of the text and each
//! language, the table gives the log-probability of that letter after the
//! letters before it in its word — a weighted mixture of the five orders,
//! backing off to shorter n-grams where a language lacks the longer one.
//! Summed over the text, that is the text's log-likelihood in each language,
//! in nats, on one scale for all of them.

pub mod script;
pub mod table;

use script::Script;
use table::{HEADER, LANGUAGE_ENTRY, MAGIC, MAX_ORDER};

/// A language of the table: its index in `Model::languages`.
pub type LanguageId = u8;

/// A set of the table's languages (bit `id`).
pub type LanguageSet = u128;

/// The most languages a table may hold (`LanguageSet`'s bits).
pub const MAX_LANGUAGES: usize = 128;

#[derive(Clone, Debug, PartialEq)]
pub struct Language {
    /// ISO 639-1 (or 639-3 where there is no two-letter code).
    pub code: &'static str,
    pub script: Script,
    /// The language's lowest unigram log-probability (the floor for letters
    /// it never writes is below it).
    min_unigram: f32,
}

/// Why a table cannot be read.
#[derive(Debug, PartialEq, Eq)]
pub enum TableError {
    Magic,
    Truncated,
    Languages,
    Code,
    Script,
}

impl std::fmt::Display for TableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self {
            Self::Magic => "not a langid table (magic)",
            Self::Truncated => "truncated",
            Self::Languages => "too many languages",
            Self::Code => "a language code is not ASCII",
            Self::Script => "unknown script",
        };
        write!(f, "langid table: {what}")
    }
}

impl std::error::Error for TableError {}

/// Tunable scoring constants (run time, not in the table).
#[derive(Clone, Copy, Debug)]
pub struct Tuning {
    /// Nats a language pays, per order weight, for each order it backs off
    /// from (an n-gram it lacks where another language has it).
    pub backoff: f32,
    /// Nats below its rarest letter that a language pays for a letter it
    /// does not write at all.
    pub unseen: f32,
    /// The lowest order looked up: a letter whose n-grams down to this
    /// order a language lacks gets that language's floor.
    pub lowest_order: usize,
}

impl Default for Tuning {
    fn default() -> Self {
        Self {
            backoff: 4.0,
            unseen: 0.0,
            lowest_order: 3,
        }
    }
}

pub struct Model {
    bytes: std::borrow::Cow<'static, [u8]>,
    languages: Vec<Language>,
    bits: u32,
    quantum: f32,
    lowest: f32,
    weights: [f32; MAX_ORDER],
    buckets: usize,
    records: usize,
    tuning: Tuning,
    /// Per order matched m (0: none) and orders available n: the backoff
    /// cost in units, less that of matching nothing.
    backoff_units: [[i32; MAX_ORDER + 1]; MAX_ORDER + 1],
    /// Per language: a letter it does not write, in units above `lowest`
    /// (negative).
    floor_units: Vec<i32>,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("languages", &self.languages.len())
            .field("bytes", &self.bytes.len())
            .field("buckets", &(1usize << self.bits))
            .finish()
    }
}

/// The table the crate ships (`data/langid.bin`).
#[cfg(feature = "embedded")]
static EMBEDDED: &[u8] = include_bytes!("../data/langid.bin");

fn u32_at(bytes: &[u8], at: usize) -> Result<u32, TableError> {
    let b = bytes.get(at..at + 4).ok_or(TableError::Truncated)?;
    Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn f32_at(bytes: &[u8], at: usize) -> Result<f32, TableError> {
    u32_at(bytes, at).map(f32::from_bits)
}

impl Model {
    /// The shipped table, read once per process.
    #[cfg(feature = "embedded")]
    pub fn embedded() -> &'static Model {
        static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| Model::from_static(EMBEDDED).expect("the shipped table reads"))
    }

    pub fn from_static(bytes: &'static [u8]) -> Result<Self, TableError> {
        Self::parse(std::borrow::Cow::Borrowed(bytes), Tuning::default())
    }

    /// A table read from a file (for the generator's and the eval's tuning).
    pub fn from_bytes(bytes: Vec<u8>, tuning: Tuning) -> Result<Self, TableError> {
        Self::parse(std::borrow::Cow::Owned(bytes), tuning)
    }

    fn parse(bytes: std::borrow::Cow<'static, [u8]>, tuning: Tuning) -> Result<Self, TableError> {
        if bytes.get(..8) != Some(&MAGIC[..]) {
            return Err(TableError::Magic);
        }
        let count = u32_at(&bytes, 8)? as usize;
        if count > MAX_LANGUAGES {
            return Err(TableError::Languages);
        }
        let bits = u32_at(&bytes, 12)?;
        if bits > 30 {
            return Err(TableError::Truncated);
        }
        let quantum = f32_at(&bytes, 16)?;
        let lowest = f32_at(&bytes, 20)?;
        let mut weights = [0.0; MAX_ORDER];
        for (n, w) in weights.iter_mut().enumerate() {
            *w = f32_at(&bytes, 24 + 4 * n)?;
        }
        let records_len = u32_at(&bytes, 44)? as usize;
        let mut languages = Vec::with_capacity(count);
        for i in 0..count {
            let at = HEADER + i * LANGUAGE_ENTRY;
            let entry = bytes
                .get(at..at + LANGUAGE_ENTRY)
                .ok_or(TableError::Truncated)?;
            let code = &entry[..4];
            let len = code.iter().position(|b| *b == 0).unwrap_or(4);
            let code = std::str::from_utf8(&code[..len])
                .ok()
                .filter(|c| c.is_ascii() && !c.is_empty())
                .ok_or(TableError::Code)?;
            // Codes live as long as the process: a few bytes per language,
            // once per table read.
            let code: &'static str = Box::leak(code.to_owned().into_boxed_str());
            let script = *Script::ALL
                .get(usize::from(entry[4]))
                .ok_or(TableError::Script)?;
            languages.push(Language {
                code,
                script,
                min_unigram: f32_at(entry, 8)?,
            });
        }
        let buckets = HEADER + count * LANGUAGE_ENTRY;
        let records = buckets + ((1usize << bits) + 1) * 4;
        if bytes.len() != records + records_len {
            return Err(TableError::Truncated);
        }
        let mut model = Self {
            bytes,
            languages,
            bits,
            quantum,
            lowest,
            weights,
            buckets,
            records,
            tuning,
            backoff_units: [[0; MAX_ORDER + 1]; MAX_ORDER + 1],
            floor_units: Vec::new(),
        };
        model.retune(tuning);
        Ok(model)
    }

    /// Sets the run-time constants (`Tuning`).
    pub fn retune(&mut self, tuning: Tuning) {
        self.tuning = tuning;
        for available in 1..=MAX_ORDER {
            let cost = |matched: usize| -> f32 {
                (matched + 1..=available)
                    .map(|n| self.weights[n - 1] * tuning.backoff)
                    .sum()
            };
            let none = cost(0);
            for matched in 0..=available {
                self.backoff_units[matched][available] =
                    ((none - cost(matched)) / self.quantum).round() as i32;
            }
        }
        self.floor_units = self
            .languages
            .iter()
            .map(|l| ((l.min_unigram - tuning.unseen - self.lowest) / self.quantum).round() as i32)
            .collect();
    }

    pub fn tuning(&self) -> Tuning {
        self.tuning
    }

    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// The id of the language with this code, if the table has it.
    pub fn id(&self, code: &str) -> Option<LanguageId> {
        self.languages
            .iter()
            .position(|l| l.code == code)
            .map(|i| i as LanguageId)
    }

    /// The table's languages written in `script`.
    pub fn written_in(&self, script: Script) -> LanguageSet {
        self.languages
            .iter()
            .enumerate()
            .filter(|(_, l)| l.script == script)
            .fold(0, |set, (i, _)| set | (1 << i))
    }

    /// Bytes of the table (mapped from the binary for the embedded one).
    pub fn table_bytes(&self) -> usize {
        self.bytes.len()
    }

    /// Where the records of this hash's bucket are (start, end in bytes).
    #[inline]
    fn bucket_span(&self, hash: u64) -> (usize, usize) {
        let at = self.buckets + table::bucket(hash, self.bits) * 4;
        let offsets = &self.bytes[at..at + 8];
        let start = u32::from_le_bytes([offsets[0], offsets[1], offsets[2], offsets[3]]) as usize;
        let end = u32::from_le_bytes([offsets[4], offsets[5], offsets[6], offsets[7]]) as usize;
        (self.records + start, self.records + end)
    }

    /// The entries of the n-gram with this hash in the bucket `span`:
    /// (language, units) pairs; empty when no language has it.
    #[inline]
    fn find(&self, span: (usize, usize), hash: u64) -> &[u8] {
        let records = self.bytes.get(span.0..span.1).unwrap_or_default();
        let wanted = table::fingerprint(hash).to_le_bytes();
        let mut at = 0;
        while at + 3 <= records.len() {
            let count = usize::from(records[at + 2]);
            let next = at + 3 + 2 * count;
            if records[at..at + 2] == wanted {
                return records.get(at + 3..next).unwrap_or_default();
            }
            at = next;
        }
        &[]
    }

    /// The entries of the n-gram with this hash (`find`).
    #[inline]
    fn lookup(&self, hash: u64) -> &[u8] {
        self.find(self.bucket_span(hash), hash)
    }

    /// `score` for long texts: only each letter's trigram (with the two
    /// letters before it in its word) is looked up, one look-up a letter
    /// instead of up to five; a language that lacks the trigram gets its
    /// floor. lingua does the same from 120 characters on. Adds to `scores`
    /// as `score` does (a log-likelihood of the text's trigrams, in nats).
    pub fn score_trigrams(
        &self,
        text: &str,
        candidates: LanguageSet,
        scores: &mut [f32],
    ) -> Evidence {
        const ORDER: usize = 3;
        let mut units = [0i32; MAX_LANGUAGES];
        let mut evidence = Evidence::default();
        let mut window = ['\0'; ORDER];
        let mut run = 0usize;
        each_letter(text, |letter| {
            let Some(c) = letter else {
                run = 0;
                return;
            };
            window = [window[1], window[2], c];
            run += 1;
            evidence.words += u32::from(run == 1);
            if run < ORDER {
                return;
            }
            evidence.letters += 1;
            let mut state = table::hash_start();
            for c in window.iter().rev() {
                state = table::hash_step(state, *c);
            }
            let entries = self.lookup(table::hash_finish(state));
            evidence.ngrams += u32::from(!entries.is_empty());
            for pair in entries.chunks_exact(2) {
                let id = usize::from(pair[0]);
                units[id] += i32::from(pair[1]) - self.floor_units[id];
            }
        });
        for (id, score) in scores.iter_mut().enumerate().take(self.languages.len()) {
            if candidates & (1 << id) == 0 {
                continue;
            }
            let floor = self.lowest + self.floor_units[id] as f32 * self.quantum;
            *score += evidence.letters as f32 * floor + units[id] as f32 * self.quantum;
        }
        evidence
    }

    /// Scores `text` for the languages of `candidates`: adds each one's
    /// log-likelihood of the text (nats) to `scores` (indexed by language
    /// id; at least as long as `languages()`). Letters are lowercased;
    /// words are runs of letters; n-grams do not cross words.
    pub fn score(&self, text: &str, candidates: LanguageSet, scores: &mut [f32]) -> Evidence {
        let mut pass = Pass {
            model: self,
            candidates,
            units: [0; MAX_LANGUAGES],
            window: ['\0'; MAX_ORDER],
            run: 0,
            positions: [0; MAX_ORDER + 1],
            evidence: Evidence::default(),
        };
        each_letter(text, |letter| match letter {
            Some(c) => pass.push(c),
            None => pass.run = 0,
        });
        // Every letter starts as unseen in every language (the floor, and
        // the cost of backing off from every order); matches added the rest.
        let letters: u32 = pass.positions.iter().sum();
        let backoff_all: f32 = (1..=MAX_ORDER)
            .map(|available| {
                let cost: f32 = (1..=available)
                    .map(|n| self.weights[n - 1] * self.tuning.backoff)
                    .sum();
                pass.positions[available] as f32 * cost
            })
            .sum();
        for (id, score) in scores.iter_mut().enumerate().take(self.languages.len()) {
            if candidates & (1 << id) == 0 {
                continue;
            }
            let floor = self.lowest + self.floor_units[id] as f32 * self.quantum;
            *score += letters as f32 * floor - backoff_all + pass.units[id] as f32 * self.quantum;
        }
        pass.evidence
    }
}

/// Calls `f` with each letter of `text`, lowercased, and with `None` where
/// a word ends (at any other character).
#[inline]
fn each_letter(text: &str, mut f: impl FnMut(Option<char>)) {
    for c in text.chars() {
        if c.is_ascii() {
            match c.is_ascii_alphabetic() {
                true => f(Some(c.to_ascii_lowercase())),
                false => f(None),
            }
        } else if script::is_letter(c) {
            for lower in c.to_lowercase() {
                f(Some(lower));
            }
        } else {
            f(None);
        }
    }
}

/// One scoring pass over a text.
struct Pass<'m> {
    model: &'m Model,
    candidates: LanguageSet,
    /// Per language: units above the all-unseen baseline.
    units: [i32; MAX_LANGUAGES],
    /// The last letters of the current word, the newest last.
    window: [char; MAX_ORDER],
    /// Letters of the current word so far.
    run: usize,
    /// Per number of orders available (1..=5): how many letters had it.
    positions: [u32; MAX_ORDER + 1],
    evidence: Evidence,
}

impl Pass<'_> {
    #[inline]
    fn push(&mut self, c: char) {
        let model = self.model;
        self.window.rotate_left(1);
        self.window[MAX_ORDER - 1] = c;
        self.run += 1;
        if self.run == 1 {
            self.evidence.words += 1;
        }
        self.evidence.letters += 1;
        let available = self.run.min(MAX_ORDER);
        self.positions[available] += 1;
        let mut state = table::hash_start();
        let mut hashes = [0u64; MAX_ORDER];
        for (n, hash) in hashes.iter_mut().enumerate().take(available) {
            state = table::hash_step(state, self.window[MAX_ORDER - 1 - n]);
            *hash = table::hash_finish(state);
        }
        let lowest = model.tuning.lowest_order.min(available);
        // Every order's bucket first: the loads do not wait on each other,
        // so their cache misses overlap.
        let mut spans = [(0, 0); MAX_ORDER];
        for order in lowest..=available {
            spans[order - 1] = model.bucket_span(hashes[order - 1]);
        }
        let mut matched: LanguageSet = 0;
        for order in (lowest..=available).rev() {
            let entries = model.find(spans[order - 1], hashes[order - 1]);
            if entries.is_empty() {
                continue;
            }
            self.evidence.ngrams += 1;
            let bonus = model.backoff_units[order][available];
            for pair in entries.chunks_exact(2) {
                let id = usize::from(pair[0]);
                let bit = 1u128 << id;
                if matched & bit == 0 {
                    matched |= bit;
                    self.units[id] += i32::from(pair[1]) + bonus - model.floor_units[id];
                }
            }
            if matched & self.candidates == self.candidates {
                break;
            }
        }
    }
}

/// How much a text says: what the scores were summed over.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Letters scored (each is one term of every log-likelihood).
    pub letters: u32,
    /// Words (runs of letters).
    pub words: u32,
    /// n-gram look-ups that found the n-gram in some language.
    pub ngrams: u32,
}
