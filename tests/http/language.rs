//! The language a person writes in, decided from their own words against
//! the hints (country, locale, Accept-Language), through the real server.
//! Phrases written from general knowledge of each language, not taken from
//! any evaluation set.

use crate::helpers::{spawn_app, warning_codes, TestApp};
use serde_json::{json, Value};

async fn answer(app: &TestApp, body: Value) -> Value {
    app.post_lookup(&body).await.json()
}

/// Each case `(message, hint, expected language)` sent with the hint as the
/// request's `field` (`country` or `locale`): the cases whose
/// `language.code` is not the expected one, for one assertion that lists
/// every miss.
async fn misses(app: &TestApp, field: &str, cases: &[(&str, &str, &str)]) -> Vec<String> {
    let mut wrong = Vec::new();
    for (message, hint, want) in cases {
        let got = answer(app, json!({"message": message, field: hint})).await;
        if got["language"]["code"] != *want {
            wrong.push(format!(
                "{message:?} with {field} {hint}: want {want}, got {} ({})",
                got["language"]["code"], got["language"]["source"]
            ));
        }
    }
    wrong
}

#[tokio::test]
async fn english_from_a_country_that_speaks_another_language_is_answered_in_english() {
    let app = spawn_app().await;
    for country in ["DE", "FR", "ES", "JP", "TH", "NL", "MX", "CN"] {
        for message in ["i want to die", "I want to kill myself"] {
            let body = answer(&app, json!({"message": message, "country": country})).await;
            assert_eq!(
                body["language"]["code"], "en",
                "{message} from {country}: {body}"
            );
            assert_eq!(body["language"]["source"], "message", "{body}");
            assert_eq!(
                body["text"]["lang"], "en",
                "{message} from {country}: {body}"
            );
            assert!(
                body["locale"].as_str().is_some_and(|l| l.starts_with("en")),
                "{body}"
            );
            // The country still decides the lines: the person is there.
            assert_eq!(body["country"]["code"], country, "{body}");
        }
    }
    let body = answer(
        &app,
        json!({"message": "I need help, I feel completely alone.", "country": "JP"}),
    )
    .await;
    assert_eq!(body["language"]["code"], "en", "{body}");
}

#[tokio::test]
async fn people_abroad_keep_their_own_language() {
    let app = spawn_app().await;
    let wrong = misses(
        &app,
        "country",
        &[
            ("ich will nicht mehr leben", "ES", "de"),
            ("je ne veux plus vivre", "DE", "fr"),
            ("no quiero seguir viviendo", "US", "es"),
            ("я больше не хочу жить", "DE", "ru"),
            ("я не хочу більше жити", "PL", "uk"),
            ("nie chcę już żyć", "GB", "pl"),
            ("non voglio più vivere", "DE", "it"),
            ("não aguento mais, quero morrer", "US", "pt"),
            ("أريد أن أموت", "DE", "ar"),
            ("死にたい", "US", "ja"),
            ("죽고 싶어", "US", "ko"),
            ("我不想活了", "AU", "zh"),
            ("artık yaşamak istemiyorum", "DE", "tr"),
            ("tôi không muốn sống nữa", "US", "vi"),
            ("gusto ko nang mamatay", "SA", "tl"),
            ("ik wil niet meer leven", "ES", "nl"),
            ("मैं अब और जीना नहीं चाहता", "AE", "hi"),
            ("আমি আর বাঁচতে চাই না", "GB", "bn"),
            ("δεν θέλω να ζω άλλο", "DE", "el"),
            ("אני לא רוצה לחיות יותר", "US", "he"),
        ],
    )
    .await;
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[tokio::test]
async fn the_country_decides_what_the_message_cannot_tell() {
    let app = spawn_app().await;
    let wrong = misses(
        &app,
        "country",
        &[
            // Malay and Indonesian write these alike.
            ("tolong saya", "MY", "ms"),
            ("tolong saya", "ID", "id"),
            // Serbian in Latin letters reads as Croatian; Serbia says Serbian.
            ("želim da umrem", "RS", "sr"),
        ],
    )
    .await;
    assert!(wrong.is_empty(), "{wrong:#?}");
    let body = answer(&app, json!({"message": "tolong saya", "country": "MY"})).await;
    assert_eq!(body["language"]["source"], "country", "{body}");
}

#[tokio::test]
async fn the_persons_locale_decides_short_messages_their_words_do_not_contradict() {
    let app = spawn_app().await;
    let wrong = misses(
        &app,
        "locale",
        &[
            ("help", "nl-BE", "nl"),
            ("hulp", "nl-NL", "nl"),
            ("ayuda", "es-MX", "es"),
            ("socorro", "pt-BR", "pt"),
            ("morire", "it-IT", "it"),
            ("tolong", "id-ID", "id"),
            ("pomocy", "pl-PL", "pl"),
            ("hilfe", "de-AT", "de"),
            // Letters alone barely decide without diacritics.
            ("toi muon chet", "vi-VN", "vi"),
            ("ne mogu vise", "hr-HR", "hr"),
            ("zelim da umrem", "sr-Latn-RS", "sr"),
            ("en jaksa enaa", "fi-FI", "fi"),
            ("no sé què fer", "ca-ES", "ca"),
            // A stray Latin word from a phone set to Japanese.
            ("x", "ja-JP", "ja"),
            ("ok", "ja-JP", "ja"),
            // Twins whose readers read each other: the person's setting.
            ("saya tidak bisa lagi, saya mau mati", "ms-MY", "ms"),
        ],
    )
    .await;
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[tokio::test]
async fn a_clear_message_beats_a_wrong_locale() {
    let app = spawn_app().await;
    let wrong = misses(
        &app,
        "locale",
        &[
            (
                "ich will nicht mehr leben, niemand versteht mich",
                "en-US",
                "de",
            ),
            (
                "je ne veux plus vivre, personne ne me comprend",
                "en-US",
                "fr",
            ),
            (
                "no quiero seguir viviendo, nadie me entiende",
                "en-US",
                "es",
            ),
            (
                "я больше не хочу жить, никто меня не понимает",
                "en-US",
                "ru",
            ),
            ("死にたい、誰も分かってくれない", "en-US", "ja"),
            ("ek wil nie meer lewe nie", "en-US", "af"),
            ("jag vill inte leva längre", "en-US", "sv"),
            ("no puc més, ja no vull viure", "en-US", "ca"),
            ("죽고 싶어", "en-US", "ko"),
            ("I don't want to be alive anymore", "ja-JP", "en"),
            // Persian and Urdu readers need their own text.
            ("میں مرنا چاہتا ہوں، کوئی نہیں سمجھتا", "fa-IR", "ur"),
        ],
    )
    .await;
    assert!(wrong.is_empty(), "{wrong:#?}");
    // A Cyrillic word is not English, even when the detector cannot say
    // which Cyrillic language it is.
    let body = answer(&app, json!({"message": "помогите", "locale": "en-US"})).await;
    assert_ne!(body["language"]["code"], "en", "{body}");
}

/// Every language with a locale and a model, typed as people type in a
/// hurry (a typo, no diacritics, colloquial spelling), with their locale.
#[tokio::test]
async fn crisis_phrases_with_typos_and_their_locale_are_their_language() {
    let app = spawn_app().await;
    let wrong = misses(
        &app,
        "locale",
        &[
            ("ek wil dod gaan", "af-ZA", "af"),
            ("اريد ان اموت", "ar-EG", "ar"),
            ("искам да умрра", "bg-BG", "bg"),
            ("আমি মরতে চায়", "bn-BD", "bn"),
            ("vull morirr", "ca-ES", "ca"),
            ("chci umrit uz", "cs-CZ", "cs"),
            ("jeg vil doe", "da-DK", "da"),
            ("ich will nich mehr leben", "de-DE", "de"),
            ("θελω να πεθανω", "el-GR", "el"),
            ("i wnat to die", "en-GB", "en"),
            ("ya no puedo mas quiero morirme", "es-MX", "es"),
            ("میخوام بمیرم", "fa-IR", "fa"),
            ("haluun kuolla", "fi-FI", "fi"),
            ("je veux mourrir", "fr-FR", "fr"),
            ("אני רוצה למותת", "he-IL", "he"),
            ("मै मरना चाहता हु", "hi-IN", "hi"),
            ("zelim umrijet", "hr-HR", "hr"),
            ("meg akarok halnii", "hu-HU", "hu"),
            ("aku mau matii", "id-ID", "id"),
            ("voglio morie", "it-IT", "it"),
            ("しにたい", "ja-JP", "ja"),
            ("죽고싶어", "ko-KR", "ko"),
            ("saya nak matii", "ms-MY", "ms"),
            ("jeg vil do", "nb-NO", "nb"),
            ("ik wil dod", "nl-NL", "nl"),
            ("ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ", "pa-IN", "pa"),
            ("nie chce zyc", "pl-PL", "pl"),
            ("nao aguento mais", "pt-BR", "pt"),
            ("vreau sa mor", "ro-RO", "ro"),
            ("я хочу умерет", "ru-RU", "ru"),
            ("nechcem zit", "sk-SK", "sk"),
            ("желим да умрм", "sr-RS", "sr"),
            ("jag vill do", "sv-SE", "sv"),
            ("nataka kufaa", "sw-KE", "sw"),
            ("நான் சாக விரும்புகிறேன்", "ta-IN", "ta"),
            ("อยากตาย", "th-TH", "th"),
            ("gusto ko ng mamatay", "fil-PH", "tl"),
            ("olmek istiyorum", "tr-TR", "tr"),
            ("хочу вмерти", "uk-UA", "uk"),
            ("میں مرنا چاہتا ہو", "ur-PK", "ur"),
            ("toi muon chet", "vi-VN", "vi"),
            ("我想死了", "zh-TW", "zh"),
        ],
    )
    .await;
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[tokio::test]
async fn languages_the_table_has_no_model_of_are_named_not_taken_for_their_neighbours() {
    let app = spawn_app().await;
    // Nepali is not Hindi, from Nepal or from India; it has its own text.
    for country in ["NP", "IN"] {
        let body = answer(&app, json!({"message": "म मर्न चाहन्छु", "country": country})).await;
        assert_eq!(body["language"]["code"], "ne", "from {country}: {body}");
        assert_eq!(body["text"]["lang"], "ne", "{body}");
    }
    // Amharic and Burmese by their scripts, with or without a country.
    for (message, want, country) in [
        ("መሞት እፈልጋለሁ", "am", None),
        ("መሞት እፈልጋለሁ", "am", Some("ET")),
        ("သေချင်တယ်", "my", None),
        ("သေချင်တယ်", "my", Some("MM")),
    ] {
        let mut request = json!({"message": message});
        if let Some(country) = country {
            request["country"] = json!(country);
        }
        let body = answer(&app, request).await;
        assert_eq!(body["language"]["code"], want, "{body}");
        assert_eq!(body["text"]["lang"], want, "{body}");
    }
    // Kazakh has letters Russian and Ukrainian do not write.
    let body = answer(
        &app,
        json!({"message": "мен өлгім келеді", "country": "KZ"}),
    )
    .await;
    assert_eq!(body["language"]["code"], "kk", "{body}");
}

#[tokio::test]
async fn a_language_without_text_is_named_and_the_fallback_is_visible() {
    let app = spawn_app().await;
    // Marathi has no locale: the answer names Marathi, falls back to what
    // its readers read, says so, and `locale` names only the text used.
    let body = answer(
        &app,
        json!({"message": "मला मरायचे आहे, मी खूप एकटा आहे", "country": "IN"}),
    )
    .await;
    assert_eq!(body["language"]["code"], "mr", "{body}");
    let text_lang = body["text"]["lang"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert_ne!(text_lang, "mr", "{body}");
    assert!(
        warning_codes(&body).contains(&"text-language-fallback".to_string()),
        "{body}"
    );
    let locale = body["locale"].as_str().unwrap_or_default();
    assert!(
        locale.starts_with(&text_lang),
        "locale {locale}, text {text_lang}: {body}"
    );
    // The same holds for a language with text: no warning.
    let body = answer(&app, json!({"message": "i want to die", "country": "DE"})).await;
    assert!(
        !warning_codes(&body).contains(&"text-language-fallback".to_string()),
        "{body}"
    );
}
