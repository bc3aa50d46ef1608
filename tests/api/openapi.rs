//! `/openapi.json` is an OpenAPI 3 document that describes every route the
//! application registers.

use crate::helpers::{repo_path, spawn_app};
use serde_json::Value;

/// Route patterns registered in src/startup.rs (`.route("…"` and
/// `web::resource("…"`) and in the preview routes: read from the code so
/// that a new route without documentation fails this test.
fn registered_routes() -> Vec<String> {
    let mut routes = Vec::new();
    for file in ["src/startup.rs", "src/routes/preview.rs"] {
        let code =
            std::fs::read_to_string(repo_path(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        for marker in [".route(\"", "web::resource(\""] {
            for piece in code.split(marker).skip(1) {
                if let Some(path) = piece.split('"').next() {
                    routes.push(path.to_string());
                }
            }
        }
    }
    routes.sort();
    routes.dedup();
    routes
}

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

    let routes = registered_routes();
    assert!(routes.len() >= 8, "routes read from the code: {routes:?}");
    // The preview page and its assets are for people, not for API clients.
    for route in routes
        .iter()
        .filter(|r| *r != "/" && !r.starts_with("/preview/"))
    {
        assert!(
            paths.contains_key(route),
            "{route} is served but not documented; documented: {:?}",
            paths.keys()
        );
    }
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
