//! Where lingua's n-gram tables live: one crate per language, each holding
//! an fst map from n-gram to log-probability (f64 bits). Generated from
//! lingua's feature list.

use lingua::Language;

const NGRAMS: &str = "ngrams.fst";

/// The n-gram probability table of `language`, as compiled into the binary.
pub(super) fn ngram_table(language: Language) -> Option<&'static [u8]> {
    let bytes = match language {
        Language::Afrikaans => lingua_afrikaans_language_model::AFRIKAANS_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Albanian => lingua_albanian_language_model::ALBANIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Arabic => lingua_arabic_language_model::ARABIC_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Armenian => lingua_armenian_language_model::ARMENIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Azerbaijani => lingua_azerbaijani_language_model::AZERBAIJANI_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Basque => lingua_basque_language_model::BASQUE_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Belarusian => lingua_belarusian_language_model::BELARUSIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Bengali => lingua_bengali_language_model::BENGALI_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Bokmal => lingua_bokmal_language_model::BOKMAL_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Bosnian => lingua_bosnian_language_model::BOSNIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Bulgarian => lingua_bulgarian_language_model::BULGARIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Catalan => lingua_catalan_language_model::CATALAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Chinese => lingua_chinese_language_model::CHINESE_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Croatian => lingua_croatian_language_model::CROATIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Czech => lingua_czech_language_model::CZECH_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Danish => lingua_danish_language_model::DANISH_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Dutch => lingua_dutch_language_model::DUTCH_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::English => lingua_english_language_model::ENGLISH_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Esperanto => lingua_esperanto_language_model::ESPERANTO_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Estonian => lingua_estonian_language_model::ESTONIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Finnish => lingua_finnish_language_model::FINNISH_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::French => lingua_french_language_model::FRENCH_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Ganda => lingua_ganda_language_model::GANDA_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Georgian => lingua_georgian_language_model::GEORGIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::German => lingua_german_language_model::GERMAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Greek => lingua_greek_language_model::GREEK_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Gujarati => lingua_gujarati_language_model::GUJARATI_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Hebrew => lingua_hebrew_language_model::HEBREW_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Hindi => lingua_hindi_language_model::HINDI_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Hungarian => lingua_hungarian_language_model::HUNGARIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Icelandic => lingua_icelandic_language_model::ICELANDIC_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Indonesian => lingua_indonesian_language_model::INDONESIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Irish => lingua_irish_language_model::IRISH_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Italian => lingua_italian_language_model::ITALIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Japanese => lingua_japanese_language_model::JAPANESE_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Kazakh => lingua_kazakh_language_model::KAZAKH_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Korean => lingua_korean_language_model::KOREAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Latin => lingua_latin_language_model::LATIN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Latvian => lingua_latvian_language_model::LATVIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Lithuanian => lingua_lithuanian_language_model::LITHUANIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Macedonian => lingua_macedonian_language_model::MACEDONIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Malay => lingua_malay_language_model::MALAY_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Maori => lingua_maori_language_model::MAORI_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Marathi => lingua_marathi_language_model::MARATHI_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Mongolian => lingua_mongolian_language_model::MONGOLIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Nynorsk => lingua_nynorsk_language_model::NYNORSK_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Persian => lingua_persian_language_model::PERSIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Polish => lingua_polish_language_model::POLISH_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Portuguese => lingua_portuguese_language_model::PORTUGUESE_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Punjabi => lingua_punjabi_language_model::PUNJABI_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Romanian => lingua_romanian_language_model::ROMANIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Russian => lingua_russian_language_model::RUSSIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Serbian => lingua_serbian_language_model::SERBIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Shona => lingua_shona_language_model::SHONA_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Slovak => lingua_slovak_language_model::SLOVAK_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Slovene => lingua_slovene_language_model::SLOVENE_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Somali => lingua_somali_language_model::SOMALI_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Sotho => lingua_sotho_language_model::SOTHO_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Spanish => lingua_spanish_language_model::SPANISH_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Swahili => lingua_swahili_language_model::SWAHILI_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Swedish => lingua_swedish_language_model::SWEDISH_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Tagalog => lingua_tagalog_language_model::TAGALOG_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Tamil => lingua_tamil_language_model::TAMIL_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Telugu => lingua_telugu_language_model::TELUGU_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Thai => lingua_thai_language_model::THAI_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Tsonga => lingua_tsonga_language_model::TSONGA_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Tswana => lingua_tswana_language_model::TSWANA_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Turkish => lingua_turkish_language_model::TURKISH_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Ukrainian => lingua_ukrainian_language_model::UKRAINIAN_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Urdu => lingua_urdu_language_model::URDU_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Vietnamese => lingua_vietnamese_language_model::VIETNAMESE_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Welsh => lingua_welsh_language_model::WELSH_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Xhosa => lingua_xhosa_language_model::XHOSA_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Yoruba => lingua_yoruba_language_model::YORUBA_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        Language::Zulu => lingua_zulu_language_model::ZULU_MODELS_DIRECTORY
            .get_file(NGRAMS)?
            .contents(),
        #[allow(unreachable_patterns)]
        _ => return None,
    };
    Some(bytes)
}
