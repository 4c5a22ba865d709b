//! `dyad validate`: run PETRARCH-format validation records and score exact matches.
//!
//! The records' `<Environment>` names the dictionaries, found beside the file or in
//! `--dict-dir`. When a `NAME.2.0.txt` verb file sits beside the named `NAME.txt` (as in
//! UniversalPetrarch's suite, whose UD records were made for the 2.0 verbs), the 2.0
//! file is used; `--verbs FILE` overrides both. A PICO ontology file
//! (`*Ontology*.txt`) in the same folder is loaded too.

use anyhow::Context;
use dyad_coder::validate::{given_parse, run as score, ValidationFile};
use dyad_coder::CoderBuilder;
use dyad_dict::{Dictionaries, FileKind, LoadOptions};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `dyad validate`.
#[derive(clap::Args)]
pub struct Args {
    /// Validation file (PETRARCH `<Validation>` XML).
    file: PathBuf,
    /// Where parses come from: `given` uses each record's CoNLL-U `<Parse>`; by default
    /// dyad tokenizes and parses each record's `<Text>` itself.
    #[arg(long, value_name = "given")]
    parses: Option<String>,
    /// Folder holding the dictionaries the file names (default: the file's folder).
    #[arg(long)]
    dict_dir: Option<PathBuf>,
    /// Verb dictionary to use instead of the one the file names.
    #[arg(long)]
    verbs: Option<PathBuf>,
    /// Stop at the first malformed dictionary entry.
    #[arg(long)]
    strict: bool,
    /// Print passing records too.
    #[arg(long)]
    verbose: bool,
}

/// The dictionary files a validation file needs.
fn files(vf: &ValidationFile, args: &Args) -> anyhow::Result<Vec<(PathBuf, FileKind)>> {
    let dir = match &args.dict_dir {
        Some(d) => d.clone(),
        // A bare file name's parent is "": the current folder, which `read_dir` (for the
        // ontology) must be given as ".".
        None => match args.file.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        },
    };
    let mut out = Vec::new();
    let verbs = match (&args.verbs, &vf.env.verbs) {
        (Some(v), _) => v.clone(),
        (None, Some(name)) => {
            let named = dir.join(name);
            let v2 = named.with_extension("2.0.txt");
            if v2.is_file() {
                eprintln!("dyad: using {} (the 2.0 verbs beside {name})", v2.display());
                v2
            } else {
                named
            }
        }
        (None, None) => anyhow::bail!(
            "{}: no <Verbfile> in <Environment>; pass --verbs",
            args.file.display()
        ),
    };
    out.push((verbs, FileKind::Verbs));
    for a in &vf.env.actors {
        out.push((dir.join(a), FileKind::Actors));
    }
    if let Some(a) = &vf.env.agents {
        out.push((dir.join(a), FileKind::Agents));
    }
    if let Some(a) = &vf.env.discards {
        out.push((dir.join(a), FileKind::Discards));
    }
    if let Ok(rd) = std::fs::read_dir(&dir) {
        let mut pico: Vec<PathBuf> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| FileKind::from_name(n) == Some(FileKind::Pico))
            })
            .collect();
        pico.sort();
        out.extend(pico.into_iter().map(|p| (p, FileKind::Pico)));
    }
    Ok(out)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let given = match args.parses.as_deref() {
        Some("given") => true,
        Some(other) => anyhow::bail!(
            "--parses {other:?}: only `given` is supported (or leave it out to parse the text)"
        ),
        None => false,
    };
    let vf = ValidationFile::read(&args.file)?;
    let files = files(&vf, &args)?;
    let d = Dictionaries::load_files(
        &files,
        &LoadOptions {
            strict: args.strict,
        },
    )
    .context("loading dictionaries")?;
    if !d.warnings.is_empty() {
        eprintln!(
            "dyad: {} malformed dictionary entries skipped",
            d.warnings.len()
        );
    }
    let coder = CoderBuilder::new().dictionaries(d).build()?;
    let report = if given {
        score(&vf, &coder, &given_parse)
    } else {
        let tokenizer = dyad_text::Tokenizer::new();
        let analyzer = dyad_nlp::Analyzer::from_env().context("loading the parser model")?;
        let own = |r: &dyad_coder::validate::Record| own_parse(&tokenizer, &analyzer, &r.text);
        score(&vf, &coder, &own)
    };
    let mut out = std::io::stdout().lock();
    for (line, msg) in &report.unreadable {
        writeln!(out, "UNREADABLE line {line}: {msg}")?;
    }
    let join = |v: &[dyad_coder::validate::Triple]| {
        if v.is_empty() {
            "(no events)".to_string()
        } else {
            v.iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        }
    };
    for o in &report.outcomes {
        if o.passed && !args.verbose {
            continue;
        }
        let verdict = if o.passed { "PASS" } else { "FAIL" };
        writeln!(out, "{verdict} {} (line {})", o.id, o.line)?;
        writeln!(out, "  expected: {}", join(&o.expected))?;
        writeln!(out, "  got:      {}", join(&o.got))?;
        if let Some(p) = &o.problem {
            writeln!(out, "  problem:  {p}")?;
        }
    }
    writeln!(out, "{} skipped (sentence=\"false\")", report.skipped)?;
    writeln!(out, "{} passed, {} failed", report.passed, report.failed)?;
    Ok(if report.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// A record's text as one sentence, tokenized and parsed by dyad itself (the records are
/// one sentence each, so the splitter is not asked to decide).
fn own_parse(
    tokenizer: &dyad_text::Tokenizer,
    analyzer: &dyad_nlp::Analyzer,
    text: &str,
) -> Result<dyad_model::Sentence, String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut s = dyad_model::Sentence {
        span: dyad_model::Span::new(0, text.len()),
        text: text.clone(),
        ..Default::default()
    };
    tokenizer.tokenize_into(&text, &mut s.tokens);
    if s.tokens.is_empty() {
        return Err("the record has no text".into());
    }
    analyzer.analyze(&mut s);
    Ok(s)
}
