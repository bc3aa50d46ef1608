use std::fmt;

/// An ISO 3166-1 alpha-2 country code, upper case ("BE"), or `XK` for
/// Kosovo: user-assigned in ISO 3166, but the code CLDR, the EU and phone
/// operating systems use.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Accepts any case ("be", "BE"); refuses codes ISO 3166-1 does not assign.
    pub fn parse(input: &str) -> Option<Self> {
        let bytes = input.trim().as_bytes();
        if bytes.len() != 2 || !bytes.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        let upper = [bytes[0].to_ascii_uppercase(), bytes[1].to_ascii_uppercase()];
        let code = std::str::from_utf8(&upper).ok()?;
        if code != "XK" {
            isocountry::CountryCode::for_alpha2(code).ok()?;
        }
        Some(Self(upper))
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("ZZ")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryCode({})", self.as_str())
    }
}

impl serde::Serialize for CountryCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_any_case_and_refuses_unassigned_codes() {
        assert_eq!(
            CountryCode::parse("be").map(|c| c.to_string()),
            Some("BE".into())
        );
        assert!(CountryCode::parse("Belgium").is_none());
        assert!(CountryCode::parse("XX").is_none());
        assert!(CountryCode::parse("xk").is_some());
        assert!(CountryCode::parse("").is_none());
        assert!(CountryCode::parse("b1").is_none());
    }
}
