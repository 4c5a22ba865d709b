//! `dyad watch`: follow folders, files and feeds; ingest what is new; evaluate the rules;
//! report new alerts. Ctrl-C stops after the articles in hand are stored; a restart goes
//! on where it left off (finished files and stored articles are remembered in the store).

use super::alerts::{append_jsonl, evaluate_and_store, load_rules};
use super::ingest::{file_stamp, ingest, stop_on_ctrl_c};
use super::input::{Input, PipelineArgs};
use anyhow::Context;
use dyad_store::Store;
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// Arguments of `dyad watch`.
#[derive(clap::Args)]
pub struct Args {
    /// Folders and files to follow.
    paths: Vec<PathBuf>,
    /// Feed URLs (RSS or Atom) to poll.
    #[arg(long = "feed")]
    feeds: Vec<String>,
    /// A TOML config: paths = [...], feeds = [...], rules, jsonl, webhook, interval_ms.
    #[arg(long)]
    config: Option<PathBuf>,
    /// The event store (created if missing).
    #[arg(long, default_value = "dyad.db")]
    db: PathBuf,
    /// Rules file (TOML); the built-in rules otherwise.
    #[arg(long)]
    rules: Option<PathBuf>,
    /// Append new alerts to this JSONL file.
    #[arg(long)]
    jsonl: Option<PathBuf>,
    /// POST new alerts to this URL.
    #[arg(long)]
    webhook: Option<String>,
    /// How often to look at the folders, in milliseconds.
    #[arg(long, default_value_t = 250)]
    interval_ms: u64,
    /// How often to poll feeds, in seconds.
    #[arg(long, default_value_t = 300)]
    feed_interval: u64,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Config {
    #[serde(default)]
    paths: Vec<PathBuf>,
    #[serde(default)]
    feeds: Vec<String>,
    rules: Option<PathBuf>,
    jsonl: Option<PathBuf>,
    webhook: Option<String>,
    interval_ms: Option<u64>,
}

pub fn run(mut args: Args) -> anyhow::Result<ExitCode> {
    if let Some(path) = &args.config {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let c: Config =
            toml::from_str(&text).with_context(|| format!("config {}", path.display()))?;
        args.paths.extend(c.paths);
        args.feeds.extend(c.feeds);
        args.rules = args.rules.or(c.rules);
        args.jsonl = args.jsonl.or(c.jsonl);
        args.webhook = args.webhook.or(c.webhook);
        if let Some(ms) = c.interval_ms {
            args.interval_ms = ms;
        }
    }
    if args.paths.is_empty() && args.feeds.is_empty() {
        anyhow::bail!("nothing to watch: give folders, files, --feed URLs or --config");
    }
    let rules = load_rules(args.rules.as_deref())?;
    let pipeline = args.pipeline.build(false)?;
    let mut store =
        Store::open(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let stop = stop_on_ctrl_c();
    eprintln!(
        "dyad: watching {} paths and {} feeds into {} (Ctrl-C stops)",
        args.paths.len(),
        args.feeds.len(),
        args.db.display()
    );
    // A file is read once its size and time have stayed the same for one look, so a file
    // still being written is not read half-way.
    let mut seen: HashMap<PathBuf, (u64, String)> = HashMap::new();
    let mut last_feed_poll: Option<Instant> = None;
    while !stop.load(Ordering::SeqCst) {
        let looked = Instant::now();
        let listing = Input {
            files: args.paths.clone(),
            ..Input::default()
        }
        .paths();
        let mut ready = Vec::new();
        for p in listing {
            let Some((_, size, modified)) = file_stamp(&p) else {
                continue;
            };
            let stamp = (size, modified);
            if seen.get(&p) == Some(&stamp)
                && !store.is_file_done(&p.display().to_string(), stamp.0, &stamp.1)?
            {
                ready.push(p.clone());
            }
            seen.insert(p, stamp);
        }
        let mut new_articles = 0;
        if !ready.is_empty() {
            let input = Input {
                files: ready,
                ..Input::default()
            };
            let t = ingest(&pipeline, &mut store, &input, 1, false, &stop, false)?;
            new_articles += t.stored;
        }
        if !args.feeds.is_empty()
            && last_feed_poll.is_none_or(|t| t.elapsed() >= Duration::from_secs(args.feed_interval))
        {
            last_feed_poll = Some(Instant::now());
            for url in &args.feeds {
                match poll_feed(url, &pipeline, &mut store) {
                    Ok(n) => new_articles += n,
                    Err(e) => eprintln!("dyad: feed {url}: {e:#}"),
                }
            }
        }
        if new_articles > 0 {
            report(&store, &rules_clone(&args, &rules)?, &args)?;
        }
        let spent = looked.elapsed();
        let wait = Duration::from_millis(args.interval_ms).saturating_sub(spent);
        std::thread::sleep(wait);
    }
    eprintln!("dyad: stopped; everything taken in is stored");
    Ok(ExitCode::SUCCESS)
}

fn rules_clone(args: &Args, rules: &dyad_warn::Rules) -> anyhow::Result<dyad_warn::Rules> {
    // Re-read a rules file each round so edits apply without a restart.
    match &args.rules {
        Some(p) => load_rules(Some(p)),
        None => Ok(rules.clone()),
    }
}

/// Evaluates the rules over the last days the new articles touched and reports new alerts.
fn report(store: &Store, rules: &dyad_warn::Rules, args: &Args) -> anyhow::Result<()> {
    let log = dyad_warn::EventLog::from_store(store)?;
    let Some((_, last)) = log.span() else {
        return Ok(());
    };
    let from = last - chrono::Duration::days(7);
    let fresh = evaluate_and_store(store, rules.clone(), from, last)?;
    for a in &fresh {
        print!("{}", a.pretty());
    }
    if let Some(path) = &args.jsonl {
        append_jsonl(path, &fresh)?;
    }
    if let Some(url) = &args.webhook {
        for a in &fresh {
            if let Err(e) = super::webhook::post(url, a) {
                eprintln!("dyad: webhook {url}: alert {}: {e:#}", a.id);
            }
        }
    }
    Ok(())
}

/// Most bytes read from one feed.
const MAX_FEED_BYTES: u64 = 32 << 20;

fn poll_feed(
    url: &str,
    pipeline: &dyad_pipeline::Pipeline,
    store: &mut Store,
) -> anyhow::Result<usize> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(20)))
        .build()
        .into();
    let mut res = agent.get(url).call()?;
    let bytes = res
        .body_mut()
        .with_config()
        .limit(MAX_FEED_BYTES)
        .read_to_vec()?;
    let reader = dyad_read::Reader::builder()
        .format(dyad_read::Format::Feed)
        .build();
    let mut stored = 0;
    for item in reader.read_bytes(url, &bytes) {
        match item {
            Ok(article) => {
                if store.has_article(&dyad_store::content_hash(
                    article.title.as_deref(),
                    &article.text,
                ))? {
                    continue;
                }
                if store.insert(&pipeline.analyze(&article))?.is_some() {
                    stored += 1;
                }
            }
            Err(e) => eprintln!("dyad: {e}"),
        }
    }
    Ok(stored)
}
