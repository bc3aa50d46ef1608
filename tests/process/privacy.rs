//! The message never appears in a log line, at the most verbose level, in
//! text or JSON logs, nor in any response to the request that carried it,
//! whether it came through REST or through the MCP tool at `/mcp`. (The
//! MCP server over standard input and output: `mcp_stdio`.)

use crate::helpers::repo_path;
use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const MARKER: &str = "zq7marker-ikwilnietmeer";

struct Server {
    child: Child,
    stderr_path: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

fn start(log_format: &str) -> (Server, u16) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let stderr_path = dir.path().join("stderr.log");
    let stderr = std::fs::File::create(&stderr_path).unwrap_or_else(|e| panic!("{e}"));
    let child = Command::new(env!("CARGO_BIN_EXE_crisis-lookup"))
        .args([
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--workers",
            "1",
            "--log-format",
            log_format,
        ])
        .arg("--data")
        .arg(repo_path("resources.yaml"))
        .arg("--locales")
        .arg(repo_path("locales"))
        // rmcp asked for by name too: its fence must hold against that.
        .env("RUST_LOG", "trace,rmcp=trace,rmcp_actix_web=trace")
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let server = Server {
        child,
        stderr_path,
        _dir: dir,
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let log = server.log();
        if let Some(port) = listening_port(&log) {
            return (server, port);
        }
        assert!(
            Instant::now() < deadline,
            "the server did not start:\n{log}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

impl Server {
    fn log(&self) -> String {
        let mut text = String::new();
        if let Ok(mut file) = std::fs::File::open(&self.stderr_path) {
            let _ = file.read_to_string(&mut text);
        }
        text
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The port from the "listening" line, in text (`port=123`) or JSON (`"port":123`).
fn listening_port(log: &str) -> Option<u16> {
    let line = log.lines().find(|l| l.contains("listening"))?;
    let start = line
        .find("port=")
        .map(|i| i + 5)
        .or_else(|| line.find("\"port\":").map(|i| i + 7))?;
    let digits: String = line[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

async fn send_every_kind_of_request(port: u16) -> Vec<String> {
    let client = reqwest::Client::new();
    let url = |path: &str| format!("http://127.0.0.1:{port}{path}");
    let message = format!("{MARKER} ik weet het echt niet meer, ik wil niet meer leven");
    let bodies = [
        (
            serde_json::json!({"message": message, "country": "BE"}).to_string(),
            "application/json",
        ),
        (
            serde_json::json!({"message": message, "locale": "!!", "country": "Belgium"})
                .to_string(),
            "application/json",
        ),
        (
            serde_json::json!({"message": message, "topics": "x"}).to_string(),
            "application/json",
        ),
        (format!("{{\"message\": \"{message}\""), "application/json"),
        (
            serde_json::json!({"message": message}).to_string(),
            "text/plain",
        ),
        (
            serde_json::json!({"message": message.repeat(400)}).to_string(),
            "application/json",
        ),
    ];
    let mut responses = Vec::new();
    for (body, content_type) in bodies {
        let response = client
            .post(url("/v1/lookup"))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        responses.push(response.text().await.unwrap_or_default());
    }
    // The same message through the MCP tool at /mcp: a call, a call that
    // puts it where a list belongs, arguments that are not an object, and a
    // body that is not JSON.
    let call = |arguments: serde_json::Value| {
        serde_json::json!({"jsonrpc": "2.0", "id": 2, "method": "tools/call",
            "params": {"name": "find_crisis_support", "arguments": arguments}})
        .to_string()
    };
    let mcp_bodies = [
        serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-06-18", "capabilities": {},
            "clientInfo": {"name": "privacy-test", "version": "1"}}})
        .to_string(),
        call(serde_json::json!({"message": message, "country": "BE"})),
        call(serde_json::json!({"message": "x", "topics": message})),
        call(serde_json::json!(message)),
        format!("{{\"jsonrpc\": \"2.0\", \"id\": 3, \"params\": \"{message}"),
    ];
    for body in mcp_bodies {
        let response = client
            .post(url("/mcp"))
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .header("mcp-protocol-version", "2025-06-18")
            .body(body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        responses.push(response.text().await.unwrap_or_default());
    }
    for path in ["/healthz", "/readyz", "/v1/countries/BE/resources"] {
        let response = client
            .get(url(path))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        responses.push(response.text().await.unwrap_or_default());
    }
    responses
}

async fn assert_marker_never_logged(log_format: &str) {
    let (server, port) = start(log_format);
    let mut responses = send_every_kind_of_request(port).await;
    // A reload in between: the new snapshot and its cache must not carry
    // anything from the requests before it.
    let reloaded = Command::new("kill")
        .args(["-HUP", &server.child.id().to_string()])
        .status()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(reloaded.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    while !server.log().contains("dataset reloaded") {
        assert!(Instant::now() < deadline, "SIGHUP reloads the dataset");
        std::thread::sleep(Duration::from_millis(20));
    }
    responses.extend(send_every_kind_of_request(port).await);
    let metrics = reqwest::get(format!("http://127.0.0.1:{port}/metrics"))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .text()
        .await
        .unwrap_or_default();
    assert!(
        metrics.contains("crisis_lookup_lookups_total"),
        "metrics were recorded"
    );
    assert!(!metrics.contains(MARKER), "the message reached /metrics");
    for response in &responses {
        assert!(
            !response.contains(MARKER),
            "a response echoed the message: {response}"
        );
    }
    // Let the last log lines reach the file.
    std::thread::sleep(Duration::from_millis(200));
    let log = server.log();
    assert!(
        log.lines().filter(|l| l.contains("request")).count() >= responses.len(),
        "the log at trace level has a line per request:\n{log}"
    );
    assert!(
        log.contains("TRACE") || log.contains("\"TRACE\""),
        "the log is at trace level"
    );
    assert!(
        log.lines().any(|l| l.contains("/v1/lookup")
            && l.contains("language")
            && l.contains("nl")
            && l.contains("BE")),
        "the request line of a lookup names the resolved language and country:\n{log}"
    );
    assert!(
        log.lines()
            .any(|l| l.contains("tool call") && l.contains("find_crisis_support")),
        "the MCP tool call was answered and logged without its arguments:\n{log}"
    );
    assert!(!log.contains(MARKER), "the message reached the log:\n{log}");
    assert!(
        !log.contains("ik weet het echt"),
        "part of the message reached the log"
    );
}

#[tokio::test]
async fn the_message_never_appears_in_text_logs_at_trace_level() {
    assert_marker_never_logged("text").await;
}

#[tokio::test]
async fn the_message_never_appears_in_json_logs_at_trace_level() {
    assert_marker_never_logged("json").await;
}
