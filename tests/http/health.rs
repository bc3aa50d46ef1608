use crate::helpers::spawn_app;

#[tokio::test]
async fn healthz_answers_200() {
    let app = spawn_app().await;
    let answer = app.get("/healthz").await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.json()["status"], "ok");
}

#[tokio::test]
async fn readyz_gives_the_dataset_version_and_no_reload_error() {
    let app = spawn_app().await;
    let answer = app.get("/readyz").await;
    assert_eq!(answer.status, 200);
    let body = answer.json();
    assert_eq!(body["status"], "ready");
    assert!(body["dataset"]["version"]
        .as_str()
        .is_some_and(|v| !v.is_empty()));
    assert!(body["dataset"]["countries"].as_u64().unwrap_or(0) > 0);
    assert_eq!(body["last_reload_error"], serde_json::Value::Null);
}
