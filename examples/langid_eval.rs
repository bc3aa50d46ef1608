//! Accuracy of the language chosen by `POST /v1/lookup` on the shared dev set,
//! and the cost of detection.
//!
//! cargo run --release --example langid_eval -- data/langid/dev.jsonl
//!
//! Only rows whose language has a locale in `locales/` count. Modes: the
//! message alone; the message with the right `locale` hint; the message with
//! only a `country` whose main language it is (from resources.yaml; languages
//! that are no country's main language are left out of that mode); sentences
//! with a wrong hint (`en-US`); the message alone with the diacritics of its
//! Latin letters removed (as typed on a phone without them). For comparison,
//! whatlang on the message alone, restricted to the shipped languages it knows.
//! Abroad: the message with only a `country` where its language is spoken by
//! a minority (data/langid/abroad.tsv: the destinations the decision was tuned
//! on, and held-out ones it never saw), and short crisis phrases
//! (data/langid/crisis-phrases.tsv) sent the same way.
//! Then the message alone with a detector over the full target set
//! (data/langid/target-languages.txt, 74 languages), and the cost.

use crisis_lookup::detect::Detector;
use crisis_lookup::domain::LanguageCode;
use crisis_lookup::lookup::snapshot::Snapshot;
use crisis_lookup::lookup::{lookup, LookupRequest};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::Instant;
use unicode_normalization::UnicodeNormalization;

#[derive(Deserialize)]
struct Row {
    lang: String,
    bucket: String,
    text: String,
    /// Line number in the dev file (set after parsing).
    #[serde(skip)]
    line: usize,
}

/// A reader's judgement of some rows (docs/langid-*-reading.tsv): line
/// number → the fourth column (`read_as`).
fn readings(path: &Path) -> anyhow::Result<BTreeMap<usize, String>> {
    let mut read_as = BTreeMap::new();
    for line in std::fs::read_to_string(path)?
        .lines()
        .skip_while(|l| l.starts_with('#'))
        .skip(1)
    {
        let fields: Vec<&str> = line.split('\t').collect();
        if let [number, _, _, reading, ..] = fields.as_slice() {
            read_as.insert(number.parse()?, (*reading).to_owned());
        }
    }
    Ok(read_as)
}

/// Where each language's writers live as a minority (data/langid/abroad.tsv):
/// language → (tuning destinations, held-out destinations).
fn destinations(path: &Path) -> anyhow::Result<BTreeMap<String, [Vec<String>; 2]>> {
    let mut abroad = BTreeMap::new();
    for line in std::fs::read_to_string(path)?
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
    {
        let fields: Vec<&str> = line.split('\t').collect();
        if let [language, tune, held_out] = fields.as_slice() {
            let countries = |list: &str| {
                list.split_whitespace()
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            };
            abroad.insert(
                (*language).to_owned(),
                [countries(tune), countries(held_out)],
            );
        }
    }
    Ok(abroad)
}

/// Short crisis phrases with their language (data/langid/crisis-phrases.tsv).
fn phrases(path: &Path) -> anyhow::Result<Vec<(String, String)>> {
    Ok(std::fs::read_to_string(path)?
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter_map(|line| {
            let (language, text) = line.split_once('\t')?;
            Some((language.to_owned(), text.to_owned()))
        })
        .collect())
}

const BUCKETS: [&str; 3] = ["word", "pair", "sentence"];

#[derive(Default)]
struct Tally {
    right: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.right += usize::from(ok);
    }
    fn pct(&self) -> String {
        if self.total == 0 {
            return "–".into();
        }
        format!("{:.1} %", 100.0 * self.right as f64 / self.total as f64)
    }
}

/// Language subtags of the locale folders: `pt-BR` → pt, `zh-Hant` → zh.
fn shipped_languages(locales: &Path) -> anyhow::Result<BTreeSet<String>> {
    let mut languages = BTreeSet::new();
    for entry in std::fs::read_dir(locales)? {
        let entry = entry?;
        if !entry.file_type()?.is_dir() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(language) = name.split(['-', '_']).next() {
            languages.insert(language.to_ascii_lowercase());
        }
    }
    Ok(languages)
}

struct Answer {
    code: String,
    source: String,
    confidence: Option<f64>,
}

fn ask(snapshot: &Snapshot, message: &str, locale: Option<&str>) -> anyhow::Result<Answer> {
    ask_with(snapshot, message, locale, None)
}

fn ask_with(
    snapshot: &Snapshot,
    message: &str,
    locale: Option<&str>,
    country: Option<&str>,
) -> anyhow::Result<Answer> {
    let request = LookupRequest {
        message: Some(message.to_owned()),
        locale: locale.map(str::to_owned),
        country: country.map(str::to_owned),
        ..LookupRequest::default()
    };
    let outcome = lookup(snapshot, request, jiff::Timestamp::now());
    let body: serde_json::Value = serde_json::from_slice(&outcome.body)?;
    let language = &body["language"];
    Ok(Answer {
        code: language["code"].as_str().unwrap_or("?").to_owned(),
        source: language["source"].as_str().unwrap_or("?").to_owned(),
        confidence: language["confidence"].as_f64(),
    })
}

/// `text` with every Latin letter's diacritics removed: "chết" → "chet",
/// "želim" → "zelim". Letters of other scripts stay as they are.
fn without_latin_diacritics(text: &str) -> String {
    text.chars()
        .map(|c| match c.nfd().next() {
            Some(base) if base.is_ascii_alphabetic() => base,
            _ => c,
        })
        .collect()
}

/// whatlang's code (ISO 639-3) → the dev set's (ISO 639-1), for the
/// languages both know.
const WHATLANG_CODES: [(&str, &str); 40] = [
    ("af", "afr"),
    ("ar", "ara"),
    ("bg", "bul"),
    ("bn", "ben"),
    ("ca", "cat"),
    ("cs", "ces"),
    ("da", "dan"),
    ("de", "deu"),
    ("el", "ell"),
    ("en", "eng"),
    ("es", "spa"),
    ("fa", "pes"),
    ("fi", "fin"),
    ("fr", "fra"),
    ("he", "heb"),
    ("hi", "hin"),
    ("hr", "hrv"),
    ("hu", "hun"),
    ("id", "ind"),
    ("it", "ita"),
    ("ja", "jpn"),
    ("ko", "kor"),
    ("nb", "nob"),
    ("nl", "nld"),
    ("pa", "pan"),
    ("pl", "pol"),
    ("pt", "por"),
    ("ro", "ron"),
    ("ru", "rus"),
    ("sk", "slk"),
    ("sr", "srp"),
    ("sv", "swe"),
    ("ta", "tam"),
    ("th", "tha"),
    ("tl", "tgl"),
    ("tr", "tur"),
    ("uk", "ukr"),
    ("ur", "urd"),
    ("vi", "vie"),
    ("zh", "cmn"),
];
/// The `n` most frequent confusions, one a line: "  truth → answer: count".
fn print_top(confusions: BTreeMap<(String, String), usize>, n: usize) {
    let mut top: Vec<_> = confusions.into_iter().collect();
    top.sort_by_key(|entry| std::cmp::Reverse(entry.1));
    for ((truth, answer), count) in top.iter().take(n) {
        println!("  {truth} → {answer}: {count}");
    }
}

/// Whether `answer` is right when Malay and Indonesian count as one.
fn same_when_merged(truth: &str, answer: &str) -> bool {
    truth == answer || matches!((truth, answer), ("ms", "id") | ("id", "ms"))
}

fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let index = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn main() -> anyhow::Result<()> {
    let dev = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "data/langid/dev.jsonl".into());
    let verbose = std::env::args().any(|a| a == "--verbose");
    let started = Instant::now();
    let (snapshot, _warnings) = Snapshot::load(Path::new("resources.yaml"), Path::new("locales"))
        .map_err(|errors| {
        anyhow::anyhow!(
            "the dataset or a locale does not load: {} errors",
            errors.0.len()
        )
    })?;
    let load_time = started.elapsed();
    // For the country mode: the first country whose main language it is.
    let mut country_of: BTreeMap<String, String> = BTreeMap::new();
    for country in snapshot.dataset.countries() {
        if let Some(main) = country.languages.first() {
            country_of
                .entry(main.to_string())
                .or_insert_with(|| country.code.to_string());
        }
    }
    let shipped = shipped_languages(Path::new("locales"))?;

    let rows: Vec<Row> = std::fs::read_to_string(&dev)?
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            serde_json::from_str(line).map(|row| Row {
                line: index + 1,
                ..row
            })
        })
        .collect::<Result<_, _>>()?;
    // Which language a Malay or Indonesian row is written in (ms, id or ?).
    let read_as = readings(Path::new("data/langid/ms-id-reading.tsv"))?;
    // What a missed single word is (both, answer, name, label or ?).
    let word_misses = readings(Path::new("data/langid/word-misses-reading.tsv"))?;
    let mut word_misses_read: BTreeMap<&str, usize> = BTreeMap::new();
    let all_rows = rows;
    let rows: Vec<Row> = all_rows
        .iter()
        .filter(|row| shipped.contains(&row.lang))
        .map(|row| Row {
            lang: row.lang.clone(),
            bucket: row.bucket.clone(),
            text: row.text.clone(),
            line: row.line,
        })
        .collect();
    let languages: BTreeSet<&str> = rows.iter().map(|r| r.lang.as_str()).collect();
    let whatlang_codes: Vec<(&str, whatlang::Lang)> = WHATLANG_CODES
        .iter()
        .filter(|(code, _)| languages.contains(code))
        .filter_map(|(code, iso3)| Some((*code, whatlang::Lang::from_code(*iso3)?)))
        .collect();
    let whatlang_detector =
        whatlang::Detector::with_allowlist(whatlang_codes.iter().map(|(_, l)| *l).collect());

    let mut alone: BTreeMap<&str, Tally> = BTreeMap::new();
    // The dev set's Malay rows are mostly Indonesian web text (see
    // docs/LANGUAGE-DETECTION.md); the table also shows the rest without them.
    let mut alone_without_ms: BTreeMap<&str, Tally> = BTreeMap::new();
    // Malay and Indonesian counted as one language (the goal).
    let mut alone_merged: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut hinted: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut wrong_hint = Tally::default();
    let mut by_country: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut by_country_language: BTreeMap<&str, [Tally; 3]> = BTreeMap::new();
    let mut per_language: BTreeMap<&str, [Tally; 3]> = BTreeMap::new();
    let mut confusions: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut confident = Tally::default();
    let mut confident_by_bucket: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut all_answers = 0usize;
    let mut hinted_sources: BTreeMap<String, usize> = BTreeMap::new();
    let mut stripped: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut as_read: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut stripped_changed = 0usize;
    let mut stripped_confusions: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut baseline: BTreeMap<&str, Tally> = BTreeMap::new();
    let abroad = destinations(Path::new("data/langid/abroad.tsv"))?;
    // [tuning, held-out] destinations, by bucket.
    let mut abroad_tally: [BTreeMap<&str, Tally>; 2] = Default::default();
    let mut abroad_by_language: [BTreeMap<&str, [Tally; 3]>; 2] = Default::default();
    let mut abroad_confusions: BTreeMap<(String, String, String), usize> = BTreeMap::new();

    for row in &rows {
        let bucket = BUCKETS
            .iter()
            .position(|b| *b == row.bucket)
            .ok_or_else(|| anyhow::anyhow!("unknown bucket {}", row.bucket))?;
        let answer = ask(&snapshot, &row.text, None)?;
        let ok = answer.code == row.lang;
        alone.entry(BUCKETS[bucket]).or_default().add(ok);
        alone_merged
            .entry(BUCKETS[bucket])
            .or_default()
            .add(ok || same_when_merged(&row.lang, &answer.code));
        if row.lang != "ms" {
            alone_without_ms.entry(BUCKETS[bucket]).or_default().add(ok);
        }
        per_language.entry(&row.lang).or_default()[bucket].add(ok);
        let written_in = match read_as.get(&row.line) {
            Some(language) if language != "?" => language,
            _ => &row.lang,
        };
        if !ok && row.bucket == "word" {
            let reading = word_misses
                .get(&row.line)
                .map_or("not read", String::as_str);
            *word_misses_read.entry(reading).or_default() += 1;
        }
        as_read
            .entry(BUCKETS[bucket])
            .or_default()
            .add(answer.code == *written_in);

        let plain = without_latin_diacritics(&row.text);
        let changed = plain != row.text;
        let plain_answer = match changed {
            true => ask(&snapshot, &plain, None)?.code,
            false => answer.code.clone(),
        };
        stripped_changed += usize::from(changed);
        stripped
            .entry(BUCKETS[bucket])
            .or_default()
            .add(plain_answer == row.lang);
        if changed && plain_answer != row.lang {
            *stripped_confusions
                .entry((row.lang.clone(), plain_answer))
                .or_default() += 1;
        }

        let whatlang_answer = whatlang_detector.detect(&row.text).and_then(|info| {
            whatlang_codes
                .iter()
                .find(|(_, lang)| *lang == info.lang())
                .map(|(code, _)| *code)
        });
        baseline
            .entry(BUCKETS[bucket])
            .or_default()
            .add(whatlang_answer == Some(row.lang.as_str()));
        if !ok {
            *confusions
                .entry((row.lang.clone(), answer.code.clone()))
                .or_default() += 1;
            if verbose {
                eprintln!(
                    "{} {} → {} ({:?}) {:?}",
                    row.lang, row.bucket, answer.code, answer.confidence, row.text
                );
            }
        }
        all_answers += 1;
        if answer.confidence.is_some_and(|c| c >= 0.9) {
            confident.add(ok);
            confident_by_bucket
                .entry(BUCKETS[bucket])
                .or_default()
                .add(ok);
        }

        let answer = ask(&snapshot, &row.text, Some(&row.lang))?;
        hinted
            .entry(BUCKETS[bucket])
            .or_default()
            .add(answer.code == row.lang);
        *hinted_sources.entry(answer.source).or_default() += 1;
        if verbose && answer.code != row.lang {
            eprintln!("HINT {} → {} {:?}", row.lang, answer.code, row.text);
        }

        if let Some(country) = country_of.get(&row.lang) {
            let answer = ask_with(&snapshot, &row.text, None, Some(country))?;
            let ok = answer.code == row.lang;
            by_country.entry(BUCKETS[bucket]).or_default().add(ok);
            by_country_language.entry(&row.lang).or_default()[bucket].add(ok);
        }

        for (set, countries) in abroad.get(&row.lang).into_iter().flatten().enumerate() {
            for country in countries {
                let answer = ask_with(&snapshot, &row.text, None, Some(country))?;
                let ok = answer.code == row.lang;
                abroad_tally[set]
                    .entry(BUCKETS[bucket])
                    .or_default()
                    .add(ok);
                abroad_by_language[set].entry(&row.lang).or_default()[bucket].add(ok);
                if !ok && set == 0 {
                    *abroad_confusions
                        .entry((row.lang.clone(), country.clone(), answer.code.clone()))
                        .or_default() += 1;
                }
                if verbose && !ok {
                    eprintln!(
                        "ABROAD {} {} from {country} → {} ({}) {:?}",
                        row.lang, row.bucket, answer.code, answer.source, row.text
                    );
                }
            }
        }

        if row.bucket == "sentence" && row.lang != "en" {
            let answer = ask(&snapshot, &row.text, Some("en-US"))?;
            wrong_hint.add(answer.code == row.lang);
            if verbose && answer.code != row.lang {
                eprintln!("WRONG-HINT {} → {} {:?}", row.lang, answer.code, row.text);
            }
        }
    }

    println!(
        "Languages with a locale and dev rows ({}): {}",
        languages.len(),
        languages.iter().copied().collect::<Vec<_>>().join(" ")
    );
    println!("Snapshot load (dataset, locales, detector): {load_time:.2?}\n");
    println!("| mode | single words | word pairs | sentences | goal |");
    println!("| --- | --- | --- | --- | --- |");
    let line = |name: &str, tallies: &BTreeMap<&str, Tally>, goal: &str| {
        let cells: Vec<String> = BUCKETS
            .iter()
            .map(|b| tallies.get(b).map_or("–".into(), Tally::pct))
            .collect();
        println!("| {name} | {} | {goal} |", cells.join(" | "));
    };
    line("message only", &alone, "80 / 92 / 98.5 %");
    line(
        "message only, Malay = Indonesian (one language)",
        &alone_merged,
        "83 / 95 / 99.3 %",
    );
    line(
        "message only, without the Malay rows",
        &alone_without_ms,
        "–",
    );
    line(
        "message only, the Malay and Indonesian rows a reader could tell apart scored by the reading",
        &as_read,
        "–",
    );
    line("message only, Latin diacritics removed", &stripped, "–");
    line(
        "whatlang 0.18 alone, allowlist of the shipped languages it knows",
        &baseline,
        "–",
    );
    line("message + right `locale`", &hinted, "99.5 % each");
    line("message + `country` only", &by_country, "–");
    println!(
        "| sentence + wrong `locale: en-US` | | | {} | 97 % |",
        wrong_hint.pct()
    );
    line(
        "abroad: message + only a `country` where its language is a minority (tuning destinations)",
        &abroad_tally[0],
        "– / 92 / 98.5 %",
    );
    line(
        "abroad, held-out destinations",
        &abroad_tally[1],
        "– / 92 / 98.5 %",
    );

    // Short crisis phrases, each sent with only a foreign country.
    let mut phrase_tally: [BTreeMap<bool, Tally>; 2] = Default::default();
    let mut phrase_languages: [BTreeSet<&str>; 2] = Default::default();
    let mut phrase_misses: Vec<String> = Vec::new();
    let phrase_list = phrases(Path::new("data/langid/crisis-phrases.tsv"))?;
    for (language, text) in &phrase_list {
        for (set, countries) in abroad.get(language).into_iter().flatten().enumerate() {
            for country in countries {
                let answer = ask_with(&snapshot, text, None, Some(country))?;
                let ok = answer.code == *language;
                phrase_tally[set]
                    .entry(language == "en")
                    .or_default()
                    .add(ok);
                phrase_languages[set].insert(language);
                if !ok {
                    phrase_misses.push(format!(
                        "  {} {language} from {country} → {} ({}): {text:?}",
                        ["tune", "held-out"][set],
                        answer.code,
                        answer.source
                    ));
                }
            }
        }
    }
    for (set, name) in ["tuning destinations", "held-out destinations"]
        .iter()
        .enumerate()
    {
        let english = phrase_tally[set].get(&true);
        let others = phrase_tally[set].get(&false);
        println!(
            "| short crisis phrases abroad, {name}: English {}/{} · {} other languages {}/{} | | | {} / {} | 100 % (English) |",
            english.map_or(0, |t| t.right),
            english.map_or(0, |t| t.total),
            phrase_languages[set].len().saturating_sub(1),
            others.map_or(0, |t| t.right),
            others.map_or(0, |t| t.total),
            english.map_or("–".into(), Tally::pct),
            others.map_or("–".into(), Tally::pct),
        );
    }
    println!(
        "\nRows: {} message-only, {} hinted, {} wrong-hint. Hinted answers by source: {:?}",
        all_answers,
        hinted.values().map(|t| t.total).sum::<usize>(),
        wrong_hint.total,
        hinted_sources
    );

    println!("\nCalibration (message only): confidence ≥ 0.9 on {} of {} answers ({:.1} %), right {} ({})",
        confident.total, all_answers, 100.0 * confident.total as f64 / all_answers.max(1) as f64,
        confident.right, confident.pct());
    for bucket in BUCKETS {
        let total = alone.get(bucket).map_or(0, |t| t.total);
        if let Some(t) = confident_by_bucket.get(bucket) {
            println!(
                "  {bucket}: {:.1} % of answers confident, {} of those right",
                100.0 * t.total as f64 / total.max(1) as f64,
                t.pct()
            );
        }
    }

    println!("\nPer language, message only (words / pairs / sentences):");
    for (lang, tallies) in &per_language {
        println!(
            "  {lang}: {} / {} / {}",
            tallies[0].pct(),
            tallies[1].pct(),
            tallies[2].pct()
        );
    }

    println!("\nMessage + `country` only (words / pairs / sentences), twins and their country:");
    for (lang, tallies) in &by_country_language {
        if [
            "ms", "id", "nb", "da", "cs", "sk", "af", "nl", "fa", "ur", "ca", "es", "hr", "sr",
            "pt",
        ]
        .contains(lang)
        {
            println!(
                "  {lang} ({}): {} / {} / {}",
                country_of.get(*lang).map_or("?", String::as_str),
                tallies[0].pct(),
                tallies[1].pct(),
                tallies[2].pct()
            );
        }
    }

    println!(
        "\nWithout diacritics: {stripped_changed} of {all_answers} rows changed. \
         Top confusions of those (true → answered: count):"
    );
    print_top(stripped_confusions, 10);

    println!(
        "\nSingle-word misses (message only) by a reader's reading \
         (data/langid/word-misses-reading.tsv): {word_misses_read:?}"
    );

    println!("\nTop confusions, message only (true → answered: count):");
    print_top(confusions, 15);

    println!("\nAbroad (words / pairs / sentences), tuning destinations · held-out destinations:");
    for (lang, tallies) in &abroad_by_language[0] {
        let held = abroad_by_language[1].get(lang);
        let cell = |t: Option<&[Tally; 3]>| {
            t.map_or("–".to_owned(), |t| {
                format!("{} / {} / {}", t[0].pct(), t[1].pct(), t[2].pct())
            })
        };
        println!("  {lang}: {} · {}", cell(Some(tallies)), cell(held));
    }
    println!("\nTop confusions abroad, tuning destinations (true, country → answered: count):");
    let mut top: Vec<_> = abroad_confusions.into_iter().collect();
    top.sort_by_key(|entry| std::cmp::Reverse(entry.1));
    for ((truth, country, answer), count) in top.iter().take(20) {
        println!("  {truth} from {country} → {answer}: {count}");
    }
    println!(
        "\nShort crisis phrases abroad, misses ({} phrases):",
        phrase_list.len()
    );
    for miss in &phrase_misses {
        println!("{miss}");
    }

    // The full target set: a detector over every language of
    // data/langid/target-languages.txt (74, with and without a locale), the
    // message alone, on the dev rows of those languages.
    let targets: Vec<LanguageCode> = std::fs::read_to_string("data/langid/target-languages.txt")?
        .split_whitespace()
        .filter_map(LanguageCode::parse)
        .collect();
    let full = Detector::new(targets.iter().copied());
    let mut full_tally: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut full_merged: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut full_confusions: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut full_languages = BTreeSet::new();
    for row in all_rows
        .iter()
        .filter(|r| targets.iter().any(|c| c.as_str() == r.lang))
    {
        full_languages.insert(row.lang.as_str());
        let answer = full
            .detect(&row.text)
            .map_or("-".to_owned(), |d| d.language.to_string());
        let ok = answer == row.lang;
        full_tally.entry(row.bucket.as_str()).or_default().add(ok);
        full_merged
            .entry(row.bucket.as_str())
            .or_default()
            .add(ok || same_when_merged(&row.lang, &answer));
        if !ok {
            *full_confusions
                .entry((row.lang.clone(), answer))
                .or_default() += 1;
        }
    }
    println!(
        "\nFull target set ({} languages, {} with dev rows; undetectable without a hint: {}), \
         message only:",
        targets.len(),
        full_languages.len(),
        full.undetectable()
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!("| mode | single words | word pairs | sentences |");
    println!("| --- | --- | --- | --- |");
    for (name, tallies) in [
        ("message only", &full_tally),
        ("message only, Malay = Indonesian", &full_merged),
    ] {
        let cells: Vec<String> = BUCKETS
            .iter()
            .map(|b| tallies.get(b).map_or("–".into(), Tally::pct))
            .collect();
        println!("| {name} | {} |", cells.join(" | "));
    }
    println!("Top confusions, full target set (true → answered: count):");
    print_top(full_confusions, 25);

    // Detection cost, calling the detector directly (no HTTP, no JSON).
    let detector = &snapshot.detector;
    let mut by_bucket: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    let mut short_times = Vec::new();
    for row in &rows {
        let t = Instant::now();
        std::hint::black_box(detector.detect(std::hint::black_box(&row.text)));
        let micros = t.elapsed().as_secs_f64() * 1e6;
        by_bucket
            .entry(row.bucket.as_str())
            .or_default()
            .push(micros);
        if row.text.chars().count() <= 30 {
            short_times.push(micros);
        }
    }
    // 200-character messages: sentences of one language joined and cut.
    let mut long: BTreeMap<&str, String> = BTreeMap::new();
    let mut texts_200 = Vec::new();
    for row in rows.iter().filter(|r| r.bucket == "sentence") {
        let text = long.entry(&row.lang).or_default();
        text.push_str(&row.text);
        text.push(' ');
        if text.chars().count() >= 200 {
            texts_200.push(text.chars().take(200).collect::<String>());
            text.clear();
        }
    }
    // One untimed round first, as before (warm caches for both sets).
    for text in &texts_200 {
        std::hint::black_box(detector.detect(std::hint::black_box(text)));
    }
    let mut times_200 = Vec::new();
    for _ in 0..5 {
        for text in &texts_200 {
            let t = Instant::now();
            std::hint::black_box(detector.detect(std::hint::black_box(text)));
            times_200.push(t.elapsed().as_secs_f64() * 1e6);
        }
    }
    println!("\nDetection time per call (µs, release, one thread, detector called directly):");
    println!("| input | calls | median | p99 |");
    println!("| --- | --- | --- | --- |");
    for bucket in BUCKETS {
        if let Some(times) = by_bucket.get_mut(bucket) {
            times.sort_by(f64::total_cmp);
            println!(
                "| dev {bucket}s | {} | {:.1} | {:.1} |",
                times.len(),
                percentile(times, 0.5),
                percentile(times, 0.99)
            );
        }
    }
    short_times.sort_by(f64::total_cmp);
    println!(
        "| dev rows of 1–30 characters | {} | {:.1} | {:.1} |",
        short_times.len(),
        percentile(&short_times, 0.5),
        percentile(&short_times, 0.99)
    );
    times_200.sort_by(f64::total_cmp);
    println!(
        "| 200-character messages ({} texts × 5) | {} | {:.1} | {:.1} |",
        texts_200.len(),
        times_200.len(),
        percentile(&times_200, 0.5),
        percentile(&times_200, 0.99)
    );
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        for line in status
            .lines()
            .filter(|l| l.starts_with("VmRSS") || l.starts_with("VmHWM"))
        {
            println!("{line}");
        }
    }
    println!("{detector:?}");
    println!(
        "n-gram table: {:.1} MiB (read in place from the binary)",
        detector.table_bytes() as f64 / 1048576.0
    );
    Ok(())
}
