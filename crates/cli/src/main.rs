//! The `dyad` command line: one binary for every stage of the pipeline.

mod cmd;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// dyad turns news into political event data (CAMEO and PLOVER) and early warnings.
#[derive(Parser)]
#[command(name = "dyad", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List CAMEO event codes with their Goldstein weight, quad class and PLOVER type.
    Codes(cmd::codes::Args),
    /// Read articles (text, HTML, JSONL/CSV, RSS/Atom, WARC, gzip) and print them as JSON lines.
    Read(cmd::read::Args),
    /// List stored events with filters (actor, dyad, code, type, dates, place, text).
    Events(cmd::query::EventsArgs),
    /// Full-text search over stored articles and quotes.
    Search(cmd::query::SearchArgs),
    /// Counts and mean Goldstein per day, week or month, by quad class and dyad.
    Stats(cmd::query::StatsArgs),
    /// Export stored events as GDELT, PLOVER, Phoenix, ICEWS or CSV.
    Export(cmd::query::ExportArgs),
    /// Analyse articles: metadata, sentences, actors, events, quotes and places as JSON.
    Analyze(cmd::analyze::Args),
    /// Split, tokenize, tag and parse articles; print CoNLL-U with byte offsets.
    Parse(cmd::analyze::ParseArgs),
    /// Analyse articles and store them in an event store (idempotent, resumable).
    Ingest(cmd::ingest::Args),
    /// Follow folders, files and feeds: ingest what is new and raise alerts.
    Watch(cmd::watch::Args),
    /// Measure throughput of every stage (per core) and peak memory on real news.
    Bench(cmd::bench::Args),
    /// Serve the JSON API and the dashboard over an event store.
    Serve(cmd::serve::Args),
    /// Early warning: run the rules, backtest them on history, list alerts.
    Alerts(cmd::alerts::Args),
    /// Score the coder on PETRARCH-format validation records.
    Validate(cmd::validate::Args),
    /// Code articles (text, HTML, JSONL, feeds, folders) into events.
    Code(cmd::code::Args),
    /// Dictionary tools: `dyad dict stats`, `check`, `explain`, `import`.
    Dict(cmd::dict::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Codes(args) => cmd::codes::run(args),
        Command::Read(args) => cmd::read::run(args),
        Command::Events(args) => cmd::query::events(args),
        Command::Search(args) => cmd::query::search(args),
        Command::Stats(args) => cmd::query::stats(args),
        Command::Export(args) => cmd::query::export(args),
        Command::Serve(args) => cmd::serve::run(args),
        Command::Bench(args) => cmd::bench::run(args),
        Command::Watch(args) => cmd::watch::run(args),
        Command::Analyze(args) => cmd::analyze::run(args),
        Command::Parse(args) => cmd::analyze::parse(args),
        Command::Ingest(args) => cmd::ingest::run(args),
        Command::Alerts(args) => cmd::alerts::run(args),
        Command::Validate(args) => cmd::validate::run(args),
        Command::Code(args) => cmd::code::run(args),
        Command::Dict(args) => cmd::dict::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("dyad: {}", chain_message(&err));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes joined by ": ", leaving out a cause whose text the message
/// already holds (many errors print their source in their own text).
fn chain_message(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if out.contains(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

/// A closed pipe (`dyad ... | head`) is a normal way for output to end.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    // serde_json keeps the io::Error inside, out of the chain: ask it for the kind.
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}
