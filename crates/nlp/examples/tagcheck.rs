//! Experiment: trains the tagger alone and reports dev figures (VBD/VBN confusions,
//! sentences without a finite verb) and the tags of a file of your own sentences (one
//! per line, tokens separated by spaces). `DYAD_REPAIR=0,10,30` reports each
//! finite-verb repair margin (0: none), `DYAD_SEED=n` sets the seed.
//!
//! `cargo run --release -p dyad-nlp --example tagcheck -- ../shared/treebanks/UD_English-EWT SENTENCES.txt`

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(file)) = (args.next(), args.next()) else {
        return Err("usage: tagcheck TREEBANK_DIR SENTENCES.txt".into());
    };
    let mut cfg = dyad_nlp::TrainConfig::default();
    if let Ok(v) = std::env::var("DYAD_SEED") {
        cfg.seed = v.parse()?;
    }
    // DYAD_REPAIR="0,10,20": report each repair margin.
    let margins: Vec<f32> = match std::env::var("DYAD_REPAIR") {
        Ok(v) => v
            .split(',')
            .map(|m| m.trim().parse())
            .collect::<Result<_, _>>()?,
        Err(_) => Vec::new(),
    };
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{file}: {e}"))?;
    let sentences: Vec<Vec<String>> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect();
    dyad_nlp::tagger_check(&PathBuf::from(dir), &cfg, &margins, &sentences)?;
    Ok(())
}
