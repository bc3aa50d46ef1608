//! The `Accept-Language` header (RFC 9110 §12.5.4), as a chatbot forwards it.

use unic_langid::LanguageIdentifier;

/// More entries than this say nothing useful and only cost time.
const MAX_ENTRIES: usize = 16;

/// The listed language tags, most preferred first. `*`, `q=0` and entries
/// that do not parse are skipped; `invalid` counts the latter.
pub struct AcceptLanguage {
    pub tags: Vec<LanguageIdentifier>,
    /// Each tag's weight (`q`, above 0 and at most 1), in the order of `tags`.
    pub weights: Vec<f64>,
    pub invalid: usize,
}

pub fn parse(header: &str) -> AcceptLanguage {
    let mut weighted: Vec<(u16, LanguageIdentifier)> = Vec::new();
    let mut invalid = 0;
    for entry in header.split(',').take(MAX_ENTRIES) {
        // RFC 9110 lists may have empty elements ("a,,b"): nothing to read.
        if entry.trim().is_empty() {
            continue;
        }
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let mut quality = Some(1000);
        for parameter in parts {
            if let Some(value) = parameter.trim().strip_prefix("q=") {
                quality = parse_quality(value);
            }
        }
        // An entry without a tag, or whose weight cannot be read, is dropped
        // whole and counted: guessing its weight could put a language the
        // person ranked last first.
        let Some(quality) = quality.filter(|_| !tag.is_empty()) else {
            invalid += 1;
            continue;
        };
        if quality == 0 || tag == "*" {
            continue;
        }
        match tag
            .parse::<LanguageIdentifier>()
            .map(super::with_current_language_code)
        {
            Ok(id) if id.language.as_str() != "und" => weighted.push((quality, id)),
            _ => invalid += 1,
        }
    }
    // Stable: equal weights keep the order the client gave.
    weighted.sort_by_key(|entry| std::cmp::Reverse(entry.0));
    AcceptLanguage {
        weights: weighted
            .iter()
            .map(|(quality, _)| f64::from(*quality) / 1000.0)
            .collect(),
        tags: weighted.into_iter().map(|(_, tag)| tag).collect(),
        invalid,
    }
}

/// "0.8" → 800; at most three decimals and at most 1 (RFC 9110 qvalue).
fn parse_quality(value: &str) -> Option<u16> {
    let value = value.trim();
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: u16 = match whole {
        "0" => 0,
        "1" => 1,
        _ => return None,
    };
    let mut thousandths: u16 = 0;
    for (index, digit) in fraction.bytes().enumerate() {
        thousandths += u16::from(digit - b'0') * [100, 10, 1][index];
    }
    let quality = whole * 1000 + thousandths;
    (quality <= 1000).then_some(quality)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_without_a_tag_or_with_an_unreadable_weight_are_counted_as_invalid() {
        let garbage = parse(";;;q=abc,,,*;q=9");
        assert!(garbage.tags.is_empty());
        assert_eq!(
            garbage.invalid, 2,
            "the tagless entry and the star with q=9"
        );
        let fine = parse("nl-BE, ,nl;q=0.9,*;q=0.1");
        assert_eq!(fine.invalid, 0);
        assert_eq!(fine.tags.len(), 2);
    }

    fn tags(header: &str) -> Vec<String> {
        parse(header).tags.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn orders_by_quality_and_keeps_client_order_on_ties() {
        assert_eq!(tags("nl-BE,nl;q=0.9,en;q=0.5"), ["nl-BE", "nl", "en"]);
        assert_eq!(parse("nl-BE,nl;q=0.9,en;q=0.5").weights, [1.0, 0.9, 0.5]);
        assert_eq!(tags("en;q=0.5, fr-CH, de;q=0.9"), ["fr-CH", "de", "en"]);
        assert_eq!(tags("fr, de"), ["fr", "de"]);
    }

    #[test]
    fn skips_wildcards_zero_weights_and_garbage() {
        assert_eq!(tags("*, en;q=0, de"), ["de"]);
        let parsed = parse("!!, nl;q=2, fr;q=abc");
        assert!(parsed.tags.is_empty());
        assert_eq!(parsed.invalid, 3);
        assert!(parse("").tags.is_empty());
    }
}
