use crate::state::AppState;
use crate::text::Direction;
use actix_web::get;
use actix_web::{web, HttpResponse};
use serde::Serialize;

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct LocaleInfo<'a> {
    code: &'a str,
    native_name: &'a str,
    direction: Direction,
    reviewed: bool,
}

/// `GET /v1/locales`: every shipped locale and whether a native speaker has
/// reviewed it, so operators can decide what to show.
#[utoipa::path(tag = "locales", responses((status = 200, description = "Every shipped locale", body = Vec<LocaleInfo>)))]
#[get("/v1/locales")]
pub async fn list_locales(
    state: web::Data<AppState>,
) -> Result<HttpResponse, crate::problem::ApiError> {
    let snapshot = state.snapshot();
    let locales: Vec<LocaleInfo<'_>> = snapshot
        .catalog
        .locales()
        .iter()
        .map(|l| LocaleInfo {
            code: &l.code,
            native_name: &l.meta.native_name,
            direction: l.meta.direction,
            reviewed: l.meta.reviewed,
        })
        .collect();
    super::json(&locales)
}
