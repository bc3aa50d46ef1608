use crate::dataset::Emergency;
use crate::domain::{CountryCode, LanguageCode};
use crate::lookup::{lookup, LookupRequest};
use crate::problem::ApiError;
use crate::state::AppState;
use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct CountryOut<'a> {
    code: CountryCode,
    name: &'a str,
    languages: &'a [LanguageCode],
    emergency: &'a Emergency,
    resource_count: usize,
}

/// `GET /v1/countries`: every country of the dataset, also those with only
/// an emergency number.
pub async fn list_countries(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let snapshot = state.snapshot();
    let countries: Vec<CountryOut<'_>> = snapshot
        .dataset
        .countries()
        .iter()
        .map(|c| CountryOut {
            code: c.code,
            name: &c.name,
            languages: &c.languages,
            emergency: &c.emergency,
            resource_count: c.resources.len(),
        })
        .collect();
    super::json(&countries)
}

#[derive(Deserialize)]
pub struct ResourcesQuery {
    lang: Option<String>,
    topics: Option<String>,
    channels: Option<String>,
    audiences: Option<String>,
}

/// `GET /v1/countries/{code}/resources?lang=xx&topics=a,b`: the country's
/// lines rendered exactly as a lookup renders them.
pub async fn country_resources(
    code: web::Path<String>,
    query: web::Query<ResourcesQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let snapshot = state.snapshot();
    let country = CountryCode::parse(&code)
        .filter(|c| snapshot.dataset.country(*c).is_some())
        .ok_or(ApiError::UnknownCountry)?;
    let query = query.into_inner();
    let list = |value: Option<String>| {
        value.map(|v| {
            v.split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
    };
    let request = LookupRequest {
        country: Some(country.to_string()),
        locale: query.lang,
        topics: list(query.topics),
        channels: list(query.channels),
        audiences: list(query.audiences),
        ..LookupRequest::default()
    };
    let outcome = lookup(&snapshot, request, state.now());
    Ok(super::json_bytes(outcome.body))
}
