//! Inputs that a fuzz target (fuzz/) once crashed on, fed to the same
//! function with the same check, so that they stay fixed.

/// fuzz/locale: a four-letter subtag after a variant was taken as a variant
/// and printed as a script, so the accepted tag did not read back as itself;
/// and control characters were accepted inside variants.
#[test]
fn locale_sr_lavnpbu_cypz_is_refused_or_reads_back_as_itself() {
    for raw in ["sr-Lavnpbu-cypz", "nl-abcde-wxyz", "zh-84n\u{c}-04a\u{1}"] {
        if let Some(tag) = crisis_lookup::resolve::parse_locale(raw) {
            let again = crisis_lookup::resolve::parse_locale(&tag.to_string());
            assert_eq!(again.as_ref(), Some(&tag), "{raw:?} → {tag}");
        }
    }
    assert!(crisis_lookup::resolve::parse_locale("zh-84n\u{c}-04a\u{1}").is_none());
    // Well-formed tags with variants still parse.
    assert!(crisis_lookup::resolve::parse_locale("sl-rozaj-biske").is_some());
    assert!(crisis_lookup::resolve::parse_locale("de-CH-1996").is_some());
}
