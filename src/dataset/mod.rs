//! The curated dataset: countries, their emergency numbers and helplines,
//! the vocabularies they use and the international directories.

mod load;
mod raw;
mod speakers;
pub mod summary;
mod vocabulary;

pub use load::{load_dataset, parse_dataset, parse_dataset_with, Validation};
pub use speakers::{Speakers, SPEAKERS_PATH};
pub use vocabulary::{Channel, TermSet, Vocabulary};

use crate::domain::{CountryCode, Hours, HttpsUrl, LanguageCode, PhoneNumber};
use jiff::civil::Date;
use std::collections::HashMap;

#[derive(Debug)]
pub struct Dataset {
    pub topics: Vocabulary,
    pub audiences: Vocabulary,
    pub international: Vec<Directory>,
    countries: Vec<Country>,
    by_code: HashMap<CountryCode, usize>,
    /// Lines of other countries that serve a country (`serves:`), as
    /// (country index, line index), in file order.
    served_by: HashMap<CountryCode, Vec<(usize, usize)>>,
    /// Speakers per language and territory (CLDR), for the likeliest
    /// countries of a person whose country is unknown.
    pub speakers: Speakers,
}

impl Dataset {
    pub fn country(&self, code: CountryCode) -> Option<&Country> {
        self.by_code.get(&code).map(|&index| &self.countries[index])
    }

    /// Every country, sorted by code.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// Lines of other countries that say they serve `code`, each with its
    /// own country, in file order.
    pub fn served_lines(&self, code: CountryCode) -> impl Iterator<Item = (&Country, &Resource)> {
        self.served_by
            .get(&code)
            .into_iter()
            .flatten()
            .map(|&(country, line)| {
                let country = &self.countries[country];
                (country, &country.resources[line])
            })
    }

    pub fn resource_count(&self) -> usize {
        self.countries.iter().map(|c| c.resources.len()).sum()
    }
}

/// A worldwide directory of helplines, shown in every answer.
#[derive(Debug)]
pub struct Directory {
    pub id: String,
    pub name: String,
    pub website: HttpsUrl,
    pub description: Option<String>,
    pub source: String,
    pub verified: Date,
    pub note: Option<String>,
}

#[derive(Debug)]
pub struct Country {
    pub code: CountryCode,
    pub name: String,
    /// Main language first.
    pub languages: Vec<LanguageCode>,
    pub emergency: Emergency,
    /// In curator order: the national crisis line first.
    pub resources: Vec<Resource>,
    pub note: Option<String>,
}

impl Country {
    pub fn main_language(&self) -> Option<LanguageCode> {
        self.languages.first().copied()
    }
}

/// The general emergency number, or the numbers per service where a country
/// has no single one. Never a crisis line.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Emergency {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<PhoneNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub police: Option<PhoneNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ambulance: Option<PhoneNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fire: Option<PhoneNumber>,
    #[serde(skip)]
    pub source: String,
    #[serde(skip)]
    pub verified: Option<Date>,
    /// Other numbers the sources mention, and disagreements between them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Emergency {
    /// The number to name in the supportive text: the general one, else the
    /// ambulance, else the police.
    pub fn primary(&self) -> Option<&PhoneNumber> {
        self.number
            .as_ref()
            .or(self.ambulance.as_ref())
            .or(self.police.as_ref())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Evidence {
    /// Two or more independent publishers list the same number.
    Corroborated,
    SingleSource,
    /// Sources disagree; the entry's note says which was chosen and why.
    Conflict,
}

#[derive(Debug)]
pub struct Resource {
    pub id: String,
    pub name: String,
    pub phone: Option<PhoneNumber>,
    pub sms: Option<PhoneNumber>,
    pub sms_keyword: Option<String>,
    pub chat: Option<HttpsUrl>,
    pub whatsapp: Option<PhoneNumber>,
    pub website: Option<HttpsUrl>,
    /// Empty when no source says which languages the line answers in.
    pub languages: Vec<LanguageCode>,
    pub topics: TermSet,
    pub audiences: TermSet,
    pub free: Option<bool>,
    /// Other countries this line serves (cross-border or regional lines),
    /// only where a source says so. Shown for a served country that has no
    /// line of its own.
    pub serves: Vec<CountryCode>,
    /// A source says the line offers interpretation into other languages.
    pub interpretation: bool,
    /// `None` when no source gives the hours: unknown, never guessed.
    pub hours: Option<Hours>,
    pub evidence: Evidence,
    pub supersedes: Option<String>,
    pub source: String,
    pub verified: Date,
    pub note: Option<String>,
    /// Line and column of its `id` in the file, for warnings after loading.
    pub defined_at: (u64, u64),
}

impl Resource {
    pub fn channels(&self) -> impl Iterator<Item = Channel> + '_ {
        Channel::ALL.into_iter().filter(|channel| match channel {
            Channel::Phone => self.phone.is_some(),
            Channel::Sms => self.sms.is_some(),
            Channel::Chat => self.chat.is_some(),
            Channel::Whatsapp => self.whatsapp.is_some(),
        })
    }
}
