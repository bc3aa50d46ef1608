//! Hostile and broken requests, sent byte for byte over a raw socket: each
//! gets the status the contract names (a 200 with a warning where a hint is
//! merely unparsable), an RFC 9457 body for every error, never the message
//! back, and the server still answers `/healthz` after each one.

use crate::helpers::{assert_problem, spawn_app, Answer, TestApp};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// In every message; must never come back in any response.
const MARKER: &str = "HOSTILE-MARKER-q9x2";
/// No single exchange may take longer than this: a hang is a failure.
const EXCHANGE_LIMIT: Duration = Duration::from_secs(8);

fn message() -> String {
    format!("{MARKER} ik wil niet meer leven")
}

/// What a row must get back.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// A full answer; the named warning code, if any, is among `warnings`.
    Answer(Option<&'static str>),
    /// An RFC 9457 problem with this status.
    Problem(u16),
}

struct Case {
    name: String,
    /// Written one after the other, with `pause` in between.
    pieces: Vec<Vec<u8>>,
    pause: Duration,
    /// Shut the writing half down after the last piece (the client is done,
    /// whatever its Content-Length said).
    half_close: bool,
    expect: Expect,
}

impl Case {
    fn new(name: impl Into<String>, request: Vec<u8>, expect: Expect) -> Self {
        Self {
            name: name.into(),
            pieces: vec![request],
            pause: Duration::ZERO,
            half_close: false,
            expect,
        }
    }
}

/// A request with `Host`, `Connection: close` and, unless `headers` frame
/// the body themselves, a correct `Content-Length`.
fn http(method: &str, path: &str, headers: &[(&str, &[u8])], body: &[u8]) -> Vec<u8> {
    let mut request =
        format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n")
            .into_bytes();
    let framed = headers.iter().any(|(name, _)| {
        name.eq_ignore_ascii_case("content-length")
            || name.eq_ignore_ascii_case("transfer-encoding")
    });
    for (name, value) in headers {
        request.extend_from_slice(name.as_bytes());
        request.extend_from_slice(b": ");
        request.extend_from_slice(value);
        request.extend_from_slice(b"\r\n");
    }
    if !framed && (method == "POST" || !body.is_empty()) {
        request.extend_from_slice(format!("Content-Length: {}\r\n", body.len()).as_bytes());
    }
    request.extend_from_slice(b"\r\n");
    request.extend_from_slice(body);
    request
}

fn post(content_type: &[u8], body: &[u8]) -> Vec<u8> {
    http(
        "POST",
        "/v1/lookup",
        &[("Content-Type", content_type)],
        body,
    )
}

fn post_json(body: impl AsRef<[u8]>) -> Vec<u8> {
    post(b"application/json", body.as_ref())
}

fn get(path: &str) -> Vec<u8> {
    http("GET", path, &[], b"")
}

/// `{"message": "<marker…>", <rest>}` as raw JSON text.
fn with_message(rest: &str) -> String {
    let message = serde_json::to_string(&message()).unwrap_or_default();
    if rest.is_empty() {
        format!(r#"{{"message": {message}}}"#)
    } else {
        format!(r#"{{"message": {message}, {rest}}}"#)
    }
}

fn chunked(body: &[u8], chunk: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for piece in body.chunks(chunk) {
        out.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        out.extend_from_slice(piece);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

fn cases() -> Vec<Case> {
    use Expect::{Answer as Ok200, Problem};
    let m = message();
    let ok = Ok200(None);
    let warned = |code| Ok200(Some(code));
    let long = "x".repeat(10 * 1024);
    let mut cases = vec![
        // ---- not JSON, or JSON of the wrong shape and types
        Case::new("plain text", post_json(format!("{m} help")), Problem(400)),
        Case::new("empty body", post_json(""), Problem(400)),
        Case::new("whitespace only", post_json(" \r\n\t "), Problem(400)),
        Case::new("a JSON string", post_json(format!("\"{m}\"")), Problem(400)),
        Case::new("a JSON number", post_json("42"), Problem(400)),
        Case::new("a JSON boolean", post_json("true"), Problem(400)),
        Case::new(
            "an array of requests",
            post_json(format!("[{}]", with_message(""))),
            Problem(400),
        ),
        Case::new(
            "message is an object",
            post_json(format!(r#"{{"message": {{"text": "{m}"}}}}"#)),
            Problem(400),
        ),
        Case::new(
            "message is an array",
            post_json(format!(r#"{{"message": ["{m}"]}}"#)),
            Problem(400),
        ),
        Case::new(
            "message is a boolean",
            post_json(r#"{"message": false}"#),
            Problem(400),
        ),
        Case::new(
            "topics holds null",
            post_json(with_message(r#""topics": [null]"#)),
            Problem(400),
        ),
        Case::new(
            "topics holds arrays",
            post_json(with_message(r#""topics": [["suicide"]]"#)),
            Problem(400),
        ),
        Case::new(
            "channels is an object",
            post_json(with_message(r#""channels": {"phone": true}"#)),
            Problem(400),
        ),
        Case::new(
            "locale is a number",
            post_json(with_message(r#""locale": 31"#)),
            Problem(400),
        ),
        Case::new(
            "accept_language is an array",
            post_json(with_message(r#""accept_language": ["nl"]"#)),
            Problem(400),
        ),
        Case::new(
            "audiences is a string",
            post_json(with_message(r#""audiences": "youth""#)),
            Problem(400),
        ),
        Case::new(
            "trailing garbage after the object",
            post_json(format!("{} trailing", with_message(""))),
            Problem(400),
        ),
        Case::new(
            "two objects",
            post_json(format!("{0}{0}", with_message(""))),
            Problem(400),
        ),
        Case::new(
            "a raw control character inside a string",
            post_json(format!("{{\"message\": \"{m}\u{1}\"}}")),
            Problem(400),
        ),
        Case::new(
            "a duplicated message field",
            post_json(format!(r#"{{"message": "{m}", "message": "{m}"}}"#)),
            Problem(400),
        ),
        // ---- huge numbers
        Case::new(
            "message is 1e400",
            post_json(r#"{"message": 1e400}"#),
            Problem(400),
        ),
        Case::new(
            "country is 99999999999999999999",
            post_json(with_message(r#""country": 99999999999999999999"#)),
            Problem(400),
        ),
        Case::new(
            "an unknown field holding 99999999999999999999",
            post_json(with_message(r#""score": 99999999999999999999"#)),
            warned("unknown-field"),
        ),
        Case::new(
            "an unknown field holding 1e400",
            post_json(with_message(r#""score": 1e400"#)),
            Problem(400),
        ),
        Case::new(
            "an unknown field holding -1e-400",
            post_json(with_message(r#""score": -1e-400"#)),
            warned("unknown-field"),
        ),
        // ---- deep nesting
        Case::new(
            "100k [ (over the body limit)",
            post_json("[".repeat(100_000)),
            Problem(413),
        ),
        Case::new(
            "15k [ (under the body limit)",
            post_json("[".repeat(15_000)),
            Problem(400),
        ),
        Case::new(
            "15k [ inside an unknown field",
            post_json(with_message(&format!(r#""deep": {}"#, "[".repeat(15_000)))),
            Problem(400),
        ),
        Case::new(
            "2.5k nested objects inside an unknown field",
            post_json(with_message(&format!(
                r#""deep": {}1{}"#,
                r#"{"a":"#.repeat(2_500),
                "}".repeat(2_500)
            ))),
            Problem(400),
        ),
        Case::new(
            "nesting just under serde's limit inside an unknown field",
            post_json(with_message(&format!(
                r#""deep": {}{}"#,
                "[".repeat(100),
                "]".repeat(100)
            ))),
            warned("unknown-field"),
        ),
        // ---- encodings
        Case::new(
            "invalid UTF-8 bytes in the message",
            post_json(
                [
                    b"{\"message\": \"".as_slice(),
                    m.as_bytes(),
                    b"\xff\xfe\xc3\x28\"}",
                ]
                .concat(),
            ),
            Problem(400),
        ),
        Case::new(
            "a byte order mark before the object",
            post_json([b"\xef\xbb\xbf".as_slice(), with_message("").as_bytes()].concat()),
            ok,
        ),
        Case::new(
            "a lone high surrogate in the message",
            post_json(format!(r#"{{"message": "{m} \ud800"}}"#)),
            ok,
        ),
        Case::new(
            "a lone low surrogate in the message",
            post_json(format!(r#"{{"message": "\udc00{m}"}}"#)),
            ok,
        ),
        Case::new(
            "an emoji cut in half at the end of the message",
            post_json(format!(r#"{{"message": "{m} \ud83d"}}"#)),
            ok,
        ),
        Case::new(
            "surrogates in the wrong order",
            post_json(format!(r#"{{"message": "{m} \ude22\ud83d"}}"#)),
            ok,
        ),
        Case::new(
            "an escaped backslash before u-d-8-0-0 is plain text",
            post_json(format!(r#"{{"message": "{m} \\ud800"}}"#)),
            ok,
        ),
        Case::new(
            "a lone surrogate in locale",
            post_json(with_message(r#""locale": "nl\udbff""#)),
            warned("invalid-locale"),
        ),
        Case::new(
            "a lone surrogate in an unknown field's name",
            post_json(with_message(r#""\ud800": 1"#)),
            warned("unknown-field"),
        ),
        Case::new(
            "a truncated \\u escape",
            post_json(format!(r#"{{"message": "{m} \ud8"}}"#)),
            Problem(400),
        ),
        // ---- NUL bytes
        Case::new(
            "NUL in the message",
            post_json(format!(r#"{{"message": "{m}\u0000more"}}"#)),
            ok,
        ),
        Case::new(
            "NUL in locale",
            post_json(with_message(r#""locale": "nl\u0000-BE""#)),
            warned("invalid-locale"),
        ),
        Case::new(
            "NUL in country",
            post_json(with_message(r#""country": "B\u0000E""#)),
            warned("invalid-country"),
        ),
        Case::new(
            "NUL in accept_language",
            post_json(with_message(r#""accept_language": "nl\u0000,en;q=0.5""#)),
            warned("invalid-accept-language"),
        ),
        Case::new(
            "NUL in a topic",
            post_json(with_message(r#""topics": ["suicide\u0000"]"#)),
            warned("unknown-topic"),
        ),
        // ---- unknown fields
        Case::new(
            "an unknown field",
            post_json(with_message(r#""mood": "bad""#)),
            warned("unknown-field"),
        ),
        Case::new(
            "the message under another casing",
            post_json(format!(r#"{{"Message": "{m}"}}"#)),
            warned("unknown-field"),
        ),
        Case::new(
            "__proto__",
            post_json(with_message(r#""__proto__": {"admin": true}"#)),
            warned("unknown-field"),
        ),
        // ---- extremely long hints
        Case::new(
            "a 10 KB locale",
            post_json(with_message(&format!(r#""locale": "{long}""#))),
            warned("invalid-locale"),
        ),
        Case::new(
            "a 10 KB country",
            post_json(with_message(&format!(r#""country": "{long}""#))),
            warned("invalid-country"),
        ),
        Case::new(
            "a 10 KB accept_language",
            post_json(with_message(&format!(r#""accept_language": "{long}""#))),
            warned("invalid-accept-language"),
        ),
        Case::new(
            "an accept_language of 5000 entries",
            post_json(with_message(&format!(
                r#""accept_language": "{}""#,
                "fr;q=0.1,".repeat(1_200)
            ))),
            ok,
        ),
        Case::new(
            "an accept_language weight of 1e400",
            post_json(with_message(r#""accept_language": "nl;q=1e400""#)),
            warned("invalid-accept-language"),
        ),
        Case::new(
            "a thousand unknown topics",
            post_json(with_message(&format!(
                r#""topics": [{}"x"]"#,
                r#""x","#.repeat(1_000)
            ))),
            warned("unknown-topic"),
        ),
        // ---- sizes
        Case::new(
            "a body one byte over 16 KiB",
            post_json(format!(
                r#"{{"message": "{m}{}"}}"#,
                "a".repeat(16 * 1024 + 1 - 15 - m.len())
            )),
            Problem(413),
        ),
        Case::new(
            "a 1 MiB body",
            post_json(format!(r#"{{"message": "{m}{}"}}"#, "a".repeat(1 << 20))),
            Problem(413),
        ),
        Case::new(
            "a Content-Length of a terabyte, body not sent",
            http(
                "POST",
                "/v1/lookup",
                &[
                    ("Content-Type", b"application/json"),
                    ("Content-Length", b"1000000000000"),
                ],
                format!(r#"{{"message": "{m}"#).as_bytes(),
            ),
            Problem(413),
        ),
        // ---- content types
        Case::new(
            "no Content-Type",
            http("POST", "/v1/lookup", &[], with_message("").as_bytes()),
            Problem(415),
        ),
        Case::new(
            "Content-Type twice, both JSON",
            http(
                "POST",
                "/v1/lookup",
                &[
                    ("Content-Type", b"application/json"),
                    ("Content-Type", b"application/json; charset=utf-8"),
                ],
                with_message("").as_bytes(),
            ),
            ok,
        ),
        Case::new(
            "Content-Type twice, JSON then text",
            http(
                "POST",
                "/v1/lookup",
                &[
                    ("Content-Type", b"application/json"),
                    ("Content-Type", b"text/plain"),
                ],
                with_message("").as_bytes(),
            ),
            Problem(415),
        ),
        Case::new(
            "Content-Type twice, text then JSON",
            http(
                "POST",
                "/v1/lookup",
                &[
                    ("Content-Type", b"text/plain"),
                    ("Content-Type", b"application/json"),
                ],
                with_message("").as_bytes(),
            ),
            Problem(415),
        ),
        Case::new(
            "Content-Type application/jsonx",
            post(b"application/jsonx", with_message("").as_bytes()),
            Problem(415),
        ),
        Case::new(
            "Content-Type with bytes that are not ASCII",
            post(b"application/json\xff", with_message("").as_bytes()),
            Problem(415),
        ),
        Case::new(
            "Content-Type in upper case",
            post(b"APPLICATION/JSON", with_message("").as_bytes()),
            ok,
        ),
        Case::new(
            "charset=latin1 with an ASCII body",
            post(
                b"application/json; charset=latin1",
                with_message("").as_bytes(),
            ),
            ok,
        ),
        Case::new(
            "charset=latin1 with a Latin-1 body",
            post(
                b"application/json; charset=latin1",
                &[b"{\"message\": \"".as_slice(), m.as_bytes(), b" caf\xe9\"}"].concat(),
            ),
            Problem(400),
        ),
        // ---- framing
        Case::new(
            "a chunked body",
            http(
                "POST",
                "/v1/lookup",
                &[
                    ("Content-Type", b"application/json"),
                    ("Transfer-Encoding", b"chunked"),
                ],
                &chunked(with_message(r#""country": "BE""#).as_bytes(), 7),
            ),
            ok,
        ),
        Case::new(
            "a chunked body over the limit",
            http(
                "POST",
                "/v1/lookup",
                &[
                    ("Content-Type", b"application/json"),
                    ("Transfer-Encoding", b"chunked"),
                ],
                &chunked(
                    format!(r#"{{"message": "{m}{}"}}"#, "a".repeat(40_000)).as_bytes(),
                    4096,
                ),
            ),
            Problem(413),
        ),
        Case::new(
            "a Content-Length shorter than the body",
            http(
                "POST",
                "/v1/lookup",
                &[
                    ("Content-Type", b"application/json"),
                    ("Content-Length", b"12"),
                ],
                with_message("").as_bytes(),
            ),
            Problem(400),
        ),
        Case {
            half_close: true,
            ..Case::new(
                "a Content-Length longer than the body, then the client is done",
                http(
                    "POST",
                    "/v1/lookup",
                    &[
                        ("Content-Type", b"application/json"),
                        ("Content-Length", b"4000"),
                    ],
                    with_message("").as_bytes(),
                ),
                Problem(400),
            )
        },
        Case::new(
            "Expect: 100-continue",
            http(
                "POST",
                "/v1/lookup",
                &[
                    ("Content-Type", b"application/json"),
                    ("Expect", b"100-continue"),
                ],
                with_message("").as_bytes(),
            ),
            ok,
        ),
        // ---- methods
        Case::new(
            "GET /v1/lookup with the message in the query",
            get(&format!("/v1/lookup?message={MARKER}")),
            Problem(405),
        ),
        Case::new(
            "PATCH /v1/lookup",
            http(
                "PATCH",
                "/v1/lookup",
                &[("Content-Type", b"application/json")],
                with_message("").as_bytes(),
            ),
            Problem(405),
        ),
        Case::new(
            "an invented method",
            http(
                "BREW",
                "/v1/lookup",
                &[("Content-Type", b"application/json")],
                with_message("").as_bytes(),
            ),
            Problem(405),
        ),
        // ---- paths
        Case::new(
            "..%2F.. as the country",
            get("/v1/countries/..%2F../resources"),
            Problem(404),
        ),
        Case::new(
            "raw ../ segments",
            get("/v1/countries/../../../../etc/passwd"),
            Problem(404),
        ),
        Case::new(
            "%00 as the country",
            get("/v1/countries/%00/resources"),
            Problem(404),
        ),
        Case::new(
            "BE%00 as the country",
            get("/v1/countries/BE%00/resources"),
            Problem(404),
        ),
        Case::new(
            "percent-encoded bytes that are not UTF-8 as the country",
            get("/v1/countries/%FF%FE/resources"),
            Problem(404),
        ),
        Case::new(
            "a 4 KB country code",
            get(&format!("/v1/countries/{}/resources", "A".repeat(4096))),
            Problem(404),
        ),
        Case::new(
            "the marker as the country",
            get(&format!("/v1/countries/{MARKER}/resources")),
            Problem(404),
        ),
        Case::new(
            "doubled slashes",
            get("//v1//countries//BE//resources"),
            Problem(404),
        ),
        // ---- query strings
        Case::new(
            "a lang that is not a tag",
            get("/v1/countries/BE/resources?lang=!!"),
            warned("invalid-locale"),
        ),
        Case::new(
            "a lang of percent-encoded bytes that are not UTF-8",
            get("/v1/countries/BE/resources?lang=%FF%FE"),
            warned("invalid-locale"),
        ),
        Case::new(
            "broken percent escapes and empty pairs",
            get("/v1/countries/BE/resources?%zz=%%&&==&lang&topics="),
            ok,
        ),
        Case::new(
            "an unknown parameter named like the marker",
            get(&format!("/v1/countries/BE/resources?{MARKER}=1")),
            ok,
        ),
        Case::new(
            "an 8 KB query",
            get(&format!(
                "/v1/countries/BE/resources?lang={}",
                "x".repeat(8192)
            )),
            warned("invalid-locale"),
        ),
        Case::new(
            "unknown channels and empty topics",
            get("/v1/countries/BE/resources?channels=fax,,pigeon&topics=,,,"),
            warned("unknown-channel"),
        ),
    ];
    // A slow body: the head at once, the body in four pieces with pauses.
    let body = with_message(r#""country": "BE""#).into_bytes();
    let mut head = http(
        "POST",
        "/v1/lookup",
        &[("Content-Type", b"application/json")],
        &body,
    );
    head.truncate(head.len() - body.len());
    let mut pieces = vec![head];
    pieces.extend(body.chunks(body.len().div_ceil(4)).map(<[u8]>::to_vec));
    cases.push(Case {
        name: "a slow body sent in four pieces".into(),
        pieces,
        pause: Duration::from_millis(250),
        half_close: false,
        expect: Expect::Answer(None),
    });
    cases
}

/// Writes the pieces, reads the whole response (the request asked for
/// `Connection: close`), and parses it.
async fn exchange(app: &TestApp, case: &Case) -> Answer {
    let address = app.address.trim_start_matches("http://");
    let run = async {
        let mut stream = TcpStream::connect(address)
            .await
            .unwrap_or_else(|e| panic!("{}: connect: {e}", case.name));
        for (index, piece) in case.pieces.iter().enumerate() {
            if index > 0 {
                tokio::time::sleep(case.pause).await;
            }
            // The server may answer (413, 400) and close before it has read
            // everything; what it answered is still there to read.
            if stream.write_all(piece).await.is_err() {
                break;
            }
        }
        if case.half_close {
            let _ = stream.shutdown().await;
        }
        let mut response = Vec::new();
        let mut buffer = [0u8; 8192];
        loop {
            match stream.read(&mut buffer).await {
                Ok(0) => break,
                Ok(n) => response.extend_from_slice(&buffer[..n]),
                // A reset after the response was sent (unread request bytes).
                Err(_) if !response.is_empty() => break,
                Err(e) => panic!("{}: read: {e}", case.name),
            }
        }
        response
    };
    let response = tokio::time::timeout(EXCHANGE_LIMIT, run)
        .await
        .unwrap_or_else(|_| panic!("{}: no response within {EXCHANGE_LIMIT:?}", case.name));
    parse_response(&response, &case.name)
}

/// Status, Content-Type and body (de-chunked) of one HTTP/1.1 response.
/// Interim `100 Continue` responses are skipped.
fn parse_response(mut raw: &[u8], case: &str) -> Answer {
    loop {
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or_else(|| {
                panic!(
                    "{case}: no complete response: {:?}",
                    String::from_utf8_lossy(raw)
                )
            });
        let head = String::from_utf8_lossy(&raw[..split]).to_string();
        let body = &raw[split + 4..];
        let mut lines = head.lines();
        let status: u16 = lines
            .next()
            .and_then(|line| line.split(' ').nth(1))
            .and_then(|code| code.parse().ok())
            .unwrap_or_else(|| panic!("{case}: no status line in {head:?}"));
        if status == 100 {
            raw = body;
            continue;
        }
        let header = |name: &str| {
            head.lines()
                .skip(1)
                .filter_map(|line| line.split_once(':'))
                .find(|(key, _)| key.trim().eq_ignore_ascii_case(name))
                .map(|(_, value)| value.trim().to_string())
        };
        let body = if header("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
            dechunk(body)
        } else {
            match header("content-length").and_then(|v| v.parse::<usize>().ok()) {
                Some(length) => body[..length.min(body.len())].to_vec(),
                None => body.to_vec(),
            }
        };
        return Answer {
            status,
            content_type: header("content-type").unwrap_or_default(),
            headers: reqwest::header::HeaderMap::new(),
            text: String::from_utf8_lossy(&body).to_string(),
        };
    }
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = body.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&body[..end])
            .ok()
            .and_then(|s| usize::from_str_radix(s.trim(), 16).ok())
            .unwrap_or(0);
        body = &body[end + 2..];
        if size == 0 || size > body.len() {
            break;
        }
        out.extend_from_slice(&body[..size]);
        body = &body[(size + 2).min(body.len())..];
    }
    out
}

/// Enough of a body to see what went wrong.
fn short(text: &str) -> String {
    text.chars().take(300).collect()
}

fn check(case: &Case, answer: &Answer) {
    let name = &case.name;
    assert!(
        !answer.text.contains(MARKER),
        "{name}: the response echoed the message: {}",
        short(&answer.text)
    );
    match case.expect {
        Expect::Problem(status) => assert_problem(answer, status, name),
        Expect::Answer(warning) => {
            assert_eq!(
                answer.status,
                200,
                "{name}: status (body: {})",
                short(&answer.text)
            );
            assert!(
                answer.content_type.starts_with("application/json"),
                "{name}: content type `{}`",
                answer.content_type
            );
            let body = answer.json();
            assert!(
                body["text"]["message"].is_string() && body["international"].is_array(),
                "{name}: not a full answer: {}",
                short(&answer.text)
            );
            let codes: Vec<&str> = body["warnings"]
                .as_array()
                .map(|list| list.iter().filter_map(|w| w["code"].as_str()).collect())
                .unwrap_or_default();
            if let Some(code) = warning {
                assert!(codes.contains(&code), "{name}: no `{code}` in {codes:?}");
            }
        }
    }
}

async fn assert_still_healthy(app: &TestApp, after: &str) {
    let health = tokio::time::timeout(EXCHANGE_LIMIT, app.get("/healthz"))
        .await
        .unwrap_or_else(|_| panic!("after {after}: /healthz did not answer"));
    assert_eq!(health.status, 200, "after {after}: /healthz");
}

#[tokio::test]
async fn every_hostile_request_gets_its_status_a_problem_body_and_no_echo() {
    let app = spawn_app().await;
    let cases = cases();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    let started = Instant::now();
    let mut failures = Vec::new();
    for case in &cases {
        let answer = exchange(&app, case).await;
        let checked = std::panic::catch_unwind(|| check(case, &answer));
        if let Err(failure) = checked {
            let text = failure
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| failure.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failures.push(text);
        }
        assert_still_healthy(&app, &case.name).await;
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    // A normal lookup is still answered normally.
    let answer = app
        .post_lookup(&serde_json::json!({"message": message(), "country": "BE"}))
        .await;
    assert_eq!(answer.json()["resources"][0]["id"], "be-zelfmoordlijn-1813");
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{} cases took {:?}",
        cases.len(),
        started.elapsed()
    );
}

/// `(code, detail)` of every warning of an answer.
fn warnings(body: &serde_json::Value) -> Vec<(String, String)> {
    body["warnings"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|w| {
                    let text = |key: &str| w[key].as_str().unwrap_or_default().to_string();
                    (text("code"), text("detail"))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Unknown filter values and fields are each named once, five at most per
/// kind, then counted in one more warning: a request cannot make its answer
/// grow by repeating or varying what it sends.
#[tokio::test]
async fn unknown_filter_values_get_a_bounded_deduplicated_list_of_warnings() {
    let app = spawn_app().await;
    let baseline = app
        .post_lookup(&serde_json::json!({"message": message(), "country": "BE"}))
        .await;
    // 500 distinct unknown topics (the first one long), and one of them
    // 200 times more; the body stays under the 16 KiB limit.
    let topics: Vec<String> = std::iter::once("astrology".repeat(20))
        .chain((1..500).map(|i| format!("a{i}")))
        .chain(std::iter::repeat_n("a1".to_string(), 200))
        .collect();
    let mut request = serde_json::json!({
        "message": message(),
        "country": "BE",
        "topics": topics,
        "channels": vec!["pigeon"; 500],
        "audiences": ["martians", "suicide", "martians", "venusians", "martians"],
    });
    for i in 0..40 {
        request[format!("extra{i}")] = serde_json::json!(i);
    }
    assert!(request.to_string().len() < 16 * 1024);
    let answer = app.post_lookup(&request).await;
    assert_eq!(answer.status, 200, "{}", short(&answer.text));
    let body = answer.json();
    assert_eq!(
        body["resources"][0]["id"], "be-zelfmoordlijn-1813",
        "the answer still comes"
    );
    let listed = warnings(&body);
    let of = |code: &str| -> Vec<&str> {
        listed
            .iter()
            .filter(|(c, _)| c == code)
            .map(|(_, detail)| detail.as_str())
            .collect()
    };
    // Five named (the long one cut short), then one that counts the other 495.
    let topic_warnings = of("unknown-topic");
    assert_eq!(topic_warnings.len(), 6, "{topic_warnings:?}");
    assert!(
        topic_warnings[0].contains("astrologyastrology") && topic_warnings[0].contains('…'),
        "{topic_warnings:?}"
    );
    assert_eq!(
        topic_warnings[5], "495 more unknown topics; ignored",
        "{topic_warnings:?}"
    );
    // One value 500 times: one warning.
    assert_eq!(of("unknown-channel").len(), 1, "{listed:?}");
    // `suicide` is a topic, not an audience; `martians` three times: named once.
    assert_eq!(of("unknown-audience").len(), 3, "{listed:?}");
    // 40 unknown fields: five named, then a count.
    let field_warnings = of("unknown-field");
    assert_eq!(field_warnings.len(), 6, "{field_warnings:?}");
    assert_eq!(field_warnings[5], "35 more unknown fields; ignored");
    for (code, detail) in &listed {
        assert!(detail.chars().count() <= 80, "{code}: {detail}");
    }
    assert!(
        answer.text.len() < baseline.text.len() + 3_000,
        "the warnings added {} bytes",
        answer.text.len() - baseline.text.len()
    );

    // The same bound on GET /v1/countries/{code}/resources.
    let many: Vec<String> = (0..300).map(|i| format!("t{i}")).collect();
    let listed = app
        .get(&format!(
            "/v1/countries/BE/resources?topics={}&channels=fax,fax,fax",
            many.join(",")
        ))
        .await
        .json();
    let codes = crate::helpers::warning_codes(&listed);
    assert_eq!(
        codes.iter().filter(|c| *c == "unknown-topic").count(),
        6,
        "{codes:?}"
    );
    assert_eq!(
        codes.iter().filter(|c| *c == "unknown-channel").count(),
        1,
        "{codes:?}"
    );
}

/// A client that announces a body and never finishes sending it is answered
/// with a 408 problem and its connection closed, instead of holding it open
/// for as long as it likes.
#[tokio::test]
async fn a_body_that_never_arrives_times_out_with_a_408_problem() {
    let app = spawn_app().await;
    let case = Case::new(
        "a Content-Length longer than the body, and the client waits",
        http(
            "POST",
            "/v1/lookup",
            &[
                ("Content-Type", b"application/json"),
                ("Content-Length", b"4000"),
            ],
            with_message("").as_bytes(),
        ),
        Expect::Problem(408),
    );
    let answer = exchange(&app, &case).await;
    check(&case, &answer);
    assert_still_healthy(&app, &case.name).await;
}

/// What a broken request head gets back.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Refusal {
    /// actix-http's h1 dispatcher answers a head it cannot parse (400), one
    /// larger than its buffer (431) or one that does not arrive in time (408)
    /// itself, with an empty body, before any service or middleware runs:
    /// actix-web 4 has no hook to give those a problem+json body (see
    /// `Dispatcher::poll_request` and `poll_head_timer` in actix-http 3).
    /// This pins that behaviour; it is documented, not hidden.
    Empty(u16),
    /// The head was fine, so the request reached the app, which refused it
    /// with a problem.
    Problem(u16),
}

/// Framing that is not HTTP at all is refused by the HTTP layer itself,
/// before any route runs: it gets the status HTTP names, never an echo, and
/// the server keeps answering.
#[tokio::test]
async fn broken_http_framing_is_refused_and_the_server_keeps_answering() {
    let app = spawn_app().await;
    let body = with_message("");
    let framing: Vec<(&str, Vec<u8>, Refusal)> = vec![
        (
            "two different Content-Lengths",
            http(
                "POST",
                "/v1/lookup",
                &[
                    ("Content-Type", b"application/json"),
                    ("Content-Length", body.len().to_string().as_bytes()),
                    ("Content-Length", b"3"),
                ],
                body.as_bytes(),
            ),
            Refusal::Empty(400),
        ),
        (
            "a Content-Length that is not a number",
            http(
                "POST",
                "/v1/lookup",
                &[
                    ("Content-Type", b"application/json"),
                    ("Content-Length", b"12abc"),
                ],
                body.as_bytes(),
            ),
            Refusal::Empty(400),
        ),
        (
            "a Content-Length of 99999999999999999999999",
            http(
                "POST",
                "/v1/lookup",
                &[
                    ("Content-Type", b"application/json"),
                    ("Content-Length", b"99999999999999999999999"),
                ],
                body.as_bytes(),
            ),
            Refusal::Empty(400),
        ),
        (
            "a chunk size that is not hex",
            http(
                "POST",
                "/v1/lookup",
                &[
                    ("Content-Type", b"application/json"),
                    ("Transfer-Encoding", b"chunked"),
                ],
                format!("zz\r\n{body}\r\n0\r\n\r\n").as_bytes(),
            ),
            Refusal::Problem(400),
        ),
        (
            "a header line without a colon",
            format!("POST /v1/lookup HTTP/1.1\r\nHost: x\r\n{MARKER}\r\n\r\n").into_bytes(),
            Refusal::Empty(400),
        ),
        (
            "a 256 KB header",
            http(
                "GET",
                "/healthz",
                &[("X-Filler", "y".repeat(256 * 1024).as_bytes())],
                b"",
            ),
            Refusal::Empty(431),
        ),
        (
            "not HTTP at all",
            format!("{MARKER}\r\n\r\n").into_bytes(),
            Refusal::Empty(400),
        ),
        (
            "a head that never ends (client_request_timeout, 5 s)",
            format!("POST /v1/lookup HTTP/1.1\r\nHost: x\r\nX-{MARKER}: 1\r\n").into_bytes(),
            Refusal::Empty(408),
        ),
    ];
    for (name, request, expected) in framing {
        let case = Case::new(name, request, Expect::Problem(400));
        let answer = exchange(&app, &case).await;
        assert!(!answer.text.contains(MARKER), "{name}: echoed");
        match expected {
            Refusal::Problem(status) => assert_problem(&answer, status, name),
            Refusal::Empty(status) => {
                assert_eq!(
                    (
                        answer.status,
                        answer.content_type.as_str(),
                        answer.text.as_str()
                    ),
                    (status, "", ""),
                    "{name}: actix-http's own answer changed; if it now has a body, \
                     make it problem+json and move this row to the table"
                );
            }
        }
        assert_still_healthy(&app, name).await;
    }
}
