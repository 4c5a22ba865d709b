//! `dyad read`: articles from text, HTML, JSONL/CSV, feeds, WARC (gzip or not), or standard
//! input, printed as one JSON document per line.

use dyad_read::{Columns, Format, Reader};
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Input formats named on the command line.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum FormatArg {
    Text,
    Html,
    Jsonl,
    Csv,
    Feed,
    Warc,
}

/// Arguments of `dyad read`.
#[derive(clap::Args)]
pub struct Args {
    /// Files or directories (read recursively); `-` or nothing reads standard input.
    files: Vec<PathBuf>,
    /// Read every input as this format instead of guessing from its name and content.
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// JSONL/CSV column holding the article text (default: text, content_original, ...).
    #[arg(long)]
    text_column: Option<String>,
    /// JSONL/CSV column holding the date.
    #[arg(long)]
    date_column: Option<String>,
    /// JSONL/CSV column holding the headline.
    #[arg(long)]
    title_column: Option<String>,
    /// JSONL/CSV column holding the id.
    #[arg(long)]
    id_column: Option<String>,
    /// JSONL/CSV column holding the URL.
    #[arg(long)]
    url_column: Option<String>,
    /// JSONL/CSV column holding the source (outlet or agency).
    #[arg(long)]
    source_column: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut columns = Columns::default();
    type SetColumn = fn(Columns, &str) -> Columns;
    let set: [(&Option<String>, SetColumn); 6] = [
        (&args.text_column, Columns::text),
        (&args.date_column, Columns::date),
        (&args.title_column, Columns::title),
        (&args.id_column, Columns::id),
        (&args.url_column, Columns::url),
        (&args.source_column, Columns::source),
    ];
    for (value, apply) in set {
        if let Some(v) = value {
            columns = apply(columns, v);
        }
    }
    let mut builder = Reader::builder().columns(columns);
    if let Some(f) = args.format {
        builder = builder.format(match f {
            FormatArg::Text => Format::Text,
            FormatArg::Html => Format::Html,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
            FormatArg::Feed => Format::Feed,
            FormatArg::Warc => Format::Warc,
        });
    }
    let reader = builder.build();
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = 0usize;
    for path in &files {
        for item in reader.read_path(path) {
            match item {
                Ok(a) => {
                    let paragraphs: Vec<[usize; 2]> = a
                        .paragraphs
                        .iter()
                        .map(|p| [p.span.start, p.span.end])
                        .collect();
                    let doc = json!({
                        "id": a.id,
                        "title": a.title,
                        "source": a.source,
                        "byline": a.byline,
                        "dateline": a.dateline,
                        "published": a.published.map(|d| d.format("%Y-%m-%dT%H:%M:%S").to_string()),
                        "language": a.language,
                        "url": a.url,
                        "text": a.text,
                        "paragraphs": paragraphs,
                    });
                    serde_json::to_writer(&mut out, &doc)?;
                    out.write_all(b"\n")?;
                }
                Err(e) => {
                    out.flush()?;
                    eprintln!("dyad read: {e}");
                    failed += 1;
                }
            }
        }
    }
    out.flush()?;
    if failed > 0 {
        eprintln!("dyad read: {failed} item(s) failed");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
