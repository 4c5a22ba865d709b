//! `dyad ingest`: analyse articles and store them. Idempotent (an article already stored,
//! by content hash, is skipped before it is analysed), resumable (each article is stored
//! in its own transaction, finished files are remembered), and interruptible (Ctrl-C stops
//! after the articles in hand are stored).

use super::input::{Input, PipelineArgs};
use anyhow::Context;
use dyad_model::{Analysis, Article};
use dyad_pipeline::Pipeline;
use dyad_store::{content_hash, Store};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// Articles analysed together before they are stored.
const CHUNK: usize = 64;

/// Arguments of `dyad ingest`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: Input,
    /// The event store (created if missing).
    #[arg(long, default_value = "dyad.db")]
    db: PathBuf,
    #[command(flatten)]
    pipeline: PipelineArgs,
    /// Worker threads for analysis (default: the machine's cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Read files again even if an earlier ingest finished them.
    #[arg(long)]
    force: bool,
}

/// What one ingest did.
#[derive(Debug, Default)]
pub struct Tally {
    pub read: usize,
    pub stored: usize,
    pub skipped: usize,
    pub failed: usize,
    pub files_skipped: usize,
    pub bytes: usize,
    pub events: usize,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pipeline = args.pipeline.build(false)?;
    let mut store =
        Store::open(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let stop = stop_on_ctrl_c();
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let started = Instant::now();
    let tally = ingest(
        &pipeline,
        &mut store,
        &args.input,
        threads,
        args.force,
        &stop,
        true,
    )?;
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    let (mentions, events) = store.fold_counts()?;
    eprintln!(
        "{} articles read, {} stored, {} already stored, {} failed, {} files already done; {} events coded; \
         {:.1} articles/s, {:.2} MB/s; store: {mentions} mentions folded into {events} events",
        tally.read,
        tally.stored,
        tally.skipped,
        tally.failed,
        tally.files_skipped,
        tally.events,
        tally.read as f64 / secs,
        tally.bytes as f64 / secs / 1e6,
    );
    if stop.load(Ordering::SeqCst) {
        eprintln!("interrupted: everything above is stored; run the same command to go on");
        return Ok(ExitCode::from(130));
    }
    Ok(if tally.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A flag that Ctrl-C raises, so a long job stops after the articles in hand are stored;
/// a second Ctrl-C while it finishes ends the process at once.
pub(crate) fn stop_on_ctrl_c() -> Arc<AtomicBool> {
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let _ = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
    stop
}

fn progress(paths: &[PathBuf], show: bool) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = if paths.len() > 1 {
        let b = ProgressBar::new(paths.len() as u64);
        b.set_style(
            ProgressStyle::with_template(
                "{elapsed_precise} [{bar:30}] {pos}/{len} files, ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b
    } else {
        let b = ProgressBar::new_spinner();
        b.set_style(
            ProgressStyle::with_template("{elapsed_precise} {spinner} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        b
    };
    // indicatif draws only when standard error is a terminal: quiet when piped.
    bar.enable_steady_tick(std::time::Duration::from_millis(250));
    bar
}

pub(crate) fn file_stamp(path: &Path) -> Option<(String, u64, String)> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Some((path.display().to_string(), meta.len(), modified.to_string()))
}

/// Reads, analyses and stores every input; the core of `ingest` and `watch`.
pub fn ingest(
    pipeline: &Pipeline,
    store: &mut Store,
    input: &Input,
    threads: usize,
    force: bool,
    stop: &AtomicBool,
    show_progress: bool,
) -> anyhow::Result<Tally> {
    let reader = input.reader();
    let paths = input.paths();
    let bar = progress(&paths, show_progress);
    let started = Instant::now();
    let mut t = Tally::default();
    for path in &paths {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let stamp = (path.as_os_str() != "-")
            .then(|| file_stamp(path))
            .flatten();
        if let (Some((p, size, modified)), false) = (&stamp, force) {
            if store.is_file_done(p, *size, modified)? {
                t.files_skipped += 1;
                bar.inc(1);
                continue;
            }
        }
        let mut chunk: Vec<Article> = Vec::with_capacity(CHUNK);
        let mut in_file = 0usize;
        let mut interrupted = false;
        for item in reader.read_path(path) {
            match item {
                Ok(a) => {
                    t.read += 1;
                    in_file += 1;
                    t.bytes += a.text.len();
                    if store.has_article(&content_hash(a.title.as_deref(), &a.text))? {
                        t.skipped += 1;
                    } else {
                        chunk.push(a);
                    }
                }
                Err(e) => {
                    bar.suspend(|| eprintln!("dyad: {e}"));
                    t.failed += 1;
                }
            }
            if chunk.len() >= CHUNK {
                store_chunk(pipeline, store, &mut chunk, threads, &mut t)?;
                let rate = t.read as f64 / started.elapsed().as_secs_f64().max(1e-9);
                bar.set_message(format!(
                    "{} articles, {rate:.0}/s, {} events",
                    t.read, t.events
                ));
            }
            if stop.load(Ordering::SeqCst) {
                interrupted = true;
                break;
            }
        }
        store_chunk(pipeline, store, &mut chunk, threads, &mut t)?;
        if let (Some((p, size, modified)), false) = (&stamp, interrupted) {
            store.mark_file_done(p, *size, modified, in_file)?;
        }
        bar.inc(1);
        let rate = t.read as f64 / started.elapsed().as_secs_f64().max(1e-9);
        bar.set_message(format!(
            "{} articles, {rate:.0}/s, {} events",
            t.read, t.events
        ));
    }
    bar.finish_and_clear();
    Ok(t)
}

/// Analyses a chunk on `threads` threads, then stores each article in its own transaction.
fn store_chunk(
    pipeline: &Pipeline,
    store: &mut Store,
    chunk: &mut Vec<Article>,
    threads: usize,
    t: &mut Tally,
) -> anyhow::Result<()> {
    if chunk.is_empty() {
        return Ok(());
    }
    let per = chunk.len().div_ceil(threads);
    let analyses: Vec<Analysis> = std::thread::scope(|sc| {
        let handles: Vec<_> = chunk
            .chunks(per)
            .map(|part| {
                sc.spawn(move || part.iter().map(|a| pipeline.analyze(a)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    if analyses.len() != chunk.len() {
        eprintln!(
            "dyad: {} articles of a chunk could not be analysed (a worker failed)",
            chunk.len() - analyses.len()
        );
        t.failed += chunk.len() - analyses.len();
    }
    for a in &analyses {
        match store.insert(a) {
            Ok(Some(_)) => {
                t.stored += 1;
                t.events += a.events.len();
            }
            Ok(None) => t.skipped += 1,
            Err(e) => {
                eprintln!("dyad: storing article {}: {e}", a.article.id);
                t.failed += 1;
            }
        }
    }
    chunk.clear();
    Ok(())
}
