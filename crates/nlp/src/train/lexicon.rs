//! What the tagger knows of words before training: ambiguity classes (the lexicon),
//! the frequent words it tags without scoring, and the finite-verb repair's data added
//! to a model trained without it.

use super::{read_conllu, split_path};
use crate::hash::mix;
use crate::model::Model;
use crate::tagger::{DictEntry, Finite, NO_UPOS};
use crate::{Analyzer, NlpError};
use dyad_model::Sentence;
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::Path;

/// Ambiguity classes: for words seen at least 3 times, the set of Penn tags they took
/// at least 5% of the time; and the classes that include the past tense (VBD).
pub(super) fn build_lexicon(
    train: &[Sentence],
    xpos: &[String],
) -> (FxHashMap<u64, u64>, FxHashSet<u64>) {
    let mut counts: FxHashMap<u64, FxHashMap<usize, usize>> = FxHashMap::default();
    for t in train.iter().flat_map(|s| &s.tokens) {
        let tag = xpos.iter().position(|x| *x == t.xpos).unwrap_or(0);
        *counts
            .entry(crate::hash::lower_hash(&t.form))
            .or_default()
            .entry(tag)
            .or_default() += 1;
    }
    // A past tense is a past participle in other sentences (EWT has "attacked" only as
    // VBN): words seen as either get both in their class, so context decides.
    let id = |name: &str| xpos.iter().position(|x| x == name);
    let past = [id("VBD"), id("VBN")];
    let mut lexicon = FxHashMap::default();
    let mut past_classes = FxHashSet::default();
    for (w, tags) in counts {
        let total: usize = tags.values().sum();
        if total < 3 {
            continue;
        }
        let mut set: Vec<usize> = tags
            .iter()
            .filter(|(_, &c)| c * 20 >= total)
            .map(|(&t, _)| t)
            .collect();
        if past.iter().any(|p| p.is_some_and(|p| set.contains(&p))) {
            set.extend(past.iter().flatten());
        }
        set.sort_unstable();
        set.dedup();
        let class = set.iter().fold(0xC1A55, |h, &t| mix(h, t as u64));
        if past[0].is_some_and(|p| set.contains(&p)) {
            past_classes.insert(class);
        }
        lexicon.insert(w, class);
    }
    (lexicon, past_classes)
}

/// Frequent words (20+ times) that take one Penn tag 99% of the time, with their UPOS
/// when that is as fixed; the tagger assigns these without scoring.
pub(super) fn build_dict(train: &[Sentence], xpos: &[String]) -> FxHashMap<u64, DictEntry> {
    let mut counts: FxHashMap<u64, FxHashMap<(usize, usize), usize>> = FxHashMap::default();
    for t in train.iter().flat_map(|s| &s.tokens) {
        let x = xpos.iter().position(|n| *n == t.xpos).unwrap_or(0);
        *counts
            .entry(crate::hash::str_hash(&t.form))
            .or_default()
            .entry((x, t.upos.index()))
            .or_default() += 1;
    }
    let mut dict = FxHashMap::default();
    for (w, m) in counts {
        let total: usize = m.values().sum();
        if total < 20 {
            continue;
        }
        let mut by_x: FxHashMap<usize, usize> = FxHashMap::default();
        for (&(x, _), &c) in &m {
            *by_x.entry(x).or_default() += c;
        }
        let Some((&x, &xc)) = by_x.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) else {
            continue;
        };
        if xc * 100 < total * 99 || x > 255 {
            continue;
        }
        let best_u = m
            .iter()
            .filter(|((xx, _), _)| *xx == x)
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)));
        let u = match best_u {
            Some((&(_, u), &uc)) if uc * 100 >= xc * 99 => u as u8,
            _ => NO_UPOS,
        };
        dict.insert(w, (x as u8, u));
    }
    dict
}

/// Gives a trained model (without one) the finite-verb repair's data, computed from
/// the treebank it was trained on: the tagger, parser and labeller weights stay as they
/// are. Fails if the treebank's lexicon is not the model's (another treebank).
pub fn add_finite_repair(model: &[u8], dir: &Path) -> Result<Analyzer, NlpError> {
    let mut m = Model::from_bytes(model)?;
    let train_path = split_path(dir, "train")?;
    let train = read_conllu(&train_path)?;
    let (lexicon, past_classes) = build_lexicon(&train, &m.xpos_names);
    if lexicon != m.lexicon {
        return Err(NlpError::OtherTreebank { path: train_path });
    }
    m.tagger.finite = Some(Finite::new(past_classes, &m.xpos_names));
    Analyzer::from_bytes(&m.to_bytes())
}
