//! `dyad events`, `dyad search`, `dyad stats`, `dyad export`: reading the event store.

use anyhow::Context;
use dyad_store::{EventFilter, ExportFormat, Period, Store};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How query results are printed.
#[derive(Clone, Copy, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for a terminal.
    Table,
    /// One JSON object per line.
    Json,
    /// Comma-separated with a header.
    Csv,
}

/// Filters shared by `events`, `stats` and `export`.
#[derive(clap::Args)]
pub struct Filter {
    /// Actor code prefix matching source or target ("RUS", "UKRGOV").
    #[arg(long)]
    actor: Option<String>,
    /// Source actor code prefix.
    #[arg(long)]
    source: Option<String>,
    /// Target actor code prefix.
    #[arg(long)]
    target: Option<String>,
    /// A dyad as SOURCE-TARGET code prefixes ("RUS-UKR").
    #[arg(long)]
    dyad: Option<String>,
    /// CAMEO code or root prefix ("19", "0233").
    #[arg(long)]
    cameo: Option<String>,
    /// PLOVER event type ("ASSAULT").
    #[arg(long)]
    plover: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    quad: Option<u8>,
    /// First day (YYYY-MM-DD).
    #[arg(long)]
    from: Option<String>,
    /// Last day (YYYY-MM-DD).
    #[arg(long)]
    to: Option<String>,
    /// Place name or ISO3 country of the event's location.
    #[arg(long)]
    place: Option<String>,
    /// Bounding box: min_lon,min_lat,max_lon,max_lat.
    #[arg(long, value_delimiter = ',', num_args = 4)]
    bbox: Option<Vec<f64>>,
    /// Words in the reporting article.
    #[arg(long)]
    text: Option<String>,
    /// Include negated events.
    #[arg(long)]
    negated: bool,
    /// Include events about the past.
    #[arg(long)]
    historical: bool,
}

impl Filter {
    fn build(&self, limit: Option<usize>, offset: usize) -> anyhow::Result<EventFilter> {
        let (mut source, mut target) = (self.source.clone(), self.target.clone());
        if let Some(d) = &self.dyad {
            let (s, t) = d
                .split_once('-')
                .context("--dyad takes SOURCE-TARGET, e.g. RUS-UKR")?;
            source = Some(s.to_string());
            target = Some(t.to_string());
        }
        for day in [&self.from, &self.to].into_iter().flatten() {
            chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .with_context(|| format!("{day:?} is not a YYYY-MM-DD date"))?;
        }
        Ok(EventFilter {
            actor: self.actor.clone(),
            source,
            target,
            cameo: self.cameo.clone(),
            plover: self.plover.clone(),
            quad_class: self.quad,
            from: self.from.clone(),
            to: self.to.clone(),
            place: self.place.clone(),
            bbox: self.bbox.as_ref().map(|b| [b[0], b[1], b[2], b[3]]),
            text: self.text.clone(),
            include_negated: self.negated,
            include_historical: self.historical,
            limit,
            offset,
        })
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

/// Prints rows of string cells as a table, JSON lines or CSV.
fn print_rows(
    format: Format,
    header: &[&str],
    rows: &[Vec<String>],
    json: &[serde_json::Value],
) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        Format::Json => {
            for v in json {
                serde_json::to_writer(&mut out, v)?;
                writeln!(out)?;
            }
        }
        Format::Csv => {
            writeln!(out, "{}", header.join(","))?;
            for r in rows {
                let cells: Vec<String> = r
                    .iter()
                    .map(|c| {
                        if c.contains([',', '"', '\n']) {
                            format!("\"{}\"", c.replace('"', "\"\""))
                        } else {
                            c.clone()
                        }
                    })
                    .collect();
                writeln!(out, "{}", cells.join(","))?;
            }
        }
        Format::Table => {
            let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
            for r in rows {
                for (w, c) in widths.iter_mut().zip(r) {
                    *w = (*w).max(c.chars().count().min(60));
                }
            }
            let line = |cells: Vec<&str>| {
                cells
                    .iter()
                    .zip(&widths)
                    .map(|(c, w)| {
                        let c: String = c.chars().take(60).collect();
                        format!("{c:<w$}")
                    })
                    .collect::<Vec<_>>()
                    .join("  ")
                    .trim_end()
                    .to_string()
            };
            writeln!(out, "{}", line(header.to_vec()))?;
            for r in rows {
                writeln!(out, "{}", line(r.iter().map(String::as_str).collect()))?;
            }
        }
    }
    Ok(())
}

/// Arguments of `dyad events`.
#[derive(clap::Args)]
pub struct EventsArgs {
    /// The event store.
    #[arg(long, default_value = "dyad.db")]
    db: PathBuf,
    #[command(flatten)]
    filter: Filter,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// At most this many events.
    #[arg(long, default_value_t = 50)]
    limit: usize,
    /// Skip this many events.
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Also print the sentences that reported each event.
    #[arg(long)]
    mentions: bool,
}

pub fn events(args: EventsArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.db)?;
    let filter = args.filter.build(Some(args.limit), args.offset)?;
    let rows = store.events(&filter)?;
    let header = [
        "id",
        "day",
        "source",
        "target",
        "cameo",
        "quad",
        "goldstein",
        "plover",
        "mentions",
        "articles",
        "sources",
        "place",
    ];
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|e| {
            vec![
                e.id.to_string(),
                e.day.clone().unwrap_or_default(),
                e.source.clone().unwrap_or_default(),
                e.target.clone().unwrap_or_default(),
                e.cameo.clone(),
                e.quad_class.map(|q| q.to_string()).unwrap_or_default(),
                e.goldstein.map(|g| format!("{g:+.1}")).unwrap_or_default(),
                e.plover.clone().unwrap_or_default(),
                e.num_mentions.to_string(),
                e.num_articles.to_string(),
                e.num_sources.to_string(),
                e.place.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let mut json = Vec::new();
    for e in &rows {
        let mut v = serde_json::to_value(e)?;
        if args.mentions {
            v["mentions"] = serde_json::to_value(store.mentions(e.id)?)?;
        }
        json.push(v);
    }
    print_rows(args.format, &header, &cells, &json)?;
    if args.mentions && args.format == Format::Table {
        let mut out = std::io::stdout().lock();
        for e in &rows {
            for m in store.mentions(e.id)? {
                writeln!(
                    out,
                    "#{} {}: {}",
                    e.id,
                    m.doc_id,
                    m.sentence.replace('\n', " ")
                )?;
            }
        }
    }
    if args.format == Format::Table {
        let total = store.count_events(&filter)?;
        eprintln!("{} of {total} events", rows.len());
    }
    Ok(ExitCode::SUCCESS)
}

/// Arguments of `dyad search`.
#[derive(clap::Args)]
pub struct SearchArgs {
    /// Words to find in articles and quotes.
    query: String,
    /// The event store.
    #[arg(long, default_value = "dyad.db")]
    db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// At most this many hits of each kind.
    #[arg(long, default_value_t = 20)]
    limit: usize,
}

pub fn search(args: SearchArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.db)?;
    let hits = store.search(&args.query, args.limit)?;
    let header = ["kind", "article", "title", "speaker", "snippet"];
    let cells: Vec<Vec<String>> = hits
        .iter()
        .map(|h| {
            vec![
                h.kind.clone(),
                h.doc_id.clone(),
                h.title.clone().unwrap_or_default(),
                h.speaker.clone().unwrap_or_default(),
                h.snippet.replace('\n', " "),
            ]
        })
        .collect();
    let json: Vec<serde_json::Value> = hits
        .iter()
        .map(serde_json::to_value)
        .collect::<Result<_, _>>()?;
    print_rows(args.format, &header, &cells, &json)?;
    Ok(if hits.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Arguments of `dyad stats`.
#[derive(clap::Args)]
pub struct StatsArgs {
    /// The event store.
    #[arg(long, default_value = "dyad.db")]
    db: PathBuf,
    #[command(flatten)]
    filter: Filter,
    /// Period to count by.
    #[arg(long, value_parser = ["day", "week", "month"], default_value = "week")]
    by: String,
    /// Break counts down by source and target country.
    #[arg(long)]
    dyads: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
}

pub fn stats(args: StatsArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.db)?;
    let period = match args.by.as_str() {
        "day" => Period::Day,
        "month" => Period::Month,
        _ => Period::Week,
    };
    let rows = store.stats(&args.filter.build(None, 0)?, period, args.dyads)?;
    let header = [
        "period",
        "source",
        "target",
        "quad",
        "events",
        "mentions",
        "goldstein_mean",
    ];
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.period.clone(),
                r.source.clone().unwrap_or_default(),
                r.target.clone().unwrap_or_default(),
                r.quad_class.map(|q| q.to_string()).unwrap_or_default(),
                r.events.to_string(),
                r.mentions.to_string(),
                r.goldstein_mean
                    .map(|g| format!("{g:+.2}"))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let json: Vec<serde_json::Value> = rows
        .iter()
        .map(serde_json::to_value)
        .collect::<Result<_, _>>()?;
    print_rows(args.format, &header, &cells, &json)?;
    Ok(ExitCode::SUCCESS)
}

/// Arguments of `dyad export`.
#[derive(clap::Args)]
pub struct ExportArgs {
    /// The event store.
    #[arg(long, default_value = "dyad.db")]
    db: PathBuf,
    /// gdelt-events, gdelt-mentions, plover, phoenix, icews or csv.
    #[arg(long, short)]
    format: ExportFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
    #[command(flatten)]
    filter: Filter,
}

pub fn export(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.db)?;
    let filter = args.filter.build(None, 0)?;
    let n = match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("creating {}", path.display()))?;
            let mut w = std::io::BufWriter::new(file);
            let n = dyad_store::export(&store, &filter, args.format, &mut w)?;
            w.flush()
                .with_context(|| format!("writing {}", path.display()))?;
            n
        }
        None => {
            let mut w = std::io::BufWriter::new(std::io::stdout().lock());
            let n = dyad_store::export(&store, &filter, args.format, &mut w)?;
            w.flush()?;
            n
        }
    };
    eprintln!("exported {n} events");
    Ok(ExitCode::SUCCESS)
}
