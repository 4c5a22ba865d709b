//! `dyad dict stats`: what a dictionary folder holds; also the loader other commands use.

use anyhow::Context;
use dyad_dict::{Dictionaries, LoadOptions};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `dyad dict`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: DictCommand,
}

#[derive(clap::Subcommand)]
enum DictCommand {
    /// Count families, verbs, patterns, actors, agents and discards; list warnings.
    Stats {
        /// Folder of TABARI/PETRARCH dictionary files (kinds guessed from names).
        #[arg(long)]
        dict_dir: Option<PathBuf>,
        /// Stop at the first malformed entry.
        #[arg(long)]
        strict: bool,
        /// Also count actor codes per three-letter country/sector code.
        #[arg(long)]
        per_code: bool,
    },
}

/// Loads the dictionaries of `--dict-dir` (or `DYAD_DICT_DIR`), printing how many
/// malformed entries were skipped.
pub fn load(dict_dir: Option<&Path>, strict: bool) -> anyhow::Result<Dictionaries> {
    let dir = match dict_dir {
        Some(d) => d.to_path_buf(),
        None => match std::env::var_os("DYAD_DICT_DIR") {
            Some(d) => PathBuf::from(d),
            None => anyhow::bail!(
                "no dictionaries: pass --dict-dir DIR (a folder of PETRARCH-format files) \
                 or set DYAD_DICT_DIR; embedded dictionaries are not built in yet"
            ),
        },
    };
    let d = Dictionaries::load_dir(&dir, &LoadOptions { strict })
        .with_context(|| format!("loading dictionaries from {}", dir.display()))?;
    if !d.warnings.is_empty() {
        eprintln!(
            "dyad: {} malformed dictionary entries skipped (see `dyad dict stats`)",
            d.warnings.len()
        );
    }
    Ok(d)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        DictCommand::Stats {
            dict_dir,
            strict,
            per_code,
        } => stats(dict_dir.as_deref(), strict, per_code),
    }
}

fn stats(dir: Option<&Path>, strict: bool, per_code: bool) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let d = load(dir, strict)?;
    let took = started.elapsed();
    let mut out = std::io::stdout().lock();
    for f in &d.files {
        writeln!(out, "file\t{f}")?;
    }
    let s = d.stats();
    for (k, v) in [
        ("families", s.families),
        ("verb forms", s.verbs),
        ("patterns", s.patterns),
        ("synsets", s.synsets),
        ("actors", s.actors),
        ("actor names", s.actor_names),
        ("actor codes", s.actor_codes),
        ("agents", s.agents),
        ("agent names", s.agent_names),
        ("discards", s.discards),
        ("pico codes", s.pico_codes),
        ("warnings", s.warnings),
    ] {
        writeln!(out, "{k}\t{v}")?;
    }
    writeln!(out, "load and compile\t{:.3} s", took.as_secs_f64())?;
    if per_code {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for a in &d.actors.actors {
            for c in &a.codes {
                *counts
                    .entry(c.code.get(..3).unwrap_or(&c.code))
                    .or_default() += 1;
            }
        }
        for (code, n) in counts {
            writeln!(out, "code\t{code}\t{n}")?;
        }
    }
    for w in &d.warnings {
        writeln!(out, "warning\t{w}")?;
    }
    Ok(ExitCode::SUCCESS)
}
