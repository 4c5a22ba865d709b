//! Distillation targets: a trained (bigger) parser's view of every training sentence,
//! as its `k` most likely heads per word and its `k` most likely relations on the gold
//! head, with their probabilities (Hinton et al. 2015). A student trained on a mix of
//! these and the gold tree learns which wrong heads are nearly right.

use super::data::usable;
use super::features::Input;
use super::forward::{forward, label_hidden, Work};
use super::math::softmax;
use super::parser::{NeuralParser, NO_DROPOUT};
use crate::NlpError;
use dyad_model::Sentence;

/// The teacher's soft targets of one sentence: `k` (id, probability) pairs per position
/// (position 0, the root, has none that count), padded with zero probabilities; the
/// probabilities of each position sum to 1.
#[derive(Debug, Clone, Default)]
pub(crate) struct Soft {
    pub(crate) k: usize,
    /// Heads (positions) per dependent, `m x k`.
    pub(crate) arcs: Vec<(u32, f32)>,
    /// Relation ids per dependent on its gold head, `m x k`.
    pub(crate) labels: Vec<(u32, f32)>,
}

impl Soft {
    /// The teacher's head distribution of position `i`.
    pub(crate) fn arcs(&self, i: usize) -> &[(u32, f32)] {
        self.arcs.get(i * self.k..(i + 1) * self.k).unwrap_or(&[])
    }

    /// The teacher's relation distribution of position `i` on its gold head.
    pub(crate) fn labels(&self, i: usize) -> &[(u32, f32)] {
        self.labels.get(i * self.k..(i + 1) * self.k).unwrap_or(&[])
    }
}

/// Soft targets of every usable sentence of `train` (as [`super::data::examples`]
/// keeps them, same order), computed on `threads` threads. The teacher must know the
/// same relations, in the same order, as `labels`.
pub(crate) fn soft_targets(
    teacher: &NeuralParser,
    labels: &[String],
    train: &[Sentence],
    k: usize,
    threads: usize,
) -> Result<Vec<Soft>, NlpError> {
    if teacher.net.vocab.labels != labels {
        return Err(NlpError::OtherTreebank {
            path: "the teacher model".into(),
        });
    }
    let kept: Vec<&Sentence> = train.iter().filter(|s| usable(s)).collect();
    let per = kept.len().div_ceil(threads.max(1)).max(1);
    let k = k.max(1);
    let parts: Vec<Vec<Soft>> = std::thread::scope(|s| {
        let handles: Vec<_> = kept
            .chunks(per)
            .map(|part| s.spawn(move || part.iter().map(|s| one(teacher, s, k)).collect()))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let out: Vec<Soft> = parts.into_iter().flatten().collect();
    if out.len() != kept.len() {
        return Err(NlpError::NoData {
            path: "teacher targets (a thread failed)".into(),
        });
    }
    Ok(out)
}

/// The `k` largest of `probs` as (index, probability), renormalised, padded to `k`.
fn top_k(probs: &[f32], k: usize, out: &mut Vec<(u32, f32)>) {
    let start = out.len();
    let mut order: Vec<usize> = (0..probs.len()).filter(|&j| probs[j] > 0.0).collect();
    order.sort_by(|&a, &b| probs[b].total_cmp(&probs[a]));
    order.truncate(k);
    let sum: f32 = order.iter().map(|&j| probs[j]).sum();
    out.extend(order.iter().map(|&j| (j as u32, probs[j] / sum.max(1e-30))));
    out.resize(start + k, (0, 0.0));
}

/// One sentence's targets.
fn one(teacher: &NeuralParser, s: &Sentence, k: usize) -> Soft {
    let net = &teacher.net;
    let buckets = net.dims.suffixes;
    let mut input = Input::default();
    input.start(buckets);
    let mut lower = String::new();
    for t in &s.tokens {
        net.vocab.push(
            &mut input,
            &t.form,
            net.vocab.tag_id(&t.xpos),
            buckets,
            &mut lower,
        );
    }
    let mut w = Work::default();
    forward(net, &input, &mut w, &NO_DROPOUT, None, teacher.pre.as_ref());
    let m = input.len();
    let mut soft = Soft {
        k,
        arcs: vec![(0, 0.0); k],
        labels: vec![(0, 0.0); k],
    };
    let mut row = Vec::with_capacity(m);
    let mut z = vec![0.0; net.dims.label];
    let mut logits = vec![0.0; net.dims.labels];
    let (wo, bo) = net.ids.lab_out;
    for i in 1..m {
        row.clear();
        row.extend_from_slice(&w.s[i * m..(i + 1) * m]);
        row[i] = f32::NEG_INFINITY;
        softmax(&mut row);
        row[i] = 0.0;
        top_k(&row, k, &mut soft.arcs);
        let gold = s.tokens[i - 1].head.min(m - 1);
        label_hidden(net, &w, i, gold, &mut z);
        super::math::matvec_into(
            &net.p.t[wo].data,
            net.dims.label,
            &z,
            Some(&net.p.t[bo].data),
            &mut logits,
        );
        softmax(&mut logits);
        top_k(&logits, k, &mut soft.labels);
    }
    soft
}
