//! Where a fact was read, how old that source is, and whether anyone has
//! confirmed it with the provider: the three things an operator weighs
//! before trusting a line, kept apart so that none can stand in for another.

use jiff::civil::Date;
use std::cmp::Ordering;
use std::collections::HashSet;
use std::fmt;

/// A date as precise as its page gives it: a year, a month or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceDate {
    Year(i16),
    Month(i16, i8),
    Day(Date),
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("`{0}` is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")]
pub struct SourceDateError(String);

impl SourceDate {
    pub fn parse(input: &str) -> Result<Self, SourceDateError> {
        let text = input.trim();
        let error = || SourceDateError(text.to_string());
        let number = |part: &str, digits: usize| {
            (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<i16>().ok())
                .flatten()
        };
        let parts: Vec<&str> = text.split('-').collect();
        match parts.as_slice() {
            [year] => number(year, 4).map(Self::Year).ok_or_else(error),
            [year, month] => {
                let (year, month) = (number(year, 4), number(month, 2));
                match (year, month) {
                    (Some(year), Some(month @ 1..=12)) => Ok(Self::Month(year, month as i8)),
                    _ => Err(error()),
                }
            }
            [_, _, _] => text.parse::<Date>().map(Self::Day).map_err(|_| error()),
            _ => Err(error()),
        }
    }

    /// The first day the date can mean. Ages are counted from it, so a vague
    /// date never makes a source look newer than it is.
    pub fn earliest(self) -> Date {
        match self {
            Self::Day(date) => date,
            Self::Month(year, month) => Date::new(year, month, 1).unwrap_or(Date::MIN),
            Self::Year(year) => Date::new(year, 1, 1).unwrap_or(Date::MIN),
        }
    }
}

impl PartialOrd for SourceDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SourceDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.earliest().cmp(&other.earliest())
    }
}

impl fmt::Display for SourceDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Year(year) => write!(f, "{year:04}"),
            Self::Month(year, month) => write!(f, "{year:04}-{month:02}"),
            Self::Day(date) => write!(f, "{date}"),
        }
    }
}

impl serde::Serialize for SourceDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// One page (or one copy of a directory) that a fact was read on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Who published it: an organisation, an outlet, a directory.
    pub publisher: String,
    /// The page, or the stored copy of a directory. `http` is allowed here:
    /// a source is evidence for maintainers, never a link shown to a person.
    pub url: Option<String>,
    /// The page's own date; `None` when it shows none.
    pub date: Option<SourceDate>,
    /// The day it was read.
    pub read: Date,
    /// The provider's own page: the line's own site, or for emergency
    /// numbers the country's own government or emergency service.
    pub provider: bool,
    /// A government page (any government).
    pub official: bool,
    /// Copies descending from one list share a lineage and count as one
    /// publisher.
    pub lineage: Option<String>,
    pub says: Option<String>,
}

impl Source {
    /// How recent the evidence of this source is: the page's own date, or,
    /// for a provider page that shows none, the day it was read (the
    /// provider's own statement as it stood then).
    pub fn as_of(&self) -> Option<SourceDate> {
        match (self.date, self.provider) {
            (Some(date), _) => Some(date),
            (None, true) => Some(SourceDate::Day(self.read)),
            (None, false) => None,
        }
    }

    /// The publisher as independence counts it: copies of one list are one.
    fn independent_publisher(&self) -> String {
        self.lineage
            .as_deref()
            .unwrap_or(&self.publisher)
            .trim()
            .to_lowercase()
    }
}

/// How well an entry is backed, from the strongest.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, utoipa::ToSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Evidence {
    /// The provider's own page backs it.
    Provider,
    /// Two or more independent publishers list it (copies of one directory
    /// count once).
    Corroborated,
    /// One listing.
    SingleSource,
    /// Sources disagree and no provider page settles it; `conflict` says
    /// who says what.
    Conflict,
}

impl Evidence {
    pub const ALL: [Evidence; 4] = [
        Self::Provider,
        Self::Corroborated,
        Self::SingleSource,
        Self::Conflict,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Provider => "provider",
            Self::Corroborated => "corroborated",
            Self::SingleSource => "single-source",
            Self::Conflict => "conflict",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.as_str() == text)
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ProvenanceError {
    #[error("has no sources: cite where the fact was read")]
    NoSources,
    #[error("is checked on {0}, but no `provider: true` source was read that day; `checked` is the day the provider's own page was read")]
    CheckWithoutProviderPage(Date),
    #[error("has no dated source: give a source's own `date`, or read the provider's page")]
    Undated,
}

/// The sources of an entry, whether and when it was confirmed with its
/// provider, and any disagreement between the sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Provenance {
    sources: Vec<Source>,
    checked: Option<Date>,
    conflict: Option<String>,
}

impl Provenance {
    pub fn new(
        sources: Vec<Source>,
        checked: Option<Date>,
        conflict: Option<String>,
    ) -> Result<Self, ProvenanceError> {
        if sources.is_empty() {
            return Err(ProvenanceError::NoSources);
        }
        if let Some(day) = checked {
            if !sources.iter().any(|s| s.provider && s.read == day) {
                return Err(ProvenanceError::CheckWithoutProviderPage(day));
            }
        }
        if sources.iter().all(|s| s.as_of().is_none()) {
            return Err(ProvenanceError::Undated);
        }
        Ok(Self {
            sources,
            checked,
            conflict,
        })
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The day the entry was confirmed on the provider's own page.
    pub fn checked(&self) -> Option<Date> {
        self.checked
    }

    pub fn conflict(&self) -> Option<&str> {
        self.conflict.as_deref()
    }

    /// The newest evidence: the most recent `as_of` of its sources.
    pub fn newest_source(&self) -> SourceDate {
        self.sources
            .iter()
            .filter_map(Source::as_of)
            .max()
            .unwrap_or_else(|| unreachable!("`new` refuses entries without a dated source"))
    }

    /// Whole months from the newest source to `today`: how old the newest
    /// evidence is.
    pub fn age_in_months(&self, today: Date) -> i32 {
        months_between(self.newest_source().earliest(), today)
    }

    pub fn evidence(&self) -> Evidence {
        if self.sources.iter().any(|s| s.provider) {
            return Evidence::Provider;
        }
        if self.conflict.is_some() {
            return Evidence::Conflict;
        }
        let publishers: HashSet<String> = self
            .sources
            .iter()
            .map(Source::independent_publisher)
            .collect();
        if publishers.len() >= 2 {
            Evidence::Corroborated
        } else {
            Evidence::SingleSource
        }
    }

    /// Whether any of its sources is a government page.
    pub fn has_official_source(&self) -> bool {
        self.sources.iter().any(|s| s.official || s.provider)
    }

    /// The sources in one line, for the API's `source` field: publisher,
    /// date and address of each.
    pub fn citation(&self) -> String {
        let mut text = String::new();
        for source in &self.sources {
            if !text.is_empty() {
                text.push_str("; ");
            }
            text.push_str(&source.publisher);
            match source.date {
                Some(date) => text.push_str(&format!(" ({date})")),
                None => text.push_str(&format!(" (read {})", source.read)),
            }
            if let Some(url) = &source.url {
                text.push_str(": ");
                text.push_str(url);
            }
        }
        text
    }
}

/// Whole months from `from` to `to`.
pub fn months_between(from: Date, to: Date) -> i32 {
    let months = (i32::from(to.year()) - i32::from(from.year())) * 12
        + (i32::from(to.month()) - i32::from(from.month()));
    if to.day() < from.day() {
        months - 1
    } else {
        months
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn source(publisher: &str, date: Option<&str>) -> Source {
        Source {
            publisher: publisher.into(),
            url: None,
            date: date.map(|d| SourceDate::parse(d).unwrap_or_else(|e| panic!("{e}"))),
            read: day("2026-12-07"),
            provider: false,
            official: false,
            lineage: None,
            says: None,
        }
    }

    #[test]
    fn dates_are_read_as_precisely_as_written_and_compared_by_their_first_day() {
        assert_eq!(SourceDate::parse("2023"), Ok(SourceDate::Year(2023)));
        assert_eq!(SourceDate::parse("2023-06"), Ok(SourceDate::Month(2023, 6)));
        assert_eq!(
            SourceDate::parse("2023-06-09"),
            Ok(SourceDate::Day(day("2023-06-09")))
        );
        for bad in ["23", "2023-13", "2023-6", "June 2023", "2023-06-31", ""] {
            assert!(SourceDate::parse(bad).is_err(), "{bad}");
        }
        let year = SourceDate::Year(2023);
        let june = SourceDate::Month(2023, 6);
        assert!(year < june, "a year counts from its first day");
        assert_eq!(june.to_string(), "2023-06");
    }

    #[test]
    fn months_are_whole_months() {
        assert_eq!(months_between(day("2023-06-09"), day("2026-12-07")), 41);
        assert_eq!(months_between(day("2024-12-07"), day("2026-12-07")), 24);
        assert_eq!(months_between(day("2024-12-08"), day("2026-12-07")), 23);
    }

    #[test]
    fn a_check_needs_a_provider_page_read_that_day() {
        let copy = source("findahelpline.com", Some("2023-06-09"));
        let checked = Some(day("2026-12-07"));
        assert_eq!(
            Provenance::new(vec![copy.clone()], checked, None),
            Err(ProvenanceError::CheckWithoutProviderPage(day("2026-12-07")))
        );
        let own_page = Source {
            provider: true,
            ..source("Zelfmoordlijn 1813", None)
        };
        let provenance = Provenance::new(vec![own_page, copy], checked, None);
        assert_eq!(
            provenance.as_ref().map(Provenance::evidence),
            Ok(Evidence::Provider)
        );
        // The undated provider page counts as of the day it was read.
        assert_eq!(
            provenance.map(|p| p.newest_source()),
            Ok(SourceDate::Day(day("2026-12-07")))
        );
    }

    #[test]
    fn copies_of_one_list_are_one_publisher() {
        let naga = Source {
            lineage: Some("older community lists".into()),
            ..source("Naga", Some("2023-05-13"))
        };
        let opus = Source {
            lineage: Some("older community lists".into()),
            ..source("OPUS", Some("2022-01-29"))
        };
        let single = Provenance::new(vec![naga.clone(), opus], None, None);
        assert_eq!(single.map(|p| p.evidence()), Ok(Evidence::SingleSource));
        let fah = source("findahelpline.com", Some("2023-06-09"));
        let two = Provenance::new(vec![naga, fah], None, None);
        assert_eq!(
            two.as_ref().map(Provenance::evidence),
            Ok(Evidence::Corroborated)
        );
        assert_eq!(
            two.map(|p| p.newest_source()),
            Ok(SourceDate::Day(day("2023-06-09")))
        );
    }

    #[test]
    fn a_conflict_stands_until_a_provider_page_settles_it() {
        let a = source("findahelpline.com", Some("2023-06-09"));
        let b = source("Naga", Some("2023-05-13"));
        let disputed = Provenance::new(vec![a.clone(), b], None, Some("two numbers".into()));
        assert_eq!(disputed.map(|p| p.evidence()), Ok(Evidence::Conflict));
        let own = Source {
            provider: true,
            ..source("the line", None)
        };
        let settled = Provenance::new(vec![own, a], None, Some("two numbers".into()));
        assert_eq!(settled.map(|p| p.evidence()), Ok(Evidence::Provider));
    }

    #[test]
    fn an_entry_needs_a_source_with_a_date() {
        assert_eq!(
            Provenance::new(vec![], None, None),
            Err(ProvenanceError::NoSources)
        );
        assert_eq!(
            Provenance::new(vec![source("a news page", None)], None, None),
            Err(ProvenanceError::Undated)
        );
    }
}
