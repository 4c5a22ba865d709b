//! Trains the neural parser on UD English-EWT with the embedded tagger's Penn tags,
//! keeping the epoch with the best dev UAS + LAS.
//!
//! `cargo run --release -p dyad-nlp --example train_neural -- [--treebank DIR] [--out FILE]
//! [--epochs N] [--hidden H] [--layers L] [--arc A] [--label B] [--emb W,T,S,SH]
//! [--batch N] [--lr X] [--dropout IN,LSTM,MLP] [--threads N] [--seed N] [--limit SENTENCES] [--tag-noise yes|no] [--start MODEL]
//! [--teacher MODEL] [--distil WEIGHT] [--top-k K]`
//!
//! With `--teacher` the targets mix the gold tree (1 - WEIGHT) with the teacher's K most
//! likely heads and relations per word (WEIGHT, default 0.5, K default 8).
//!
//! With `--tag-noise yes` training tags are redrawn from the tagger's confusions on the
//! dev set (see `NeuralConfig::tag_confusions`).

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut cfg = dyad_nlp::NeuralConfig::default();
    let mut dir = PathBuf::from("../shared/treebanks/UD_English-EWT");
    let mut out = PathBuf::from("crates/nlp/model/en-ewt-neural.bin");
    let mut limit = usize::MAX;
    let mut tag_noise = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let v = args.next().ok_or(format!("{a} needs a value"))?;
        match a.as_str() {
            "--treebank" => dir = v.into(),
            "--out" => out = v.into(),
            "--epochs" => cfg.epochs = v.parse()?,
            "--hidden" => cfg.hidden = v.parse()?,
            "--layers" => cfg.layers = v.parse()?,
            "--arc" => cfg.arc = v.parse()?,
            "--label" => cfg.label = v.parse()?,
            "--batch" => cfg.batch = v.parse()?,
            "--lr" => cfg.lr = v.parse()?,
            "--threads" => cfg.threads = v.parse()?,
            "--seed" => cfg.seed = v.parse()?,
            "--limit" => limit = v.parse()?,
            "--tag-noise" => tag_noise = v == "yes",
            "--start" => cfg.start = Some(dyad_nlp::NeuralParser::from_file(&v)?),
            "--teacher" => cfg.teacher = Some(dyad_nlp::NeuralParser::from_file(&v)?),
            "--distil" => cfg.distil = v.parse()?,
            "--top-k" => cfg.top_k = v.parse()?,
            "--dropout" => {
                let d: Vec<f32> = v.split(',').map(str::parse).collect::<Result<_, _>>()?;
                cfg.dropout = d.try_into().map_err(|_| "--dropout takes three rates")?;
            }
            "--emb" => {
                let dims: Vec<usize> = v.split(',').map(str::parse).collect::<Result<_, _>>()?;
                cfg.emb = dims.try_into().map_err(|_| "--emb takes four widths")?;
            }
            _ => return Err(format!("unknown option {a}").into()),
        }
    }
    cfg.checkpoint = Some(out.clone());
    let t0 = std::time::Instant::now();
    let tagger = dyad_nlp::Analyzer::embedded_perceptron()?;
    let train = dyad_nlp::read_conllu(&dyad_nlp::split_path(&dir, "train")?)?;
    let dev = dyad_nlp::read_conllu(&dyad_nlp::split_path(&dir, "dev")?)?;
    let train: Vec<_> = train.into_iter().take(limit).collect();
    let train = dyad_nlp::retag(&tagger, &train);
    let tagged_dev = dyad_nlp::retag(&tagger, &dev);
    if tag_noise {
        cfg.tag_confusions = dev
            .iter()
            .zip(&tagged_dev)
            .flat_map(|(g, p)| g.tokens.iter().zip(&p.tokens))
            .map(|(g, p)| (g.xpos.clone(), p.xpos.clone()))
            .collect();
    }
    let dev = tagged_dev;
    println!(
        "{:?} (tag noise: {tag_noise})",
        dyad_nlp::NeuralConfig {
            tag_confusions: Vec::new(),
            start: None,
            teacher: None,
            ..cfg.clone()
        }
    );
    println!("tagged in {:.1} s", t0.elapsed().as_secs_f64());
    let parser = dyad_nlp::train_neural(&train, &dev, &cfg, |m| println!("{m}"))?;
    let bytes = parser.to_bytes();
    std::fs::write(&out, &bytes)?;
    println!(
        "wrote {} ({} bytes) after {:.0} s",
        out.display(),
        bytes.len(),
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}
