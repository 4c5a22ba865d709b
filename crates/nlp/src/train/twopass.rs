//! Experiment: a second Penn tagging pass that sees the first pass's tags to the right
//! (t+1, t+2 and the pair), as in bidirectional taggers (Toutanova et al. 2003). The
//! first pass's tags on training data are jackknifed like the parser's. Reports dev
//! XPOS/UPOS for both passes; the shipped model formats do not use it.

use super::{log, train_tagger, Ex, Rng, TrainConfig};
use crate::hash::{f1, f2, f3};
use crate::perceptron::{argmax, Table, Trainer};
use crate::tagger::{xpos_features, DictEntry, Tagger, NO_TAG};
use crate::NlpError;
use dyad_model::{Sentence, Upos};
use rustc_hash::FxHashMap;

/// Features of word `i` for the second pass: the first pass's, plus the first pass's
/// tags `right` at i+1 and i+2 (i-1 and i-2 when `reverse`).
fn second_features(
    lex: &[crate::lex::Lex],
    right: &[usize],
    i: usize,
    p1: u64,
    p2: u64,
    reverse: bool,
    out: &mut Vec<u64>,
) {
    xpos_features(lex, i, p1, p2, out);
    let r = |k: Option<usize>| k.and_then(|k| right.get(k)).map_or(NO_TAG, |&t| t as u64);
    // Right to left, `p1`/`p2` are this pass's tags to the right and the first pass's
    // are read to the left.
    let (r1, r2) = if reverse {
        (r(i.checked_sub(1)), r(i.checked_sub(2)))
    } else {
        (r(Some(i + 1)), r(Some(i + 2)))
    };
    let w = &lex[i];
    out.extend_from_slice(&[
        f1(201, r1),
        f1(202, r2),
        f2(203, r1, r2),
        f3(204, p1, r1, 0),
        f2(205, w.lower, r1),
        f2(206, w.class, r1),
        f3(207, w.class, r1, r2),
    ]);
}

/// A trained second pass.
struct Second<'a> {
    t: &'a Table,
    dict: &'a FxHashMap<u64, DictEntry>,
    reverse: bool,
}

impl Second<'_> {
    /// Tags a sentence over the first pass's tags `first`; with `prior` (the first
    /// pass's scores per word), the two passes' scores are summed.
    fn tag(
        &self,
        lex: &[crate::lex::Lex],
        first: &[usize],
        prior: Option<&[Vec<f32>]>,
        feats: &mut Vec<u64>,
        out: &mut Vec<usize>,
    ) {
        out.clear();
        out.resize(lex.len(), 0);
        let mut scores = vec![0.0; self.t.classes()];
        let (mut p1, mut p2) = (NO_TAG, NO_TAG);
        for i in word_order(lex.len(), self.reverse) {
            let g = match self.dict.get(&lex[i].word) {
                Some(&(x, _)) => x as usize,
                None => {
                    second_features(lex, first, i, p1, p2, self.reverse, feats);
                    scores.iter_mut().for_each(|s| *s = 0.0);
                    self.t.score(feats, &mut scores);
                    if let Some(p) = prior.and_then(|p| p.get(i)) {
                        scores.iter_mut().zip(p).for_each(|(s, q)| *s += q);
                    }
                    argmax(&scores, |_| true).unwrap_or(0)
                }
            };
            out[i] = g;
            p2 = p1;
            p1 = g as u64;
        }
    }
}

/// The first pass's scores for each word (empty for words in the tag dictionary),
/// given its tags.
fn first_scores(t: &Tagger, lex: &[crate::lex::Lex], first: &[usize]) -> Vec<Vec<f32>> {
    let mut feats = Vec::new();
    let tag = |k: Option<usize>| k.and_then(|k| first.get(k)).map_or(NO_TAG, |&x| x as u64);
    (0..lex.len())
        .map(|i| {
            if t.dict.contains_key(&lex[i].word) {
                return Vec::new();
            }
            xpos_features(
                lex,
                i,
                tag(i.checked_sub(1)),
                tag(i.checked_sub(2)),
                &mut feats,
            );
            let mut scores = vec![0.0; t.xpos.classes()];
            t.xpos.score(&feats, &mut scores);
            scores
        })
        .collect()
}

/// Word indices in tagging order.
fn word_order(n: usize, reverse: bool) -> Box<dyn Iterator<Item = usize>> {
    if reverse {
        Box::new((0..n).rev())
    } else {
        Box::new(0..n)
    }
}

fn first_pass(t: &Tagger, e: &Ex) -> Vec<usize> {
    let (mut feats, mut scores, mut x, mut alt) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    t.tag_xpos(&e.lex, &mut feats, &mut scores, &mut x, &mut alt);
    x
}

/// What the experiment reads.
pub(super) struct Data<'a> {
    pub(super) exs: &'a [Ex],
    pub(super) dev: &'a [Ex],
    pub(super) dev_gold: &'a [Sentence],
    pub(super) xpos_names: &'a [String],
    pub(super) dict: &'a FxHashMap<u64, DictEntry>,
}

/// Dev UAS/LAS of the embedded parser given these tags (its own tagger bypassed).
fn parse_with(d: &Data, xpos: &[Vec<usize>], upos: &[Vec<usize>]) -> Result<String, NlpError> {
    let analyzer = crate::Analyzer::embedded_perceptron()?;
    let mut input: Vec<Sentence> = d.dev_gold.to_vec();
    for ((s, x), u) in input.iter_mut().zip(xpos).zip(upos) {
        for ((t, &x), &u) in s.tokens.iter_mut().zip(x).zip(u) {
            t.xpos = d.xpos_names.get(x).cloned().unwrap_or_default();
            t.upos = Upos::ALL.get(u).copied().unwrap_or_default();
        }
        analyzer.analyze_gold_tags(s);
    }
    let sc = crate::score(&input, d.dev_gold);
    Ok(format!(
        "UAS {:.2} LAS {:.2}",
        100.0 * sc.uas,
        100.0 * sc.las
    ))
}

/// Trains the first pass (whole train set, and jackknifed over `cfg.folds`), then the
/// second pass, logging dev XPOS/UPOS of both after every second-pass epoch.
pub(super) fn experiment(d: &Data, cfg: &TrainConfig, reverse: bool) -> Result<(), NlpError> {
    let (exs, dev, dict, nx) = (d.exs, d.dev, d.dict, d.xpos_names.len());
    let all: Vec<&Ex> = exs.iter().collect();
    let tagger = train_tagger(&all, dev, nx, dict, None, cfg, "first pass")?;
    let folds = cfg.folds.max(2);
    let mut jack: Vec<Vec<usize>> = vec![Vec::new(); exs.len()];
    let quiet = TrainConfig {
        verbose: false,
        ..cfg.clone()
    };
    for f in 0..folds {
        let part: Vec<&Ex> = super::fold_part(exs, folds, f);
        let t = train_tagger(&part, &[], nx, dict, None, &quiet, "fold")?;
        for (i, e) in exs.iter().enumerate().filter(|(i, _)| i % folds == f) {
            jack[i] = first_pass(&t, e);
        }
        log(cfg, format_args!("jackknife fold {}/{} done", f + 1, folds));
    }
    let jn: usize = jack.iter().map(Vec::len).sum();
    let jr: usize = exs
        .iter()
        .zip(&jack)
        .map(|(e, j)| e.xpos.iter().zip(j).filter(|(a, b)| a == b).count())
        .sum();
    log(
        cfg,
        format_args!(
            "jackknifed train XPOS {:.2}",
            100.0 * jr as f64 / jn.max(1) as f64
        ),
    );
    let dev_first: Vec<Vec<usize>> = dev.iter().map(|e| first_pass(&tagger, e)).collect();
    let dev_prior: Vec<Vec<Vec<f32>>> = dev
        .iter()
        .zip(&dev_first)
        .map(|(e, f)| first_scores(&tagger, &e.lex, f))
        .collect();
    let mut tx = Trainer::new(nx);
    let mut order: Vec<usize> = (0..exs.len()).collect();
    let mut rng = Rng(cfg.seed ^ 0x2A55);
    let (mut feats, mut scores, mut guess, mut up) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for epoch in 0..cfg.tagger_epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let e = &exs[k];
            let (mut p1, mut p2) = (NO_TAG, NO_TAG);
            for i in word_order(e.lex.len(), reverse) {
                let g = if let Some(&(x, _)) = dict.get(&e.lex[i].word) {
                    x as usize
                } else {
                    second_features(&e.lex, &jack[k], i, p1, p2, reverse, &mut feats);
                    tx.learn(&feats, e.xpos[i], &mut scores)
                };
                p2 = p1;
                p1 = g as u64;
            }
        }
        let t = tx.finish(0.0);
        let second = Second {
            t: &t,
            dict,
            reverse,
        };
        let (mut x1, mut u1, mut x2, mut u2, mut x3, mut u3, mut n) = (0, 0, 0, 0, 0, 0, 0);
        for ((e, first), prior) in dev.iter().zip(&dev_first).zip(&dev_prior) {
            second.tag(&e.lex, first, Some(prior), &mut feats, &mut guess);
            tagger.tag_upos(&e.lex, &guess, &mut feats, &mut scores, &mut up);
            x3 += guess.iter().zip(&e.xpos).filter(|(a, b)| a == b).count();
            u3 += up.iter().zip(&e.upos).filter(|(a, b)| a == b).count();
            second.tag(&e.lex, first, None, &mut feats, &mut guess);
            tagger.tag_upos(&e.lex, first, &mut feats, &mut scores, &mut up);
            x1 += first.iter().zip(&e.xpos).filter(|(a, b)| a == b).count();
            u1 += up.iter().zip(&e.upos).filter(|(a, b)| a == b).count();
            tagger.tag_upos(&e.lex, &guess, &mut feats, &mut scores, &mut up);
            x2 += guess.iter().zip(&e.xpos).filter(|(a, b)| a == b).count();
            u2 += up.iter().zip(&e.upos).filter(|(a, b)| a == b).count();
            n += e.xpos.len();
        }
        let pct = |c: usize| 100.0 * c as f64 / n.max(1) as f64;
        log(
            cfg,
            format_args!(
                "second pass epoch {}: dev XPOS {:.2} UPOS {:.2}; passes' scores summed {:.2} / {:.2} (first pass {:.2} / {:.2})",
                epoch + 1,
                pct(x2),
                pct(u2),
                pct(x3),
                pct(u3),
                pct(x1),
                pct(u1)
            ),
        );
    }
    let t = tx.finish(0.0);
    let second = Second {
        t: &t,
        dict,
        reverse,
    };
    let modes = [
        (None, "first pass"),
        (Some(false), "second pass"),
        (Some(true), "passes' scores summed"),
    ];
    for (mode, label) in modes {
        let (mut xs, mut us) = (Vec::new(), Vec::new());
        for ((e, first), prior) in dev.iter().zip(&dev_first).zip(&dev_prior) {
            match mode {
                None => guess.clone_from(first),
                Some(summed) => {
                    let prior = summed.then_some(&prior[..]);
                    second.tag(&e.lex, first, prior, &mut feats, &mut guess);
                }
            }
            tagger.tag_upos(&e.lex, &guess, &mut feats, &mut scores, &mut up);
            xs.push(guess.clone());
            us.push(up.clone());
        }
        let uas_las = parse_with(d, &xs, &us)?;
        log(
            cfg,
            format_args!("embedded parser, {label} tags: {uas_las}"),
        );
    }
    log(
        cfg,
        format_args!("{}", timing(d, &tagger, &second, &dev_first, &dev_prior)?),
    );
    Ok(())
}

/// Thread CPU seconds over dev (5 rounds) of the first pass (Penn + UPOS), the second
/// pass with summed scores (the first pass's scores precomputed, as a real tagger would
/// keep them), and the embedded parser and labeller; words per CPU-second with one
/// pass and with both.
fn timing(
    d: &Data,
    tagger: &Tagger,
    second: &Second,
    dev_first: &[Vec<usize>],
    dev_prior: &[Vec<Vec<f32>>],
) -> Result<String, NlpError> {
    let cpu = || crate::thread_cpu_seconds().unwrap_or(0.0);
    let analyzer = crate::Analyzer::embedded_perceptron()?;
    let (mut feats, mut scores, mut x, mut u, mut alt) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut t1, mut t2, mut tp, mut n) = (0.0, 0.0, 0.0, 0usize);
    for _ in 0..5 {
        let c = cpu();
        for e in d.dev {
            tagger.tag_xpos(&e.lex, &mut feats, &mut scores, &mut x, &mut alt);
            tagger.tag_upos(&e.lex, &x, &mut feats, &mut scores, &mut u);
            n += e.lex.len();
        }
        t1 += cpu() - c;
        let c = cpu();
        for ((e, first), prior) in d.dev.iter().zip(dev_first).zip(dev_prior) {
            second.tag(&e.lex, first, Some(prior), &mut feats, &mut x);
        }
        t2 += cpu() - c;
        let mut input: Vec<Sentence> = d.dev_gold.to_vec();
        let c = cpu();
        for s in &mut input {
            analyzer.analyze_gold_tags(s);
        }
        tp += cpu() - c;
    }
    let wps = |t: f64| n as f64 / t.max(1e-9);
    Ok(format!(
        "CPU s: first pass {t1:.2}, second pass {t2:.2}, parse {tp:.2}; tag+parse {:.0} words/CPU-s with one pass, {:.0} with both",
        wps(t1 + tp),
        wps(t1 + t2 + tp)
    ))
}
