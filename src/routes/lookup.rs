use crate::lookup::{fallback_answer, lookup, LookupRequest};
use crate::problem::{from_json_error, ApiError};
use crate::state::AppState;
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// `POST /v1/lookup`. The body is read as bytes and parsed here so that a
/// refused body is answered without quoting it.
#[utoipa::path(post, path = "/v1/lookup", tag = "lookup",
    request_body(content = crate::lookup::LookupRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "Helplines and supportive text for the person", body = crate::openapi::LookupAnswer),
        (status = 400, description = "The body is not JSON, or a field has the wrong type", body = crate::problem::Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than the limit (16 KiB by default)", body = crate::problem::Problem, content_type = "application/problem+json"),
        (status = 415, description = "The content type is not JSON", body = crate::problem::Problem, content_type = "application/problem+json")))]
#[tracing::instrument(name = "lookup", skip_all)]
pub async fn post_lookup(
    request: HttpRequest,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    if !is_json(&request) {
        return Err(ApiError::UnsupportedMediaType);
    }
    let parsed: LookupRequest = serde_json::from_slice(&body).map_err(|e| from_json_error(&e))?;
    let snapshot = state.snapshot();
    let country_hint = parsed.country.clone();
    let now = state.now();
    // A person in crisis must get an answer even if building it fails in a
    // way no test foresaw: a panic here becomes the static fallback answer.
    let built = catch_unwind(AssertUnwindSafe(|| {
        state.panic_if_fault_injected();
        lookup(&snapshot, parsed, now)
    }));
    match built {
        Ok(outcome) => {
            crate::monitoring::record_lookup(&outcome);
            tracing::debug!(
                language = %outcome.language.code,
                language_source = ?outcome.language.source,
                country = outcome.country.map(|c| c.to_string()),
                cache_hit = outcome.cache_hit,
                warnings = outcome.warnings.len(),
                "lookup answered"
            );
            Ok(super::json_bytes(outcome.body))
        }
        Err(_) => {
            tracing::error!("building the answer failed; sent the static fallback answer");
            crate::monitoring::record_answer_failure();
            Ok(super::json_bytes(fallback_answer(
                &snapshot,
                country_hint.as_deref(),
            )))
        }
    }
}

/// `application/json`, or any `+json` type, with any parameters.
fn is_json(request: &HttpRequest) -> bool {
    let Some(value) = request.headers().get(header::CONTENT_TYPE) else {
        return false;
    };
    let Ok(value) = value.to_str() else {
        return false;
    };
    let essence = value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}
