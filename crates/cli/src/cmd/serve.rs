//! `dyad serve`: the JSON API and the dashboard over an event store.

use anyhow::Context;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `dyad serve`.
#[derive(clap::Args)]
pub struct Args {
    /// The event store.
    #[arg(long, default_value = "dyad.db")]
    db: PathBuf,
    /// Address to listen on (loopback by default; reads are open to whoever can reach it).
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Read connections to the database.
    #[arg(long, default_value_t = 4)]
    connections: usize,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if !args.db.exists() {
        anyhow::bail!(
            "{} does not exist; create it with `dyad ingest FILES --db {}`",
            args.db.display(),
            args.db.display()
        );
    }
    let app = dyad_server::App::open(&args.db, args.connections)
        .with_context(|| format!("opening {}", args.db.display()))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    eprintln!(
        "dyad: serving {} on http://{} (Ctrl-C stops)",
        args.db.display(),
        args.addr
    );
    runtime.block_on(dyad_server::serve(app, args.addr))?;
    Ok(ExitCode::SUCCESS)
}
