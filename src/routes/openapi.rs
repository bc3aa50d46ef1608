//! The OpenAPI 3 description, generated from the handlers and the types
//! they really serialize.

use crate::domain::Evidence;
use crate::lookup::answer::{
    DatasetOut, DirectoryOut, EmergencyOut, LookupAnswer, ReferralKind, ReferralOut, ResourceOut,
    TextOut,
};
use crate::lookup::{CountryOut, LanguageOut, LookupRequest};
use crate::resolve::{CountrySource, LanguageSource, Warning};
use crate::routes;
use crate::text::Direction;
use actix_web::get;
use std::sync::OnceLock;
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::AppExt;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "crisis-lookup",
        description = "Multilingual crisis-resource lookup: the right helpline for a person, in their language, open now. The message is used only to detect the language; it is never stored, logged, cached or echoed."
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
        ReferralOut,
        ReferralKind,
        EmergencyOut,
        Evidence,
        Warning,
        LanguageSource,
        CountrySource,
        Direction,
        crate::problem::Problem
    ))
)]
pub struct ApiDoc;

/// The document: `ApiDoc`'s info and schemas, the paths of every endpoint
/// `routes::configure` registers (read from the handlers' attributes), and
/// the statuses that reading a request can add (`ServerErrors`).
pub fn document() -> &'static utoipa::openapi::OpenApi {
    static DOCUMENT: OnceLock<utoipa::openapi::OpenApi> = OnceLock::new();
    DOCUMENT.get_or_init(|| {
        let (_, mut document) = actix_web::App::new()
            .into_utoipa_app()
            .openapi(ApiDoc::openapi())
            .configure(routes::configure)
            .split_for_parts();
        ServerErrors.modify(&mut document);
        document
    })
}

/// The methods each documented path accepts, for the `Allow` header of a
/// 405 answer.
pub fn allowed_methods() -> Vec<(String, String)> {
    document()
        .paths
        .paths
        .iter()
        .map(|(path, item)| {
            let methods: Vec<&str> = [
                ("GET", item.get.is_some()),
                ("POST", item.post.is_some()),
                ("PUT", item.put.is_some()),
                ("DELETE", item.delete.is_some()),
                ("PATCH", item.patch.is_some()),
            ]
            .into_iter()
            .filter_map(|(method, present)| present.then_some(method))
            .collect();
            (path.clone(), methods.join(", "))
        })
        .collect()
}

/// Statuses that come from reading the request (the body's deadline, the
/// query extractor), not from what a handler decides: documented on every
/// operation that reads a body or a query string, so a new one gets them too.
struct ServerErrors;

impl Modify for ServerErrors {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            for operation in [&mut item.get, &mut item.post].into_iter().flatten() {
                if operation.request_body.is_some() {
                    add_problem(
                        operation,
                        "408",
                        "The body did not arrive within 5 seconds of the head",
                    );
                }
                let has_query = operation
                    .parameters
                    .iter()
                    .flatten()
                    .any(|p| p.parameter_in == ParameterIn::Query);
                if has_query {
                    add_problem(
                        operation,
                        "400",
                        "The query string could not be read (a parameter given twice)",
                    );
                }
            }
        }
    }
}

/// Adds a problem+json response unless the operation documents the status.
fn add_problem(operation: &mut Operation, status: &str, description: &str) {
    let problem = ContentBuilder::new()
        .schema(Some(Ref::from_schema_name("Problem")))
        .build();
    let response = ResponseBuilder::new()
        .description(description)
        .content(crate::problem::PROBLEM_JSON, problem)
        .build();
    operation
        .responses
        .responses
        .entry(status.to_string())
        .or_insert(response.into());
}

/// `GET /openapi.json`: this document.
#[utoipa::path(tag = "operations", responses((status = 200, description = "The OpenAPI 3 document")))]
#[get("/openapi.json")]
pub async fn openapi_json() -> actix_web::HttpResponse {
    static DOCUMENT: OnceLock<String> = OnceLock::new();
    let body = DOCUMENT.get_or_init(|| document().to_pretty_json().unwrap_or_default());
    actix_web::HttpResponse::Ok()
        .content_type("application/json")
        .body(body.clone())
}
