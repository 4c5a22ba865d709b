//! Training the supertagger (see [`crate::supertag`]), jackknifed like the tags.

use super::{log, words_of, Ex, Rng, Tags, TrainConfig};
use crate::perceptron::{argmax, Table, Trainer};
use crate::supertag;

/// Trains the supertagger: jackknifed supertags for the training sentences (each fold's
/// supertagger trained on the others, with their jackknifed tags), supertags for dev,
/// and the final supertagger from every sentence.
pub(super) fn supertag_all(
    exs: &[Ex],
    jack: &mut [Tags],
    dev_exs: &[Ex],
    dev_tags: &mut [Tags],
    labels: usize,
    cfg: &TrainConfig,
) -> Table {
    let folds = cfg.folds.max(2);
    let nst = supertag::classes(labels);
    for f in 0..folds {
        let (part, held): (Vec<usize>, Vec<usize>) = (0..exs.len()).partition(|i| i % folds != f);
        let t = train_supertagger(exs, jack, &part, nst, cfg);
        for i in held {
            jack[i].st = supertags(&t, &exs[i], &jack[i]);
        }
        log(cfg, format_args!("supertag fold {}/{} done", f + 1, folds));
    }
    let supertagger = train_supertagger(exs, jack, &(0..exs.len()).collect::<Vec<_>>(), nst, cfg);
    let (mut right, mut total) = (0usize, 0usize);
    for (e, t) in dev_exs.iter().zip(dev_tags) {
        t.st = supertags(&supertagger, e, t);
        let n = e.heads.len();
        for (d, &g) in t.st.iter().enumerate() {
            right += usize::from(g == supertag::of(e.labels[d], d, e.heads[d], n) as u64);
        }
        total += n;
    }
    log(
        cfg,
        format_args!(
            "supertags: dev accuracy {:.2}",
            100.0 * right as f64 / total.max(1) as f64
        ),
    );
    supertagger
}

/// Supertags of a sentence with the given tags.
fn supertags(t: &Table, e: &Ex, tags: &Tags) -> Vec<u64> {
    let mut words = words_of(e, tags);
    supertag::tag(t, &mut words, &mut Vec::new());
    words.iter().map(|w| w.st).collect()
}

/// Trains the supertagger on sentences `which` (gold trees, predicted tags).
fn train_supertagger(
    exs: &[Ex],
    tags: &[Tags],
    which: &[usize],
    classes: usize,
    cfg: &TrainConfig,
) -> Table {
    let mut model = Trainer::new(classes);
    let mut order = which.to_vec();
    let mut rng = Rng(cfg.seed ^ 0x57A6);
    let (mut feats, mut scores) = (Vec::new(), vec![0f32; classes]);
    for _ in 0..cfg.supertag_epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let e = &exs[k];
            // (Supertag features never read `st`, so any already filled are harmless.)
            let words = words_of(e, &tags[k]);
            let n = words.len();
            let (mut p1, mut p2) = (supertag::NO_ST, supertag::NO_ST);
            for i in 0..n {
                supertag::features(&words, i, p1, p2, &mut feats);
                scores.iter_mut().for_each(|s| *s = 0.0);
                model.score(&feats, &mut scores);
                let g = argmax(&scores, |_| true).unwrap_or(0);
                model.update(&feats, supertag::of(e.labels[i], i, e.heads[i], n), g);
                model.tick();
                p2 = p1;
                p1 = g as u64;
            }
        }
    }
    model.finish(0.05)
}
