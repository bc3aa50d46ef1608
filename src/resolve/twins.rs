//! The twin-language policy of the decision: which near-twin languages the
//! country or the locale chooses between. Moved here from `detect` (it was
//! `detect::TWINS`, `READ_EACH_OTHER`, `are_twins`, `read_each_other`,
//! unchanged): the detector only reports log-likelihoods; what to do when
//! they cannot tell two languages apart is the decision's business. The
//! detector keeps the twins' marker *words* (`detect/twins.rs`), which are
//! evidence from the text.

use crate::domain::LanguageCode;

/// Pairs of languages written so alike that short texts cannot tell them
/// apart reliably; hints and the country choose between them
/// (`resolve_language`). Serbian here is its Latin spelling, which reads as
/// Croatian.
pub const TWINS: [(&str, &str); 10] = [
    ("ms", "id"),
    ("nb", "da"),
    ("cs", "sk"),
    ("af", "nl"),
    ("fa", "ur"),
    ("ca", "es"),
    ("hr", "sr"),
    ("es", "pt"),
    ("bs", "hr"),
    ("bs", "sr"),
];

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

/// Whether readers of `a` read `b` as well (see `READ_EACH_OTHER`).
pub fn read_each_other(a: LanguageCode, b: LanguageCode) -> bool {
    READ_EACH_OTHER
        .iter()
        .any(|&(x, y)| (a.as_str() == x && b.as_str() == y) || (a.as_str() == y && b.as_str() == x))
}

/// Whether `a` and `b` are near-twins (see `TWINS`).
pub fn are_twins(a: LanguageCode, b: LanguageCode) -> bool {
    TWINS
        .iter()
        .any(|&(x, y)| (a.as_str() == x && b.as_str() == y) || (a.as_str() == y && b.as_str() == x))
}
