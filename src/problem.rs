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
    #[error("the request body is larger than the limit")]
    TooLarge,
    #[error("the request body must be sent with Content-Type: application/json")]
    UnsupportedMediaType,
    #[error("the request body did not arrive within {seconds} seconds")]
    BodyTimeout { seconds: u64 },
    #[error("no country with this code in the dataset; GET /v1/countries lists them")]
    UnknownCountry,
    #[error("no such endpoint; see GET /openapi.json")]
    NotFound,
    #[error("this endpoint does not accept this method; the Allow header lists the ones it does")]
    MethodNotAllowed,
    #[error("the request could not be understood")]
    BadRequest,
    #[error("an unexpected error occurred; the failure was logged")]
    Internal,
}

impl ApiError {
    /// The one table of errors: each one's HTTP status and its stable,
    /// documented code, on which clients may branch.
    pub fn spec(&self) -> (StatusCode, &'static str) {
        match self {
            Self::InvalidJson { .. } => (StatusCode::BAD_REQUEST, "invalid-json"),
            Self::WrongShape { .. } => (StatusCode::BAD_REQUEST, "invalid-request"),
            Self::InvalidQuery => (StatusCode::BAD_REQUEST, "invalid-query"),
            Self::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "body-too-large"),
            Self::UnsupportedMediaType => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type")
            }
            Self::BodyTimeout { .. } => (StatusCode::REQUEST_TIMEOUT, "body-timeout"),
            Self::UnknownCountry => (StatusCode::NOT_FOUND, "unknown-country"),
            Self::NotFound => (StatusCode::NOT_FOUND, "not-found"),
            Self::MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, "method-not-allowed"),
            Self::BadRequest => (StatusCode::BAD_REQUEST, "bad-request"),
            Self::Internal => (StatusCode::INTERNAL_SERVER_ERROR, "internal-error"),
        }
    }

    pub fn code(&self) -> &'static str {
        self.spec().1
    }

    /// The error for a status that actix produced itself (an unknown path,
    /// a wrong method, an extractor's refusal), which carries no variant.
    fn from_status(status: StatusCode) -> Self {
        match status {
            StatusCode::NOT_FOUND => Self::NotFound,
            StatusCode::METHOD_NOT_ALLOWED => Self::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => Self::TooLarge,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => Self::UnsupportedMediaType,
            status if status.is_client_error() => Self::BadRequest,
            _ => Self::Internal,
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.spec().0
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        problem_response(self.status_code(), self.code(), &self.to_string())
    }
}

/// The methods each route pattern accepts, for the `Allow` header that RFC
/// 9110 requires on a 405. Built at start from the OpenAPI document.
pub struct AllowedMethods(Vec<(actix_web::dev::ResourceDef, String)>);

impl AllowedMethods {
    pub fn new(by_pattern: impl IntoIterator<Item = (String, String)>) -> Self {
        Self(
            by_pattern
                .into_iter()
                .map(|(pattern, methods)| (actix_web::dev::ResourceDef::new(pattern), methods))
                .collect(),
        )
    }

    /// The methods of the documented route whose pattern matches `path`.
    fn of(&self, path: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(pattern, _)| pattern.is_match(path))
            .map(|(_, methods)| methods.as_str())
    }
}

/// What a request that matched no route gets: a 405 naming the allowed
/// methods when its path is a documented route's (the handlers' routes only
/// match their own method), else a 404.
pub async fn unmatched(request: actix_web::HttpRequest) -> HttpResponse<BoxBody> {
    let allowed = request
        .app_data::<actix_web::web::Data<AllowedMethods>>()
        .and_then(|table| table.of(request.path()));
    match allowed {
        Some(methods) => {
            let error = ApiError::MethodNotAllowed;
            let mut response =
                problem_response(error.status_code(), error.code(), &error.to_string());
            if let Ok(value) = HeaderValue::from_str(methods) {
                response.headers_mut().insert(header::ALLOW, value);
            }
            response
        }
        None => ApiError::NotFound.error_response(),
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
    let error = ApiError::from_status(status);
    let (request, _) = response.into_parts();
    // The status stays actix's own (a 408 or 431 is not rewritten to 400);
    // the code and detail are the table's.
    let mut problem = problem_response(status, error.code(), &error.to_string());
    // Routes registered by path alone (the preview's pages) answer a wrong
    // method with actix's own 405; they are GET only.
    if status == StatusCode::METHOD_NOT_ALLOWED && !problem.headers().contains_key(header::ALLOW) {
        problem
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET"));
    }
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
