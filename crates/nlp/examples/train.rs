//! Trains the tagger, lemmatizer and parser on a UD treebank folder and writes the model.
//!
//! `cargo run --release -p dyad-nlp --example train -- ../shared/treebanks/UD_English-EWT crates/nlp/model/en-ewt.bin`

use std::path::PathBuf;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(out)) = (args.next(), args.next()) else {
        return Err("usage: train TREEBANK_DIR OUT.bin".into());
    };
    let start = Instant::now();
    // DYAD_ADD_REPAIR=MODEL.bin: no training; that model with the finite-verb repair's
    // data added (computed from TREEBANK_DIR) is written to OUT.bin.
    if let Some(base) = std::env::var_os("DYAD_ADD_REPAIR") {
        let bytes = std::fs::read(&base).map_err(|e| format!("{}: {e}", base.display()))?;
        let analyzer = dyad_nlp::add_finite_repair(&bytes, &PathBuf::from(&dir))?;
        std::fs::write(&out, dyad_nlp::to_bytes(&analyzer)).map_err(|e| format!("{out}: {e}"))?;
        eprintln!("wrote {out}");
        return Ok(());
    }
    // DYAD_SUPERTAGS=1: the supertag model (model/en-ewt-supertag.bin).
    let mut cfg = if std::env::var_os("DYAD_SUPERTAGS").is_some_and(|v| v == "1") {
        dyad_nlp::TrainConfig::supertag()
    } else {
        dyad_nlp::TrainConfig::default()
    };
    // Experiments: DYAD_EPOCHS="tagger,parser,labeller", DYAD_PRUNE="xpos,upos,parser,labeller,supertag".
    if let Ok(v) = std::env::var("DYAD_EPOCHS") {
        let e: Vec<usize> = v.split(',').map(str::parse).collect::<Result<_, _>>()?;
        if let [t, p, l] = e[..] {
            (cfg.tagger_epochs, cfg.parser_epochs, cfg.labeller_epochs) = (t, p, l);
        }
    }
    if let Ok(v) = std::env::var("DYAD_SEED") {
        cfg.seed = v.parse()?;
    }
    if let Ok(v) = std::env::var("DYAD_PRUNE") {
        let p: Vec<f32> = v.split(',').map(str::parse).collect::<Result<_, _>>()?;
        if let [a, b, c, d, e] = p[..] {
            cfg.prune = [a, b, c, d, e];
        }
    }
    eprintln!("{cfg:?}");
    let analyzer = dyad_nlp::train(&PathBuf::from(&dir), &cfg)?;
    let bytes = dyad_nlp::to_bytes(&analyzer);
    std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    eprintln!(
        "wrote {out}: {} bytes in {:.0} s",
        bytes.len(),
        start.elapsed().as_secs_f64()
    );
    let dev = dyad_nlp::split_path(&PathBuf::from(&dir), "dev")?;
    let scores = dyad_nlp::evaluate(&analyzer, &dyad_nlp::read_conllu(&dev)?);
    eprintln!("dev: {scores}");
    Ok(())
}
