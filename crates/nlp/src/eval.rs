//! Accuracy against gold CoNLL-U, scored as in the CoNLL 2018 shared task with gold
//! tokenization: every word counts, punctuation included.

use crate::Analyzer;
use dyad_model::Sentence;
use std::time::Instant;

/// Accuracy figures, each a fraction of words (0-1).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// Words scored.
    pub words: usize,
    /// Universal POS.
    pub upos: f64,
    /// Penn POS.
    pub xpos: f64,
    /// Lemma.
    pub lemma: f64,
    /// Unlabelled attachment.
    pub uas: f64,
    /// Labelled attachment, universal part of the relation only (CoNLL 2018 LAS).
    pub las: f64,
    /// Labelled attachment with relation subtypes (`nsubj:pass`) compared too.
    pub las_full: f64,
    /// Words tagged and parsed per second of wall-clock time (one thread, analysis only).
    pub words_per_sec: f64,
    /// Words per second of this thread's CPU time (Linux; 0 elsewhere): the per-core
    /// speed, unaffected by other processes sharing the machine.
    pub words_per_cpu_sec: f64,
}

impl std::fmt::Display for Scores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "words {}  UPOS {:.2}  XPOS {:.2}  lemma {:.2}  UAS {:.2}  LAS {:.2}  LAS(subtypes) {:.2}  {:.0} words/s wall, {:.0} words/s CPU",
            self.words,
            100.0 * self.upos,
            100.0 * self.xpos,
            100.0 * self.lemma,
            100.0 * self.uas,
            100.0 * self.las,
            100.0 * self.las_full,
            self.words_per_sec,
            self.words_per_cpu_sec
        )
    }
}

/// Analyzes copies of the gold sentences (forms only) and scores them.
pub fn evaluate(analyzer: &Analyzer, gold: &[Sentence]) -> Scores {
    let mut input: Vec<Sentence> = gold
        .iter()
        .map(|s| {
            let mut s = s.clone();
            for t in &mut s.tokens {
                let form = std::mem::take(&mut t.form);
                *t = dyad_model::Token {
                    span: t.span,
                    form,
                    ..Default::default()
                };
            }
            s
        })
        .collect();
    let cpu0 = thread_cpu_seconds();
    let start = Instant::now();
    for s in &mut input {
        analyzer.analyze(s);
    }
    let secs = start.elapsed().as_secs_f64();
    let mut sc = score(&input, gold);
    sc.words_per_sec = sc.words as f64 / secs.max(1e-9);
    if let (Some(a), Some(b)) = (cpu0, thread_cpu_seconds()) {
        sc.words_per_cpu_sec = sc.words as f64 / (b - a).max(1e-9);
    }
    sc
}

/// CPU time of the calling thread, from Linux's schedstat (nanoseconds on CPU).
pub fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Scores predicted sentences against gold ones (same tokenization).
pub fn score(pred: &[Sentence], gold: &[Sentence]) -> Scores {
    let (mut n, mut u, mut x, mut l, mut ua, mut la, mut lf) = (0usize, 0, 0, 0, 0, 0, 0);
    let univ = |d: &str| d.split(':').next().unwrap_or("").to_string();
    for (p, g) in pred.iter().zip(gold) {
        for (pt, gt) in p.tokens.iter().zip(&g.tokens) {
            n += 1;
            u += usize::from(pt.upos == gt.upos);
            x += usize::from(pt.xpos == gt.xpos);
            l += usize::from(pt.lemma == gt.lemma);
            if pt.head == gt.head {
                ua += 1;
                la += usize::from(univ(&pt.deprel) == univ(&gt.deprel));
                lf += usize::from(pt.deprel == gt.deprel);
            }
        }
    }
    let f = |k: usize| k as f64 / n.max(1) as f64;
    Scores {
        words: n,
        upos: f(u),
        xpos: f(x),
        lemma: f(l),
        uas: f(ua),
        las: f(la),
        las_full: f(lf),
        words_per_sec: 0.0,
        words_per_cpu_sec: 0.0,
    }
}

/// Like [`evaluate`], but the parser and labeller see the gold Penn tags and UPOS (a
/// diagnostic: how much do tagging errors cost the parse?).
pub fn evaluate_gold_tags(analyzer: &Analyzer, gold: &[Sentence]) -> Scores {
    let mut input: Vec<Sentence> = gold.to_vec();
    for s in &mut input {
        analyzer.analyze_gold_tags(s);
    }
    score(&input, gold)
}
