//! From the request's hints to what the answer is about: the person's
//! language and country. Hints that cannot be parsed become warnings.

pub mod accept_language;

use crate::detect::Detection;
use crate::domain::{CountryCode, LanguageCode};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// A hint that was ignored, and why. Never holds the message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// Stable, for programs and metrics: `invalid-country`, `unknown-topic`…
    pub code: &'static str,
    pub field: &'static str,
    pub detail: String,
}

impl Warning {
    pub fn new(code: &'static str, field: &'static str, detail: impl Into<String>) -> Self {
        Self {
            code,
            field,
            detail: detail.into(),
        }
    }
}

/// Hints cut to this length before they are quoted in a warning: enough to
/// recognise the value, too short to carry a message through.
const QUOTE_CHARS: usize = 24;

pub fn quote(value: &str) -> String {
    let mut quoted: String = value
        .chars()
        .take(QUOTE_CHARS)
        .filter(|c| !c.is_control())
        .collect();
    if value.chars().count() > QUOTE_CHARS {
        quoted.push('…');
    }
    quoted
}

/// The parsed hints of one request.
#[derive(Debug, Default)]
pub struct Hints {
    pub locale: Option<LanguageIdentifier>,
    pub country: Option<CountryCode>,
    pub accept_language: Vec<LanguageIdentifier>,
}

impl Hints {
    pub fn parse(
        locale: Option<&str>,
        country: Option<&str>,
        accept_language: Option<&str>,
        warnings: &mut Vec<Warning>,
    ) -> Self {
        let locale = locale.and_then(|raw| {
            let parsed = parse_locale(raw);
            if parsed.is_none() {
                warnings.push(Warning::new(
                    "invalid-locale",
                    "locale",
                    format!(
                        "`{}` is not a BCP 47 language tag (e.g. nl-BE, pt-BR); ignored",
                        quote(raw)
                    ),
                ));
            }
            parsed
        });
        let country = country.and_then(|raw| {
            let parsed = CountryCode::parse(raw);
            if parsed.is_none() {
                warnings.push(Warning::new(
                    "invalid-country",
                    "country",
                    format!(
                        "`{}` is not an ISO 3166-1 alpha-2 code (e.g. BE); ignored",
                        quote(raw)
                    ),
                ));
            }
            parsed
        });
        let accept_language = accept_language
            .map(|raw| {
                let parsed = accept_language::parse(raw);
                if parsed.invalid > 0 {
                    warnings.push(Warning::new(
                        "invalid-accept-language",
                        "accept_language",
                        format!(
                            "{} entries could not be parsed and were ignored",
                            parsed.invalid
                        ),
                    ));
                }
                parsed.tags
            })
            .unwrap_or_default();
        Self {
            locale,
            country,
            accept_language,
        }
    }
}

pub fn parse_locale(raw: &str) -> Option<LanguageIdentifier> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > 64 {
        return None;
    }
    raw.parse::<LanguageIdentifier>().ok().filter(|id| {
        id.language.as_str() != "und" && LanguageCode::parse(id.language.as_str()).is_some()
    })
}

/// Which input decided the country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountrySource {
    Country,
    Locale,
    AcceptLanguage,
}

/// `country` → the locale's region → the first Accept-Language region.
pub fn resolve_country(hints: &Hints) -> Option<(CountryCode, CountrySource)> {
    let region_of = |tag: &LanguageIdentifier| {
        tag.region
            .and_then(|region| CountryCode::parse(region.as_str()))
    };
    if let Some(country) = hints.country {
        return Some((country, CountrySource::Country));
    }
    if let Some(country) = hints.locale.as_ref().and_then(region_of) {
        return Some((country, CountrySource::Locale));
    }
    hints
        .accept_language
        .iter()
        .find_map(region_of)
        .map(|country| (country, CountrySource::AcceptLanguage))
}

/// Which input decided the language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LanguageSource {
    Message,
    Locale,
    AcceptLanguage,
    Country,
    Default,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ResolvedLanguage {
    pub code: LanguageCode,
    pub source: LanguageSource,
    /// How sure the detector was; `None` when a hint decided.
    pub confidence: Option<f64>,
}

/// The language the person writes in.
///
/// A reliable detection of the message wins: people write in their own
/// language even when their phone is set to another. Otherwise the hints
/// decide in order of how personal they are; an unreliable detection still
/// beats the country's main language when it is one of that country's
/// languages (a French message from Belgium is French, not Dutch).
pub fn resolve_language(
    detection: Option<Detection>,
    hints: &Hints,
    country_languages: &[LanguageCode],
) -> ResolvedLanguage {
    let from_message = |d: Detection| ResolvedLanguage {
        code: d.language,
        source: LanguageSource::Message,
        confidence: Some(round_confidence(d.confidence)),
    };
    let from_hint = |code, source| ResolvedLanguage {
        code,
        source,
        confidence: None,
    };
    if let Some(detection) = detection.filter(Detection::is_reliable) {
        return from_message(detection);
    }
    let language_of = |tag: &LanguageIdentifier| LanguageCode::parse(tag.language.as_str());
    if let Some(code) = hints.locale.as_ref().and_then(language_of) {
        return from_hint(code, LanguageSource::Locale);
    }
    if let Some(code) = hints.accept_language.iter().find_map(language_of) {
        return from_hint(code, LanguageSource::AcceptLanguage);
    }
    if let Some(detection) = detection.filter(|d| country_languages.contains(&d.language)) {
        return from_message(detection);
    }
    if let Some(&code) = country_languages.first() {
        return from_hint(code, LanguageSource::Country);
    }
    if let Some(detection) = detection {
        return from_message(detection);
    }
    let english = LanguageCode::parse("en").unwrap_or_else(|| unreachable!("en is ISO 639-1"));
    from_hint(english, LanguageSource::Default)
}

fn round_confidence(confidence: f64) -> f64 {
    (confidence * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> LanguageCode {
        LanguageCode::parse(code).unwrap_or_else(|| panic!("{code}"))
    }

    fn hints(
        locale: Option<&str>,
        country: Option<&str>,
        accept: Option<&str>,
    ) -> (Hints, Vec<Warning>) {
        let mut warnings = Vec::new();
        let hints = Hints::parse(locale, country, accept, &mut warnings);
        (hints, warnings)
    }

    #[test]
    fn country_comes_from_the_hint_then_the_locale_then_accept_language() {
        let (h, _) = hints(Some("pt-BR"), Some("be"), None);
        assert_eq!(
            resolve_country(&h).map(|(c, s)| (c.to_string(), s)),
            Some(("BE".into(), CountrySource::Country))
        );
        let (h, _) = hints(Some("pt-BR"), None, Some("fr-CH"));
        assert_eq!(
            resolve_country(&h).map(|(c, s)| (c.to_string(), s)),
            Some(("BR".into(), CountrySource::Locale))
        );
        let (h, _) = hints(Some("pt"), None, Some("fr, de-CH;q=0.5"));
        assert_eq!(
            resolve_country(&h).map(|(c, s)| (c.to_string(), s)),
            Some(("CH".into(), CountrySource::AcceptLanguage))
        );
        let (h, _) = hints(None, None, None);
        assert_eq!(resolve_country(&h), None);
    }

    #[test]
    fn unparsable_hints_become_warnings_and_are_ignored() {
        let (h, warnings) = hints(Some("!!"), Some("Belgium"), Some("??;q=x"));
        assert!(h.locale.is_none() && h.country.is_none() && h.accept_language.is_empty());
        let codes: Vec<&str> = warnings.iter().map(|w| w.code).collect();
        assert_eq!(
            codes,
            [
                "invalid-locale",
                "invalid-country",
                "invalid-accept-language"
            ]
        );
    }

    #[test]
    fn a_reliable_message_beats_a_wrong_locale_but_an_unreliable_one_does_not() {
        let (h, _) = hints(Some("en-US"), None, None);
        let sure = Detection {
            language: lang("es"),
            confidence: 0.9,
        };
        let unsure = Detection {
            language: lang("es"),
            confidence: 0.1,
        };
        assert_eq!(
            resolve_language(Some(sure), &h, &[]).source,
            LanguageSource::Message
        );
        assert_eq!(resolve_language(Some(unsure), &h, &[]).code, lang("en"));
    }

    #[test]
    fn an_unsure_detection_in_one_of_the_countrys_languages_beats_its_main_language() {
        let (h, _) = hints(None, Some("BE"), None);
        let be = [lang("nl"), lang("fr"), lang("de")];
        let french = Detection {
            language: lang("fr"),
            confidence: 0.2,
        };
        let spanish = Detection {
            language: lang("es"),
            confidence: 0.2,
        };
        assert_eq!(resolve_language(Some(french), &h, &be).code, lang("fr"));
        let fallback = resolve_language(Some(spanish), &h, &be);
        assert_eq!(
            (fallback.code, fallback.source),
            (lang("nl"), LanguageSource::Country)
        );
        let nothing = resolve_language(None, &hints(None, None, None).0, &[]);
        assert_eq!(
            (nothing.code, nothing.source),
            (lang("en"), LanguageSource::Default)
        );
    }
}
