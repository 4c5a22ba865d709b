//! Experiment: dev XPOS/UPOS of the tagger and of a second tagging pass that sees the
//! first pass's tags to the right (jackknifed on train). `DYAD_EPOCHS=t` sets the epochs, `DYAD_SEED=n` the seed;
//! `DYAD_REVERSE=1` makes the second pass right to left (seeing first-pass tags to the left).
//!
//! `cargo run --release -p dyad-nlp --example tagger2 -- ../shared/treebanks/UD_English-EWT`

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(dir) = std::env::args().nth(1) else {
        return Err("usage: tagger2 TREEBANK_DIR".into());
    };
    let mut cfg = dyad_nlp::TrainConfig::default();
    if let Ok(v) = std::env::var("DYAD_EPOCHS") {
        cfg.tagger_epochs = v.parse()?;
    }
    if let Ok(v) = std::env::var("DYAD_SEED") {
        cfg.seed = v.parse()?;
    }
    let reverse = std::env::var_os("DYAD_REVERSE").is_some_and(|v| v == "1");
    dyad_nlp::tagger_experiment(&PathBuf::from(dir), &cfg, reverse)?;
    Ok(())
}
