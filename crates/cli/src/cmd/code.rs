//! `dyad code`: news to events, one event per line.
//!
//! Input: any article dyad reads (plain-text articles, HTML, JSONL records
//! `{"id","text","date"}` with optional `"title"`, `"url"`, `"source"`, CSV, feeds, WARC,
//! folders, gzip, stdin), tokenized and parsed by dyad itself. With `--parses given`,
//! JSONL records instead carry their parse in a `"conllu"` field (CoNLL-U, one or more
//! sentences) and are coded as parsed. A bad record is reported with its name and line
//! and skipped; the exit status is 1 at the end when any record failed.

use anyhow::Context;
use dyad_coder::CoderBuilder;
use dyad_model::{ActorMention, Event};
use serde_json::{json, Value};
use std::io::{BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Output formats.
#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    /// One JSON object per event.
    Jsonl,
    /// Tab-separated, one header line.
    Tsv,
    /// Readable lines for a terminal.
    Pretty,
}

/// Arguments of `dyad code`.
#[derive(clap::Args)]
pub struct Args {
    /// Articles: files or folders (`-` or none: standard input).
    inputs: Vec<PathBuf>,
    /// Where parses come from: `given` reads each record's "conllu" field.
    #[arg(long, value_name = "given")]
    parses: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: Format,
    /// Folder of PETRARCH-format dictionaries.
    #[arg(long)]
    dict_dir: Option<PathBuf>,
    /// Say which dictionary entries and words made each event.
    #[arg(long)]
    explain: bool,
    /// Keep events without a target actor.
    #[arg(long)]
    allow_no_target: bool,
}

/// Longest input line read: a news article is far below this; longer lines are not
/// records anyone meant to send.
const MAX_LINE_BYTES: usize = 32 << 20;

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.parses.as_deref() {
        Some("given") => {}
        Some(other) => anyhow::bail!(
            "--parses {other:?}: only `given` is supported (or leave it out to parse the text)"
        ),
        None => return run_raw(args),
    }
    if args.inputs.len() > 1 {
        anyhow::bail!("--parses given reads one JSONL file (or standard input)");
    }
    let d = super::dict::load(args.dict_dir.as_deref(), false)?;
    let coder = CoderBuilder::new()
        .dictionaries(d)
        .require_target(!args.allow_no_target)
        .explain(args.explain)
        .build()?;
    let input: Box<dyn BufRead> = match args.inputs.first() {
        Some(p) if p.as_os_str() != "-" => Box::new(std::io::BufReader::new(
            std::fs::File::open(p).with_context(|| format!("opening {}", p.display()))?,
        )),
        _ => Box::new(std::io::stdin().lock()),
    };
    let name = args
        .inputs
        .first()
        .map_or("<stdin>".to_string(), |p| p.display().to_string());
    let mut out = BufWriter::new(std::io::stdout().lock());
    if matches!(args.format, Format::Tsv) {
        writeln!(out, "{TSV_HEADER}")?;
    }
    let mut bad = 0usize;
    let mut events = Vec::new();
    for (n, line) in input.lines().enumerate() {
        let lineno = n + 1;
        let line = line.with_context(|| format!("{name}:{lineno}: reading"))?;
        if line.trim().is_empty() {
            continue;
        }
        if line.len() > MAX_LINE_BYTES {
            eprintln!("dyad: {name}:{lineno}: record longer than {MAX_LINE_BYTES} bytes, skipped");
            bad += 1;
            continue;
        }
        match code_record(&coder, &line, &mut events) {
            Ok((id, date, texts)) => {
                for (k, (e, text)) in events.iter().zip(texts.iter()).enumerate() {
                    write_event(&mut out, args.format, &id, k, &date, e, text)?;
                }
            }
            Err(msg) => {
                eprintln!("dyad: {name}:{lineno}: {msg}");
                bad += 1;
            }
        }
    }
    out.flush()?;
    if bad > 0 {
        eprintln!("dyad: {bad} records could not be coded");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

const TSV_HEADER: &str = "id\tdoc_id\tsentence\tdate\tsource\tsource_country\tsource_sector\ttarget\ttarget_country\ttarget_sector\tcameo\tcameo_root\tquad_class\tgoldstein\tplover_event\tplover_mode\tnegated\ttext";

/// Raw articles through dyad's whole pipeline: events with their dates and places.
fn run_raw(args: Args) -> anyhow::Result<ExitCode> {
    let input = super::input::Input {
        files: args.inputs.clone(),
        ..Default::default()
    };
    let pipeline = dyad_pipeline::Pipeline::builder()
        .dict_dir(args.dict_dir.clone())
        .explain(args.explain)
        .build()?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    if matches!(args.format, Format::Tsv) {
        writeln!(out, "{TSV_HEADER}")?;
    }
    let bad = input.each_article(|article| {
        let analysis = pipeline.analyze(&article);
        for (k, e) in analysis.events.iter().enumerate() {
            let text = analysis
                .sentences
                .get(e.sentence)
                .map_or("", |s| s.text.as_str());
            let date = e.date.map(|d| d.date.to_string()).unwrap_or_default();
            write_event(&mut out, args.format, &article.id, k, &date, e, text)?;
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(if bad > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

type Coded = (String, String, Vec<String>);

/// Codes one record; the record id, its date and each event's sentence text.
fn code_record(
    coder: &dyad_coder::Coder,
    line: &str,
    events: &mut Vec<Event>,
) -> Result<Coded, String> {
    events.clear();
    let v: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let id = match v.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err("record has no \"id\"".into()),
    };
    let date_s = v.get("date").and_then(Value::as_str).unwrap_or("");
    let date = parse_date(date_s);
    if !date_s.is_empty() && date.is_none() {
        return Err(format!("record {id}: date {date_s:?} is not YYYY-MM-DD"));
    }
    let conllu = v
        .get("conllu")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("record {id}: no \"conllu\" field (needed with --parses given)"))?;
    let sentences =
        dyad_model::conllu::parse(conllu).map_err(|e| format!("record {id}: conllu {e}"))?;
    let mut texts = Vec::new();
    for (i, mut s) in sentences.into_iter().enumerate() {
        s.index = i;
        let before = events.len();
        coder.code_into(&s, date, events);
        let text = if s.text.is_empty() {
            s.tokens
                .iter()
                .map(|t| t.form.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            s.text.clone()
        };
        texts.extend(std::iter::repeat_n(text, events.len() - before));
    }
    Ok((id, date.map(|d| d.to_string()).unwrap_or_default(), texts))
}

fn parse_date(s: &str) -> Option<chrono::NaiveDate> {
    let s = s.trim();
    let day = s.get(..10).unwrap_or(s);
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .or_else(|| dyad_dict::parse_date(s))
}

fn actor_json(a: &Option<ActorMention>) -> Value {
    match a {
        Some(a) => {
            json!({"code": a.code, "text": a.text, "country": a.country, "sector": a.sector})
        }
        None => Value::Null,
    }
}

fn write_event(
    out: &mut impl Write,
    f: Format,
    doc: &str,
    k: usize,
    date: &str,
    e: &Event,
    text: &str,
) -> anyhow::Result<()> {
    let id = format!("{doc}-{}-{k}", e.sentence);
    match f {
        Format::Jsonl => {
            let mut v = json!({
                "id": id, "doc_id": doc, "sentence": e.sentence, "date": date,
                "source": actor_json(&e.source), "target": actor_json(&e.target),
                "cameo": e.cameo, "cameo_root": e.cameo_root,
                "quad_class": e.quad_class.map(u8::from), "goldstein": e.goldstein,
                "plover": {"event": e.plover.event, "mode": e.plover.mode},
                "negated": e.negated, "text": text, "span": [e.span.start, e.span.end],
            });
            if let Some(obj) = v.as_object_mut() {
                if let Some(d) = &e.date {
                    obj.insert("date_precision".into(), serde_json::to_value(d.precision)?);
                    obj.insert("historical".into(), json!(e.historical));
                }
                if let Some(loc) = &e.location {
                    obj.insert("location".into(), serde_json::to_value(loc)?);
                }
                if let Some(x) = &e.explain {
                    obj.insert("explain".into(), serde_json::to_value(x)?);
                }
            }
            writeln!(out, "{v}")?;
        }
        Format::Tsv => {
            let a = |m: &Option<ActorMention>| match m {
                Some(m) => format!(
                    "{}\t{}\t{}",
                    m.code,
                    m.country.as_deref().unwrap_or(""),
                    m.sector.as_deref().unwrap_or("")
                ),
                None => "\t\t".to_string(),
            };
            let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
            writeln!(
                out,
                "{id}\t{doc}\t{}\t{date}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                e.sentence,
                a(&e.source),
                a(&e.target),
                e.cameo,
                e.cameo_root,
                e.quad_class
                    .map_or(String::new(), |q| u8::from(q).to_string()),
                e.goldstein.map_or(String::new(), |g| g.to_string()),
                e.plover.event,
                e.plover.mode,
                e.negated,
                clean(text)
            )?;
        }
        Format::Pretty => {
            let name = |m: &Option<ActorMention>| {
                m.as_ref()
                    .map_or("-".to_string(), |m| format!("{} ({})", m.code, m.text))
            };
            let row = dyad_model::cameo::lookup(&e.cameo).map_or("", |r| r.name);
            writeln!(
                out,
                "{id} {date}  {} -> {}  {} {}{}{}{}",
                name(&e.source),
                name(&e.target),
                e.cameo,
                row,
                if e.negated { " [negated]" } else { "" },
                if e.historical { " [historical]" } else { "" },
                e.location
                    .as_ref()
                    .map_or(String::new(), |l| format!("  @ {} ({})", l.name, l.country))
            )?;
            writeln!(out, "    {text}")?;
            if let Some(x) = &e.explain {
                writeln!(out, "    verb {} | pattern {}", x.verb, x.pattern)?;
                for a in &x.actors {
                    writeln!(out, "    {a}")?;
                }
                for n in &x.notes {
                    writeln!(out, "    note: {n}")?;
                }
            }
        }
    }
    Ok(())
}
