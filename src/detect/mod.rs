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

mod models;
mod ngram;
pub mod script;

use crate::domain::LanguageCode;
use ngram::TrigramScorer;
use script::{script_of_language, ScriptCounts};
pub use script::{HanVariant, Script};

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
}

impl Detection {
    pub fn is_reliable(&self) -> bool {
        self.confidence >= RELIABLE_CONFIDENCE
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
        }
    }
}

pub struct Detector {
    languages: Vec<LanguageCode>,
    trigrams: Option<TrigramScorer>,
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
            .field("trigrams", &self.trigrams)
            .finish()
    }
}

impl Detector {
    /// A detector that only answers with `languages` (those with a locale).
    /// Loads lingua's models for those languages that share a script with
    /// another shipped language (the others are decided by script).
    pub fn new(languages: impl IntoIterator<Item = LanguageCode>) -> Self {
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
        let lingua_codes: Vec<(lingua::Language, LanguageCode)> = lingua::Language::all()
            .into_iter()
            .filter_map(|lang| {
                let code = LanguageCode::parse(&lang.iso_code_639_1().to_string())?;
                (wanted.contains(&code) && shares_script(&code)).then_some((lang, code))
            })
            .collect();
        // lingua needs two languages at least.
        let lingua = (lingua_codes.len() >= 2).then(|| {
            let languages: Vec<lingua::Language> = lingua_codes.iter().map(|(l, _)| *l).collect();
            lingua::LanguageDetectorBuilder::from_languages(&languages)
                .with_preloaded_language_models()
                .build()
        });
        let trigrams = TrigramScorer::new(&lingua_codes);
        Self {
            languages: wanted,
            trigrams,
            lingua,
            lingua_codes,
        }
    }

    pub fn languages(&self) -> &[LanguageCode] {
        &self.languages
    }

    pub fn detect(&self, message: &str) -> Option<Detection> {
        let text = prefix(message, MAX_CHARS);
        let counts = ScriptCounts::of(text);
        let script = counts.dominant()?;
        let han = (script == Script::Han)
            .then(|| counts.han_variant())
            .flatten();
        let candidates: Vec<LanguageCode> = self
            .languages
            .iter()
            .copied()
            .filter(|code| script_of_language(code.as_str()) == Some(script))
            .collect();
        // Letters of other scripts (a name, a URL) lower the certainty.
        let purity = f64::from(counts.count(script)) / f64::from(counts.letters().max(1));
        match candidates.as_slice() {
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
            _ => self.weigh(text, &candidates, counts.count(script), script, han),
        }
    }

    /// Memory the trigram tables hold (lingua's tables are mapped from the
    /// binary and not counted here).
    pub fn heap_bytes(&self) -> usize {
        self.trigrams.as_ref().map_or(0, TrigramScorer::heap_bytes)
    }

    /// Several shipped languages write this script: weigh them.
    fn weigh(
        &self,
        text: &str,
        candidates: &[LanguageCode],
        letters: u32,
        script: Script,
        han: Option<HanVariant>,
    ) -> Option<Detection> {
        let ranked = match (&self.trigrams, &self.lingua) {
            (Some(trigrams), _) if letters >= LONG_TEXT_LETTERS => {
                let (scores, _) = trigrams.score(text, candidates);
                softmax(scores)
            }
            (_, Some(lingua)) => {
                let values =
                    lingua.compute_language_confidence_values(prefix(text, MAX_LINGUA_CHARS));
                let ranked: Vec<(LanguageCode, f64)> = values
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
            _ => Vec::new(),
        };
        let (_, top) = *ranked.first()?;
        let ranked: Vec<(LanguageCode, f32)> =
            ranked.into_iter().map(|(c, p)| (c, p as f32)).collect();
        let confidence = calibrate(top, letters);
        Some(Detection::from_ranked(&ranked, confidence, script, han))
    }
}

/// Log-likelihoods → probabilities, best first.
fn softmax(scores: Vec<(LanguageCode, f64)>) -> Vec<(LanguageCode, f64)> {
    let max = scores.iter().map(|s| s.1).fold(f64::NEG_INFINITY, f64::max);
    let ranked = scores
        .into_iter()
        .map(|(c, s)| (c, (s - max).exp()))
        .collect();
    normalise(ranked)
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
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    ranked
}

/// The best language's probability → the share of such answers that are right.
fn calibrate(top: f64, letters: u32) -> f64 {
    let _ = letters;
    top
}

/// The first `max` characters of `text`.
fn prefix(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

#[cfg(test)]
mod tests;
