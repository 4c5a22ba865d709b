//! `dyad codes`: the CAMEO table with Goldstein weights, quad classes and PLOVER types.

use dyad_model::cameo;
use std::io::Write;
use std::process::ExitCode;

/// Arguments of `dyad codes`.
#[derive(clap::Args)]
pub struct Args {
    /// Only codes starting with this prefix (e.g. "19").
    prefix: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let prefix = args.prefix.unwrap_or_default();
    let mut out = std::io::stdout().lock();
    writeln!(out, "code\tgoldstein\tquad\tplover\tmode\tname")?;
    let mut n = 0;
    for row in cameo::rows().iter().filter(|r| r.code.starts_with(&prefix)) {
        let quad = cameo::quad_class(row.code).map_or(0, u8::from);
        writeln!(
            out,
            "{}\t{:+.1}\t{}\t{}\t{}\t{}",
            row.code, row.goldstein, quad, row.plover, row.mode, row.name
        )?;
        n += 1;
    }
    if n == 0 {
        anyhow::bail!("no CAMEO code starts with {prefix:?}");
    }
    Ok(ExitCode::SUCCESS)
}
