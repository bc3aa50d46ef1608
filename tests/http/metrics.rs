use crate::helpers::spawn_app;
use serde_json::json;

/// The value of the first series of `name` whose labels contain every
/// `label="value"` pair given.
fn series_value(metrics: &str, name: &str, labels: &[&str]) -> f64 {
    metrics
        .lines()
        .filter(|line| line.starts_with(name) && labels.iter().all(|l| line.contains(l)))
        .filter_map(|line| line.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

#[tokio::test]
async fn metrics_count_lookups_by_language_country_and_source_and_requests_by_route() {
    let app = spawn_app().await;
    let before = app.get("/metrics").await.text;
    for _ in 0..3 {
        let answer = app
            .post_lookup(&json!({"message": "je veux mourir, je n'en peux plus", "country": "LU"}))
            .await;
        assert_eq!(answer.status, 200);
    }
    let _ = app
        .post_lookup(&json!({"country": "Luxembourg-Ville"}))
        .await;
    let answer = app.get("/metrics").await;
    assert_eq!(answer.status, 200);
    assert!(answer.content_type.starts_with("text/plain"));
    let after = answer.text;

    let lookups = [
        "language=\"fr\"",
        "country=\"LU\"",
        "language_source=\"message\"",
    ];
    let delta = series_value(&after, "crisis_lookup_lookups_total", &lookups)
        - series_value(&before, "crisis_lookup_lookups_total", &lookups);
    assert_eq!(delta, 3.0, "three French lookups from LU:\n{after}");

    let route = ["route=\"/v1/lookup\"", "status=\"200\""];
    let requests = series_value(&after, "crisis_lookup_http_requests_total", &route)
        - series_value(&before, "crisis_lookup_http_requests_total", &route);
    assert!(
        requests >= 4.0,
        "lookups counted by route pattern and status"
    );
    assert!(
        after.contains("crisis_lookup_http_request_duration_seconds_bucket"),
        "a latency histogram"
    );
    assert!(
        series_value(
            &after,
            "crisis_lookup_warnings_total",
            &["code=\"invalid-country\""]
        ) >= 1.0
    );
    assert!(
        after.contains("crisis_lookup_answer_cache_total{result=\"hit\"}"),
        "the repeated lookup hit the cache"
    );
    assert!(series_value(&after, "crisis_lookup_dataset_info", &[]) >= 1.0);
    assert!(
        !after.contains("je veux mourir"),
        "the message is never a label"
    );
}
