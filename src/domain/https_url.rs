use std::fmt;

/// An absolute `https` URL with a host. Plain `http` is refused: a person in
/// crisis must not be sent to a page that can be tampered with on the way.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpsUrl(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum UrlError {
    #[error("is not a URL ({0})")]
    Unparsable(String),
    #[error("must use https, not `{0}`")]
    NotHttps(String),
    #[error("has no host")]
    NoHost,
}

impl HttpsUrl {
    pub fn parse(input: &str) -> Result<Self, UrlError> {
        let url = url::Url::parse(input.trim()).map_err(|e| UrlError::Unparsable(e.to_string()))?;
        if url.scheme() != "https" {
            return Err(UrlError::NotHttps(url.scheme().to_string()));
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(UrlError::NoHost);
        }
        // Keep the maintainer's spelling: it is what the person will see.
        Ok(Self(input.trim().to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for HttpsUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for HttpsUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HttpsUrl({})", self.0)
    }
}

impl serde::Serialize for HttpsUrl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_with_a_host_is_accepted() {
        assert!(HttpsUrl::parse("https://www.113.nl/").is_ok());
        assert_eq!(
            HttpsUrl::parse("http://www.113.nl/"),
            Err(UrlError::NotHttps("http".into()))
        );
        assert!(HttpsUrl::parse("www.113.nl").is_err());
    }
}
