//! Language detection of the person's message, restricted to the languages
//! we can answer in. The message is only read here, never kept.

use crate::domain::LanguageCode;
use whatlang::Lang;

/// Detections at or above this confidence decide the language on their own;
/// below it the hints win. With an allowlist, whatlang's answers above 0.5
/// were right 99.4–100 % of the time on the shared dev set (langid/README).
pub const RELIABLE_CONFIDENCE: f64 = 0.5;

/// Long messages say nothing more about their language than their start;
/// bounding the input bounds the cost.
const MAX_CHARS: usize = 500;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Detection {
    pub language: LanguageCode,
    pub confidence: f64,
}

impl Detection {
    pub fn is_reliable(&self) -> bool {
        self.confidence >= RELIABLE_CONFIDENCE
    }
}

pub struct Detector {
    inner: whatlang::Detector,
    /// whatlang's language → ours, only for languages we ship.
    shipped: Vec<(Lang, LanguageCode)>,
}

impl std::fmt::Debug for Detector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let languages: Vec<&str> = self.shipped.iter().map(|(_, code)| code.as_str()).collect();
        f.debug_struct("Detector")
            .field("languages", &languages)
            .finish()
    }
}

impl Detector {
    /// A detector that only answers with `languages` (those with a locale).
    pub fn new(languages: impl IntoIterator<Item = LanguageCode>) -> Self {
        let wanted: Vec<LanguageCode> = languages.into_iter().collect();
        let shipped: Vec<(Lang, LanguageCode)> = Lang::all()
            .iter()
            .filter_map(|&lang| {
                let code = to_language_code(lang)?;
                wanted.contains(&code).then_some((lang, code))
            })
            .collect();
        let allowlist = shipped.iter().map(|(lang, _)| *lang).collect();
        Self {
            inner: whatlang::Detector::with_allowlist(allowlist),
            shipped,
        }
    }

    pub fn detect(&self, message: &str) -> Option<Detection> {
        let text = match message.char_indices().nth(MAX_CHARS) {
            Some((end, _)) => &message[..end],
            None => message,
        };
        if !text.chars().any(char::is_alphabetic) {
            return None;
        }
        let info = self.inner.detect(text)?;
        // whatlang decides some scripts (Georgian, Tamil…) without looking at
        // the allowlist, so its answer is filtered here again.
        let language = self
            .shipped
            .iter()
            .find(|(lang, _)| *lang == info.lang())
            .map(|(_, code)| *code)?;
        Some(Detection {
            language,
            confidence: info.confidence(),
        })
    }
}

/// whatlang speaks ISO 639-3; we use the two-letter code where one exists.
fn to_language_code(lang: Lang) -> Option<LanguageCode> {
    let code = match lang {
        // Individual languages whose macrolanguage carries the 639-1 code.
        Lang::Cmn => "zh",
        Lang::Pes => "fa",
        Lang::Nob => "nb",
        other => isolang::Language::from_639_3(other.code())?.to_639_1()?,
    };
    LanguageCode::parse(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> LanguageCode {
        LanguageCode::parse(text).unwrap_or_else(|| panic!("{text} is a language"))
    }

    #[test]
    fn a_clear_sentence_is_detected_reliably() {
        let detector = Detector::new([code("nl"), code("en"), code("fr")]);
        let detection = detector.detect("ik weet het echt niet meer, ik wil niet meer leven");
        assert_eq!(detection.map(|d| d.language), Some(code("nl")));
        assert!(detection.is_some_and(|d| d.is_reliable()));
    }

    #[test]
    fn languages_without_a_locale_are_never_answered() {
        let detector = Detector::new([code("en")]);
        // Georgian is decided by script alone inside whatlang.
        assert_eq!(
            detector.detect("გამარჯობა, როგორ ხარ").map(|d| d.language),
            None
        );
        assert_eq!(detector.detect("1234 !!"), None);
    }
}
