//! Building the shared part of an answer: the supportive text, the ranked
//! lines with their summaries, the emergency number and the directories.
//! Serialized once and kept until one of its lines opens or closes.
//!
//! Which lines: the country's own; for a known country with none, the lines
//! of other countries that say they serve it (`serves:`); for an unknown
//! country, when the person's language is known, the first line of each of
//! the likeliest countries for that language (`candidate: true`).

use super::rank::{self, LineOffer};
use super::{AnswerKey, CountryOut, Filters, LanguageOut};
use crate::dataset::{Channel, Country, Emergency, Resource, TermSet};
use crate::domain::{
    CountryCode, Evidence, Hours, HttpsUrl, LanguageCode, OpenState, PhoneNumber, Provenance,
    Schedule,
};
use crate::lookup::snapshot::Snapshot;
use crate::resolve::Warning;
use crate::text::{Direction, Locale, LocaleIndex};
use fluent_bundle::FluentArgs;
use jiff::Timestamp;
use serde::Serialize;

#[derive(Debug)]
pub struct CachedAnswer {
    /// `"text":…,"dataset":{…}}`: the answer's object without its opening
    /// brace and the per-request fields.
    pub body_tail: Vec<u8>,
    /// Warnings that depend on the data, not on the request's spelling.
    pub warnings: Vec<Warning>,
    /// When a line of this answer opens or closes, and the answer with it.
    pub valid_until: Option<Timestamp>,
    /// What the answer referred the person to, for the referral counts.
    pub referral: Referral,
}

impl CachedAnswer {
    pub fn is_valid_at(&self, now: Timestamp) -> bool {
        self.valid_until.is_none_or(|until| now < until)
    }
}

#[derive(Serialize)]
struct SharedPart<'a> {
    text: TextOut,
    emergency: Option<EmergencyOut<'a>>,
    resources: Vec<ResourceOut<'a>>,
    international: Vec<DirectoryOut<'a>>,
    dataset: DatasetOut<'a>,
    referral: ReferralOut<'a>,
}

/// A lookup's answer as one object. The service writes it in two parts (the
/// per-request fields, then the cached rest) from these same types.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub(crate) struct LookupAnswer<'a> {
    language: LanguageOut,
    country: CountryOut,
    /// The person's locale: their own tag, or language-COUNTRY.
    locale: String,
    /// Hints that were ignored, and why.
    warnings: Vec<Warning>,
    text: TextOut,
    /// The country's emergency number(s); null when the country is unknown.
    emergency: Option<EmergencyOut<'a>>,
    /// Best first: topic, language, audience, open now, curator order.
    resources: Vec<ResourceOut<'a>>,
    /// Worldwide directories, always present.
    international: Vec<DirectoryOut<'a>>,
    dataset: DatasetOut<'a>,
    /// What the answer referred the person to, as evidence of a referral
    /// that identifies no one (docs/REFERRAL-PROTOCOL.md).
    referral: ReferralOut<'a>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct TextOut {
    lang: String,
    dir: Direction,
    message: String,
    ask_country: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct ResourceOut<'a> {
    id: &'a str,
    /// The line's own name in the text's language where it publishes one.
    /// In a right-to-left answer, wrapped in U+2068…U+2069 like the
    /// message's placeables, so a Latin name keeps its order on the card.
    name: String,
    summary: String,
    /// As dialled inside the line's country: a short code or a national
    /// number with its trunk prefix.
    phone: Option<&'a PhoneNumber>,
    /// `phone` in E.164 (`+3225150200`), ready for a `tel:` link; null for
    /// short codes, which are dialled as they are inside the country.
    phone_e164: Option<&'a str>,
    sms: Option<&'a PhoneNumber>,
    /// `sms` in E.164, for an `sms:` link; null for short codes.
    sms_e164: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sms_keyword: Option<&'a str>,
    chat: Option<&'a HttpsUrl>,
    whatsapp: Option<&'a PhoneNumber>,
    /// `whatsapp` in E.164, for a `https://wa.me/` link.
    whatsapp_e164: Option<&'a str>,
    website: Option<&'a HttpsUrl>,
    languages: &'a [LanguageCode],
    topics: Vec<&'a str>,
    audiences: Vec<&'a str>,
    /// The week as the data gives it; isolated like `name` in a
    /// right-to-left answer.
    hours: Option<String>,
    open_now: Option<bool>,
    free: Option<bool>,
    /// How well the line is backed: `provider` (its own page), `corroborated`
    /// (two independent publishers), `single-source` (one listing),
    /// `conflict` (sources disagree).
    evidence: Evidence,
    /// The day the line was confirmed on its own page, else the date of its
    /// newest source (v1: the date of the newest evidence for the line).
    verified: String,
    /// The day the line was confirmed on its own page; null when nobody has.
    checked: Option<String>,
    /// The date of its newest source (YYYY-MM-DD, YYYY-MM or YYYY). Lines
    /// resting only on old directory copies carry their copies' dates.
    newest_source: String,
    /// Where the facts were read: publisher (date): address, per source.
    source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// The line's own country, when it is not the person's: a line that
    /// serves their country from another one, or a candidate. Absent for the
    /// person's own country's lines.
    country: Option<CountryCode>,
    /// `true` when a source says the line offers interpretation into other
    /// languages (its `languages` are the ones it answers in directly).
    /// Absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    interpretation: bool,
    /// `true` when the person's country is unknown and this is the first
    /// line of one of the likeliest countries for their language, most
    /// speakers first (CLDR territoryInfo): a suggestion to confirm with the
    /// person, not their country. Absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    candidate: bool,
}

/// How many likeliest countries an answer for an unknown country names.
pub const MAX_LIKELIEST_COUNTRIES: usize = 3;

/// A country's emergency numbers, with how well they are backed.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Emergency)]
pub(crate) struct EmergencyOut<'a> {
    /// The general emergency number, where the country has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    number: Option<&'a PhoneNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    police: Option<&'a PhoneNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ambulance: Option<&'a PhoneNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fire: Option<&'a PhoneNumber>,
    /// Other numbers the sources mention, and disagreements between them.
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    /// `provider` when the country's own official page gives the numbers.
    evidence: Evidence,
    /// The day the numbers were confirmed on the country's own official
    /// page; null when nobody has.
    checked: Option<String>,
    /// The date of the newest source.
    newest_source: String,
    /// Present when no official page confirms these numbers (or none can
    /// be named): what was searched.
    #[serde(skip_serializing_if = "Option::is_none")]
    unconfirmed: Option<&'a str>,
}

impl<'a> From<&'a Emergency> for EmergencyOut<'a> {
    fn from(emergency: &'a Emergency) -> Self {
        Self {
            number: emergency.number.as_ref(),
            police: emergency.police.as_ref(),
            ambulance: emergency.ambulance.as_ref(),
            fire: emergency.fire.as_ref(),
            note: emergency.note.as_deref(),
            evidence: emergency.provenance.evidence(),
            checked: checked(&emergency.provenance),
            newest_source: emergency.provenance.newest_source().to_string(),
            unconfirmed: emergency.unconfirmed.as_deref(),
        }
    }
}

fn checked(provenance: &Provenance) -> Option<String> {
    provenance.checked().map(|day| day.to_string())
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct DirectoryOut<'a> {
    id: &'a str,
    name: &'a str,
    website: &'a HttpsUrl,
    description: Option<&'a str>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct DatasetOut<'a> {
    version: &'a str,
}

/// Where the protocol page is served: what the service returns, why, and
/// what it records (docs/REFERRAL-PROTOCOL.md).
pub const PROTOCOL_PATH: &str = "/preview/protocol";

/// What an answer referred the person to, in one word. The referral counts
/// in `/metrics` use the same words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReferralKind {
    /// At least one crisis line for the person's country (its own, or one
    /// that serves it from another country).
    CrisisLine,
    /// The country is unknown: the first line of each of the likeliest
    /// countries for the person's language, and the question where they are.
    CandidateLines,
    /// The country is known and has no line (or none that the filters keep):
    /// its emergency number.
    EmergencyNumberOnly,
    /// Neither a line nor an emergency number: the international
    /// directories only.
    DirectoriesOnly,
}

impl ReferralKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CrisisLine => "crisis_line",
            Self::CandidateLines => "candidate_lines",
            Self::EmergencyNumberOnly => "emergency_number_only",
            Self::DirectoriesOnly => "directories_only",
        }
    }

    fn of(lines: bool, likeliest_countries: bool, emergency_number: bool) -> Self {
        match (lines, likeliest_countries, emergency_number) {
            (true, false, _) => Self::CrisisLine,
            (true, true, _) => Self::CandidateLines,
            (false, _, true) => Self::EmergencyNumberOnly,
            (false, _, false) => Self::DirectoriesOnly,
        }
    }
}

/// What the referral counts in `/metrics` are labelled with: the same
/// values as the answer's referral block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Referral {
    pub kind: ReferralKind,
    pub country: Option<CountryCode>,
    pub language: LanguageCode,
}

/// The word for a line's website among the channels, after the dataset's
/// own channel names.
const WEB: &str = "web";

/// Proof that a referral happened and what it held, without identifying
/// anyone: a pure function of the answer (no identifier, no time, nothing
/// from the message beyond the language the answer already names).
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = Referral)]
pub(crate) struct ReferralOut<'a> {
    /// In one word: `crisis_line`, `candidate_lines`,
    /// `emergency_number_only` or `directories_only`.
    kind: ReferralKind,
    /// Whether the answer gives at least one crisis line (`resources` is not
    /// empty; candidates for an unknown country count).
    crisis_line: bool,
    /// How the lines given can be reached, over all of them: `phone`, `sms`,
    /// `chat`, `whatsapp`, `web`, in that order. Empty without a line.
    #[schema(value_type = Vec<String>, example = json!(["phone", "chat", "web"]))]
    channels: Vec<&'static str>,
    /// Whether the answer gives the country's emergency number.
    emergency_number: bool,
    /// Whether the answer gives the international directories.
    directories: bool,
    /// The country the referral was made for; null when it is unknown or
    /// not in the dataset.
    country: Option<CountryCode>,
    /// The language the referral was made for (the answer's `language.code`).
    language: LanguageCode,
    /// The dataset the referral was drawn from (`dataset.version`).
    dataset_version: &'a str,
    /// Path of the page that says what the service returns and records.
    #[schema(example = "/preview/protocol")]
    protocol: &'static str,
}

/// The answer for `key`, as cached: the lines selected for it, then the
/// text and the output rendered from them.
pub fn build(
    snapshot: &Snapshot,
    key: &AnswerKey,
    chain: &[LocaleIndex],
    filters: &Filters,
    now: Timestamp,
) -> CachedAnswer {
    let selection = select(snapshot, key, filters, now);
    render(snapshot, key, chain, filters, selection)
}

/// The lines an answer offers, best first, and what the selection tells
/// the person about itself.
struct Selection<'a> {
    lines: Vec<LineOffer<'a>>,
    /// The lines are the likeliest countries' main lines (the person's
    /// country is unknown).
    likeliest_countries: bool,
    warnings: Vec<Warning>,
    /// When a line's opening or closing changes the answer.
    valid_until: Option<Timestamp>,
}

/// The person's country's lines that pass the filters, ranked (or, with no
/// country, the main line of each likeliest country for the language), and
/// the warnings about filters that were dropped or left nothing.
fn select<'a>(
    snapshot: &'a Snapshot,
    key: &AnswerKey,
    filters: &Filters,
    now: Timestamp,
) -> Selection<'a> {
    let dataset = &snapshot.dataset;
    let country = key.country.and_then(|code| dataset.country(code));
    let mut warnings = Vec::new();
    let default_topics = rank::default_topics(&dataset.topics);
    let suicide = dataset.topics.parse("suicide").unwrap_or(TermSet::EMPTY);
    let at_now = |resource: &'a Resource, home: &'a Country| LineOffer {
        resource,
        state: resource.hours.as_ref().map(|hours| hours.state_at(now)),
        home,
    };
    let today = now.to_zoned(jiff::tz::TimeZone::UTC).date();
    let mut backing_left_out = false;
    let mut well_backed = |resource: &Resource| {
        let evidence_ok = filters
            .min_evidence
            .is_none_or(|min| resource.provenance.evidence() <= min);
        let age_ok = filters
            .max_source_age_months
            .is_none_or(|max| resource.provenance.age_in_months(today) <= i32::from(max));
        backing_left_out |= !(evidence_ok && age_ok);
        evidence_ok && age_ok
    };
    let changes = |list: &[LineOffer<'_>]| {
        list.iter()
            .filter_map(|r| r.state.as_ref()?.changes_at())
            .min()
    };

    let mut ranked: Vec<LineOffer<'a>> = Vec::new();
    let mut relaxed = rank::Relaxed::default();
    let mut valid_until: Option<Timestamp> = None;
    let likeliest_countries = country.is_none() && key.likeliest_countries;
    if let Some(country) = country {
        let lines: Vec<LineOffer<'a>> = if country.resources.is_empty() {
            dataset
                .served_lines(country.code)
                .filter(|(_, resource)| well_backed(resource))
                .map(|(home, resource)| at_now(resource, home))
                .collect()
        } else {
            country
                .resources
                .iter()
                .filter(|resource| well_backed(resource))
                .map(|resource| at_now(resource, country))
                .collect()
        };
        (ranked, relaxed) = rank::rank(
            lines.into_iter(),
            key.language,
            filters,
            default_topics,
            suicide,
        );
    } else if likeliest_countries {
        for &(code, _) in dataset.speakers.likeliest(key.language) {
            if ranked.len() == MAX_LIKELIEST_COUNTRIES {
                break;
            }
            let Some(home) = dataset.country(code).filter(|c| !c.resources.is_empty()) else {
                continue;
            };
            let lines = home
                .resources
                .iter()
                .filter(|resource| well_backed(resource))
                .map(|resource| at_now(resource, home));
            let (list, _) = rank::rank(lines, key.language, filters, default_topics, suicide);
            // Any line of that country opening or closing may change which
            // one comes first.
            valid_until = valid_until.into_iter().chain(changes(&list)).min();
            ranked.extend(list.into_iter().next());
        }
    }
    if backing_left_out && ranked.is_empty() {
        warnings.push(Warning::new(
            "no-line-for-evidence",
            "min_evidence",
            "no line meets the evidence or source age asked for; showing only the emergency number and the directories",
        ));
    }
    if relaxed.topics {
        warnings.push(Warning::new(
            "no-line-for-topics",
            "topics",
            "no line of this country covers the topics asked for; showing all lines",
        ));
    }
    if relaxed.channels {
        warnings.push(Warning::new(
            "no-line-for-channels",
            "channels",
            "no line of this country is reachable by the channels asked for; showing all lines",
        ));
    }

    let valid_until = valid_until.into_iter().chain(changes(&ranked)).min();
    Selection {
        lines: ranked,
        likeliest_countries,
        warnings,
        valid_until,
    }
}

/// The text and the output for a selection: the message names the first
/// line (unless it is for others or the lines are the likeliest countries'),
/// the cards, the referral; serialized once for the cache.
fn render(
    snapshot: &Snapshot,
    key: &AnswerKey,
    chain: &[LocaleIndex],
    filters: &Filters,
    selection: Selection<'_>,
) -> CachedAnswer {
    let dataset = &snapshot.dataset;
    let country = key.country.and_then(|code| dataset.country(code));
    let Selection {
        lines: ranked,
        likeliest_countries,
        warnings,
        valid_until,
    } = selection;
    // A likeliest country is not the person's country: the text names no
    // line and asks where they are. Nor does it send a person to a line meant for
    // others (an adult to a children's line): the cards still list it.
    let named = ranked
        .first()
        .filter(|first| !likeliest_countries && !first.for_other_audiences(filters));
    let message = render_message(snapshot, chain, country, named, filters);
    let ask_country = match country {
        Some(_) => None,
        None => snapshot
            .catalog
            .render(chain, "ask-country", &FluentArgs::new())
            .map(|r| r.text),
    };
    let (text_locale, message) = match message {
        Some(rendered) => (rendered.locale, rendered.text),
        None => (
            snapshot.catalog.master(),
            super::LAST_RESORT_MESSAGE.to_string(),
        ),
    };
    let locale = snapshot.catalog.locale(text_locale);

    let emergency_number = country.is_some_and(|c| c.emergency.primary().is_some());
    let referral = ReferralOut {
        kind: ReferralKind::of(!ranked.is_empty(), likeliest_countries, emergency_number),
        crisis_line: !ranked.is_empty(),
        channels: reached_by(&ranked),
        emergency_number,
        directories: !dataset.international.is_empty(),
        country: key.country,
        language: key.language,
        dataset_version: &snapshot.version,
        protocol: PROTOCOL_PATH,
    };
    let referral_summary = Referral {
        kind: referral.kind,
        country: referral.country,
        language: referral.language,
    };
    let resources = ranked
        .iter()
        .map(|ranked| {
            let mut out = resource_out(snapshot, chain, ranked);
            if key.country != Some(ranked.home.code) {
                out.country = Some(ranked.home.code);
            }
            out.candidate = likeliest_countries;
            out
        })
        .collect();
    let shared = SharedPart {
        text: TextOut {
            lang: locale.code.clone(),
            dir: locale.meta.direction,
            message,
            ask_country,
        },
        emergency: country.map(|c| EmergencyOut::from(&c.emergency)),
        resources,
        international: dataset
            .international
            .iter()
            .map(|d| DirectoryOut {
                id: &d.id,
                name: &d.name,
                website: &d.website,
                description: d.description.as_deref(),
            })
            .collect(),
        dataset: DatasetOut {
            version: &snapshot.version,
        },
        referral,
    };
    let mut body_tail = serde_json::to_vec(&shared).unwrap_or_else(|_| b"{}".to_vec());
    body_tail.remove(0); // the opening brace; the request part supplies it
    CachedAnswer {
        body_tail,
        warnings,
        valid_until,
        referral: referral_summary,
    }
}

/// The channels of all the lines given, in the order of [`Channel::ALL`],
/// then `web` when a line has a website.
fn reached_by(ranked: &[LineOffer<'_>]) -> Vec<&'static str> {
    let mut channels: Vec<&'static str> = Channel::ALL
        .into_iter()
        .filter(|channel| {
            ranked
                .iter()
                .any(|r| r.resource.channels().any(|c| c == *channel))
        })
        .map(Channel::id)
        .collect();
    if ranked.iter().any(|r| r.resource.website.is_some()) {
        channels.push(WEB);
    }
    channels
}

fn render_message(
    snapshot: &Snapshot,
    chain: &[LocaleIndex],
    country: Option<&Country>,
    first: Option<&LineOffer<'_>>,
    filters: &Filters,
) -> Option<crate::text::Rendered> {
    let mut args = FluentArgs::new();
    let directory = snapshot
        .dataset
        .international
        .first()
        .map(|d| d.website.as_str())
        .unwrap_or("https://findahelpline.com");
    args.set("directory", directory.to_string());
    args.set(
        "country_known",
        if country.is_some() { "yes" } else { "no" },
    );
    let emergency = country
        .and_then(|c| c.emergency.primary())
        .map(|n| n.as_str().to_string())
        .unwrap_or_else(|| "none".to_string());
    args.set("emergency", emergency);
    let locale = snapshot.catalog.first(chain);
    match first {
        None => {
            args.set("line_state", "none");
            args.set("line_name", "");
            args.set("name_form", "label");
            args.set("reach", "web");
            args.set("contact", "");
            args.set("opens_day", "none");
            args.set("opens_at", "none");
            args.set("opens_hour", -1);
            args.set("free", "unknown");
        }
        Some(ranked) => {
            let resource = ranked.resource;
            let state = match &ranked.state {
                None => "unknown",
                Some(OpenState::Closed { .. }) => "closed",
                Some(_) => "open",
            };
            set_opening(&mut args, ranked.state.as_ref(), locale);
            // The form the locale's sentences take, where the line has one;
            // otherwise the name stands as a label.
            let (name, form) = match resource.in_text(&locale.code) {
                Some(form) => (form, "text"),
                None => (resource.name_in(&locale.code), "label"),
            };
            let (reach, contact) = how_to_reach(resource, filters.channels);
            args.set("line_state", state);
            args.set("line_name", name.to_string());
            args.set("name_form", form);
            args.set("reach", reach);
            args.set("contact", contact);
            args.set(
                "free",
                if resource.free == Some(true) {
                    "yes"
                } else {
                    "unknown"
                },
            );
        }
    }
    snapshot.catalog.render(chain, "support-message", &args)
}

/// `$opens_day`, `$opens_at` (written as the locale writes a time) and
/// `$opens_hour` (0–23, for languages whose words agree with the hour) of a
/// closed line; "none" (and -1) otherwise.
fn set_opening(args: &mut FluentArgs, state: Option<&OpenState>, locale: &Locale) {
    match state {
        Some(OpenState::Closed {
            opens_at, opens_on, ..
        }) => {
            args.set("opens_day", opens_on.key());
            args.set("opens_at", locale.time.format(*opens_at));
            args.set("opens_hour", i64::from(opens_at.hour()));
        }
        _ => {
            args.set("opens_day", "none");
            args.set("opens_at", "none");
            args.set("opens_hour", -1);
        }
    }
}

/// The way to name in the message: the first channel asked for that the line
/// has, else a call, a text, a chat, WhatsApp, then its website.
fn how_to_reach(resource: &Resource, wanted_channels: u8) -> (&'static str, String) {
    let has = |channel: Channel| resource.channels().any(|c| c == channel);
    let preferred = Channel::ALL
        .into_iter()
        .find(|c| wanted_channels & c.bit() != 0 && has(*c))
        .or_else(|| Channel::ALL.into_iter().find(|c| has(*c)));
    let text =
        |value: Option<&PhoneNumber>| value.map(|v| v.as_str().to_string()).unwrap_or_default();
    match preferred {
        Some(Channel::Phone) => ("call", text(resource.phone.as_ref())),
        Some(Channel::Sms) => ("text", text(resource.sms.as_ref())),
        Some(Channel::Chat) => (
            "chat",
            resource
                .chat
                .as_ref()
                .map(|u| u.to_string())
                .unwrap_or_default(),
        ),
        Some(Channel::Whatsapp) => ("whatsapp", text(resource.whatsapp.as_ref())),
        None => (
            "web",
            resource
                .website
                .as_ref()
                .map(|u| u.to_string())
                .unwrap_or_default(),
        ),
    }
}

fn resource_out<'a>(
    snapshot: &'a Snapshot,
    chain: &[LocaleIndex],
    ranked: &LineOffer<'a>,
) -> ResourceOut<'a> {
    let resource = ranked.resource;
    let dataset = &snapshot.dataset;
    let locale = snapshot.catalog.first(chain);
    let isolated = |text: &str| match locale.meta.direction {
        Direction::Rtl => format!("\u{2068}{text}\u{2069}"),
        Direction::Ltr => text.to_string(),
    };
    ResourceOut {
        id: &resource.id,
        name: isolated(resource.name_in(&locale.code)),
        summary: summary(snapshot, chain, ranked),
        phone: resource.phone.as_ref(),
        phone_e164: resource.phone.as_ref().and_then(PhoneNumber::e164),
        sms: resource.sms.as_ref(),
        sms_e164: resource.sms.as_ref().and_then(PhoneNumber::e164),
        sms_keyword: resource.sms_keyword.as_deref(),
        chat: resource.chat.as_ref(),
        whatsapp: resource.whatsapp.as_ref(),
        whatsapp_e164: resource.whatsapp.as_ref().and_then(PhoneNumber::e164),
        website: resource.website.as_ref(),
        languages: &resource.languages,
        topics: dataset.topics.names(resource.topics).collect(),
        audiences: dataset.audiences.names(resource.audiences).collect(),
        hours: resource.hours.as_ref().map(|h| isolated(&h.describe())),
        open_now: ranked.state.as_ref().map(OpenState::is_open),
        free: resource.free,
        evidence: resource.provenance.evidence(),
        verified: resource
            .provenance
            .checked()
            .unwrap_or_else(|| resource.provenance.newest_source().earliest())
            .to_string(),
        checked: checked(&resource.provenance),
        newest_source: resource.provenance.newest_source().to_string(),
        source: resource.provenance.citation(),
        country: None,
        interpretation: resource.interpretation,
        candidate: false,
    }
}

fn summary(snapshot: &Snapshot, chain: &[LocaleIndex], ranked: &LineOffer<'_>) -> String {
    let resource = ranked.resource;
    let number =
        |value: Option<&PhoneNumber>| value.map_or("none".to_string(), |v| v.as_str().to_string());
    let mut args = FluentArgs::new();
    args.set("phone", number(resource.phone.as_ref()));
    args.set("sms", number(resource.sms.as_ref()));
    args.set("whatsapp", number(resource.whatsapp.as_ref()));
    args.set("chat", if resource.chat.is_some() { "yes" } else { "no" });
    args.set(
        "free",
        if resource.free == Some(true) {
            "yes"
        } else {
            "unknown"
        },
    );
    let locale = snapshot.catalog.first(chain);
    let (hours, closes_at) = match &ranked.state {
        None => ("unknown", "none".to_string()),
        Some(OpenState::Always) => ("always", "none".to_string()),
        Some(OpenState::Open { closes_at, .. }) => ("open", locale.time.format(*closes_at)),
        Some(OpenState::Closed { .. }) => ("closed", "none".to_string()),
    };
    args.set("hours", hours);
    args.set("closes_at", closes_at);
    set_opening(&mut args, ranked.state.as_ref(), locale);
    // The week in words, shown after the state when one phrase says it. It
    // comes from the data alone, so the cache's expiry needs no change.
    let none = || "none".to_string();
    let time = |text: String| match text.parse::<jiff::civil::Time>() {
        Ok(time) => locale.time.format(time),
        // "24:00" ends a day: written as midnight.
        Err(_) => locale.time.format(jiff::civil::Time::midnight()),
    };
    let (schedule, first, last, from, to) = match resource.hours.as_ref().and_then(Hours::schedule)
    {
        Some(Schedule::Daily { from, to }) => ("daily", "none", "none", time(from), time(to)),
        Some(Schedule::Days {
            first,
            last,
            from,
            to,
        }) => {
            let form = if first == last { "day" } else { "days" };
            (form, first, last, time(from), time(to))
        }
        None => ("none", "none", "none", none(), none()),
    };
    args.set("schedule", schedule);
    args.set("first", first);
    args.set("last", last);
    args.set("from", from);
    args.set("to", to);
    snapshot
        .catalog
        .render(chain, "line-summary", &args)
        .map(|r| r.text)
        .unwrap_or_default()
}
