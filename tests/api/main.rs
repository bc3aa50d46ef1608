//! One test binary: every test speaks HTTP to the real server, started on a
//! free port with the repository's own `resources.yaml` and `locales/`.

mod browser;
mod check;
mod countries;
mod dataset;
mod errors;
mod health;
mod helpers;
mod hostile;
mod hours;
mod locales;
mod lookup;
mod manifests;
mod mcp;
mod mcp_stdio;
mod metrics;
mod openapi;
mod privacy;
mod ranking;
mod referral;
mod reload;
mod resilience;
mod slow_clients;
