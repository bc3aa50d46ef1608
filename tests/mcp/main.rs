//! The MCP tool as an agent's client speaks it: over streamable HTTP at
//! `POST /mcp` on the real server, and over standard input and output of
//! `crisis-lookup mcp`.

#[allow(dead_code)] // each binary uses some of the shared helpers
#[path = "../common/helpers.rs"]
mod helpers;

#[allow(dead_code)] // each binary uses some of the shared MCP client
#[path = "../common/mcp_client.rs"]
mod mcp_client;

mod http;
mod stdio;
