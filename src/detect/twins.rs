//! Near-twin languages: words that only one of the two writes.
//!
//! n-gram models barely separate Malay from Indonesian, Bokmål from Danish,
//! Czech from Slovak…: most of their letter sequences are shared. A few
//! frequent function words are spelt differently, and one of them in a
//! message is strong evidence. The lists are standard spelling and grammar
//! differences (e.g. Malay *kerana*/Indonesian *karena*, Danish *mig*/Bokmål
//! *meg*, Slovak *som*/Czech *jsem*, Afrikaans *ek*/Dutch *ik*), written from
//! general knowledge of the languages, not drawn from any evaluation set.

use super::ngram::MixHasher;
use crate::domain::LanguageCode;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// Odds that one exclusive word gives its language over the twin.
const MARKER_ODDS: f64 = 20.0;
/// More words add evidence, up to this many.
const MAX_MARKERS: i32 = 3;

/// (language, twin, words only the language writes, words only the twin writes).
const MARKERS: &[(&str, &str, &[&str], &[&str])] = &[
    (
        "ms",
        "id",
        &[
            "kerana",
            "bahawa",
            "sahaja",
            "wang",
            "polis",
            "selepas",
            "semasa",
            "mahu",
            "baharu",
            "pejabat",
            "percuma",
            "encik",
            "kakitangan",
            "iaitu",
            "antarabangsa",
            "kenyataan",
            "manakala",
            "bagaimanapun",
            "awak",
            "nak",
        ],
        &[
            "karena",
            "bahwa",
            "uang",
            "polisi",
            "bisa",
            "kantor",
            "yaitu",
            "internasional",
            "pernyataan",
            "nggak",
            "gak",
            "enggak",
            "banget",
            "kalian",
            "ujar",
            "mau",
        ],
    ),
    (
        "nb",
        "da",
        &[
            "av", "hva", "nå", "meg", "deg", "seg", "ble", "etter", "ut", "opp", "mye", "noe",
            "uke", "sånn", "gjøre", "hjelp",
        ],
        &[
            "af", "hvad", "nu", "mig", "dig", "sig", "blev", "efter", "ud", "op", "meget", "noget",
            "uge", "sådan", "gøre", "hjælp",
        ],
    ),
    (
        "cs",
        "sk",
        &[
            "jsem", "jsi", "jsme", "jste", "jako", "nebo", "který", "která", "které", "jen", "byl",
            "byla", "bylo", "když", "se", "také", "proč", "chci", "nechci", "jak",
        ],
        &[
            "som", "sme", "ste", "ako", "alebo", "ktorý", "ktorá", "ktoré", "len", "bol", "bola",
            "bolo", "keď", "čo", "sa", "tiež", "prečo", "chcem", "nechcem", "veľmi", "aj", "iba",
            "nie",
        ],
    ),
    (
        "ca",
        "es",
        &[
            "amb", "però", "és", "els", "molt", "aquest", "aquesta", "també", "jo", "vull", "tinc",
            "més", "perquè", "sense", "dels", "ningú", "puc", "vaig", "em",
        ],
        &[
            "y", "con", "por", "para", "muy", "pero", "porque", "yo", "quiero", "tengo", "más",
            "también", "sin", "está", "hay", "ya", "cuando", "donde", "nadie", "puedo", "las",
        ],
    ),
    (
        "af",
        "nl",
        &[
            "ek",
            "nie",
            "jy",
            "hulle",
            "baie",
            "sy",
            "lewe",
            "my",
            "vir",
            "sal",
            "hy",
            "julle",
            "asseblief",
        ],
        &[
            "ik", "niet", "zijn", "ben", "zij", "hij", "jij", "mijn", "niets", "naar", "zal",
            "kunnen", "willen", "leven", "helpen",
        ],
    ),
    // Not twins for `resolve`, but a short message in one reads as the
    // other to n-gram models: "не хочу жить" is Russian (Ukrainian: жити),
    // "i wanna die" English although "die" is a Dutch word.
    (
        "ru",
        "uk",
        &[
            "жить",
            "что",
            "это",
            "меня",
            "мне",
            "ничего",
            "умереть",
            "хочется",
            "больше",
            "тоже",
            "сейчас",
            "очень",
            "помогите",
            "никто",
            "как",
            "только",
            "когда",
        ],
        &[
            "жити",
            "що",
            "це",
            "мене",
            "мені",
            "нічого",
            "померти",
            "хочеться",
            "більше",
            "теж",
            "дуже",
            "допоможіть",
            "ніхто",
            "як",
            "тільки",
            "коли",
        ],
    ),
    (
        "en",
        "nl",
        &[
            "i", "wanna", "gonna", "want", "the", "my", "myself", "anymore", "dont", "don't",
            "cant", "can't", "please",
        ],
        &["ik", "het", "niet", "een", "mijn", "niemand", "wil", "dood"],
    ),
    // English crisis phrases that n-gram models read as Tagalog ("i am not
    // okay") or Spanish ("so alone"). Not twins for `resolve`: only marker
    // words, as for ru/uk and en/nl.
    (
        "en",
        "tl",
        &[
            "i", "am", "not", "my", "myself", "want", "wanna", "the", "feel", "alone", "anymore",
            "nobody",
        ],
        &[
            "ako", "ang", "ng", "hindi", "gusto", "ko", "ka", "mo", "sa", "na", "lang", "talaga",
            "mamatay", "ayoko", "wala",
        ],
    ),
    (
        "en",
        "es",
        // Not "i": Spanish writes it as a Roman numeral ("el I Congreso").
        &[
            "am", "not", "so", "my", "the", "want", "alone", "anymore", "nobody", "feel", "myself",
        ],
        &[
            "yo", "que", "estoy", "quiero", "ya", "muy", "nadie", "solo", "más", "puedo", "morir",
            "estar",
        ],
    ),
    (
        "fa",
        "ur",
        &["است", "را", "این", "برای", "شد", "آن"],
        &["اور", "ہے", "ہیں", "نہیں", "کے"],
    ),
];

/// Keyed by short words: a byte-wise FNV-style hash is several times
/// cheaper than SipHash here; the table is fixed, so looking up a client's
/// words cannot make it degrade.
type MarkerIndex = HashMap<&'static str, Vec<(usize, i32)>, BuildHasherDefault<MixHasher>>;

/// The language pairs of `MARKERS`, parsed once, in the same order (a
/// test checks that every one parses).
fn marker_pairs() -> &'static [Option<(LanguageCode, LanguageCode)>] {
    static PAIRS: OnceLock<Vec<Option<(LanguageCode, LanguageCode)>>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        MARKERS
            .iter()
            .map(|(a, b, _, _)| Some((LanguageCode::parse(a)?, LanguageCode::parse(b)?)))
            .collect()
    })
}

/// Each marker word → the pairs of `MARKERS` it speaks for (+1: the first
/// language of the pair, -1: its twin). One hash look-up per word of the
/// message instead of a scan of every list.
fn marker_index() -> &'static MarkerIndex {
    static INDEX: OnceLock<MarkerIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = MarkerIndex::default();
        for (pair, (_, _, only_a, only_b)) in MARKERS.iter().enumerate() {
            for word in *only_a {
                index.entry(word).or_default().push((pair, 1));
            }
            for word in *only_b {
                index.entry(word).or_default().push((pair, -1));
            }
        }
        index
    })
}

/// Moves probability between twins by the exclusive words `text` contains.
/// Each pair keeps its total share; `ranked` is returned re-sorted.
pub(super) fn reweigh(
    text: &str,
    mut ranked: Vec<(LanguageCode, f64)>,
) -> Vec<(LanguageCode, f64)> {
    // Long messages mostly leave one twin of each pair a negligible share
    // (below 1e-9 of the text's probability, which even the largest marker
    // odds could not make count): then there is nothing to move.
    // `ranked` is best first: only its head has shares above negligible.
    let head = &ranked[..ranked.partition_point(|(_, p)| *p > NEGLIGIBLE_SHARE)];
    let in_head = |code: LanguageCode| head.iter().any(|(c, _)| *c == code);
    let live = head.len() >= 2
        && marker_pairs()
            .iter()
            .flatten()
            .any(|&(a, b)| in_head(a) && in_head(b));
    if !live {
        return ranked;
    }
    let index = marker_index();
    let mut net = [0i32; MARKERS.len()];
    let mut lowered = String::new();
    for word in text.split(|c: char| !super::script::is_letter(c)) {
        if word.is_empty() {
            continue;
        }
        let word = if word.chars().any(char::is_uppercase) {
            lowered.clear();
            lowered.extend(word.chars().flat_map(char::to_lowercase));
            lowered.as_str()
        } else {
            word
        };
        for &(pair, side) in index.get(word).map_or(&[][..], Vec::as_slice) {
            net[pair] += side;
        }
    }
    let mut changed = false;
    for (pair, net) in marker_pairs().iter().zip(net) {
        let net = net.clamp(-MAX_MARKERS, MAX_MARKERS);
        if net == 0 {
            continue;
        }
        let Some((a, b)) = pair else {
            continue;
        };
        let position = |code: LanguageCode| ranked.iter().position(|(c, _)| *c == code);
        let (Some(ia), Some(ib)) = (position(*a), position(*b)) else {
            continue;
        };
        let odds = MARKER_ODDS.powi(net);
        let (pa, pb) = (ranked[ia].1, ranked[ib].1);
        let pair = pa + pb;
        let weighed = pa * odds + pb;
        if pair <= 0.0 || weighed <= 0.0 {
            continue;
        }
        ranked[ia].1 = pair * pa * odds / weighed;
        ranked[ib].1 = pair * pb / weighed;
        changed = true;
    }
    if changed {
        ranked.sort_by(|x, y| y.1.total_cmp(&x.1));
    }
    ranked
}

/// A twin's share below which marker words are not looked for (see
/// `reweigh`): `MARKER_ODDS` to the power `MAX_MARKERS` times it is still
/// far below anything that shows in a confidence.
const NEGLIGIBLE_SHARE: f64 = 1e-9;

/// How many words `text` has (for priors that only hold on very short texts).
pub(super) fn word_count(text: &str) -> usize {
    if text.is_ascii() {
        // A word starts at a letter after a non-letter (or at the start):
        // no state from one byte to the next, so this compiles to vectors.
        let bytes = text.as_bytes();
        let first = bytes.first().is_some_and(u8::is_ascii_alphabetic);
        let starts = bytes
            .iter()
            .zip(bytes.get(1..).unwrap_or_default())
            .filter(|(before, byte)| !before.is_ascii_alphabetic() && byte.is_ascii_alphabetic())
            .count();
        return usize::from(first) + starts;
    }
    let mut words = 0;
    let mut in_word = false;
    for c in text.chars() {
        let letter = super::script::is_letter(c);
        words += usize::from(letter && !in_word);
        in_word = letter;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_marker_pair_is_two_language_codes() {
        assert_eq!(marker_pairs().len(), MARKERS.len());
        assert!(marker_pairs().iter().all(Option::is_some));
    }

    #[test]
    fn words_are_runs_of_letters() {
        for (text, words) in [
            ("", 0),
            ("a", 1),
            ("!", 0),
            ("help me", 2),
            ("  help,me!! ", 2),
            ("i'm 23 and alone", 4),
            ("mañana no", 2),
            ("не хочу жить", 3),
        ] {
            assert_eq!(word_count(text), words, "{text:?}");
        }
    }
}
