//! The OpenAPI 3 description, generated from the handlers and the types
//! they really serialize.

use crate::dataset::{Emergency, Evidence};
use crate::lookup::answer::{DatasetOut, DirectoryOut, ResourceOut, TextOut};
use crate::lookup::{CountryOut, LanguageOut, LookupRequest};
use crate::resolve::{CountrySource, LanguageSource, Warning};
use crate::routes;
use crate::text::Direction;
use std::sync::OnceLock;
use utoipa::OpenApi;

/// A lookup's answer as one object. The service writes it in two parts (the
/// per-request fields, then the cached rest) from these same types.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct LookupAnswer<'a> {
    language: LanguageOut,
    country: CountryOut,
    /// The person's locale: their own tag, or language-COUNTRY.
    locale: String,
    /// Hints that were ignored, and why.
    warnings: Vec<Warning>,
    text: TextOut,
    /// The country's emergency number(s); null when the country is unknown.
    emergency: Option<Emergency>,
    /// Best first: topic, language, audience, open now, curator order.
    resources: Vec<ResourceOut<'a>>,
    /// Worldwide directories, always present.
    international: Vec<DirectoryOut<'a>>,
    dataset: DatasetOut<'a>,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "crisis-lookup",
        description = "Multilingual crisis-resource lookup: the right helpline for a person, in their language, open now. The message is used only to detect the language; it is never stored, logged, cached or echoed."
    ),
    paths(
        routes::lookup::post_lookup,
        routes::countries::list_countries,
        routes::countries::country_resources,
        routes::locales::list_locales,
        routes::health::healthz,
        routes::health::readyz,
        routes::health::metrics,
        openapi_json,
    ),
    components(schemas(
        LookupRequest,
        LookupAnswer,
        LanguageOut,
        CountryOut,
        TextOut,
        ResourceOut,
        DirectoryOut,
        DatasetOut,
        Emergency,
        Evidence,
        Warning,
        LanguageSource,
        CountrySource,
        Direction,
        crate::problem::Problem
    ))
)]
pub struct ApiDoc;

/// `GET /openapi.json`: this document.
#[utoipa::path(get, path = "/openapi.json", tag = "operations", responses((status = 200, description = "The OpenAPI 3 document")))]
pub async fn openapi_json() -> actix_web::HttpResponse {
    static DOCUMENT: OnceLock<String> = OnceLock::new();
    let body = DOCUMENT.get_or_init(|| ApiDoc::openapi().to_pretty_json().unwrap_or_default());
    actix_web::HttpResponse::Ok()
        .content_type("application/json")
        .body(body.clone())
}
