use crate::helpers::{resource_ids, spawn_app, warning_codes};
use serde_json::json;

#[tokio::test]
async fn a_dutch_message_from_belgium_gets_zelfmoordlijn_1813_first_in_dutch() {
    let app = spawn_app().await;
    let answer = app
        .post_lookup(&json!({
            "message": "ik weet het echt niet meer, ik wil niet meer leven",
            "country": "BE"
        }))
        .await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    let body = answer.json();
    assert_eq!(
        resource_ids(&body).first().map(String::as_str),
        Some("be-zelfmoordlijn-1813")
    );
    assert_eq!(body["language"]["code"], "nl");
    assert_eq!(body["language"]["source"], "message");
    assert_eq!(
        body["country"],
        json!({"code": "BE", "source": "country", "covered": true})
    );
    assert_eq!(body["text"]["lang"], "nl");
    assert_eq!(body["text"]["dir"], "ltr");
    assert_eq!(body["emergency"]["number"], "112");
    let message = body["text"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("1813"),
        "the message names the line's number: {message}"
    );
    assert!(
        message.contains("112"),
        "the message names the emergency number: {message}"
    );
    let first = &body["resources"][0];
    for field in ["source", "verified", "summary"] {
        assert!(first[field].is_string(), "`{field}` in {first}");
    }
}

#[tokio::test]
async fn a_french_message_from_belgium_gets_the_centre_de_prevention_du_suicide_first() {
    let app = spawn_app().await;
    let answer = app
        .post_lookup(&json!({
            "message": "je n'en peux plus, je ne veux plus vivre, tout est trop lourd",
            "country": "be"
        }))
        .await;
    let body = answer.json();
    assert_eq!(body["language"]["code"], "fr");
    assert_eq!(
        body["resources"][0]["name"],
        "Centre de Prévention du Suicide"
    );
    assert_eq!(body["text"]["lang"], "fr");
    let message = body["text"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("0800 32 123"), "{message}");
}

#[tokio::test]
async fn a_spanish_message_from_the_united_states_gets_988_and_spanish_text() {
    let app = spawn_app().await;
    let answer = app
        .post_lookup(&json!({
            "message": "no puedo más, ya no quiero seguir viviendo así",
            "country": "US"
        }))
        .await;
    let body = answer.json();
    assert_eq!(body["language"]["code"], "es");
    assert_eq!(body["resources"][0]["phone"], "988");
    assert_eq!(body["text"]["lang"], "es");
    assert_eq!(body["emergency"]["number"], "911");
    let message = body["text"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("988") && message.contains("911"),
        "{message}"
    );
}

#[tokio::test]
async fn a_brazilian_locale_alone_resolves_brazil_and_portuguese() {
    let app = spawn_app().await;
    let body = app.post_lookup(&json!({"locale": "pt-BR"})).await.json();
    assert_eq!(body["country"]["code"], "BR");
    assert_eq!(body["country"]["source"], "locale");
    assert_eq!(body["language"]["code"], "pt");
    assert_eq!(body["language"]["source"], "locale");
    assert_eq!(body["locale"], "pt-BR");
    assert_eq!(body["text"]["lang"], "pt-BR");
    assert!(!resource_ids(&body).is_empty(), "Brazil has a line");
}

#[tokio::test]
async fn an_empty_request_gets_the_international_directories_and_a_question() {
    let app = spawn_app().await;
    let answer = app.post_lookup(&json!({})).await;
    assert_eq!(answer.status, 200);
    let body = answer.json();
    assert_eq!(body["country"]["code"], serde_json::Value::Null);
    assert_eq!(body["country"]["covered"], false);
    assert_eq!(
        body["language"],
        json!({"code": "en", "source": "default", "confidence": null})
    );
    assert!(body["text"]["ask_country"].is_string(), "{body}");
    let directories = body["international"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!directories.is_empty());
    assert!(directories.iter().all(|d| d["website"]
        .as_str()
        .is_some_and(|w| w.starts_with("https://"))));
    assert_eq!(body["warnings"], json!([]));
    assert!(body["dataset"]["version"].is_string());
}

#[tokio::test]
async fn a_country_name_instead_of_a_code_is_ignored_with_a_warning() {
    let app = spawn_app().await;
    let answer = app
        .post_lookup(&json!({"country": "Belgium", "message": "I can't go on anymore"}))
        .await;
    assert_eq!(answer.status, 200);
    let body = answer.json();
    let warnings = body["warnings"].as_array().cloned().unwrap_or_default();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0]["code"], "invalid-country");
    assert_eq!(warnings[0]["field"], "country");
    assert_eq!(body["country"]["code"], serde_json::Value::Null);
    assert!(!body["international"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .is_empty());
}

#[tokio::test]
async fn every_unparsable_hint_and_unknown_filter_is_named_in_warnings_and_the_answer_still_comes()
{
    let app = spawn_app().await;
    let body = app
        .post_lookup(&json!({
            "locale": "!!",
            "accept_language": "??;q=x",
            "topics": ["suicide", "astrology"],
            "channels": ["pigeon"],
            "country": "NL",
            "colour": "blue"
        }))
        .await
        .json();
    assert_eq!(
        warning_codes(&body),
        [
            "invalid-accept-language",
            "invalid-locale",
            "unknown-channel",
            "unknown-field",
            "unknown-topic"
        ]
    );
    assert_eq!(body["country"]["code"], "NL");
    assert!(!resource_ids(&body).is_empty());
}

#[tokio::test]
async fn a_known_country_without_a_line_gets_its_emergency_number_and_the_directories() {
    let app = spawn_app().await;
    let countries = app.get("/v1/countries").await.json();
    let uncovered = countries
        .as_array()
        .and_then(|list| list.iter().find(|c| c["resource_count"] == 0))
        .cloned()
        .unwrap_or_else(|| panic!("the dataset has countries with only an emergency number"));
    let body = app
        .post_lookup(&json!({"country": uncovered["code"]}))
        .await
        .json();
    assert_eq!(body["country"]["covered"], false);
    assert_eq!(body["emergency"], uncovered["emergency"]);
    assert_eq!(resource_ids(&body), Vec::<String>::new());
    assert!(!body["international"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .is_empty());
    assert!(body["text"]["message"].is_string());
}

#[tokio::test]
async fn an_arabic_message_is_answered_right_to_left() {
    let app = spawn_app().await;
    let body = app
        .post_lookup(&json!({"message": "لا أستطيع التحمل أكثر، أريد أن أنهي كل شيء"}))
        .await
        .json();
    assert_eq!(body["language"]["code"], "ar");
    assert_eq!(body["text"]["lang"], "ar");
    assert_eq!(body["text"]["dir"], "rtl");
}

#[tokio::test]
async fn card_names_and_hours_in_a_right_to_left_answer_are_isolated_and_left_to_right_ones_are_not(
) {
    let app = spawn_app().await;
    let isolated = |text: &str| text.starts_with('\u{2068}') && text.ends_with('\u{2069}');
    for (message, country, rtl) in [
        ("لا أستطيع التحمل أكثر، أريد أن أنهي كل شيء", "AE", true),
        ("אני לא יכול יותר, אני רוצה שזה ייגמר", "IL", true),
        (
            "ik weet het echt niet meer, ik wil niet meer leven",
            "BE",
            false,
        ),
    ] {
        let body = app
            .post_lookup(&json!({"message": message, "country": country}))
            .await
            .json();
        assert_eq!(
            body["text"]["dir"],
            if rtl { "rtl" } else { "ltr" },
            "{country}"
        );
        let cards = body["resources"].as_array().cloned().unwrap_or_default();
        assert!(!cards.is_empty(), "{country} has lines");
        for card in cards {
            let name = card["name"].as_str().unwrap_or_default();
            assert_eq!(isolated(name), rtl, "{country}: name {name:?}");
            if let Some(hours) = card["hours"].as_str() {
                assert_eq!(isolated(hours), rtl, "{country}: hours {hours:?}");
            }
        }
    }
}

#[tokio::test]
async fn the_same_lookup_twice_gives_the_same_answer() {
    let app = spawn_app().await;
    let request =
        json!({"message": "ich kann nicht mehr, ich will nicht mehr leben", "country": "DE"});
    let first = app.post_lookup(&request).await.json();
    let second = app.post_lookup(&request).await.json();
    assert_eq!(first, second, "the cached answer equals the built one");
    assert_eq!(first["text"]["lang"], "de");
}

#[tokio::test]
async fn the_cli_lookup_prints_the_same_json_as_the_endpoint() {
    let app = spawn_app().await;
    let http = app
        .post_lookup(&json!({"message": "I feel hopeless", "country": "GB"}))
        .await
        .json();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_crisis-lookup"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["lookup", "--message", "I feel hopeless", "--country", "GB"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success());
    let cli: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cli["resources"], http["resources"]);
    assert_eq!(cli["text"], http["text"]);
}

#[tokio::test]
async fn a_language_without_text_gets_the_language_its_readers_most_likely_read_with_a_warning() {
    let app = spawn_app().await;
    // (locale hint, country, the text language expected): Turkmen readers
    // read Russian; Dzongkha has no fallback but English.
    for (locale, country, expected) in [("tk", "TM", "ru"), ("dz", "BT", "en"), ("lb", "LU", "lb")]
    {
        let body = app
            .post_lookup(&json!({"locale": locale, "country": country}))
            .await
            .json();
        assert_eq!(body["language"]["code"], locale, "{body}");
        assert_eq!(
            body["text"]["lang"], expected,
            "{locale} in {country}: {body}"
        );
        let fallback = body["warnings"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .find(|w| w["code"] == "text-language-fallback");
        if expected == locale {
            assert!(fallback.is_none(), "{locale} has its own text: {body}");
        } else {
            let fallback =
                fallback.unwrap_or_else(|| panic!("{locale}: no fallback warning in {body}"));
            assert_eq!(fallback["field"], "language");
            let said = fallback["detail"].as_str().unwrap_or_default();
            assert!(said.contains(locale) && said.contains(expected), "{said}");
        }
    }
}

#[tokio::test]
async fn an_accept_language_without_tags_is_reported() {
    let app = spawn_app().await;
    let body = app
        .post_lookup(&json!({"accept_language": ";;;q=abc,,,*;q=9", "country": "FR"}))
        .await
        .json();
    assert_eq!(warning_codes(&body), ["invalid-accept-language"], "{body}");
    assert_eq!(body["text"]["lang"], "fr");
}
