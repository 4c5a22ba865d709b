//! The network's forward pass over one sentence: embeddings, BiLSTM, arc and label
//! projections, and the biaffine arc scores. Training and parsing share it; training
//! also draws dropout masks.

use super::features::{Input, Vocab};
use super::lstm::{self, Cache, Shape};
use super::math::{affine_rows, dot, matvec_t_add, Rng};
use super::params::{Dims, Ids, Params};
use super::project::Projection;

/// A network: sizes, weights and vocabulary.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Net {
    pub(crate) dims: Dims,
    pub(crate) ids: Ids,
    pub(crate) p: Params,
    pub(crate) vocab: Vocab,
}

/// Dropout rates used in training.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Dropout {
    /// On the input vectors.
    pub(crate) input: f32,
    /// On each BiLSTM layer's output.
    pub(crate) hidden: f32,
    /// On the arc MLP outputs.
    pub(crate) mlp: f32,
}

/// One BiLSTM layer's values.
#[derive(Debug, Clone, Default)]
pub(crate) struct Layer {
    /// Output after dropout, `m x 2H`.
    pub(crate) out: Vec<f32>,
    /// Dropout mask (empty: none).
    pub(crate) mask: Vec<f32>,
    /// Forward and backward direction.
    pub(crate) cache: [Cache; 2],
}

/// Every value of a forward pass, kept for backward and reused between sentences.
#[derive(Debug, Clone, Default)]
pub(crate) struct Work {
    /// Keep what backward needs (`t = dep U`); parsing computes the scores another way.
    pub(crate) train: bool,
    /// Positions, the root included.
    pub(crate) m: usize,
    pub(crate) x0: Vec<f32>,
    pub(crate) x0_mask: Vec<f32>,
    pub(crate) layers: Vec<Layer>,
    /// Arc MLP outputs (after ReLU and dropout), `m x A`.
    pub(crate) dep: Vec<f32>,
    pub(crate) head: Vec<f32>,
    pub(crate) dep_mask: Vec<f32>,
    pub(crate) head_mask: Vec<f32>,
    /// `dep U`, `m x A` (training); `U head`, `m x A` (parsing).
    pub(crate) t: Vec<f32>,
    /// `w . head_j`, `m`.
    pub(crate) hb: Vec<f32>,
    /// Arc scores, row = dependent, column = head, `m x m`.
    pub(crate) s: Vec<f32>,
    /// Label projections of dependents (with bias) and heads, `m x L`.
    pub(crate) pd: Vec<f32>,
    pub(crate) ph: Vec<f32>,
}

/// Draws a dropout mask of `n` values (empty when `p` is 0 or there is no generator).
fn draw(mask: &mut Vec<f32>, n: usize, p: f32, rng: Option<&mut Rng>) {
    mask.clear();
    if let Some(rng) = rng {
        if p > 0.0 {
            let keep = 1.0 / (1.0 - p);
            mask.extend((0..n).map(|_| if rng.uniform() < p { 0.0 } else { keep }));
        }
    }
}

/// Multiplies `v` by `mask` unless the mask is empty.
#[inline(always)]
fn apply(v: &mut [f32], mask: &[f32]) {
    for (x, k) in v.iter_mut().zip(mask) {
        *x *= k;
    }
}

/// Runs the network over `input`; `rng` (training) turns dropout on; `pre` (parsing
/// only, no dropout) replaces the first layer's input product.
#[inline(always)]
pub(crate) fn forward(
    net: &Net,
    input: &Input,
    w: &mut Work,
    drop: &Dropout,
    mut rng: Option<&mut Rng>,
    pre: Option<&Projection>,
) {
    let (d, ids, p) = (&net.dims, &net.ids, &net.p);
    let m = input.len();
    w.m = m;
    let dim = d.input();
    w.x0.clear();
    // With precomputed projections the first layer never reads the input vectors.
    let inputs = if pre.is_some() { 0 } else { m };
    for t in 0..inputs {
        for (id, r) in embedding_rows(ids, input, t) {
            let e = &p.t[id];
            let r = r.min(e.rows - 1);
            w.x0.extend_from_slice(&e.data[r * e.cols..(r + 1) * e.cols]);
        }
    }
    draw(&mut w.x0_mask, m * dim, drop.input, rng.as_deref_mut());
    apply(&mut w.x0, &w.x0_mask);
    let h = d.hidden;
    w.layers.resize_with(d.layers, Layer::default);
    for l in 0..d.layers {
        let (done, rest) = w.layers.split_at_mut(l);
        let layer = &mut rest[0];
        let (x, inp) = match done.last() {
            Some(prev) => (&prev.out[..], 2 * h),
            None => (&w.x0[..], dim),
        };
        layer.out.clear();
        layer.out.resize(m * 2 * h, 0.0);
        for (k, dir) in ids.lstm[l].iter().enumerate() {
            let sh = Shape {
                m,
                inp,
                h,
                reverse: k == 1,
            };
            let x = match pre {
                Some(pre) if l == 0 => {
                    pre.fill(k, input, &mut layer.cache[k].gates);
                    None
                }
                _ => Some(x),
            };
            lstm::forward(p, *dir, x, sh, &mut layer.cache[k], &mut layer.out, k * h);
        }
        draw(&mut layer.mask, m * 2 * h, drop.hidden, rng.as_deref_mut());
        apply(&mut layer.out, &layer.mask);
    }
    let top: &[f32] = w.layers.last().map_or(&w.x0, |l| &l.out);
    let k = if d.layers == 0 { dim } else { 2 * h };
    let a = d.arc;
    for (out, mask, (wi, bi)) in [
        (&mut w.dep, &mut w.dep_mask, ids.arc_dep),
        (&mut w.head, &mut w.head_mask, ids.arc_head),
    ] {
        out.clear();
        out.resize(m * a, 0.0);
        affine_rows(top, k, &p.t[wi].data, Some(&p.t[bi].data), out);
        for v in out.iter_mut() {
            *v = v.max(0.0);
        }
        draw(mask, m * a, drop.mlp, rng.as_deref_mut());
        apply(out, mask);
    }
    let u = &p.t[ids.biaf_u].data;
    let bw = &p.t[ids.biaf_w].data;
    w.hb.clear();
    w.hb.extend(w.head.chunks_exact(a).map(|hj| dot(bw, hj)));
    w.s.clear();
    w.s.resize(m * m, 0.0);
    w.t.clear();
    w.t.resize(m * a, 0.0);
    if w.train {
        // Training: backward reads `t = dep U`.
        for (ti, di) in w.t.chunks_exact_mut(a).zip(w.dep.chunks_exact(a)) {
            matvec_t_add(u, di, ti);
        }
        for (si, ti) in w.s.chunks_exact_mut(m).zip(w.t.chunks_exact(a)) {
            for ((sij, hj), hb) in si.iter_mut().zip(w.head.chunks_exact(a)).zip(&w.hb) {
                *sij = dot(ti, hj) + hb;
            }
        }
    } else {
        // Parsing: the same scores as two matrix products, `U head_j` (into `t`, here
        // by head), then `dep_i . (U head_j) + w . head_j`.
        affine_rows(&w.head, a, u, None, &mut w.t);
        affine_rows(&w.dep, a, &w.t, Some(&w.hb), &mut w.s);
    }
    let lb = d.label;
    w.pd.clear();
    w.pd.resize(m * lb, 0.0);
    w.ph.clear();
    w.ph.resize(m * lb, 0.0);
    let (wd, bd) = ids.lab_dep;
    affine_rows(top, k, &p.t[wd].data, Some(&p.t[bd].data), &mut w.pd);
    affine_rows(top, k, &p.t[ids.lab_head].data, None, &mut w.ph);
}

/// The embedding table and row of each part of position `t`'s input vector, in the
/// order they are concatenated.
pub(crate) fn embedding_rows(ids: &Ids, input: &Input, t: usize) -> [(usize, usize); 4] {
    [
        (ids.word, input.word[t] as usize),
        (ids.tag, input.tag[t] as usize),
        (ids.suf, input.suf[t] as usize),
        (ids.shape, usize::from(input.shape[t])),
    ]
}

/// Hidden layer of the label classifier for dependent `i` attached to `head`:
/// `relu(pd_i + ph_head + dir)`, written into `z`.
#[inline(always)]
pub(crate) fn label_hidden(net: &Net, w: &Work, i: usize, head: usize, z: &mut [f32]) {
    let lb = net.dims.label;
    let dir = &net.p.t[net.ids.lab_dir].data;
    let side = usize::from(head < i);
    let pd = &w.pd[i * lb..(i + 1) * lb];
    let ph = &w.ph[head * lb..(head + 1) * lb];
    let dv = &dir[side * lb..(side + 1) * lb];
    for (k, zk) in z.iter_mut().enumerate() {
        *zk = (pd[k] + ph[k] + dv[k]).max(0.0);
    }
}
