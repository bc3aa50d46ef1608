//! The twin-language policy of the decision (`super::language`): between
//! near-twins whose readers read each other, the person's locale or the
//! country's main language decides. The detector only reports
//! log-likelihoods; it keeps the twins' marker *words* (`detect/twins.rs`),
//! which are evidence from the text.

use crate::domain::LanguageCode;

/// Twins whose readers read each other's written language: between these,
/// the person's own `locale` decides, whatever the message's spelling leans
/// to (a Malaysian phone's user gets Malay text even if the message reads
/// Indonesian). Not fa/ur and es/pt: their readers need their own text.
const READ_EACH_OTHER: [(&str, &str); 8] = [
    ("ms", "id"),
    ("nb", "da"),
    ("cs", "sk"),
    ("af", "nl"),
    ("ca", "es"),
    ("hr", "sr"),
    ("bs", "hr"),
    ("bs", "sr"),
];

/// Whether `code` has a twin its readers read (see `READ_EACH_OTHER`): a
/// cheap test before looking for one among many candidates.
pub fn has_twin_readers(code: LanguageCode) -> bool {
    let code = code.as_str();
    READ_EACH_OTHER.iter().any(|&(x, y)| code == x || code == y)
}

/// Whether readers of `a` read `b` as well (see `READ_EACH_OTHER`).
pub fn read_each_other(a: LanguageCode, b: LanguageCode) -> bool {
    READ_EACH_OTHER
        .iter()
        .any(|&(x, y)| (a.as_str() == x && b.as_str() == y) || (a.as_str() == y && b.as_str() == x))
}
