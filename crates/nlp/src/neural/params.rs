//! The network's sizes and weights: a list of row-major f32 tensors whose layout follows
//! from a [`Dims`], so the same code walks weights, gradients and Adam moments.

use super::math::Rng;

/// Sizes of the network. Vocabulary sizes come from the training data; the rest are
/// choices (see docs/parser.md for what was measured).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dims {
    /// Known words, with the unknown word and the root.
    pub words: usize,
    /// Penn tags, with the unknown tag and the root.
    pub tags: usize,
    /// Hash buckets for suffixes.
    pub suffixes: usize,
    /// Dependency relations.
    pub labels: usize,
    /// Word embedding width.
    pub word_dim: usize,
    /// Tag embedding width.
    pub tag_dim: usize,
    /// Suffix embedding width.
    pub suf_dim: usize,
    /// Shape embedding width.
    pub shape_dim: usize,
    /// LSTM hidden size per direction.
    pub hidden: usize,
    /// BiLSTM layers.
    pub layers: usize,
    /// Arc MLP width (dependent and head sides).
    pub arc: usize,
    /// Label MLP width.
    pub label: usize,
}

/// Word shape classes, the root's included.
pub(crate) const SHAPES: usize = 10;

impl Dims {
    /// Width of one token's input vector.
    pub(crate) fn input(&self) -> usize {
        self.word_dim + self.tag_dim + self.suf_dim + self.shape_dim
    }
}

/// Tensor indices of one LSTM direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LstmIds {
    /// Input weights, `4H x in` (gate order i, f, g, o).
    pub(crate) wx: usize,
    /// Recurrent weights, `4H x H`.
    pub(crate) wh: usize,
    /// Bias, `4H`.
    pub(crate) b: usize,
}

/// Tensor indices of every weight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Ids {
    pub(crate) word: usize,
    pub(crate) tag: usize,
    pub(crate) suf: usize,
    pub(crate) shape: usize,
    /// Per layer, forward then backward direction.
    pub(crate) lstm: Vec<[LstmIds; 2]>,
    pub(crate) arc_dep: (usize, usize),
    pub(crate) arc_head: (usize, usize),
    pub(crate) biaf_u: usize,
    pub(crate) biaf_w: usize,
    pub(crate) lab_dep: (usize, usize),
    pub(crate) lab_head: usize,
    pub(crate) lab_dir: usize,
    pub(crate) lab_out: (usize, usize),
}

/// One row-major tensor.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tensor {
    pub(crate) rows: usize,
    pub(crate) cols: usize,
    pub(crate) data: Vec<f32>,
}

/// All weights (or gradients, or Adam moments) of a network.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Params {
    pub(crate) t: Vec<Tensor>,
}

/// The tensor shapes of a network with these sizes, and where each sits.
pub(crate) fn layout(d: &Dims) -> (Vec<(usize, usize)>, Ids) {
    let mut shapes = Vec::new();
    let mut add = |r: usize, c: usize| {
        shapes.push((r, c));
        shapes.len() - 1
    };
    let word = add(d.words, d.word_dim);
    let tag = add(d.tags, d.tag_dim);
    let suf = add(d.suffixes, d.suf_dim);
    let shape = add(SHAPES, d.shape_dim);
    let h = d.hidden;
    let mut lstm = Vec::new();
    for l in 0..d.layers {
        let inp = if l == 0 { d.input() } else { 2 * h };
        let mut dir = || LstmIds {
            wx: add(4 * h, inp),
            wh: add(4 * h, h),
            b: add(1, 4 * h),
        };
        let f = dir();
        let b = dir();
        lstm.push([f, b]);
    }
    let out = if d.layers == 0 { d.input() } else { 2 * h };
    let ids = Ids {
        word,
        tag,
        suf,
        shape,
        lstm,
        arc_dep: (add(d.arc, out), add(1, d.arc)),
        arc_head: (add(d.arc, out), add(1, d.arc)),
        biaf_u: add(d.arc, d.arc),
        biaf_w: add(1, d.arc),
        lab_dep: (add(d.label, out), add(1, d.label)),
        lab_head: add(d.label, out),
        lab_dir: add(2, d.label),
        lab_out: (add(d.labels, d.label), add(1, d.labels)),
    };
    (shapes, ids)
}

impl Params {
    /// All-zero tensors of the given shapes.
    pub(crate) fn zeros(shapes: &[(usize, usize)]) -> Params {
        Params {
            t: shapes
                .iter()
                .map(|&(rows, cols)| Tensor {
                    rows,
                    cols,
                    data: vec![0.0; rows * cols],
                })
                .collect(),
        }
    }

    /// Fresh weights: uniform Glorot for matrices, small uniform for embeddings, zero
    /// biases except the LSTM forget gates (1), zero biaffine weights (as Dozat & Manning).
    pub(crate) fn init(d: &Dims, seed: u64) -> Params {
        let (shapes, ids) = layout(d);
        let mut p = Params::zeros(&shapes);
        let mut rng = Rng::new(seed);
        let embeddings = [ids.word, ids.tag, ids.suf, ids.shape];
        for (i, t) in p.t.iter_mut().enumerate() {
            if t.rows == 1 || i == ids.biaf_u {
                continue;
            }
            let a = if embeddings.contains(&i) {
                0.1
            } else {
                (6.0 / (t.rows + t.cols) as f32).sqrt()
            };
            for v in &mut t.data {
                *v = (2.0 * rng.uniform() - 1.0) * a;
            }
        }
        for dirs in &ids.lstm {
            for dir in dirs {
                let b = &mut p.t[dir.b].data;
                for v in &mut b[d.hidden..2 * d.hidden] {
                    *v = 1.0;
                }
            }
        }
        p
    }

    /// Sets every value to zero.
    pub(crate) fn clear(&mut self) {
        for t in &mut self.t {
            t.data.fill(0.0);
        }
    }

    /// Adds `other` (same layout) to `self`.
    pub(crate) fn add(&mut self, other: &Params) {
        for (a, b) in self.t.iter_mut().zip(&other.t) {
            for (x, y) in a.data.iter_mut().zip(&b.data) {
                *x += y;
            }
        }
    }

    /// Number of values.
    pub(crate) fn len(&self) -> usize {
        self.t.iter().map(|t| t.data.len()).sum()
    }
}
