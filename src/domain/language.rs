use std::fmt;

/// A primary language subtag (ISO 639-1 two letters, or ISO 639-2/3 three
/// letters where no two-letter code exists), lower case: "nl", "fil".
#[derive(Clone, Copy, PartialOrd, Ord)]
pub struct LanguageCode {
    bytes: [u8; 3],
    len: u8,
}

// Compared as one word: detection compares codes in its inner loops, and the
// derived comparison of a 3-byte array is a `memcmp` call.
impl LanguageCode {
    fn word(&self) -> u32 {
        u32::from_le_bytes([self.bytes[0], self.bytes[1], self.bytes[2], self.len])
    }
}

impl PartialEq for LanguageCode {
    fn eq(&self, other: &Self) -> bool {
        self.word() == other.word()
    }
}

impl Eq for LanguageCode {}

impl std::hash::Hash for LanguageCode {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u32(self.word());
    }
}

impl LanguageCode {
    pub fn parse(input: &str) -> Option<Self> {
        let bytes = input.trim().as_bytes();
        if !(2..=3).contains(&bytes.len()) || !bytes.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        let mut code = [b' '; 3];
        for (slot, byte) in code.iter_mut().zip(bytes) {
            *slot = byte.to_ascii_lowercase();
        }
        let parsed = Self {
            bytes: code,
            len: bytes.len() as u8,
        };
        let known = match parsed.len {
            2 => isolang::Language::from_639_1(parsed.as_str()).is_some(),
            _ => isolang::Language::from_639_3(parsed.as_str()).is_some(),
        };
        known.then_some(parsed)
    }

    /// The code that replaced an older or broader one that apps still send,
    /// as served here: Java and older Android send `iw`, `in`, `ji` (withdrawn
    /// from ISO 639 in 1989); Norwegian apps send the macrolanguage `no`,
    /// written as Bokmål (`nb`) by most; Filipino (`fil`) is standardised
    /// Tagalog, whose locale is `tl`.
    pub fn current_for(code: &str) -> Option<&'static str> {
        match code {
            "iw" => Some("he"),
            "in" => Some("id"),
            "ji" => Some("yi"),
            "no" => Some("nb"),
            "fil" => Some("tl"),
            _ => None,
        }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or("und")
    }

    /// Languages written right to left.
    pub fn is_rtl(&self) -> bool {
        matches!(
            self.as_str(),
            "ar" | "he" | "fa" | "ur" | "ps" | "sd" | "yi" | "dv" | "ug" | "ckb"
        )
    }
}

impl fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for LanguageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LanguageCode({})", self.as_str())
    }
}

impl serde::Serialize for LanguageCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_codes_only() {
        assert_eq!(
            LanguageCode::parse("NL").map(|l| l.to_string()),
            Some("nl".into())
        );
        assert_eq!(
            LanguageCode::parse("fil").map(|l| l.to_string()),
            Some("fil".into())
        );
        assert!(LanguageCode::parse("xx").is_none());
        assert!(LanguageCode::parse("dutch").is_none());
    }
}
