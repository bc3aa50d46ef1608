//! Live reload on copies of the real data: a bad edit is refused and never
//! served, a good edit is served within seconds (the debounce is 150 ms; the
//! bound is 10 s so that a loaded machine does not fail it), and no request
//! fails.

use crate::helpers::{copy_of_real_data, serve_args, spawn_app_with};
use crisis_lookup::state::system_clock;
use serde_json::json;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Replaces the file the way editors do: write a temporary file, rename it.
fn replace_file(path: &Path, text: &str) {
    let temporary = path.with_extension("tmp~");
    std::fs::write(&temporary, text).unwrap_or_else(|e| panic!("{e}"));
    std::fs::rename(&temporary, path).unwrap_or_else(|e| panic!("{e}"));
}

#[tokio::test]
async fn a_bad_edit_is_refused_and_a_good_one_is_served_without_a_failed_request() {
    let (_dir, data, locales) = copy_of_real_data();
    let app = Arc::new(spawn_app_with(serve_args(data.clone(), locales), system_clock()).await);
    let original = std::fs::read_to_string(&data).unwrap_or_else(|e| panic!("{e}"));

    // Load from another task for the whole test.
    let stop = Arc::new(AtomicBool::new(false));
    let failures = Arc::new(AtomicUsize::new(0));
    let sent = Arc::new(AtomicUsize::new(0));
    let load = {
        let (app, stop, failures, sent) =
            (app.clone(), stop.clone(), failures.clone(), sent.clone());
        tokio::spawn(async move {
            while !stop.load(Ordering::SeqCst) {
                let answer = app
                    .post_lookup(&json!({"message": "ik wil niet meer", "country": "BE"}))
                    .await;
                sent.fetch_add(1, Ordering::SeqCst);
                let body: serde_json::Value =
                    serde_json::from_str(&answer.text).unwrap_or_default();
                if answer.status != 200 || body["resources"][0]["id"] != "be-zelfmoordlijn-1813" {
                    failures.fetch_add(1, Ordering::SeqCst);
                }
            }
        })
    };

    // 1. A broken edit: refused, reported by /readyz, the old data keeps serving.
    let version_before = app.get("/readyz").await.json()["dataset"]["version"].clone();
    replace_file(
        &data,
        &original.replacen("countries:", "countries: [unclosed", 1),
    );
    let deadline = Instant::now() + Duration::from_secs(5);
    let ready = loop {
        let ready = app.get("/readyz").await.json();
        if ready["last_reload_error"].is_string() || Instant::now() > deadline {
            break ready;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    };
    let error = ready["last_reload_error"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        error.contains("resources.yaml:"),
        "readyz names the file and position: {ready}"
    );
    assert_eq!(
        ready["dataset"]["version"], version_before,
        "the old dataset keeps serving"
    );
    assert_eq!(app.get("/readyz").await.status, 200);

    // 2. A good edit: served within seconds, and the error is cleared.
    let edited = original.replacen(
        "name: \"Zelfmoordlijn 1813\"",
        "name: \"Zelfmoordlijn 1813 (edited)\"",
        1,
    );
    assert_ne!(edited, original, "the test edit applies");
    let written = Instant::now();
    replace_file(&data, &edited);
    let served = loop {
        let body = app
            .post_lookup(&json!({"country": "BE", "locale": "nl-BE"}))
            .await
            .json();
        if body["resources"][0]["name"] == "Zelfmoordlijn 1813 (edited)" {
            break written.elapsed();
        }
        assert!(
            written.elapsed() < Duration::from_secs(10),
            "the good edit was not served within 10 s"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let ready = app.get("/readyz").await.json();
    assert_eq!(
        ready["last_reload_error"],
        serde_json::Value::Null,
        "{ready}"
    );
    assert_ne!(ready["dataset"]["version"], version_before);

    stop.store(true, Ordering::SeqCst);
    load.await.unwrap_or_else(|e| panic!("{e}"));
    assert!(
        sent.load(Ordering::SeqCst) > 10,
        "requests kept flowing during the reloads"
    );
    assert_eq!(
        failures.load(Ordering::SeqCst),
        0,
        "no request failed or saw the broken edit"
    );
    eprintln!(
        "good edit served after {served:?}; {} requests during the test",
        sent.load(Ordering::SeqCst)
    );
}

#[tokio::test]
async fn a_broken_locale_is_refused_with_its_position_and_the_old_text_keeps_serving() {
    let (_dir, data, locales) = copy_of_real_data();
    let app = spawn_app_with(serve_args(data, locales.clone()), system_clock()).await;
    let before = app
        .post_lookup(&json!({"country": "NL", "locale": "nl"}))
        .await
        .json();

    replace_file(
        &locales.join("nl").join("crisis.ftl"),
        "support-message = { $unclosed\n",
    );
    let deadline = Instant::now() + Duration::from_secs(5);
    let ready = loop {
        let ready = app.get("/readyz").await.json();
        if ready["last_reload_error"].is_string() || Instant::now() > deadline {
            break ready;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    };
    let error = ready["last_reload_error"].as_str().unwrap_or_default();
    let position = error.split("nl/crisis.ftl:").nth(1).unwrap_or_default();
    assert!(
        position
            .split(':')
            .take(2)
            .all(|n| n.parse::<u32>().is_ok())
            && error.contains("Fluent syntax"),
        "readyz gives FILE:LINE:COLUMN of the Fluent error: {ready}"
    );
    let after = app
        .post_lookup(&json!({"country": "NL", "locale": "nl"}))
        .await
        .json();
    assert_eq!(
        after["text"], before["text"],
        "the last good Dutch text keeps serving"
    );
}
