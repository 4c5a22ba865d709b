//! Tag+parse throughput on one thread over a gold-tokenized treebank, repeated, in words
//! per second of wall time and of this thread's CPU time (the per-core figure when other
//! processes share the machine). Checks the number of words it processed. With a neural
//! parser model, also times its parsing alone (after tagging).
//!
//! `cargo run --release -p dyad-nlp --example bench -- ../shared/treebanks/UD_English-EWT/en_ewt-ud-test.conllu [ROUNDS] [MODEL.bin]`

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        return Err("usage: bench GOLD.conllu [ROUNDS] [MODEL.bin]".into());
    };
    let rounds: usize = args.get(1).map_or(Ok(5), |r| r.parse())?;
    let cpu0 = dyad_nlp::thread_cpu_seconds().unwrap_or(0.0);
    let t0 = Instant::now();
    let analyzer = match args.get(2) {
        Some(m) => dyad_nlp::Analyzer::named(m)?,
        None => dyad_nlp::Analyzer::embedded()?,
    };
    println!(
        "load: {:.3} s wall, {:.3} s CPU",
        t0.elapsed().as_secs_f64(),
        dyad_nlp::thread_cpu_seconds().unwrap_or(0.0) - cpu0
    );
    let gold = dyad_nlp::read_conllu(std::path::Path::new(path))?;
    let expected: usize = gold.iter().map(|s| s.tokens.len()).sum();
    let mut input = gold.clone();
    for s in &mut input {
        for t in &mut s.tokens {
            *t = dyad_model::Token {
                form: std::mem::take(&mut t.form),
                span: t.span,
                ..Default::default()
            };
        }
    }
    let (mut words, mut wall, mut cpu) = (0usize, 0f64, 0f64);
    for _ in 0..rounds {
        let mut batch = input.clone();
        let c = dyad_nlp::thread_cpu_seconds().unwrap_or(0.0);
        let t = Instant::now();
        for s in &mut batch {
            analyzer.analyze(s);
        }
        wall += t.elapsed().as_secs_f64();
        cpu += dyad_nlp::thread_cpu_seconds().unwrap_or(0.0) - c;
        let n: usize = batch.iter().map(|s| s.tokens.len()).sum();
        let roots = batch
            .iter()
            .flat_map(|s| &s.tokens)
            .filter(|t| t.head == 0)
            .count();
        if n != expected || roots != batch.len() {
            return Err(format!(
                "processed {n} words and {roots} roots, expected {expected} and {}",
                batch.len()
            )
            .into());
        }
        words += n;
    }
    println!(
        "{} sentences x {rounds}: {words} words, {:.0} words/s wall, {:.0} words/s CPU",
        gold.len(),
        words as f64 / wall,
        words as f64 / cpu.max(1e-9)
    );
    if let Some(m) = args.get(2) {
        let bytes = std::fs::read(m)?;
        if dyad_nlp::NeuralParser::is_model(&bytes) {
            parse_only(
                &dyad_nlp::NeuralParser::from_bytes(&bytes)?,
                &analyzer,
                &input,
                rounds,
            )?;
        }
    }
    Ok(())
}

/// Times the neural parser alone on sentences the tagger has already tagged.
fn parse_only(
    parser: &dyad_nlp::NeuralParser,
    tagger: &dyad_nlp::Analyzer,
    input: &[dyad_model::Sentence],
    rounds: usize,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut tagged = input.to_vec();
    for s in &mut tagged {
        tagger.analyze(s);
    }
    let (mut words, mut cpu) = (0usize, 0f64);
    for _ in 0..rounds {
        let mut batch = tagged.clone();
        let c = dyad_nlp::thread_cpu_seconds().unwrap_or(0.0);
        for s in &mut batch {
            parser.parse(s);
        }
        cpu += dyad_nlp::thread_cpu_seconds().unwrap_or(0.0) - c;
        let roots = batch
            .iter()
            .flat_map(|s| &s.tokens)
            .filter(|t| t.head == 0)
            .count();
        if roots != batch.len() {
            return Err(format!("parse only: {roots} roots in {} sentences", batch.len()).into());
        }
        words += batch.iter().map(|s| s.tokens.len()).sum::<usize>();
    }
    println!(
        "parse only: {words} words, {:.0} words/s CPU",
        words as f64 / cpu.max(1e-9)
    );
    Ok(())
}
