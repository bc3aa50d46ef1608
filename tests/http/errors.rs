//! Every row of the contract's Errors table, and none of them echoes what
//! was sent.

use crate::helpers::{assert_problem, spawn_app};
use reqwest::Method;

const MARKER: &str = "PRIVATE-MARKER-7f3a";

#[tokio::test]
async fn a_body_that_is_not_json_gets_a_400_problem_without_the_message() {
    let app = spawn_app().await;
    let body = format!("{{\"message\": \"{MARKER} ik wil niet meer\", ");
    let answer = app
        .post_raw("/v1/lookup", "application/json", body.into_bytes())
        .await;
    assert_problem(&answer, 400, "truncated JSON");
    assert_eq!(answer.json()["code"], "invalid-json");
    assert!(!answer.text.contains(MARKER));
}

#[tokio::test]
async fn a_field_of_the_wrong_type_gets_a_400_problem_without_the_value() {
    let app = spawn_app().await;
    let cases = [
        (
            format!(r#"{{"message": 42, "topics": "{MARKER}"}}"#),
            "message is a number",
        ),
        (format!(r#"{{"topics": "{MARKER}"}}"#), "topics is a string"),
        (format!(r#"["{MARKER}"]"#), "the body is an array"),
        ("null".to_string(), "the body is null"),
        (
            format!(r#"{{"country": ["{MARKER}"]}}"#),
            "country is an array",
        ),
    ];
    for (body, case) in cases {
        let answer = app
            .post_raw("/v1/lookup", "application/json", body.into_bytes())
            .await;
        assert_problem(&answer, 400, case);
        assert_eq!(answer.json()["code"], "invalid-request", "{case}");
        assert!(!answer.text.contains(MARKER), "{case}: {}", answer.text);
    }
}

#[tokio::test]
async fn a_body_over_16_kib_gets_a_413_problem() {
    let app = spawn_app().await;
    let message = MARKER.repeat(2000);
    let body = serde_json::json!({ "message": message }).to_string();
    assert!(body.len() > 16 * 1024);
    let answer = app
        .post_raw("/v1/lookup", "application/json", body.into_bytes())
        .await;
    assert_problem(&answer, 413, "oversized body");
    assert!(!answer.text.contains(MARKER));
}

#[tokio::test]
async fn a_body_just_under_the_limit_is_answered() {
    let app = spawn_app().await;
    let message = "a".repeat(16 * 1024 - 20);
    let body = serde_json::json!({ "message": message }).to_string();
    assert!(body.len() <= 16 * 1024);
    let answer = app
        .post_raw("/v1/lookup", "application/json", body.into_bytes())
        .await;
    assert_eq!(answer.status, 200);
}

#[tokio::test]
async fn a_content_type_that_is_not_json_gets_a_415_problem() {
    let app = spawn_app().await;
    let body = format!(r#"{{"message": "{MARKER}"}}"#);
    for content_type in ["text/plain", "application/x-www-form-urlencoded", ""] {
        let answer = app
            .post_raw("/v1/lookup", content_type, body.clone().into_bytes())
            .await;
        assert_problem(&answer, 415, content_type);
        assert!(!answer.text.contains(MARKER));
    }
    let answer = app
        .post_raw(
            "/v1/lookup",
            "application/json; charset=utf-8",
            body.into_bytes(),
        )
        .await;
    assert_eq!(answer.status, 200, "a charset parameter is fine");
}

#[tokio::test]
async fn an_unknown_path_gets_a_404_problem_that_does_not_echo_the_path() {
    let app = spawn_app().await;
    let answer = app.get(&format!("/v1/{MARKER}")).await;
    assert_problem(&answer, 404, "unknown path");
    assert!(!answer.text.contains(MARKER));
    assert_problem(&app.get("/v2/lookup").await, 404, "another version");
}

#[tokio::test]
async fn a_wrong_method_gets_a_405_problem() {
    let app = spawn_app().await;
    for (method, path) in [
        (Method::GET, "/v1/lookup"),
        (Method::PUT, "/v1/lookup"),
        (Method::DELETE, "/v1/countries"),
        (Method::POST, "/v1/countries/BE/resources"),
    ] {
        let answer = app.request(method.clone(), path).await;
        assert_problem(&answer, 405, &format!("{method} {path}"));
    }
}

#[tokio::test]
async fn an_unknown_country_in_the_path_gets_a_404_problem() {
    let app = spawn_app().await;
    for code in ["XX", "Belgium", "..%2F..%2Fetc%2Fpasswd"] {
        let answer = app.get(&format!("/v1/countries/{code}/resources")).await;
        assert_problem(&answer, 404, code);
    }
}

#[tokio::test]
async fn a_query_string_that_cannot_be_read_gets_a_400_problem_about_the_query_string() {
    let app = spawn_app().await;
    for query in ["lang=nl&lang=fr", "topics=suicide&topics=self-harm"] {
        let path = format!("/v1/countries/BE/resources?{query}&{MARKER}=1");
        let answer = app.get(&path).await;
        assert_problem(&answer, 400, query);
        let body = answer.json();
        assert_eq!(body["code"], "invalid-query", "{query}");
        let detail = body["detail"].as_str().unwrap_or_default();
        assert!(detail.contains("query string"), "{query}: {detail}");
        assert!(!detail.contains("body"), "{query}: {detail}");
        assert!(!answer.text.contains(MARKER), "{query}: echoed");
    }
}
