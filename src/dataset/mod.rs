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

use crate::domain::{CountryCode, Hours, HttpsUrl, LanguageCode, PhoneNumber, Provenance};
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
    pub provenance: Provenance,
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
/// has no single one. Never a crisis line. The loader makes sure there is a
/// number to call for medical help or the police (`primary`).
#[derive(Debug)]
pub struct Emergency {
    pub number: Option<PhoneNumber>,
    pub police: Option<PhoneNumber>,
    pub ambulance: Option<PhoneNumber>,
    pub fire: Option<PhoneNumber>,
    pub provenance: Provenance,
    /// Set when no official page confirms the numbers (or none can be
    /// named): what was searched. The numbers then rest on other sources.
    pub unconfirmed: Option<String>,
    /// Other numbers the sources mention, and disagreements between them.
    pub note: Option<String>,
}

impl Emergency {
    /// The number to name in the supportive text: the general one, else the
    /// ambulance, else the police. Never the fire service alone.
    pub fn primary(&self) -> Option<&PhoneNumber> {
        self.number
            .as_ref()
            .or(self.ambulance.as_ref())
            .or(self.police.as_ref())
    }
}

#[derive(Debug)]
pub struct Resource {
    pub id: String,
    pub name: String,
    /// The line's own name in other languages, where it publishes one, by
    /// locale tag (`fr`, `zh-Hant`).
    pub names: Vec<(String, String)>,
    /// How a locale's supportive text writes the name inside a sentence
    /// ("die TelefonSeelsorge"), by locale tag (`de`, `sr-Latn`); other
    /// locales get it as a label.
    pub in_text: Vec<(String, String)>,
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
    pub supersedes: Option<String>,
    pub provenance: Provenance,
    pub note: Option<String>,
    /// Line and column of its `id` in the file, for warnings after loading.
    pub defined_at: (u64, u64),
}

/// The entry for `locale` itself, else for its language (`sr` serves
/// `sr-Latn` only where no `sr-Latn` entry exists and the two share a
/// script; callers key script variants apart).
fn for_locale<'a>(entries: &'a [(String, String)], locale: &str) -> Option<&'a str> {
    let language = locale.split('-').next().unwrap_or(locale);
    entries
        .iter()
        .find(|(tag, _)| tag == locale)
        .or_else(|| {
            // A language-only key serves the language's locales written in
            // its default script; a locale naming a script gets only its own.
            let names_script = locale.split('-').nth(1).is_some_and(|s| s.len() == 4);
            (!names_script)
                .then(|| entries.iter().find(|(tag, _)| tag == language))
                .flatten()
        })
        .map(|(_, text)| text.as_str())
}

impl Resource {
    /// The name a reader of `locale` (a locale folder's tag: `pt-BR`,
    /// `zh-Hant`) sees: the line's own name for that locale, or for its
    /// language, where it has one.
    pub fn name_in(&self, locale: &str) -> &str {
        for_locale(&self.names, locale).unwrap_or(&self.name)
    }

    /// The form `locale`'s sentences use for the name, where one exists.
    pub fn in_text(&self, locale: &str) -> Option<&str> {
        for_locale(&self.in_text, locale)
    }

    pub fn channels(&self) -> impl Iterator<Item = Channel> + '_ {
        Channel::ALL.into_iter().filter(|channel| match channel {
            Channel::Phone => self.phone.is_some(),
            Channel::Sms => self.sms.is_some(),
            Channel::Chat => self.chat.is_some(),
            Channel::Whatsapp => self.whatsapp.is_some(),
        })
    }
}
