use crate::helpers::{resource_ids, spawn_app};

#[tokio::test]
async fn the_country_list_includes_countries_with_only_an_emergency_number() {
    let app = spawn_app().await;
    let answer = app.get("/v1/countries").await;
    assert_eq!(answer.status, 200);
    let countries = answer.json().as_array().cloned().unwrap_or_default();
    let belgium = countries
        .iter()
        .find(|c| c["code"] == "BE")
        .unwrap_or_else(|| panic!("BE is listed"));
    assert_eq!(belgium["name"], "Belgium");
    assert_eq!(belgium["emergency"]["number"], "112");
    assert!(belgium["languages"]
        .as_array()
        .is_some_and(|l| l.iter().any(|l| l == "nl")));
    assert!(belgium["resource_count"].as_u64().unwrap_or(0) >= 2);
    assert!(
        countries.iter().any(|c| c["resource_count"] == 0),
        "emergency-only countries are listed"
    );
    assert!(
        countries.len() >= 60,
        "the foundation covers at least the 30 most populous countries and the EU"
    );
}

#[tokio::test]
async fn a_countrys_resources_are_rendered_as_in_a_lookup_with_provenance() {
    let app = spawn_app().await;
    let answer = app.get("/v1/countries/be/resources?lang=fr").await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    let body = answer.json();
    assert_eq!(body["country"]["code"], "BE");
    assert_eq!(body["text"]["lang"], "fr");
    assert_eq!(
        resource_ids(&body).first().map(String::as_str),
        Some("be-centre-de-prevention-du-suicide")
    );
    for resource in body["resources"].as_array().cloned().unwrap_or_default() {
        assert!(
            resource["source"].is_string() && resource["verified"].is_string(),
            "{resource}"
        );
    }
}

#[tokio::test]
async fn a_topic_filter_keeps_only_lines_on_that_topic() {
    let app = spawn_app().await;
    let body = app
        .get("/v1/countries/BE/resources?topics=domestic-violence")
        .await
        .json();
    let resources = body["resources"].as_array().cloned().unwrap_or_default();
    assert!(!resources.is_empty());
    for resource in resources {
        assert!(
            resource["topics"]
                .as_array()
                .is_some_and(|t| t.iter().any(|t| t == "domestic-violence")),
            "{resource}"
        );
    }
}

#[tokio::test]
async fn the_locale_list_says_which_locales_a_native_speaker_reviewed() {
    let app = spawn_app().await;
    let locales = app
        .get("/v1/locales")
        .await
        .json()
        .as_array()
        .cloned()
        .unwrap_or_default();
    let english = locales
        .iter()
        .find(|l| l["code"] == "en")
        .unwrap_or_else(|| panic!("en is shipped"));
    assert_eq!(english["native_name"], "English");
    assert_eq!(english["direction"], "ltr");
    assert!(english["reviewed"].is_boolean());
    let arabic = locales
        .iter()
        .find(|l| l["code"] == "ar")
        .unwrap_or_else(|| panic!("ar is shipped"));
    assert_eq!(arabic["direction"], "rtl");
    for code in [
        "en", "nl", "fr", "de", "es", "pt-BR", "it", "pl", "tr", "ar",
    ] {
        assert!(
            locales.iter().any(|l| l["code"] == code),
            "{code} is shipped"
        );
    }
}
