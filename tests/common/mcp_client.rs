//! An MCP client over HTTP and the checks of the tool's description, shared
//! by the MCP tests and the referral tests.

use crate::helpers::TestApp;
use serde_json::{json, Value};

/// A revision with structured tool output and output schemas.
pub const PROTOCOL_VERSION: &str = "2025-06-18";

pub const DUTCH_FROM_BELGIUM: &str = "ik weet het echt niet meer, ik wil niet meer leven";

/// An MCP client over HTTP: keeps the session id if the server gives one,
/// and reads a JSON or an event-stream answer.
pub struct McpClient<'a> {
    app: &'a TestApp,
    pub session: Option<String>,
    protocol_version: Option<String>,
    next_id: u64,
}

pub struct Reply {
    pub status: u16,
    pub content_type: String,
    /// The JSON-RPC message, when the answer carries one.
    pub message: Option<Value>,
    pub text: String,
}

impl<'a> McpClient<'a> {
    pub fn new(app: &'a TestApp) -> Self {
        Self {
            app,
            session: None,
            protocol_version: None,
            next_id: 1,
        }
    }

    /// `initialize`, then `notifications/initialized`; returns the result.
    pub async fn initialize(&mut self) -> Value {
        let reply = self
            .request(
                "initialize",
                json!({
                    "protocolVersion": PROTOCOL_VERSION,
                    "capabilities": {},
                    "clientInfo": {"name": "crisis-lookup-tests", "version": "1"}
                }),
            )
            .await;
        self.protocol_version = reply["protocolVersion"].as_str().map(String::from);
        let notified = self
            .post(json!({"jsonrpc": "2.0", "method": "notifications/initialized"}))
            .await;
        assert_eq!(notified.status, 202, "{}", notified.text);
        reply
    }

    /// A request; returns its `result`, failing on a JSON-RPC error.
    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        let reply = self.request_reply(method, params).await;
        let message = reply
            .message
            .unwrap_or_else(|| panic!("{method}: no JSON-RPC message in {}", reply.text));
        assert!(message["error"].is_null(), "{method}: {message}");
        message["result"].clone()
    }

    pub async fn request_reply(&mut self, method: &str, params: Value) -> Reply {
        let id = self.next_id;
        self.next_id += 1;
        let reply = self
            .post(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))
            .await;
        assert_eq!(reply.status, 200, "{method}: {}", reply.text);
        if let Some(message) = &reply.message {
            assert_eq!(message["id"], id, "{method}: the answer to this request");
        }
        reply
    }

    pub async fn call_tool(&mut self, arguments: Value) -> Value {
        self.request(
            "tools/call",
            json!({"name": "find_crisis_support", "arguments": arguments}),
        )
        .await
    }

    pub async fn post(&mut self, body: Value) -> Reply {
        self.post_raw(body.to_string(), None).await
    }

    pub async fn post_raw(&mut self, body: String, host: Option<&str>) -> Reply {
        let mut request = self
            .app
            .client
            .post(format!("{}/mcp", self.app.address))
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .body(body);
        if let Some(session) = &self.session {
            request = request.header("mcp-session-id", session);
        }
        if let Some(version) = &self.protocol_version {
            request = request.header("mcp-protocol-version", version);
        }
        if let Some(host) = host {
            request = request.header("host", host);
        }
        let response = request
            .send()
            .await
            .unwrap_or_else(|e| panic!("POST /mcp: {e}"));
        if let Some(session) = response.headers().get("mcp-session-id") {
            self.session = session.to_str().ok().map(String::from);
        }
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let text = response.text().await.unwrap_or_default();
        let message = match content_type.as_str() {
            t if t.starts_with("application/json") => serde_json::from_str(&text).ok(),
            // The last `data:` event that is a JSON-RPC message.
            t if t.starts_with("text/event-stream") => text
                .lines()
                .filter_map(|line| line.strip_prefix("data:"))
                .filter_map(|data| serde_json::from_str::<Value>(data.trim()).ok())
                .rfind(|message| message.get("id").is_some()),
            _ => None,
        };
        Reply {
            status,
            content_type,
            message,
            text,
        }
    }
}

/// Checks what OpenAI's strict mode asks of a tool's input schema: an object
/// that lists every property in `required`, allows no other, and whose
/// optional properties are nullable.
pub fn assert_strict_mode_schema(schema: &Value) {
    assert_eq!(schema["type"], "object", "{schema}");
    assert_eq!(schema["additionalProperties"], false, "{schema}");
    let properties = schema["properties"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let mut names: Vec<&String> = properties.keys().collect();
    names.sort();
    let mut required: Vec<String> = schema["required"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    required.sort();
    assert_eq!(
        names,
        required.iter().collect::<Vec<_>>(),
        "every property is required"
    );
    assert_eq!(
        names,
        ["channels", "country", "locale", "message", "topics"],
        "the REST request's meanings"
    );
    for (name, property) in &properties {
        let types = property["type"].as_array().cloned().unwrap_or_default();
        assert!(
            types.contains(&json!("null")) && types.len() == 2,
            "{name} is nullable: {property}"
        );
        assert!(property["description"].is_string(), "{name} is described");
    }
    assert_eq!(properties["topics"]["items"]["type"], "string");
    assert!(properties["topics"]["items"]["enum"]
        .as_array()
        .is_some_and(|topics| topics.contains(&json!("suicide"))));
    assert_eq!(
        properties["channels"]["items"]["enum"],
        json!(["phone", "sms", "chat", "whatsapp"])
    );
}

/// The one tool, as `tools/list` gives it, checked in full.
pub fn assert_the_tool_is_described(tools: &Value) {
    let list = tools["tools"].as_array().cloned().unwrap_or_default();
    assert_eq!(list.len(), 1, "one tool: {tools}");
    let tool = &list[0];
    assert_eq!(tool["name"], "find_crisis_support");
    assert_strict_mode_schema(&tool["inputSchema"]);
    assert_eq!(
        tool["annotations"],
        json!({
            "title": "Find crisis support",
            "readOnlyHint": true,
            "destructiveHint": false,
            "idempotentHint": true,
            "openWorldHint": false
        })
    );
    let description = tool["description"].as_str().unwrap_or_default();
    for promise in [
        "exactly as returned",
        "never write a number",
        "text.message",
    ] {
        assert!(
            description.contains(promise),
            "the description says `{promise}`: {description}"
        );
    }
    let output = &tool["outputSchema"];
    assert_eq!(output["type"], "object", "{output}");
    for field in ["language", "country", "text", "resources", "referral"] {
        assert!(output["properties"][field].is_object(), "{field}: {output}");
    }
    assert!(output["$defs"]["Referral"].is_object(), "{output}");
}

/// The structured answer of a tool result, checked against its text copy.
pub fn structured_answer(result: &Value) -> Value {
    assert_eq!(result["isError"], false, "{result}");
    let structured = result["structuredContent"].clone();
    assert!(structured.is_object(), "{result}");
    let text = result["content"][0]["text"].as_str().unwrap_or_default();
    assert_eq!(result["content"][0]["type"], "text");
    let copy: Value =
        serde_json::from_str(text).unwrap_or_else(|e| panic!("the text copy is JSON: {e}"));
    assert_eq!(copy, structured, "the text copy is the structured answer");
    structured
}
