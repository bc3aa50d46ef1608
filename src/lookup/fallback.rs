//! The answer of last resort, when building the real one failed
//! unexpectedly: still a 200 with words of support, the country's emergency
//! number when the hint names one, and the international directories.

use super::answer::{Referral, ReferralKind, PROTOCOL_PATH};
use crate::domain::{CountryCode, LanguageCode};
use crate::lookup::snapshot::Snapshot;
use serde_json::json;

pub const LAST_RESORT_MESSAGE: &str = "You don't have to go through this alone. Please reach out to one of the helplines listed here, or to your local emergency number if you are in immediate danger.";

/// The static answer, and what it referred the person to.
pub struct Fallback {
    pub body: Vec<u8>,
    /// `None` only if English is not a language code, which it is.
    pub referral: Option<Referral>,
}

pub fn fallback_answer(snapshot: &Snapshot, country_hint: Option<&str>) -> Fallback {
    let country = country_hint
        .and_then(CountryCode::parse)
        .and_then(|code| snapshot.dataset.country(code));
    let emergency_number = country.is_some_and(|c| c.emergency.primary().is_some());
    let kind = match emergency_number {
        true => ReferralKind::EmergencyNumberOnly,
        false => ReferralKind::DirectoriesOnly,
    };
    let international: Vec<_> = snapshot
        .dataset
        .international
        .iter()
        .map(|d| json!({"id": d.id, "name": d.name, "website": d.website.as_str(), "description": d.description}))
        .collect();
    let answer = json!({
        "language": {"code": "en", "source": "default", "confidence": null},
        "country": {
            "code": country.map(|c| c.code.to_string()),
            "source": country.map(|_| "country"),
            "covered": false
        },
        "locale": "en",
        "text": {"lang": "en", "dir": "ltr", "message": LAST_RESORT_MESSAGE, "ask_country": null},
        "emergency": country.map(|c| serde_json::to_value(super::answer::EmergencyOut::from(&c.emergency)).unwrap_or_default()),
        "resources": [],
        "international": international,
        "warnings": [{
            "code": "degraded-answer",
            "field": "body",
            "detail": "the full answer could not be built; this is the static fallback"
        }],
        "dataset": {"version": snapshot.version},
        "referral": {
            "kind": kind,
            "crisis_line": false,
            "channels": [],
            "emergency_number": emergency_number,
            "directories": !snapshot.dataset.international.is_empty(),
            "country": country.map(|c| c.code.to_string()),
            "language": "en",
            "dataset_version": snapshot.version,
            "protocol": PROTOCOL_PATH
        }
    });
    Fallback {
        body: serde_json::to_vec(&answer).unwrap_or_default(),
        referral: LanguageCode::parse("en").map(|language| Referral {
            kind,
            country: country.map(|c| c.code),
            language,
        }),
    }
}
