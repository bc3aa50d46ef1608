//! HTTP endpoints, one file per resource.

pub(crate) mod countries;
pub(crate) mod health;
pub(crate) mod locales;
pub(crate) mod lookup;
pub mod openapi;
mod preview;

use actix_web::http::header::{self, HeaderValue};
use actix_web::HttpResponse;
use utoipa_actix_web::service_config::ServiceConfig;

/// Every endpoint, registered once: each handler's `#[utoipa::path]` and
/// actix attribute give both its route and its OpenAPI entry, so the
/// document cannot miss a route. The preview page and its assets are for
/// people, not API clients, and stay out of the document.
pub fn configure(config: &mut ServiceConfig) {
    config
        .service(lookup::post_lookup)
        .service(countries::list_countries)
        .service(countries::country_resources)
        .service(locales::list_locales)
        .service(health::healthz)
        .service(health::readyz)
        .service(health::metrics)
        .service(openapi::openapi_json);
    preview::routes(config);
}

/// The methods each route accepts, for the `Allow` header of a 405: the
/// documented ones from the OpenAPI document, and the preview's pages (GET).
pub fn allowed_methods() -> Vec<(String, String)> {
    let mut allowed = openapi::allowed_methods();
    allowed.extend(
        preview::PATHS
            .iter()
            .map(|path| (path.to_string(), "GET".to_string())),
    );
    allowed
}

/// A JSON body that is already serialized.
pub(crate) fn json_bytes(body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        ))
        .body(body)
}

pub(crate) fn json<T: serde::Serialize>(
    value: &T,
) -> Result<HttpResponse, crate::problem::ApiError> {
    serde_json::to_vec(value)
        .map(json_bytes)
        .map_err(|_| crate::problem::ApiError::Internal)
}
