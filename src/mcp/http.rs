//! MCP over streamable HTTP at `POST /mcp`, through rmcp's own transport.
//!
//! Stateless: each request is answered on its own, with no session to keep
//! (no `Mcp-Session-Id`), so any replica behind a load balancer can answer
//! any request, as for REST. Answers are plain JSON rather than an event
//! stream, since the tool answers at once.

use super::CrisisSupport;
use crate::state::AppState;
use actix_web::web;
use rmcp_actix_web::transport::{LocalSessionManager, StreamableHttpService};
use std::sync::Arc;

/// Where the transport is mounted.
pub const PATH: &str = "/mcp";

/// The transport, to mount with `service.scope_with_path(PATH)`.
/// `allowed_hosts` is checked against each request's `Host` header (rmcp's
/// defence against DNS rebinding); `body_limit` as on REST.
pub fn service(
    state: web::Data<AppState>,
    allowed_hosts: Vec<String>,
    body_limit: usize,
) -> StreamableHttpService<CrisisSupport> {
    StreamableHttpService::builder()
        .service_factory(Arc::new(move || Ok(CrisisSupport::new(state.clone()))))
        .session_manager(Arc::new(LocalSessionManager::default()))
        .stateful_mode(false)
        .json_response(true)
        .allowed_hosts(allowed_hosts)
        .max_request_body_bytes(body_limit)
        .build()
}
