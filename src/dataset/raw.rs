//! `resources.yaml` exactly as written, with positions kept. Nothing here is
//! trusted yet: `load` turns it into the domain types of `dataset`.

use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;

pub type Text = Spanned<String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDataset {
    pub schema: Spanned<u32>,
    pub topics: Vec<RawTerm>,
    pub channels: Vec<RawTerm>,
    pub audiences: Vec<RawTerm>,
    /// Copies of directories, cited by id from `sources`.
    #[serde(default)]
    pub copies: Vec<Spanned<RawCopy>>,
    pub international: Vec<Spanned<RawDirectory>>,
    pub countries: Vec<Spanned<RawCountry>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTerm {
    pub id: Text,
    pub description: String,
}

/// One page a fact was read on, or `copy: <id>` naming a copy of a
/// directory defined once under `copies`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub copy: Option<Text>,
    pub publisher: Option<Text>,
    pub url: Option<Text>,
    pub date: Option<Text>,
    pub read: Option<Text>,
    pub provider: Option<bool>,
    pub official: Option<bool>,
    pub lineage: Option<String>,
    pub says: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCopy {
    pub id: Text,
    pub publisher: Text,
    pub url: Option<Text>,
    pub date: Option<Text>,
    pub read: Text,
    pub provider: Option<bool>,
    pub official: Option<bool>,
    pub lineage: Option<String>,
    pub says: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDirectory {
    pub id: Text,
    pub name: Text,
    pub website: Text,
    pub description: Option<String>,
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
    pub checked: Option<Text>,
    pub conflict: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCountry {
    pub code: Text,
    pub name: Text,
    pub languages: Vec<Text>,
    pub emergency: Spanned<RawEmergency>,
    #[serde(default)]
    pub resources: Vec<Spanned<RawResource>>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEmergency {
    pub number: Option<Text>,
    pub police: Option<Text>,
    pub ambulance: Option<Text>,
    pub fire: Option<Text>,
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
    pub checked: Option<Text>,
    pub conflict: Option<String>,
    /// Why no official page confirms these numbers, or why no number can be
    /// named at all: what was searched.
    pub unconfirmed: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawResource {
    pub id: Text,
    pub name: Text,
    /// The line's own name in other languages, where it publishes one.
    #[serde(default)]
    pub names: BTreeMap<String, Text>,
    /// How a language's text writes the name inside a sentence.
    #[serde(default)]
    pub in_text: BTreeMap<String, Text>,
    pub phone: Option<Text>,
    pub sms: Option<Text>,
    pub sms_keyword: Option<Text>,
    pub chat: Option<Text>,
    pub whatsapp: Option<Text>,
    pub website: Option<Text>,
    pub languages: Option<Vec<Text>>,
    #[serde(default)]
    pub topics: Vec<Text>,
    #[serde(default)]
    pub audiences: Vec<Text>,
    pub free: Option<bool>,
    /// Countries this line also serves (a cross-border or regional line).
    #[serde(default)]
    pub serves: Vec<Text>,
    /// `true` when a source says the line offers interpretation.
    pub interpretation: Option<Spanned<bool>>,
    pub hours: Option<Spanned<RawHours>>,
    pub supersedes: Option<String>,
    #[serde(default)]
    pub sources: Vec<Spanned<RawSource>>,
    pub checked: Option<Text>,
    pub conflict: Option<String>,
    pub note: Option<String>,
}

/// `hours: 24/7`, or a time zone with weekly ranges.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawHours {
    Keyword(String),
    Weekly(RawWeekly),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWeekly {
    pub timezone: String,
    pub weekly: Vec<RawRange>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRange {
    pub days: RawDays,
    pub from: String,
    pub to: String,
}

/// `days: daily`, `days: mon-fri` or `days: [mon, wed]`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawDays {
    One(String),
    Many(Vec<String>),
}

impl RawDays {
    pub fn as_slice(&self) -> &[String] {
        match self {
            Self::One(day) => std::slice::from_ref(day),
            Self::Many(days) => days,
        }
    }
}
