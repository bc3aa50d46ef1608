//! The lookup use case: a request's hints and message in, a ready-to-show
//! answer out. The message is used for language detection and dropped.

pub(crate) mod answer;
mod fallback;
mod rank;
pub mod snapshot;

use self::snapshot::Snapshot;
use crate::dataset::{Channel, TermSet};
use crate::detect::Script;
use crate::domain::{CountryCode, Evidence, LanguageCode};
use crate::resolve::{self, CountrySource, Hints, ResolvedLanguage, Warning};
use crate::text::LocaleIndex;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

pub use answer::{CachedAnswer, Referral, ReferralKind, PROTOCOL_PATH};
pub use fallback::{fallback_answer, LAST_RESORT_MESSAGE};

/// `POST /v1/lookup`'s body. Every field is optional.
#[derive(Default, Deserialize, utoipa::ToSchema)]
#[schema(example = json!({"message": "ik weet het echt niet meer, ik wil niet meer leven", "locale": "nl-BE", "country": "BE", "accept_language": "nl-BE,nl;q=0.9,en;q=0.5", "topics": ["suicide"], "channels": ["phone", "chat"]}))]
pub struct LookupRequest {
    /// Only used to detect the language; never stored, logged or echoed.
    pub message: Option<String>,
    pub locale: Option<String>,
    pub country: Option<String>,
    pub accept_language: Option<String>,
    pub topics: Option<Vec<String>>,
    pub channels: Option<Vec<String>>,
    pub audiences: Option<Vec<String>>,
    /// Only lines at least this well backed: `provider` (confirmed on the
    /// line's own page), `corroborated` (also two independent publishers) or
    /// `single-source` (also a single listing; lines whose sources disagree
    /// are left out). Unknown values are ignored with a warning.
    pub min_evidence: Option<String>,
    /// Only lines whose newest source is at most this many months old.
    /// A whole number (`12` or `12.0`) from 0 to 65535.
    #[schema(value_type = Option<u16>, minimum = 0, maximum = 65535)]
    #[serde(default, deserialize_with = "whole_number")]
    pub max_source_age_months: Option<u16>,
    /// Fields this version does not know: ignored and named in `warnings`.
    #[serde(flatten)]
    #[schema(ignore)]
    pub unknown: BTreeMap<String, serde::de::IgnoredAny>,
}

/// A JSON number that is a whole number of `u16`'s range, written as an
/// integer or with a zero fraction (`12.0` is the integer 12 in JSON Schema).
fn whole_number<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<u16>, D::Error> {
    let Some(value) = Option::<f64>::deserialize(deserializer)? else {
        return Ok(None);
    };
    if value.fract() == 0.0 && (0.0..=f64::from(u16::MAX)).contains(&value) {
        Ok(Some(value as u16))
    } else {
        Err(serde::de::Error::invalid_value(
            serde::de::Unexpected::Float(value),
            &"a whole number from 0 to 65535",
        ))
    }
}

// Hand-written so that the message can never reach a log through `{:?}`.
impl std::fmt::Debug for LookupRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LookupRequest")
            .field("message", &self.message.as_ref().map(|_| "<redacted>"))
            .field("locale", &self.locale)
            .field("country", &self.country)
            .field("accept_language", &self.accept_language)
            .field("topics", &self.topics)
            .field("channels", &self.channels)
            .field("audiences", &self.audiences)
            .field("min_evidence", &self.min_evidence)
            .field("max_source_age_months", &self.max_source_age_months)
            .finish()
    }
}

/// What decides a cached answer. The message is never part of it.
/// Everything else the answer reads (lines, `serves`, `interpretation`, the
/// speaker table) belongs to the snapshot, and the cache with it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AnswerKey {
    pub language: LanguageCode,
    pub text_locale: LocaleIndex,
    pub country: Option<CountryCode>,
    pub topics: TermSet,
    pub channels: u8,
    pub audiences: TermSet,
    pub min_evidence: Option<Evidence>,
    pub max_source_age_months: Option<u16>,
    /// The country is unknown and the language came from the person (not the
    /// default): the answer lists the main line of the likeliest countries
    /// for the language. Always `false` when the country is known.
    pub likeliest_countries: bool,
}

pub type AnswerCache = moka::sync::Cache<AnswerKey, Arc<CachedAnswer>>;

/// Keys are combinations of a few hundred countries, the shipped locales and
/// the filters; 16 MiB holds the answers people actually ask for.
const CACHE_BYTES: u64 = 16 * 1024 * 1024;

/// Bounded by the bytes of the answers it holds, not their number: answers
/// run from 1 to 10 KB, and memory is what an operator budgets.
pub fn new_answer_cache() -> AnswerCache {
    moka::sync::Cache::builder()
        .weigher(|_key, answer: &Arc<CachedAnswer>| {
            u32::try_from(answer.body_tail.len()).unwrap_or(u32::MAX)
        })
        .max_capacity(CACHE_BYTES)
        .build()
}

/// Filters of one request, from the controlled vocabularies.
#[derive(Clone, Copy, Debug, Default)]
pub struct Filters {
    /// Empty: the default topics (suicide, emotional support) rank first.
    pub topics: TermSet,
    pub channels: u8,
    pub audiences: TermSet,
    /// Lines less well backed are left out (never relaxed: an operator's
    /// safety choice).
    pub min_evidence: Option<Evidence>,
    /// Lines whose newest source is older are left out.
    pub max_source_age_months: Option<u16>,
}

/// The answer, and what operators may count about it (never the message).
pub struct LookupOutcome {
    pub body: Vec<u8>,
    pub language: ResolvedLanguage,
    pub country: Option<CountryCode>,
    pub cache_hit: bool,
    pub warnings: Vec<&'static str>,
    /// What the answer referred the person to.
    pub referral: Referral,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct LanguageOut {
    code: LanguageCode,
    source: resolve::LanguageSource,
    confidence: Option<f64>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct CountryOut {
    code: Option<CountryCode>,
    source: Option<CountrySource>,
    covered: bool,
}

/// The part of an answer that depends on this request's hints; the rest is
/// shared through the cache.
#[derive(Serialize)]
pub(crate) struct RequestPart<'a> {
    language: LanguageOut,
    country: CountryOut,
    locale: String,
    warnings: &'a [Warning],
}

pub fn lookup(snapshot: &Snapshot, request: LookupRequest, now: Timestamp) -> LookupOutcome {
    let mut warnings = Vec::new();
    let hints = Hints::parse(
        request.locale.as_deref(),
        request.country.as_deref(),
        request.accept_language.as_deref(),
        &mut warnings,
    );
    let filters = parse_filters(snapshot, &request, &mut warnings);
    warn_unknown(
        &mut warnings,
        UNKNOWN_FIELD,
        request.unknown.keys().map(String::as_str),
        |field| format!("field `{field}` is not part of the API; ignored"),
    );
    let detection = request
        .message
        .as_deref()
        .and_then(|message| snapshot.detector.detect(message));
    drop(request);

    let country = resolve::resolve_country(&hints);
    let record = country.and_then(|(code, _)| snapshot.dataset.country(code));
    let language = resolve::resolve_language(
        detection,
        &hints,
        &language_setting(snapshot, country, record),
    );
    // Chinese written in Traditional or Simplified characters asks for that
    // script's text, whatever the region says. Serbian written in Latin or
    // Cyrillic letters likewise, whichever twin (hr, bs) the detector named.
    let serbian = language.code.as_str() == "sr";
    let script = detection.and_then(|d| match (d.han, d.script) {
        (Some(han), _) if d.language == language.code => Some(han.subtag()),
        (_, Script::Latin) if serbian => Some("Latn"),
        (_, Script::Cyrillic) if serbian => Some("Cyrl"),
        _ => None,
    });
    let requested = requested_locales(&hints, language.code, script, country.map(|c| c.0));
    let chain = snapshot.catalog.chain(&requested);
    let text_locale = chain.first().copied().unwrap_or(snapshot.catalog.master());
    // No text in the person's language: the text is in the one they most
    // likely read, and the answer says so.
    let text_language =
        LanguageCode::parse(snapshot.catalog.locale(text_locale).tag.language.as_str());
    let fallback = text_language.filter(|used| *used != language.code).inspect(|_| {
        let used = snapshot.catalog.locale(text_locale);
        warnings.push(Warning::new(
            "text-language-fallback",
            "language",
            format!(
                "there is no text in `{}` yet; the text is in `{}` ({}), the language readers of `{}` there most likely read",
                language.code, used.code, used.meta.native_name, language.code
            ),
        ));
    });

    let key = AnswerKey {
        language: language.code,
        text_locale,
        country: record.map(|c| c.code),
        topics: filters.topics,
        channels: filters.channels,
        audiences: filters.audiences,
        min_evidence: filters.min_evidence,
        max_source_age_months: filters.max_source_age_months,
        likeliest_countries: record.is_none()
            && language.source != resolve::LanguageSource::Default,
    };
    let (cached, cache_hit) = match snapshot.answers.get(&key).filter(|a| a.is_valid_at(now)) {
        Some(answer) => (answer, true),
        None => {
            let answer = Arc::new(answer::build(snapshot, &key, &chain, &filters, now));
            snapshot.answers.insert(key, answer.clone());
            (answer, false)
        }
    };
    warnings.extend(cached.warnings.iter().cloned());

    let request_part = RequestPart {
        language: LanguageOut {
            code: language.code,
            source: language.source,
            confidence: language.confidence,
        },
        country: CountryOut {
            code: country.map(|c| c.0),
            source: country.map(|c| c.1),
            covered: record.is_some_and(|c| !c.resources.is_empty()),
        },
        locale: match fallback {
            // Only what was used: the text's language, in the person's country.
            Some(used) => response_locale(&Hints::default(), used, country.map(|c| c.0)),
            None => response_locale(&hints, language.code, country.map(|c| c.0)),
        },
        warnings: &warnings,
    };
    let body = splice(&request_part, &cached.body_tail);
    LookupOutcome {
        body,
        language,
        country: country.map(|c| c.0),
        cache_hit,
        warnings: warnings.iter().map(|w| w.code).collect(),
        referral: cached.referral,
    }
}

/// Where the person writes from, for the language decision: the country's
/// languages, who writes what there, and the world's speakers.
pub fn language_setting<'a>(
    snapshot: &'a Snapshot,
    country: Option<(CountryCode, CountrySource)>,
    record: Option<&'a crate::dataset::Country>,
) -> resolve::Setting<'a> {
    resolve::Setting {
        languages: record.map(|c| c.languages.as_slice()).unwrap_or_default(),
        // A region read from the locale or Accept-Language says where the
        // person's device is set to, not where they are: its language is
        // already the hint, and its writers would count it twice.
        shares: country
            .filter(|(_, source)| *source == CountrySource::Country)
            .map(|(code, _)| snapshot.dataset.speakers.shares(code)),
        world: snapshot.dataset.speakers.world(),
    }
}

/// Joins `{"language":…,"warnings":[…]}` and the cached `"text":…}` into
/// one object without re-serializing the cached part.
fn splice(request_part: &RequestPart<'_>, tail: &[u8]) -> Vec<u8> {
    // Room for the request part too: one allocation, no copy of the tail.
    let mut body = Vec::with_capacity(tail.len() + 512);
    if serde_json::to_writer(&mut body, request_part).is_err() {
        body.clear();
        body.extend_from_slice(b"{}");
    }
    body.pop(); // the closing brace
    if body.len() > 1 {
        body.push(b',');
    }
    body.extend_from_slice(tail);
    body
}

/// One kind of unknown value: its warning code, the request field, and the
/// plural noun of the closing warning.
struct Unknown {
    code: &'static str,
    field: &'static str,
    plural: &'static str,
}

const UNKNOWN_TOPIC: Unknown = Unknown {
    code: "unknown-topic",
    field: "topics",
    plural: "topics",
};
const UNKNOWN_CHANNEL: Unknown = Unknown {
    code: "unknown-channel",
    field: "channels",
    plural: "channels",
};
const UNKNOWN_AUDIENCE: Unknown = Unknown {
    code: "unknown-audience",
    field: "audiences",
    plural: "audiences",
};
const UNKNOWN_FIELD: Unknown = Unknown {
    code: "unknown-field",
    field: "body",
    plural: "fields",
};

/// Distinct unknown values named one by one, per kind; the rest are counted
/// in one more warning.
const NAMED_UNKNOWN_VALUES: usize = 5;

/// Warns once per distinct unknown value, for the first
/// [`NAMED_UNKNOWN_VALUES`] of them, then once with the number of the rest:
/// an answer must not grow with what a request repeats, nor quote it back at
/// length.
fn warn_unknown<'a>(
    warnings: &mut Vec<Warning>,
    kind: Unknown,
    values: impl IntoIterator<Item = &'a str>,
    detail: impl Fn(&str) -> String,
) {
    let mut seen = HashSet::new();
    for value in values {
        if seen.insert(value) && seen.len() <= NAMED_UNKNOWN_VALUES {
            warnings.push(Warning::new(
                kind.code,
                kind.field,
                detail(&resolve::quote(value)),
            ));
        }
    }
    let more = seen.len().saturating_sub(NAMED_UNKNOWN_VALUES);
    if more > 0 {
        warnings.push(Warning::new(
            kind.code,
            kind.field,
            format!("{more} more unknown {}; ignored", kind.plural),
        ));
    }
}

fn parse_filters(
    snapshot: &Snapshot,
    request: &LookupRequest,
    warnings: &mut Vec<Warning>,
) -> Filters {
    let dataset = &snapshot.dataset;
    let mut filters = Filters::default();
    let mut unknown = Vec::new();
    for topic in request.topics.iter().flatten() {
        match dataset.topics.parse(topic) {
            Some(term) => filters.topics = filters.topics.union(term),
            None => unknown.push(topic.as_str()),
        }
    }
    warn_unknown(warnings, UNKNOWN_TOPIC, unknown.drain(..), |topic| {
        format!("`{topic}` is not a topic of the dataset; ignored")
    });
    for channel in request.channels.iter().flatten() {
        match Channel::parse(channel) {
            Some(channel) => filters.channels |= channel.bit(),
            None => unknown.push(channel.as_str()),
        }
    }
    warn_unknown(warnings, UNKNOWN_CHANNEL, unknown.drain(..), |channel| {
        format!("`{channel}` is not a channel (phone, sms, chat, whatsapp); ignored")
    });
    for audience in request.audiences.iter().flatten() {
        match dataset.audiences.parse(audience) {
            Some(term) => filters.audiences = filters.audiences.union(term),
            None => unknown.push(audience.as_str()),
        }
    }
    warn_unknown(warnings, UNKNOWN_AUDIENCE, unknown.drain(..), |audience| {
        format!("`{audience}` is not an audience of the dataset; ignored")
    });
    if let Some(raw) = request.min_evidence.as_deref() {
        match Evidence::parse(raw).filter(|e| *e != Evidence::Conflict) {
            Some(level) => filters.min_evidence = Some(level),
            None => warnings.push(Warning::new(
                "invalid-min-evidence",
                "min_evidence",
                format!(
                    "`{}` is not an evidence level (provider, corroborated, single-source); ignored",
                    resolve::quote(raw)
                ),
            )),
        }
    }
    filters.max_source_age_months = request.max_source_age_months;
    filters
}

/// What to ask the catalog for: the person's own tag when it names their
/// language (it may carry a script, `zh-Hant-TW`), then language + country,
/// then the language alone. A tag without a region is asked for first with
/// the person's country: `zh` in Taiwan is `zh-TW`, which reads Traditional
/// characters, and `pt` in Angola is `pt-AO`, which the catalog's CLDR rule
/// gives European spelling (`Catalog::negotiate`, the one place of that rule).
fn requested_locales(
    hints: &Hints,
    language: LanguageCode,
    script: Option<&str>,
    country: Option<CountryCode>,
) -> Vec<LanguageIdentifier> {
    let same_language = |tag: &&LanguageIdentifier| tag.language.as_str() == language.as_str();
    let region = country.and_then(|country| country.as_str().parse().ok());
    let mut requested: Vec<LanguageIdentifier> = Vec::new();
    if let Some(tag) = script.and_then(|script| format!("{language}-{script}").parse().ok()) {
        requested.push(tag);
    }
    for tag in hints
        .locale
        .iter()
        .chain(&hints.accept_language)
        .filter(same_language)
    {
        if tag.region.is_none() && region.is_some() {
            let mut regional = tag.clone();
            regional.region = region;
            requested.push(regional);
        }
        requested.push(tag.clone());
    }
    if let Some(country) = country {
        if let Ok(tag) = format!("{language}-{country}").parse() {
            requested.push(tag);
        }
    }
    if let Ok(tag) = language.as_str().parse() {
        requested.push(tag);
    }
    // Then what readers of the language most likely also read; the catalog
    // ends every chain with English.
    for &other in resolve::readers::FALLBACKS.of(language, country) {
        if let Some(tag) = country.and_then(|c| format!("{other}-{c}").parse().ok()) {
            requested.push(tag);
        }
        if let Ok(tag) = other.as_str().parse() {
            requested.push(tag);
        }
    }
    requested
}

/// The person's locale: their own tag when it names the resolved language,
/// else the language with the resolved country.
fn response_locale(hints: &Hints, language: LanguageCode, country: Option<CountryCode>) -> String {
    match hints
        .locale
        .as_ref()
        .filter(|tag| tag.language.as_str() == language.as_str())
    {
        Some(tag) => tag.to_string(),
        None => match country {
            Some(country) => format!("{language}-{country}"),
            None => language.to_string(),
        },
    }
}
