//! From the request's hints to what the answer is about: the person's
//! language and country. Hints that cannot be parsed become warnings.

pub mod accept_language;
pub mod readers;
pub mod twins;

use crate::detect::{Detection, RELIABLE_CONFIDENCE};
use crate::domain::{CountryCode, LanguageCode};
use serde::Serialize;
use twins::{are_twins, read_each_other};
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
    /// How sure the detector was; `None` when a hint decided.
    pub confidence: Option<f64>,
}

/// How much more likely than the hinted language the detected one must be
/// for the message to overrule the person's own `locale` (or, lacking it,
/// Accept-Language). A hint is strong evidence: people mostly write in the
/// language their device is set to, and short messages are ambiguous.
pub const HINT_ODDS: f64 = 50.0;
/// From this many words on, a message is weighed as a sentence… Not from 3:
/// a three-word message with a typo reads as anything ("aku mau matii" from
/// a phone set to Indonesian was Finnish at 0.53). On the dev set 4 costs the
/// wrong-hint sentences 95.6 → 95.4 % and the right hint nothing.
const SENTENCE_WORDS: usize = 4;
/// …and overrules the hint when its language (with its twins) has at least
/// this share and `SENTENCE_HINT_ODDS` times the hinted language's. Chosen on
/// the shared dev set (docs/LANGUAGE-DETECTION.md): a wrong `en-US` hint
/// loses on 95.4 % of sentences, a right hint still decides 99.7 %.
const SENTENCE_SURE: f64 = 0.5;
const SENTENCE_HINT_ODDS: f64 = 10.0;
/// A message in a script the hinted language is not written in overrules
/// the hint when it has at least this many letters of that script.
const SCRIPT_MIN_LETTERS: usize = 3;

/// The language the person writes in.
///
/// The message and the hint are weighed together: a reliable detection that
/// makes the hinted language very unlikely wins (people write in their own
/// language even when their phone is set to another); a hint the message does
/// not contradict wins, and so does a hint naming a language the detector
/// cannot recognise. Without hints, an unreliable detection still beats the
/// country's main language when it is one of that country's languages (a
/// French message from Belgium is French, not Dutch).
///
/// Near-twins (`twins::TWINS`: ms/id, nb/da, cs/sk, af/nl, fa/ur, ca/es,
/// hr/sr, es/pt): when the message cannot tell them apart, the one that is
/// the hinted language or one of the country's languages wins; and a message
/// that is surely one of a pair overrules a hint naming neither, even when
/// it cannot say which of the two it is.
/// Between twins whose readers read each other (`twins::read_each_other`),
/// the hint decides even against a clear message.
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
    let language_of = |tag: &LanguageIdentifier| LanguageCode::parse(tag.language.as_str());
    let hint = hints
        .locale
        .as_ref()
        .and_then(language_of)
        .map(|code| (code, LanguageSource::Locale))
        .or_else(|| {
            hints
                .accept_language
                .iter()
                .find_map(language_of)
                .map(|code| (code, LanguageSource::AcceptLanguage))
        });
    // The message's answer, with a twin the country speaks preferred.
    let from_message_or_twin = |d: Detection| match twin_of_country(&d, country_languages) {
        Some(twin) => ResolvedLanguage {
            code: twin,
            source: LanguageSource::Message,
            confidence: Some(round_confidence(pair_probability(&d, twin))),
        },
        None => from_message(d),
    };
    match (detection, hint) {
        (Some(detection), Some((code, source))) => {
            if read_each_other(detection.language, code) {
                // Which of two twins the spelling leans to says less than
                // the language the person chose for their device.
                from_hint(code, source)
            } else if message_overrules(&detection, code) {
                from_message_or_twin(detection)
            } else if detection.language == code && detection.is_reliable() {
                // Both agree; the message is the stronger witness.
                from_message(detection)
            } else {
                from_hint(code, source)
            }
        }
        (None, Some((code, source))) => from_hint(code, source),
        (Some(detection), None) => {
            if twin_of_country(&detection, country_languages).is_some()
                || detection.is_reliable()
                || country_languages.contains(&detection.language)
            {
                return from_message_or_twin(detection);
            }
            match country_languages.first() {
                Some(&code) => from_hint(code, LanguageSource::Country),
                None => from_message(detection),
            }
        }
        (None, None) => match country_languages.first() {
            Some(&code) => from_hint(code, LanguageSource::Country),
            None => {
                let english =
                    LanguageCode::parse("en").unwrap_or_else(|| unreachable!("en is ISO 639-1"));
                from_hint(english, LanguageSource::Default)
            }
        },
    }
}

/// A near-twin of the detected language that the country speaks, when the
/// country does not speak the detected one and the message does not rule
/// the twin out (by the same standard as it overrules a hint).
fn twin_of_country(
    detection: &Detection,
    country_languages: &[LanguageCode],
) -> Option<LanguageCode> {
    if country_languages.contains(&detection.language) {
        // Both spoken there: twins whose readers read each other get the
        // country's main language of the two (a Bosnian text from Bosnia
        // that reads a little more Croatian).
        return country_languages.first().copied().filter(|&main| {
            main != detection.language
                && read_each_other(detection.language, main)
                && !message_overrules(detection, main)
        });
    }
    country_languages
        .iter()
        .copied()
        .find(|&twin| are_twins(detection.language, twin) && !message_overrules(detection, twin))
}

/// How likely the message is in `a` or its twin `b` (both as weighed).
fn pair_probability(detection: &Detection, twin: LanguageCode) -> f64 {
    let top = detection
        .probability_of(detection.language)
        .unwrap_or(detection.confidence);
    (top + detection.probability_of(twin).unwrap_or(0.0)).min(1.0)
}

/// Whether the message clearly is not in the hinted language.
fn message_overrules(detection: &Detection, hint: LanguageCode) -> bool {
    if detection.language == hint {
        return false;
    }
    if detection.script_excludes(hint) {
        // A Korean message is not English, whatever the phone says. But a
        // stray Latin letter or two from a phone set to Japanese is no reason
        // to answer in the detector's wild guess: the person reads Japanese.
        return detection.letters() >= SCRIPT_MIN_LETTERS;
    }
    // A sentence carries far more evidence than one or two words: there,
    // lingua's relative confidences are compressed, so a clear majority that
    // dwarfs the hinted language is enough.
    let (odds, sure) = if detection.words() >= SENTENCE_WORDS {
        (SENTENCE_HINT_ODDS, SENTENCE_SURE)
    } else {
        (HINT_ODDS, RELIABLE_CONFIDENCE)
    };
    match detection.probability_of(hint) {
        // A language the detector does not know: only the hint can tell.
        None => false,
        Some(p) => {
            let top = detection
                .candidates()
                .first()
                .map_or(0.0, |c| f64::from(c.1));
            if detection.confidence >= sure && top > odds * p {
                return true;
            }
            if are_twins(detection.language, hint) {
                return false;
            }
            let pair = detection
                .candidates()
                .iter()
                .filter(|(code, _)| {
                    *code == detection.language || are_twins(detection.language, *code)
                })
                .map(|(_, q)| f64::from(*q))
                .sum::<f64>();
            pair >= sure && pair > odds * p
        }
    }
}

fn round_confidence(confidence: f64) -> f64 {
    (confidence * 100.0).round() / 100.0
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
    use crate::detect::Script;

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
        let weighed = |p_es: f32, confidence| {
            Detection::weighed(
                &[(lang("es"), p_es), (lang("en"), 1.0 - p_es)],
                confidence,
                Script::Latin,
            )
        };
        let sure = weighed(0.999, 0.95);
        let unsure = weighed(0.6, 0.6);
        // Sure of Spanish, but English not unlikely enough to overrule.
        let close = weighed(0.95, 0.95);
        assert_eq!(
            resolve_language(sure, &h, &[]).source,
            LanguageSource::Message
        );
        assert_eq!(resolve_language(unsure, &h, &[]).code, lang("en"));
        assert_eq!(resolve_language(close, &h, &[]).code, lang("en"));
        // A language the detector did not weigh: the hint decides.
        let (sw, _) = hints(Some("sw-KE"), None, None);
        let other = resolve_language(sure, &sw, &[]);
        assert_eq!(
            (other.code, other.source),
            (lang("sw"), LanguageSource::Locale)
        );
    }

    fn malay_or_indonesian(p_ms: f32, p_id: f32, p_en: f32, confidence: f64) -> Option<Detection> {
        Detection::weighed(
            &[(lang("ms"), p_ms), (lang("id"), p_id), (lang("en"), p_en)],
            confidence,
            Script::Latin,
        )
    }

    #[test]
    fn the_country_chooses_between_twins_the_message_cannot_tell_apart() {
        let (none, _) = hints(None, None, None);
        let malaysia = [lang("ms"), lang("en"), lang("zh"), lang("ta")];
        let indonesia = [lang("id")];
        // Unsure, Indonesian a little ahead: from Malaysia it is Malay.
        let unsure = Detection::weighed(
            &[(lang("id"), 0.549), (lang("ms"), 0.45), (lang("en"), 0.001)],
            0.55,
            Script::Latin,
        );
        let from_my = resolve_language(unsure, &none, &malaysia);
        assert_eq!(
            (from_my.code, from_my.source),
            (lang("ms"), LanguageSource::Message)
        );
        assert_eq!(from_my.confidence, Some(1.0));
        assert_eq!(resolve_language(unsure, &none, &indonesia).code, lang("id"));
        // Sure of Indonesian, Malay ruled out: the message stands.
        let sure = Detection::weighed(
            &[(lang("id"), 0.999), (lang("ms"), 0.001)],
            0.999,
            Script::Latin,
        );
        assert_eq!(resolve_language(sure, &none, &malaysia).code, lang("id"));
    }

    #[test]
    fn a_message_surely_in_one_of_two_twins_beats_a_hint_naming_neither() {
        let (english, _) = hints(Some("en-US"), None, None);
        let twins = malay_or_indonesian(0.55, 0.449, 0.001, 0.55);
        assert_eq!(resolve_language(twins, &english, &[]).code, lang("ms"));
        // From Indonesia, with the phone in English: Indonesian.
        let indonesia = [lang("id")];
        assert_eq!(
            resolve_language(twins, &english, &indonesia).code,
            lang("id")
        );
        // But a hint naming one of the twins wins while the message is unsure.
        let (indonesian, _) = hints(Some("id-ID"), None, None);
        let hinted = resolve_language(twins, &indonesian, &[]);
        assert_eq!(
            (hinted.code, hinted.source),
            (lang("id"), LanguageSource::Locale)
        );
        // And English not unlikely enough: the hint stays.
        let maybe_english = malay_or_indonesian(0.5, 0.45, 0.05, 0.5);
        assert_eq!(
            resolve_language(maybe_english, &english, &[]).code,
            lang("en")
        );
    }

    #[test]
    fn an_unsure_detection_in_one_of_the_countrys_languages_beats_its_main_language() {
        let (h, _) = hints(None, Some("BE"), None);
        let be = [lang("nl"), lang("fr"), lang("de")];
        let french = Detection::new(lang("fr"), 0.2, Script::Latin);
        let spanish = Detection::new(lang("es"), 0.2, Script::Latin);
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
