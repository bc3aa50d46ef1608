//! From the request's hints to what the answer is about: the person's
//! language and country. Hints that cannot be parsed become warnings.

pub mod accept_language;
pub mod language;
pub mod readers;
pub mod twins;

use crate::detect::Detection;
use crate::domain::{CountryCode, LanguageCode};
pub use language::Setting;
use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// A hint that was ignored, and why. Never holds the message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
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
    /// The weight (`q`) of each of `accept_language`, in its order.
    pub accept_weights: Vec<f64>,
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
        let (accept_language, accept_weights) = accept_language
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
                (parsed.tags, parsed.weights)
            })
            .unwrap_or_default();
        Self {
            locale,
            country,
            accept_language,
            accept_weights,
        }
    }
}

pub fn parse_locale(raw: &str) -> Option<LanguageIdentifier> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > 64 {
        return None;
    }
    // BCP 47 subtags are ASCII letters and digits; unic-langid lets control
    // characters through in variants ("zh-84n\u{c}", found by fuzz/locale).
    if !raw
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return None;
    }
    raw.parse::<LanguageIdentifier>()
        .ok()
        // unic-langid takes a four-letter subtag after a variant as a variant
        // ("sr-Lavnpbu-cypz"), which BCP 47 does not allow and which prints
        // as a different tag: only tags that read back as themselves are
        // used (found by fuzz/locale).
        .filter(|id| id.to_string().parse::<LanguageIdentifier>().ok().as_ref() == Some(id))
        .map(with_current_language_code)
        .filter(|id| {
            id.language.as_str() != "und" && LanguageCode::parse(id.language.as_str()).is_some()
        })
}

/// The tag with its language code replaced by the current one
/// (`LanguageCode::current_for`): `iw-IL` → `he-IL`, `no` → `nb`.
pub fn with_current_language_code(mut tag: LanguageIdentifier) -> LanguageIdentifier {
    let Some(current) = LanguageCode::current_for(tag.language.as_str()) else {
        return tag;
    };
    if let Ok(language) = current.parse() {
        tag.language = language;
    }
    tag
}

/// Which input decided the country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LanguageSource {
    Message,
    Locale,
    AcceptLanguage,
    Country,
    Default,
}

impl LanguageSource {
    /// The name the API gives it (`serde`'s snake case).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Message => "message",
            Self::Locale => "locale",
            Self::AcceptLanguage => "accept_language",
            Self::Country => "country",
            Self::Default => "default",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ResolvedLanguage {
    pub code: LanguageCode,
    pub source: LanguageSource,
    /// How likely the decision holds this language to be, when the message
    /// decided; `None` when a hint did.
    pub confidence: Option<f64>,
}

/// The language the person writes in: the message's evidence weighed
/// against the hints and the place (`language`, with the tuned parameters).
/// Its reasons (each candidate's evidence and priors; never the message) go
/// to the debug log.
pub fn resolve_language(
    detection: Option<Detection>,
    hints: &Hints,
    setting: &Setting<'_>,
) -> ResolvedLanguage {
    let decision = language::decide(detection.as_ref(), hints, setting, &language::TUNED);
    tracing::debug!(decision = %decision, "language decided");
    decision.resolved
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `as_str` (metric labels) must say what the API's JSON says.
    #[test]
    fn a_language_source_is_named_as_in_the_api() {
        use LanguageSource::*;
        for source in [Message, Locale, AcceptLanguage, Country, Default] {
            assert_eq!(
                serde_json::to_value(source).ok(),
                Some(serde_json::Value::from(source.as_str()))
            );
        }
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
}
