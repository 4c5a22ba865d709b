//! `dyad dict check`: the dictionary lint, printed as `file:line: severity: message`.

use dyad_dict::{Check, Lint, LintBuilder, Severity};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `dyad dict check`.
#[derive(clap::Args)]
pub struct Args {
    /// Dictionary folder (dyad's layout or a flat Phoenix folder). Default: dyad's own.
    #[arg(long)]
    dict_dir: Option<PathBuf>,
    /// Print only the counts, not each finding.
    #[arg(long)]
    summary: bool,
}

/// The lint with CAMEO's event codes and the gazetteer's ISO alpha-3 codes.
pub(crate) fn lint() -> anyhow::Result<Lint> {
    let gaz = dyad_geo::Gazetteer::embedded()?;
    let countries: Vec<String> = gaz
        .entries()
        .iter()
        .filter(|e| e.feature == dyad_geo::FeatureType::Country)
        .filter_map(|e| gaz.iso3(&e.iso2).map(str::to_string))
        .collect();
    Ok(LintBuilder::new()
        .event_codes(dyad_model::cameo::rows().iter().map(|r| r.code))
        .countries(countries)
        .build())
}

fn check_name(c: Check) -> &'static str {
    match c {
        Check::Malformed => "malformed entry",
        Check::UndefinedSynset => "undefined synset",
        Check::UnknownEventCode => "unknown event code",
        Check::DuplicatePattern => "duplicate pattern",
        Check::ShadowedPattern => "shadowed pattern",
        Check::DuplicateVerb => "verb in two families",
        Check::UnknownActorCode => "unknown actor code",
        Check::EmptyDateRange => "empty date range",
        Check::OpenTerm => "office without end date",
        Check::DuplicateName => "duplicate name, other codes",
        Check::UnknownRole => "unknown agent role",
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let d = super::load(args.dict_dir.as_deref(), false)?;
    let findings = lint()?.check(&d);
    let mut out = std::io::stdout().lock();
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let (mut errors, mut warnings) = (0, 0);
    for f in &findings {
        if !args.summary {
            writeln!(out, "{f}")?;
        }
        let sev = match f.severity {
            Severity::Error => {
                errors += 1;
                "error"
            }
            _ => {
                warnings += 1;
                "warning"
            }
        };
        *counts.entry((sev, check_name(f.check))).or_default() += 1;
    }
    for ((sev, name), n) in &counts {
        writeln!(out, "count\t{sev}\t{name}\t{n}")?;
    }
    writeln!(
        out,
        "{errors} errors, {warnings} warnings in {} files",
        d.files.len()
    )?;
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
