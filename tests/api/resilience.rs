//! Always an answer: a failure while building one still gives the person
//! words of support, the emergency number and the directories.

use crate::helpers::spawn_app;
use serde_json::json;

#[tokio::test]
async fn a_failure_while_building_the_answer_still_gives_a_200_with_the_emergency_number() {
    let app = spawn_app().await;
    app.state.inject_lookup_failure();
    let answer = app
        .post_lookup(&json!({"message": "ik wil niet meer leven", "country": "BE"}))
        .await;
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
