use crate::dataset::summary::STALE_MONTHS;
use crate::domain::{CountryCode, LanguageCode};
use crate::lookup::answer::EmergencyOut;
use crate::lookup::{lookup, LookupRequest};
use crate::problem::ApiError;
use crate::state::AppState;
use actix_web::get;
use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct CountrySummary<'a> {
    code: CountryCode,
    name: &'a str,
    languages: &'a [LanguageCode],
    emergency: EmergencyOut<'a>,
    resource_count: usize,
    /// Lines whose newest source is older than 24 months.
    stale_resource_count: usize,
}

/// `GET /v1/countries`: every country of the dataset, also those with only
/// an emergency number.
#[utoipa::path(tag = "countries",
    responses((status = 200, description = "Every country, also those with only an emergency number", body = Vec<CountrySummary>)))]
#[get("/v1/countries")]
pub async fn list_countries(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let snapshot = state.snapshot();
    let today = state.now().to_zoned(jiff::tz::TimeZone::UTC).date();
    let countries: Vec<CountrySummary<'_>> = snapshot
        .dataset
        .countries()
        .iter()
        .map(|c| CountrySummary {
            code: c.code,
            name: &c.name,
            languages: &c.languages,
            emergency: EmergencyOut::from(&c.emergency),
            resource_count: c.resources.len(),
            stale_resource_count: c
                .resources
                .iter()
                .filter(|r| r.provenance.age_in_months(today) > STALE_MONTHS)
                .count(),
        })
        .collect();
    super::json(&countries)
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ResourcesQuery {
    /// BCP 47 language tag for the text, e.g. `fr` or `nl-BE`.
    lang: Option<String>,
    /// Comma-separated topics, e.g. `suicide,self-harm`.
    topics: Option<String>,
    /// Comma-separated channels: phone, sms, chat, whatsapp.
    channels: Option<String>,
    /// Comma-separated audiences, e.g. `youth`.
    audiences: Option<String>,
}

/// `GET /v1/countries/{code}/resources?lang=xx&topics=a,b`: the country's
/// lines rendered exactly as a lookup renders them.
#[utoipa::path(tag = "countries",
    params(("code" = String, Path, description = "ISO 3166-1 alpha-2, any case", example = "BE"), ResourcesQuery),
    responses(
        (status = 200, description = "The country's lines, rendered as in a lookup", body = crate::lookup::answer::LookupAnswer),
        (status = 404, description = "No such country in the dataset", body = crate::problem::Problem, content_type = "application/problem+json")))]
#[get("/v1/countries/{code}/resources")]
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
