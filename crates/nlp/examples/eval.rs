//! Scores the embedded model (or `--model FILE`) on gold-tokenized CoNLL-U files.
//!
//! `cargo run --release -p dyad-nlp --example eval -- ../shared/treebanks/UD_English-EWT/en_ewt-ud-test.conllu`

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut files = Vec::new();
    let mut model = None;
    let mut write = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--model" {
            model = args.next();
        } else if a == "--write" {
            write = args.next();
        } else {
            files.push(a);
        }
    }
    if files.is_empty() {
        return Err("usage: eval [--model FILE] [--write PRED.conllu] GOLD.conllu...".into());
    }
    let start = Instant::now();
    let analyzer = match &model {
        Some(m) => dyad_nlp::Analyzer::named(m)?,
        None => dyad_nlp::Analyzer::embedded()?,
    };
    println!("model loaded in {:.3} s", start.elapsed().as_secs_f64());
    for f in files {
        let gold = dyad_nlp::read_conllu(std::path::Path::new(&f))?;
        let scores = dyad_nlp::evaluate(&analyzer, &gold);
        println!("{f}\n  {scores}");
        if std::env::var_os("DYAD_GOLD_TAGS").is_some() {
            let g = dyad_nlp::evaluate_gold_tags(&analyzer, &gold);
            println!("  with gold tags: {g}");
        }
        if let Some(out) = &write {
            let mut text = String::new();
            for (i, g) in gold.iter().enumerate() {
                let mut s = g.clone();
                for t in &mut s.tokens {
                    t.feats.clear();
                }
                analyzer.analyze(&mut s);
                dyad_model::conllu::write_into(&s, &(i + 1).to_string(), &mut text);
            }
            std::fs::write(out, text)?;
        }
    }
    Ok(())
}
