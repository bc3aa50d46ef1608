//! Languages recognised beyond the caller's: a person who writes Gujarati,
//! Marathi or Nepali must be named as such even when the service has no text
//! in their language (the answer then falls back visibly, see
//! `crate::resolve::readers`), not answered as if they wrote Hindi.
//!
//! Three ways: the table's own models (Welsh, Shona); a script only one
//! language writes (Gujarati, Telugu, Kannada, Malayalam); and, for languages
//! the table has no usable model of, their own words and whatlang's trigram
//! profiles (Nepali, Marathi, Uzbek, Turkmen). Neither gives likelihoods: a
//! language named so is put above the table's best by `MARKER_NATS` a word
//! (at most three), or by `WHATLANG_NATS` when whatlang is sure of it.

use crate::domain::LanguageCode;
use langid::script::Script;

/// Recognised by every detector, whatever the caller asks for.
pub const ALSO_RECOGNISED: [&str; 10] =
    ["cy", "sn", "mr", "gu", "te", "kn", "ml", "ne", "uz", "tk"];

/// Table models that mislead more than they tell: the table's Marathi reads
/// 263 of the dev set's 300 Hindi rows as Marathi (its Devanagari models find
/// few of a text's n-grams). Marathi is named by its words and by whatlang.
pub const MISLEADING_MODELS: [&str; 1] = ["mr"];

/// How far above the table's best language a language whatlang is sure of
/// goes: three marker words' worth.
const WHATLANG_NATS: f64 = 9.0;

/// What one word only that language writes is worth (ln 20, as the twins'
/// marker words, `twins::MARKER_ODDS`), up to `MAX_MARKERS` words.
const MARKER_NATS: f64 = 3.0;
const MAX_MARKERS: usize = 3;

/// Latin-script texts are read by whatlang only when the table explains
/// them badly: below this many nats a letter for the best language. Most
/// texts in the table's languages are above it, so they stay cheap; -3.0
/// cost the short messages' p99 detection time a third more than -3.5
/// (docs/LANGUAGE-DETECTION.md, "Cost").
const LATIN_NATS_PER_LETTER: f64 = -3.5;

/// Frequent words of the Devanagari languages that the other two do not
/// write (pronouns, copulas, negation, conjunctions, the verb forms of "want",
/// "help", "alone"), from general knowledge of the languages, not drawn from
/// any evaluation set.
const DEVANAGARI_WORDS: [(&str, &[&str]); 3] = [
    (
        "hi",
        &[
            "मैं",
            "मुझे",
            "मेरा",
            "मेरी",
            "मेरे",
            "है",
            "हैं",
            "हूँ",
            "हूं",
            "नहीं",
            "और",
            "भी",
            "चाहता",
            "चाहती",
            "चाहिए",
            "करना",
            "मरना",
            "जीना",
            "कोई",
            "कुछ",
            "बहुत",
            "अकेला",
            "अकेली",
            "मदद",
            "आप",
            "तुम",
            "था",
            "थी",
            "अब",
            "लेकिन",
            "क्या",
            "क्यों",
            "यह",
            "वह",
            "सकता",
            "सकती",
        ],
    ),
    (
        "mr",
        &[
            "मी",
            "मला",
            "माझे",
            "माझा",
            "माझी",
            "आहे",
            "आहेत",
            "नाही",
            "आणि",
            "करायचे",
            "करायचं",
            "मरायचे",
            "मरायचं",
            "जगायचे",
            "जगायचं",
            "कोणी",
            "काहीच",
            "खूप",
            "एकटा",
            "एकटी",
            "मदत",
            "पाहिजे",
            "तुम्ही",
            "आम्ही",
            "होते",
            "झाले",
            "आता",
            "पण",
            "त्याला",
            "तिला",
            "शकत",
        ],
    ),
    (
        "ne",
        &[
            "म",
            "मलाई",
            "मेरो",
            "छ",
            "छु",
            "छन्",
            "छैन",
            "हुन्छ",
            "गर्न",
            "चाहन्छु",
            "चाहन्न",
            "तपाईं",
            "तिमी",
            "हामी",
            "पनि",
            "र",
            "सक्दिन",
            "मर्न",
            "बाँच्न",
            "भयो",
            "भएको",
            "यो",
            "सबै",
            "धेरै",
            "एक्लो",
            "एक्लै",
            "मद्दत",
            "चाहिन्छ",
            "गरेर",
            "थियो",
        ],
    ),
];

/// whatlang's codes (ISO 639-3) of the languages of the table's scripts that
/// share a script with one whatlang has no model of.
const CODES: [(&str, &str); 40] = [
    ("af", "afr"),
    ("az", "aze"),
    ("ca", "cat"),
    ("cs", "ces"),
    ("cy", "cym"),
    ("da", "dan"),
    ("de", "deu"),
    ("en", "eng"),
    ("eo", "epo"),
    ("es", "spa"),
    ("et", "est"),
    ("fi", "fin"),
    ("fr", "fra"),
    ("hr", "hrv"),
    ("hu", "hun"),
    ("id", "ind"),
    ("it", "ita"),
    ("la", "lat"),
    ("lt", "lit"),
    ("lv", "lav"),
    ("nb", "nob"),
    ("nl", "nld"),
    ("pl", "pol"),
    ("pt", "por"),
    ("ro", "ron"),
    ("sk", "slk"),
    ("sl", "slv"),
    ("sn", "sna"),
    ("sv", "swe"),
    ("tl", "tgl"),
    ("tr", "tur"),
    ("vi", "vie"),
    ("zu", "zul"),
    ("uz", "uzb"),
    ("tk", "tuk"),
    ("hi", "hin"),
    ("mr", "mar"),
    ("ne", "nep"),
    ("jv", "jav"),
    ("ak", "aka"),
];

/// How many of the table's best languages whatlang weighs against the ones
/// without a model: its cost grows with every language it compares, and the
/// table has already ruled the others out.
const WHATLANG_RIVALS: usize = 3;

/// What names the languages without a usable model in one script.
pub struct Beyond {
    /// Whether whatlang knows any of `unmodelled`.
    whatlang: bool,
    /// whatlang's language → ours, for the languages without a model.
    unmodelled: Vec<(Option<whatlang::Lang>, LanguageCode)>,
    /// The script's marker words (`DEVANAGARI_WORDS`), by our language.
    words: &'static [(&'static str, &'static [&'static str])],
}

impl Beyond {
    /// For a script with languages the table has no usable model of
    /// (`unmodelled`) that whatlang or marker words can name; `None` when
    /// there are none.
    pub fn for_script(script: Script, unmodelled: &[LanguageCode]) -> Option<Self> {
        let words: &'static [(&'static str, &'static [&'static str])] = match script {
            Script::Devanagari => &DEVANAGARI_WORDS,
            _ => &[],
        };
        let named: Vec<(Option<whatlang::Lang>, LanguageCode)> = unmodelled
            .iter()
            .map(|&code| (whatlang_lang(code), code))
            .filter(|(lang, code)| lang.is_some() || words.iter().any(|(c, _)| *c == code.as_str()))
            .collect();
        if named.is_empty() {
            return None;
        }
        let whatlang = named.iter().any(|(lang, _)| lang.is_some());
        Some(Self {
            whatlang,
            unmodelled: named,
            words,
        })
    }

    /// Puts a language without a model first when its own words or whatlang
    /// say it is the one. `likelihoods`: the table's (or the script's only
    /// language at 0), best first; `scored`: whether the table weighed them.
    pub fn weigh(
        &self,
        text: &str,
        script: Script,
        letters: u32,
        scored: bool,
        likelihoods: &mut Vec<(LanguageCode, f64)>,
    ) {
        let Some(&(_, best)) = likelihoods.first() else {
            return;
        };
        let mut lead = 0.0;
        let mut named = None;
        if let Some((code, markers)) = self.marker_lead(text) {
            lead = MARKER_NATS * markers.min(MAX_MARKERS) as f64;
            named = Some(code);
        }
        let explained = scored && best / f64::from(letters.max(1)) >= LATIN_NATS_PER_LETTER;
        let read = (self.whatlang && !(script == Script::Latin && explained))
            .then(|| {
                // The languages without a model against the table's best few.
                let allowed: Vec<whatlang::Lang> = self
                    .unmodelled
                    .iter()
                    .filter_map(|(lang, _)| *lang)
                    .chain(
                        likelihoods
                            .iter()
                            .take(WHATLANG_RIVALS)
                            .filter_map(|&(code, _)| whatlang_lang(code)),
                    )
                    .collect();
                whatlang::Detector::with_allowlist(allowed).detect(text)
            })
            .flatten()
            .filter(|info| info.is_reliable());
        if let Some(info) = read {
            let sure = self
                .unmodelled
                .iter()
                .find(|(lang, _)| *lang == Some(info.lang()))
                .map(|(_, code)| *code);
            match (sure, named) {
                (Some(code), None) => {
                    named = Some(code);
                    lead = WHATLANG_NATS;
                }
                (Some(code), Some(same)) if code == same => lead = lead.max(WHATLANG_NATS),
                // whatlang is sure of a language with a model: the words
                // alone are not enough against it.
                (None, Some(_)) => named = None,
                _ => {}
            }
        }
        if let Some(code) = named {
            likelihoods.retain(|(c, _)| *c != code);
            likelihoods.insert(0, (code, best + lead));
        }
    }

    /// The language without a model whose own words the text has more of
    /// than any other language's of the script, and by how many.
    fn marker_lead(&self, text: &str) -> Option<(LanguageCode, usize)> {
        if self.words.is_empty() {
            return None;
        }
        let mut counts = [0usize; 4];
        for word in text.split(|c: char| !(langid::script::is_letter(c) || is_mark(c))) {
            for (count, (_, list)) in counts.iter_mut().zip(self.words) {
                *count += usize::from(list.contains(&word));
            }
        }
        let (best, &most) = counts
            .iter()
            .enumerate()
            .take(self.words.len())
            .max_by_key(|(_, n)| **n)?;
        let second = counts
            .iter()
            .enumerate()
            .take(self.words.len())
            .filter(|(i, _)| *i != best)
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(0);
        let code = LanguageCode::parse(self.words[best].0)?;
        let unmodelled = self.unmodelled.iter().any(|(_, c)| *c == code);
        (most > second && unmodelled).then_some((code, most - second))
    }
}

/// whatlang's language for one of ours, if it knows it.
fn whatlang_lang(code: LanguageCode) -> Option<whatlang::Lang> {
    CODES
        .iter()
        .find(|(ours, _)| *ours == code.as_str())
        .and_then(|(_, theirs)| whatlang::Lang::from_code(*theirs))
}

/// Vowel signs and other combining marks, part of a word in Indic scripts.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x900..=0x903 | 0x93A..=0x94F | 0x951..=0x957 | 0x962..=0x963)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_one_whatlang_knows() {
        for (ours, theirs) in CODES {
            assert!(LanguageCode::parse(ours).is_some(), "{ours}");
            assert!(whatlang::Lang::from_code(theirs).is_some(), "{theirs}");
        }
        assert!(ALSO_RECOGNISED
            .iter()
            .all(|c| LanguageCode::parse(c).is_some()));
    }
}
