//! `dyad dict import SRC --out DST`: a Phoenix/PETRARCH folder into dyad's layout.

use anyhow::Context;
use dyad_dict::{Dictionaries, FileKind, LoadOptions};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `dyad dict import`.
#[derive(clap::Args)]
pub struct Args {
    /// A folder of Phoenix/PETRARCH dictionary files (kinds guessed from file names).
    src: PathBuf,
    /// Where to write dyad's layout: verbs/, actors/, agents/, discards/.
    #[arg(long)]
    out: PathBuf,
    /// Overwrite files that already exist in the output folder.
    #[arg(long)]
    force: bool,
}

/// Where a source file goes in dyad's layout, or `None` for files dyad's layout has no
/// place for (the PICO ontology).
fn target(name: &str, kind: FileKind) -> Option<(&'static str, String)> {
    let lower = name.to_ascii_lowercase();
    let stem = &name[..name.len().saturating_sub(4)];
    Some(match kind {
        FileKind::Verbs if lower.ends_with(".verbs.txt") => ("verbs", name.to_string()),
        FileKind::Verbs => ("verbs", format!("{stem}.verbs.txt")),
        FileKind::Actors if lower.ends_with(".actors.txt") => ("actors", name.to_string()),
        FileKind::Actors => ("actors", format!("{stem}.actors.txt")),
        FileKind::Agents => ("agents", name.to_string()),
        FileKind::Discards => ("discards", name.to_string()),
        FileKind::Pico => return None,
    })
}

/// UTF-8 as is; anything else read as Latin-1, which the older dictionaries use.
fn decode(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&args.src)
        .with_context(|| format!("reading {}", args.src.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    names.sort();
    let mut written = 0;
    for path in &names {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let Some(kind) = FileKind::from_name(name) else {
            writeln!(out, "skipped\t{name}\tnot a dictionary file dyad reads")?;
            continue;
        };
        let Some((sub, new_name)) = target(name, kind) else {
            writeln!(
                out,
                "skipped\t{name}\tdyad's layout has no place for the PICO ontology"
            )?;
            continue;
        };
        let dir = args.out.join(sub);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let dest = dir.join(&new_name);
        if dest.exists() && !args.force {
            anyhow::bail!("{} exists; pass --force to overwrite", dest.display());
        }
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        std::fs::write(&dest, decode(bytes))
            .with_context(|| format!("writing {}", dest.display()))?;
        writeln!(out, "wrote\t{sub}/{new_name}\tfrom {name}")?;
        written += 1;
    }
    if written == 0 {
        anyhow::bail!(
            "{} holds no dictionary file (names with verbs, actors, agents or discards)",
            args.src.display()
        );
    }
    let opts = LoadOptions::default();
    let before = Dictionaries::load_dir(&args.src, &opts)
        .with_context(|| format!("loading {}", args.src.display()))?;
    let after = super::load_path(&args.out, &opts)?;
    writeln!(out, "# the imported folder, loaded as dyad loads it")?;
    super::write_stats(&mut out, &after, false)?;
    for w in &after.warnings {
        writeln!(out, "warning\t{w}")?;
    }
    let (mut a, mut b) = (before.stats(), after.stats());
    // The source may hold files the layout skips; compare what both hold.
    a.files = 0;
    b.files = 0;
    a.pico_codes = 0;
    if a == b {
        writeln!(
            out,
            "ok\tsame counts as {} loaded in place",
            args.src.display()
        )?;
        Ok(ExitCode::SUCCESS)
    } else {
        writeln!(
            out,
            "error\tcounts differ from {} loaded in place: {a:?} vs {b:?}",
            args.src.display()
        )?;
        Ok(ExitCode::from(1))
    }
}
