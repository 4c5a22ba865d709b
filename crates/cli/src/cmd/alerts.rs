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
    /// Indicators per day or week for countries, dyads, actors or places: counts by quad
    /// class and root, Goldstein, conflict share, conflict per 100 articles, baseline.
    Indicators(IndicatorArgs),
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
struct IndicatorArgs {
    /// The event store.
    #[arg(long, default_value = "dyad.db")]
    db: PathBuf,
    /// What to compute them for.
    #[arg(long, value_parser = ["country", "dyad", "actor", "place"], default_value = "country")]
    subject: String,
    /// Period.
    #[arg(long, value_parser = ["day", "week"], default_value = "week")]
    by: String,
    /// Only this subject ("UKR", "RUS->UKR", "RUSMIL", "Crimea, UKR").
    #[arg(long)]
    only: Option<String>,
    /// Periods the baseline is taken from.
    #[arg(long, default_value_t = 8)]
    baseline: usize,
    /// Output: table or json.
    #[arg(long, value_parser = ["table", "json"], default_value = "table")]
    format: String,
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
        Sub::Indicators(a) => indicators(a),
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

/// Days before a conflict peak in which an alert counts as a warning of it.
const LEAD_WINDOW_DAYS: i64 = 30;
/// Countries shown in the lead-time table, most conflict first.
const LEAD_ROWS: usize = 25;

/// Alerts per month and per rule and, for the countries with the most material conflict,
/// how many days before the peak of their daily material-conflict series the first alert
/// on them (as either side of the subject) was raised, looking back `LEAD_WINDOW_DAYS`.
fn backtest_report(alerts: &[Alert], log: &EventLog, from: NaiveDate, to: NaiveDate) -> String {
    let mut per_month: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut per_rule: BTreeMap<&str, usize> = BTreeMap::new();
    for a in alerts {
        *per_month
            .entry(a.window_end.format("%Y-%m").to_string())
            .or_default()
            .entry(a.severity.as_str().to_string())
            .or_default() += 1;
        *per_rule.entry(a.rule.as_str()).or_default() += 1;
    }
    let months = per_month.len().max(1);
    let mut s = format!(
        "# Backtest {from} to {to}\n\n{} alerts in {} months with alerts ({:.1} a month).\n\n| rule | alerts |\n|---|---|\n",
        alerts.len(),
        per_month.len(),
        alerts.len() as f64 / months as f64
    );
    for (rule, n) in &per_rule {
        s.push_str(&format!("| {rule} | {n} |\n"));
    }
    s.push_str("\n| month | high | medium | low | total |\n|---|---|---|---|---|\n");
    for (m, by) in &per_month {
        let g = |k: &str| by.get(k).copied().unwrap_or(0);
        s.push_str(&format!(
            "| {m} | {} | {} | {} | {} |\n",
            g("high"),
            g("medium"),
            g("low"),
            by.values().sum::<usize>()
        ));
    }
    // Peak day of material conflict per country.
    let mut daily: BTreeMap<&str, BTreeMap<NaiveDate, usize>> = BTreeMap::new();
    for e in log.between(from, to).filter(|e| e.quad == 4) {
        for c in e.countries() {
            *daily.entry(c).or_default().entry(e.day).or_default() += 1;
        }
    }
    let mut peaks: Vec<(&str, NaiveDate, usize)> = daily
        .iter()
        .filter_map(|(c, series)| {
            let (d, n) = series
                .iter()
                .max_by_key(|(d, n)| (**n, std::cmp::Reverse(**d)))?;
            Some((*c, *d, *n))
        })
        .collect();
    peaks.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)));
    s.push_str(&format!(
        "\n| country | conflict peak | peak events | first alert in the {LEAD_WINDOW_DAYS} days before | lead (days) | its rule |\n|---|---|---|---|---|---|\n"
    ));
    for (country, peak, n) in peaks.into_iter().take(LEAD_ROWS) {
        let warned = alerts
            .iter()
            .filter(|a| a.subject.split("->").any(|c| c == country))
            .filter(|a| {
                let lead = (peak - a.window_end).num_days();
                (0..=LEAD_WINDOW_DAYS).contains(&lead)
            })
            .min_by_key(|a| a.window_end);
        match warned {
            Some(a) => s.push_str(&format!(
                "| {country} | {peak} | {n} | {} | {} | {} |\n",
                a.window_end,
                (peak - a.window_end).num_days(),
                a.rule
            )),
            None => s.push_str(&format!("| {country} | {peak} | {n} | none | - | - |\n")),
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

fn indicators(a: IndicatorArgs) -> anyhow::Result<ExitCode> {
    let store = open(&a.db)?;
    let log = EventLog::from_store(&store)?;
    let kind = match a.subject.as_str() {
        "dyad" => dyad_warn::SubjectKind::Dyad,
        "actor" => dyad_warn::SubjectKind::Actor,
        "place" => dyad_warn::SubjectKind::Place,
        _ => dyad_warn::SubjectKind::Country,
    };
    let rows = dyad_warn::indicators(&log, kind, a.by == "week", a.baseline);
    let mut out = std::io::stdout().lock();
    if a.format == "table" {
        writeln!(out, "subject\tperiod\tq1\tq2\tq3\tq4\tgoldstein_sum\tgoldstein_mean\tconflict_share\tconflict_per_100\tconflict_baseline")?;
    }
    for r in rows
        .iter()
        .filter(|r| a.only.as_deref().is_none_or(|o| r.subject == o))
    {
        if a.format == "json" {
            serde_json::to_writer(&mut out, r)?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{:+.1}\t{:+.2}\t{:.2}\t{}\t{:.2}",
                r.subject,
                r.period,
                r.quad[0],
                r.quad[1],
                r.quad[2],
                r.quad[3],
                r.goldstein_sum,
                r.goldstein_mean,
                r.conflict_share,
                r.conflict_per_100_articles
                    .map_or(String::new(), |v| format!("{v:.2}")),
                r.conflict_baseline
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
