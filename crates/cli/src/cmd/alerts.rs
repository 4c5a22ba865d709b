//! `dyad alerts`: evaluate early-warning rules on the store, backtest them on history,
//! list stored alerts, print the built-in rules.

use anyhow::Context;
use chrono::NaiveDate;
use dyad_store::Store;
use dyad_warn::{backtest, Alert, Engine, EventLog, Rules};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `dyad alerts`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Sub,
}

#[derive(clap::Subcommand)]
enum Sub {
    /// Evaluate the rules for the days in the store (or one range) and store new alerts.
    Run(RunArgs),
    /// Replay a stored period day by day as if live; report which alerts would have fired.
    Backtest(BacktestArgs),
    /// List stored alerts.
    List(ListArgs),
    /// Print the built-in rules (TOML) to copy and edit.
    Rules,
}

#[derive(clap::Args)]
struct Common {
    /// The event store.
    #[arg(long, default_value = "dyad.db")]
    db: PathBuf,
    /// Rules file (TOML); the built-in rules otherwise.
    #[arg(long)]
    rules: Option<PathBuf>,
    /// First day (YYYY-MM-DD); the store's first day otherwise.
    #[arg(long)]
    from: Option<NaiveDate>,
    /// Last day (YYYY-MM-DD); the store's last day otherwise.
    #[arg(long)]
    to: Option<NaiveDate>,
    /// Output: pretty for a terminal, or json (one alert per line).
    #[arg(long, value_parser = ["pretty", "json"], default_value = "pretty")]
    format: String,
}

#[derive(clap::Args)]
struct RunArgs {
    #[command(flatten)]
    common: Common,
    /// Also append alerts to this JSONL file.
    #[arg(long)]
    jsonl: Option<PathBuf>,
    /// POST each new alert as JSON to this URL (http://...), with retries.
    #[arg(long)]
    webhook: Option<String>,
}

#[derive(clap::Args)]
struct BacktestArgs {
    #[command(flatten)]
    common: Common,
    /// Write a markdown report (alerts per month, lead time before the peak) to this file.
    #[arg(long)]
    report: Option<PathBuf>,
}

#[derive(clap::Args)]
struct ListArgs {
    /// The event store.
    #[arg(long, default_value = "dyad.db")]
    db: PathBuf,
    /// At most this many.
    #[arg(long, default_value_t = 50)]
    limit: usize,
    /// Output: pretty or json.
    #[arg(long, value_parser = ["pretty", "json"], default_value = "pretty")]
    format: String,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        Sub::Rules => {
            print!("{}", Rules::default_toml());
            Ok(ExitCode::SUCCESS)
        }
        Sub::List(a) => list(a),
        Sub::Run(a) => run_rules(a),
        Sub::Backtest(a) => run_backtest(a),
    }
}

fn open(db: &Path) -> anyhow::Result<Store> {
    if !db.exists() {
        anyhow::bail!(
            "{} does not exist; create it with `dyad ingest FILES --db {}`",
            db.display(),
            db.display()
        );
    }
    Store::open(db).with_context(|| format!("opening {}", db.display()))
}

pub(crate) fn load_rules(path: Option<&Path>) -> anyhow::Result<Rules> {
    Ok(match path {
        Some(p) => Rules::from_path(p)?,
        None => Rules::default_rules()?,
    })
}

fn range(common: &Common, log: &EventLog) -> anyhow::Result<Option<(NaiveDate, NaiveDate)>> {
    let Some((first, last)) = log.span() else {
        return Ok(None);
    };
    let from = common.from.unwrap_or(first);
    let to = common.to.unwrap_or(last);
    if from > to {
        anyhow::bail!("--from {from} is after --to {to}");
    }
    Ok(Some((from, to)))
}

fn print_alert(a: &Alert, format: &str, out: &mut impl Write) -> anyhow::Result<()> {
    if format == "json" {
        serde_json::to_writer(&mut *out, a)?;
        writeln!(out)?;
    } else {
        write!(out, "{}", a.pretty())?;
    }
    Ok(())
}

/// Evaluates rules over a range and stores what is new; used by `alerts run` and `watch`.
pub(crate) fn evaluate_and_store(
    store: &Store,
    rules: Rules,
    from: NaiveDate,
    to: NaiveDate,
) -> anyhow::Result<Vec<Alert>> {
    let log = EventLog::from_store(store)?;
    let mut engine = Engine::new(rules);
    for a in store.alerts(100_000, 0)? {
        if let Ok(day) = NaiveDate::parse_from_str(&a.raised_on, "%Y-%m-%d") {
            engine.remember(&a.rule, &a.subject, day);
        }
    }
    let mut fresh = Vec::new();
    let mut day = from;
    while day <= to {
        for mut alert in engine.step(&log, day) {
            alert.attach_sentences(store, 2)?;
            if store.insert_alert(&alert.to_row()?)? {
                fresh.push(alert);
            }
        }
        day += chrono::Duration::days(1);
    }
    Ok(fresh)
}

fn run_rules(a: RunArgs) -> anyhow::Result<ExitCode> {
    let store = open(&a.common.db)?;
    let rules = load_rules(a.common.rules.as_deref())?;
    let log = EventLog::from_store(&store)?;
    let Some((from, to)) = range(&a.common, &log)? else {
        eprintln!("no dated events in {}", a.common.db.display());
        return Ok(ExitCode::SUCCESS);
    };
    let fresh = evaluate_and_store(&store, rules, from, to)?;
    let mut out = std::io::stdout().lock();
    for alert in &fresh {
        print_alert(alert, &a.common.format, &mut out)?;
    }
    if let Some(path) = &a.jsonl {
        append_jsonl(path, &fresh)?;
    }
    let mut failed = false;
    if let Some(url) = &a.webhook {
        for alert in &fresh {
            if let Err(e) = crate::cmd::webhook::post(url, alert) {
                eprintln!("dyad: webhook {url}: alert {}: {e:#}", alert.id);
                failed = true;
            }
        }
    }
    eprintln!("{} new alerts from {from} to {to}", fresh.len());
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

pub(crate) fn append_jsonl(path: &Path, alerts: &[Alert]) -> anyhow::Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .with_context(|| format!("opening {}", path.display()))?;
    for a in alerts {
        serde_json::to_writer(&mut f, a)?;
        writeln!(f).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

fn run_backtest(a: BacktestArgs) -> anyhow::Result<ExitCode> {
    let store = open(&a.common.db)?;
    let rules = load_rules(a.common.rules.as_deref())?;
    let log = EventLog::from_store(&store)?;
    let Some((from, to)) = range(&a.common, &log)? else {
        eprintln!("no dated events in {}", a.common.db.display());
        return Ok(ExitCode::SUCCESS);
    };
    let mut alerts = backtest(rules, &log, from, to);
    let mut out = std::io::stdout().lock();
    for alert in &mut alerts {
        alert.attach_sentences(&store, 1)?;
        print_alert(alert, &a.common.format, &mut out)?;
    }
    let report = backtest_report(&alerts, &log, from, to);
    if let Some(path) = &a.report {
        std::fs::write(path, &report).with_context(|| format!("writing {}", path.display()))?;
    }
    eprint!("{report}");
    Ok(ExitCode::SUCCESS)
}

/// Alerts per month and, for each alerted country, the lead time of its first alert before
/// the peak of its daily material-conflict series.
fn backtest_report(alerts: &[Alert], log: &EventLog, from: NaiveDate, to: NaiveDate) -> String {
    let mut per_month: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for a in alerts {
        *per_month
            .entry(a.window_end.format("%Y-%m").to_string())
            .or_default()
            .entry(a.severity.as_str().to_string())
            .or_default() += 1;
    }
    let mut s = format!("# Backtest {from} to {to}\n\n{} alerts.\n\n| month | high | medium | low |\n|---|---|---|---|\n", alerts.len());
    for (m, by) in &per_month {
        let g = |k: &str| by.get(k).copied().unwrap_or(0);
        s.push_str(&format!(
            "| {m} | {} | {} | {} |\n",
            g("high"),
            g("medium"),
            g("low")
        ));
    }
    // Peak day of material conflict per country.
    let mut daily: BTreeMap<&str, BTreeMap<NaiveDate, usize>> = BTreeMap::new();
    for e in log.between(from, to).filter(|e| e.quad == 4) {
        for c in e.countries() {
            *daily.entry(c).or_default().entry(e.day).or_default() += 1;
        }
    }
    let mut first_alert: BTreeMap<&str, NaiveDate> = BTreeMap::new();
    for a in alerts {
        let country = a.subject.split("->").next().unwrap_or(&a.subject);
        first_alert.entry(country).or_insert(a.window_end);
    }
    s.push_str("\n| country | first alert | conflict peak | peak events | lead (days) |\n|---|---|---|---|---|\n");
    for (country, first) in &first_alert {
        if let Some(series) = daily.get(country) {
            if let Some((peak, n)) = series
                .iter()
                .max_by_key(|(d, n)| (**n, std::cmp::Reverse(**d)))
            {
                s.push_str(&format!(
                    "| {country} | {first} | {peak} | {n} | {} |\n",
                    (*peak - *first).num_days()
                ));
            }
        }
    }
    s
}

fn list(a: ListArgs) -> anyhow::Result<ExitCode> {
    let store = open(&a.db)?;
    let mut out = std::io::stdout().lock();
    for row in store.alerts(a.limit, 0)? {
        if a.format == "json" {
            serde_json::to_writer(&mut out, &row.record)?;
            writeln!(out)?;
        } else {
            match serde_json::from_value::<Alert>(row.record.clone()) {
                Ok(alert) => write!(out, "{}", alert.pretty())?,
                Err(_) => writeln!(
                    out,
                    "{} {} {} {}",
                    row.raised_on, row.rule, row.subject, row.severity
                )?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
