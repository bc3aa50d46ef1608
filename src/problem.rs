//! Every error the API can answer with, and the one place where each gets
//! its HTTP status and RFC 9457 problem+json body. No body ever echoes what
//! the client sent.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

pub const PROBLEM_JSON: &str = "application/problem+json";

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("the request body is not valid JSON (line {line}, column {column})")]
    InvalidJson { line: usize, column: usize },
    #[error("the request body must be a JSON object whose fields have the documented types (problem at line {line}, column {column})")]
    WrongShape { line: usize, column: usize },
    #[error("the query string could not be read; each parameter may appear at most once")]
    InvalidQuery,
    #[error("the request body is larger than the limit of {limit} bytes")]
    TooLarge { limit: usize },
    #[error("the request body must be sent with Content-Type: application/json")]
    UnsupportedMediaType,
    #[error("the request body did not arrive within {seconds} seconds")]
    BodyTimeout { seconds: u64 },
    #[error("no country with this code in the dataset; GET /v1/countries lists them")]
    UnknownCountry,
    #[error("the service has no valid dataset loaded yet")]
    NotReady,
    #[error("an unexpected error occurred; the failure was logged")]
    Internal,
}

impl ApiError {
    /// Stable, documented codes: clients may branch on them.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidJson { .. } => "invalid-json",
            Self::WrongShape { .. } => "invalid-request",
            Self::InvalidQuery => "invalid-query",
            Self::TooLarge { .. } => "body-too-large",
            Self::UnsupportedMediaType => "unsupported-media-type",
            Self::BodyTimeout { .. } => "body-timeout",
            Self::UnknownCountry => "unknown-country",
            Self::NotReady => "not-ready",
            Self::Internal => "internal-error",
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::InvalidJson { .. } | Self::WrongShape { .. } | Self::InvalidQuery => {
                StatusCode::BAD_REQUEST
            }
            Self::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::BodyTimeout { .. } => StatusCode::REQUEST_TIMEOUT,
            Self::UnknownCountry => StatusCode::NOT_FOUND,
            Self::NotReady => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        problem_response(self.status_code(), self.code(), &self.to_string())
    }
}

/// RFC 9457 problem details; `code` is stable for programs.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(example = json!({"type": "urn:crisis-lookup:problem:invalid-json", "title": "Bad Request", "status": 400, "detail": "the request body is not valid JSON (line 1, column 12)", "code": "invalid-json"}))]
pub struct Problem<'a> {
    #[serde(rename = "type")]
    type_: String,
    title: &'a str,
    status: u16,
    detail: &'a str,
    code: &'a str,
}

pub fn problem_response(status: StatusCode, code: &str, detail: &str) -> HttpResponse<BoxBody> {
    let problem = Problem {
        type_: format!("urn:crisis-lookup:problem:{code}"),
        title: status.canonical_reason().unwrap_or("Error"),
        status: status.as_u16(),
        detail,
        code,
    };
    let body = serde_json::to_vec(&problem).unwrap_or_default();
    HttpResponse::build(status)
        .insert_header((header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON)))
        .body(body)
}

/// The code and detail for a status that actix produced itself (unknown
/// path, wrong method, an extractor's refusal).
fn generic_problem(status: StatusCode) -> (&'static str, String) {
    match status {
        StatusCode::NOT_FOUND => (
            "not-found",
            "no such endpoint; see GET /openapi.json".to_string(),
        ),
        StatusCode::METHOD_NOT_ALLOWED => (
            "method-not-allowed",
            "this endpoint does not accept this method".to_string(),
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            "body-too-large",
            "the request body is larger than the limit".to_string(),
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            "unsupported-media-type",
            ApiError::UnsupportedMediaType.to_string(),
        ),
        status if status.is_client_error() => (
            "bad-request",
            "the request could not be understood".to_string(),
        ),
        _ => ("internal-error", ApiError::Internal.to_string()),
    }
}

/// Middleware hook: turns any error response that is not problem+json yet
/// into one, so that actix's own 404, 405 and extractor errors have the same
/// shape as ours and never carry text derived from the request.
pub fn to_problem<B: MessageBody + 'static>(
    response: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(PROBLEM_JSON.as_bytes()));
    if is_problem {
        return Ok(ErrorHandlerResponse::Response(
            response.map_into_left_body(),
        ));
    }
    let status = response.status();
    let (code, detail) = generic_problem(status);
    let (request, _) = response.into_parts();
    let problem = problem_response(status, code, &detail);
    let response = ServiceResponse::new(request, problem)
        .map_into_boxed_body()
        .map_into_right_body();
    Ok(ErrorHandlerResponse::Response(response))
}

/// The same hook for the MCP endpoint. MCP clients read JSON-RPC errors
/// there, so a JSON body passes as it is (rmcp's and ours name the failure,
/// never an argument). The transport's plain-text refusals can quote what
/// the client sent (a body it could not read), so they become problem+json
/// too, with a detail that says what the protocol expects.
pub fn mcp_to_problem<B: MessageBody + 'static>(
    response: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    let status = response.status();
    let (code, detail) = match status {
        _ if is_json => {
            return Ok(ErrorHandlerResponse::Response(
                response.map_into_left_body(),
            ))
        }
        StatusCode::FORBIDDEN => (
            "host-not-allowed",
            "the Host header names a host that --mcp-allowed-hosts (CRISIS_LOOKUP_MCP_ALLOWED_HOSTS) does not list",
        ),
        StatusCode::NOT_ACCEPTABLE => (
            "not-acceptable",
            "an MCP client must accept both application/json and text/event-stream",
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            "invalid-request",
            "the body must be one JSON-RPC message, sent with Content-Type: application/json",
        ),
        _ => return to_problem(response),
    };
    let (request, _) = response.into_parts();
    let problem = problem_response(status, code, detail);
    let response = ServiceResponse::new(request, problem)
        .map_into_boxed_body()
        .map_into_right_body();
    Ok(ErrorHandlerResponse::Response(response))
}

/// Classifies a body that serde_json refused, keeping only its position:
/// serde's own message can quote the client's text.
pub fn from_json_error(error: &serde_json::Error) -> ApiError {
    let (line, column) = (error.line(), error.column());
    match error.classify() {
        serde_json::error::Category::Data => ApiError::WrongShape { line, column },
        _ => ApiError::InvalidJson { line, column },
    }
}
