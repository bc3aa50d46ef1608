//! Where lingua's n-gram tables live: one crate per language, each holding
//! an fst map from n-gram to log-probability (f64 bits). Only the languages
//! compiled into lingua (the `features` of `lingua` in Cargo.toml) are here;
//! keep the two lists in step.

use lingua::Language;

const NGRAMS: &str = "ngrams.fst";

macro_rules! tables {
    ($($language:ident => $directory:path),* $(,)?) => {
        /// The lingua languages compiled into this binary.
        pub(super) const COMPILED: &[Language] = &[$(Language::$language),*];

        /// The n-gram probability table of `language`, as compiled into the
        /// binary; `None` for a language whose model is not compiled in.
        pub(super) fn ngram_table(language: Language) -> Option<&'static [u8]> {
            let directory = match language {
                $(Language::$language => &$directory,)*
                #[allow(unreachable_patterns)]
                _ => return None,
            };
            Some(directory.get_file(NGRAMS)?.contents())
        }
    };
}

tables! {
    Afrikaans => lingua_afrikaans_language_model::AFRIKAANS_MODELS_DIRECTORY,
    Arabic => lingua_arabic_language_model::ARABIC_MODELS_DIRECTORY,
    Bokmal => lingua_bokmal_language_model::BOKMAL_MODELS_DIRECTORY,
    Bulgarian => lingua_bulgarian_language_model::BULGARIAN_MODELS_DIRECTORY,
    Catalan => lingua_catalan_language_model::CATALAN_MODELS_DIRECTORY,
    Croatian => lingua_croatian_language_model::CROATIAN_MODELS_DIRECTORY,
    Czech => lingua_czech_language_model::CZECH_MODELS_DIRECTORY,
    Danish => lingua_danish_language_model::DANISH_MODELS_DIRECTORY,
    Dutch => lingua_dutch_language_model::DUTCH_MODELS_DIRECTORY,
    English => lingua_english_language_model::ENGLISH_MODELS_DIRECTORY,
    Finnish => lingua_finnish_language_model::FINNISH_MODELS_DIRECTORY,
    French => lingua_french_language_model::FRENCH_MODELS_DIRECTORY,
    German => lingua_german_language_model::GERMAN_MODELS_DIRECTORY,
    Hungarian => lingua_hungarian_language_model::HUNGARIAN_MODELS_DIRECTORY,
    Indonesian => lingua_indonesian_language_model::INDONESIAN_MODELS_DIRECTORY,
    Italian => lingua_italian_language_model::ITALIAN_MODELS_DIRECTORY,
    Malay => lingua_malay_language_model::MALAY_MODELS_DIRECTORY,
    Persian => lingua_persian_language_model::PERSIAN_MODELS_DIRECTORY,
    Polish => lingua_polish_language_model::POLISH_MODELS_DIRECTORY,
    Portuguese => lingua_portuguese_language_model::PORTUGUESE_MODELS_DIRECTORY,
    Romanian => lingua_romanian_language_model::ROMANIAN_MODELS_DIRECTORY,
    Russian => lingua_russian_language_model::RUSSIAN_MODELS_DIRECTORY,
    Serbian => lingua_serbian_language_model::SERBIAN_MODELS_DIRECTORY,
    Slovak => lingua_slovak_language_model::SLOVAK_MODELS_DIRECTORY,
    Spanish => lingua_spanish_language_model::SPANISH_MODELS_DIRECTORY,
    Swahili => lingua_swahili_language_model::SWAHILI_MODELS_DIRECTORY,
    Swedish => lingua_swedish_language_model::SWEDISH_MODELS_DIRECTORY,
    Tagalog => lingua_tagalog_language_model::TAGALOG_MODELS_DIRECTORY,
    Turkish => lingua_turkish_language_model::TURKISH_MODELS_DIRECTORY,
    Ukrainian => lingua_ukrainian_language_model::UKRAINIAN_MODELS_DIRECTORY,
    Urdu => lingua_urdu_language_model::URDU_MODELS_DIRECTORY,
    Vietnamese => lingua_vietnamese_language_model::VIETNAMESE_MODELS_DIRECTORY,
}

/// Gives the pages of `table` (compiled into the binary, read-only) back to
/// the kernel. The trigram merge reads our copy of every table once; lingua
/// reads its own copy of the same tables (each crate that uses a model
/// crate's `const` directory embeds the bytes again), so without this both
/// copies stay counted in the service's RSS. Pages touched again are read
/// back from the executable, so this only costs time, never correctness.
pub(super) fn release(table: &'static [u8]) {
    #[cfg(target_os = "linux")]
    {
        use std::ffi::{c_int, c_long, c_void};
        extern "C" {
            fn madvise(addr: *mut c_void, len: usize, advice: c_int) -> c_int;
            fn sysconf(name: c_int) -> c_long;
        }
        const MADV_DONTNEED: c_int = 4;
        const SC_PAGESIZE: c_int = 30;
        // SAFETY: sysconf only reads a system constant.
        let page = usize::try_from(unsafe { sysconf(SC_PAGESIZE) }).unwrap_or(0);
        if page == 0 || !page.is_power_of_two() {
            return;
        }
        // Whole pages inside the table only: a neighbour's page is never
        // given back.
        let start = (table.as_ptr() as usize).next_multiple_of(page);
        let end = (table.as_ptr() as usize + table.len()) & !(page - 1);
        if end <= start {
            return;
        }
        // SAFETY: [start, end) lies inside `table`, a read-only, file-backed
        // part of the executable that is never written: dropping its pages
        // loses nothing, and later reads fault them in again from the file.
        // No Rust reference is invalidated (the contents stay the same).
        let _ = unsafe { madvise(start as *mut c_void, end - start, MADV_DONTNEED) };
    }
    #[cfg(not(target_os = "linux"))]
    let _ = table;
}

/// Lowers the calling thread's scheduling priority to the minimum (nice 19),
/// for background work that must not slow start-up or requests. Linux only;
/// elsewhere, and if the call fails, nothing changes.
pub(super) fn lower_thread_priority() {
    #[cfg(target_os = "linux")]
    {
        use std::ffi::{c_int, c_uint};
        extern "C" {
            fn gettid() -> c_int;
            fn setpriority(which: c_int, who: c_uint, prio: c_int) -> c_int;
        }
        const PRIO_PROCESS: c_int = 0;
        // SAFETY: both calls only read or change this thread's own nice
        // value (on Linux, PRIO_PROCESS with a thread id names one thread).
        let _ = unsafe { setpriority(PRIO_PROCESS, gettid() as c_uint, 19) };
    }
}
