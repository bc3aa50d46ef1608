//! Language detection of the person's message, restricted to the languages
//! we can answer in. The message is only read here, never kept.
//!
//! Stages, cheapest first (docs/LANGUAGE-DETECTION.md has the numbers):
//! 1. the script: Hangul, kana, Thai, Hebrew, Greek… name one language on
//!    their own when only one shipped language writes that script;
//! 2. long messages (120+ letters): character trigrams on lingua's tables,
//!    scored for all candidate languages in one pass (`ngram`);
//! 3. shorter ones: lingua itself, restricted to the shipped languages
//!    (n-grams of 1–5 characters and its letter rules: far better than
//!    anything else on one or two words, and cheap enough on short text).
//!    lingua 1.8 reads its models in place from the binary, so it is ready in
//!    ~20 ms; the trigram table takes ~0.8 s to merge and is built on a
//!    background thread: until then long texts go to lingua too (same
//!    answers, slower).
//!
//! Near-twin languages (ms/id, nb/da, af/nl…) are tied together in `TWINS`:
//! `resolve_language` lets the country and the locale choose between them.

mod models;
mod ngram;
pub mod script;
mod twins;

use crate::domain::LanguageCode;
use ngram::TrigramScorer;
use script::{script_of_language, ScriptCounts};
pub use script::{HanVariant, Script};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;
use std::time::Instant;
use unicode_normalization::UnicodeNormalization;

/// Pairs of languages written so alike that short texts cannot tell them
/// apart reliably; hints and the country choose between them
/// (`resolve_language`). Serbian here is its Latin spelling, which reads as
/// Croatian.
pub const TWINS: [(&str, &str); 8] = [
    ("ms", "id"),
    ("nb", "da"),
    ("cs", "sk"),
    ("af", "nl"),
    ("fa", "ur"),
    ("ca", "es"),
    ("hr", "sr"),
    ("es", "pt"),
];

/// Twins whose readers read each other's written language: between these,
/// the person's own `locale` decides, whatever the message's spelling leans
/// to (a Malaysian phone's user gets Malay text even if the message reads
/// Indonesian). Not fa/ur and es/pt: their readers need their own text.
const READ_EACH_OTHER: [(&str, &str); 6] = [
    ("ms", "id"),
    ("nb", "da"),
    ("cs", "sk"),
    ("af", "nl"),
    ("ca", "es"),
    ("hr", "sr"),
];

/// Whether readers of `a` read `b` as well (see `READ_EACH_OTHER`).
pub fn read_each_other(a: LanguageCode, b: LanguageCode) -> bool {
    READ_EACH_OTHER
        .iter()
        .any(|&(x, y)| (a.as_str() == x && b.as_str() == y) || (a.as_str() == y && b.as_str() == x))
}

/// Whether `a` and `b` are near-twins (see `TWINS`).
pub fn are_twins(a: LanguageCode, b: LanguageCode) -> bool {
    TWINS
        .iter()
        .any(|&(x, y)| (a.as_str() == x && b.as_str() == y) || (a.as_str() == y && b.as_str() == x))
}

/// Messages of up to this many words are weighed by how many people speak
/// each language (CLDR's figures in data/speakers.tsv)…
const SPEAKER_PRIOR_MAX_WORDS: usize = 5;
/// …to this power (millions of speakers^0.1: English, 1,062 M, weighs 1.66×
/// Afrikaans, 6.5 M, and 1.47× Dutch, 23 M). A compromise measured on the dev
/// set (docs/LANGUAGE-DETECTION.md): its languages are equally frequent, so
/// any prior costs it (0.1: words 78.3 → 78.2 %, pairs 91.1 → 90.8 %; 0.15
/// cost 0.6 and 0.8 points), while real messages are not, and without it the
/// English "help me" and "I want to die" were read as Dutch and Afrikaans.
/// It is the only prior: a second one for Dutch over Afrikaans counted
/// Dutch's speakers twice (Afrikaans words 33 %, now 56 %).
const SPEAKER_PRIOR_EXPONENT: f64 = 0.1;

/// Detections at or above this confidence decide the language on their own,
/// even against a hint. `confidence` is calibrated so that this holds on the
/// shared dev set: see docs/LANGUAGE-DETECTION.md.
pub const RELIABLE_CONFIDENCE: f64 = 0.9;

/// Long messages say nothing more about their language than their start;
/// bounding the input bounds the cost.
const MAX_CHARS: usize = 500;
/// lingua's cost grows with the text; 300 characters are plenty for it.
const MAX_LINGUA_CHARS: usize = 300;

/// From this many letters on, trigrams alone decide (lingua does the same).
const LONG_TEXT_LETTERS: u32 = 120;

/// How many candidate languages a detection remembers, best first.
pub const MAX_CANDIDATES: usize = 32;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Detection {
    pub language: LanguageCode,
    /// Calibrated: the share of detections with this confidence that are right.
    pub confidence: f64,
    /// The script most letters were written in.
    pub script: Script,
    /// For Chinese: whether Simplified or Traditional characters were seen,
    /// so that the zh-Hans or zh-Hant text can be chosen.
    pub han: Option<HanVariant>,
    candidates: [(LanguageCode, f32); MAX_CANDIDATES],
    len: u8,
    /// How many words the message has (the evidence grows with them).
    words: u16,
    /// How many letters of `script` it has.
    letters: u16,
}

impl Detection {
    pub fn is_reliable(&self) -> bool {
        self.confidence >= RELIABLE_CONFIDENCE
    }

    /// How many words the message has (0 for detections made up by callers).
    pub fn words(&self) -> usize {
        usize::from(self.words)
    }

    /// How many letters of its script the message has (as many as a `u16`
    /// holds for detections made up by callers).
    pub fn letters(&self) -> usize {
        usize::from(self.letters)
    }

    /// The languages that were weighed, with how likely each is, best first.
    pub fn candidates(&self) -> &[(LanguageCode, f32)] {
        &self.candidates[..usize::from(self.len)]
    }

    /// How likely `language` is, if it was weighed at all. `None`: the
    /// detector cannot recognise it in this text (not one of its languages,
    /// or not written in this script), so it has no opinion about it.
    pub fn probability_of(&self, language: LanguageCode) -> Option<f64> {
        self.candidates()
            .iter()
            .find(|(code, _)| *code == language)
            .map(|(_, p)| f64::from(*p))
    }

    /// Whether the text's script rules `language` out: a Cyrillic message is
    /// not English whatever the hint says.
    pub fn script_excludes(&self, language: LanguageCode) -> bool {
        match script_of_language(language.as_str()) {
            // Japanese kanji-only text is Han; keep ja possible there.
            Some(Script::Kana) => !matches!(self.script, Script::Kana | Script::Han),
            // Serbian is written in Latin letters as much as in Cyrillic.
            Some(Script::Cyrillic) if language.as_str() == "sr" => {
                !matches!(self.script, Script::Cyrillic | Script::Latin)
            }
            Some(script) => script != self.script,
            None => false,
        }
    }

    /// A detection for tests and callers that already know the answer.
    pub fn new(language: LanguageCode, confidence: f64, script: Script) -> Self {
        Self::from_ranked(&[(language, confidence as f32)], confidence, script, None)
    }

    /// A detection that weighed `ranked` (best first, non-empty).
    pub fn weighed(
        ranked: &[(LanguageCode, f32)],
        confidence: f64,
        script: Script,
    ) -> Option<Self> {
        (!ranked.is_empty()).then(|| Self::from_ranked(ranked, confidence, script, None))
    }

    fn from_ranked(
        ranked: &[(LanguageCode, f32)],
        confidence: f64,
        script: Script,
        han: Option<HanVariant>,
    ) -> Self {
        let mut candidates = [(ranked[0].0, 0.0); MAX_CANDIDATES];
        let len = ranked.len().min(MAX_CANDIDATES);
        candidates[..len].copy_from_slice(&ranked[..len]);
        Self {
            language: ranked[0].0,
            confidence,
            script,
            han,
            candidates,
            len: len as u8,
            words: 0,
            letters: u16::MAX,
        }
    }
}

pub struct Detector {
    languages: Vec<LanguageCode>,
    /// For each script (`Script as usize`), the languages written in it.
    by_script: Vec<Vec<LanguageCode>>,
    /// Speakers of each of `languages` in the world (CLDR), for the prior
    /// on very short messages.
    speakers: Vec<(LanguageCode, f64)>,
    /// Set by a background thread once merged (`Detector::new`).
    trigrams: Arc<OnceLock<TrigramScorer>>,
    loading: Mutex<Option<JoinHandle<()>>>,
    lingua: Option<lingua::LanguageDetector>,
    lingua_codes: Vec<(lingua::Language, LanguageCode)>,
}

impl std::fmt::Debug for Detector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let languages: Vec<&str> = self.languages.iter().map(|code| code.as_str()).collect();
        let lingua: Vec<&str> = self.lingua_codes.iter().map(|(_, c)| c.as_str()).collect();
        f.debug_struct("Detector")
            .field("languages", &languages)
            .field("lingua", &lingua)
            .field("trigrams", &self.trigrams.get())
            .finish()
    }
}

impl Detector {
    /// A detector that only answers with `languages` (those with a locale).
    /// The script rules and lingua (for the languages that share a script
    /// with another shipped language; the others are decided by script) are
    /// ready when this returns (~tens of ms); the trigram table is merged on
    /// a background thread: see `wait_for_models`.
    pub fn new(
        languages: impl IntoIterator<Item = LanguageCode>,
        speakers: &crate::dataset::Speakers,
    ) -> Self {
        let started = Instant::now();
        let mut wanted: Vec<LanguageCode> = languages.into_iter().collect();
        wanted.sort();
        wanted.dedup();
        let shares_script = |code: &LanguageCode| {
            let script = script_of_language(code.as_str());
            wanted
                .iter()
                .filter(|other| script_of_language(other.as_str()) == script)
                .count()
                > 1
        };
        let lingua_codes: Vec<(lingua::Language, LanguageCode)> = models::COMPILED
            .iter()
            .filter_map(|&lang| {
                let code = LanguageCode::parse(&lang.iso_code_639_1().to_string())?;
                (wanted.contains(&code) && shares_script(&code)).then_some((lang, code))
            })
            .collect();
        // lingua needs two languages at least.
        let lingua = (lingua_codes.len() >= 2).then(|| {
            let languages: Vec<lingua::Language> = lingua_codes.iter().map(|(l, _)| *l).collect();
            let detector = lingua::LanguageDetectorBuilder::from_languages(&languages)
                .with_preloaded_language_models()
                .build();
            // The first call builds lingua's lazily made tables.
            let _ = detector.compute_language_confidence_values("ready");
            detector
        });
        let lingua_time = started.elapsed();
        let trigrams = Arc::new(OnceLock::new());
        let loading = (lingua_codes.len() >= 2)
            .then(|| {
                let cell = trigrams.clone();
                let codes = lingua_codes.clone();
                std::thread::Builder::new()
                    .name("trigram-merge".into())
                    .spawn(move || {
                        // Background work: requests and start-up come first.
                        models::lower_thread_priority();
                        let started = Instant::now();
                        if let Some(scorer) = TrigramScorer::new(&codes) {
                            tracing::info!(
                                languages = codes.len(),
                                kib = scorer.heap_bytes() / 1024,
                                ms = started.elapsed().as_millis() as u64,
                                "trigram table ready"
                            );
                            let _ = cell.set(scorer);
                        }
                    })
                    .ok()
            })
            .flatten();
        tracing::info!(
            languages = wanted.len(),
            lingua_languages = lingua_codes.len(),
            ms = lingua_time.as_millis() as u64,
            "language detector ready (trigram table merging in the background)"
        );
        Self {
            speakers: wanted
                .iter()
                .map(|&code| (code, speakers.total(code) as f64))
                .collect(),
            by_script: (0..script::SCRIPTS)
                .map(|index| {
                    wanted
                        .iter()
                        .filter(|code| {
                            script_of_language(code.as_str()).map(|s| s as usize) == Some(index)
                        })
                        .copied()
                        .collect()
                })
                .collect(),
            languages: wanted,
            trigrams,
            loading: Mutex::new(loading),
            lingua,
            lingua_codes,
        }
    }

    /// Blocks until the trigram table is merged (for tools and benchmarks
    /// that measure the final detector). The service never waits: answers are
    /// the same before, only slower on long texts, but for one thing: ASCII
    /// messages in Latin script are not yet weighed for missing diacritics
    /// (the first second or so after start).
    pub fn wait_for_models(&self) {
        let handle = self
            .loading
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take();
        if let Some(handle) = handle {
            let _ = handle.join();
        }
    }

    /// Whether the trigram table is merged (or not needed).
    pub fn trigrams_ready(&self) -> bool {
        self.trigrams.get().is_some() || self.lingua_codes.len() < 2
    }

    pub fn languages(&self) -> &[LanguageCode] {
        &self.languages
    }

    /// Whether a text in `language` can be recognised as such: it is the
    /// only language of its script here, or it has a model. A language with
    /// neither is only known from hints.
    pub fn recognises(&self, language: LanguageCode) -> bool {
        let alone_in_script = script_of_language(language.as_str())
            .is_some_and(|script| self.by_script[script as usize] == [language]);
        alone_in_script || self.lingua_codes.iter().any(|(_, code)| *code == language)
    }

    pub fn detect(&self, message: &str) -> Option<Detection> {
        let text = prefix(message, MAX_CHARS);
        // The models know composed letters only: "ê" + U+0301 must read as
        // "ế". Most messages are already composed and are not copied.
        let composed: String;
        let text = match text.is_ascii() || is_nfc(text) {
            true => text,
            _ => {
                composed = text.nfc().collect();
                &composed
            }
        };
        let words = twins::word_count(text);
        self.detect_prefix(text, words).map(|detection| Detection {
            words: u16::try_from(words).unwrap_or(u16::MAX),
            ..detection
        })
    }

    fn detect_prefix(&self, text: &str, words: usize) -> Option<Detection> {
        let counts = ScriptCounts::of(text);
        let script = counts.dominant()?;
        let han = (script == Script::Han)
            .then(|| counts.han_variant())
            .flatten();
        let candidates = self.by_script[script as usize].as_slice();
        // Letters of other scripts (a name, a URL) lower the certainty.
        let purity = f64::from(counts.count(script)) / f64::from(counts.letters().max(1));
        // Kanji count with the kana of a Japanese message.
        let letters = match script {
            Script::Kana => counts.count(Script::Kana) + counts.count(Script::Han),
            _ => counts.count(script),
        };
        let letters = u16::try_from(letters).unwrap_or(u16::MAX);
        let detection = match candidates {
            [] => None,
            [only] => {
                let confidence = 0.5 + 0.5 * purity;
                Some(Detection::from_ranked(
                    &[(*only, 1.0)],
                    confidence,
                    script,
                    han,
                ))
            }
            _ if counts.count(script) < counts.letters() => {
                // Weigh only the part in the chosen script: the English
                // boilerplate around an Urdu sentence is not evidence about
                // which Arabic-script language it is.
                let own: String = text
                    .chars()
                    .filter(|&c| Script::of(c).is_none_or(|s| s == script))
                    .collect();
                let own_words = twins::word_count(&own);
                self.weigh(
                    &own,
                    own_words,
                    candidates,
                    counts.count(script),
                    script,
                    han,
                )
            }
            _ => self.weigh(text, words, candidates, counts.count(script), script, han),
        };
        detection.map(|detection| Detection {
            letters,
            ..detection
        })
    }

    /// Memory the trigram tables hold (lingua's tables are mapped from the
    /// binary and not counted here).
    pub fn heap_bytes(&self) -> usize {
        self.trigrams.get().map_or(0, TrigramScorer::heap_bytes)
    }

    /// Several shipped languages write this script: weigh them.
    fn weigh(
        &self,
        text: &str,
        words: usize,
        candidates: &[LanguageCode],
        letters: u32,
        script: Script,
        han: Option<HanVariant>,
    ) -> Option<Detection> {
        let ranked = match (self.trigrams.get(), &self.lingua) {
            (Some(trigrams), _) if letters >= LONG_TEXT_LETTERS => {
                // The trigram table's languages written in `script` are
                // `candidates` that have a model. Long messages need no
                // allowance for missing diacritics (`missing_diacritics`):
                // on the dev set it moved 0.1 point and doubled the time
                // of a 200-letter message.
                let (scores, _) = trigrams.score(text, script);
                softmax(scores)
            }
            (_, Some(lingua)) => {
                let text = prefix(text, MAX_LINGUA_CHARS);
                let ranked = self.lingua_ranked(lingua, text, candidates);
                // lingua's letter rules give è only to French, Italian,
                // Vietnamese and Yoruba: a word with it rules Catalan out
                // ("perquè ningú m'estima" was Vietnamese, confidence 1.0;
                // "no sé què fer" French). Then the rule is applied again
                // with Catalan among the languages it allows: the text
                // without the accent is weighed, among those languages only.
                let catalan = candidates.iter().copied().find(|c| c.as_str() == "ca");
                let share = |code: LanguageCode| {
                    ranked
                        .iter()
                        .find(|(c, _)| *c == code)
                        .map_or(0.0, |(_, p)| *p)
                };
                match (without_e_grave(text), catalan) {
                    (Some(plain), Some(catalan)) if share(catalan) <= RULED_OUT => {
                        let allowed: Vec<LanguageCode> = ranked
                            .iter()
                            .filter(|(_, p)| *p > RULED_OUT)
                            .map(|(c, _)| *c)
                            .chain([catalan])
                            .collect();
                        let plain_ranked = self.lingua_ranked(lingua, &plain, &allowed);
                        match plain_ranked.is_empty() {
                            true => ranked,
                            false => plain_ranked,
                        }
                    }
                    _ => ranked,
                }
            }
            _ => Vec::new(),
        };
        let ranked = match self.trigrams.get() {
            Some(trigrams)
                if script == Script::Latin && text.is_ascii() && letters < LONG_TEXT_LETTERS =>
            {
                // lingua's score is the log-probabilities of five n-gram
                // orders summed and divided by the letters: the trigram
                // table's correction goes on that scale.
                let weight = SHORT_TEXT_CORRECTION_WEIGHT / f64::from(letters.max(1));
                let lost = trigrams.diacritics_lost(text);
                let lost_for = |code: LanguageCode| {
                    lost.iter()
                        .find(|(c, _)| *c == code)
                        .map_or(0.0, |(_, lost)| *lost)
                };
                softmax(
                    ranked
                        .into_iter()
                        .map(|(code, p)| {
                            (code, p.ln() + weight * missing_diacritics(lost_for(code)))
                        })
                        .collect(),
                )
            }
            _ => ranked,
        };
        // Exclusive words of near-twins, then, on very short texts without
        // them, how many people write each language.
        let ranked = twins::reweigh(text, ranked);
        let ranked = match words <= SPEAKER_PRIOR_MAX_WORDS {
            true => self.weigh_by_speakers(ranked),
            false => ranked,
        };
        let (_, top) = *ranked.first()?;
        let ranked: Vec<(LanguageCode, f32)> =
            ranked.into_iter().map(|(c, p)| (c, p as f32)).collect();
        let confidence = calibrate(top, letters);
        Some(Detection::from_ranked(&ranked, confidence, script, han))
    }
}

impl Detector {
    /// lingua's probabilities for `text`, of `candidates` only, best first.
    fn lingua_ranked(
        &self,
        lingua: &lingua::LanguageDetector,
        text: &str,
        candidates: &[LanguageCode],
    ) -> Vec<(LanguageCode, f64)> {
        let values = lingua.compute_language_confidence_values(text);
        let ranked = values
            .iter()
            .filter_map(|(lang, p)| {
                let code = self
                    .lingua_codes
                    .iter()
                    .find(|(l, _)| l == lang)
                    .map(|(_, code)| *code)?;
                candidates.contains(&code).then_some((code, *p))
            })
            .collect();
        normalise(ranked)
    }

    /// A gentle prior by how many people speak each language: "help me" and
    /// "I want to die" are English, although lingua finds "help" as Dutch and
    /// "want … die" as Afrikaans as English. See `SPEAKER_PRIOR_EXPONENT`.
    fn weigh_by_speakers(&self, ranked: Vec<(LanguageCode, f64)>) -> Vec<(LanguageCode, f64)> {
        let prior = |code: LanguageCode| {
            self.speakers
                .iter()
                .find(|(c, _)| *c == code)
                .map_or(1.0, |(_, n)| {
                    (n / 1e6).max(1.0).powf(SPEAKER_PRIOR_EXPONENT)
                })
        };
        normalise(ranked.into_iter().map(|(c, p)| (c, p * prior(c))).collect())
    }
}

/// An ASCII message in a language written with diacritics was either typed
/// with them (and has none in these words) or without them ("toi muon chet"
/// for "tôi muốn chết", as on many phones): it is weighed as a mixture of
/// the two, with this share typed with them. Not known; even odds.
const TYPED_WITH_DIACRITICS: f64 = 0.5;

/// The trigram table's correction stands in for lingua's other n-gram
/// orders too, which lose as much when the diacritics are missing. Swept on
/// the dev set (1, 2.5, 5; docs/LANGUAGE-DETECTION.md): 2.5 keeps the
/// message-only table within 0.1 point and gains 1.0 / 1.4 / 0.4 on
/// messages without diacritics; 5 costs 0.8 on single words.
const SHORT_TEXT_CORRECTION_WEIGHT: f64 = 2.5;

/// How much likelier a language makes an ASCII message (log) when it may
/// have been typed without diacritics, given `lost`: the log ratio of the
/// message's likelihood typed without them to as written (`diacritics_lost`).
/// In the mixture of `TYPED_WITH_DIACRITICS`: ln(a + (1 − a)·e^lost),
/// without overflow for a large `lost`. English gains nothing; Vietnamese,
/// Czech, Croatian … gain where their accented trigrams fit.
fn missing_diacritics(lost: f64) -> f64 {
    let a = TYPED_WITH_DIACRITICS;
    match lost > 0.0 {
        true => lost + (a * (-lost).exp() + (1.0 - a)).ln(),
        false => (a + (1.0 - a) * lost.exp()).ln(),
    }
}

/// A share this small means lingua's letter rules ruled the language out.
const RULED_OUT: f64 = 1e-9;

/// `text` with è and È written without their accent, if it has any.
fn without_e_grave(text: &str) -> Option<String> {
    text.contains(['è', 'È'])
        .then(|| text.replace('è', "e").replace('È', "E"))
}

/// Log-likelihoods → probabilities, best first.
fn softmax(mut scores: Vec<(LanguageCode, f64)>) -> Vec<(LanguageCode, f64)> {
    let max = scores.iter().map(|s| s.1).fold(f64::NEG_INFINITY, f64::max);
    for (_, score) in &mut scores {
        *score = (*score - max).exp();
    }
    normalise(scores)
}

/// Scaled to sum to one and sorted best first; empty if all are zero.
fn normalise(mut ranked: Vec<(LanguageCode, f64)>) -> Vec<(LanguageCode, f64)> {
    let total: f64 = ranked.iter().map(|(_, p)| p).sum();
    if total.is_nan() || total <= 0.0 {
        return Vec::new();
    }
    for (_, p) in &mut ranked {
        *p /= total;
    }
    // Unstable is enough: equal shares are zeros (or exact ties), whose
    // order means nothing.
    ranked.sort_unstable_by(|a, b| b.1.total_cmp(&a.1));
    ranked
}

/// The best language's probability → the share of such answers that are right.
fn calibrate(top: f64, letters: u32) -> f64 {
    let _ = letters;
    top
}

/// Whether `text` is surely in NFC already (most are; the rest are composed).
fn is_nfc(text: &str) -> bool {
    unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
}

/// The first `max` characters of `text`.
fn prefix(text: &str, max: usize) -> &str {
    // No more bytes than `max` means no more characters either.
    if text.len() <= max {
        return text;
    }
    match text.char_indices().nth(max) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

#[cfg(test)]
mod tests;
