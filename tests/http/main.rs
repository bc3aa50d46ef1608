//! The service over HTTP: every test starts the real server on a free port
//! with the repository's own `resources.yaml` and `locales/` (or a copy of
//! them) and speaks HTTP to it.

#[allow(dead_code)] // each binary uses some of the shared helpers
#[path = "../common/helpers.rs"]
mod helpers;

#[allow(dead_code)] // each binary uses some of the shared MCP client
#[path = "../common/mcp_client.rs"]
mod mcp_client;

mod countries;
mod errors;
mod health;
mod hostile;
mod hours;
mod language;
mod lookup;
mod metrics;
mod openapi;
mod ranking;
mod referral;
mod reload;
mod resilience;
mod slow_clients;
