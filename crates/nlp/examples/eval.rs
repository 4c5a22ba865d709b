//! Scores the embedded model (or `--model FILE`) on gold-tokenized CoNLL-U files.
//!
//! `cargo run --release -p dyad-nlp --example eval -- ../shared/treebanks/UD_English-EWT/en_ewt-ud-test.conllu`

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut files = Vec::new();
    let mut model = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--model" {
            model = args.next();
        } else {
            files.push(a);
        }
    }
    if files.is_empty() {
        return Err("usage: eval [--model FILE] GOLD.conllu...".into());
    }
    let start = Instant::now();
    let analyzer = match &model {
        Some(m) => dyad_nlp::Analyzer::from_file(m)?,
        None => dyad_nlp::Analyzer::embedded()?,
    };
    println!("model loaded in {:.3} s", start.elapsed().as_secs_f64());
    for f in files {
        let gold = dyad_nlp::read_conllu(std::path::Path::new(&f))?;
        let scores = dyad_nlp::evaluate(&analyzer, &gold);
        println!("{f}\n  {scores}");
    }
    Ok(())
}
