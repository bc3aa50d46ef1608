//! The subcommands: `serve`, `check`, `lookup`, `mcp` and `openapi`.

use crate::configuration::{
    CheckArgs, Command, LogFormat, LookupArgs, McpArgs, OutputFormat, ServeArgs,
};
use crate::diagnostic::Diagnostics;
use crate::lookup::snapshot::Snapshot;
use crate::lookup::{lookup, LookupRequest};
use crate::startup::Application;
use crate::state::reload::Reloader;
use crate::state::{system_clock, AppState};
use std::process::ExitCode;

pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Serve(args) => serve(args),
        Command::Check(args) => check(args),
        Command::Lookup(args) => run_lookup(args),
        Command::Mcp(args) => mcp(args),
        Command::Openapi => openapi(),
    }
}

fn serve(args: ServeArgs) -> ExitCode {
    crate::telemetry::init(args.log_format);
    let result = actix_web::rt::System::new().block_on(async move {
        let application = Application::build(&args, system_clock())?;
        tracing::info!(address = %args.bind.ip(), port = application.port(), "listening");
        application.run_until_stopped().await?;
        anyhow::Ok(())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error:#}");
            eprintln!("crisis-lookup: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Serves MCP on standard input and output until the client closes its end,
/// from a live snapshot that reloads as `serve`'s does.
fn mcp(args: McpArgs) -> ExitCode {
    crate::telemetry::init(args.log_format);
    let result = actix_web::rt::System::new().block_on(async move {
        let state = actix_web::web::Data::new(AppState::load(&args.data, system_clock())?);
        let reloader = match args.watch {
            true => Some(Reloader::start(state.clone().into_inner())?),
            false => None,
        };
        if let Some(reloader) = &reloader {
            tokio::spawn(Reloader::reload_on_sighup(reloader.trigger()));
        }
        tracing::info!("serving MCP on standard input and output");
        crate::mcp::stdio::serve(state).await
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error:#}");
            eprintln!("crisis-lookup: {error:#}");
            ExitCode::FAILURE
        }
    }
}

#[derive(serde::Serialize)]
struct CheckReport<'a> {
    ok: bool,
    problems: &'a [crate::diagnostic::Diagnostic],
    summary: Option<crate::dataset::summary::Summary>,
}

fn check(args: CheckArgs) -> ExitCode {
    let (problems, summary) = match Snapshot::load_with(
        &args.data.data,
        &args.data.locales,
        crate::dataset::Validation::Thorough,
    ) {
        Ok((snapshot, warnings)) => {
            let today = jiff::Zoned::now().date();
            let mut all = warnings;
            all.extend(crate::dataset::summary::staleness_warnings(
                &snapshot.dataset,
                &args.data.data,
                today,
            ));
            let locale_review: Vec<(String, bool)> = snapshot
                .catalog
                .locales()
                .iter()
                .map(|l| (l.code.clone(), l.meta.reviewed))
                .collect();
            let summary =
                crate::dataset::summary::Summary::of(&snapshot.dataset, &locale_review, today);
            (all, Some(summary))
        }
        Err(errors) => (errors, None),
    };
    let ok = !problems.has_errors();
    match args.format {
        OutputFormat::Json => {
            let report = CheckReport {
                ok,
                problems: &problems.0,
                summary,
            };
            println!(
                "{}",
                serde_json::to_string_pretty(&report).unwrap_or_default()
            );
        }
        OutputFormat::Text => print_text_report(&problems, summary.as_ref()),
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn print_text_report(problems: &Diagnostics, summary: Option<&crate::dataset::summary::Summary>) {
    for problem in &problems.0 {
        println!("{problem}");
    }
    match summary {
        Some(summary) => println!("{summary}"),
        None => {
            let count = problems.errors().count();
            println!("{count} error(s); nothing was loaded. Fix them and run check again.");
        }
    }
}

fn run_lookup(args: LookupArgs) -> ExitCode {
    crate::telemetry::init(LogFormat::Text);
    let snapshot = match Snapshot::load(&args.data.data, &args.data.locales) {
        Ok((snapshot, _)) => snapshot,
        Err(errors) => {
            eprintln!("{errors}");
            return ExitCode::FAILURE;
        }
    };
    let request = LookupRequest {
        message: args.message,
        locale: args.locale,
        country: args.country,
        accept_language: args.accept_language,
        topics: args.topics,
        channels: args.channels,
        audiences: args.audiences,
        ..Default::default()
    };
    let outcome = lookup(&snapshot, request, jiff::Timestamp::now());
    println!("{}", String::from_utf8_lossy(&outcome.body));
    ExitCode::SUCCESS
}

fn openapi() -> ExitCode {
    match crate::routes::openapi::document().to_pretty_json() {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("the OpenAPI document could not be written: {error}");
            ExitCode::FAILURE
        }
    }
}
