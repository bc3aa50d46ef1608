//! The answer of last resort, when building the real one failed
//! unexpectedly: still a 200 with words of support, the country's emergency
//! number when the hint names one, and the international directories.

use crate::domain::CountryCode;
use crate::state::snapshot::Snapshot;
use serde_json::json;

pub const LAST_RESORT_MESSAGE: &str = "You don't have to go through this alone. Please reach out to one of the helplines listed here, or to your local emergency number if you are in immediate danger.";

pub fn fallback_answer(snapshot: &Snapshot, country_hint: Option<&str>) -> Vec<u8> {
    let country = country_hint
        .and_then(CountryCode::parse)
        .and_then(|code| snapshot.dataset.country(code));
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
        "dataset": {"version": snapshot.version}
    });
    serde_json::to_vec(&answer).unwrap_or_default()
}
