//! The shipped table, read and scored as the service reads and scores it.

use langid::script::Script;
use langid::{LanguageSet, Model, TableError, Tuning};

fn set(model: &Model, codes: &[&str]) -> LanguageSet {
    codes
        .iter()
        .map(|c| model.id(c).unwrap_or_else(|| panic!("{c} is in the table")))
        .fold(0, |set, id| set | (1 << id))
}

/// The best of `candidates` for `text`, by log-likelihood.
fn best(model: &Model, text: &str, candidates: LanguageSet) -> &'static str {
    let mut scores = vec![0f32; model.languages().len()];
    model.score(text, candidates, &mut scores);
    let id = (0..model.languages().len())
        .filter(|id| candidates & (1 << id) != 0)
        .max_by(|a, b| scores[*a].total_cmp(&scores[*b]))
        .expect("a candidate");
    model.languages()[id].code
}

#[test]
fn the_shipped_table_has_every_language_of_a_shared_script_that_lingua_models() {
    let model = Model::embedded();
    for code in [
        "af", "sq", "az", "bs", "ca", "hr", "cs", "da", "nl", "en", "eo", "et", "fi", "fr", "de",
        "hu", "is", "id", "it", "la", "lv", "lt", "ms", "nb", "pl", "pt", "ro", "sn", "sk", "sl",
        "so", "st", "es", "sw", "sv", "tl", "tr", "vi", "cy", "zu", "be", "bg", "kk", "mk", "mn",
        "ru", "sr", "uk", "ar", "fa", "ur", "hi", "mr",
    ] {
        assert!(model.id(code).is_some(), "{code}");
    }
    assert_eq!(
        model.languages()[usize::from(model.id("ru").unwrap_or(0))].script,
        Script::Cyrillic
    );
    // Well under the 30 MB the issue allows.
    assert!(
        model.table_bytes() < 20 << 20,
        "{} bytes",
        model.table_bytes()
    );
}

#[test]
fn crisis_messages_score_highest_in_their_language() {
    let model = Model::embedded();
    let latin = model.written_in(Script::Latin);
    let cyrillic = model.written_in(Script::Cyrillic);
    let arabic = model.written_in(Script::Arabic);
    for (text, want, candidates) in [
        ("ich will nicht mehr leben", "de", latin),
        ("je ne veux plus vivre", "fr", latin),
        ("no quiero seguir viviendo", "es", latin),
        ("non ce la faccio più", "it", latin),
        ("nie chcę już żyć", "pl", latin),
        ("ölmek istiyorum", "tr", latin),
        ("haluan kuolla", "fi", latin),
        ("meg akarok halni", "hu", latin),
        ("tôi muốn chết", "vi", latin),
        ("я больше не хочу жить", "ru", cyrillic),
        ("я не хочу жити", "uk", cyrillic),
        ("искам да умра", "bg", cyrillic),
        ("میں مرنا چاہتا ہوں", "ur", arabic),
        ("أريد أن أموت", "ar", arabic),
    ] {
        assert_eq!(best(model, text, candidates), want, "{text}");
    }
}

#[test]
fn the_candidates_are_the_callers() {
    let model = Model::embedded();
    // Among Dutch and Afrikaans only, a Dutch sentence is Dutch…
    let pair = set(model, &["nl", "af"]);
    assert_eq!(best(model, "ik weet het echt niet meer", pair), "nl");
    // …and languages outside the set get no score at all.
    let mut scores = vec![0f32; model.languages().len()];
    model.score("ik weet het echt niet meer", pair, &mut scores);
    let en = usize::from(model.id("en").unwrap_or(0));
    assert_eq!(scores[en], 0.0);
}

#[test]
fn log_likelihoods_are_nats_summed_over_the_letters() {
    let model = Model::embedded();
    let candidates = set(model, &["en", "nl", "de"]);
    let mut one = vec![0f32; model.languages().len()];
    let evidence = model.score("help", candidates, &mut one);
    assert_eq!((evidence.letters, evidence.words), (4, 1));
    let mut twice = vec![0f32; model.languages().len()];
    let evidence = model.score("help, help!", candidates, &mut twice);
    assert_eq!((evidence.letters, evidence.words), (8, 2));
    for code in ["en", "nl", "de"] {
        let id = usize::from(model.id(code).unwrap_or(0));
        // A log-likelihood: negative, a few nats a letter, and a repeated
        // word adds the same again (words are scored on their own).
        assert!(
            one[id] < 0.0 && one[id] > -4.0 * 25.0,
            "{code}: {}",
            one[id]
        );
        assert!((twice[id] - 2.0 * one[id]).abs() < 1e-3, "{code}");
    }
    // Case and punctuation do not matter.
    let mut upper = vec![0f32; model.languages().len()];
    model.score("HELP", candidates, &mut upper);
    assert_eq!(upper, one);
}

#[test]
fn a_letter_no_candidate_writes_costs_each_its_floor() {
    let model = Model::embedded();
    let candidates = set(model, &["en", "de"]);
    let mut plain = vec![0f32; model.languages().len()];
    model.score("strasse", candidates, &mut plain);
    let mut sharp = vec![0f32; model.languages().len()];
    model.score("straße", candidates, &mut sharp);
    let (en, de) = (
        usize::from(model.id("en").unwrap_or(0)),
        usize::from(model.id("de").unwrap_or(0)),
    );
    // German writes ß, English does not.
    assert!(sharp[de] - sharp[en] > plain[de] - plain[en]);
}

#[test]
fn long_texts_score_by_trigrams_and_agree() {
    let model = Model::embedded();
    let latin = model.written_in(Script::Latin);
    let text = "ik weet het echt niet meer, ik wil niet meer leven en ik heb niemand meer om \
                mee te praten, alles voelt zwaar en ik zie geen uitweg meer";
    let mut scores = vec![0f32; model.languages().len()];
    let evidence = model.score_trigrams(text, latin, &mut scores);
    assert!(evidence.letters > 40, "{evidence:?}");
    let id = (0..model.languages().len())
        .filter(|id| latin & (1 << id) != 0)
        .max_by(|a, b| scores[*a].total_cmp(&scores[*b]))
        .unwrap_or(0);
    assert_eq!(model.languages()[id].code, "nl");
    assert_eq!(best(model, text, latin), "nl");
}

#[test]
fn a_broken_table_is_refused() {
    assert_eq!(
        Model::from_bytes(b"not a table".to_vec(), Tuning::default()).err(),
        Some(TableError::Magic)
    );
    let mut bytes = std::fs::read("data/langid.bin").expect("the table");
    bytes.truncate(bytes.len() - 1);
    assert_eq!(
        Model::from_bytes(bytes, Tuning::default()).err(),
        Some(TableError::Truncated)
    );
}
