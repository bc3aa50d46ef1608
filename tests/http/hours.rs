//! Opening hours at a fixed clock: a closed line ranks below one that may be
//! open and says when it opens (the day and the time, written as the
//! locale writes a time); an overnight range is open after midnight.
//! Kaan Pete Roi (Bangladesh) answers daily 15:00–03:00, Asia/Dhaka.

use crate::helpers::{
    clock_at, copy_of_real_data, resource_ids, serve_args, spawn_app_at, spawn_app_with,
};
use serde_json::json;

const KAAN_PETE_ROI: &str = "bd-kaan-pete-roi";

#[tokio::test]
async fn a_line_closed_at_the_clock_ranks_below_the_others_and_says_when_it_opens() {
    let app = spawn_app_at("2026-11-28T10:00[Asia/Dhaka]").await;
    let body = app
        .post_lookup(&json!({"country": "BD", "locale": "en"}))
        .await
        .json();
    let ids = resource_ids(&body);
    assert_eq!(
        ids.last().map(String::as_str),
        Some(KAAN_PETE_ROI),
        "closed lines come last: {ids:?}"
    );
    let line = &body["resources"][ids.len() - 1];
    assert_eq!(line["open_now"], false);
    // English writes the time as CLDR does, "3:00 PM", and says the day.
    assert!(
        line["summary"]
            .as_str()
            .is_some_and(|s| s.contains("Closed now, opens at 3:00\u{202f}PM")),
        "{line}"
    );
    assert!(
        ids.len() >= 2,
        "the closed line is ranked down, not dropped"
    );
}

#[tokio::test]
async fn an_overnight_range_is_open_after_midnight_and_ranks_first() {
    let app = spawn_app_at("2026-11-29T02:00[Asia/Dhaka]").await;
    let body = app
        .post_lookup(&json!({"country": "BD", "locale": "en"}))
        .await
        .json();
    assert_eq!(
        resource_ids(&body).first().map(String::as_str),
        Some(KAAN_PETE_ROI)
    );
    let line = &body["resources"][0];
    assert_eq!(line["open_now"], true);
    assert!(
        line["summary"]
            .as_str()
            .is_some_and(|s| s.contains("Open now, until 3:00\u{202f}AM")),
        "{line}"
    );
    let message = body["text"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("Kaan Pete Roi"),
        "the open line is the one the message names: {message}"
    );
}

/// The Arabic and English crisis line in Finland answers Mon–Tue from 11:00
/// (Europe/Helsinki). Finland moves its clocks forward on 2026-03-29, so the
/// same UTC instant, 08:30Z, is 10:30 (closed) on the Monday before and 11:30
/// (open) on the Monday after: only local time in the line's own zone gets
/// both right.
#[tokio::test]
async fn opening_hours_follow_the_lines_local_time_across_a_daylight_saving_change() {
    const LINE: &str = "fi-arabian-ja-englanninkielinen-kriisipuhelin";
    let mut states = Vec::new();
    for (instant, expected_open) in [
        ("2026-03-23T08:30:00+00:00[UTC]", false),
        ("2026-03-30T08:30:00+00:00[UTC]", true),
    ] {
        let app = spawn_app_at(instant).await;
        let body = app
            .post_lookup(&json!({"country": "FI", "locale": "ar"}))
            .await
            .json();
        let line = body["resources"]
            .as_array()
            .and_then(|lines| lines.iter().find(|l| l["id"] == LINE))
            .cloned()
            .unwrap_or_else(|| panic!("{LINE} is among Finland's lines: {body}"));
        assert_eq!(line["open_now"], expected_open, "{instant}: {line}");
        states.push(line["summary"].as_str().unwrap_or_default().to_string());
    }
    // Arabic writes times on a 12-hour clock with ص (morning) and م (afternoon).
    assert!(
        states[0].contains("11:00 ص"),
        "before the change it says it opens at 11:00 local: {}",
        states[0]
    );
    assert!(
        states[1].contains("3:00 م"),
        "after the change it says it is open until 15:00 local: {}",
        states[1]
    );
}

/// Spanish and Portuguese say "a la 01:00" / "à 01:00" (one o'clock is
/// singular) and "a las 15:00" / "às 15:00": the locales select on
/// `$opens_hour`. Kaan Pete Roi's hours are moved to 01:00–03:00 in a copy
/// of the real data for the first case.
#[tokio::test]
async fn spanish_and_portuguese_agree_the_article_with_the_hour() {
    let (_dir, data, locales) = copy_of_real_data();
    let yaml = std::fs::read_to_string(&data).unwrap_or_else(|e| panic!("{e}"));
    let moved = yaml.replace(
        r#"weekly: [{days: daily, from: "15:00", to: "03:00"}]"#,
        r#"weekly: [{days: daily, from: "01:00", to: "03:00"}]"#,
    );
    assert_ne!(moved, yaml, "Kaan Pete Roi's hours are in the data");
    std::fs::write(&data, moved).unwrap_or_else(|e| panic!("{e}"));
    let at_one = spawn_app_with(
        serve_args(data, locales),
        clock_at("2026-11-28T10:00[Asia/Dhaka]"),
    )
    .await;
    let at_three = spawn_app_at("2026-11-28T10:00[Asia/Dhaka]").await;
    for (app, locale, want) in [
        (&at_one, "es", "abre mañana a la 01:00"),
        (&at_one, "pt-BR", "abre amanhã à 01:00"),
        (&at_three, "es", "abre a las 15:00"),
        (&at_three, "pt-BR", "abre às 15:00"),
    ] {
        let body = app
            .post_lookup(&json!({"country": "BD", "locale": locale}))
            .await
            .json();
        let summaries: Vec<&str> = body["resources"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|line| line["id"] == KAAN_PETE_ROI)
            .filter_map(|line| line["summary"].as_str())
            .collect();
        assert!(
            summaries.iter().any(|s| s.contains(want)),
            "{locale}: want {want:?} in {summaries:?}"
        );
    }
}
