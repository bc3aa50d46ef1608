//! `GET /`: a preview page for maintainers and integrators. The files are
//! compiled into the binary, so the page needs no CDN and no build step; it
//! talks to the service only through the public API.

use actix_web::http::header;
use actix_web::{web, HttpResponse};

const INDEX_HTML: &str = include_str!("../../static/preview/index.html");
const APP_JS: &str = include_str!("../../static/preview/app.js");
const STYLE_CSS: &str = include_str!("../../static/preview/style.css");

/// Our own script and style files only (no inline code, no third party), API
/// calls to this origin only, and no framing.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
    style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; \
    form-action 'none'; frame-ancestors 'none'";

/// The page and its assets, for `App::configure`.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/", web::get().to(index))
        .route("/preview/app.js", web::get().to(app_js))
        .route("/preview/style.css", web::get().to(style_css));
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
pub async fn style_css() -> HttpResponse {
    asset("text/css; charset=utf-8", STYLE_CSS)
}

fn asset(content_type: &'static str, body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, content_type))
        .insert_header((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        // Revalidate each time: the files change with the binary.
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .body(body)
}
