//! `dyad analyze`: every article to one JSON document with its metadata, sentences, actors,
//! events, quotes and places; and `dyad parse`: CoNLL-U.

use super::input::{Input, PipelineArgs};
use std::io::Write;
use std::process::ExitCode;

/// Arguments of `dyad analyze`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: Input,
    #[command(flatten)]
    pipeline: PipelineArgs,
    /// json (one document per line) or pretty (indented JSON).
    #[arg(long, value_parser = ["json", "pretty"], default_value = "json")]
    format: String,
    /// Attach to every event the dictionary entries and words that produced it.
    #[arg(long)]
    explain: bool,
    /// Include every token's analysis in the output.
    #[arg(long)]
    tokens: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pipeline = args.pipeline.build(args.explain)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let failed = args.input.each_article(|article| {
        let analysis = pipeline.analyze(&article);
        let mut v = serde_json::to_value(&analysis)?;
        if !args.tokens {
            if let Some(sents) = v["sentences"].as_array_mut() {
                for s in sents {
                    if let Some(obj) = s.as_object_mut() {
                        obj.remove("tokens");
                    }
                }
            }
        }
        if args.format == "pretty" {
            serde_json::to_writer_pretty(&mut out, &v)?;
        } else {
            serde_json::to_writer(&mut out, &v)?;
        }
        writeln!(out)?;
        Ok(())
    })?;
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Arguments of `dyad parse`.
#[derive(clap::Args)]
pub struct ParseArgs {
    #[command(flatten)]
    input: Input,
}

pub fn parse(args: ParseArgs) -> anyhow::Result<ExitCode> {
    let pipeline = dyad_pipeline::Pipeline::builder().facts(false).build()?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut buf = String::new();
    let failed = args.input.each_article(|article| {
        writeln!(out, "# newdoc id = {}", article.id)?;
        for s in pipeline.parse(&article.text) {
            buf.clear();
            dyad_model::conllu::write_into(
                &s,
                &format!("{}-{}", article.id, s.index + 1),
                &mut buf,
            );
            out.write_all(buf.as_bytes())?;
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
