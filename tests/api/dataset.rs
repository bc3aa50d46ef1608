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

/// `verified`: YYYY-MM-DD, a real date, not in the future.
fn check_verified(value: &Value, what: &str, problems: &mut Vec<String>) {
    let Some(raw) = text(value) else {
        problems.push(format!("{what}: no `verified`"));
        return;
    };
    let shaped = raw.len() == 10
        && raw.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    match raw.parse::<jiff::civil::Date>() {
        Ok(date) if shaped && date <= latest_today() => {}
        Ok(date) if shaped => problems.push(format!("{what}: verified {date} is in the future")),
        _ => problems.push(format!("{what}: verified `{raw}` is not YYYY-MM-DD")),
    }
}

fn check_source(value: &Value, what: &str, problems: &mut Vec<String>) {
    match value.as_str() {
        Some(source) if !source.trim().is_empty() => {
            for link in links_in(source) {
                if url::Url::parse(link).is_err() {
                    problems.push(format!("{what}: source link `{link}` does not parse"));
                }
            }
        }
        _ => problems.push(format!("{what}: no `source`")),
    }
}

/// The http(s) links a `source` cites, without trailing punctuation.
fn links_in(source: &str) -> impl Iterator<Item = &str> {
    source
        .split(|c: char| c.is_whitespace())
        .filter_map(|word| word.find("http").map(|start| &word[start..]))
        .filter(|word| word.starts_with("https://") || word.starts_with("http://"))
        .map(|word| word.trim_end_matches([',', ';', ')', '(', '.', '"', '\'']))
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
    if number
        .chars()
        .any(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '.')))
    {
        return Some("a short code has only digits (and spaces, hyphens, dots)".into());
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
        "AM",
        "(2) 538194",
        "printed with a one-digit (2) prefix as older community lists give it; Armenian numbers \
         take a three-digit area code (010 for Yerevan): re-verify against the centre's own page",
    ),
    (
        "CL",
        "67613603",
        "eight digits, the form before Chile's 2016 move to nine (mobiles gained a leading 9): \
         re-verify",
    ),
    (
        "EC",
        "2832817",
        "a seven-digit local number without its province's area code: reachable only from \
         inside that province; re-verify and add the area code",
    ),
    (
        "EG",
        "762 1602",
        "seven digits, the Cairo form before Egypt's landlines gained a digit; not valid even \
         with 02 in front: re-verify",
    ),
    (
        "GB",
        "(085) 802-2859",
        "an Irish mobile number (085) in Irish national form under GB (Towards Healing is an \
         Irish service); from the UK it needs +353: write it in international form",
    ),
    (
        "IN",
        "915 298 7821",
        "iCALL's number as published; phonenumber 0.3 reads its leading 91 as India's country \
         code (+91 91529 87821 validates): a parser quirk, the number is fine",
    ),
    (
        "MA",
        "022 382 42 42",
        "nine digits, the form before Morocco's 2009 change (Casablanca 022 became 0522): \
         re-verify",
    ),
    (
        "MN",
        "1800-2000",
        "Mongolia's 1800 service range is not in libphonenumber's metadata; the line publishes \
         it this way",
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
        "8 800 707 54 65",
        "Russian toll-free 8-800, mis-parsed by phonenumber 0.3 (see above)",
    ),
    (
        "RU",
        "8-800-2000-122",
        "Russian toll-free 8-800, mis-parsed by phonenumber 0.3 (see above)",
    ),
    (
        "RU",
        "8-800-220-8000",
        "Russian toll-free 8-800, mis-parsed by phonenumber 0.3 (see above)",
    ),
    (
        "RU",
        "8-800-333-44-34",
        "Russian toll-free 8-800, mis-parsed by phonenumber 0.3 (see above)",
    ),
    (
        "RU",
        "8-800-555-73-74",
        "Russian toll-free 8-800, mis-parsed by phonenumber 0.3 (see above)",
    ),
    (
        "TV",
        "000",
        "fire number 000 as gov.uk, Naga and aidlines list it; no other Tuvalu short code starts \
         with 0 (police 911, ambulance 999): re-verify against a Tuvalu government source",
    ),
    (
        "WS",
        "800-5433",
        "Samoa's 800 toll-free range is not in libphonenumber's metadata; the line publishes it \
         this way",
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

#[test]
fn every_line_emergency_entry_and_directory_cites_a_source_and_a_verified_date() {
    let dataset = dataset_value();
    let mut problems = Vec::new();
    for directory in list(&dataset["international"]) {
        let what = format!("international {}", directory["id"]);
        check_source(&directory["source"], &what, &mut problems);
        check_verified(&directory["verified"], &what, &mut problems);
    }
    for country in countries(&dataset) {
        let code = country["code"].as_str().unwrap_or_default();
        let emergency = &country["emergency"];
        if !emergency.is_object() {
            problems.push(format!("{code}: no emergency block"));
            continue;
        }
        if ["number", "police", "ambulance", "fire"]
            .iter()
            .all(|service| emergency[*service].is_null())
        {
            problems.push(format!("{code}: an emergency block without a number"));
        }
        let what = format!("{code} emergency");
        check_source(&emergency["source"], &what, &mut problems);
        check_verified(&emergency["verified"], &what, &mut problems);
        for line in list(&country["resources"]) {
            let what = line_label(code, line);
            check_source(&line["source"], &what, &mut problems);
            check_verified(&line["verified"], &what, &mut problems);
            let evidence = line["evidence"].as_str().unwrap_or_default();
            if !matches!(evidence, "corroborated" | "single-source" | "conflict") {
                problems.push(format!("{what}: evidence `{evidence}`"));
            }
            if evidence == "conflict" && line["note"].as_str().is_none_or(|n| n.trim().is_empty()) {
                problems.push(format!(
                    "{what}: a conflict without a note saying what each source says"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
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
    assert!(with_a_line >= 150, "{with_a_line} countries with a line");
    assert!(
        with_an_emergency_number >= 200,
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
