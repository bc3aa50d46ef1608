use crate::lookup::{lookup, LookupRequest};
use crate::problem::{from_json_error, ApiError};
use crate::state::AppState;
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};

/// `POST /v1/lookup`. The body is read as bytes and parsed here so that a
/// refused body is answered without quoting it.
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
    let outcome = lookup(&snapshot, parsed, state.now());
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
