//! Logs with `tracing`, filtered by `RUST_LOG` (default `info`), written to
//! standard error. Nothing here ever receives the person's message.
//!
//! The MCP libraries (rmcp, rmcp-actix-web) are the exception that needs a
//! fence: at debug level rmcp logs each request with its parameters (a tool
//! call's arguments hold the message), at trace level every incoming
//! message, and at debug a protocol line it cannot parse, whole. Their
//! events are therefore kept to `warn` and `error`, whatever `RUST_LOG`
//! asks for; those name the failure, not the request.

use crate::configuration::LogFormat;
use std::io::IsTerminal;
use tracing::Metadata;
use tracing_subscriber::filter::filter_fn;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::EnvFilter;

/// Crates whose events may carry a tool call's arguments below `warn`.
const CAPPED_TARGETS: [&str; 2] = ["rmcp", "rmcp_actix_web"];

/// Whether an event or span may be logged at all, before `RUST_LOG` is asked.
fn may_be_logged(metadata: &Metadata<'_>) -> bool {
    let target = metadata.target();
    let capped = CAPPED_TARGETS.iter().any(|crate_name| {
        target
            .strip_prefix(crate_name)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with("::"))
    });
    !capped || *metadata.level() <= tracing::Level::WARN
}

pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // Colours only for a person at a terminal; files and collectors get plain text.
    let ansi = std::io::stderr().is_terminal();
    let output = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(ansi);
    let subscriber = tracing_subscriber::registry()
        .with(filter_fn(may_be_logged))
        .with(filter);
    // A second initialisation (tests) keeps the first subscriber.
    let _ = match format {
        LogFormat::Text => subscriber.with(output).try_init(),
        LogFormat::Json => subscriber.with(output.json()).try_init(),
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use tracing::callsite::Identifier;
    use tracing::field::FieldSet;
    use tracing::metadata::Kind;
    use tracing::Level;

    struct Callsite;
    impl tracing::Callsite for Callsite {
        fn set_interest(&self, _: tracing::subscriber::Interest) {}
        fn metadata(&self) -> &Metadata<'_> {
            unreachable!("not registered")
        }
    }
    static CALLSITE: Callsite = Callsite;

    fn event(target: &'static str, level: Level) -> Metadata<'static> {
        Metadata::new(
            "event",
            target,
            level,
            None,
            None,
            None,
            FieldSet::new(&[], Identifier(&CALLSITE)),
            Kind::EVENT,
        )
    }

    #[test]
    fn the_mcp_libraries_log_only_warnings_and_errors() {
        for (target, level, logged) in [
            ("rmcp::service", Level::DEBUG, false),
            ("rmcp::transport::async_rw", Level::TRACE, false),
            ("rmcp", Level::INFO, false),
            ("rmcp_actix_web::transport", Level::DEBUG, false),
            ("rmcp::service", Level::WARN, true),
            ("rmcp::service", Level::ERROR, true),
            ("crisis_lookup::mcp", Level::DEBUG, true),
            ("rmcpx", Level::TRACE, true),
        ] {
            assert_eq!(
                may_be_logged(&event(target, level)),
                logged,
                "{target} at {level}"
            );
        }
    }
}
