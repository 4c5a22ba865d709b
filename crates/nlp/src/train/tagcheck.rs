//! Experiment: trains the Penn tagger alone and reports what matters for news clauses:
//! dev XPOS/UPOS, VBD/VBN confusions, dev sentences left without a finite verb, and
//! the tags of the caller's own sentences.

use super::{load, log, train_tagger, TrainConfig};
use crate::lex::lex;
use crate::NlpError;
use std::path::Path;

/// Trains the tagger on `dir`'s train split, logs dev and test figures to stderr for
/// each finite-verb repair margin in `margins` (none: the shipped one; 0 turns the
/// repair off) and prints `sentences` (each a list of tokens) tagged, one `word/TAG`
/// line each.
pub fn tagger_check(
    dir: &Path,
    cfg: &TrainConfig,
    margins: &[f32],
    sentences: &[Vec<String>],
) -> Result<(), NlpError> {
    let d = load(dir, cfg)?;
    let all: Vec<_> = d.exs.iter().collect();
    let mut t = train_tagger(
        &all,
        &d.dev_exs,
        d.xpos_names.len(),
        &d.dict,
        d.finite.as_ref(),
        cfg,
        "tagger",
    )?;
    let shipped = [t.repair];
    let margins = if margins.is_empty() {
        &shipped[..]
    } else {
        margins
    };
    // The test split too, when there is one.
    let test: Vec<super::Ex> = match super::split_path(dir, "test") {
        Ok(p) => super::read_conllu(&p)?
            .iter()
            .map(|s| super::to_ex(s, &d.xpos_names, &d.deprels, &d.lexicon))
            .collect(),
        Err(_) => Vec::new(),
    };
    for &m in margins {
        t.repair = m;
        log(cfg, format_args!("repair margin {m}:"));
        println!("repair margin {m}:");
        for (what, exs) in [("dev", &d.dev_exs), ("test", &test)] {
            log(cfg, format_args!("{what}:"));
            report(&t, &d, what, exs, cfg);
        }
        own(&t, &d, sentences);
    }
    Ok(())
}

/// Logs the figures of one split, named `what` ("dev", "test").
fn report(
    t: &crate::tagger::Tagger,
    d: &super::Data,
    what: &str,
    exs: &[super::Ex],
    cfg: &TrainConfig,
) {
    let id = |n: &str| d.xpos_names.iter().position(|x| x == n);
    let (vbd, vbn, vb, vbp) = (id("VBD"), id("VBN"), id("VB"), id("VBP"));
    let finite: Vec<Option<usize>> = ["VBD", "VBZ", "VBP", "MD"].iter().map(|n| id(n)).collect();
    let is_fin = |x: usize| finite.contains(&Some(x));
    let (mut feats, mut scores, mut guess, mut alt, mut up) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut xr, mut ur, mut n, mut d2n, mut n2d, mut long, mut gold_none, mut pred_none, mut lost) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0);
    let mut b2p = 0;
    for e in exs {
        t.tag_xpos(&e.lex, &mut feats, &mut scores, &mut guess, &mut alt);
        t.tag_upos(&e.lex, &guess, &mut feats, &mut scores, &mut up);
        xr += guess.iter().zip(&e.xpos).filter(|(a, b)| a == b).count();
        ur += up.iter().zip(&e.upos).filter(|(a, b)| a == b).count();
        n += e.xpos.len();
        for (&g, &x) in guess.iter().zip(&e.xpos) {
            d2n += usize::from(Some(x) == vbd && Some(g) == vbn);
            n2d += usize::from(Some(x) == vbn && Some(g) == vbd);
            b2p += usize::from(Some(x) == vb && Some(g) == vbp);
        }
        if e.xpos.len() >= 6 {
            long += 1;
            let g = e.xpos.iter().any(|&x| is_fin(x));
            let p = guess.iter().any(|&x| is_fin(x));
            gold_none += usize::from(!g);
            pred_none += usize::from(!p);
            lost += usize::from(g && !p);
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    log(cfg, format_args!(
        "{what} XPOS {:.2} UPOS {:.2}; gold VBD tagged VBN {d2n}, gold VBN tagged VBD {n2d}, gold VB tagged VBP {b2p}; of {long} sentences of 6+ words {gold_none} have no finite verb in gold, {pred_none} tagged ({lost} lost one)",
        pct(xr, n), pct(ur, n)
    ));
}

fn own(t: &crate::tagger::Tagger, d: &super::Data, sentences: &[Vec<String>]) {
    let (mut feats, mut scores, mut guess, mut alt) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for s in sentences {
        let lexes: Vec<_> = s.iter().map(|w| lex(w, &d.lexicon)).collect();
        t.tag_xpos(&lexes, &mut feats, &mut scores, &mut guess, &mut alt);
        let line: Vec<String> = s
            .iter()
            .zip(&guess)
            .map(|(w, &g)| format!("{w}/{}", d.xpos_names.get(g).map_or("?", |x| x.as_str())))
            .collect();
        println!("{}", line.join(" "));
    }
    println!();
}
