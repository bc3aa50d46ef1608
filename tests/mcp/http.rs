//! The MCP tool over streamable HTTP at `/mcp`, spoken as an agent's client
//! speaks it: initialize, the initialized notification, list the tools, call
//! the one tool. The answers are the REST answers.

use crate::helpers::{copy_of_real_data, serve_args, spawn_app, spawn_app_with};
use crate::mcp_client::{
    assert_the_tool_is_described, structured_answer, McpClient, DUTCH_FROM_BELGIUM,
    PROTOCOL_VERSION,
};
use crisis_lookup::state::system_clock;
use serde_json::{json, Value};

#[tokio::test]
async fn an_agent_over_http_initializes_lists_the_tool_and_gets_the_rest_answer() {
    let app = spawn_app().await;
    let mut client = McpClient::new(&app);
    let initialized = client.initialize().await;
    assert_eq!(initialized["protocolVersion"], PROTOCOL_VERSION);
    assert_eq!(initialized["serverInfo"]["name"], "crisis-lookup");
    assert!(initialized["capabilities"]["tools"].is_object());
    assert!(initialized["instructions"]
        .as_str()
        .is_some_and(|text| text.contains("find_crisis_support")));

    let tools = client.request("tools/list", json!({})).await;
    assert_the_tool_is_described(&tools);

    let result = client
        .call_tool(json!({
            "message": DUTCH_FROM_BELGIUM,
            "country": "BE",
            "locale": null,
            "topics": null,
            "channels": null
        }))
        .await;
    let answer = structured_answer(&result);
    assert_eq!(answer["resources"][0]["id"], "be-zelfmoordlijn-1813");
    assert_eq!(answer["language"]["code"], "nl");
    assert_eq!(answer["referral"]["kind"], "crisis_line");

    let rest = app
        .post_lookup(&json!({"message": DUTCH_FROM_BELGIUM, "country": "BE"}))
        .await
        .json();
    assert_eq!(answer, rest, "the tool answers as POST /v1/lookup does");
}

#[tokio::test]
async fn bad_hints_become_warnings_and_only_a_malformed_call_is_refused() {
    let app = spawn_app().await;
    let mut client = McpClient::new(&app);
    client.initialize().await;

    let result = client
        .call_tool(json!({
            "message": "je ne veux plus vivre",
            "country": "Belgium",
            "locale": "!!",
            "topics": ["astrology"],
            "channels": null,
            "mood": "low"
        }))
        .await;
    let answer = structured_answer(&result);
    let mut codes: Vec<&str> = answer["warnings"]
        .as_array()
        .map(|list| list.iter().filter_map(|w| w["code"].as_str()).collect())
        .unwrap_or_default();
    codes.sort();
    assert_eq!(
        codes,
        [
            "invalid-country",
            "invalid-locale",
            "unknown-field",
            "unknown-topic"
        ]
    );
    assert!(answer["text"]["message"].is_string());

    let secret = "zq7-wrong-place-for-words";
    let refused = client
        .call_tool(json!({"message": "hello", "topics": secret}))
        .await;
    assert_eq!(refused["isError"], true, "{refused}");
    let text = refused["content"][0]["text"].as_str().unwrap_or_default();
    assert_eq!(text, "`topics` must be an array of strings or null");
    assert!(!refused.to_string().contains(secret));

    let unknown = client
        .request_reply(
            "tools/call",
            json!({"name": "find_a_therapist", "arguments": {}}),
        )
        .await;
    let error = unknown.message.map(|m| m["error"].clone());
    assert_eq!(
        error.as_ref().map(|e| e["code"].clone()),
        Some(json!(-32602)),
        "an unknown tool is a protocol error: {error:?}"
    );
}

#[tokio::test]
async fn mcp_answers_carry_no_session_and_refuse_unknown_hosts_and_wrong_accept_headers() {
    let app = spawn_app().await;
    let mut client = McpClient::new(&app);
    client.initialize().await;
    assert_eq!(
        client.session, None,
        "stateless: any replica can answer any request"
    );

    let list = json!({"jsonrpc": "2.0", "id": 9, "method": "tools/list"}).to_string();
    let rebinding = client
        .post_raw(list.clone(), Some("attacker.example"))
        .await;
    assert_eq!(rebinding.status, 403, "{}", rebinding.text);
    assert!(rebinding
        .content_type
        .starts_with("application/problem+json"));

    let response = app
        .client
        .post(format!("{}/mcp", app.address))
        .header("content-type", "application/json")
        .header("accept", "text/html")
        .body(list)
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 406);
    let body: Value = response.json().await.unwrap_or_default();
    assert_eq!(body["code"], "not-acceptable", "{body}");
}

#[tokio::test]
async fn a_reload_reaches_the_tool() {
    let (_dir, data, locales) = copy_of_real_data();
    let app = spawn_app_with(serve_args(data.clone(), locales), system_clock()).await;
    let mut client = McpClient::new(&app);
    client.initialize().await;
    let arguments = json!({"message": null, "country": "BE", "locale": "nl-BE", "topics": null, "channels": null});
    let before = structured_answer(&client.call_tool(arguments.clone()).await);

    let mut yaml = std::fs::read_to_string(&data).unwrap_or_else(|e| panic!("{e}"));
    yaml.push_str("\n# an edit that changes the version\n");
    std::fs::write(&data, yaml).unwrap_or_else(|e| panic!("{e}"));
    app.state
        .reload()
        .unwrap_or_else(|e| panic!("the edit is valid: {e}"));

    let after = structured_answer(&client.call_tool(arguments).await);
    let serving = app.get("/readyz").await.json()["dataset"]["version"].clone();
    assert_ne!(before["dataset"]["version"], after["dataset"]["version"]);
    assert_eq!(after["dataset"]["version"], serving);
    assert_eq!(after["referral"]["dataset_version"], serving);
}
