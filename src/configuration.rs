//! The command line. Every flag has an environment variable, so that the
//! service fits a container without a wrapper script.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "crisis-lookup",
    version,
    about = "Multilingual crisis-resource lookup service"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP service.
    Serve(ServeArgs),
    /// Validate the dataset and every locale; exit 1 on any error.
    Check(CheckArgs),
    /// Answer one lookup without a server and print the JSON answer.
    Lookup(LookupArgs),
    /// Serve the MCP tool `find_crisis_support` over standard input and
    /// output, for an agent that starts the service itself.
    Mcp(McpArgs),
    /// Print the OpenAPI 3 document that `GET /openapi.json` serves, for
    /// generating clients without a running server.
    Openapi,
}

#[derive(Debug, Clone, Args)]
pub struct DataArgs {
    /// The curated dataset.
    #[arg(long, env = "CRISIS_LOOKUP_DATA", default_value = "resources.yaml")]
    pub data: PathBuf,
    /// The folder with one sub-folder of Fluent files per locale.
    #[arg(long, env = "CRISIS_LOOKUP_LOCALES", default_value = "locales")]
    pub locales: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// Address to listen on.
    #[arg(long, env = "CRISIS_LOOKUP_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// Largest accepted request body, in bytes.
    #[arg(long, env = "CRISIS_LOOKUP_BODY_LIMIT", default_value_t = 16 * 1024)]
    pub body_limit: usize,
    /// Worker threads; by default one per CPU core.
    #[arg(long, env = "CRISIS_LOOKUP_WORKERS")]
    pub workers: Option<usize>,
    /// Reload the dataset and locales when their files change.
    #[arg(long, env = "CRISIS_LOOKUP_WATCH", default_value_t = true, action = clap::ArgAction::Set)]
    pub watch: bool,
    /// Log format on standard error.
    #[arg(long, env = "CRISIS_LOOKUP_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// Comma-separated host names (or host:port) that `/mcp` answers under;
    /// other `Host` headers get 403, a defence against DNS rebinding. Name
    /// the host that clients reach the service by.
    #[arg(
        long,
        env = "CRISIS_LOOKUP_MCP_ALLOWED_HOSTS",
        value_delimiter = ',',
        default_value = "localhost,127.0.0.1,::1"
    )]
    pub mcp_allowed_hosts: Vec<String>,
}

#[derive(Debug, Clone, Args)]
pub struct McpArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// Reload the dataset and locales when their files change.
    #[arg(long, env = "CRISIS_LOOKUP_WATCH", default_value_t = true, action = clap::ArgAction::Set)]
    pub watch: bool,
    /// Log format on standard error (standard output carries the protocol).
    #[arg(long, env = "CRISIS_LOOKUP_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// `json` for CI: every problem with its file, line and column.
    #[arg(long, env = "CRISIS_LOOKUP_CHECK_FORMAT", value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
}

#[derive(Debug, Clone, Args)]
pub struct LookupArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// The person's message (only used to detect the language).
    #[arg(long, env = "CRISIS_LOOKUP_MESSAGE")]
    pub message: Option<String>,
    /// BCP 47 locale of the person's app, e.g. nl-BE.
    #[arg(long, env = "CRISIS_LOOKUP_LOCALE")]
    pub locale: Option<String>,
    /// ISO 3166-1 alpha-2 country code, e.g. BE.
    #[arg(long, env = "CRISIS_LOOKUP_COUNTRY")]
    pub country: Option<String>,
    /// A raw Accept-Language header value.
    #[arg(long, env = "CRISIS_LOOKUP_ACCEPT_LANGUAGE")]
    pub accept_language: Option<String>,
    /// Comma-separated topics, e.g. suicide,self-harm.
    #[arg(long, env = "CRISIS_LOOKUP_TOPICS", value_delimiter = ',')]
    pub topics: Option<Vec<String>>,
    /// Comma-separated channels: phone, sms, chat, whatsapp.
    #[arg(long, env = "CRISIS_LOOKUP_CHANNELS", value_delimiter = ',')]
    pub channels: Option<Vec<String>>,
    /// Comma-separated audiences, e.g. youth.
    #[arg(long, env = "CRISIS_LOOKUP_AUDIENCES", value_delimiter = ',')]
    pub audiences: Option<Vec<String>>,
}
