//! Near-twin languages: words that only one of the two writes.
//!
//! n-gram models barely separate Malay from Indonesian, Bokmål from Danish,
//! Czech from Slovak…: most of their letter sequences are shared. A few
//! frequent function words are spelt differently, and one of them in a
//! message is strong evidence. The lists are standard spelling and grammar
//! differences (e.g. Malay *kerana*/Indonesian *karena*, Danish *mig*/Bokmål
//! *meg*, Slovak *som*/Czech *jsem*, Afrikaans *ek*/Dutch *ik*), written from
//! general knowledge of the languages, not drawn from any evaluation set.

use crate::domain::LanguageCode;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
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
            "вмерти",
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
    // "I want to die" reads as Afrikaans to n-gram models ("want", "die"
    // are Afrikaans words too).
    (
        "en",
        "af",
        &[
            "i", "wanna", "gonna", "the", "my", "myself", "anymore", "dont", "don't", "cant",
            "can't", "please", "am", "not",
        ],
        &[
            "ek",
            "nie",
            "jy",
            "hulle",
            "baie",
            "nog",
            "asseblief",
            "wil",
            "meer",
        ],
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

/// English words that no other Latin-script language of the table writes as
/// a word of its own (lower case; a word is a run of letters, so "can't" is
/// "can" and "t"), each with the languages that do write it. Short English
/// messages ("i want to die", "I can't go on") read to n-gram models as
/// German, French or Dutch nearly as well as English; one of these words is
/// evidence against every language that does not write it. From general
/// knowledge of the languages, not drawn from any evaluation set.
const ENGLISH_WORDS: &[(&str, &[&str])] = &[
    ("the", &[]),
    ("want", &["af"]),
    ("wanna", &[]),
    ("gonna", &[]),
    ("myself", &[]),
    ("anymore", &[]),
    ("nobody", &[]),
    ("anyone", &[]),
    ("someone", &[]),
    ("everything", &[]),
    ("nothing", &[]),
    ("please", &[]),
    ("feel", &[]),
    ("feeling", &[]),
    ("alone", &[]),
    ("lonely", &[]),
    ("need", &["et"]),
    ("help", &["nl", "af"]),
    ("kill", &[]),
    ("dont", &[]),
    ("cant", &[]),
    ("don", &[]),
    ("didn", &[]),
    ("doesn", &[]),
    ("won", &[]),
    ("you", &[]),
    ("your", &[]),
    ("what", &[]),
    ("why", &[]),
    ("with", &[]),
    ("this", &[]),
    ("that", &[]),
    ("have", &[]),
    ("going", &[]),
    ("really", &[]),
    ("tired", &[]),
    ("scared", &[]),
    ("afraid", &[]),
    ("hurt", &[]),
    ("think", &[]),
    ("know", &[]),
    ("sorry", &[]),
    ("anybody", &[]),
    ("life", &[]),
    ("can", &["tr", "ca"]),
    ("go", &[]),
];

type MarkerIndex = HashMap<&'static str, Vec<(usize, i32)>, BuildHasherDefault<MixHasher>>;

/// `ENGLISH_WORDS` by word, built once.
fn english_index(
) -> &'static HashMap<&'static str, &'static [&'static str], BuildHasherDefault<MixHasher>> {
    static INDEX: OnceLock<
        HashMap<&'static str, &'static [&'static str], BuildHasherDefault<MixHasher>>,
    > = OnceLock::new();
    INDEX.get_or_init(|| ENGLISH_WORDS.iter().copied().collect())
}

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

/// Adds the evidence of the exclusive words `text` contains to the
/// log-likelihoods of twins: each pair keeps its total probability (as if
/// softmaxed), the one whose words the text has gains `MARKER_ODDS` per
/// word on the other. Whether any log-likelihood changed.
pub(super) fn reweigh(text: &str, words: usize, likelihoods: &mut [(LanguageCode, f64)]) -> bool {
    // `likelihoods` is best first. Long messages mostly leave one twin of
    // each pair far behind (more than `NEGLIGIBLE` nats below the best,
    // which even the largest marker odds could not make count): then there
    // is nothing to move, and their many words need not be looked up. Short
    // ones are looked up at once (a few hash look-ups cost less than the
    // check).
    let Some(&(_, best)) = likelihoods.first() else {
        return false;
    };
    let head = &likelihoods[..likelihoods.partition_point(|(_, l)| *l > best - NEGLIGIBLE)];
    if head.len() < 2 {
        return false;
    }
    if words > FEW_WORDS {
        let in_head = |code: LanguageCode| head.iter().any(|(c, _)| *c == code);
        let live = marker_pairs()
            .iter()
            .flatten()
            .any(|&(a, b)| in_head(a) && in_head(b));
        if !live {
            return false;
        }
    }
    let index = marker_index();
    let english = english_index();
    // Per language of `likelihoods`: English words it does not write.
    let mut foreign = [0i32; crate::detect::MAX_CANDIDATES];
    let mut net = [0i32; MARKERS.len()];
    let mut lowered = String::new();
    for word in text.split(|c: char| !langid::script::is_letter(c)) {
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
        if words <= FEW_WORDS {
            if let Some(writers) = english.get(word) {
                for (count, (code, _)) in foreign.iter_mut().zip(likelihoods.iter()) {
                    let writes = code.as_str() == "en" || writers.contains(&code.as_str());
                    *count += i32::from(!writes);
                }
            }
        }
    }
    let mut changed = false;
    for (count, (_, likelihood)) in foreign.iter().zip(likelihoods.iter_mut()) {
        if *count > 0 {
            *likelihood -= f64::from((*count).min(MAX_MARKERS)) * MARKER_ODDS.ln();
            changed = true;
        }
    }
    for (pair, net) in marker_pairs().iter().zip(net) {
        let net = net.clamp(-MAX_MARKERS, MAX_MARKERS);
        if net == 0 {
            continue;
        }
        let Some((a, b)) = pair else {
            continue;
        };
        let position = |code: LanguageCode| likelihoods.iter().position(|(c, _)| *c == code);
        let (Some(ia), Some(ib)) = (position(*a), position(*b)) else {
            continue;
        };
        let (la, lb) = (likelihoods[ia].1, likelihoods[ib].1);
        let shifted = la + f64::from(net) * MARKER_ODDS.ln();
        let before = log_sum_exp(la, lb);
        let after = log_sum_exp(shifted, lb);
        likelihoods[ia].1 = shifted - after + before;
        likelihoods[ib].1 = lb - after + before;
        changed = true;
    }
    changed
}

/// ln(e^a + e^b) without overflow.
fn log_sum_exp(a: f64, b: f64) -> f64 {
    let max = a.max(b);
    max + ((a - max).exp() + (b - max).exp()).ln()
}

/// Up to this many words, marker words are looked up without first checking
/// that some pair has both twins in the running (see `reweigh`).
const FEW_WORDS: usize = 8;

/// Nats behind the best language beyond which a twin's share is negligible
/// (below 1e-9 of the text's probability; see `reweigh`).
const NEGLIGIBLE: f64 = 20.7;

/// Keyed by short words: a byte-wise FNV-style hash is several times
/// cheaper than SipHash here; the table is fixed, so looking up a client's
/// words cannot make it degrade.
#[derive(Default)]
pub(super) struct MixHasher(u64);

impl Hasher for MixHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
}

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
        let letter = langid::script::is_letter(c);
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
