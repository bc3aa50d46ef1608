//! The preview page (`GET /`) in a real browser: Debian's headless Chromium,
//! driven over the W3C WebDriver protocol with plain HTTP calls.

use crate::helpers::{repo_path, spawn_app};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
const DUTCH: &str = "ik weet het echt niet meer, ik wil niet meer leven";
const ARABIC: &str = "لا أستطيع التحمل أكثر، أريد أن أنهي كل شيء";
const DESKTOP: (u32, u32) = (1280, 1000);
const PHONE: (u32, u32) = (412, 915);

#[tokio::test]
async fn the_preview_page_shows_answers_coverage_and_locales() {
    // Missing tools must fail loudly: a skipped browser test looks like a pass.
    assert!(
        Path::new(CHROMEDRIVER).exists(),
        "{CHROMEDRIVER} is missing: run the tests with `scripts/test`, which installs \
         chromium and chromium-driver"
    );
    let app = spawn_app().await;
    let browser = Browser::start().await;

    browser.resize(DESKTOP).await;
    browser.goto(&format!("{}/", app.address)).await;
    browser
        .wait_until(
            "the country list",
            "return document.querySelectorAll('#country option').length > 100",
        )
        .await;

    browser.screenshot("preview-form").await;

    // Dutch, in Belgium: the Zelfmoordlijn card.
    browser.type_into("#message", DUTCH).await;
    browser.click("#country option[value='BE']").await;
    browser.click("#lookup-form button[type='submit']").await;
    let card = browser
        .wait_for_element(".resource-card[data-id='be-zelfmoordlijn-1813']")
        .await;
    assert!(
        browser.displayed(&card).await,
        "the 1813 card is not visible"
    );
    let text = browser.find("#answer-text").await;
    assert_eq!(browser.attribute(&text, "lang").await, "nl");
    // The page's own labels are in the browser's language (English here);
    // the card's are in the answer's, from locales/nl, as a chat shows them.
    let english = app.get("/preview/labels").await.json();
    let dutch = app.get("/preview/labels?lang=nl").await.json();
    assert_eq!(dutch["lang"], "nl");
    let submit = browser.find("#submit").await;
    assert_eq!(
        browser.text(&submit).await,
        english["labels"]["preview-submit"].as_str().unwrap_or("?")
    );
    let call = dutch["labels"]["preview-action-call"]
        .as_str()
        .unwrap_or_default()
        .replace("{number}", "1813");
    assert_ne!(call, "Call 1813", "the Dutch label is Dutch");
    browser
        .wait_until(
            "the Dutch labels on the card",
            &format!(
                "return document.querySelector(\".resource-card[data-id='be-zelfmoordlijn-1813'] \
                 .action.call\").textContent === {}",
                json!(call)
            ),
        )
        .await;
    let badge = browser
        .find(".resource-card[data-id='be-zelfmoordlijn-1813'] .badge")
        .await;
    assert_eq!(
        browser.text(&badge).await,
        dutch["labels"]["preview-open-now"].as_str().unwrap_or("?"),
        "a 24/7 line is open now, said in Dutch"
    );
    browser.scroll_to("#answer").await;
    browser.screenshot("preview-dutch").await;

    // Arabic on a phone screen: the text lays out right to left.
    browser.resize(PHONE).await;
    browser.clear("#message").await;
    browser.type_into("#message", ARABIC).await;
    browser.click("#country option[value='']").await;
    browser.screenshot("preview-phone-form").await;
    browser.click("#lookup-form button[type='submit']").await;
    browser
        .wait_until(
            "the Arabic answer",
            "return document.querySelector('#answer-text').lang === 'ar'",
        )
        .await;
    let text = browser.find("#answer-text").await;
    assert_eq!(browser.attribute(&text, "dir").await, "rtl");
    assert_eq!(browser.css(&text, "direction").await, "rtl");
    browser.scroll_to("#answer").await;
    browser.screenshot("preview-arabic-phone").await;

    // The same with a country: the cards follow the text's direction.
    browser.click("#country option[value='JO']").await;
    browser.click("#lookup-form button[type='submit']").await;
    browser
        .wait_for_element("#answer-resources[dir='rtl'] .resource-card")
        .await;
    let arabic = app.get("/preview/labels?lang=ar").await.json();
    assert_eq!(arabic["dir"], "rtl");
    let badges: Vec<&str> = [
        "preview-open-now",
        "preview-closed-now",
        "preview-hours-unknown",
    ]
    .iter()
    .filter_map(|id| arabic["labels"][*id].as_str())
    .collect();
    let badge = browser
        .find("#answer-resources .resource-card .badge")
        .await;
    let shown = browser.text(&badge).await;
    assert!(
        badges.contains(&shown.as_str()),
        "the card's badge `{shown}` is one of the Arabic labels {badges:?}"
    );
    browser.scroll_to("#answer-resources").await;
    browser.screenshot("preview-arabic-cards-phone").await;

    // Coverage: every country of the dataset, also those with only an
    // emergency number.
    browser.resize(DESKTOP).await;
    browser.click("#tab-coverage").await;
    browser
        .wait_until(
            "the coverage table",
            "return document.querySelectorAll('#coverage tbody tr').length >= 150",
        )
        .await;
    let rows = browser.find_all("#coverage tbody tr").await;
    assert!(rows.len() >= 150, "only {} coverage rows", rows.len());
    let highlighted = browser.find_all("#coverage tbody tr.emergency-only").await;
    assert!(
        !highlighted.is_empty(),
        "no emergency-only country is highlighted"
    );
    browser
        .wait_until(
            "the summary with the age of the sources",
            "return document.querySelector('#coverage-summary').dataset.state === 'done'",
        )
        .await;
    // The map colours each drawn country by what the dataset holds: a line,
    // an emergency number only, or nothing.
    browser
        .wait_until(
            "the coverage map",
            "return document.querySelector('#map-canvas').dataset.state === 'drawn'",
        )
        .await;
    let coloured = |class: &str| {
        format!("return document.querySelectorAll('#map-canvas path.{class}').length")
    };
    for (class, at_least) in [("line", 100), ("emergency", 10), ("none", 1)] {
        let count = browser.eval_number(&coloured(class)).await;
        assert!(count >= at_least, "{count} countries drawn as `{class}`");
    }
    browser.screenshot("preview-coverage").await;
    // Sorting by the number of lines, fewest first, puts an emergency-only
    // country on top; a second click reverses it.
    browser.click("#coverage th[data-key='lines'] button").await;
    browser
        .wait_until(
            "fewest lines first",
            "return document.querySelector('#coverage tbody tr').classList.contains('emergency-only')",
        )
        .await;
    browser.click("#coverage th[data-key='lines'] button").await;
    browser
        .wait_until(
            "most lines first",
            "return !document.querySelector('#coverage tbody tr').classList.contains('emergency-only')",
        )
        .await;

    browser.click("#tab-locales").await;
    browser
        .wait_until(
            "the locales table",
            "return document.querySelectorAll('#locales tbody tr').length > 0",
        )
        .await;
    browser.screenshot("preview-locales").await;
}

#[tokio::test]
async fn the_page_and_its_assets_have_their_types_and_a_strict_policy() {
    let app = spawn_app().await;
    for (path, content_type) in [
        ("/", "text/html"),
        ("/preview/app.js", "text/javascript"),
        ("/preview/style.css", "text/css"),
        ("/preview/world.svg", "image/svg+xml"),
    ] {
        let response = app
            .client
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        assert_eq!(response.status(), 200, "{path}");
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string()
        };
        assert!(
            header("content-type").starts_with(content_type),
            "{path}: {}",
            header("content-type")
        );
        let policy = header("content-security-policy");
        assert!(policy.contains("script-src 'self'"), "{path}: {policy}");
        assert!(!policy.contains("unsafe-inline"), "{path}: {policy}");
    }
    // The page carries no inline script: the policy would block it.
    let page = app.get("/").await.text;
    assert!(!page.contains("<script>") && page.contains("src=\"/preview/app.js\""));
}

/// One chromedriver and one browser session; dropping it ends both, also when
/// an assertion fails halfway.
struct Browser {
    driver: Child,
    port: u16,
    session: String,
    client: reqwest::Client,
    _profile: tempfile::TempDir,
}

impl Browser {
    async fn start() -> Self {
        let port = free_port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("starting {CHROMEDRIVER}: {e}"));
        let profile = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let mut browser = Self {
            driver,
            port,
            session: String::new(),
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(60))
                .build()
                .unwrap_or_else(|e| panic!("{e}")),
            _profile: profile,
        };
        browser.wait_for_driver().await;
        let user_data = format!("--user-data-dir={}", browser._profile.path().display());
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic", user_data,
                ],
            },
        }}});
        let created = browser
            .command("POST", "/session", Some(capabilities))
            .await;
        browser.session = created["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session id in {created}"))
            .to_string();
        browser
    }

    async fn wait_for_driver(&self) {
        let started = Instant::now();
        loop {
            let status = self
                .client
                .get(format!("http://127.0.0.1:{}/status", self.port))
                .send()
                .await;
            if status.is_ok_and(|s| s.status().is_success()) {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "chromedriver did not start"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// One WebDriver command; returns its `value`, panics on a WebDriver error.
    async fn command(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("http://127.0.0.1:{}{path}", self.port);
        let method =
            reqwest::Method::from_bytes(method.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        let mut request = self.client.request(method, &url);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request
            .send()
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        let answer: Value = response
            .json()
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        let value = answer["value"].clone();
        if let Some(error) = value.get("error") {
            panic!("WebDriver {path}: {error}: {}", value["message"]);
        }
        value
    }

    async fn session(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.command(method, &format!("/session/{}{path}", self.session), body)
            .await
    }

    async fn goto(&self, url: &str) {
        self.session("POST", "/url", Some(json!({ "url": url })))
            .await;
    }

    async fn resize(&self, (width, height): (u32, u32)) {
        self.session(
            "POST",
            "/window/rect",
            Some(json!({"width": width, "height": height})),
        )
        .await;
    }

    async fn find(&self, css: &str) -> String {
        let found = self
            .session(
                "POST",
                "/element",
                Some(json!({"using": "css selector", "value": css})),
            )
            .await;
        element_id(&found)
    }

    async fn find_all(&self, css: &str) -> Vec<String> {
        let found = self
            .session(
                "POST",
                "/elements",
                Some(json!({"using": "css selector", "value": css})),
            )
            .await;
        found
            .as_array()
            .map(|list| list.iter().map(element_id).collect())
            .unwrap_or_default()
    }

    async fn wait_for_element(&self, css: &str) -> String {
        let script = format!("return document.querySelector({}) !== null", json!(css));
        self.wait_until(css, &script).await;
        self.find(css).await
    }

    /// Polls a script until it returns true (30 s at most: the whole suite
    /// may be running beside it).
    async fn wait_until(&self, what: &str, script: &str) {
        let started = Instant::now();
        loop {
            let done = self
                .session(
                    "POST",
                    "/execute/sync",
                    Some(json!({"script": script, "args": []})),
                )
                .await;
            if done == Value::Bool(true) {
                return;
            }
            if started.elapsed() > Duration::from_secs(30) {
                self.screenshot("preview-timeout").await;
                panic!("timed out waiting for {what} (see target/artifacts/preview-timeout.png)");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Runs a script that returns a number.
    async fn eval_number(&self, script: &str) -> u64 {
        self.session(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": []})),
        )
        .await
        .as_u64()
        .unwrap_or(0)
    }

    async fn scroll_to(&self, css: &str) {
        let script = format!("document.querySelector({}).scrollIntoView()", json!(css));
        self.session(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": []})),
        )
        .await;
    }

    async fn click(&self, css: &str) {
        let id = self.find(css).await;
        self.session("POST", &format!("/element/{id}/click"), Some(json!({})))
            .await;
    }

    async fn clear(&self, css: &str) {
        let id = self.find(css).await;
        self.session("POST", &format!("/element/{id}/clear"), Some(json!({})))
            .await;
    }

    async fn type_into(&self, css: &str, text: &str) {
        let id = self.find(css).await;
        self.session(
            "POST",
            &format!("/element/{id}/value"),
            Some(json!({ "text": text })),
        )
        .await;
    }

    async fn displayed(&self, id: &str) -> bool {
        self.session("GET", &format!("/element/{id}/displayed"), None)
            .await
            == Value::Bool(true)
    }

    async fn attribute(&self, id: &str, name: &str) -> String {
        let value = self
            .session("GET", &format!("/element/{id}/attribute/{name}"), None)
            .await;
        value.as_str().unwrap_or_default().to_string()
    }

    async fn text(&self, id: &str) -> String {
        let value = self
            .session("GET", &format!("/element/{id}/text"), None)
            .await;
        value.as_str().unwrap_or_default().to_string()
    }

    async fn css(&self, id: &str, property: &str) -> String {
        let value = self
            .session("GET", &format!("/element/{id}/css/{property}"), None)
            .await;
        value.as_str().unwrap_or_default().to_string()
    }

    /// Saves the viewport as `target/artifacts/<name>.png`.
    async fn screenshot(&self, name: &str) {
        let encoded = self.session("GET", "/screenshot", None).await;
        let png = base64_decode(encoded.as_str().unwrap_or_default());
        assert!(png.starts_with(b"\x89PNG"), "the screenshot is not a PNG");
        let directory = repo_path("target/artifacts");
        std::fs::create_dir_all(&directory).unwrap_or_else(|e| panic!("{e}"));
        let path = directory.join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Drop cannot await, so the session is ended with one blocking HTTP
        // request; ending it is what makes chromedriver close Chromium.
        if !self.session.is_empty() {
            let _ = delete_session(self.port, &self.session);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn delete_session(port: u16, session: &str) -> std::io::Result<()> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(
        stream,
        "DELETE /session/{session} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\
         Content-Length: 0\r\nConnection: close\r\n\r\n"
    )?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    Ok(())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

fn element_id(found: &Value) -> String {
    // The W3C key for an element reference.
    found["element-6066-11e4-a52e-4f735466cecf"]
        .as_str()
        .unwrap_or_else(|| panic!("not an element: {found}"))
        .to_string()
}

/// Standard base64 (with padding), enough for WebDriver screenshots.
fn base64_decode(text: &str) -> Vec<u8> {
    let digit = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            b'/' => 63,
            _ => panic!("not base64: {c}"),
        }
    };
    let clean: Vec<u8> = text.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
    let mut out = Vec::with_capacity(clean.len() / 4 * 3);
    for chunk in clean.chunks(4) {
        let data: Vec<u32> = chunk
            .iter()
            .take_while(|&&c| c != b'=')
            .map(|&c| digit(c))
            .collect();
        let bits = data.iter().fold(0u32, |acc, d| acc << 6 | d) << (6 * (4 - data.len()));
        let bytes = bits.to_be_bytes();
        out.extend_from_slice(&bytes[1..data.len()]);
    }
    out
}

#[test]
fn base64_decodes_with_and_without_padding() {
    assert_eq!(base64_decode("TWFu"), b"Man");
    assert_eq!(base64_decode("TWE="), b"Ma");
    assert_eq!(base64_decode("TQ=="), b"M");
    assert_eq!(base64_decode("aGVs\nbG8="), b"hello");
}
