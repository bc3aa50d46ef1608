//! Crisis phrases as people type them: short, informal, with and without
//! diacritics, with a typo. Written from general knowledge of each language,
//! not taken from any evaluation set.

use super::*;
use crate::resolve::{resolve_language, Hints, LanguageSource};
use std::sync::OnceLock;

/// CLDR's speakers, as every snapshot has them (the prior on short messages).
fn speakers() -> Vec<(LanguageCode, u64)> {
    let speakers = crate::dataset::Speakers::shipped().unwrap_or_else(|e| panic!("{e:?}"));
    [
        "af", "ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he",
        "hi", "hr", "hu", "id", "it", "ja", "ko", "ms", "nb", "nl", "pa", "pl", "pt", "ro", "ru",
        "sk", "sr", "sv", "sw", "ta", "th", "tl", "tr", "uk", "ur", "vi", "zh",
    ]
    .map(code)
    .into_iter()
    .map(|c| (c, speakers.total(c)))
    .collect()
}

fn code(text: &str) -> LanguageCode {
    LanguageCode::parse(text).unwrap_or_else(|| panic!("{text} is a language"))
}

/// One detector for the whole module: building it reads the models.
fn detector() -> &'static Detector {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| {
        Detector::new(
            [
                "ar", "de", "en", "es", "fr", "hi", "id", "it", "ja", "ko", "nl", "pl", "pt", "ru",
                "th", "tr", "uk", "vi", "zh", "he", "el", "fa", "ur",
            ]
            .map(code),
            &speakers(),
        )
    })
}

fn detected(text: &str) -> Option<&'static str> {
    let language = detector().detect(text)?.language;
    [
        "ar", "de", "en", "es", "fr", "hi", "id", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th",
        "tr", "uk", "vi", "zh", "he", "el", "fa", "ur",
    ]
    .into_iter()
    .find(|c| *c == language.as_str())
}

fn resolved(text: &str, locale: Option<&str>) -> (String, LanguageSource) {
    let mut warnings = Vec::new();
    let hints = Hints::parse(locale, None, None, &mut warnings);
    let language = resolve_language(detector().detect(text), &hints, &[]);
    (language.code.to_string(), language.source)
}

#[test]
fn crisis_phrases_are_detected_without_hints() {
    let cases = [
        ("ik wil dood", "nl"),
        ("ik wil niet meer leven", "nl"),
        ("no puedo más", "es"),
        ("no puedo mas, quiero morirme", "es"),
        ("je veux mourir", "fr"),
        ("j'en peux plus, je veux mourir", "fr"),
        ("ich will nicht mehr leben", "de"),
        ("ich kann nicht mehr", "de"),
        ("não aguento mais", "pt"),
        ("nao aguento mais viver", "pt"),
        ("nie chcę żyć", "pl"),
        ("nie chce zyc juz", "pl"),
        ("voglio morire", "it"),
        ("non ce la faccio più", "it"),
        ("ölmek istiyorum", "tr"),
        ("olmek istiyorum artik", "tr"),
        ("أريد أن أموت", "ar"),
        ("help me please i want to die", "en"),
        ("i dont want to live anymore", "en"),
        ("я хочу умереть", "ru"),
        ("я не хочу жити", "uk"),
        ("死にたい", "ja"),
        ("죽고 싶어", "ko"),
        ("我想死", "zh"),
        ("ฉันอยากตาย", "th"),
        ("मैं मरना चाहता हूँ", "hi"),
        ("tôi muốn chết", "vi"),
        ("saya ingin mati", "id"),
        ("אני רוצה למות", "he"),
        ("θέλω να πεθάνω", "el"),
        ("می‌خواهم بمیرم", "fa"),
        ("میں مرنا چاہتا ہوں", "ur"),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(text, want)| detected(text) != Some(*want))
        .map(|(text, want)| format!("{text:?}: want {want}, got {:?}", detected(text)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_right_hint_decides_short_ambiguous_messages() {
    // Words that several languages share: the person's locale decides.
    for (text, locale, want) in [
        ("help", "nl-BE", "nl"),
        ("hulp", "nl-NL", "nl"),
        ("ayuda", "es-MX", "es"),
        ("socorro", "pt-BR", "pt"),
        ("morire", "it-IT", "it"),
        ("tolong", "id-ID", "id"),
        ("pomocy", "pl-PL", "pl"),
        ("hilfe", "de-AT", "de"),
    ] {
        assert_eq!(resolved(text, Some(locale)).0, want, "{text} with {locale}");
    }
}

#[test]
fn a_clear_sentence_beats_a_wrong_hint() {
    for (text, want) in [
        ("ich will nicht mehr leben, niemand versteht mich", "de"),
        ("je ne veux plus vivre, personne ne me comprend", "fr"),
        ("no quiero seguir viviendo, nadie me entiende", "es"),
        ("я больше не хочу жить, никто меня не понимает", "ru"),
        ("死にたい、誰も分かってくれない", "ja"),
    ] {
        assert_eq!(
            resolved(text, Some("en-US")),
            (want.into(), LanguageSource::Message),
            "{text}"
        );
    }
}

#[test]
fn a_hint_naming_a_language_the_detector_does_not_know_decides() {
    // Swahili has no model here: the detector cannot tell, so the hint does.
    let (language, source) = resolved("nataka kufa, sina nguvu tena", Some("sw-KE"));
    assert_eq!((language.as_str(), source), ("sw", LanguageSource::Locale));
    // But a script the hinted language is not written in overrules it.
    assert_eq!(resolved("죽고 싶어", Some("en-US")).0, "ko");
}

#[test]
fn chinese_says_which_characters_it_uses() {
    let simplified = detector().detect("我不想活了，没有人关心我");
    let traditional = detector().detect("我不想活了，沒有人關心我");
    assert_eq!(simplified.and_then(|d| d.han), Some(HanVariant::Simplified));
    assert_eq!(
        traditional.and_then(|d| d.han),
        Some(HanVariant::Traditional)
    );
    assert_eq!(HanVariant::Traditional.subtag(), "Hant");
}

#[test]
fn languages_without_a_locale_are_never_answered() {
    let detector = Detector::new([code("en")], &speakers());
    assert_eq!(
        detector.detect("გამარჯობა, როგორ ხარ").map(|d| d.language),
        None
    );
    assert_eq!(detector.detect("1234 !!"), None);
    assert_eq!(
        detector.detect("help me").map(|d| d.language),
        Some(code("en"))
    );
}

#[test]
fn a_long_clear_message_is_reliable() {
    let text = "ik weet het echt niet meer, ik wil niet meer leven en ik heb niemand \
                meer om mee te praten, alles voelt zwaar en ik zie geen uitweg meer";
    let detection = detector().detect(text);
    assert_eq!(detection.map(|d| d.language), Some(code("nl")));
    assert!(detection.is_some_and(|d| d.is_reliable()));
}

/// Every language with a locale today, twins included.
fn full_detector() -> &'static Detector {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| {
        Detector::new(
            [
                "af", "ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr",
                "he", "hi", "hr", "hu", "id", "it", "ja", "ko", "ms", "nb", "nl", "pa", "pl", "pt",
                "ro", "ru", "sk", "sr", "sv", "sw", "ta", "th", "tl", "tr", "uk", "ur", "vi", "zh",
            ]
            .map(code),
            &speakers(),
        )
    })
}

#[test]
fn crisis_phrases_are_detected_among_all_shipped_languages() {
    let cases = [
        // English words that Dutch and Afrikaans also write: the speaker
        // prior makes them English.
        ("help me", "en"),
        ("I want to die", "en"),
        ("i want to kill myself", "en"),
        ("nobody cares about me", "en"),
        ("i wanna die", "en"),
        // English function words against Tagalog and Spanish readings
        // (`twins::MARKERS`): "i am not okay" was Tagalog, "so alone" Spanish.
        ("i am not okay", "en"),
        ("so alone", "en"),
        ("I feel so alone", "en"),
        ("gusto ko nang mamatay", "tl"),
        ("hindi ko na kaya", "tl"),
        ("estoy muy solo", "es"),
        ("ya no quiero estar aquí", "es"),
        ("не хочу жить", "ru"),
        ("хочу вмерти", "uk"),
        ("saya nak mati", "ms"),
        ("aku mau mati", "id"),
        // Typed without diacritics, as on many phones.
        ("chci umrit", "cs"),
        ("nechcem zit", "sk"),
        ("vreau sa mor", "ro"),
        ("zelim umrijeti", "hr"),
        ("nie chce juz zyc", "pl"),
        ("nao quero mais viver", "pt"),
        ("ya no puedo mas", "es"),
        ("szeretnek meghalni", "hu"),
        ("olmek istiyorum", "tr"),
        // Vietnamese without tone marks: the longer message is right; "toi
        // muon chet" alone reads as Swahili since the langid table (lingua's
        // folded trigram rows are gone), and is right with a vi locale
        // (`without_diacritics_the_locale_carries_what_the_letters_cannot`).
        ("toi khong muon song nua", "vi"),
        // Every word of it is Afrikaans too; Dutch is the likelier reading.
        ("ik wil dood", "nl"),
        ("ik wil niet meer leven", "nl"),
        ("ik kan niet meer", "nl"),
        ("ek wil dood", "af"),
        ("ek wil nie meer lewe nie", "af"),
        ("saya tak mahu hidup lagi", "ms"),
        ("saya tidak bisa lagi, saya mau mati", "id"),
        ("jeg vil dø, hjælp mig", "da"),
        ("jeg vil dø, hjelp meg", "nb"),
        ("chci umřít", "cs"),
        ("nechcem už žiť", "sk"),
        ("vull morir", "ca"),
        ("no puc més", "ca"),
        ("quiero morir", "es"),
        ("želim umrijeti", "hr"),
        ("jag vill dö", "sv"),
        ("haluan kuolla", "fi"),
        ("meg akarok halni", "hu"),
        ("vreau să mor", "ro"),
        ("искам да умра", "bg"),
        ("желим да умрем", "sr"),
        ("nataka kufa", "sw"),
        ("আমি মরতে চাই", "bn"),
        ("ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ", "pa"),
        ("நான் சாக விரும்புகிறேன்", "ta"),
        ("من می‌خواهم بمیرم", "fa"),
        ("میں مرنا چاہتا ہوں", "ur"),
    ];
    let got = |text: &str| full_detector().detect(text).map(|d| d.language.to_string());
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(text, want)| got(text).as_deref() != Some(*want))
        .map(|(text, want)| format!("{text:?}: want {want}, got {:?}", got(text)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_country_chooses_between_twins_the_message_cannot_tell_apart() {
    let resolve = |text: &str, country: &[&str]| {
        let hints = Hints::parse(None, None, None, &mut Vec::new());
        let languages: Vec<LanguageCode> = country.iter().map(|c| code(c)).collect();
        resolve_language(full_detector().detect(text), &hints, &languages)
            .code
            .to_string()
    };
    // Plain Malay/Indonesian: the country says which.
    assert_eq!(resolve("tolong saya", &["ms", "en"]), "ms");
    assert_eq!(resolve("tolong saya", &["id"]), "id");
    // Serbian written in Latin letters reads as Croatian; Serbia says sr.
    assert_eq!(resolve("želim da umrem", &["sr"]), "sr");
}

/// `resolved` with every shipped language: the language and its source
/// for `text` sent with the `locale` hint alone.
fn resolved_among_all(text: &str, locale: &str) -> (String, LanguageSource) {
    let hints = Hints::parse(Some(locale), None, None, &mut Vec::new());
    let language = resolve_language(full_detector().detect(text), &hints, &[]);
    (language.code.to_string(), language.source)
}

#[test]
fn serbian_in_latin_letters_keeps_its_hint() {
    assert_eq!(resolved_among_all("želim da umrem", "sr-Latn-RS").0, "sr");
}

#[test]
fn decomposed_letters_read_as_the_composed_ones() {
    // "tôi muốn chết" as a Vietnamese "Unicode tổ hợp" keyboard types it:
    // base letters followed by combining marks.
    let decomposed = "to\u{302}i muo\u{302}\u{301}n che\u{302}\u{301}t";
    assert_eq!(
        full_detector().detect(decomposed).map(|d| d.language),
        Some(code("vi"))
    );
}

#[test]
fn a_message_mixing_english_and_urdu_script_is_urdu() {
    let text = "I am so tired of everything, میں مرنا چاہتا ہوں";
    assert_eq!(
        full_detector().detect(text).map(|d| d.language),
        Some(code("ur"))
    );
}

#[test]
fn the_locale_decides_between_twins_whose_readers_read_each_other() {
    let resolve = resolved_among_all;
    // Indonesian spelling ("bisa", "mau") from a phone set to Malay.
    assert_eq!(
        resolve("saya tidak bisa lagi, saya mau mati", "ms-MY"),
        ("ms".into(), LanguageSource::Locale)
    );
    // Not so between Persian and Urdu: their readers need their own text.
    assert_eq!(
        resolve("میں مرنا چاہتا ہوں، کوئی نہیں سمجھتا", "fa-IR").0,
        "ur"
    );
}

#[test]
fn a_short_clear_sentence_beats_a_wrong_hint_among_all_languages() {
    for (text, want) in [
        ("ek wil nie meer lewe nie", "af"),
        ("jag vill inte leva längre", "sv"),
        ("no puc més, ja no vull viure", "ca"),
    ] {
        assert_eq!(
            resolved_among_all(text, "en-US"),
            (want.to_string(), LanguageSource::Message),
            "{text}"
        );
    }
}

#[test]
fn a_stray_latin_letter_does_not_overrule_a_japanese_locale() {
    let resolve = |text: &str| resolved_among_all(text, "ja-JP").0;
    assert_eq!(resolve("x"), "ja");
    assert_eq!(resolve("ok"), "ja");
    // A Cyrillic word overrules an English phone even when the detector
    // cannot say which Cyrillic language it is.
    assert_ne!(resolved_among_all("помогите", "en-US").0, "en");
    // A clear English sentence from the same phone is English.
    assert_eq!(resolve("I don't want to be alive anymore"), "en");
}

#[test]
fn without_diacritics_the_locale_carries_what_the_letters_cannot() {
    // Letters alone mislead here or barely decide (Serbian without háčeks
    // reads as Swahili, Finnish as Malay; Croatian and Vietnamese are right
    // without a hint by a small margin): the person's locale decides.
    for (text, locale, want) in [
        ("toi muon chet", "vi-VN", "vi"),
        ("ne mogu vise", "hr-HR", "hr"),
        ("zelim da umrem", "sr-Latn-RS", "sr"),
        ("en jaksa enaa", "fi-FI", "fi"),
    ] {
        assert_eq!(
            resolved_among_all(text, locale).0,
            want,
            "{text} with {locale}"
        );
    }
}

/// lingua's letter rules give è to French, Italian and Vietnamese only; the
/// detector adds Catalan back (`without_e_grave`).
#[test]
fn catalan_with_e_grave_is_catalan_and_french_and_italian_stay_theirs() {
    let got = |text: &str| full_detector().detect(text).map(|d| d.language.to_string());
    for (text, want) in [
        ("perquè ningú m'estima", "ca"),
        ("perquè", "ca"),
        ("c'est très difficile", "fr"),
        ("je ne sais plus quoi faire, j'ai peur", "fr"),
        ("è molto difficile", "it"),
        ("non so più cosa fare, è troppo", "it"),
    ] {
        assert_eq!(got(text).as_deref(), Some(want), "{text:?}");
    }
    // Short and shared with French: the person's Catalan locale decides
    // (before, Catalan was ruled out and French answered whatever the hint).
    assert_eq!(
        resolved_among_all("no sé què fer", "ca-ES"),
        ("ca".to_string(), LanguageSource::Locale)
    );
}

/// Every shipped language, typed as people type in a hurry (a typo, no
/// diacritics, colloquial spelling), with the person's own locale: the
/// answer is their language.
#[test]
fn crisis_phrases_with_typos_and_their_locale_are_their_language() {
    let cases = [
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
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(text, locale, want)| {
            let (got, source) = resolved_among_all(text, locale);
            (got != *want)
                .then(|| format!("{text:?} with {locale}: want {want}, got {got} ({source:?})"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The interface the language decision builds on: every candidate of the
/// script with a log-likelihood in nats (no prior in it), best first, and
/// the evidence behind them.
#[test]
fn log_likelihoods_cover_every_candidate_of_the_script_best_first() {
    let detection = full_detector()
        .detect("ik wil niet meer leven")
        .expect("a detection");
    let likelihoods = detection.log_likelihoods();
    assert_eq!(likelihoods.len(), detection.candidates().len());
    assert!(likelihoods.windows(2).all(|w| w[0].1 >= w[1].1));
    assert!(likelihoods.iter().all(|(_, l)| *l < 0.0 && l.is_finite()));
    assert_eq!(likelihoods[0].0, code("nl"));
    // Every Latin-script language of the detector, and no other.
    assert!(likelihoods.iter().any(|(c, _)| *c == code("vi")));
    assert!(!likelihoods.iter().any(|(c, _)| *c == code("ru")));
    assert_eq!((detection.words(), detection.letters()), (5, 18));
    assert!(detection.ngrams() >= 18);
    // A script decision has one candidate and no evidence from the table.
    let korean = full_detector().detect("죽고 싶어").expect("a detection");
    assert_eq!(korean.log_likelihoods(), &[(code("ko"), 0.0)]);
    assert_eq!(korean.ngrams(), 0);
}

/// Languages the caller asks for that share a script with another of its
/// languages and have no model are reported, and never answered.
#[test]
fn languages_without_a_model_are_reported_undetectable() {
    let detector = Detector::new(["ru", "ky", "en", "ne", "hi"].map(code), &[]);
    assert_eq!(detector.undetectable(), &[code("ky"), code("ne")]);
    assert_eq!(
        detector.detect("я хочу умереть").map(|d| d.language),
        Some(code("ru"))
    );
    // Alone in its script, a language needs no model.
    let alone = Detector::new(["ky", "en"].map(code), &[]);
    assert!(alone.undetectable().is_empty());
    assert_eq!(
        alone.detect("мен өлгүм келет").map(|d| d.language),
        Some(code("ky"))
    );
}
