//! Values that can only exist when valid. Each type is built by a `parse`
//! function; once a value exists, the rest of the program can trust it.

mod country_code;
mod hours;
mod https_url;
mod language;
mod phone;
mod provenance;
mod schema;

pub use country_code::CountryCode;
pub use hours::{Hours, HoursError, OpenState, OpensOn, Schedule, WeeklyRange};
pub use https_url::HttpsUrl;
pub use language::LanguageCode;
pub use phone::{short_code_problem, PhoneKind, PhoneNumber};
pub use provenance::{
    months_between, Evidence, Provenance, ProvenanceError, Source, SourceDate, SourceDateError,
};
