//! The MCP tool over standard input and output: the built binary started as
//! an agent starts a local tool (`crisis-lookup mcp`), one JSON-RPC message
//! per line. Its log (standard error) is read at the most verbose level,
//! rmcp's own included, and never holds the message.

use crate::helpers::repo_path;
use crate::mcp_client::{
    assert_the_tool_is_described, structured_answer, DUTCH_FROM_BELGIUM, PROTOCOL_VERSION,
};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const MARKER: &str = "zq7marker-stdio-ikwilnietmeer";

struct StdioServer {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: mpsc::Receiver<String>,
    others: Vec<Value>,
    stderr_path: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl StdioServer {
    /// Starts `crisis-lookup mcp` with `RUST_LOG` as given.
    fn start(rust_log: &str) -> Self {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let stderr_path = dir.path().join("stderr.log");
        let stderr = std::fs::File::create(&stderr_path).unwrap_or_else(|e| panic!("{e}"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_crisis-lookup"))
            .args(["mcp", "--watch", "false", "--data"])
            .arg(repo_path("resources.yaml"))
            .arg("--locales")
            .arg(repo_path("locales"))
            .env("RUST_LOG", rust_log)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        let stdout = child.stdout.take().unwrap_or_else(|| panic!("piped"));
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    return;
                }
            }
        });
        let stdin = child.stdin.take();
        Self {
            child,
            stdin,
            lines,
            others: Vec::new(),
            stderr_path,
            _dir: dir,
        }
    }

    fn send_line(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().unwrap_or_else(|| panic!("stdin open"));
        writeln!(stdin, "{line}").unwrap_or_else(|e| panic!("{e}"));
        stdin.flush().unwrap_or_else(|e| panic!("{e}"));
    }

    fn send(&mut self, message: Value) {
        self.send_line(&message.to_string());
    }

    /// The next message the server writes, within 30 seconds (the first
    /// answer waits for the dataset and the language models to load).
    fn receive(&self) -> Value {
        let line = self
            .lines
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|e| panic!("no answer on stdout ({e}); log:\n{}", self.log()));
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
    }

    /// Sends a request and returns the message that answers it; messages
    /// that answer something else are kept in `others`.
    fn request(&mut self, id: u64, method: &str, params: Value) -> Value {
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let reply = self.receive();
            if reply["id"] == id {
                return reply;
            }
            self.others.push(reply);
        }
    }

    fn log(&self) -> String {
        let mut text = String::new();
        if let Ok(mut file) = std::fs::File::open(&self.stderr_path) {
            let _ = file.read_to_string(&mut text);
        }
        text
    }

    /// Closes standard input, as a client does when it is done, and waits
    /// for the server to end.
    fn finish(&mut self) -> std::process::ExitStatus {
        self.stdin = None;
        for _ in 0..100 {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "the server did not end when its input closed:\n{}",
            self.log()
        );
    }
}

impl Drop for StdioServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn initialize(server: &mut StdioServer) {
    let reply = server.request(
        1,
        "initialize",
        json!({
            "protocolVersion": PROTOCOL_VERSION,
            "capabilities": {},
            "clientInfo": {"name": "crisis-lookup-tests", "version": "1"}
        }),
    );
    assert_eq!(reply["result"]["protocolVersion"], PROTOCOL_VERSION);
    assert_eq!(reply["result"]["serverInfo"]["name"], "crisis-lookup");
    server.send(json!({"jsonrpc": "2.0", "method": "notifications/initialized"}));
}

#[test]
fn an_agent_over_stdio_lists_the_tool_and_calls_it() {
    let mut server = StdioServer::start("info");
    initialize(&mut server);
    let tools = server.request(2, "tools/list", json!({}));
    assert_the_tool_is_described(&tools["result"]);

    let reply = server.request(
        3,
        "tools/call",
        json!({"name": "find_crisis_support", "arguments": {
            "message": DUTCH_FROM_BELGIUM, "country": "BE", "locale": null,
            "topics": null, "channels": null
        }}),
    );
    let answer = structured_answer(&reply["result"]);
    assert_eq!(answer["resources"][0]["id"], "be-zelfmoordlijn-1813");
    assert_eq!(answer["referral"]["kind"], "crisis_line");
    assert_eq!(answer["referral"]["country"], "BE");
    assert!(server.finish().success(), "{}", server.log());
}

#[test]
fn the_message_never_reaches_the_stdio_servers_log_even_with_rmcp_at_trace() {
    let mut server = StdioServer::start("trace,rmcp=trace,rmcp_actix_web=trace");
    initialize(&mut server);
    let message = format!("{MARKER} ik weet het echt niet meer");
    let answered = server.request(
        2,
        "tools/call",
        json!({"name": "find_crisis_support", "arguments": {
            "message": message, "country": "BE", "locale": "nl-BE",
            "topics": ["suicide"], "channels": ["phone"]
        }}),
    );
    assert_eq!(answered["result"]["isError"], false, "{answered}");
    // The message where a list belongs: refused, without quoting it.
    let refused = server.request(
        3,
        "tools/call",
        json!({"name": "find_crisis_support", "arguments": {"topics": message}}),
    );
    assert_eq!(refused["result"]["isError"], true, "{refused}");
    // Arguments that are not an object, and a line that is not JSON: rmcp
    // itself refuses these, and at debug level would log them whole.
    server.send(json!({"jsonrpc": "2.0", "id": 4, "method": "tools/call",
        "params": {"name": "find_crisis_support", "arguments": message}}));
    server.send_line(&format!("{{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": \"tools/call\", \"params\": {{\"arguments\": {{\"message\": \"{message}\""));
    // The server still answers afterwards.
    let after = server.request(6, "tools/list", json!({}));
    assert!(after["result"]["tools"].is_array(), "{after}");
    assert!(
        !server.others.is_empty(),
        "rmcp answered the malformed call with an error"
    );
    for reply in [&answered, &refused, &after]
        .into_iter()
        .chain(&server.others)
    {
        assert!(
            !reply.to_string().contains(MARKER),
            "an answer echoed the message: {reply}"
        );
    }
    assert!(server.finish().success());

    let log = server.log();
    assert!(
        log.contains("lookup answered"),
        "the log is at debug level or finer:\n{log}"
    );
    assert!(!log.contains(MARKER), "the message reached the log:\n{log}");
    assert!(
        !log.contains("ik weet het echt"),
        "part of the message reached the log"
    );
}
