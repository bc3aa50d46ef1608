use crate::state::AppState;
use actix_web::get;
use actix_web::{web, HttpResponse};
use serde::Serialize;

/// `GET /healthz`: the process answers.
#[utoipa::path(tag = "operations", responses((status = 200, description = "The process is running")))]
#[get("/healthz")]
pub async fn healthz() -> HttpResponse {
    super::json_bytes(br#"{"status":"ok"}"#.to_vec())
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Ready<'a> {
    status: &'static str,
    dataset: DatasetInfo<'a>,
    last_reload_error: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct DatasetInfo<'a> {
    version: &'a str,
    loaded_at: String,
    countries: usize,
    resources: usize,
    locales: usize,
}

/// `GET /readyz`: 200 once a valid dataset is loaded (the server only starts
/// with one), with its version and the last refused reload, if any.
#[utoipa::path(tag = "operations", responses((status = 200, description = "A valid dataset is loaded", body = Ready)))]
#[get("/readyz")]
pub async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, crate::problem::ApiError> {
    let snapshot = state.snapshot();
    super::json(&Ready {
        status: "ready",
        dataset: DatasetInfo {
            version: &snapshot.version,
            loaded_at: snapshot.loaded_at.to_string(),
            countries: snapshot.dataset.countries().len(),
            resources: snapshot.dataset.resource_count(),
            locales: snapshot.catalog.locales().len(),
        },
        last_reload_error: state.last_reload_error(),
    })
}

/// `GET /metrics`: Prometheus text format.
#[utoipa::path(tag = "operations", responses((status = 200, description = "Prometheus text format", content_type = "text/plain", body = String)))]
#[get("/metrics")]
pub async fn metrics() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(crate::state::monitoring::render())
}
