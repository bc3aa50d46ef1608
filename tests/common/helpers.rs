use crisis_lookup::configuration::{DataArgs, LogFormat, ServeArgs};
use crisis_lookup::startup::Application;
use crisis_lookup::state::{system_clock, Clock};
use serde_json::Value;
use std::path::PathBuf;
use std::sync::{Arc, Once};

pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub state: actix_web::web::Data<crisis_lookup::state::AppState>,
}

pub struct Answer {
    pub status: u16,
    pub content_type: String,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }
}

static TRACING: Once = Once::new();

/// Logs stay silent unless `TEST_LOG` is set.
fn init_tracing() {
    TRACING.call_once(|| {
        if std::env::var_os("TEST_LOG").is_some() {
            crisis_lookup::telemetry::init(LogFormat::Text);
        }
    });
}

pub fn serve_args(data: PathBuf, locales: PathBuf) -> ServeArgs {
    ServeArgs {
        data: DataArgs { data, locales },
        bind: "127.0.0.1:0".parse().unwrap_or_else(|e| panic!("{e}")),
        body_limit: 16 * 1024,
        workers: Some(1),
        watch: true,
        log_format: LogFormat::Text,
        mcp_allowed_hosts: vec!["127.0.0.1".to_string()],
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(
        serve_args(repo_path("resources.yaml"), repo_path("locales")),
        system_clock(),
    )
    .await
}

/// A server whose clock stands still at `at` (RFC 3339 with zone, e.g.
/// "2026-11-28T03:00[Europe/Brussels]").
pub async fn spawn_app_at(at: &str) -> TestApp {
    spawn_app_with(
        serve_args(repo_path("resources.yaml"), repo_path("locales")),
        clock_at(at),
    )
    .await
}

/// A clock that stands still at `at` (as `spawn_app_at` takes it).
pub fn clock_at(at: &str) -> Clock {
    let instant = at
        .parse::<jiff::Zoned>()
        .unwrap_or_else(|e| panic!("{at}: {e}"))
        .timestamp();
    Arc::new(move || instant)
}

pub async fn spawn_app_with(args: ServeArgs, clock: Clock) -> TestApp {
    init_tracing();
    let application =
        Application::build(&args, clock).unwrap_or_else(|e| panic!("the app must start: {e:#}"));
    let address = format!("http://127.0.0.1:{}", application.port());
    let state = application.state();
    tokio::spawn(application.run_until_stopped());
    TestApp {
        address,
        state,
        client: reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .unwrap_or_else(|e| panic!("{e}")),
    }
}

impl TestApp {
    pub async fn post_lookup(&self, body: &Value) -> Answer {
        self.post_raw(
            "/v1/lookup",
            "application/json",
            body.to_string().into_bytes(),
        )
        .await
    }

    pub async fn post_raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> Answer {
        let mut request = self
            .client
            .post(format!("{}{path}", self.address))
            .body(body);
        if !content_type.is_empty() {
            request = request.header("content-type", content_type);
        }
        answer(
            request
                .send()
                .await
                .unwrap_or_else(|e| panic!("POST {path}: {e}")),
        )
        .await
    }

    pub async fn get(&self, path: &str) -> Answer {
        let response = self
            .client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        answer(response).await
    }

    pub async fn request(&self, method: reqwest::Method, path: &str) -> Answer {
        let response = self
            .client
            .request(method, format!("{}{path}", self.address))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        answer(response).await
    }
}

async fn answer(response: reqwest::Response) -> Answer {
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let headers = response.headers().clone();
    let text = response.text().await.unwrap_or_default();
    Answer {
        headers,
        status,
        content_type,
        text,
    }
}

/// The ids of the answer's resources, in order.
pub fn resource_ids(answer: &Value) -> Vec<String> {
    answer["resources"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|r| r["id"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Asserts an RFC 9457 body with the given status.
pub fn assert_problem(answer: &Answer, status: u16, case: &str) {
    assert_eq!(
        answer.status, status,
        "{case}: status (body: {})",
        answer.text
    );
    assert!(
        answer.content_type.starts_with("application/problem+json"),
        "{case}: content type was `{}`",
        answer.content_type
    );
    let body = answer.json();
    for field in ["type", "title", "detail"] {
        assert!(
            body[field].is_string(),
            "{case}: `{field}` missing in {body}"
        );
    }
    assert_eq!(body["status"], status, "{case}: `status` in body");
}

/// Copies a folder (the real `locales/`) so a test can break the copy.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{e}"));
    for entry in std::fs::read_dir(from)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
    {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// A copy of the real `resources.yaml` and `locales/` in a temporary folder,
/// for a test that edits or breaks them. Keep the `TempDir` alive.
pub fn copy_of_real_data() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().join("resources.yaml");
    let locales = dir.path().join("locales");
    std::fs::copy(repo_path("resources.yaml"), &data).unwrap_or_else(|e| panic!("{e}"));
    copy_dir(&repo_path("locales"), &locales);
    (dir, data, locales)
}

/// The `code` of every warning of an answer, sorted.
pub fn warning_codes(body: &Value) -> Vec<String> {
    let mut codes: Vec<String> = body["warnings"]
        .as_array()
        .map(|w| {
            w.iter()
                .filter_map(|w| w["code"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    codes.sort();
    codes
}
