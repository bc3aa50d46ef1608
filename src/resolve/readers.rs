//! What a person most likely reads when there is no text in their own
//! language (`data/language-fallbacks.tsv`): Kazakh readers read Russian,
//! Luxembourgish readers German and French, Kurdish readers in Iraq Arabic.
//! English comes last, after these, in every answer.

use crate::domain::{CountryCode, LanguageCode};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Where the table lives in the repository, for messages.
pub const FALLBACKS_PATH: &str = "data/language-fallbacks.tsv";
const FALLBACKS_TSV: &str = include_str!("../../data/language-fallbacks.tsv");
const HEADER: [&str; 4] = ["language", "country", "fallbacks", "why"];

#[derive(Debug, Default)]
pub struct Fallbacks {
    /// (language, country or None for all) → languages to try, best first.
    rows: HashMap<(LanguageCode, Option<CountryCode>), Vec<LanguageCode>>,
}

impl Fallbacks {
    /// The languages a reader of `language` in `country` most likely also
    /// reads, best first: the country's own row, else the language's.
    pub fn of(&self, language: LanguageCode, country: Option<CountryCode>) -> &[LanguageCode] {
        country
            .and_then(|country| self.rows.get(&(language, Some(country))))
            .or_else(|| self.rows.get(&(language, None)))
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// Reads the table; a row that cannot be read is an error naming its
    /// line, so that a bad edit fails the tests, never the service.
    pub fn parse(text: &str) -> Result<Self, Vec<String>> {
        let mut rows = HashMap::new();
        let mut problems = Vec::new();
        let mut header_seen = false;
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            if !header_seen {
                header_seen = true;
                if fields != HEADER {
                    problems.push(format!(
                        "{FALLBACKS_PATH}:{number}: the header must be `{}`",
                        HEADER.join(" ")
                    ));
                }
                continue;
            }
            let [language, country, fallbacks, why] = fields.as_slice() else {
                problems.push(format!(
                    "{FALLBACKS_PATH}:{number}: expected 4 tab-separated fields"
                ));
                continue;
            };
            let Some(language) = LanguageCode::parse(language) else {
                problems.push(format!(
                    "{FALLBACKS_PATH}:{number}: `{language}` is not a language code"
                ));
                continue;
            };
            let country = match *country {
                "*" => None,
                code => match CountryCode::parse(code) {
                    Some(code) => Some(code),
                    None => {
                        problems.push(format!(
                            "{FALLBACKS_PATH}:{number}: `{code}` is not a country code or *"
                        ));
                        continue;
                    }
                },
            };
            let parsed: Option<Vec<LanguageCode>> = fallbacks
                .split_whitespace()
                .map(LanguageCode::parse)
                .collect();
            match parsed {
                Some(list) if !list.is_empty() && !list.contains(&language) && !why.trim().is_empty() => {
                    if rows.insert((language, country), list).is_some() {
                        problems.push(format!("{FALLBACKS_PATH}:{number}: this language and country are listed twice"));
                    }
                }
                _ => problems.push(format!(
                    "{FALLBACKS_PATH}:{number}: fallbacks must be language codes other than the language itself, with a reason"
                )),
            }
        }
        if problems.is_empty() {
            Ok(Self { rows })
        } else {
            Err(problems)
        }
    }
}

/// The shipped table. The tests read it whole (`the_shipped_table_reads`),
/// so an unreadable row never reaches the service; were it to, the service
/// falls back to English alone.
pub static FALLBACKS: LazyLock<Fallbacks> =
    LazyLock::new(|| Fallbacks::parse(FALLBACKS_TSV).unwrap_or_default());

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> LanguageCode {
        LanguageCode::parse(text).unwrap_or_else(|| panic!("{text}"))
    }

    #[test]
    fn the_shipped_table_reads() {
        if let Err(problems) = Fallbacks::parse(FALLBACKS_TSV) {
            panic!("{}", problems.join("\n"));
        }
    }

    #[test]
    fn a_countrys_row_comes_before_the_languages() {
        let iraq = CountryCode::parse("IQ");
        let turkey = CountryCode::parse("TR");
        assert_eq!(FALLBACKS.of(code("ku"), iraq), [code("ar")]);
        assert_eq!(FALLBACKS.of(code("ku"), turkey), [code("tr")]);
        assert_eq!(FALLBACKS.of(code("kk"), None), [code("ru")]);
        assert_eq!(FALLBACKS.of(code("lb"), None), [code("de"), code("fr")]);
        assert!(FALLBACKS.of(code("en"), None).is_empty());
    }

    #[test]
    fn a_bad_row_is_named_by_its_line() {
        let text = "language\tcountry\tfallbacks\twhy\nkk\t*\tkk\tself\nxx\t*\tru\t?\n";
        let problems = Fallbacks::parse(text).err().unwrap_or_default();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains(":2:") && problems[1].contains(":3:"));
    }
}
