//! Always an answer: a failure while building one still gives the person
//! words of support, the emergency number and the directories.

use crate::helpers::spawn_app;
use serde_json::json;
use std::sync::{Arc, Mutex};

#[tokio::test]
async fn a_failure_while_building_the_answer_still_gives_a_200_with_the_emergency_number() {
    let app = spawn_app().await;
    // Record what the panic says, to prove it does not carry the message.
    let panic_messages = Arc::new(Mutex::new(Vec::<String>::new()));
    let recorder = panic_messages.clone();
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if let Ok(mut messages) = recorder.lock() {
            messages.push(info.to_string());
        }
    }));
    app.state.inject_lookup_failure();
    let answer = app
        .post_lookup(&json!({"message": "ik wil niet meer leven", "country": "BE"}))
        .await;
    std::panic::set_hook(previous_hook);
    let messages = panic_messages.lock().map(|m| m.clone()).unwrap_or_default();
    assert!(
        messages.iter().any(|m| m.contains("injected failure")),
        "the injected panic happened: {messages:?}"
    );
    assert!(
        messages
            .iter()
            .all(|m| !m.contains("ik wil niet meer leven")),
        "no panic message carries the message: {messages:?}"
    );
    assert_eq!(answer.status, 200, "{}", answer.text);
    let body = answer.json();
    assert_eq!(body["emergency"]["number"], "112");
    assert!(!body["international"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .is_empty());
    assert!(body["text"]["message"]
        .as_str()
        .is_some_and(|m| !m.is_empty()));
    assert_eq!(body["warnings"][0]["code"], "degraded-answer");
    assert!(!answer.text.contains("ik wil niet meer leven"));

    let metrics = app.get("/metrics").await.text;
    assert!(
        metrics.contains("crisis_lookup_answer_failures_total"),
        "the failure is counted"
    );

    let next = app.post_lookup(&json!({"country": "BE"})).await.json();
    assert_eq!(
        next["resources"][0]["id"], "be-zelfmoordlijn-1813",
        "the next request is answered normally"
    );
}
