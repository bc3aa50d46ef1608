//! OpenAPI schemas of the domain values: each is a string with a known shape.

use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::RefOr;

fn string(description: &str, pattern: Option<&str>, example: &str) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(description))
        .pattern(pattern)
        .examples([example])
        .into()
}

macro_rules! string_schema {
    ($type:ty, $description:expr, $pattern:expr, $example:expr) => {
        impl utoipa::PartialSchema for $type {
            fn schema() -> RefOr<Schema> {
                string($description, $pattern, $example)
            }
        }
        impl utoipa::ToSchema for $type {}
    };
}

string_schema!(
    super::CountryCode,
    "ISO 3166-1 alpha-2 country code",
    Some("^[A-Z]{2}$"),
    "BE"
);
string_schema!(
    super::LanguageCode,
    "ISO 639 language code",
    Some("^[a-z]{2,3}$"),
    "nl"
);
string_schema!(
    super::PhoneNumber,
    "A number or short code exactly as the line publishes it",
    None,
    "0800 32 123"
);
string_schema!(
    super::HttpsUrl,
    "An https link",
    Some("^https://"),
    "https://www.zelfmoord1813.be"
);
