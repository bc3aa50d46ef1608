//! `/openapi.json` is an OpenAPI 3 document that describes every route the
//! application registers. Routes and their entries come from one place
//! (`routes::configure`), so these tests check the other direction: every
//! documented operation is served, and every other method on its path is
//! refused with a 405 whose `Allow` header names the documented ones.

use crate::helpers::spawn_app;
use serde_json::Value;

#[tokio::test]
async fn the_openapi_document_is_openapi_3_and_covers_every_route() {
    let app = spawn_app().await;
    let answer = app.get("/openapi.json").await;
    assert_eq!(answer.status, 200);
    assert!(answer.content_type.starts_with("application/json"));
    let document = answer.json();

    assert!(
        document["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.")),
        "{}",
        document["openapi"]
    );
    assert!(document["info"]["title"].is_string() && document["info"]["version"].is_string());
    let paths = document["paths"].as_object().cloned().unwrap_or_default();

    assert!(paths.len() >= 8, "documented paths: {:?}", paths.keys());
    for (path, item) in &paths {
        let operations = item.as_object().cloned().unwrap_or_default();
        assert!(!operations.is_empty(), "{path} has operations");
        for (method, operation) in operations {
            assert!(
                ["get", "post"].contains(&method.as_str()),
                "{path}: {method}"
            );
            assert!(
                operation["responses"]["200"].is_object(),
                "{method} {path} documents its 200"
            );
        }
    }

    let lookup = &paths["/v1/lookup"]["post"];
    for status in ["400", "408", "413", "415"] {
        let content = &lookup["responses"][status]["content"]["application/problem+json"];
        assert!(
            content.is_object(),
            "POST /v1/lookup documents its {status} as problem+json"
        );
    }
    // Every operation that reads a body can time out waiting for it (408);
    // every one that reads a query string can refuse it (400).
    for (path, item) in &paths {
        for (method, operation) in item.as_object().cloned().unwrap_or_default() {
            let documents = |status: &str| {
                operation["responses"][status]["content"]["application/problem+json"].is_object()
            };
            if operation.get("requestBody").is_some() {
                assert!(documents("408"), "{method} {path} documents its 408");
            }
            let reads_query = operation["parameters"]
                .as_array()
                .is_some_and(|list| list.iter().any(|p| p["in"] == "query"));
            if reads_query {
                assert!(documents("400"), "{method} {path} documents its 400");
            }
        }
    }
    let resources = &paths["/v1/countries/{code}/resources"]["get"];
    assert!(
        resources["responses"]["400"].is_object(),
        "the resources endpoint documents its query-string 400"
    );
    let schemas = document["components"]["schemas"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    for name in [
        "LookupRequest",
        "LookupAnswer",
        "ResourceOut",
        "Problem",
        "Warning",
        "Emergency",
    ] {
        assert!(schemas.contains_key(name), "schema {name}");
    }
    assert!(
        schemas["LookupRequest"]["example"].is_object(),
        "the request has an example"
    );
}

#[tokio::test]
async fn a_real_answer_has_exactly_the_fields_the_document_describes() {
    let app = spawn_app().await;
    let document = app.get("/openapi.json").await.json();
    let answer = app
        .post_lookup(&serde_json::json!({"message": "I need help", "country": "GB"}))
        .await
        .json();
    let properties = |schema: &str| -> Vec<String> {
        let mut keys: Vec<String> = document["components"]["schemas"][schema]["properties"]
            .as_object()
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default();
        keys.sort();
        keys
    };
    let keys = |value: &Value| -> Vec<String> {
        let mut keys: Vec<String> = value
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        keys.sort();
        keys
    };
    assert_eq!(keys(&answer), properties("LookupAnswer"));
    assert_eq!(keys(&answer["text"]), properties("TextOut"));
    let documented = properties("ResourceOut");
    for resource in answer["resources"].as_array().cloned().unwrap_or_default() {
        for key in keys(&resource) {
            assert!(
                documented.contains(&key),
                "`{key}` of a resource is documented"
            );
        }
    }
}

#[tokio::test]
async fn every_documented_operation_is_served_and_other_methods_get_a_405_with_allow() {
    let app = spawn_app().await;
    let document = app.get("/openapi.json").await.json();
    let paths = document["paths"].as_object().cloned().unwrap_or_default();
    for (pattern, item) in &paths {
        let path = pattern.replace("{code}", "BE");
        let documented: Vec<String> = item
            .as_object()
            .map(|o| o.keys().map(|m| m.to_ascii_uppercase()).collect())
            .unwrap_or_default();
        for method in &documented {
            let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap_or_default();
            let answer = app.request(method.clone(), &path).await;
            assert!(
                ![404, 405].contains(&answer.status),
                "{method} {path} is documented but answers {}",
                answer.status
            );
        }
        for other in ["GET", "POST", "PUT", "DELETE", "PATCH"] {
            if documented.iter().any(|m| m == other) {
                continue;
            }
            let method = reqwest::Method::from_bytes(other.as_bytes()).unwrap_or_default();
            let answer = app.request(method, &path).await;
            assert_eq!(answer.status, 405, "{other} {path}");
            let allow = answer
                .headers
                .get("allow")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string();
            let mut listed: Vec<&str> = allow.split(", ").collect();
            listed.sort_unstable();
            let mut expected: Vec<&str> = documented.iter().map(String::as_str).collect();
            expected.sort_unstable();
            assert_eq!(listed, expected, "Allow of {other} {path}");
        }
    }
    // The preview's pages are GET only.
    let answer = app.request(reqwest::Method::POST, "/").await;
    assert_eq!(answer.status, 405);
    assert_eq!(
        answer.headers.get("allow").and_then(|v| v.to_str().ok()),
        Some("GET")
    );
}

/// docs/API.md is the contract people read; /openapi.json the one programs
/// read. They stay in step: every path and every field of every schema in
/// the document is named in docs/API.md (as `` `name` ``).
#[tokio::test]
async fn docs_api_md_names_every_path_and_every_field_of_the_document() {
    let app = spawn_app().await;
    let document = app.get("/openapi.json").await.json();
    let contract = std::fs::read_to_string(crate::helpers::repo_path("docs/API.md"))
        .unwrap_or_else(|e| panic!("docs/API.md: {e}"));
    let mut missing = Vec::new();
    for (path, item) in document["paths"].as_object().cloned().unwrap_or_default() {
        for method in item
            .as_object()
            .map(|o| o.keys().cloned().collect::<Vec<_>>())
            .unwrap_or_default()
        {
            let named = format!("{} {path}", method.to_ascii_uppercase());
            let named_with_query = format!("{named}?");
            if !contract.contains(&format!("`{named}`"))
                && !contract.contains(&format!("`{named_with_query}"))
            {
                missing.push(format!("operation {named}"));
            }
        }
    }
    for (schema, definition) in document["components"]["schemas"]
        .as_object()
        .cloned()
        .unwrap_or_default()
    {
        let names: Vec<String> = match definition["properties"].as_object() {
            Some(properties) => properties.keys().cloned().collect(),
            None => definition["enum"]
                .as_array()
                .map(|values| {
                    values
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
        };
        for name in names {
            if !contract.contains(&format!("`{name}`")) {
                missing.push(format!("{schema}.{name}"));
            }
        }
    }
    assert!(missing.is_empty(), "docs/API.md does not name: {missing:?}");
}
