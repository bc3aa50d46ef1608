//! Who writes which language in each territory: an extract of CLDR's
//! territoryInfo (`data/country-languages.tsv`, source and licence in its
//! header). It gives each country's share of readers of a language (the
//! country's prior over the language a person writes in) and the likeliest
//! countries of a person whose country is unknown. Compiled into the binary
//! and checked on every load, like the dataset, so that `check` reports a
//! bad edit with its position.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::domain::{CountryCode, LanguageCode};
use std::collections::HashMap;
use std::path::Path;

/// Where the table lives in the repository (for `FILE:LINE:COLUMN`).
pub const SPEAKERS_PATH: &str = "data/country-languages.tsv";
/// The table itself.
pub const SPEAKERS_TSV: &str = include_str!("../../data/country-languages.tsv");

const HEADER: [&str; 6] = [
    "language",
    "territory",
    "population",
    "percent",
    "status",
    "cldr",
];
const STATUSES: [&str; 5] = [
    "official",
    "de_facto_official",
    "official_regional",
    "official_minority",
    "-",
];

/// Territories per language, the most speakers first, and each territory's
/// languages with their shares.
#[derive(Debug, Default)]
pub struct Speakers {
    by_language: HashMap<LanguageCode, Vec<(CountryCode, u64)>>,
    by_territory: HashMap<CountryCode, Vec<(LanguageCode, f64)>>,
    /// Millions of speakers of each language in all territories together,
    /// sorted by code: the language decision looks it up for every candidate
    /// of every message, so it is derived once, when the table is read.
    world: Vec<(LanguageCode, f64)>,
}

impl Speakers {
    /// The territories where `language` is spoken, the most speakers first;
    /// ties by code.
    pub fn likeliest(&self, language: LanguageCode) -> &[(CountryCode, u64)] {
        self.by_language
            .get(&language)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// Speakers of `language` in all territories together.
    pub fn total(&self, language: LanguageCode) -> u64 {
        self.likeliest(language).iter().map(|(_, n)| n).sum()
    }

    /// The languages written in `territory`, each with the share of its
    /// people who write it (percent, first and second language alike), the
    /// largest first.
    pub fn shares(&self, territory: CountryCode) -> &[(LanguageCode, f64)] {
        self.by_territory
            .get(&territory)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// Every language with its millions of speakers in all territories
    /// together, sorted by code (for a binary search).
    pub fn world(&self) -> &[(LanguageCode, f64)] {
        &self.world
    }

    /// Reads and checks the table; every problem is reported with its
    /// position, and a table with any error is refused whole.
    pub fn parse(path: &Path, text: &str) -> Result<Self, Diagnostics> {
        let mut diagnostics = Diagnostics::default();
        let mut error = |line: usize, column: usize, message: String| {
            diagnostics.push(Diagnostic::error(path, line as u64, column as u64, message));
        };
        let mut header_seen = false;
        // (language, territory, cldr code) → line, to refuse duplicates.
        let mut seen: HashMap<(LanguageCode, CountryCode, String), usize> = HashMap::new();
        let mut counts: HashMap<(LanguageCode, CountryCode), u64> = HashMap::new();
        let mut shares: HashMap<(CountryCode, LanguageCode), f64> = HashMap::new();
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            // 1-based column of each field.
            let columns: Vec<usize> = fields
                .iter()
                .scan(1, |column, field| {
                    let start = *column;
                    *column += field.chars().count() + 1;
                    Some(start)
                })
                .collect();
            if !header_seen {
                header_seen = true;
                if fields != HEADER {
                    error(
                        number,
                        1,
                        format!(
                            "the first line must be the header `{}` (tab-separated)",
                            HEADER.join(" ")
                        ),
                    );
                }
                continue;
            }
            if fields.len() != HEADER.len() {
                error(
                    number,
                    1,
                    format!(
                        "expected {} tab-separated fields ({}), found {}",
                        HEADER.len(),
                        HEADER.join(", "),
                        fields.len()
                    ),
                );
                continue;
            }
            let language = LanguageCode::parse(fields[0])
                .filter(|_| fields[0] == fields[0].to_ascii_lowercase());
            if language.is_none() {
                error(
                    number,
                    columns[0],
                    format!(
                        "`{}` is not an ISO 639 language code (lower case)",
                        fields[0]
                    ),
                );
            }
            let territory = CountryCode::parse(fields[1])
                .filter(|_| fields[1] == fields[1].to_ascii_uppercase());
            if territory.is_none() {
                error(
                    number,
                    columns[1],
                    format!(
                        "`{}` is not an ISO 3166-1 alpha-2 code (capitals)",
                        fields[1]
                    ),
                );
            }
            let population = fields[2].parse::<u64>().ok().filter(|p| *p > 0);
            if population.is_none() {
                error(
                    number,
                    columns[2],
                    format!("population `{}` must be a whole number above 0", fields[2]),
                );
            }
            let percent = fields[3]
                .parse::<f64>()
                .ok()
                .filter(|p| p.is_finite() && *p > 0.0 && *p <= 100.0);
            if percent.is_none() {
                error(
                    number,
                    columns[3],
                    format!(
                        "percent `{}` must be a number above 0 and at most 100",
                        fields[3]
                    ),
                );
            }
            if !STATUSES.contains(&fields[4]) {
                error(
                    number,
                    columns[4],
                    format!(
                        "status `{}` must be one of {}",
                        fields[4],
                        STATUSES.join(", ")
                    ),
                );
            }
            let cldr = fields[5];
            let cldr_language = cldr.split('_').next().unwrap_or_default();
            let matches_language =
                cldr_language == fields[0] || (cldr_language == "fil" && fields[0] == "tl");
            if !matches_language {
                error(
                    number,
                    columns[5],
                    format!("CLDR code `{cldr}` does not name language `{}`", fields[0]),
                );
            }
            let (Some(language), Some(territory), Some(population), Some(percent)) =
                (language, territory, population, percent)
            else {
                continue;
            };
            if let Some(first) = seen.insert((language, territory, cldr.to_string()), number) {
                error(
                    number,
                    1,
                    format!("{cldr} in {territory} is already listed at line {first}"),
                );
                continue;
            }
            let speakers = (population as f64 * percent / 100.0).round() as u64;
            let count = counts.entry((language, territory)).or_default();
            // Two script variants of one language in one territory are
            // mostly the same people: the larger counts, never the sum.
            *count = (*count).max(speakers);
            let share = shares.entry((territory, language)).or_default();
            *share = share.max(percent);
        }
        if !header_seen {
            error(1, 1, "the table is empty".to_string());
        }
        if diagnostics.has_errors() {
            return Err(diagnostics);
        }
        let mut by_language: HashMap<LanguageCode, Vec<(CountryCode, u64)>> = HashMap::new();
        for ((language, territory), speakers) in counts {
            by_language
                .entry(language)
                .or_default()
                .push((territory, speakers));
        }
        for territories in by_language.values_mut() {
            territories.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        }
        let mut by_territory: HashMap<CountryCode, Vec<(LanguageCode, f64)>> = HashMap::new();
        for ((territory, language), share) in shares {
            by_territory
                .entry(territory)
                .or_default()
                .push((language, share));
        }
        for languages in by_territory.values_mut() {
            languages.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        }
        let mut world: Vec<(LanguageCode, f64)> = by_language
            .iter()
            .map(|(&language, territories)| {
                let speakers: u64 = territories.iter().map(|(_, n)| n).sum();
                (language, speakers as f64 / 1e6)
            })
            .collect();
        world.sort_by_key(|(code, _)| *code);
        Ok(Self {
            by_language,
            by_territory,
            world,
        })
    }

    /// The table shipped with the program.
    pub fn shipped() -> Result<Self, Diagnostics> {
        Self::parse(Path::new(SPEAKERS_PATH), SPEAKERS_TSV)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> CountryCode {
        CountryCode::parse(text).unwrap_or_else(|| panic!("{text}"))
    }

    fn language(text: &str) -> LanguageCode {
        LanguageCode::parse(text).unwrap_or_else(|| panic!("{text}"))
    }

    #[test]
    fn the_shipped_table_is_valid_and_ranks_by_speakers() {
        let speakers = Speakers::shipped().unwrap_or_else(|e| panic!("{e:?}"));
        let spanish: Vec<CountryCode> = speakers
            .likeliest(language("es"))
            .iter()
            .map(|(c, _)| *c)
            .collect();
        assert_eq!(spanish[0], code("MX"), "{spanish:?}");
        let serbian = speakers.likeliest(language("sr"));
        assert_eq!(serbian[0].0, code("RS"));
        // CLDR lists Serbian in Serbia in both scripts: the larger row counts.
        let rs = speakers.shares(code("RS"));
        assert_eq!(rs.iter().filter(|(l, _)| *l == language("sr")).count(), 1);
        // Second-language use counts: English in Germany.
        let de = speakers.shares(code("DE"));
        assert!(de
            .iter()
            .any(|(l, share)| *l == language("en") && *share >= 50.0));
    }

    #[test]
    fn every_problem_is_reported_with_its_position() {
        let text = "# comment\nlanguage\tterritory\tpopulation\tpercent\tstatus\tcldr\nEN\tXX\t0\t120\tsome\tfr\nes\tMX\t100\n";
        let errors = Speakers::parse(Path::new("country-languages.tsv"), text)
            .err()
            .unwrap_or_default();
        let positions: Vec<(u64, u64)> = errors.0.iter().map(|d| (d.line, d.column)).collect();
        assert_eq!(
            positions,
            [(3, 1), (3, 4), (3, 7), (3, 9), (3, 13), (3, 18), (4, 1)]
        );
    }
}
