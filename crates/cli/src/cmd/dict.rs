//! `dyad dict`: stats, check, explain and import of dictionaries; also the loader other
//! commands use.

mod check;
mod explain;
mod import;

use anyhow::Context;
use dyad_dict::{Dictionaries, FileKind, LoadOptions};
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
    /// Count families, verbs, patterns, actors, agents and discards, per file; list warnings.
    Stats {
        /// Dictionary folder: dyad's layout (verbs/, actors/, agents/, discards/) or a flat
        /// PETRARCH/Phoenix folder (kinds guessed from names). Default: dyad's own.
        #[arg(long)]
        dict_dir: Option<PathBuf>,
        /// Stop at the first malformed entry.
        #[arg(long)]
        strict: bool,
        /// Also count entries per event code and actor codes per country/sector prefix.
        #[arg(long)]
        per_code: bool,
    },
    /// Lint: unknown codes, duplicate or shadowed patterns, open-ended terms, duplicate
    /// names, unknown roles. Exit status 1 when any error is found.
    Check(check::Args),
    /// Show which dictionary entries fire on a sentence, and why.
    Explain(explain::Args),
    /// Copy a Phoenix/PETRARCH dictionary folder into dyad's layout and check it loads.
    Import(import::Args),
}

/// Loads the dictionaries of `--dict-dir`, else of `DYAD_DICT_DIR`, else dyad's own
/// embedded ones, printing how many malformed entries were skipped.
pub fn load(dict_dir: Option<&Path>, strict: bool) -> anyhow::Result<Dictionaries> {
    let opts = LoadOptions { strict };
    let dir = dict_dir
        .map(Path::to_path_buf)
        .or_else(|| std::env::var_os("DYAD_DICT_DIR").map(PathBuf::from));
    let d = match dir {
        Some(dir) => load_path(&dir, &opts)?,
        None => dyad_pipeline::embedded_dictionaries(&opts)
            .context("loading dyad's embedded dictionaries")?,
    };
    if !d.warnings.is_empty() {
        eprintln!(
            "dyad: {} malformed dictionary entries skipped (see `dyad dict check`)",
            d.warnings.len()
        );
    }
    Ok(d)
}

/// The subfolders of dyad's layout and the kind of file each holds.
pub(crate) const LAYOUT: [(&str, FileKind); 4] = [
    ("verbs", FileKind::Verbs),
    ("actors", FileKind::Actors),
    ("agents", FileKind::Agents),
    ("discards", FileKind::Discards),
];

/// Loads a folder in dyad's layout (any of `verbs/`, `actors/`, `agents/`, `discards/`
/// present) or, failing that, a flat folder whose file names tell the kinds.
pub(crate) fn load_path(dir: &Path, opts: &LoadOptions) -> anyhow::Result<Dictionaries> {
    let files = layout_files(dir)
        .with_context(|| format!("reading dictionary folder {}", dir.display()))?;
    let d = if files.is_empty() {
        Dictionaries::load_dir(dir, opts)
    } else {
        Dictionaries::load_files(&files, opts)
    };
    d.with_context(|| format!("loading dictionaries from {}", dir.display()))
}

/// The `.txt` files of dyad's layout under `dir`, sorted as the embedded set is
/// (by subfolder, then name); empty when `dir` has none of the subfolders.
pub(crate) fn layout_files(dir: &Path) -> std::io::Result<Vec<(PathBuf, FileKind)>> {
    let mut files = Vec::new();
    for (sub, kind) in LAYOUT {
        let d = dir.join(sub);
        if !d.is_dir() {
            continue;
        }
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_file() && path.extension().is_some_and(|e| e == "txt") {
                files.push((path, kind));
            }
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        DictCommand::Stats {
            dict_dir,
            strict,
            per_code,
        } => stats(dict_dir.as_deref(), strict, per_code),
        DictCommand::Check(a) => check::run(a),
        DictCommand::Explain(a) => explain::run(a),
        DictCommand::Import(a) => import::run(a),
    }
}

/// Entries per file: (families, verb forms, patterns, actors, agents, discards).
fn per_file(d: &Dictionaries) -> Vec<[usize; 6]> {
    let mut n = vec![[0usize; 6]; d.files.len()];
    let mut add = |o: dyad_dict::Origin, k: usize| {
        if let Some(row) = n.get_mut(o.file.0 as usize) {
            row[k] += 1;
        }
    };
    d.verbs.families.iter().for_each(|x| add(x.origin, 0));
    d.verbs.verbs.iter().for_each(|x| add(x.origin, 1));
    d.verbs.patterns.iter().for_each(|x| add(x.origin, 2));
    d.actors.actors.iter().for_each(|x| add(x.origin, 3));
    d.agents.agents.iter().for_each(|x| add(x.origin, 4));
    d.discards.discards.iter().for_each(|x| add(x.origin, 5));
    n
}

/// Writes the counts of `d`: per file, totals, and (with `per_code`) per code.
pub(crate) fn write_stats(
    out: &mut impl Write,
    d: &Dictionaries,
    per_code: bool,
) -> anyhow::Result<()> {
    const COLS: [&str; 6] = [
        "families",
        "verb forms",
        "patterns",
        "actors",
        "agents",
        "discards",
    ];
    for (f, row) in d.files.iter().zip(per_file(d)) {
        write!(out, "file\t{f}")?;
        for (k, v) in COLS.iter().zip(row) {
            if v > 0 {
                write!(out, "\t{k} {v}")?;
            }
        }
        writeln!(out)?;
    }
    let s = d.stats();
    for (k, v) in [
        ("files", s.files),
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
    if per_code {
        let mut events: BTreeMap<&str, usize> = BTreeMap::new();
        let codes = d.verbs.patterns.iter().map(|p| &p.code);
        let codes = codes.chain(d.verbs.verbs.iter().filter_map(|v| v.code.as_ref()));
        let codes = codes.chain(d.verbs.families.iter().filter_map(|f| f.code.as_ref()));
        for c in codes {
            let key = if c.forward.is_empty() {
                c.reverse.as_deref().unwrap_or("")
            } else {
                &c.forward
            };
            *events.entry(key).or_default() += 1;
        }
        for (code, n) in events {
            writeln!(out, "event code\t{code}\t{n}")?;
        }
        let mut actors: BTreeMap<&str, usize> = BTreeMap::new();
        for a in &d.actors.actors {
            for c in &a.codes {
                *actors
                    .entry(c.code.get(..3).unwrap_or(&c.code))
                    .or_default() += 1;
            }
        }
        for (code, n) in actors {
            writeln!(out, "actor code\t{code}\t{n}")?;
        }
    }
    Ok(())
}

fn stats(dir: Option<&Path>, strict: bool, per_code: bool) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let d = load(dir, strict)?;
    let took = started.elapsed();
    let mut out = std::io::stdout().lock();
    let env = std::env::var_os("DYAD_DICT_DIR").map(PathBuf::from);
    match dir.or(env.as_deref()) {
        Some(p) => writeln!(out, "dictionaries\t{}", p.display())?,
        None => writeln!(out, "dictionaries\tdyad's own (embedded)")?,
    }
    write_stats(&mut out, &d, per_code)?;
    writeln!(out, "load and compile\t{:.3} s", took.as_secs_f64())?;
    for w in &d.warnings {
        writeln!(out, "warning\t{w}")?;
    }
    Ok(ExitCode::SUCCESS)
}
