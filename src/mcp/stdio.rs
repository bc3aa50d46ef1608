//! MCP over standard input and output: `crisis-lookup mcp`, the way agents
//! start a local tool. Standard output carries the protocol only; logs go to
//! standard error.

use super::CrisisSupport;
use crate::state::AppState;
use actix_web::web;
use rmcp::ServiceExt;

/// Serves one client until it closes standard input.
pub async fn serve(state: web::Data<AppState>) -> anyhow::Result<()> {
    let running = CrisisSupport::new(state)
        .serve(rmcp::transport::stdio())
        .await?;
    running.waiting().await?;
    Ok(())
}
