//! Training data for the neural parser: the vocabulary read from a treebank, and its
//! sentences as inputs with gold heads and relations.

use super::backward::NO_LABEL;
use super::features::{normalize_into, Input, Vocab};
use crate::Analyzer;
use dyad_model::Sentence;
use rustc_hash::FxHashMap;

/// One training sentence.
#[derive(Debug, Clone)]
pub(crate) struct Example {
    pub(crate) input: Input,
    /// Gold head of each position (0 for position 0, the root).
    pub(crate) heads: Vec<usize>,
    /// Gold relation id of each position (`NO_LABEL` for the root and unknown ones).
    pub(crate) labels: Vec<u32>,
}

/// Copies of `gold` whose Penn tags are the ones `tagger` predicts (heads and relations
/// stay gold): the parser learns from tags as they will be when it runs.
pub fn retag(tagger: &Analyzer, gold: &[Sentence]) -> Vec<Sentence> {
    gold.iter()
        .map(|g| {
            let mut s = g.clone();
            tagger.analyze(&mut s);
            for (t, gt) in s.tokens.iter_mut().zip(&g.tokens) {
                t.head = gt.head;
                t.deprel.clone_from(&gt.deprel);
            }
            s
        })
        .collect()
}

/// The vocabulary of a treebank: words seen at least `min_count` times (lowercase, digits
/// as 0), every Penn tag and every relation. Also returns each word id's count.
pub(crate) fn vocab(train: &[Sentence], min_count: u32) -> (Vocab, Vec<u32>) {
    let mut counts: FxHashMap<String, u32> = FxHashMap::default();
    let mut lower = String::new();
    let mut v = Vocab::default();
    for t in train.iter().flat_map(|s| &s.tokens) {
        normalize_into(&t.form, &mut lower);
        *counts.entry(lower.clone()).or_default() += 1;
        if !v.tags.contains(&t.xpos) {
            v.tags.push(t.xpos.clone());
        }
        if !v.labels.contains(&t.deprel) {
            v.labels.push(t.deprel.clone());
        }
    }
    v.tags.sort();
    v.labels.sort();
    let mut words: Vec<(String, u32)> = counts
        .into_iter()
        .filter(|(_, c)| *c >= min_count)
        .collect();
    words.sort();
    let mut by_id = vec![0, 0];
    for (w, c) in words {
        v.words.insert(w, by_id.len() as u32);
        by_id.push(c);
    }
    (v, by_id)
}

/// Does the parser take this sentence (words, not too many)?
pub(crate) fn usable(s: &Sentence) -> bool {
    !s.tokens.is_empty() && s.tokens.len() <= super::parser::MAX_NEURAL_WORDS
}

/// Encodes sentences (with the tags they carry) for training.
pub(crate) fn examples(v: &Vocab, buckets: usize, sentences: &[Sentence]) -> Vec<Example> {
    let mut lower = String::new();
    sentences
        .iter()
        .filter(|s| usable(s))
        .map(|s| {
            let mut input = Input::default();
            input.start(buckets);
            let mut heads = vec![0];
            let mut labels = vec![NO_LABEL];
            for t in &s.tokens {
                v.push(&mut input, &t.form, v.tag_id(&t.xpos), buckets, &mut lower);
                heads.push(t.head.min(s.tokens.len()));
                labels.push(
                    v.labels
                        .iter()
                        .position(|l| *l == t.deprel)
                        .map_or(NO_LABEL, |i| i as u32),
                );
            }
            Example {
                input,
                heads,
                labels,
            }
        })
        .collect()
}
