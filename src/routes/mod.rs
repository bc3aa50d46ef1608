//! HTTP endpoints, one file per resource.

pub(crate) mod countries;
pub(crate) mod health;
pub(crate) mod locales;
pub(crate) mod lookup;
pub mod openapi;
mod preview;

pub use countries::{country_resources, list_countries};
pub use health::{healthz, metrics, readyz};
pub use locales::list_locales;
pub use lookup::post_lookup;
pub use preview::{index as preview_index, routes as preview_routes};

use actix_web::http::header::{self, HeaderValue};
use actix_web::HttpResponse;

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
