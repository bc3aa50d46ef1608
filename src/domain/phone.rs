use std::fmt;

/// Whether a number is a short code dialled as is inside its country
/// ("1813", "116 123") or a full national or international number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneKind {
    ShortCode,
    Full,
}

/// A phone number as dialled inside its country ("0800 32 123", "(866)
/// 488-7386", a short code "1813"), with its digits kept for checks and, for
/// a full number libphonenumber reads as valid for its country, its E.164
/// form for `tel:` links.
#[derive(Clone, PartialEq, Eq)]
pub struct PhoneNumber {
    display: String,
    digits: String,
    kind: PhoneKind,
    e164: Option<Box<str>>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PhoneError {
    #[error("is empty")]
    Empty,
    #[error("contains `{0}`; only digits, spaces, hyphens, dots, parentheses, a leading + and a leading * or # (star codes) are allowed")]
    BadCharacter(char),
    #[error("has {0} digits; a short code has 2 to 6 and a full number 7 to 15")]
    BadLength(usize),
}

/// Short codes longer than this are full numbers.
const MAX_SHORT_CODE_DIGITS: usize = 6;
/// E.164 allows at most 15 digits.
const MAX_DIGITS: usize = 15;

impl PhoneNumber {
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let display = input.trim();
        if display.is_empty() {
            return Err(PhoneError::Empty);
        }
        let mut digits = String::with_capacity(display.len());
        for (index, c) in display.char_indices() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' | '(' | ')' => {}
                '+' if index == 0 => {}
                // Star codes ("*4141") are dialled as written.
                '*' | '#' if index == 0 => {}
                other => return Err(PhoneError::BadCharacter(other)),
            }
        }
        let star = display.starts_with(['*', '#']);
        let kind = match digits.len() {
            2..=MAX_SHORT_CODE_DIGITS if !display.starts_with('+') => PhoneKind::ShortCode,
            _ if star => return Err(PhoneError::BadLength(digits.len())),
            7..=MAX_DIGITS => PhoneKind::Full,
            n => return Err(PhoneError::BadLength(n)),
        };
        Ok(Self {
            display: display.to_string(),
            digits,
            kind,
            e164: None,
        })
    }

    /// The number with its E.164 form, when it is a full number that
    /// libphonenumber's metadata reads as a valid number of `country`.
    /// Short codes have none: they are dialled as they are, and only inside
    /// their country.
    pub fn in_country(mut self, country: &str) -> Self {
        if self.kind == PhoneKind::Full {
            let region = country.parse::<phonenumber::country::Id>().ok();
            self.e164 = phonenumber::parse(region, &self.display)
                .ok()
                .filter(phonenumber::is_valid)
                .map(|number| {
                    number
                        .format()
                        .mode(phonenumber::Mode::E164)
                        .to_string()
                        .into_boxed_str()
                });
        }
        self
    }

    /// `+3225150200`, ready for a `tel:` link; `None` for short codes and
    /// numbers the metadata does not know.
    pub fn e164(&self) -> Option<&str> {
        self.e164.as_deref()
    }

    pub fn as_str(&self) -> &str {
        &self.display
    }

    pub fn digits(&self) -> &str {
        &self.digits
    }

    pub fn kind(&self) -> PhoneKind {
        self.kind
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display)
    }
}

impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PhoneNumber({})", self.display)
    }
}

impl serde::Serialize for PhoneNumber {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.display)
    }
}

/// Countries whose short codes start with 0; elsewhere 0 is a trunk prefix,
/// and 2–6 digits after it are a truncated number.
const SHORT_CODES_MAY_START_WITH_0: &[&str] = &[
    "AU", // 000 is the emergency number
    "ES", // national services use 0xx: 016, 024, 061…
    "RU", // 01–04 and 051 remain from the national short-code plan
    "TM", // 01 fire, 02 police, 03 ambulance, as in the former Soviet plan
];

/// Where the harmonised European 116 numbers (Commission Decision
/// 2007/116/EC) apply: the EU and the EEA. Elsewhere 116x is national.
const EU_EEA: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
];

/// The per-country rule for a short code: no leading 0 unless the country's
/// short codes have one, and in the EU and the EEA the 116 numbers have six
/// digits. `None` when the code fits, or when `number` is not a short code.
pub fn short_code_problem(country: &str, number: &PhoneNumber) -> Option<String> {
    if number.kind() != PhoneKind::ShortCode {
        return None;
    }
    let digits = number.digits();
    if digits.starts_with('0') && !SHORT_CODES_MAY_START_WITH_0.contains(&country) {
        return Some(format!(
            "short code `{}` starts with 0, which {country}'s short codes do not: a trunk prefix before a truncated number?",
            number.as_str()
        ));
    }
    if EU_EEA.contains(&country) && digits.starts_with("116") && digits.len() != 6 {
        return Some(format!(
            "short code `{}`: the harmonised European 116 numbers have six digits (116 123, 116 111)",
            number.as_str()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_codes_and_full_numbers_are_told_apart() {
        assert_eq!(
            PhoneNumber::parse("1813").map(|p| p.kind()),
            Ok(PhoneKind::ShortCode)
        );
        assert_eq!(
            PhoneNumber::parse("116 123").map(|p| p.kind()),
            Ok(PhoneKind::ShortCode)
        );
        assert_eq!(
            PhoneNumber::parse("0800 32 123").map(|p| p.kind()),
            Ok(PhoneKind::Full)
        );
        assert_eq!(
            PhoneNumber::parse("(866) 488-7386").map(|p| p.kind()),
            Ok(PhoneKind::Full)
        );
        assert_eq!(
            PhoneNumber::parse("1813").map(|p| p.to_string()),
            Ok("1813".into())
        );
    }

    #[test]
    fn full_numbers_get_their_e164_form_and_short_codes_none() {
        let parse = |text: &str| PhoneNumber::parse(text).map(|n| n.in_country("FR"));
        assert_eq!(
            parse("01 45 39 40 00").ok().as_ref().and_then(|n| n.e164()),
            Some("+33145394000")
        );
        assert_eq!(parse("3114").ok().as_ref().and_then(|n| n.e164()), None);
        // The display stays as the line writes it.
        assert_eq!(
            parse("01 45 39 40 00").map(|n| n.to_string()),
            Ok("01 45 39 40 00".into())
        );
    }

    #[test]
    fn letters_and_impossible_lengths_are_refused() {
        assert_eq!(
            PhoneNumber::parse("call 1813"),
            Err(PhoneError::BadCharacter('c'))
        );
        assert_eq!(PhoneNumber::parse("1"), Err(PhoneError::BadLength(1)));
        assert_eq!(
            PhoneNumber::parse("12345678901234567"),
            Err(PhoneError::BadLength(17))
        );
        assert_eq!(PhoneNumber::parse(" "), Err(PhoneError::Empty));
    }
}
