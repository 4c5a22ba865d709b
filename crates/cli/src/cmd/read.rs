//! `dyad read`: articles from text, HTML, JSONL/CSV, feeds, WARC (gzip or not), or standard
//! input, printed as one JSON document per line.

use super::input::Input;
use serde_json::json;
use std::io::Write;
use std::process::ExitCode;

/// Arguments of `dyad read`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: Input,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let reader = args.input.reader();
    let files = args.input.paths();
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
