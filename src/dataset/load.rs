//! `resources.yaml` → `Dataset`. Every problem is collected with its
//! position, so that one run of `check` shows them all.

use super::raw::{
    RawCopy, RawCountry, RawDataset, RawDirectory, RawEmergency, RawHours, RawResource, RawSource,
    Text,
};
use super::vocabulary::{Channel, TermSet, Vocabulary, MAX_TERMS};
use super::{Country, Dataset, Directory, Emergency, Resource, Speakers};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::domain::{
    short_code_problem, CountryCode, Hours, HttpsUrl, LanguageCode, PhoneKind, PhoneNumber,
    Provenance, ProvenanceError, Source, SourceDate, WeeklyRange,
};
use jiff::civil::Date;
use serde_saphyr::{Location, Spanned};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

pub const SCHEMA_VERSION: u32 = 2;

pub fn load_dataset(path: &Path) -> Result<(Dataset, Diagnostics), Diagnostics> {
    let text = std::fs::read_to_string(path).map_err(|error| {
        Diagnostics(vec![Diagnostic::error(
            path,
            0,
            0,
            format!("cannot read the dataset: {error}"),
        )])
    })?;
    parse_dataset(path, &text)
}

/// How much to check beyond what serving needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validation {
    /// Everything that makes the data safe to serve. Used at start and on
    /// every reload, so it stays fast.
    Serving,
    /// Also each full number against libphonenumber's metadata for its
    /// country (warnings): compiling that metadata's patterns costs most of
    /// a load, so only `check` pays for it.
    Thorough,
}

/// Parses and validates for serving; the `Ok` side carries warnings only.
pub fn parse_dataset(path: &Path, text: &str) -> Result<(Dataset, Diagnostics), Diagnostics> {
    parse_dataset_with(path, text, Validation::Serving)
}

pub fn parse_dataset_with(
    path: &Path,
    text: &str,
    validation: Validation,
) -> Result<(Dataset, Diagnostics), Diagnostics> {
    let options = serde_saphyr::options! {
        duplicate_keys: serde_saphyr::DuplicateKeyPolicy::Error,
    };
    let raw: RawDataset = serde_saphyr::from_str_with_options(text, options).map_err(|error| {
        let (line, column) = error
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((1, 1));
        Diagnostics(vec![Diagnostic::error(
            path,
            line,
            column,
            yaml_message(&error),
        )])
    })?;
    let mut loader = Loader {
        path,
        diagnostics: Diagnostics::default(),
        serves_at: HashMap::new(),
        copies: HashMap::new(),
        validation,
        today: jiff::Zoned::now().date(),
    };
    let mut dataset = loader.dataset(raw);
    match Speakers::shipped() {
        Ok(speakers) => dataset.speakers = speakers,
        Err(problems) => loader.diagnostics.extend(problems),
    }
    if loader.diagnostics.has_errors() {
        Err(loader.diagnostics)
    } else {
        Ok((dataset, loader.diagnostics))
    }
}

/// serde-saphyr's message without its own position and source snippet: the
/// position is printed once, in the `FILE:LINE:COLUMN` prefix.
fn yaml_message(error: &serde_saphyr::Error) -> String {
    let rendered = error.without_snippet().to_string();
    let first_line = rendered.lines().next().unwrap_or("invalid YAML").trim();
    let without_position = match first_line.rfind(" at line ") {
        Some(index) => &first_line[..index],
        None => first_line,
    };
    format!("YAML: {without_position}")
}

struct Loader<'a> {
    path: &'a Path,
    diagnostics: Diagnostics,
    /// Where each line's `serves:` codes are written, by line id, to check
    /// them against the whole file once every country is read.
    serves_at: HashMap<String, Vec<(CountryCode, Location)>>,
    /// The copies of directories that `sources` cite by id.
    copies: HashMap<String, Source>,
    validation: Validation,
    /// No source can have been read, and no entry checked, after today.
    today: Date,
}

impl Loader<'_> {
    fn error(&mut self, at: Location, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::error(
            self.path,
            at.line(),
            at.column(),
            message,
        ));
    }

    fn dataset(&mut self, raw: RawDataset) -> Dataset {
        if raw.schema.value != SCHEMA_VERSION {
            self.error(
                raw.schema.referenced,
                format!(
                    "schema {} is not supported; this program reads schema {SCHEMA_VERSION}",
                    raw.schema.value
                ),
            );
        }
        for copy in raw.copies {
            self.copy(copy);
        }
        let topics = self.vocabulary("topic", raw.topics);
        let audiences = self.vocabulary("audience", raw.audiences);
        for channel in &raw.channels {
            if Channel::parse(&channel.id.value).is_none() {
                self.error(
                    channel.id.referenced,
                    format!(
                        "unknown channel `{}`; the program can reach people by phone, sms, chat and whatsapp",
                        channel.id.value
                    ),
                );
            }
        }
        let international = raw
            .international
            .into_iter()
            .filter_map(|d| self.directory(d))
            .collect();

        let mut seen_ids = HashMap::new();
        let mut countries: Vec<Country> = Vec::new();
        let mut by_code = HashMap::new();
        for raw_country in raw.countries {
            let at = raw_country.referenced;
            if let Some(country) =
                self.country(raw_country.value, &topics, &audiences, &mut seen_ids)
            {
                if by_code.contains_key(&country.code) {
                    self.error(
                        at,
                        format!(
                            "country {} is listed twice; merge the two entries",
                            country.code
                        ),
                    );
                    continue;
                }
                by_code.insert(country.code, countries.len());
                countries.push(country);
            }
        }
        countries.sort_by_key(|c| c.code);
        let by_code: HashMap<CountryCode, usize> = countries
            .iter()
            .enumerate()
            .map(|(index, c)| (c.code, index))
            .collect();
        let mut served_by: HashMap<CountryCode, Vec<(usize, usize)>> = HashMap::new();
        for (country_index, country) in countries.iter().enumerate() {
            for (line_index, line) in country.resources.iter().enumerate() {
                let written = self.serves_at.remove(&line.id).unwrap_or_default();
                for (served, at) in written {
                    if by_code.contains_key(&served) {
                        served_by
                            .entry(served)
                            .or_default()
                            .push((country_index, line_index));
                    } else {
                        self.error(
                            at,
                            format!("`{}` serves {served}, which is not a country of this file; add the country first", line.id),
                        );
                    }
                }
            }
        }
        // Lines refused for another reason: their codes are still checked, so
        // that one run of `check` shows every problem.
        let mut leftover: Vec<(String, CountryCode, Location)> = self
            .serves_at
            .drain()
            .flat_map(|(id, codes)| codes.into_iter().map(move |(c, at)| (id.clone(), c, at)))
            .filter(|(_, code, _)| !by_code.contains_key(code))
            .collect();
        leftover.sort_by_key(|(_, _, at)| (at.line(), at.column()));
        for (id, served, at) in leftover {
            self.error(
                at,
                format!("`{id}` serves {served}, which is not a country of this file; add the country first"),
            );
        }
        Dataset {
            topics,
            audiences,
            international,
            countries,
            by_code,
            served_by,
            speakers: Speakers::default(),
        }
    }

    fn vocabulary(&mut self, kind: &str, terms: Vec<super::raw::RawTerm>) -> Vocabulary {
        let mut ids: Vec<String> = Vec::new();
        let mut descriptions = Vec::new();
        for term in terms {
            let id = term.id.value;
            if ids.contains(&id) {
                self.error(
                    term.id.referenced,
                    format!("{kind} `{id}` is defined twice"),
                );
            } else if !is_slug(&id) {
                self.error(
                    term.id.referenced,
                    format!("{kind} id `{id}` must be lowercase letters, digits and hyphens"),
                );
            } else if ids.len() == MAX_TERMS {
                self.error(
                    term.id.referenced,
                    format!("at most {MAX_TERMS} {kind}s can be defined"),
                );
            } else {
                ids.push(id);
                descriptions.push(term.description);
            }
        }
        Vocabulary::new(ids, descriptions)
    }

    fn directory(&mut self, raw: Spanned<RawDirectory>) -> Option<Directory> {
        let at = raw.referenced;
        let raw = raw.value;
        let website = self.url(&raw.website);
        let provenance = self.provenance(at, &raw.sources, raw.checked.as_ref(), raw.conflict);
        Some(Directory {
            id: raw.id.value,
            name: raw.name.value,
            website: website?,
            description: raw.description,
            provenance: provenance?,
            note: raw.note,
        })
    }

    fn country(
        &mut self,
        raw: RawCountry,
        topics: &Vocabulary,
        audiences: &Vocabulary,
        seen_ids: &mut HashMap<String, Location>,
    ) -> Option<Country> {
        let code = CountryCode::parse(&raw.code.value);
        if code.is_none() || raw.code.value.trim() != raw.code.value.to_ascii_uppercase() {
            self.error(
                raw.code.referenced,
                format!(
                    "`{}` is not an ISO 3166-1 alpha-2 country code (write it in capitals, e.g. BE)",
                    raw.code.value
                ),
            );
        }
        if raw.languages.is_empty() {
            self.error(
                raw.name.referenced,
                "a country needs at least one language (its main one first)",
            );
        }
        let languages = raw
            .languages
            .iter()
            .filter_map(|l| self.language(l))
            .collect();
        let emergency = self.emergency(raw.emergency);
        let mut resources = Vec::with_capacity(raw.resources.len());
        for resource in raw.resources {
            if let Some(resource) = self.resource(resource, code, topics, audiences, seen_ids) {
                resources.push(resource);
            }
        }
        Some(Country {
            code: code?,
            name: raw.name.value,
            languages,
            emergency: emergency?,
            resources,
            note: raw.note,
        })
    }

    fn emergency(&mut self, raw: Spanned<RawEmergency>) -> Option<Emergency> {
        let at = raw.referenced;
        let raw = raw.value;
        // The text tells a person in danger which number to call: it must
        // reach medical help or the police, never the fire service alone.
        // Only where research found no number at all may a country name
        // none, and `unconfirmed` must then say what was searched.
        let unconfirmed = raw.unconfirmed.filter(|text| !text.trim().is_empty());
        if raw.number.is_none()
            && raw.police.is_none()
            && raw.ambulance.is_none()
            && unconfirmed.is_none()
        {
            self.error(
                at,
                "an emergency entry needs a number to call in immediate danger: `number` (the general emergency number) or `ambulance` / `police`; a fire number alone is not enough (where none can be confirmed, say in `unconfirmed` what was searched)",
            );
        }
        let number = self.optional(raw.number.as_ref(), Self::phone);
        let police = self.optional(raw.police.as_ref(), Self::phone);
        let ambulance = self.optional(raw.ambulance.as_ref(), Self::phone);
        let fire = self.optional(raw.fire.as_ref(), Self::phone);
        let provenance = self.provenance(at, &raw.sources, raw.checked.as_ref(), raw.conflict);
        if let Some(provenance) = &provenance {
            if !provenance.has_official_source() && unconfirmed.is_none() {
                self.error(
                    at,
                    "emergency numbers need an `official: true` source (a government page that gives them), or `unconfirmed` saying what was searched",
                );
            }
        }
        Some(Emergency {
            number: number?,
            police: police?,
            ambulance: ambulance?,
            fire: fire?,
            provenance: provenance?,
            unconfirmed,
            note: raw.note,
        })
    }

    fn resource(
        &mut self,
        raw: Spanned<RawResource>,
        country: Option<CountryCode>,
        topic_terms: &Vocabulary,
        audience_terms: &Vocabulary,
        seen_ids: &mut HashMap<String, Location>,
    ) -> Option<Resource> {
        let at = raw.referenced;
        let raw = raw.value;
        let id = raw.id.value.clone();
        let defined_at = (raw.id.referenced.line(), raw.id.referenced.column());
        let mut id_ok = true;
        if !is_slug(&id) {
            id_ok = false;
            self.error(
                raw.id.referenced,
                format!("id `{id}` must be lowercase letters, digits and hyphens"),
            );
        } else if let Some(country) = country {
            let prefix = format!("{}-", country.as_str().to_ascii_lowercase());
            if !id.starts_with(&prefix) {
                id_ok = false;
                self.error(
                    raw.id.referenced,
                    format!("id `{id}` must start with `{prefix}`"),
                );
            }
        }
        if let Some(first) = seen_ids.get(&id) {
            id_ok = false;
            let message = format!(
                "id `{id}` is already used at line {}; ids must be unique",
                first.line()
            );
            self.error(raw.id.referenced, message);
        } else {
            seen_ids.insert(id.clone(), raw.id.referenced);
        }

        if raw.phone.is_none()
            && raw.sms.is_none()
            && raw.chat.is_none()
            && raw.whatsapp.is_none()
            && raw.website.is_none()
        {
            self.error(
                at,
                format!(
                    "`{id}` has no way to reach it: give phone, sms, chat, whatsapp or website"
                ),
            );
        }
        // Full numbers get their E.164 form for the line's own country.
        let in_country = |number: Option<Option<PhoneNumber>>| match country {
            Some(code) => number.map(|n| n.map(|n| n.in_country(code.as_str()))),
            None => number,
        };
        let phone = in_country(self.optional(raw.phone.as_ref(), Self::phone));
        let sms = in_country(self.optional(raw.sms.as_ref(), Self::phone));
        let whatsapp = in_country(self.optional(raw.whatsapp.as_ref(), Self::phone));
        if let Some(country) = country.filter(|_| self.validation == Validation::Thorough) {
            for (text, number) in [
                (&raw.phone, &phone),
                (&raw.sms, &sms),
                (&raw.whatsapp, &whatsapp),
            ] {
                if let (Some(text), Some(Some(number))) = (text, number) {
                    self.check_number_for_country(text, number, country);
                }
            }
        }
        let chat = self.optional(raw.chat.as_ref(), Self::url);
        let website = self.optional(raw.website.as_ref(), Self::url);
        let languages: Vec<LanguageCode> = raw
            .languages
            .iter()
            .flatten()
            .filter_map(|l| self.language(l))
            .collect();
        let topics = self.terms("topic", &raw.topics, topic_terms);
        let audiences = self.terms("audience", &raw.audiences, audience_terms);
        if raw.topics.is_empty() {
            self.error(at, format!("`{id}` needs at least one topic"));
        }
        let serves = self.serves(&id, country, &raw.serves);
        let hours = self.optional(raw.hours.as_ref(), Self::hours);
        let names = self.names(&id, "names", &raw.names);
        let in_text = self.names(&id, "in_text", &raw.in_text);
        let provenance = self.provenance(at, &raw.sources, raw.checked.as_ref(), raw.conflict);
        if !id_ok {
            return None;
        }
        Some(Resource {
            id,
            name: raw.name.value,
            names: names?,
            in_text: in_text?,
            phone: phone?,
            sms: sms?,
            sms_keyword: raw.sms_keyword.map(|k| k.value),
            chat: chat?,
            whatsapp: whatsapp?,
            website: website?,
            languages,
            topics: topics?,
            audiences: audiences?,
            free: raw.free,
            serves: serves?,
            interpretation: raw.interpretation.is_some_and(|i| i.value),
            hours: hours?,
            supersedes: raw.supersedes,
            provenance: provenance?,
            note: raw.note,
            defined_at,
        })
    }

    /// `serves: [LI]`: other countries a line serves. Checked against the
    /// countries of the file once all are read (`serves_at`).
    fn serves(
        &mut self,
        id: &str,
        own: Option<CountryCode>,
        texts: &[Text],
    ) -> Option<Vec<CountryCode>> {
        let mut codes: Vec<CountryCode> = Vec::with_capacity(texts.len());
        let mut ok = true;
        for text in texts {
            let code = CountryCode::parse(&text.value)
                .filter(|_| text.value.trim() == text.value.to_ascii_uppercase());
            match code {
                None => {
                    ok = false;
                    self.error(
                        text.referenced,
                        format!(
                            "`serves: {}` is not an ISO 3166-1 alpha-2 country code (write it in capitals, e.g. LI)",
                            text.value
                        ),
                    );
                }
                Some(code) if Some(code) == own => {
                    ok = false;
                    self.error(
                        text.referenced,
                        format!(
                            "`{id}` is already a line of {code}; `serves` lists other countries"
                        ),
                    );
                }
                Some(code) if codes.contains(&code) => {
                    ok = false;
                    self.error(
                        text.referenced,
                        format!("{code} is listed twice in `serves`"),
                    );
                }
                Some(code) => {
                    codes.push(code);
                    self.serves_at
                        .entry(id.to_string())
                        .or_default()
                        .push((code, text.referenced));
                }
            }
        }
        ok.then_some(codes)
    }

    /// `Some(None)` for an absent field, `Some(Some(v))` for a valid one and
    /// `None` (error reported) for an invalid one.
    fn optional<R, T>(
        &mut self,
        raw: Option<&R>,
        parse: impl FnOnce(&mut Self, &R) -> Option<T>,
    ) -> Option<Option<T>> {
        match raw {
            None => Some(None),
            Some(raw) => parse(self, raw).map(Some),
        }
    }

    /// `copies:` entry: a directory copy that sources cite by id.
    fn copy(&mut self, raw: Spanned<RawCopy>) {
        let raw = raw.value;
        let id = raw.id.value.clone();
        if self.copies.contains_key(&id) {
            self.error(raw.id.referenced, format!("copy `{id}` is defined twice"));
            return;
        }
        let source = RawSource {
            copy: None,
            publisher: Some(raw.publisher),
            url: raw.url,
            date: raw.date,
            read: Some(raw.read),
            provider: raw.provider,
            official: raw.official,
            lineage: raw.lineage,
            says: raw.says,
        };
        if let Some(source) = self.source(raw.id.referenced, &source) {
            self.copies.insert(id, source);
        }
    }

    fn provenance(
        &mut self,
        at: Location,
        raw_sources: &[Spanned<RawSource>],
        checked: Option<&Text>,
        conflict: Option<String>,
    ) -> Option<Provenance> {
        let mut sources = Vec::with_capacity(raw_sources.len());
        let mut ok = true;
        for raw in raw_sources {
            match self.source(raw.referenced, &raw.value) {
                Some(source) => sources.push(source),
                None => ok = false,
            }
        }
        let checked_at = checked.map_or(at, |text| text.referenced);
        let checked = match checked {
            None => Some(None),
            Some(text) => self.day(text, "checked").map(Some),
        };
        let checked = checked?;
        if !ok {
            return None;
        }
        Provenance::new(sources, checked, conflict)
            .map_err(|error| {
                let at = match error {
                    ProvenanceError::CheckWithoutProviderPage(_) => checked_at,
                    _ => at,
                };
                self.error(at, format!("this entry {error}"));
            })
            .ok()
    }

    fn source(&mut self, at: Location, raw: &RawSource) -> Option<Source> {
        if let Some(copy) = &raw.copy {
            let others = [
                raw.publisher.is_some(),
                raw.url.is_some(),
                raw.date.is_some(),
                raw.read.is_some(),
            ];
            if others.into_iter().any(|given| given) {
                self.error(
                    copy.referenced,
                    "a `copy:` source names a copy defined under `copies`; give its other fields there",
                );
                return None;
            }
            return match self.copies.get(&copy.value) {
                Some(source) => Some(source.clone()),
                None => {
                    let known: Vec<&str> = self.copies.keys().map(String::as_str).collect();
                    self.error(
                        copy.referenced,
                        format!(
                            "unknown copy `{}`; the copies are defined at the top of the file: {}",
                            copy.value,
                            known.join(", ")
                        ),
                    );
                    None
                }
            };
        }
        let publisher = match &raw.publisher {
            Some(p) if !p.value.trim().is_empty() => Some(p.value.trim().to_string()),
            _ => {
                self.error(at, "a source needs `publisher`: who published the page");
                None
            }
        };
        let url = match &raw.url {
            None => Some(None),
            Some(text) => match url::Url::parse(text.value.trim()) {
                Ok(url) if matches!(url.scheme(), "http" | "https") => {
                    Some(Some(text.value.trim().to_string()))
                }
                _ => {
                    self.error(
                        text.referenced,
                        format!("source url `{}` is not an http(s) address", text.value),
                    );
                    None
                }
            },
        };
        let date = match &raw.date {
            None => Some(None),
            Some(text) => match SourceDate::parse(&text.value) {
                Ok(date) => Some(Some(date)),
                Err(error) => {
                    self.error(text.referenced, error.to_string());
                    None
                }
            },
        };
        let read = match &raw.read {
            Some(text) => self.day(text, "read"),
            None => {
                self.error(
                    at,
                    "a source needs `read`: the day it was read (YYYY-MM-DD)",
                );
                None
            }
        };
        let (date, read) = (date?, read?);
        if let (Some(date), Some(text)) = (date, &raw.date) {
            if date.earliest() > read {
                self.error(
                    text.referenced,
                    format!("the page's date {date} is after the day it was read ({read})"),
                );
                return None;
            }
        }
        Some(Source {
            publisher: publisher?,
            url: url?,
            date,
            read,
            provider: raw.provider.unwrap_or(false),
            official: raw.official.unwrap_or(false),
            lineage: raw.lineage.clone(),
            says: raw.says.clone(),
        })
    }

    /// A day that has happened: `read` and `checked` cannot be in the future.
    fn day(&mut self, text: &Text, field: &str) -> Option<Date> {
        match text.value.trim().parse::<Date>() {
            Ok(date) if date <= self.today => Some(date),
            Ok(date) => {
                self.error(
                    text.referenced,
                    format!("`{field}: {date}` is in the future"),
                );
                None
            }
            Err(_) => {
                self.error(
                    text.referenced,
                    format!("`{field}: {}` is not a date; write YYYY-MM-DD", text.value),
                );
                None
            }
        }
    }

    /// `names:` / `in_text:`, locale tag (`de`, `sr-Latn`, `zh-Hant`) → text.
    fn names(
        &mut self,
        id: &str,
        field: &str,
        raw: &BTreeMap<String, Text>,
    ) -> Option<Vec<(String, String)>> {
        let mut out = Vec::with_capacity(raw.len());
        let mut ok = true;
        for (tag, text) in raw {
            let valid = tag
                .parse::<unic_langid::LanguageIdentifier>()
                .is_ok_and(|parsed| {
                    parsed.region.is_none()
                        && parsed.to_string() == *tag
                        && LanguageCode::parse(parsed.language.as_str()).is_some()
                });
            if !valid {
                ok = false;
                self.error(
                    text.referenced,
                    format!("`{id}`: `{field}` key `{tag}` is not a locale tag like de, pt, sr-Latn or zh-Hant"),
                );
            } else if text.value.trim().is_empty() {
                ok = false;
                self.error(text.referenced, format!("`{id}`: `{field}.{tag}` is empty"));
            } else {
                out.push((tag.clone(), text.value.trim().to_string()));
            }
        }
        ok.then_some(out)
    }

    fn phone(&mut self, text: &Text) -> Option<PhoneNumber> {
        PhoneNumber::parse(&text.value)
            .map_err(|e| {
                self.error(
                    text.referenced,
                    format!("phone number `{}` {e}", text.value),
                )
            })
            .ok()
    }

    /// Full numbers are checked against libphonenumber's metadata for the
    /// country. A mismatch is a warning, not an error: the metadata lags
    /// behind new ranges (toll-free, short national numbers) that lines
    /// really publish, and refusing the whole dataset for one would take
    /// every other line offline. Short codes are national and no metadata
    /// describes them: they follow the per-country rule of
    /// `short_code_problem`, also as warnings.
    fn check_number_for_country(
        &mut self,
        text: &Text,
        number: &PhoneNumber,
        country: CountryCode,
    ) {
        let region = country.as_str().parse::<phonenumber::country::Id>().ok();
        let parsed = phonenumber::parse(region, number.as_str());
        let valid = parsed.as_ref().is_ok_and(phonenumber::is_valid);
        let problem = match (number.kind(), parsed) {
            _ if valid => return,
            // A six-digit national number (New Caledonia's) looks like a
            // short code; the metadata knows it, and `valid` returned above.
            (PhoneKind::ShortCode, _) => match short_code_problem(country.as_str(), number) {
                Some(problem) => problem,
                None => return,
            },
            (PhoneKind::Full, Ok(_)) => format!("phone number `{}` is not a valid {country} number according to libphonenumber's metadata; check it against the line's own page", number.as_str()),
            (PhoneKind::Full, Err(error)) => format!("phone number `{}` cannot be read as a {country} number ({error}); write it as the line publishes it, or in international form (+…)", number.as_str()),
        };
        let at = text.referenced;
        self.diagnostics.push(Diagnostic::warning(
            self.path,
            at.line(),
            at.column(),
            problem,
        ));
    }

    fn url(&mut self, text: &Text) -> Option<HttpsUrl> {
        HttpsUrl::parse(&text.value)
            .map_err(|e| self.error(text.referenced, format!("link `{}` {e}", text.value)))
            .ok()
    }

    fn language(&mut self, text: &Text) -> Option<LanguageCode> {
        if let Some(current) = LanguageCode::current_for(&text.value) {
            let old = &text.value;
            self.error(
                text.referenced,
                format!(
                    "write `{current}` for `{old}`: requests in `{old}` are served as `{current}`, so a line marked `{old}` would never match"
                ),
            );
            return None;
        }
        let code = LanguageCode::parse(&text.value)
            .filter(|_| text.value == text.value.to_ascii_lowercase());
        if code.is_none() {
            self.error(
                text.referenced,
                format!(
                    "`{}` is not an ISO 639 language code (lower case, e.g. nl, fr, tl)",
                    text.value
                ),
            );
        }
        code
    }

    fn terms(&mut self, kind: &str, texts: &[Text], vocabulary: &Vocabulary) -> Option<TermSet> {
        let mut set = TermSet::EMPTY;
        let mut ok = true;
        for text in texts {
            match vocabulary.parse(&text.value) {
                Some(term) => set = set.union(term),
                None => {
                    ok = false;
                    let known = vocabulary.ids().join(", ");
                    self.error(
                        text.referenced,
                        format!("unknown {kind} `{}`; known {kind}s: {known} (add new ones at the top of the file)", text.value),
                    );
                }
            }
        }
        ok.then_some(set)
    }

    fn hours(&mut self, raw: &Spanned<RawHours>) -> Option<Hours> {
        let result = match &raw.value {
            RawHours::Keyword(keyword) if keyword.trim() == "24/7" => Ok(Hours::Always),
            RawHours::Keyword(other) => Err(format!(
                "hours `{other}` not understood; write 24/7, or timezone and weekly ranges (leave hours out when unknown)"
            )),
            RawHours::Weekly(weekly) => {
                let mut ranges = Vec::new();
                let mut error = None;
                for range in &weekly.weekly {
                    match WeeklyRange::parse(range.days.as_slice(), &range.from, &range.to) {
                        Ok(range) => ranges.push(range),
                        Err(e) => error = Some(e.to_string()),
                    }
                }
                match error {
                    Some(e) => Err(format!("hours: {e}")),
                    None => Hours::weekly(&weekly.timezone, ranges).map_err(|e| format!("hours: {e}")),
                }
            }
        };
        result
            .map_err(|message| self.error(raw.referenced, message))
            .ok()
    }
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}
