use crate::lookup::LookupRequest;
use crate::problem::{from_json_error, ApiError};
use crate::state::monitoring::Interface;
use crate::state::AppState;
use actix_web::http::header;
use actix_web::post;
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use std::borrow::Cow;
use std::time::Duration;

/// How long the body may take to arrive once the head has (the head has its
/// own timeout in `startup`): a client that announces a body and never sends
/// it must not hold its connection for as long as it likes.
const BODY_TIMEOUT: Duration = Duration::from_secs(5);

/// `POST /v1/lookup`. The body is read as bytes and parsed here so that a
/// refused body is answered without quoting it.
#[utoipa::path(tag = "lookup",
    request_body(content = crate::lookup::LookupRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "Helplines and supportive text for the person", body = crate::lookup::answer::LookupAnswer),
        (status = 400, description = "The body is not JSON, or a field has the wrong type", body = crate::problem::Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than the limit (16 KiB by default)", body = crate::problem::Problem, content_type = "application/problem+json"),
        (status = 415, description = "The content type is not JSON", body = crate::problem::Problem, content_type = "application/problem+json")))]
// Debug level: at the default level a span per lookup cost ~2 % of the
// server's CPU under load, and the request line already names the route.
#[tracing::instrument(level = "debug", name = "lookup", skip_all)]
#[post("/v1/lookup")]
pub async fn post_lookup(
    request: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, actix_web::Error> {
    if !is_json(&request) {
        return Err(ApiError::UnsupportedMediaType.into());
    }
    // Read as `web::Bytes` reads it (the configured limit, 413 when over),
    // but within a deadline.
    let mut payload = payload.into_inner();
    let body = tokio::time::timeout(
        BODY_TIMEOUT,
        web::Bytes::from_request(&request, &mut payload),
    )
    .await
    .map_err(|_| ApiError::BodyTimeout {
        seconds: BODY_TIMEOUT.as_secs(),
    })??;
    let parsed = parse_body(&body)?;
    let answered = state.answer(parsed, Interface::Rest);
    let mut response = super::json_bytes(answered.body);
    if let Some((language, country)) = answered.summary {
        response
            .extensions_mut()
            .insert(LookupSummary { language, country });
    }
    Ok(response)
}

/// `application/json`, or any `+json` type, with any parameters. A request
/// with several Content-Type headers is JSON only if every one says so: one
/// that says otherwise makes the body's type ambiguous.
fn is_json(request: &HttpRequest) -> bool {
    let mut values = request.headers().get_all(header::CONTENT_TYPE).peekable();
    values.peek().is_some() && values.all(|value| value.to_str().is_ok_and(is_json_type))
}

fn is_json_type(value: &str) -> bool {
    let essence = value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// The body as a request. JSON is UTF-8 whatever a `charset` parameter says
/// (RFC 8259 §8.1); a leading byte order mark, which that section lets a
/// reader ignore, is skipped, and escaped lone surrogates become U+FFFD.
fn parse_body(body: &[u8]) -> Result<LookupRequest, ApiError> {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    serde_json::from_slice(&replace_lone_surrogates(body)).map_err(|e| from_json_error(&e))
}

/// `"\ud83d"` is valid JSON (RFC 8259 §8.2) and what JavaScript's
/// `JSON.stringify` writes for an emoji cut in half, as a chatbot that
/// truncates a message may do; a Rust string cannot hold it, and refusing
/// the request would leave the person without an answer. Each escape of a
/// surrogate that is not part of a pair is overwritten with `\ufffd` (same
/// length, so error positions do not move). Every backslash of a valid JSON
/// text starts an escape inside a string, so no string tracking is needed.
fn replace_lone_surrogates(body: &[u8]) -> Cow<'_, [u8]> {
    let unit_at = |at: usize| -> Option<u16> {
        let escape = body.get(at..at + 6)?;
        if escape[0] != b'\\' || escape[1] != b'u' {
            return None;
        }
        let hex = std::str::from_utf8(&escape[2..]).ok()?;
        u16::from_str_radix(hex, 16)
            .ok()
            .filter(|_| hex.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    let is_high = |unit: u16| (0xD800..0xDC00).contains(&unit);
    let is_low = |unit: u16| (0xDC00..0xE000).contains(&unit);
    let mut repaired: Option<Vec<u8>> = None;
    let mut at = 0;
    while at < body.len() {
        if body[at] != b'\\' {
            at += 1;
            continue;
        }
        match unit_at(at) {
            Some(unit) if is_high(unit) && unit_at(at + 6).is_some_and(is_low) => at += 12,
            Some(unit) if is_high(unit) || is_low(unit) => {
                repaired.get_or_insert_with(|| body.to_vec())[at..at + 6]
                    .copy_from_slice(b"\\ufffd");
                at += 6;
            }
            _ => at += 2,
        }
    }
    match repaired {
        Some(bytes) => Cow::Owned(bytes),
        None => Cow::Borrowed(body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repaired(text: &str) -> String {
        String::from_utf8_lossy(&replace_lone_surrogates(text.as_bytes())).into_owned()
    }

    #[test]
    fn lone_surrogate_escapes_become_the_replacement_character() {
        assert_eq!(repaired(r#""a\ud800b""#), r#""a\ufffdb""#);
        assert_eq!(repaired(r#""\uDC00""#), r#""\ufffd""#);
        assert_eq!(repaired(r#""\ude22\ud83d""#), r#""\ufffd\ufffd""#);
        assert_eq!(
            repaired(r#""\ud83d\ud83d\ude22""#),
            r#""\ufffd\ud83d\ude22""#
        );
        assert_eq!(repaired(r#""x\ud8"#), r#""x\ud8"#);
    }

    #[test]
    fn pairs_escaped_backslashes_and_other_escapes_are_left_alone() {
        for text in [
            r#""\ud83d\ude22""#,
            r#""\\ud800""#,
            r#""\\\"ud800""#,
            r#""\u00e9\n\t""#,
            r#""\u+d80""#,
        ] {
            assert_eq!(repaired(text), text);
        }
    }

    #[test]
    fn a_body_with_a_bom_or_a_cut_emoji_is_read() {
        let parsed = parse_body(b"\xEF\xBB\xBF{\"message\": \"help \\ud83d\"}");
        let message = parsed.ok().and_then(|r| r.message);
        assert_eq!(message.as_deref(), Some("help \u{fffd}"));
        assert!(parse_body(br#"{"message": "\ud8"}"#).is_err());
    }
}

/// What the request log line says about a lookup: the resolved language and
/// country, never the message.
#[derive(Clone, Copy, Debug)]
pub struct LookupSummary {
    pub language: crate::domain::LanguageCode,
    pub country: Option<crate::domain::CountryCode>,
}
