//! Scores dyad on the event development set and prints markdown tables.
//!
//! ```text
//! cargo run --release -p dyad-eval --example devset -- [--own] [--dict-dir DIR]... [-v]
//! ```
//! With no option it scores dyad's own dictionaries; `--own --dict-dir
//! ../shared/dictionaries/phoenix` puts both side by side. `-v` lists every sentence whose
//! main event was missed and every false event, for reading the failures; `--parse` adds
//! the tokens with their tags and dependencies. `--heldout` scores the held-out sentences
//! (`eval/events/heldout.jsonl`, never used for tuning) instead, `--devset FILE` any file,
//! and `--dump FILE` writes one JSON line per sentence and run (right type, right dyad,
//! coded events) for comparing two runs.

use dyad_eval::{load_items, score, Corpora, Report, ScoreOptions};
use dyad_pipeline::Pipeline;
use std::path::PathBuf;
use std::time::Instant;

const DEVSET: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../eval/events/devset.jsonl"
);
const HELDOUT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../eval/events/heldout.jsonl"
);
const CORPORA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpora/news");

fn main() {
    if let Err(e) = run() {
        eprintln!("devset: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut dirs: Vec<Option<PathBuf>> = Vec::new();
    let mut verbose = false;
    let mut parses = false;
    let mut devset = PathBuf::from(DEVSET);
    let mut dump: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--own" => dirs.push(None),
            "--dict-dir" => dirs.push(Some(args.next().ok_or("--dict-dir needs a folder")?.into())),
            "--devset" => devset = args.next().ok_or("--devset needs a file")?.into(),
            "--heldout" => devset = HELDOUT.into(),
            "--dump" => dump = Some(args.next().ok_or("--dump needs a file")?),
            "-v" | "--verbose" => verbose = true,
            "--parse" => (verbose, parses) = (true, true),
            other => return Err(format!("unknown argument {other:?}").into()),
        }
    }
    if dirs.is_empty() {
        dirs.push(None);
    }
    let items = load_items(&devset)?;
    let corpora = Corpora::open(CORPORA.as_ref());
    let texts = if corpora.is_available() {
        corpora.resolve(&items)?
    } else {
        eprintln!("devset: {CORPORA} is missing; corpus items are left out");
        Default::default()
    };
    let mut runs = Vec::new();
    for dir in &dirs {
        let t = Instant::now();
        let pipeline = Pipeline::builder().dict_dir(dir.clone()).build()?;
        let report = score(&pipeline, &items, &texts, &ScoreOptions::default());
        let name = match dir {
            None => "dyad's own".to_string(),
            Some(d) => d
                .file_name()
                .map_or("dir".into(), |n| n.to_string_lossy().into()),
        };
        eprintln!(
            "devset: {name}: {} items in {:.1} s",
            report.results.len(),
            t.elapsed().as_secs_f64()
        );
        if verbose {
            print_failures(&name, &report, parses.then_some(&pipeline));
        }
        runs.push((name, report));
    }
    if let Some(path) = &dump {
        let mut out = String::new();
        for (name, report) in &runs {
            for r in &report.results {
                let coded: Vec<String> = (r.coded.iter())
                    .map(|c| {
                        let a = |x: &Option<String>| x.clone().unwrap_or_else(|| "-".into());
                        format!("{} {} {}", a(&c.source), a(&c.target), c.code)
                    })
                    .collect();
                let line = serde_json::json!({
                    "run": name, "id": r.id, "right_type": r.right_type,
                    "right_dyad": r.right_dyad, "coded": coded,
                });
                out.push_str(&line.to_string());
                out.push('\n');
            }
        }
        std::fs::write(path, out).map_err(|e| format!("{path}: {e}"))?;
    }
    let refs: Vec<(&str, &Report)> = runs.iter().map(|(n, r)| (n.as_str(), r)).collect();
    if let Some((_, first)) = refs.first() {
        println!("{}", first.composition());
    }
    println!("{}", Report::summary_table(&refs));
    println!("{}", Report::root_table(&refs));
    println!("{}", Report::failure_table(&refs));
    Ok(())
}

fn print_failures(name: &str, report: &Report, pipeline: Option<&Pipeline>) {
    let show = |a: &Option<String>| a.clone().unwrap_or_else(|| "-".into());
    for r in &report.results {
        let main_ok = r.right_dyad;
        let false_events: Vec<_> = (0..r.coded.len())
            .filter(|k| !r.matched.by_dyad.iter().any(|p| p.1 == *k))
            .collect();
        if main_ok && false_events.is_empty() {
            continue;
        }
        println!(
            "[{name}] {} {}{}",
            r.id,
            if r.right_type { "type-ok " } else { "" },
            r.text.replace('\n', " ")
        );
        for e in &r.expected {
            println!(
                "    want {} {} {}",
                show(&e.source),
                show(&e.target),
                e.code
            );
        }
        for (k, c) in r.coded.iter().enumerate() {
            let tag = if false_events.contains(&k) {
                "FALSE"
            } else {
                "ok"
            };
            println!(
                "    got  {} {} {} {tag}",
                show(&c.source),
                show(&c.target),
                c.code
            );
        }
        for s in pipeline.map(|p| p.parse(&r.text)).unwrap_or_default() {
            let words: Vec<String> = (s.tokens.iter())
                .map(|t| format!("{}/{:?}/{}>{}", t.form, t.upos, t.deprel, t.head))
                .collect();
            println!("    parse {}", words.join(" "));
        }
    }
}
