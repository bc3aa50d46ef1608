//! Invariants of the real `resources.yaml`, read independently of the
//! program's loader (serde-saphyr straight into JSON values), then checked
//! again through the loader and through the HTTP API.

use crate::helpers::{repo_path, spawn_app};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};

fn dataset_value() -> Value {
    let path = repo_path("resources.yaml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn list(value: &Value) -> &[Value] {
    value.as_array().map(Vec::as_slice).unwrap_or_default()
}

fn countries(dataset: &Value) -> &[Value] {
    let countries = list(&dataset["countries"]);
    assert!(!countries.is_empty(), "no countries in resources.yaml");
    countries
}

/// Every line with the code of its country.
fn lines(dataset: &Value) -> Vec<(&str, &Value)> {
    countries(dataset)
        .iter()
        .flat_map(|country| {
            let code = country["code"].as_str().unwrap_or("??");
            list(&country["resources"])
                .iter()
                .map(move |line| (code, line))
        })
        .collect()
}

/// A scalar as text: YAML may give a date or a number as a string or not.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn line_label(country: &str, line: &Value) -> String {
    format!("{country} {}", line["id"].as_str().unwrap_or("<no id>"))
}

/// Today where it is latest (UTC+14): a date checked today anywhere on
/// Earth is not in the future.
fn latest_today() -> jiff::civil::Date {
    let zone = jiff::tz::TimeZone::fixed(jiff::tz::offset(14));
    jiff::Timestamp::now().to_zoned(zone).date()
}

fn check_https(value: &Value, what: &str, problems: &mut Vec<String>) {
    let Some(raw) = value.as_str() else {
        problems.push(format!("{what}: not a string"));
        return;
    };
    match url::Url::parse(raw) {
        Ok(url) if url.scheme() == "https" && url.host_str().is_some_and(|h| !h.is_empty()) => {
            if raw.trim() != raw || raw.contains(char::is_whitespace) {
                problems.push(format!("{what}: `{raw}` has white space"));
            }
        }
        Ok(url) => problems.push(format!(
            "{what}: `{raw}` is {} without a host, or not https",
            url.scheme()
        )),
        Err(e) => problems.push(format!("{what}: `{raw}` does not parse ({e})")),
    }
}

fn valid_language(code: &str) -> bool {
    code == code.to_ascii_lowercase()
        && match code.len() {
            2 => isolang::Language::from_639_1(code).is_some(),
            3 => isolang::Language::from_639_3(code).is_some(),
            _ => false,
        }
}

fn valid_country(code: &str) -> bool {
    code == "XK"
        || (code.len() == 2
            && code == code.to_ascii_uppercase()
            && isocountry::CountryCode::for_alpha2(code).is_ok())
}

// ---------------------------------------------------------------------------
// Phone numbers.

fn digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

/// A short code: 2 to 6 digits, dialled as is, no international prefix
/// (the same split as the program's `PhoneNumber`).
fn is_short_code(number: &str) -> bool {
    !number.trim_start().starts_with('+') && (2..=6).contains(&digits(number).len())
}

/// Countries whose own short codes start with 0. Everywhere else a leading
/// 0 is a trunk prefix, and 2–6 digits after it are a truncated number.
const SHORT_CODES_MAY_START_WITH_0: &[(&str, &str)] = &[
    ("AU", "000 is the emergency number"),
    ("ES", "national services use 0xx: 016, 024, 061, 091, 092"),
    (
        "RU",
        "01–04 and 051 remain from the national short-code plan",
    ),
    (
        "TM",
        "01 fire, 02 police, 03 ambulance, as in the former Soviet plan",
    ),
];

/// Where the harmonised European 116 numbers (Commission Decision
/// 2007/116/EC) apply: the EU and the EEA. Elsewhere 116x is national
/// (Nepal's 1166, Kenya's 116).
const EU_EEA: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
];

/// Short-code rules: digits and separators only, 2–6 digits, no leading 0
/// unless the country's short codes have one, and in the EU and the EEA the
/// 116 numbers have six digits.
fn short_code_problem(country: &str, number: &str) -> Option<String> {
    let number = number.strip_prefix(['*', '#']).unwrap_or(number);
    if number
        .chars()
        .any(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '.')))
    {
        return Some(
            "a short code has only digits (and spaces, hyphens, dots), after a leading * or #"
                .into(),
        );
    }
    let digits = digits(number);
    if !(2..=6).contains(&digits.len()) {
        return Some(format!("{} digits; a short code has 2 to 6", digits.len()));
    }
    if digits.starts_with('0')
        && !SHORT_CODES_MAY_START_WITH_0
            .iter()
            .any(|(c, _)| *c == country)
    {
        return Some(format!(
            "starts with 0, which {country}'s short codes do not: a trunk prefix before a truncated number?"
        ));
    }
    if EU_EEA.contains(&country) && digits.starts_with("116") && digits.len() != 6 {
        return Some("the harmonised 116 numbers have six digits (116 123, 116 111)".into());
    }
    None
}

/// Whether libphonenumber's metadata knows `number` as a number of `country`.
fn valid_for(country: &str, number: &str) -> bool {
    country
        .parse::<phonenumber::country::Id>()
        .ok()
        .and_then(|id| phonenumber::parse(Some(id), number).ok())
        .is_some_and(|parsed| phonenumber::is_valid(&parsed))
}

/// Why libphonenumber refuses a full number for its country, if it does.
fn full_number_problem(country: &str, number: &str) -> Option<String> {
    let Ok(id) = country.parse::<phonenumber::country::Id>() else {
        return Some(format!("libphonenumber has no region {country}"));
    };
    match phonenumber::parse(Some(id), number) {
        Err(e) => Some(format!("does not parse ({e})")),
        Ok(parsed) if !phonenumber::is_valid(&parsed) => {
            Some("not a valid number in libphonenumber's metadata".into())
        }
        Ok(parsed) => {
            let home = phonenumber::metadata::DATABASE
                .by_id(country)
                .map(|m| m.country_code());
            // A number written in international form may belong to another
            // country (a WhatsApp number abroad); one written in national
            // form must be read as this country's.
            let code = parsed.country().code();
            if Some(code) == home || number.trim_start().starts_with('+') {
                None
            } else {
                Some(format!("reads as a +{code} number"))
            }
        }
    }
}

/// Numbers that fail a check above but are in `resources.yaml` exactly as
/// their source prints them: (country, number, why it fails, what to do).
/// Each is a finding for the data owner, not a reason to rewrite the number
/// from memory. A number that starts to pass must be taken off this list.
const KNOWN_ISSUES: &[(&str, &str, &str)] = &[
    (
        "IN",
        "915 298 7821",
        "iCALL's number as published; phonenumber 0.3 reads its leading 91 as India's country \
         code (+91 91529 87821 validates): a parser quirk, the number is fine",
    ),
    (
        "NC",
        "05 30 30",
        "New Caledonia's numbers have six digits and 05 is its toll-free range (the Province Sud \
         guide cites this number); libphonenumber's metadata lacks 05, and the program's \
         PhoneNumber takes it for a short code",
    ),
    (
        "RU",
        "8 800 101 64 79",
        "Russian toll-free 8-800 as Russians write it; phonenumber 0.3 mis-parses every 800 \
         number (also in +7 800 form): a parser bug",
    ),
    (
        "RU",
        "8-800-2000-122",
        "Russian toll-free 8-800, mis-parsed by phonenumber 0.3 (see above)",
    ),
    (
        "TV",
        "000",
        "fire number 000 as gov.uk, Naga and aidlines list it; no other Tuvalu short code starts \
         with 0 (police 911, ambulance 999): re-verify against a Tuvalu government source",
    ),
];

// ---------------------------------------------------------------------------
// Tests.

#[test]
fn the_programs_loader_accepts_the_dataset() {
    let path = repo_path("resources.yaml");
    let (dataset, warnings) = crisis_lookup::dataset::load_dataset(&path)
        .unwrap_or_else(|errors| panic!("the loader refuses resources.yaml:\n{errors:?}"));
    assert!(!warnings.has_errors());
    let raw = dataset_value();
    assert_eq!(dataset.countries().len(), countries(&raw).len());
    assert_eq!(dataset.resource_count(), lines(&raw).len());
    assert_eq!(
        dataset.international.len(),
        list(&raw["international"]).len()
    );
}

#[test]
fn resource_ids_are_unique_and_start_with_their_country() {
    let dataset = dataset_value();
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut problems = Vec::new();
    for directory in list(&dataset["international"]) {
        let id = directory["id"].as_str().unwrap_or_default().to_string();
        if seen.insert(id.clone(), "international".into()).is_some() {
            problems.push(format!("international `{id}` is used twice"));
        }
    }
    for (country, line) in lines(&dataset) {
        let Some(id) = line["id"].as_str() else {
            problems.push(format!("{country}: a line without `id`"));
            continue;
        };
        if let Some(first) = seen.insert(id.to_string(), country.to_string()) {
            problems.push(format!("`{id}` ({country}) is already used ({first})"));
        }
        let prefix = format!("{}-", country.to_ascii_lowercase());
        let slug = id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id.starts_with(&prefix) || !slug || id.ends_with('-') {
            problems.push(format!("`{id}` is not `{prefix}<lowercase-slug>`"));
        }
    }
    let mut codes = BTreeSet::new();
    for country in countries(&dataset) {
        if !codes.insert(country["code"].to_string()) {
            problems.push(format!("country {} is listed twice", country["code"]));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The same line entered twice (two research rounds, two directories) shows
/// a person the same number twice and splits its sources. Lines may share a
/// number only when all but one are meant for a specific audience: the
/// Veterans Crisis Line is 988 and then 1.
#[test]
fn no_two_lines_for_everyone_in_a_country_share_a_phone_number() {
    let dataset = dataset_value();
    let mut by_number: HashMap<(&str, String), Vec<&Value>> = HashMap::new();
    for (country, line) in lines(&dataset) {
        if let Some(phone) = line["phone"].as_str() {
            by_number
                .entry((country, digits(phone)))
                .or_default()
                .push(line);
        }
    }
    let mut problems = Vec::new();
    for ((country, number), group) in &by_number {
        let for_everyone: Vec<&str> = group
            .iter()
            .filter(|line| list(&line["audiences"]).is_empty())
            .filter_map(|line| line["id"].as_str())
            .collect();
        if for_everyone.len() > 1 {
            problems.push(format!("{country} {number}: {}", for_everyone.join(", ")));
        }
    }
    assert!(
        problems.is_empty(),
        "duplicate lines:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_country_and_language_code_is_a_real_iso_code() {
    let dataset = dataset_value();
    let mut problems = Vec::new();
    for country in countries(&dataset) {
        let code = country["code"].as_str().unwrap_or_default();
        if !valid_country(code) {
            problems.push(format!(
                "country `{}` is not ISO 3166-1 alpha-2",
                country["code"]
            ));
        }
        let languages = list(&country["languages"]);
        if languages.is_empty() {
            problems.push(format!("{code}: no languages"));
        }
        for language in languages {
            if !language.as_str().is_some_and(valid_language) {
                problems.push(format!("{code}: language {language} is not ISO 639"));
            }
        }
        for line in list(&country["resources"]) {
            for language in list(&line["languages"]) {
                if !language.as_str().is_some_and(valid_language) {
                    problems.push(format!(
                        "{}: language {language} is not ISO 639",
                        line_label(code, line)
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_time_zone_is_a_real_iana_zone() {
    let dataset = dataset_value();
    let mut problems = Vec::new();
    let mut zones = 0;
    for (country, line) in lines(&dataset) {
        let hours = &line["hours"];
        if hours.is_null() || hours.as_str() == Some("24/7") {
            continue;
        }
        match hours["timezone"].as_str() {
            Some(zone) => {
                zones += 1;
                if jiff::tz::db().get(zone).is_err() {
                    problems.push(format!(
                        "{}: `{zone}` is not an IANA zone",
                        line_label(country, line)
                    ));
                }
            }
            None => problems.push(format!(
                "{}: hours {hours} without a time zone",
                line_label(country, line)
            )),
        }
    }
    assert!(zones > 0, "some lines have weekly hours");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_link_is_https_and_parses() {
    let dataset = dataset_value();
    let mut problems = Vec::new();
    for directory in list(&dataset["international"]) {
        let what = format!("international {}", directory["id"]);
        check_https(&directory["website"], &what, &mut problems);
    }
    for (country, line) in lines(&dataset) {
        for field in ["website", "chat"] {
            if !line[field].is_null() {
                let what = format!("{} {field}", line_label(country, line));
                check_https(&line[field], &what, &mut problems);
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_number_is_a_valid_short_code_or_a_valid_full_number_for_its_country() {
    let dataset = dataset_value();
    let mut problems = Vec::new();
    let mut refused: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut full_numbers = 0;
    let mut check = |country: &str, what: String, value: &Value, problems: &mut Vec<String>| {
        let Some(number) = value.as_str() else {
            problems.push(format!("{what}: {value} is not a string (quote it)"));
            return;
        };
        if is_short_code(number) {
            // Six digits in parentheses and spaces can also be a whole
            // number in a country with short numbers ("(9) 650 00").
            if let Some(problem) =
                short_code_problem(country, number).filter(|_| !valid_for(country, number))
            {
                refused.insert(
                    (country.to_string(), number.to_string()),
                    format!("{what}: {problem}"),
                );
            }
            return;
        }
        let count = digits(number).len();
        if !(7..=15).contains(&count) {
            problems.push(format!("{what} `{number}`: {count} digits"));
            return;
        }
        full_numbers += 1;
        if let Some(problem) = full_number_problem(country, number) {
            refused.insert(
                (country.to_string(), number.to_string()),
                format!("{what}: {problem}"),
            );
        }
    };
    for country in countries(&dataset) {
        let code = country["code"].as_str().unwrap_or_default();
        let emergency = &country["emergency"];
        for service in ["number", "police", "ambulance", "fire"] {
            if !emergency[service].is_null() {
                check(
                    code,
                    format!("{code} emergency {service}"),
                    &emergency[service],
                    &mut problems,
                );
            }
        }
        for line in list(&country["resources"]) {
            for field in ["phone", "sms", "whatsapp"] {
                if !line[field].is_null() {
                    check(
                        code,
                        format!("{} {field}", line_label(code, line)),
                        &line[field],
                        &mut problems,
                    );
                }
            }
        }
    }
    for (country, number, why) in KNOWN_ISSUES {
        if refused
            .remove(&(country.to_string(), number.to_string()))
            .is_none()
        {
            problems.push(format!(
                "known issue {country} `{number}` ({why}) passes now or is gone: take it off KNOWN_ISSUES"
            ));
        }
    }
    for ((country, number), problem) in &refused {
        problems.push(format!("{country} `{number}`: {problem}"));
    }
    eprintln!(
        "{full_numbers} full numbers checked against libphonenumber; {} known issues",
        KNOWN_ISSUES.len()
    );
    assert!(full_numbers > 100, "{full_numbers} full numbers checked");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The copies of directories that `sources` cite by id.
fn copies(dataset: &Value) -> HashMap<String, &Value> {
    list(&dataset["copies"])
        .iter()
        .filter_map(|copy| Some((copy["id"].as_str()?.to_string(), copy)))
        .collect()
}

/// An entry's sources, each `copy:` replaced by the copy it names.
fn sources_of<'a>(copies: &HashMap<String, &'a Value>, entry: &'a Value) -> Vec<&'a Value> {
    list(&entry["sources"])
        .iter()
        .map(|source| match source["copy"].as_str() {
            Some(id) => copies.get(id).copied().unwrap_or(source),
            None => source,
        })
        .collect()
}

/// A source's own date: YYYY, YYYY-MM or YYYY-MM-DD, as its first day.
fn source_date(value: &Value) -> Option<jiff::civil::Date> {
    let raw = text(value)?;
    let full = match raw.len() {
        4 => format!("{raw}-01-01"),
        7 => format!("{raw}-01"),
        _ => raw,
    };
    full.parse().ok()
}

/// Checks one entry's provenance: every source says who published it and
/// when it was read; dates are real and in order; at least one source is
/// dated (a page's own date, or the provider's page read on a day); and a
/// `checked` day is the day a provider page was read. Returns the entry's
/// newest evidence.
fn check_provenance(
    copies: &HashMap<String, &Value>,
    entry: &Value,
    what: &str,
    problems: &mut Vec<String>,
) -> Option<jiff::civil::Date> {
    let sources = sources_of(copies, entry);
    if sources.is_empty() {
        problems.push(format!("{what}: no sources"));
        return None;
    }
    let mut newest = None;
    for source in &sources {
        if source["publisher"]
            .as_str()
            .is_none_or(|p| p.trim().is_empty())
        {
            problems.push(format!("{what}: a source without a publisher"));
        }
        let read = text(&source["read"]).and_then(|r| r.parse::<jiff::civil::Date>().ok());
        let Some(read) = read else {
            problems.push(format!("{what}: a source without a `read` day"));
            continue;
        };
        if read > latest_today() {
            problems.push(format!("{what}: a source read in the future ({read})"));
        }
        if let Some(url) = source["url"].as_str() {
            if url::Url::parse(url).is_err() {
                problems.push(format!("{what}: source url `{url}` does not parse"));
            }
        }
        let date = match &source["date"] {
            Value::Null => None,
            value => match source_date(value) {
                Some(date) if date <= read => Some(date),
                Some(date) => {
                    problems.push(format!("{what}: a page dated {date} read on {read}"));
                    None
                }
                None => {
                    problems.push(format!("{what}: source date {value} is not YYYY[-MM[-DD]]"));
                    None
                }
            },
        };
        let provider = source["provider"].as_bool() == Some(true);
        let as_of = date.or(provider.then_some(read));
        newest = newest.max(as_of);
    }
    if newest.is_none() {
        problems.push(format!("{what}: no dated source"));
    }
    if let Some(checked) = text(&entry["checked"]) {
        let backed = sources.iter().any(|source| {
            source["provider"].as_bool() == Some(true)
                && text(&source["read"]) == Some(checked.clone())
        });
        if !backed {
            problems.push(format!(
                "{what}: checked {checked}, but no provider page was read that day"
            ));
        }
    }
    newest
}

#[test]
fn every_entry_rests_on_dated_sources_and_claims_no_check_it_has_not_made() {
    let dataset = dataset_value();
    let copies = copies(&dataset);
    let mut problems = Vec::new();
    for directory in list(&dataset["international"]) {
        let what = format!("international {}", directory["id"]);
        check_provenance(&copies, directory, &what, &mut problems);
    }
    for country in countries(&dataset) {
        let code = country["code"].as_str().unwrap_or_default();
        check_provenance(
            &copies,
            &country["emergency"],
            &format!("{code} emergency"),
            &mut problems,
        );
        for line in list(&country["resources"]) {
            check_provenance(&copies, line, &line_label(code, line), &mut problems);
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Countries where research found no emergency number to name at all; each
/// says why in its `unconfirmed`, and the text then asks the person to call
/// their local emergency services.
const NO_NUMBER_CONFIRMED: &[&str] = &["CD", "KP"];

#[test]
fn every_country_names_a_number_for_immediate_danger_from_an_official_page() {
    let dataset = dataset_value();
    let copies = copies(&dataset);
    let mut problems = Vec::new();
    let mut unconfirmed = 0;
    for country in countries(&dataset) {
        let code = country["code"].as_str().unwrap_or_default();
        let emergency = &country["emergency"];
        let number = |service: &str| emergency[service].as_str();
        let primary = number("number")
            .or(number("ambulance"))
            .or(number("police"));
        let explained = emergency["unconfirmed"]
            .as_str()
            .is_some_and(|why| !why.trim().is_empty());
        match (primary, NO_NUMBER_CONFIRMED.contains(&code)) {
            (None, false) => problems.push(format!(
                "{code}: no number for immediate danger (a fire number alone does not count)"
            )),
            (None, true) if !explained => {
                problems.push(format!("{code}: no number and no `unconfirmed` saying why"))
            }
            (Some(found), true) => problems.push(format!(
                "{code} names {found} now: take it off NO_NUMBER_CONFIRMED"
            )),
            _ => {}
        }
        // A general number is written as one, not as a service.
        if let (Some(police), Some(ambulance)) = (number("police"), number("ambulance")) {
            if police == ambulance {
                problems.push(format!(
                    "{code}: police and ambulance are both {police}: write it as `number`"
                ));
            }
        }
        for service in ["police", "ambulance", "fire"] {
            if number(service).is_some() && number(service) == number("number") {
                problems.push(format!("{code}: {service} repeats the general number"));
            }
        }
        let official = sources_of(&copies, emergency).iter().any(|source| {
            source["official"].as_bool() == Some(true) || source["provider"].as_bool() == Some(true)
        });
        if !official && !explained {
            problems.push(format!(
                "{code}: no government page backs the emergency numbers and no `unconfirmed` says so"
            ));
        }
        unconfirmed += usize::from(explained);
    }
    eprintln!("{unconfirmed} emergency blocks without an official page, each saying why");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The emergency numbers the 2026-12-07 audit found wrong: what the text
/// named then must never come back.
const WRONG_EMERGENCY_NUMBERS: &[(&str, &str, &str)] = &[
    ("UZ", "101", "the fire service, listed as the ambulance"),
    ("GM", "1730", "Gabon's police number"),
    ("GM", "1300", "Gabon's ambulance number"),
    ("ET", "911", "not Ethiopia's police number (991)"),
    ("GH", "999", "replaced by 112 in 2020"),
    ("EG", "126", "the tourist police, listed as the police"),
    ("TH", "1155", "the tourist police"),
    ("GN", "442020", "on no page"),
    ("TD", "2020", "the police's green number is 2121 (2020-05)"),
    (
        "CD",
        "112",
        "a Kinshasa police pilot, not a national number",
    ),
];

#[test]
fn the_audits_wrong_emergency_numbers_are_gone_and_none_is_fire_only() {
    let dataset = dataset_value();
    let mut problems = Vec::new();
    for country in countries(&dataset) {
        let code = country["code"].as_str().unwrap_or_default();
        let emergency = &country["emergency"];
        for service in ["number", "police", "ambulance", "fire"] {
            let Some(number) = emergency[service].as_str() else {
                continue;
            };
            for (_, wrong, why) in WRONG_EMERGENCY_NUMBERS.iter().filter(|(c, ..)| *c == code) {
                if number == *wrong {
                    problems.push(format!("{code} {service} is {number}: {why}"));
                }
            }
        }
    }
    // Slovenia names 112, not only the police's 113; Sri Lanka names one.
    let by_code = |code: &str| {
        countries(&dataset)
            .iter()
            .find(|c| c["code"] == code)
            .map(|c| c["emergency"].clone())
            .unwrap_or_default()
    };
    assert_eq!(by_code("SI")["number"], "112");
    assert!(by_code("LK")["police"].is_string() && by_code("LK")["ambulance"].is_string());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Lines the audit found closed or wrong.
const REMOVED_LINES: &[(&str, &str)] = &[
    ("eg-befrienders-cairo", "closed in 2018"),
    (
        "us-games-and-online-harassment-hotline",
        "closed in October 2023",
    ),
    (
        "au-beyond-blue-coronavirus-mental-wellbeing-support-service",
        "a 2020 pandemic service",
    ),
    (
        "cn-national-hotline",
        "a private mobile number presented as national",
    ),
    (
        "cn-coronavirus-prevention-and-control-psychological-assistance",
        "a pandemic line",
    ),
    (
        "mk-psychological-support-for-people-in-self-isolation",
        "a pandemic line",
    ),
    (
        "lr-lifeline-liberia",
        "no page names it, and the number lacks today's operator prefix",
    ),
];

#[test]
fn the_lines_the_audit_found_closed_are_gone_and_coverage_is_current() {
    let dataset = dataset_value();
    let copies = copies(&dataset);
    let all = lines(&dataset);
    for (id, why) in REMOVED_LINES {
        assert!(
            all.iter().all(|(_, line)| line["id"] != *id),
            "{id} is back: {why}"
        );
    }
    let countries_with_a_line: BTreeSet<&str> = all.iter().map(|(code, _)| *code).collect();
    let mut ignored = Vec::new();
    let recent = all
        .iter()
        .filter(|(code, line)| {
            check_provenance(&copies, line, &line_label(code, line), &mut ignored)
                .is_some_and(|newest| newest.year() >= 2024)
        })
        .count();
    eprintln!(
        "{} countries with a line; {recent} of {} lines rest on a source of 2024 or later",
        countries_with_a_line.len(),
        all.len()
    );
    assert!(
        countries_with_a_line.len() >= 160,
        "{countries_with_a_line:?}"
    );
    assert!(recent * 2 >= all.len(), "{recent} of {} lines", all.len());
}

#[tokio::test]
async fn the_api_lists_the_coverage_and_every_line_it_serves_has_provenance() {
    let app = spawn_app().await;
    let answer = app.get("/v1/countries").await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    let listed = answer.json();
    let listed = list(&listed);
    let with_a_line = listed
        .iter()
        .filter(|c| c["resource_count"].as_u64().unwrap_or(0) > 0)
        .count();
    let with_an_emergency_number = listed
        .iter()
        .filter(|c| {
            ["number", "police", "ambulance", "fire"]
                .iter()
                .any(|s| c["emergency"][*s].is_string())
        })
        .count();
    assert!(with_a_line >= 160, "{with_a_line} countries with a line");
    assert!(
        with_an_emergency_number + NO_NUMBER_CONFIRMED.len() >= listed.len(),
        "{with_an_emergency_number} countries with an emergency number"
    );

    let dataset = dataset_value();
    let mut expected: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (country, line) in lines(&dataset) {
        expected
            .entry(country)
            .or_default()
            .insert(line["id"].as_str().unwrap_or_default());
    }
    assert_eq!(
        listed.len(),
        countries(&dataset).len(),
        "every country is listed"
    );
    let mut problems = Vec::new();
    for country in listed {
        let code = country["code"].as_str().unwrap_or_default();
        let answer = app.get(&format!("/v1/countries/{code}/resources")).await;
        if answer.status != 200 {
            problems.push(format!("{code}: status {}", answer.status));
            continue;
        }
        let body = answer.json();
        let mut served = BTreeSet::new();
        for resource in list(&body["resources"]) {
            let id = resource["id"].as_str().unwrap_or_default();
            served.insert(id);
            if resource["source"]
                .as_str()
                .is_none_or(|s| s.trim().is_empty())
            {
                problems.push(format!("{code} {id}: no source"));
            }
            let verified = resource["verified"].as_str().unwrap_or_default();
            if verified.parse::<jiff::civil::Date>().is_err()
                || verified > latest_today().to_string().as_str()
            {
                problems.push(format!("{code} {id}: verified `{verified}`"));
            }
            // `verified` is the check, or else the newest source: never newer.
            let newest = resource["newest_source"].as_str().unwrap_or_default();
            match resource["checked"].as_str() {
                Some(checked) if checked != verified => problems.push(format!(
                    "{code} {id}: checked {checked}, verified {verified}"
                )),
                None if !newest.starts_with(verified) && !verified.starts_with(newest) => problems
                    .push(format!(
                        "{code} {id}: newest source {newest}, verified {verified}"
                    )),
                _ => {}
            }
            let evidence = resource["evidence"].as_str().unwrap_or_default();
            if !matches!(
                evidence,
                "provider" | "corroborated" | "single-source" | "conflict"
            ) {
                problems.push(format!("{code} {id}: evidence `{evidence}`"));
            }
        }
        let wanted = expected.get(code).cloned().unwrap_or_default();
        if served != wanted {
            problems.push(format!(
                "{code}: serves {served:?}, the file has {wanted:?}"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
