//! Building the HTTP server: routes, limits, error mapping, and the listener
//! (port 0 in tests).

use crate::configuration::ServeArgs;
use crate::problem::{mcp_to_problem, to_problem, AllowedMethods, ApiError};
use crate::routes;
use crate::state::reload::Reloader;
use crate::state::{AppState, Clock};
use actix_web::dev::Server;
use actix_web::middleware::ErrorHandlers;
use actix_web::{web, App, HttpServer};
use std::net::TcpListener;
use std::time::{Duration, Instant};
use utoipa_actix_web::AppExt;

const CLIENT_REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
const CLIENT_DISCONNECT_TIMEOUT: Duration = Duration::from_secs(1);
const KEEP_ALIVE: Duration = Duration::from_secs(15);

pub struct Application {
    port: u16,
    server: Server,
    state: web::Data<AppState>,
    reloader: Option<Reloader>,
}

impl Application {
    /// Loads the dataset (refusing to start without a valid one) and binds.
    pub fn build(settings: &ServeArgs, clock: Clock) -> anyhow::Result<Self> {
        let state = web::Data::new(AppState::load(&settings.data, clock)?);
        crate::state::monitoring::install();
        crate::state::monitoring::set_dataset(&state.snapshot(), None);
        let allowed_hosts: Vec<String> = settings
            .mcp_allowed_hosts
            .iter()
            .map(|host| host.trim().to_string())
            .filter(|host| !host.is_empty())
            .collect();
        // rmcp reads an empty list as "any host", which would silently drop
        // the defence: refuse it instead.
        if allowed_hosts.is_empty() {
            anyhow::bail!("--mcp-allowed-hosts must name at least one host");
        }
        let mcp = crate::mcp::http::service(state.clone(), allowed_hosts, settings.body_limit);
        let listener = TcpListener::bind(settings.bind)?;
        let port = listener.local_addr()?.port();
        let body_limit = settings.body_limit;
        let app_state = state.clone();
        let allowed = web::Data::new(AllowedMethods::new(routes::allowed_methods()));
        let mut server = HttpServer::new(move || {
            App::new()
                .app_data(app_state.clone())
                .app_data(allowed.clone())
                .app_data(web::PayloadConfig::new(body_limit))
                .app_data(
                    web::QueryConfig::default().error_handler(|_, _| ApiError::InvalidQuery.into()),
                )
                .wrap(ErrorHandlers::new().default_handler(problem_unless_mcp))
                .wrap_fn(log_request)
                .into_utoipa_app()
                .configure(routes::configure)
                .into_app()
                .service(mcp.clone().scope_with_path(crate::mcp::http::PATH))
                .default_service(web::to(crate::problem::unmatched))
        })
        // Slow or idle clients must not hold workers: a request's head must
        // arrive within the timeout, and idle keep-alive connections close.
        .client_request_timeout(CLIENT_REQUEST_TIMEOUT)
        .client_disconnect_timeout(CLIENT_DISCONNECT_TIMEOUT)
        .keep_alive(KEEP_ALIVE)
        .listen(listener)?;
        if let Some(workers) = settings.workers {
            server = server.workers(workers);
        }
        let reloader = match settings.watch {
            true => Some(Reloader::start(state.clone().into_inner())?),
            false => None,
        };
        Ok(Self {
            port,
            server: server.run(),
            state,
            reloader,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> web::Data<AppState> {
        self.state.clone()
    }

    /// Serves until SIGTERM or SIGINT: actix then stops accepting and lets
    /// in-flight requests finish. SIGHUP reloads the dataset.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        if let Some(reloader) = &self.reloader {
            tokio::spawn(Reloader::reload_on_sighup(reloader.trigger()));
        }
        let _keep_watching = self.reloader;
        self.server.await
    }
}

/// Error responses become problem+json; those of `/mcp` by the MCP rules.
fn problem_unless_mcp<B: actix_web::body::MessageBody + 'static>(
    response: actix_web::dev::ServiceResponse<B>,
) -> actix_web::Result<actix_web::middleware::ErrorHandlerResponse<B>> {
    if response.request().match_pattern().as_deref() == Some(crate::mcp::http::PATH) {
        return mcp_to_problem(response);
    }
    to_problem(response)
}

/// One log line per request: the route pattern (never the raw path, which a
/// client could fill with anything), the status and the time taken.
fn log_request<S, B>(
    request: actix_web::dev::ServiceRequest,
    service: &S,
) -> impl std::future::Future<Output = Result<actix_web::dev::ServiceResponse<B>, actix_web::Error>>
where
    S: actix_web::dev::Service<
        actix_web::dev::ServiceRequest,
        Response = actix_web::dev::ServiceResponse<B>,
        Error = actix_web::Error,
    >,
{
    let started = Instant::now();
    let method = request.method().clone();
    let route = request
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_string());
    let response = service.call(request);
    async move {
        let response = response.await;
        let status = response
            .as_ref()
            .map(|r| r.status().as_u16())
            .unwrap_or(500);
        let elapsed = started.elapsed();
        crate::state::monitoring::record_request(
            &route,
            method.as_str(),
            status,
            elapsed.as_secs_f64(),
        );
        let summary = response.as_ref().ok().and_then(|r| {
            r.response()
                .extensions()
                .get::<crate::routes::lookup::LookupSummary>()
                .copied()
        });
        let language = summary.map(|s| tracing::field::display(s.language));
        let country = summary.and_then(|s| s.country).map(tracing::field::display);
        tracing::info!(
            %method,
            route,
            status,
            latency_us = elapsed.as_micros() as u64,
            language,
            country,
            "request"
        );
        response
    }
}
