use clap::Parser;
use crisis_lookup::configuration::Cli;

fn main() -> std::process::ExitCode {
    crisis_lookup::commands::run(Cli::parse().command)
}
