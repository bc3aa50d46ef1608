//! Culturally appropriate selection, over the real `resources.yaml`: which
//! line comes first for a person's country, language and audience; what an
//! unknown country, an uncovered country and an unspoken language get; and
//! the filters. The clock stands still so that `open_now` cannot change a row.

use crate::helpers::{
    repo_path, resource_ids, serve_args, spawn_app_at, spawn_app_with, warning_codes, TestApp,
};
use serde_json::{json, Value};
use std::sync::Arc;

/// A Saturday afternoon in Europe; every row below ranks on language or
/// audience before opening hours, and the lines they expect first are 24/7
/// or have no hours in the data.
const CLOCK: &str = "2026-11-28T14:00[UTC]";

struct Row {
    why: &'static str,
    request: Value,
    first: &'static str,
    text: &'static str,
}

fn row(why: &'static str, request: Value, first: &'static str, text: &'static str) -> Row {
    Row {
        why,
        request,
        first,
        text,
    }
}

async fn check_rows(app: &TestApp, rows: &[Row]) {
    let mut failures = Vec::new();
    for row in rows {
        let answer = app.post_lookup(&row.request).await;
        let body = answer.json();
        let ids = resource_ids(&body);
        if answer.status != 200
            || ids.first().map(String::as_str) != Some(row.first)
            || body["text"]["lang"] != row.text
        {
            failures.push(format!(
                "{}\n    request {}\n    expected {} first, text in {}\n    got {:?}, text in {}",
                row.why, row.request, row.first, row.text, ids, body["text"]["lang"]
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[tokio::test]
async fn the_first_line_follows_the_persons_language_in_multilingual_countries() {
    let app = spawn_app_at(CLOCK).await;
    let rows = [
        row("BE nl: Zelfmoordlijn 1813 is the Dutch-language line", json!({"country": "BE", "locale": "nl-BE"}), "be-zelfmoordlijn-1813", "nl"),
        row("BE fr: the Centre de Prévention du Suicide answers in French", json!({"country": "BE", "locale": "fr-BE"}), "be-centre-de-prevention-du-suicide", "fr"),
        row("BE en: no Belgian line lists English: the suicide line backed by its own page comes first, text in English", json!({"country": "BE", "locale": "en"}), "be-centre-de-prevention-du-suicide", "en"),
        row("BE de: no Belgian line lists German (the data lacks one) and none offers interpretation: the same, text still in German", json!({"country": "BE", "locale": "de-BE"}), "be-centre-de-prevention-du-suicide", "de"),
        row("CH de: 143 answers in German, French and Italian", json!({"country": "CH", "locale": "de-CH"}), "ch-verband-tel-143-die-dargebotene-hand", "de"),
        row("CH fr: the same 143 (La Main Tendue)", json!({"country": "CH", "locale": "fr-CH"}), "ch-verband-tel-143-die-dargebotene-hand", "fr"),
        row("CH it: the same 143 (Telefono Amico)", json!({"country": "CH", "locale": "it-CH"}), "ch-verband-tel-143-die-dargebotene-hand", "it"),
        row("CH en: 143's English-language line", json!({"country": "CH", "locale": "en"}), "ch-143-ch-english-language-line", "en"),
        row("CA en: 9-8-8 answers in English and French", json!({"country": "CA", "locale": "en-CA"}), "ca-9-8-8-suicide-crisis-helpline", "en"),
        row("CA fr: the same 9-8-8", json!({"country": "CA", "locale": "fr-CA"}), "ca-9-8-8-suicide-crisis-helpline", "fr"),
        row("US en: 988", json!({"country": "US", "locale": "en-US"}), "us-988-suicide-crisis-lifeline", "en"),
        row("US es: 988 lists Spanish", json!({"country": "US", "locale": "es-US"}), "us-988-suicide-crisis-lifeline", "es"),
        row("FI fi: Kriisipuhelin, the Finnish line", json!({"country": "FI", "locale": "fi"}), "fi-kriisipuhelin", "fi"),
        row("FI sv: the Swedish-language Kriisipuhelin before the Finnish one", json!({"country": "FI", "locale": "sv-FI"}), "fi-kriisipuhelin-svenska", "sv"),
        row("FI en: the Arabic and English crisis line", json!({"country": "FI", "locale": "en"}), "fi-arabian-ja-englanninkielinen-kriisipuhelin", "en"),
        row("FI ar: the same Arabic and English line", json!({"country": "FI", "locale": "ar"}), "fi-arabian-ja-englanninkielinen-kriisipuhelin", "ar"),
        row("IL he: ERAN, Israel's only line in the data, lists Hebrew", json!({"country": "IL", "locale": "he"}), "il-eran-emotional-first-aid", "he"),
        row("IL ar: the same ERAN lists Arabic; the text is in Arabic", json!({"country": "IL", "locale": "ar"}), "il-eran-emotional-first-aid", "ar"),
    ];
    check_rows(&app, &rows).await;
}

#[tokio::test]
async fn a_youth_audience_puts_a_youth_line_first_and_an_adult_gets_the_national_line() {
    let app = spawn_app_at(CLOCK).await;
    let rows = [
        row("GB adult: Samaritans, the national line, first", json!({"country": "GB", "locale": "en-GB"}), "gb-samaritans-helpline", "en"),
        row("GB youth: HOPELINEUK (suicide prevention for young people) before Samaritans; it lists no language, and a British line is presumed to answer in English", json!({"country": "GB", "locale": "en-GB", "audiences": ["youth"]}), "gb-hopelineuk", "en"),
        row("BE nl youth: Awel, the Flemish youth line", json!({"country": "BE", "locale": "nl-BE", "audiences": ["youth"]}), "be-awel", "nl"),
    ];
    check_rows(&app, &rows).await;
    let adult = app
        .post_lookup(&json!({"country": "GB", "locale": "en-GB"}))
        .await
        .json();
    let ids = resource_ids(&adult);
    let hopeline = ids.iter().position(|id| id == "gb-hopelineuk");
    assert!(
        hopeline.is_some_and(|p| p > 0),
        "an adult still sees the youth line, lower down: {ids:?}"
    );
}

#[tokio::test]
async fn a_line_with_interpretation_ranks_first_when_no_line_speaks_the_language() {
    let app = spawn_app_at(CLOCK).await;
    let rows = [
        row("CA pl youth: no Canadian line lists Polish; Kids Help Phone offers interpretation and is for young people", json!({"country": "CA", "locale": "pl", "audiences": ["youth"]}), "ca-kids-help-phone", "pl"),
        row("CA pl adult: Kids Help Phone is a youth line, so an adult gets 9-8-8 first, with the text in Polish", json!({"country": "CA", "locale": "pl"}), "ca-9-8-8-suicide-crisis-helpline", "pl"),
        row("CA en youth: English is spoken, so interpretation changes nothing: the youth line comes first for its audience", json!({"country": "CA", "locale": "en-CA", "audiences": ["youth"]}), "ca-kids-help-phone", "en"),
    ];
    check_rows(&app, &rows).await;
    let body = app
        .post_lookup(&json!({"country": "CA", "locale": "pl", "audiences": ["youth"]}))
        .await
        .json();
    let first = &body["resources"][0];
    assert_eq!(first["interpretation"], true, "{first}");
    assert!(
        first.get("country").is_none(),
        "a line of the person's own country carries no `country`: {first}"
    );
    let adult = app
        .post_lookup(&json!({"country": "CA", "locale": "en-CA"}))
        .await
        .json();
    assert!(
        adult["resources"]
            .as_array()
            .is_some_and(|list| list.iter().all(|r| r.get("candidate").is_none())),
        "no candidate in a known country"
    );
}

#[tokio::test]
async fn a_ukrainian_message_from_poland_gets_polands_national_line_and_ukrainian_text() {
    let app = spawn_app_at(CLOCK).await;
    let body = app
        .post_lookup(&json!({
            "message": "Я більше не можу, мені дуже погано і я не хочу жити",
            "country": "PL"
        }))
        .await
        .json();
    assert_eq!(body["language"]["code"], "uk", "{}", body["language"]);
    assert_eq!(body["text"]["lang"], "uk");
    assert_eq!(body["country"]["covered"], true);
    // No Polish line in the data lists Ukrainian or offers interpretation:
    // the national 24/7 crisis line comes first, and its `languages` are
    // honest (empty: no source says).
    assert_eq!(
        resource_ids(&body).first().map(String::as_str),
        Some("pl-centrum-wsparcia")
    );
    for line in body["resources"].as_array().cloned().unwrap_or_default() {
        assert!(
            !line["languages"]
                .as_array()
                .is_some_and(|l| l.iter().any(|l| l == "uk")),
            "the data has no Ukrainian-speaking Polish line; if one is added, update this row: {line}"
        );
    }
    let message = body["text"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("800 70 2222"),
        "the Ukrainian text names the Polish line's number: {message}"
    );
}

#[tokio::test]
async fn a_spanish_message_with_no_hints_gets_the_likeliest_countries_as_candidates() {
    let app = spawn_app_at(CLOCK).await;
    let body = app
        .post_lookup(&json!({"message": "no puedo más, ya no quiero seguir viviendo así"}))
        .await
        .json();
    assert_eq!(body["language"]["code"], "es");
    assert_eq!(body["country"]["code"], Value::Null);
    assert_eq!(body["country"]["covered"], false);
    assert_eq!(body["emergency"], Value::Null);
    assert!(body["text"]["ask_country"].is_string(), "{}", body["text"]);
    assert!(!body["international"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .is_empty());
    // CLDR 48 territoryInfo (data/country-languages.tsv): Mexico 130,740,000
    // × 83 %, Argentina 46,994,400 × 100 %, Spain 47,280,400 × 99 % — the
    // three countries with the most Spanish speakers, all with lines (then
    // Colombia, 49,588,400 × 93 %); one line each, in that order.
    let resources = body["resources"].as_array().cloned().unwrap_or_default();
    let countries: Vec<&str> = resources
        .iter()
        .filter_map(|r| r["country"].as_str())
        .collect();
    assert_eq!(countries, ["MX", "AR", "ES"], "{resources:?}");
    assert!(
        resources.iter().all(|r| r["candidate"] == true),
        "every line is marked as a candidate: {resources:?}"
    );
    assert_eq!(resources[0]["id"], "mx-linea-de-la-vida");
    let message = body["text"]["message"].as_str().unwrap_or_default();
    assert!(
        !message.contains("Línea de la Vida"),
        "the text never presents a candidate as the person's line: {message}"
    );
}

#[tokio::test]
async fn an_unknown_country_names_at_most_three_candidates_and_none_without_a_language() {
    let app = spawn_app_at(CLOCK).await;
    // Hebrew: CLDR lists one territory (Israel).
    let hebrew = app.post_lookup(&json!({"locale": "he"})).await.json();
    assert_eq!(hebrew["country"]["code"], Value::Null);
    assert_eq!(resource_ids(&hebrew), ["il-eran-emotional-first-aid"]);
    assert_eq!(hebrew["resources"][0]["country"], "IL");
    assert_eq!(hebrew["text"]["dir"], "rtl");

    // French from a locale alone: three candidates, each a different country.
    let french = app.post_lookup(&json!({"locale": "fr"})).await.json();
    let countries: Vec<String> = french["resources"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|r| r["country"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(countries.len(), 3, "{countries:?}");
    assert_eq!(
        countries[0], "FR",
        "France has the most French speakers in CLDR"
    );

    // Nothing known at all: English is only the default, not the person's
    // language, so no country is suggested. The same key with a message in
    // English does get candidates: the cache keeps the two apart.
    let nothing = app.post_lookup(&json!({})).await.json();
    assert_eq!(nothing["language"]["source"], "default");
    assert_eq!(resource_ids(&nothing), Vec::<String>::new());
    let english = app
        .post_lookup(&json!({"message": "I can't go on anymore, I just want it all to stop"}))
        .await
        .json();
    assert_eq!(english["language"]["code"], "en");
    assert_eq!(
        english["resources"].as_array().map(Vec::len),
        Some(3),
        "{}",
        english["resources"]
    );
    let again = app.post_lookup(&json!({})).await.json();
    assert_eq!(
        resource_ids(&again),
        Vec::<String>::new(),
        "not served from the other key"
    );
}

#[tokio::test]
async fn a_country_without_a_line_of_its_own_gets_the_line_that_serves_it() {
    // The real data gives Liechtenstein its own 143 entry; without it, the
    // Swiss 143 (whose official page says it covers Liechtenstein:
    // `serves: [LI]`) is what Liechtenstein gets.
    let app = spawn_app_at(CLOCK).await;
    let own = app
        .post_lookup(&json!({"country": "LI", "locale": "de"}))
        .await
        .json();
    assert_eq!(
        resource_ids(&own),
        ["li-143-telefonseelsorge"],
        "a covered country shows its own lines only"
    );
    assert!(own["resources"][0].get("country").is_none());

    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().join("resources.yaml");
    let yaml =
        std::fs::read_to_string(repo_path("resources.yaml")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&data, without_lines_of(&yaml, "LI")).unwrap_or_else(|e| panic!("{e}"));
    let instant = CLOCK
        .parse::<jiff::Zoned>()
        .unwrap_or_else(|e| panic!("{e}"))
        .timestamp();
    let app = spawn_app_with(
        serve_args(data, repo_path("locales")),
        Arc::new(move || instant),
    )
    .await;
    let body = app
        .post_lookup(&json!({"country": "LI", "locale": "de-LI"}))
        .await
        .json();
    assert_eq!(
        body["country"],
        json!({"code": "LI", "source": "country", "covered": false})
    );
    assert_eq!(
        body["emergency"]["police"], "117",
        "Liechtenstein's own numbers"
    );
    assert_eq!(
        resource_ids(&body),
        ["ch-verband-tel-143-die-dargebotene-hand"]
    );
    assert_eq!(
        body["resources"][0]["country"], "CH",
        "marked with its own country"
    );
    assert!(body["resources"][0].get("candidate").is_none());
    let message = body["text"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("143"),
        "the text names the serving line: {message}"
    );
    let listed = app.get("/v1/countries/li/resources?lang=de").await.json();
    assert_eq!(
        resource_ids(&listed),
        ["ch-verband-tel-143-die-dargebotene-hand"]
    );
}

/// The dataset text with `code`'s lines replaced by `resources: []`.
fn without_lines_of(yaml: &str, code: &str) -> String {
    let start = yaml
        .find(&format!("  - code: \"{code}\"\n"))
        .unwrap_or_else(|| panic!("{code} in resources.yaml"));
    let lines_at = start
        + yaml[start..]
            .find("    resources:\n")
            .unwrap_or_else(|| panic!("{code} has lines"));
    let end = lines_at
        + yaml[lines_at..]
            .find("\n  - code: ")
            .unwrap_or_else(|| panic!("a country after {code}"));
    format!("{}    resources: []{}", &yaml[..lines_at], &yaml[end..])
}

#[tokio::test]
async fn topics_channels_and_audiences_filter_lookups_and_country_listings() {
    let app = spawn_app_at(CLOCK).await;
    let all_have = |body: &Value, what: &str, test: &dyn Fn(&Value) -> bool| {
        let list = body["resources"].as_array().cloned().unwrap_or_default();
        assert!(!list.is_empty(), "{what}: a line is left");
        for line in &list {
            assert!(test(line), "{what}: {line}");
        }
    };
    let has_topic = |topic: &'static str| {
        move |line: &Value| {
            line["topics"]
                .as_array()
                .is_some_and(|t| t.iter().any(|t| t == topic))
        }
    };

    let violence = app
        .post_lookup(&json!({"country": "BE", "locale": "fr-BE", "topics": ["domestic-violence"]}))
        .await
        .json();
    all_have(
        &violence,
        "topic domestic-violence",
        &has_topic("domestic-violence"),
    );
    assert_eq!(warning_codes(&violence), Vec::<String>::new());

    let chat = app
        .post_lookup(&json!({"country": "BE", "locale": "nl-BE", "channels": ["chat"]}))
        .await
        .json();
    all_have(&chat, "channel chat", &|line| line["chat"].is_string());
    assert_eq!(
        resource_ids(&chat).first().map(String::as_str),
        Some("be-zelfmoordlijn-1813")
    );

    let unknown = app
        .post_lookup(&json!({
            "country": "BE", "locale": "nl-BE",
            "topics": ["astrology"], "channels": ["pigeon"], "audiences": ["martians"]
        }))
        .await
        .json();
    assert_eq!(
        warning_codes(&unknown),
        ["unknown-audience", "unknown-channel", "unknown-topic"]
    );
    assert_eq!(
        resource_ids(&unknown).first().map(String::as_str),
        Some("be-zelfmoordlijn-1813")
    );

    let nothing_matches = app
        .post_lookup(&json!({"country": "BE", "locale": "nl-BE", "topics": ["eating-disorders"]}))
        .await
        .json();
    assert_eq!(warning_codes(&nothing_matches), ["no-line-for-topics"]);
    assert!(
        !resource_ids(&nothing_matches).is_empty(),
        "a person always gets a line"
    );

    // The same filters on GET /v1/countries/{code}/resources.
    let listed = app
        .get("/v1/countries/be/resources?lang=fr&topics=domestic-violence")
        .await
        .json();
    assert_eq!(resource_ids(&listed), resource_ids(&violence));
    let youth = app
        .get("/v1/countries/GB/resources?lang=en&audiences=youth,martians")
        .await
        .json();
    assert_eq!(
        resource_ids(&youth).first().map(String::as_str),
        Some("gb-hopelineuk")
    );
    assert_eq!(warning_codes(&youth), ["unknown-audience"]);
    let by_chat = app
        .get("/v1/countries/BE/resources?lang=nl&channels=chat,pigeon")
        .await
        .json();
    assert_eq!(resource_ids(&by_chat), resource_ids(&chat));
    assert_eq!(warning_codes(&by_chat), ["unknown-channel"]);
}

#[tokio::test]
async fn a_childrens_line_is_listed_for_an_adult_but_the_message_names_it_only_for_a_child() {
    let app = spawn_app_at(CLOCK).await;
    // Mongolia's only line is the state child helpline 108.
    let adult = app
        .post_lookup(&json!({"country": "MN", "locale": "mn"}))
        .await
        .json();
    assert_eq!(resource_ids(&adult), ["mn-108-child-helpline"]);
    let message = adult["text"]["message"].as_str().unwrap_or_default();
    assert!(
        !message.contains("108"),
        "an adult is not sent to a children's line: {message}"
    );
    assert!(message.contains("findahelpline.com"), "{message}");
    assert!(
        message.contains(adult["emergency"]["number"].as_str().unwrap_or("103")),
        "{message}"
    );

    let child = app
        .post_lookup(&json!({"country": "MN", "locale": "mn", "audiences": ["children"]}))
        .await
        .json();
    let message = child["text"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("108"),
        "a child is sent to the child helpline: {message}"
    );
}
