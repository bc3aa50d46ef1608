//! Building the shared part of an answer: the supportive text, the ranked
//! lines with their summaries, the emergency number and the directories.
//! Serialized once and kept until one of its lines opens or closes.
//!
//! Which lines: the country's own; for a known country with none, the lines
//! of other countries that say they serve it (`serves:`); for an unknown
//! country, when the person's language is known, the first line of each of
//! the likeliest countries for that language (`candidate: true`).

use super::rank::{self, Ranked};
use super::{AnswerKey, Filters};
use crate::dataset::{Channel, Country, Emergency, Evidence, Resource};
use crate::domain::{CountryCode, Hours, HttpsUrl, LanguageCode, OpenState, PhoneNumber, Schedule};
use crate::resolve::Warning;
use crate::snapshot::Snapshot;
use crate::text::{Direction, LocaleIndex};
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
}

impl CachedAnswer {
    pub fn is_valid_at(&self, now: Timestamp) -> bool {
        self.valid_until.is_none_or(|until| now < until)
    }
}

#[derive(Serialize)]
struct SharedPart<'a> {
    text: TextOut,
    emergency: Option<&'a Emergency>,
    resources: Vec<ResourceOut<'a>>,
    international: Vec<DirectoryOut<'a>>,
    dataset: DatasetOut<'a>,
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
    name: &'a str,
    summary: String,
    phone: Option<&'a PhoneNumber>,
    sms: Option<&'a PhoneNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sms_keyword: Option<&'a str>,
    chat: Option<&'a HttpsUrl>,
    whatsapp: Option<&'a PhoneNumber>,
    website: Option<&'a HttpsUrl>,
    languages: &'a [LanguageCode],
    topics: Vec<&'a str>,
    audiences: Vec<&'a str>,
    hours: Option<String>,
    open_now: Option<bool>,
    free: Option<bool>,
    evidence: Evidence,
    verified: String,
    source: &'a str,
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
pub const MAX_CANDIDATES: usize = 3;

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

pub fn build<'a>(
    snapshot: &'a Snapshot,
    key: &AnswerKey,
    chain: &[LocaleIndex],
    filters: &Filters,
    now: Timestamp,
) -> CachedAnswer {
    let dataset = &snapshot.dataset;
    let country = key.country.and_then(|code| dataset.country(code));
    let mut warnings = Vec::new();
    let default_topics = rank::default_topics(&dataset.topics);
    let at_now = |resource: &'a Resource, home: &'a Country| Ranked {
        resource,
        state: resource.hours.as_ref().map(|hours| hours.state_at(now)),
        home,
    };
    let changes = |list: &[Ranked<'_>]| {
        list.iter()
            .filter_map(|r| r.state.as_ref()?.changes_at())
            .min()
    };

    let mut ranked: Vec<Ranked<'a>> = Vec::new();
    let mut relaxed = rank::Relaxed::default();
    let mut valid_until: Option<Timestamp> = None;
    let candidates = country.is_none() && key.candidates;
    if let Some(country) = country {
        let lines: Vec<Ranked<'a>> = if country.resources.is_empty() {
            dataset
                .served_lines(country.code)
                .map(|(home, resource)| at_now(resource, home))
                .collect()
        } else {
            country
                .resources
                .iter()
                .map(|resource| at_now(resource, country))
                .collect()
        };
        (ranked, relaxed) = rank::rank(lines.into_iter(), key.language, filters, default_topics);
    } else if candidates {
        for &(code, _) in dataset.speakers.likeliest(key.language) {
            if ranked.len() == MAX_CANDIDATES {
                break;
            }
            let Some(home) = dataset.country(code).filter(|c| !c.resources.is_empty()) else {
                continue;
            };
            let lines = home.resources.iter().map(|resource| at_now(resource, home));
            let (list, _) = rank::rank(lines, key.language, filters, default_topics);
            // Any line of that country opening or closing may change which
            // one comes first.
            valid_until = valid_until.into_iter().chain(changes(&list)).min();
            ranked.extend(list.into_iter().next());
        }
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

    // A candidate is not the person's country: the text names no line and
    // asks where they are.
    let named = if candidates { None } else { ranked.first() };
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

    let valid_until = valid_until.into_iter().chain(changes(&ranked)).min();
    let resources = ranked
        .iter()
        .map(|ranked| {
            let mut out = resource_out(snapshot, chain, ranked);
            if key.country != Some(ranked.home.code) {
                out.country = Some(ranked.home.code);
            }
            out.candidate = candidates;
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
        emergency: country.map(|c| &c.emergency),
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
    };
    let mut body_tail = serde_json::to_vec(&shared).unwrap_or_else(|_| b"{}".to_vec());
    body_tail.remove(0); // the opening brace; the request part supplies it
    CachedAnswer {
        body_tail,
        warnings,
        valid_until,
    }
}

fn render_message(
    snapshot: &Snapshot,
    chain: &[LocaleIndex],
    country: Option<&Country>,
    first: Option<&Ranked<'_>>,
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
    match first {
        None => {
            args.set("line_state", "none");
            args.set("line_name", "");
            args.set("reach", "web");
            args.set("contact", "");
            args.set("opens_at", "none");
            args.set("free", "unknown");
        }
        Some(ranked) => {
            let resource = ranked.resource;
            let (state, opens_at) = match &ranked.state {
                None => ("unknown", "none".to_string()),
                Some(OpenState::Closed { opens_at, .. }) => {
                    ("closed", opens_at.strftime("%H:%M").to_string())
                }
                Some(_) => ("open", "none".to_string()),
            };
            let (reach, contact) = how_to_reach(resource, filters.channels);
            args.set("line_state", state);
            args.set("line_name", resource.name.clone());
            args.set("reach", reach);
            args.set("contact", contact);
            args.set("opens_at", opens_at);
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
    ranked: &Ranked<'a>,
) -> ResourceOut<'a> {
    let resource = ranked.resource;
    let dataset = &snapshot.dataset;
    ResourceOut {
        id: &resource.id,
        name: &resource.name,
        summary: summary(snapshot, chain, ranked),
        phone: resource.phone.as_ref(),
        sms: resource.sms.as_ref(),
        sms_keyword: resource.sms_keyword.as_deref(),
        chat: resource.chat.as_ref(),
        whatsapp: resource.whatsapp.as_ref(),
        website: resource.website.as_ref(),
        languages: &resource.languages,
        topics: dataset.topics.names(resource.topics).collect(),
        audiences: dataset.audiences.names(resource.audiences).collect(),
        hours: resource.hours.as_ref().map(|h| h.describe()),
        open_now: ranked.state.as_ref().map(OpenState::is_open),
        free: resource.free,
        evidence: resource.evidence,
        verified: resource.verified.to_string(),
        source: &resource.source,
        country: None,
        interpretation: resource.interpretation,
        candidate: false,
    }
}

fn summary(snapshot: &Snapshot, chain: &[LocaleIndex], ranked: &Ranked<'_>) -> String {
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
    let (hours, closes_at, opens_at) = match &ranked.state {
        None => ("unknown", "none".to_string(), "none".to_string()),
        Some(OpenState::Always) => ("always", "none".to_string(), "none".to_string()),
        Some(OpenState::Open { closes_at, .. }) => (
            "open",
            closes_at.strftime("%H:%M").to_string(),
            "none".to_string(),
        ),
        Some(OpenState::Closed { opens_at, .. }) => (
            "closed",
            "none".to_string(),
            opens_at.strftime("%H:%M").to_string(),
        ),
    };
    args.set("hours", hours);
    args.set("closes_at", closes_at);
    args.set("opens_at", opens_at);
    // The week in words, shown after the state when one phrase says it. It
    // comes from the data alone, so the cache's expiry needs no change.
    let none = || "none".to_string();
    let (schedule, first, last, from, to) = match resource.hours.as_ref().and_then(Hours::schedule)
    {
        Some(Schedule::Daily { from, to }) => ("daily", "none", "none", from, to),
        Some(Schedule::Days {
            first,
            last,
            from,
            to,
        }) => {
            let form = if first == last { "day" } else { "days" };
            (form, first, last, from, to)
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
