//! Language detection of the person's message, among the languages the
//! caller names. The message is only read here, never kept. Detection knows
//! nothing of the dataset or of HTTP: the caller gives the languages and
//! how many people speak each.
//!
//! Stages (docs/LANGUAGE-DETECTION.md has the numbers):
//! 1. the script: Hangul, kana, Thai, Hebrew, Greek… name one language on
//!    their own when only one of the caller's languages writes that script;
//! 2. otherwise the `langid` crate's merged 1–5-gram table gives every
//!    candidate of the script a log-likelihood of the message (nats, one
//!    scale for all), in one pass;
//! 3. marker words of near-twins (ms/id, nb/da, cs/sk…) and of English add
//!    their evidence (`twins`);
//! 4. languages the table has no model of but whatlang has (Nepali, Uzbek,
//!    Turkmen) are named when whatlang is sure (`beyond`).
//!
//! Besides the caller's languages, every detector recognises a few more
//! (`beyond::ALSO_RECOGNISED`), so that the decision can name the language a
//! person writes in even when there is no text in it. The detector holds no
//! prior: which languages people write where is the decision's
//! (`crate::resolve::language`), as is the twin policy
//! (`crate::resolve::twins`).

mod beyond;
mod twins;

use crate::domain::LanguageCode;
pub use langid::script;
use langid::{LanguageSet, Model};
use script::{script_of_language, ScriptCounts};
pub use script::{HanVariant, Script};
use unicode_normalization::UnicodeNormalization;

/// Long messages say nothing more about their language than their start;
/// bounding the input bounds the cost.
const MAX_CHARS: usize = 500;

/// How many candidate languages a detection remembers, best first: every
/// language of the table's largest script.
pub const MAX_CANDIDATES: usize = 64;

/// How many of the caller's languages without a model a detection names for
/// its script (`Detection::unmodelled`); more are left out.
pub const MAX_UNMODELLED: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Detection {
    pub language: LanguageCode,
    /// The best language's probability among the detector's languages (the
    /// softmax of the log-likelihoods at `TEMPERATURE`), with no prior; for
    /// a message decided by its script alone, how pure the script is. Not
    /// the API's `language.confidence`: the decision (`crate::resolve`) sets
    /// that, with the hints weighed in.
    pub confidence: f64,
    /// The script most letters were written in.
    pub script: Script,
    /// For Chinese: whether Simplified or Traditional characters were seen,
    /// so that the zh-Hans or zh-Hant text can be chosen.
    pub han: Option<HanVariant>,
    /// Probabilities (softmax of the log-likelihoods at `TEMPERATURE`), best first.
    candidates: [(LanguageCode, f32); MAX_CANDIDATES],
    /// Log-likelihoods (nats), best first; no prior in them.
    log_likelihoods: [(LanguageCode, f32); MAX_CANDIDATES],
    len: u8,
    /// The caller's languages of `script` that the detector has no model of.
    unmodelled: [LanguageCode; MAX_UNMODELLED],
    unmodelled_len: u8,
    /// How many words the message has (the evidence grows with them).
    words: u16,
    /// How many letters of `script` it has.
    letters: u16,
    /// How many n-gram look-ups found their n-gram in some language.
    ngrams: u16,
}

impl Detection {
    /// How many words the message has (0 for detections made up by callers).
    pub fn words(&self) -> usize {
        usize::from(self.words)
    }

    /// How many letters of its script the message has (as many as a `u16`
    /// holds for detections made up by callers).
    pub fn letters(&self) -> usize {
        usize::from(self.letters)
    }

    /// How many of the message's n-grams (orders 1–5, each letter's longest
    /// first) the table knows in some candidate language: the evidence the
    /// log-likelihoods rest on (0 when the script alone decided).
    pub fn ngrams(&self) -> usize {
        usize::from(self.ngrams)
    }

    /// The languages that were weighed, with how likely each is, best first.
    pub fn candidates(&self) -> &[(LanguageCode, f32)] {
        &self.candidates[..usize::from(self.len)]
    }

    /// Every candidate language of the message's script with its
    /// log-likelihood of the message, in nats on one scale (comparable
    /// across the languages for this message; not normalised, no prior),
    /// best first. Marker words of near-twins are in it (they are evidence
    /// from the text). A language decided by its script alone has 0.
    pub fn log_likelihoods(&self) -> &[(LanguageCode, f32)] {
        &self.log_likelihoods[..usize::from(self.len)]
    }

    /// The caller's languages written in the message's script that the
    /// detector has no model of (`Detector::undetectable`): the message
    /// cannot speak for or against them beyond its script.
    pub fn unmodelled(&self) -> &[LanguageCode] {
        &self.unmodelled[..usize::from(self.unmodelled_len)]
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

    /// A detection that weighed `likelihoods` (nats, non-empty) on a message
    /// of `letters` letters of `script` and `words` words, as the detector
    /// would have: for tests and callers that know the evidence.
    pub fn from_log_likelihoods(
        likelihoods: &[(LanguageCode, f32)],
        script: Script,
        letters: usize,
        words: usize,
    ) -> Option<Self> {
        let mut likelihoods = likelihoods.to_vec();
        likelihoods.sort_by(|a, b| b.1.total_cmp(&a.1));
        let ranked: Vec<(LanguageCode, f32)> = softmax(
            likelihoods
                .iter()
                .map(|&(code, ll)| (code, f64::from(ll) / TEMPERATURE))
                .collect(),
        )
        .into_iter()
        .map(|(code, p)| (code, p as f32))
        .collect();
        let top = f64::from(ranked.first()?.1);
        let mut detection = Self::from_ranked(&ranked, &likelihoods, top, script, None);
        detection.letters = u16::try_from(letters).unwrap_or(u16::MAX);
        detection.words = u16::try_from(words).unwrap_or(u16::MAX);
        detection.ngrams = detection.letters;
        Some(detection)
    }

    /// `likelihoods` empty: each of `ranked` gets the log of its probability.
    fn from_ranked(
        ranked: &[(LanguageCode, f32)],
        likelihoods: &[(LanguageCode, f32)],
        confidence: f64,
        script: Script,
        han: Option<HanVariant>,
    ) -> Self {
        let mut candidates = [(ranked[0].0, 0.0); MAX_CANDIDATES];
        let len = ranked.len().min(MAX_CANDIDATES);
        candidates[..len].copy_from_slice(&ranked[..len]);
        let mut log_likelihoods = [(ranked[0].0, 0.0); MAX_CANDIDATES];
        if likelihoods.is_empty() {
            for (slot, (code, p)) in log_likelihoods.iter_mut().zip(&ranked[..len]) {
                *slot = (*code, p.max(f32::MIN_POSITIVE).ln());
            }
        } else {
            let n = likelihoods.len().min(len);
            log_likelihoods[..n].copy_from_slice(&likelihoods[..n]);
        }
        Self {
            language: ranked[0].0,
            confidence,
            script,
            han,
            candidates,
            log_likelihoods,
            len: len as u8,
            unmodelled: [ranked[0].0; MAX_UNMODELLED],
            unmodelled_len: 0,
            words: 0,
            letters: u16::MAX,
            ngrams: 0,
        }
    }
}

pub struct Detector {
    model: &'static Model,
    languages: Vec<LanguageCode>,
    /// For each script (`Script as usize`), the caller's languages the
    /// detector can tell apart in it: those the table has when several
    /// write the script, else the one that does.
    by_script: Vec<Vec<LanguageCode>>,
    /// For each script, the table's ids of `by_script` (0 when the script
    /// alone decides).
    sets: Vec<LanguageSet>,
    /// Table id → the caller's code.
    codes: Vec<Option<LanguageCode>>,
    /// For the scripts with languages the table has no usable model of that
    /// whatlang or their own words can name (`beyond`).
    beyond: Vec<Option<beyond::Beyond>>,
    /// The caller's languages that share their script with another one and
    /// have no table model: only `beyond` (their own words, whatlang) can
    /// name them; otherwise their hints and the country decide (logged)…
    undetectable: Vec<LanguageCode>,
    /// …and the same by script (`Script as usize`).
    unmodelled: Vec<Vec<LanguageCode>>,
}

impl std::fmt::Debug for Detector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let languages: Vec<&str> = self.languages.iter().map(|code| code.as_str()).collect();
        let undetectable: Vec<&str> = self.undetectable.iter().map(|c| c.as_str()).collect();
        f.debug_struct("Detector")
            .field("languages", &languages)
            .field("undetectable", &undetectable)
            .field("model", self.model)
            .finish()
    }
}

impl Detector {
    /// A detector that answers with `languages`, any the caller wants
    /// recognised (with a locale or not), and with the few more every
    /// detector recognises (`beyond::ALSO_RECOGNISED`). Ready when this
    /// returns: the table is read in place from the binary.
    pub fn new(languages: impl IntoIterator<Item = LanguageCode>) -> Self {
        let model = Model::embedded();
        let mut wanted: Vec<LanguageCode> = languages
            .into_iter()
            .chain(
                beyond::ALSO_RECOGNISED
                    .iter()
                    .filter_map(|c| LanguageCode::parse(c)),
            )
            .collect();
        wanted.sort();
        wanted.dedup();
        let mut codes = vec![None; model.languages().len()];
        let mut by_script = vec![Vec::new(); script::SCRIPTS];
        let mut sets = vec![0; script::SCRIPTS];
        let mut undetectable = Vec::new();
        let mut unmodelled = vec![Vec::new(); script::SCRIPTS];
        for (index, written) in Script::ALL.iter().enumerate() {
            let here: Vec<LanguageCode> = wanted
                .iter()
                .filter(|code| script_of_language(code.as_str()) == Some(*written))
                .copied()
                .collect();
            if here.len() == 1 {
                by_script[index] = here;
                continue;
            }
            for code in here {
                match model.id(code.as_str()) {
                    Some(id)
                        if model.languages()[usize::from(id)].script == *written
                            && !beyond::MISLEADING_MODELS.contains(&code.as_str()) =>
                    {
                        codes[usize::from(id)] = Some(code);
                        sets[index] |= 1 << id;
                        by_script[index].push(code);
                    }
                    _ => {
                        undetectable.push(code);
                        unmodelled[index].push(code);
                    }
                }
            }
        }
        let beyond = Script::ALL
            .iter()
            .enumerate()
            .map(|(index, &written)| beyond::Beyond::for_script(written, &unmodelled[index]))
            .collect();
        if !undetectable.is_empty() {
            let list: Vec<&str> = undetectable.iter().map(|c| c.as_str()).collect();
            tracing::info!(
                languages = list.join(" "),
                "no table model: these share their script with another language; only their \
                 own words or whatlang can name them, else their hints and the country decide"
            );
        }
        Self {
            model,
            languages: wanted,
            by_script,
            sets,
            codes,
            beyond,
            undetectable,
            unmodelled,
        }
    }

    pub fn languages(&self) -> &[LanguageCode] {
        &self.languages
    }

    /// Whether a text in `language` can be recognised as such: it is one of
    /// the caller's languages and not among the undetectable ones.
    pub fn recognises(&self, language: LanguageCode) -> bool {
        self.languages.contains(&language) && !self.undetectable.contains(&language)
    }

    /// The caller's languages that can never be detected: they share their
    /// script with another of them and the table has no model of them.
    pub fn undetectable(&self) -> &[LanguageCode] {
        &self.undetectable
    }

    /// Bytes of the n-gram table (read in place from the binary: only the
    /// pages that messages touch count in RSS).
    pub fn table_bytes(&self) -> usize {
        self.model.table_bytes()
    }

    pub fn detect(&self, message: &str) -> Option<Detection> {
        let text = prefix(message, MAX_CHARS);
        // The table knows composed letters only: "ê" + U+0301 must read as
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
                let mut likelihoods = vec![(*only, 0.0)];
                if let Some(beyond) = &self.beyond[script as usize] {
                    beyond.weigh(text, script, u32::from(letters), false, &mut likelihoods);
                }
                let ranked: Vec<(LanguageCode, f32)> = softmax(
                    likelihoods
                        .iter()
                        .map(|&(code, ll)| (code, ll / TEMPERATURE))
                        .collect(),
                )
                .into_iter()
                .map(|(code, p)| (code, p as f32))
                .collect();
                let likelihoods: Vec<(LanguageCode, f32)> =
                    likelihoods.iter().map(|&(c, l)| (c, l as f32)).collect();
                let top = ranked.first().map_or(1.0, |(_, p)| f64::from(*p));
                Some(Detection::from_ranked(
                    &ranked,
                    &likelihoods,
                    confidence.min(top.max(0.5)),
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
                self.weigh(&own, own_words, counts.count(script), script, han)
            }
            _ => self.weigh(text, words, counts.count(script), script, han),
        };
        detection.map(|mut detection| {
            let unmodelled = &self.unmodelled[script as usize];
            let n = unmodelled.len().min(MAX_UNMODELLED);
            detection.unmodelled[..n].copy_from_slice(&unmodelled[..n]);
            detection.unmodelled_len = n as u8;
            Detection {
                letters,
                ..detection
            }
        })
    }

    /// Several of the caller's languages write this script: weigh them.
    fn weigh(
        &self,
        text: &str,
        words: usize,
        letters: u32,
        script: Script,
        han: Option<HanVariant>,
    ) -> Option<Detection> {
        let set = self.sets[script as usize];
        let mut scores = [0f32; langid::MAX_LANGUAGES];
        let evidence = match letters >= LONG_TEXT_LETTERS {
            true => self.model.score_trigrams(text, set, &mut scores),
            false => self.model.score(text, set, &mut scores),
        };
        let mut likelihoods: Vec<(LanguageCode, f64)> = self
            .codes
            .iter()
            .enumerate()
            .filter(|(id, _)| set & (1 << id) != 0)
            .filter_map(|(id, code)| Some(((*code)?, f64::from(scores[id]))))
            .collect();
        if likelihoods.is_empty() {
            return None;
        }
        // Exclusive words of near-twins: evidence from the text.
        likelihoods.sort_unstable_by(|a, b| b.1.total_cmp(&a.1));
        if twins::reweigh(text, words, &mut likelihoods) {
            likelihoods.sort_unstable_by(|a, b| b.1.total_cmp(&a.1));
        }
        // Languages the table has no usable model of, by their own words or
        // as whatlang reads the text.
        if let Some(beyond) = &self.beyond[script as usize] {
            beyond.weigh(text, script, letters, true, &mut likelihoods);
        }
        let ranked = softmax(
            likelihoods
                .iter()
                .map(|&(code, ll)| (code, ll / TEMPERATURE))
                .collect(),
        );
        let (_, top) = *ranked.first()?;
        let ranked: Vec<(LanguageCode, f32)> =
            ranked.into_iter().map(|(c, p)| (c, p as f32)).collect();
        let likelihoods: Vec<(LanguageCode, f32)> = likelihoods
            .into_iter()
            .map(|(c, l)| (c, l as f32))
            .collect();
        let mut detection = Detection::from_ranked(&ranked, &likelihoods, top, script, han);
        detection.ngrams = u16::try_from(evidence.ngrams).unwrap_or(u16::MAX);
        Some(detection)
    }
}

/// From this many letters on, each letter's trigram alone is looked up
/// (`langid::Model::score_trigrams`): one look-up a letter instead of up to
/// five, for 0.1 point of sentences (lingua does the same from 120).
const LONG_TEXT_LETTERS: u32 = 120;

/// The log-likelihoods are divided by this before the softmax that gives
/// `candidates` and `confidence` (not `log_likelihoods`; the ranking does
/// not change). The n-grams of a text are not independent, so their summed
/// log-likelihoods make a plain softmax far too sure of itself; the
/// decision scales the evidence the same way (`resolve::language::TUNED`,
/// swept on the dev set: docs/LANGUAGE-DETECTION.md).
const TEMPERATURE: f64 = 8.0;

/// Log-scores → probabilities, best first.
fn softmax(mut scores: Vec<(LanguageCode, f64)>) -> Vec<(LanguageCode, f64)> {
    let max = scores.iter().map(|s| s.1).fold(f64::NEG_INFINITY, f64::max);
    let mut total = 0.0;
    for (_, score) in &mut scores {
        *score = (*score - max).exp();
        total += *score;
    }
    if total.is_nan() || total <= 0.0 {
        return Vec::new();
    }
    for (_, p) in &mut scores {
        *p /= total;
    }
    scores.sort_unstable_by(|a, b| b.1.total_cmp(&a.1));
    scores
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
