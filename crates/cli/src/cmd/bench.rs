//! `dyad bench`: throughput of every stage on real news and on the treebank, per core
//! (one thread, CPU time of that thread), with peak memory. Each stage checks the counts
//! it produced against the stage before it, so a fast wrong answer fails.

use anyhow::Context;
use dyad_model::{Article, Sentence};
use dyad_pipeline::Pipeline;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `dyad bench`.
#[derive(clap::Args)]
pub struct Args {
    /// News to measure on: any input dyad reads (default: the AllSides sample beside the checkout).
    #[arg(
        long,
        default_value = "../shared/corpora/news/allsides/articles_every3rd.jsonl.gz"
    )]
    corpus: PathBuf,
    /// Articles taken from the corpus.
    #[arg(long, default_value_t = 2000)]
    articles: usize,
    /// A CoNLL-U treebank for tag+parse on gold tokenization (default: EWT test beside the checkout).
    #[arg(
        long,
        default_value = "../shared/treebanks/UD_English-EWT/en_ewt-ud-test.conllu"
    )]
    treebank: PathBuf,
    /// A folder of Phoenix-format dictionaries to time loading of (optional).
    #[arg(long)]
    phoenix: Option<PathBuf>,
    /// Expected sentence and token counts on the corpus sample ("SENTENCES,TOKENS"); the bench fails on a mismatch.
    #[arg(long)]
    expect: Option<String>,
}

fn cpu() -> f64 {
    dyad_nlp::thread_cpu_seconds().unwrap_or(0.0)
}

/// Times `f` by this thread's CPU time (and wall time when the CPU clock is unavailable).
fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let (c0, w0) = (cpu(), Instant::now());
    let out = f();
    let c = cpu() - c0;
    (
        out,
        if c > 0.0 {
            c
        } else {
            w0.elapsed().as_secs_f64()
        },
    )
}

fn peak_rss_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn row(stage: &str, secs: f64, units: &[(f64, &str)]) {
    let rates: Vec<String> = units
        .iter()
        .map(|(n, u)| format!("{:>12.0} {u}/s", n / secs.max(1e-9)))
        .collect();
    println!("| {stage:<28} | {secs:>8.3} | {} |", rates.join(" | "));
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    println!(
        "dyad bench: one thread, CPU seconds of that thread; input {} (first {} articles)",
        args.corpus.display(),
        args.articles
    );
    println!("| stage | seconds | rates |\n|---|---|---|");
    let (dicts, secs) = timed(|| dyad_pipeline::embedded_dictionaries(&Default::default()));
    let dicts = dicts?;
    let st = dicts.stats();
    row("load dyad dictionaries", secs, &[]);
    println!("|   ({st:?}) | | |");
    if let Some(dir) = &args.phoenix {
        let (d, secs) = timed(|| dyad_dict::Dictionaries::load_dir(dir, &Default::default()));
        let d = d.with_context(|| format!("loading {}", dir.display()))?;
        row("load Phoenix dictionaries", secs, &[]);
        println!("|   ({:?}) | | |", d.stats());
    }
    let (gaz, secs) = timed(dyad_geo::Gazetteer::embedded);
    gaz?;
    row("load gazetteer", secs, &[]);
    let (pipeline, secs) = timed(|| {
        Pipeline::builder()
            .dictionaries(std::sync::Arc::new(dicts))
            .build()
    });
    let pipeline = pipeline?;
    row("load parser model + build", secs, &[]);
    println!("|   ({} parser) | | |", pipeline.parser_kind());

    let reader = dyad_read::Reader::builder().build();
    let articles: Vec<Article> = reader
        .read_path(&args.corpus)
        .filter_map(Result::ok)
        .take(args.articles)
        .collect();
    if articles.is_empty() {
        anyhow::bail!("no articles read from {}", args.corpus.display());
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();

    let (mut sentences, secs) = timed(|| {
        articles
            .iter()
            .map(|a| pipeline.split(&a.text))
            .collect::<Vec<Vec<Sentence>>>()
    });
    let n_sent: usize = sentences.iter().map(Vec::len).sum();
    let n_tok: usize = sentences.iter().flatten().map(|s| s.tokens.len()).sum();
    row(
        "split + tokenize",
        secs,
        &[
            (bytes as f64 / 1e6, "MB"),
            (n_sent as f64, "sentences"),
            (n_tok as f64, "tokens"),
        ],
    );

    let ((), secs) = timed(|| {
        for doc in &mut sentences {
            pipeline.parse_tokenized(doc);
        }
    });
    let parsed_tokens: usize = sentences
        .iter()
        .flatten()
        .filter(|s| s.tokens.iter().all(|t| !t.deprel.is_empty()))
        .map(|s| s.tokens.len())
        .sum();
    row(
        "tag + lemmatize + parse",
        secs,
        &[(n_sent as f64, "sentences"), (n_tok as f64, "tokens")],
    );

    let (events, secs) = timed(|| {
        sentences
            .iter()
            .flatten()
            .map(|s| pipeline.code(s, None).len())
            .sum::<usize>()
    });
    row(
        "code (parsed sentences)",
        secs,
        &[(n_sent as f64, "sentences"), (n_tok as f64, "tokens")],
    );

    let (analyses, secs) = timed(|| {
        articles
            .iter()
            .map(|a| pipeline.analyze(a))
            .collect::<Vec<_>>()
    });
    let a_sent: usize = analyses.iter().map(|a| a.sentences.len()).sum();
    let a_events: usize = analyses.iter().map(|a| a.events.len()).sum();
    row(
        "whole pipeline (analyze)",
        secs,
        &[
            (articles.len() as f64, "articles"),
            (a_sent as f64, "sentences"),
            (n_tok as f64, "tokens"),
        ],
    );
    println!(
        "\ncounts: {} articles, {:.1} MB, {n_sent} sentences, {n_tok} tokens, {events} events coded from the parsed sentences, {a_events} by analyze",
        articles.len(),
        bytes as f64 / 1e6
    );

    let mut ok = true;
    if parsed_tokens != n_tok {
        eprintln!("FAIL: {n_tok} tokens split but {parsed_tokens} parsed");
        ok = false;
    }
    if a_sent != n_sent {
        eprintln!("FAIL: analyze found {a_sent} sentences, split found {n_sent}");
        ok = false;
    }
    if let Some(exp) = &args.expect {
        let (s, t) = exp
            .split_once(',')
            .context("--expect takes SENTENCES,TOKENS")?;
        let (s, t): (usize, usize) = (s.trim().parse()?, t.trim().parse()?);
        if (s, t) != (n_sent, n_tok) {
            eprintln!("FAIL: expected {s} sentences and {t} tokens, got {n_sent} and {n_tok}");
            ok = false;
        }
    }

    if args.treebank.exists() {
        let text = std::fs::read_to_string(&args.treebank)
            .with_context(|| format!("reading {}", args.treebank.display()))?;
        let gold = dyad_model::conllu::parse(&text)
            .with_context(|| format!("{}", args.treebank.display()))?;
        let mut work: Vec<Sentence> = gold
            .iter()
            .map(|s| Sentence {
                tokens: s
                    .tokens
                    .iter()
                    .map(|t| dyad_model::Token {
                        form: t.form.clone(),
                        span: t.span,
                        ..Default::default()
                    })
                    .collect(),
                ..s.clone()
            })
            .collect();
        let ((), secs) = timed(|| pipeline.parse_tokenized(&mut work));
        let toks: usize = work.iter().map(|s| s.tokens.len()).sum();
        let scores = dyad_nlp::score(&work, &gold);
        println!("\ntreebank {}:", args.treebank.display());
        println!("| stage | seconds | rates |\n|---|---|---|");
        row(
            "tag + lemmatize + parse",
            secs,
            &[(work.len() as f64, "sentences"), (toks as f64, "tokens")],
        );
        println!(
            "accuracy on it: UPOS {:.2}, XPOS {:.2}, lemma {:.2}, UAS {:.2}, LAS {:.2} ({} words)",
            scores.upos, scores.xpos, scores.lemma, scores.uas, scores.las, scores.words
        );
    }
    if let Some(mb) = peak_rss_mb() {
        println!("\npeak RSS: {mb:.0} MB");
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
