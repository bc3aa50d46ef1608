//! Every answer says what it referred the person to (`referral`), with no
//! identifier and nothing from the message; `/metrics` counts referrals by
//! kind, country, language and interface; the protocol page explains both.

use crate::helpers::{resource_ids, spawn_app};
use crate::mcp_client::{structured_answer, McpClient};
use serde_json::{json, Value};

/// The channels an answer's lines can really be reached by, read from the
/// lines themselves, in the documented order.
fn channels_of(answer: &Value) -> Vec<String> {
    let lines = answer["resources"].as_array().cloned().unwrap_or_default();
    [
        ("phone", "phone"),
        ("sms", "sms"),
        ("chat", "chat"),
        ("whatsapp", "whatsapp"),
        ("website", "web"),
    ]
    .into_iter()
    .filter(|(field, _)| lines.iter().any(|line| !line[field].is_null()))
    .map(|(_, channel)| channel.to_string())
    .collect()
}

/// Checks the block's fields and the values that follow from the rest of
/// the answer; returns the block.
fn referral(answer: &Value) -> Value {
    let block = answer["referral"].clone();
    let mut fields: Vec<&String> = block
        .as_object()
        .map(|o| o.keys().collect())
        .unwrap_or_default();
    fields.sort();
    assert_eq!(
        fields,
        [
            "channels",
            "country",
            "crisis_line",
            "dataset_version",
            "directories",
            "emergency_number",
            "kind",
            "language",
            "protocol"
        ],
        "exactly these fields, nothing that identifies anyone: {block}"
    );
    assert_eq!(block["dataset_version"], answer["dataset"]["version"]);
    assert_eq!(block["language"], answer["language"]["code"]);
    assert_eq!(block["protocol"], "/preview/protocol");
    assert_eq!(block["crisis_line"], !resource_ids(answer).is_empty());
    assert_eq!(block["channels"], json!(channels_of(answer)));
    assert_eq!(
        block["directories"], true,
        "the directories are always given"
    );
    block
}

#[tokio::test]
async fn a_covered_country_is_referred_to_its_crisis_line_with_its_channels() {
    let app = spawn_app().await;
    let answer = app
        .post_lookup(&json!({"message": "ik wil niet meer leven", "country": "BE"}))
        .await
        .json();
    let block = referral(&answer);
    assert_eq!(block["kind"], "crisis_line");
    assert_eq!(block["crisis_line"], true);
    assert_eq!(block["emergency_number"], true);
    assert_eq!(block["country"], "BE");
    assert_eq!(block["language"], "nl");
    let channels = block["channels"].as_array().cloned().unwrap_or_default();
    assert!(
        channels.contains(&json!("phone")) && channels.contains(&json!("chat")),
        "1813 answers by phone and chat: {block}"
    );
}

#[tokio::test]
async fn a_country_with_only_an_emergency_number_is_referred_to_it() {
    let app = spawn_app().await;
    let countries = app.get("/v1/countries").await.json();
    let mut found = false;
    for country in countries.as_array().cloned().unwrap_or_default() {
        if country["resource_count"] != 0 {
            continue;
        }
        let answer = app
            .post_lookup(&json!({"country": country["code"]}))
            .await
            .json();
        // Some have a line that serves them from a neighbour.
        if !resource_ids(&answer).is_empty() {
            assert_eq!(
                referral(&answer)["kind"],
                "crisis_line",
                "{}",
                country["code"]
            );
            continue;
        }
        let block = referral(&answer);
        assert_eq!(block["kind"], "emergency_number_only", "{block}");
        assert_eq!(block["crisis_line"], false);
        assert_eq!(block["emergency_number"], true);
        assert_eq!(block["channels"], json!([]));
        assert_eq!(block["country"], country["code"]);
        found = true;
        break;
    }
    assert!(
        found,
        "the dataset has a country with only an emergency number"
    );
}

#[tokio::test]
async fn without_a_country_the_referral_is_to_the_directories_or_to_candidate_lines() {
    let app = spawn_app().await;
    let answer = app.post_lookup(&json!({})).await.json();
    let block = referral(&answer);
    assert_eq!(block["kind"], "directories_only");
    assert_eq!(block["crisis_line"], false);
    assert_eq!(block["emergency_number"], false);
    assert_eq!(block["country"], Value::Null);
    assert_eq!(block["language"], "en");

    let answer = app
        .post_lookup(&json!({"message": "je ne veux plus vivre, je n'en peux plus"}))
        .await
        .json();
    let block = referral(&answer);
    assert_eq!(block["kind"], "candidate_lines", "{answer}");
    assert_eq!(block["crisis_line"], true);
    assert_eq!(block["emergency_number"], false);
    assert_eq!(block["country"], Value::Null);
}

#[tokio::test]
async fn the_static_fallback_answer_carries_a_referral_too() {
    let app = spawn_app().await;
    app.state.inject_lookup_failure();
    let answer = app
        .post_lookup(&json!({"message": "help", "country": "BE"}))
        .await
        .json();
    assert_eq!(answer["warnings"][0]["code"], "degraded-answer");
    let block = referral(&answer);
    assert_eq!(block["kind"], "emergency_number_only");
    assert_eq!(block["country"], "BE");
}

/// The value of the series of `name` whose labels are exactly `labels`.
fn series(metrics: &str, name: &str, labels: &[(&str, &str)]) -> f64 {
    metrics
        .lines()
        .filter(|line| line.starts_with(&format!("{name}{{")))
        .filter(|line| {
            let inside = line
                .split_once('{')
                .and_then(|(_, rest)| rest.split_once('}'))
                .map(|(inside, _)| inside)
                .unwrap_or_default();
            let mut found: Vec<&str> = inside.split(',').collect();
            found.sort();
            let mut wanted: Vec<String> =
                labels.iter().map(|(k, v)| format!("{k}=\"{v}\"")).collect();
            wanted.sort();
            found == wanted
        })
        .filter_map(|line| line.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

#[tokio::test]
async fn metrics_count_referrals_by_kind_country_language_and_interface_never_the_message() {
    let app = spawn_app().await;
    let secret = "zq7-referral-metrics-secret";
    // New Zealand in English is this test's own: the tests share one
    // process, and so its counters.
    let message = format!("{secret} I can't go on anymore, I want to end my life");
    let before = app.get("/metrics").await.text;

    for _ in 0..2 {
        let answer = app
            .post_lookup(&json!({"message": message, "country": "NZ"}))
            .await;
        assert_eq!(answer.status, 200);
    }
    let _ = app.post_lookup(&json!({"locale": "!!"})).await;
    let mut client = McpClient::new(&app);
    client.initialize().await;
    let result = client
        .call_tool(json!({"message": message, "country": "NZ", "locale": null, "topics": null, "channels": null}))
        .await;
    assert_eq!(
        structured_answer(&result)["referral"]["kind"],
        "crisis_line"
    );

    let after = app.get("/metrics").await.text;
    let delta = |labels: &[(&str, &str)]| {
        series(&after, "crisis_lookup_referrals_total", labels)
            - series(&before, "crisis_lookup_referrals_total", labels)
    };
    let new_zealand = |interface| {
        [
            ("interface", interface),
            ("kind", "crisis_line"),
            ("country", "NZ"),
            ("language", "en"),
        ]
    };
    assert_eq!(delta(&new_zealand("rest")), 2.0, "{after}");
    assert_eq!(delta(&new_zealand("mcp")), 1.0, "{after}");
    // Other tests send empty requests too: at least this one.
    assert!(
        delta(&[
            ("interface", "rest"),
            ("kind", "directories_only"),
            ("country", "unknown"),
            ("language", "en"),
        ]) >= 1.0,
        "{after}"
    );
    assert!(after.contains("# HELP crisis_lookup_referrals_total"));
    assert!(!after.contains(secret), "the message reached /metrics");
    assert!(
        !after.contains("end my life"),
        "part of the message reached /metrics"
    );
}

#[tokio::test]
async fn the_protocol_page_is_served_and_linked_from_the_preview() {
    let app = spawn_app().await;
    let page = app.get("/preview/protocol").await;
    assert_eq!(page.status, 200);
    assert!(page.content_type.starts_with("text/html"));
    for part in [
        "<title>How crisis-lookup refers people to help</title>",
        "<h2>The referral block</h2>",
        "<table>",
        "<code>emergency_number_only</code>",
        "California SB 243",
        "New York General Business Law Article 47",
    ] {
        assert!(page.text.contains(part), "the page has `{part}`");
    }
    let preview = app.get("/").await.text;
    assert!(
        preview.contains("href=\"/preview/protocol\"")
            && preview.contains("data-l10n=\"preview-protocol-link\""),
        "the preview links to the protocol with its localized label"
    );
    let answer = app.post_lookup(&json!({"country": "BE"})).await.json();
    let linked = answer["referral"]["protocol"].as_str().unwrap_or_default();
    assert_eq!(app.get(linked).await.status, 200, "the answer's link works");
}
