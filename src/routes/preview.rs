//! `GET /`: a preview page for maintainers and integrators. The files are
//! compiled into the binary, so the page needs no CDN and no build step; it
//! talks to the service only through the public API, plus its own labels.
//!
//! The labels are the `preview-*` messages of `locales/`: the page asks for
//! them in the browser's language (Accept-Language) for itself, and in an
//! answer's `text.lang` for that answer's cards, as a chatbot would show them.
//!
//! `/preview/protocol` serves the referral protocol (docs/REFERRAL-PROTOCOL.md)
//! as a page, in English.

use crate::resolve::{accept_language, parse_locale};
use crate::state::AppState;
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

const INDEX_HTML: &str = include_str!("../../static/preview/index.html");
const APP_JS: &str = include_str!("../../static/preview/app.js");
const STYLE_CSS: &str = include_str!("../../static/preview/style.css");
const WORLD_SVG: &str = include_str!("../../static/preview/world.svg");
const PROTOCOL_MARKDOWN: &str = include_str!("../../docs/REFERRAL-PROTOCOL.md");

/// Our own script and style files only (no inline code, no third party), API
/// calls to this origin only, and no framing.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
    style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; \
    form-action 'none'; frame-ancestors 'none'";

/// The paths `routes` registers, all GET only.
pub const PATHS: [&str; 6] = [
    "/",
    "/preview/app.js",
    "/preview/style.css",
    "/preview/world.svg",
    crate::lookup::PROTOCOL_PATH,
    "/preview/labels",
];

/// The page and its assets (GET only), registered without OpenAPI entries.
pub fn routes(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .route("/", web::get().to(index))
        .route("/preview/app.js", web::get().to(app_js))
        .route("/preview/style.css", web::get().to(style_css))
        .route("/preview/world.svg", web::get().to(world_svg))
        .route(crate::lookup::PROTOCOL_PATH, web::get().to(protocol))
        .route("/preview/labels", web::get().to(labels));
}

/// `GET /`: the preview page.
pub async fn index() -> HttpResponse {
    asset("text/html; charset=utf-8", INDEX_HTML)
}

/// `GET /preview/app.js`
pub async fn app_js() -> HttpResponse {
    asset("text/javascript; charset=utf-8", APP_JS)
}

/// `GET /preview/style.css`
/// The coverage tab's world map: Natural Earth outlines (see the file).
pub async fn world_svg() -> HttpResponse {
    asset("image/svg+xml", WORLD_SVG)
}

pub async fn style_css() -> HttpResponse {
    asset("text/css; charset=utf-8", STYLE_CSS)
}

/// `GET /preview/protocol`: how the service refers people to help, what it
/// records and how an operator can use that as evidence. The page every
/// answer's `referral.protocol` names: docs/REFERRAL-PROTOCOL.md, compiled
/// into the binary and rendered once.
pub async fn protocol() -> HttpResponse {
    static PAGE: OnceLock<String> = OnceLock::new();
    let page = PAGE.get_or_init(|| protocol_page(PROTOCOL_MARKDOWN));
    with_headers(HttpResponse::Ok(), "text/html; charset=utf-8").body(page.as_str())
}

/// The markdown as a page of its own, in the preview's style. The markdown
/// is ours, from the repository, so its HTML is taken as it is.
fn protocol_page(markdown: &str) -> String {
    let title = markdown
        .lines()
        .find_map(|line| line.strip_prefix("# "))
        .unwrap_or("crisis-lookup");
    let mut content = String::new();
    let options = pulldown_cmark::Options::ENABLE_TABLES;
    pulldown_cmark::html::push_html(
        &mut content,
        pulldown_cmark::Parser::new_ext(markdown, options),
    );
    let title_text = title
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!(
        "<!doctype html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n  <meta charset=\"utf-8\">\n  \
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  \
         <title>{title_text}</title>\n  <link rel=\"icon\" href=\"data:,\">\n  \
         <link rel=\"stylesheet\" href=\"/preview/style.css\">\n</head>\n<body>\n\
         <p><a href=\"/\">crisis-lookup preview</a></p>\n<main id=\"main\" class=\"protocol\">\n\
         {content}</main>\n</body>\n</html>\n"
    )
}

#[derive(Deserialize)]
pub struct LabelsQuery {
    /// A BCP 47 tag; without one (or with one that does not parse) the
    /// request's Accept-Language decides.
    lang: Option<String>,
}

#[derive(Serialize)]
struct Labels<'a> {
    /// The locale the labels are in (each falls back to English on its own
    /// if that locale cannot render it).
    lang: &'a str,
    dir: crate::text::Direction,
    labels: BTreeMap<&'a str, String>,
}

/// `GET /preview/labels?lang=xx`: the page's labels, `{name}` where the page
/// puts a value in.
pub async fn labels(
    state: web::Data<AppState>,
    request: HttpRequest,
    query: web::Query<LabelsQuery>,
) -> HttpResponse {
    let requested: Vec<LanguageIdentifier> = match query.lang.as_deref().and_then(parse_locale) {
        Some(tag) => vec![tag],
        None => request
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok())
            .map(|raw| accept_language::parse(raw).tags)
            .unwrap_or_default(),
    };
    let snapshot = state.snapshot();
    let catalog = &snapshot.catalog;
    let chain = catalog.chain(&requested);
    let locale = catalog.locale(chain.first().copied().unwrap_or(catalog.master()));
    let body = Labels {
        lang: &locale.code,
        dir: locale.meta.direction,
        labels: catalog.preview_labels(&chain).into_iter().collect(),
    };
    let body = serde_json::to_string(&body).unwrap_or_else(|_| "{}".to_string());
    with_headers(HttpResponse::Ok(), "application/json")
        .insert_header((header::VARY, "Accept-Language"))
        .body(body)
}

fn asset(content_type: &'static str, body: &'static str) -> HttpResponse {
    with_headers(HttpResponse::Ok(), content_type).body(body)
}

fn with_headers(
    mut response: actix_web::HttpResponseBuilder,
    content_type: &'static str,
) -> actix_web::HttpResponseBuilder {
    response
        .insert_header((header::CONTENT_TYPE, content_type))
        .insert_header((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        // Revalidate each time: the files change with the binary, the
        // labels with a reload of the locales.
        .insert_header((header::CACHE_CONTROL, "no-cache"));
    response
}
