//! The binary as a process: `check` on real and broken data, and what the
//! logs of a running server (REST and MCP) never contain.

#[allow(dead_code)] // each binary uses some of the shared helpers
#[path = "../common/helpers.rs"]
mod helpers;

mod check;
mod privacy;
