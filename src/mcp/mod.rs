//! MCP (Model Context Protocol): the lookup as a tool that LLM agents call,
//! `find_crisis_support`. An interface like `routes`: it reads the tool's
//! arguments (`tool`), answers through the same use case and live snapshot
//! as `POST /v1/lookup` (`AppState::answer`), and is served over streamable
//! HTTP at `/mcp` (`http`) or over standard input and output (`stdio`).
//!
//! The message stays as private as on REST: it is never logged by this
//! module, and rmcp's own logs, which print requests and raw protocol lines
//! at debug and trace level, are capped at `warn` by `crate::telemetry`.

pub mod http;
pub mod stdio;
pub mod tool;

use crate::state::monitoring::Interface;
use crate::state::AppState;
use actix_web::web;
use rmcp::model::{
    CallToolRequestParams, CallToolResponse, CallToolResult, ContentBlock, Implementation,
    ListToolsResult, PaginatedRequestParams, ServerCapabilities, ServerConfig, Tool,
};
use rmcp::service::RequestContext;
use rmcp::{ErrorData, RoleServer, ServerHandler};

/// What the server tells an agent about itself at `initialize`.
const INSTRUCTIONS: &str = "Crisis helplines for a person in distress. When a user expresses \
    suicidal thoughts, self-harm or a crisis, call find_crisis_support with their message and \
    whatever you know of their country and locale, then show the returned supportive text and \
    helplines. Show every number and link exactly as returned; never write one of your own.";

/// The MCP server: one tool over the service's live state. Cheap to create;
/// the HTTP transport makes one per request.
#[derive(Clone)]
pub struct CrisisSupport {
    state: web::Data<AppState>,
}

impl CrisisSupport {
    pub fn new(state: web::Data<AppState>) -> Self {
        Self { state }
    }

    fn tool(&self) -> Tool {
        tool::definition(&self.state.snapshot())
    }

    /// Runs the lookup: arguments that do not fit the schema are refused as a
    /// tool error (which the model can read and correct); everything else is
    /// answered as on REST, bad hints becoming `warnings`.
    fn find_crisis_support(&self, arguments: Option<rmcp::model::JsonObject>) -> CallToolResult {
        let request = match tool::parse_arguments(arguments) {
            Ok(request) => request,
            Err(error) => {
                tracing::debug!(%error, "tool call refused");
                return CallToolResult::error(vec![ContentBlock::text(error.to_string())]);
            }
        };
        let answered = self.state.answer(request, Interface::Mcp);
        if let Some((language, country)) = answered.summary {
            tracing::info!(
                tool = tool::NAME,
                %language,
                country = country.map(tracing::field::display),
                "tool call"
            );
        }
        match serde_json::from_slice(&answered.body) {
            Ok(answer) => CallToolResult::structured(answer),
            // The body is serialized by the service itself; this cannot happen.
            Err(_) => CallToolResult::error(vec![ContentBlock::text(
                "the answer could not be built; show the international directories",
            )]),
        }
    }
}

impl ServerHandler for CrisisSupport {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(ServerCapabilities::builder().enable_tools().build())
            .with_server_info(
                Implementation::new("crisis-lookup", env!("CARGO_PKG_VERSION"))
                    .with_title("Crisis helplines"),
            )
            .with_instructions(INSTRUCTIONS)
    }

    async fn list_tools(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, ErrorData> {
        Ok(ListToolsResult::with_all_items(vec![self.tool()]))
    }

    fn get_tool(&self, name: &str) -> Option<Tool> {
        (name == tool::NAME).then(|| self.tool())
    }

    // The arguments are never in a span or an event: only the tool's name.
    #[tracing::instrument(level = "debug", name = "mcp_tool_call", skip_all)]
    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, ErrorData> {
        if request.name != tool::NAME {
            return Err(ErrorData::invalid_params(
                format!("no such tool; the only tool is `{}`", tool::NAME),
                None,
            ));
        }
        Ok(self.find_crisis_support(request.arguments).into())
    }
}
