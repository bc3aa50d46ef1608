//! The language decision's parameters swept on the dev set's modes
//! (docs/LANGUAGE-DETECTION.md, "The decision"): each message is detected
//! once, then decided with every combination of the values given.
//!
//! cargo run --release --example decision_sweep -- data/langid/dev.jsonl hint=3,4,5 country=0.3,0.5
//!
//! Parameters not named keep their tuned value (`resolve::language::TUNED`).
//! One line per combination: message only (words / pairs / sentences, and
//! Malay = Indonesian), right locale, right country, wrong locale (`en-US`,
//! sentences), abroad at the tuning destinations (data/langid/abroad.tsv),
//! and the short crisis phrases abroad (English / other languages). The
//! held-out destinations are left out on purpose: `langid_eval` reports them.

use crisis_lookup::detect::Detection;
use crisis_lookup::domain::{CountryCode, LanguageCode};
use crisis_lookup::lookup::snapshot::Snapshot;
use crisis_lookup::resolve::language::{decide, Parameters, Setting, TUNED};
use crisis_lookup::resolve::Hints;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Deserialize)]
struct Row {
    lang: String,
    bucket: String,
    text: String,
}

const BUCKETS: [&str; 3] = ["word", "pair", "sentence"];

#[derive(Default, Clone, Copy)]
struct Tally {
    right: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.right += usize::from(ok);
    }
    fn pct(self) -> String {
        match self.total {
            0 => "–".into(),
            n => format!("{:.1}", 100.0 * self.right as f64 / n as f64),
        }
    }
}

/// One message as the sweep uses it: its language, bucket and detection.
struct Case {
    /// Line in the dev file (0 for phrases).
    line: usize,
    text: String,
    lang: LanguageCode,
    bucket: usize,
    detection: Option<Detection>,
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dev = args
        .next()
        .unwrap_or_else(|| "data/langid/dev.jsonl".into());
    let grid: Vec<(String, Vec<f64>)> = args
        .filter_map(|arg| {
            let (name, values) = arg.split_once('=')?;
            let values = values.split(',').filter_map(|v| v.parse().ok()).collect();
            Some((name.to_owned(), values))
        })
        .collect();
    let verbose = std::env::var("SWEEP_VERBOSE").unwrap_or_default();
    let (snapshot, _) = Snapshot::load(Path::new("resources.yaml"), Path::new("locales"))
        .map_err(|e| anyhow::anyhow!("the dataset or a locale does not load: {}", e.0.len()))?;
    // Languages of the locale folders (`pt-BR` → pt), as langid_eval counts them.
    let shipped: BTreeSet<String> = std::fs::read_dir("locales")?
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.split(['-', '_']).next().map(str::to_ascii_lowercase)
        })
        .collect();
    let mut country_of: BTreeMap<LanguageCode, CountryCode> = BTreeMap::new();
    for country in snapshot.dataset.countries() {
        if let Some(&main) = country.languages.first() {
            country_of.entry(main).or_insert(country.code);
        }
    }
    let mut abroad: BTreeMap<String, Vec<CountryCode>> = BTreeMap::new();
    for line in std::fs::read_to_string("data/langid/abroad.tsv")?
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
    {
        let fields: Vec<&str> = line.split('\t').collect();
        if let [language, tune, _held_out] = fields.as_slice() {
            let countries = tune.split_whitespace().filter_map(CountryCode::parse);
            abroad.insert((*language).to_owned(), countries.collect());
        }
    }
    let detect = |text: &str| snapshot.detector.detect(text);
    let mut cases = Vec::new();
    for (number, line) in std::fs::read_to_string(&dev)?.lines().enumerate() {
        let row: Row = serde_json::from_str(line)?;
        let (Some(lang), Some(bucket)) = (
            LanguageCode::parse(&row.lang),
            BUCKETS.iter().position(|b| *b == row.bucket),
        ) else {
            continue;
        };
        let only = std::env::var("SWEEP_LANGS").unwrap_or_default();
        if shipped.contains(&row.lang)
            && (only.is_empty() || only.split_whitespace().any(|l| l == row.lang))
        {
            cases.push(Case {
                line: number + 1,
                text: row.text.clone(),
                lang,
                bucket,
                detection: detect(&row.text),
            });
        }
    }
    // Rows of languages the detector has no model of here (no locale, or
    // no table): with their own locale they should be answered so; and
    // sentences of modelled languages with a locale naming an unmodelled
    // language of their script should keep their language.
    let mut unmodelled_rows = Vec::new();
    for line in std::fs::read_to_string(&dev)?.lines() {
        let row: Row = serde_json::from_str(line)?;
        let (Some(lang), Some(bucket)) = (
            LanguageCode::parse(&row.lang),
            BUCKETS.iter().position(|b| *b == row.bucket),
        ) else {
            continue;
        };
        if !shipped.contains(&row.lang) {
            unmodelled_rows.push(Case {
                line: 0,
                text: row.text.clone(),
                lang,
                bucket,
                detection: detect(&row.text),
            });
        }
    }
    let mut phrases = Vec::new();
    for line in std::fs::read_to_string("data/langid/crisis-phrases.tsv")?
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
    {
        if let Some((lang, text)) = line.split_once('\t') {
            if let Some(code) = LanguageCode::parse(lang) {
                phrases.push(Case {
                    line: 0,
                    text: text.to_owned(),
                    lang: code,
                    bucket: 0,
                    detection: detect(text),
                });
            }
        }
    }
    let world = snapshot.dataset.speakers.world();
    // A reader's reading of the words the detector once missed
    // (data/langid/word-misses-reading.tsv): line → both, answer, name…
    let mut readings: BTreeMap<usize, String> = BTreeMap::new();
    for line in std::fs::read_to_string("data/langid/word-misses-reading.tsv")?
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
    {
        let fields: Vec<&str> = line.split('\t').collect();
        if let [number, _, _, reading, ..] = fields.as_slice() {
            if let Ok(number) = number.parse() {
                readings.insert(number, (*reading).to_owned());
            }
        }
    }
    let en_us = Hints::parse(Some("en-US"), None, None, &mut Vec::new());
    let none = Hints::default();
    let in_country = |code: CountryCode| Setting {
        languages: snapshot
            .dataset
            .country(code)
            .map(|c| c.languages.as_slice())
            .unwrap_or_default(),
        shares: Some(snapshot.dataset.speakers.shares(code)),
        world,
    };
    let anywhere = Setting {
        languages: &[],
        shares: None,
        world,
    };

    // Every combination of the grid's values.
    let mut combinations = vec![TUNED];
    for (name, values) in &grid {
        let mut next = Vec::new();
        for base in &combinations {
            for &value in values {
                let mut p = *base;
                match name.as_str() {
                    "temperature" => p.temperature = value,
                    "hint" => p.hint = value,
                    "country" => p.country = value,
                    "floor" => p.floor = value,
                    "main" => p.main = value,
                    "main_one_word" => p.main_one_word = value,
                    "world" => p.world = value,
                    "unmodelled" => p.unmodelled = value,
                    "twin" => p.twin_margin = value,
                    other => anyhow::bail!("no parameter {other}"),
                }
                next.push(p);
            }
        }
        combinations = next;
    }
    println!("parameters | alone w/p/s | alone ms=id w/p/s | locale w/p/s | country w/p/s | wrong-hint s | abroad w/p/s | phrases en/other | unmodelled + own locale w/p/s | modelled + unmodelled locale w/p/s");
    for p in &combinations {
        let decided = |case: &Case, hints: &Hints, setting: &Setting<'_>| {
            decide(case.detection.as_ref(), hints, setting, p)
                .resolved
                .code
                == case.lang
        };
        let mut alone = [Tally::default(); 3];
        let mut merged = [Tally::default(); 3];
        let mut locale = [Tally::default(); 3];
        let mut country = [Tally::default(); 3];
        let mut wrong = Tally::default();
        let mut country_word_misses: BTreeMap<&str, usize> = BTreeMap::new();
        let mut away = [Tally::default(); 3];
        for case in &cases {
            let answer = decide(case.detection.as_ref(), &none, &anywhere, p)
                .resolved
                .code;
            alone[case.bucket].add(answer == case.lang);
            let twins = |a: &str, b: &str| matches!((a, b), ("ms", "id") | ("id", "ms"));
            merged[case.bucket]
                .add(answer == case.lang || twins(answer.as_str(), case.lang.as_str()));
            let own = Hints::parse(Some(case.lang.as_str()), None, None, &mut Vec::new());
            let ok = decided(case, &own, &anywhere);
            locale[case.bucket].add(ok);
            if !ok && verbose.contains("locale") {
                let d = decide(case.detection.as_ref(), &own, &anywhere, p);
                println!("  {} with its locale: {d} {:?}", case.lang, case.text);
            }
            if let Some(&code) = country_of.get(&case.lang) {
                let ok = decided(case, &none, &in_country(code));
                country[case.bucket].add(ok);
                if !ok && case.bucket == 0 {
                    let reading = readings.get(&case.line).map_or("not read", String::as_str);
                    *country_word_misses.entry(reading).or_default() += 1;
                }
                if !ok && verbose.contains("country") {
                    let d = decide(case.detection.as_ref(), &none, &in_country(code), p);
                    println!("  {} from {code}: {d} {:?}", case.lang, case.text);
                }
            }
            if case.bucket == 2 && case.lang.as_str() != "en" {
                wrong.add(decided(case, &en_us, &anywhere));
            }
            for &code in abroad.get(case.lang.as_str()).into_iter().flatten() {
                let ok = decided(case, &none, &in_country(code));
                away[case.bucket].add(ok);
                if !ok && verbose.contains(&format!("abroad-{}", BUCKETS[case.bucket])) {
                    let d = decide(case.detection.as_ref(), &none, &in_country(code), p);
                    println!("  {} from {code}: {d} {:?}", case.lang, case.text);
                }
            }
            if case.bucket == 2 && case.lang.as_str() != "en" && verbose.contains("wrong") {
                let d = decide(case.detection.as_ref(), &en_us, &anywhere, p);
                if d.resolved.code != case.lang {
                    println!("  {} with en-US: {d} {:?}", case.lang, case.text);
                }
            }
        }
        let mut phrase = [Tally::default(); 2];
        for case in &phrases {
            for &code in abroad.get(case.lang.as_str()).into_iter().flatten() {
                let ok = decided(case, &none, &in_country(code));
                phrase[usize::from(case.lang.as_str() != "en")].add(ok);
                if !ok && verbose.contains("phrase") {
                    let d = decide(case.detection.as_ref(), &none, &in_country(code), p);
                    println!("  {} from {code}: {d} {:?}", case.lang, case.text);
                }
            }
        }
        let mut foreign = [Tally::default(); 3];
        for case in &unmodelled_rows {
            let own = Hints::parse(Some(case.lang.as_str()), None, None, &mut Vec::new());
            let ok = decided(case, &own, &anywhere);
            foreign[case.bucket].add(ok);
            if !ok && verbose.contains("unmodelled") {
                let d = decide(case.detection.as_ref(), &own, &anywhere, p);
                println!("  {} with its locale: {d} {:?}", case.lang, case.text);
            }
        }
        let mut kept = [Tally::default(); 3];
        for case in &cases {
            let Some(d) = case.detection.as_ref() else {
                continue;
            };
            let Some(&other) = d.unmodelled().first() else {
                continue;
            };
            let hint = Hints::parse(Some(other.as_str()), None, None, &mut Vec::new());
            let ok = decided(case, &hint, &anywhere);
            kept[case.bucket].add(ok);
            if !ok && verbose.contains("kept") && case.bucket == 2 {
                let d = decide(case.detection.as_ref(), &hint, &anywhere, p);
                println!("  {} with {other}: {d} {:?}", case.lang, case.text);
            }
        }
        let three = |t: &[Tally; 3]| format!("{} {} {}", t[0].pct(), t[1].pct(), t[2].pct());
        println!(
            "T={} hint={} country={} floor={} main={} one-word={} world={} unmodelled={} twin={} | {} | {} | {} | {} | {} | {} | {} {} | {} | {}",
            p.temperature,
            p.hint,
            p.country,
            p.floor,
            p.main,
            p.main_one_word,
            p.world,
            p.unmodelled,
            p.twin_margin,
            three(&alone),
            three(&merged),
            three(&locale),
            three(&country),
            wrong.pct(),
            three(&away),
            phrase[0].pct(),
            phrase[1].pct(),
            three(&foreign),
            three(&kept),
        );
        if verbose.contains("readings") {
            println!("  country-mode word misses by reading: {country_word_misses:?}");
        }
    }
    let _: &[Parameters] = &combinations;
    Ok(())
}
