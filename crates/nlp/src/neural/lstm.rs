//! One direction of an LSTM layer over a sentence: forward with the values backward
//! needs, and backpropagation through time.
//!
//! Gate order in the weights is input, forget, candidate, output. The input projection of
//! the whole sentence is one pass over the rows before the sequential part.

use super::math::{affine_rows, matvec_add, matvec_t_add, outer_add, sigmoid, tanh};
use super::params::{LstmIds, Params};

/// What one direction computed, by position (not by step).
#[derive(Debug, Clone, Default)]
pub(crate) struct Cache {
    /// Gate activations, `m x 4H` (input projections before the recurrence).
    pub(crate) gates: Vec<f32>,
    /// Cell states, `m x H`.
    c: Vec<f32>,
    /// `tanh` of the cell states, `m x H`.
    tc: Vec<f32>,
    /// Hidden states, `m x H`.
    h: Vec<f32>,
}

/// Shape of one direction's computation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape {
    /// Positions.
    pub(crate) m: usize,
    /// Input width.
    pub(crate) inp: usize,
    /// Hidden size.
    pub(crate) h: usize,
    /// Right to left.
    pub(crate) reverse: bool,
}

impl Shape {
    /// Position of step `s`.
    fn pos(&self, s: usize) -> usize {
        if self.reverse {
            self.m - 1 - s
        } else {
            s
        }
    }
}

/// Runs one direction over `x` (`m x inp`), writing hidden states into columns
/// `off..off + H` of `out` (`m x 2H`). Without `x`, the cache's gates already hold the
/// input projections (see [`super::project`]).
#[inline(always)]
pub(crate) fn forward(
    p: &Params,
    ids: LstmIds,
    x: Option<&[f32]>,
    sh: Shape,
    cache: &mut Cache,
    out: &mut [f32],
    off: usize,
) {
    let (m, h) = (sh.m, sh.h);
    let g4 = 4 * h;
    cache.gates.resize(m * g4, 0.0);
    cache.c.resize(m * h, 0.0);
    cache.tc.resize(m * h, 0.0);
    cache.h.resize(m * h, 0.0);
    if let Some(x) = x {
        affine_rows(
            x,
            sh.inp,
            &p.t[ids.wx].data,
            Some(&p.t[ids.b].data),
            &mut cache.gates,
        );
    }
    let wh = &p.t[ids.wh].data;
    for s in 0..m {
        let t = sh.pos(s);
        let a = &mut cache.gates[t * g4..(t + 1) * g4];
        if s > 0 {
            let prev = sh.pos(s - 1);
            matvec_add(wh, &cache.h[prev * h..(prev + 1) * h], a);
        }
        for v in &mut a[..2 * h] {
            *v = sigmoid(*v);
        }
        for v in &mut a[2 * h..3 * h] {
            *v = tanh(*v);
        }
        for v in &mut a[3 * h..] {
            *v = sigmoid(*v);
        }
        for k in 0..h {
            let cp = if s > 0 {
                cache.c[sh.pos(s - 1) * h + k]
            } else {
                0.0
            };
            let c = a[h + k] * cp + a[k] * a[2 * h + k];
            let tc = tanh(c);
            cache.c[t * h + k] = c;
            cache.tc[t * h + k] = tc;
            let hv = a[3 * h + k] * tc;
            cache.h[t * h + k] = hv;
            out[t * 2 * h + off + k] = hv;
        }
    }
}

/// Scratch for [`backward`].
#[derive(Debug, Clone, Default)]
pub(crate) struct Scratch {
    da: Vec<f32>,
    dh: Vec<f32>,
    dc: Vec<f32>,
}

/// Backpropagates `dout` (columns `off..off + H` of an `m x 2H` matrix) through one
/// direction: adds weight gradients to `g` and input gradients to `dx` (`m x inp`).
#[allow(clippy::too_many_arguments)]
pub(crate) fn backward(
    p: &Params,
    g: &mut Params,
    ids: LstmIds,
    x: &[f32],
    sh: Shape,
    cache: &Cache,
    dout: &[f32],
    off: usize,
    dx: &mut [f32],
    sc: &mut Scratch,
) {
    let (m, h) = (sh.m, sh.h);
    let g4 = 4 * h;
    sc.da.clear();
    sc.da.resize(m * g4, 0.0);
    sc.dh.clear();
    sc.dh.resize(h, 0.0);
    sc.dc.clear();
    sc.dc.resize(h, 0.0);
    let wh = &p.t[ids.wh].data;
    for s in (0..m).rev() {
        let t = sh.pos(s);
        let a = &cache.gates[t * g4..(t + 1) * g4];
        let da = &mut sc.da[t * g4..(t + 1) * g4];
        for k in 0..h {
            let dh = sc.dh[k] + dout[t * 2 * h + off + k];
            let (i, f, gg, o) = (a[k], a[h + k], a[2 * h + k], a[3 * h + k]);
            let tc = cache.tc[t * h + k];
            let dc = sc.dc[k] + dh * o * (1.0 - tc * tc);
            let cp = if s > 0 {
                cache.c[sh.pos(s - 1) * h + k]
            } else {
                0.0
            };
            da[k] = dc * gg * i * (1.0 - i);
            da[h + k] = dc * cp * f * (1.0 - f);
            da[2 * h + k] = dc * i * (1.0 - gg * gg);
            da[3 * h + k] = dh * tc * o * (1.0 - o);
            sc.dc[k] = dc * f;
        }
        sc.dh.fill(0.0);
        if s > 0 {
            let prev = sh.pos(s - 1);
            matvec_t_add(wh, da, &mut sc.dh);
            outer_add(
                &mut g.t[ids.wh].data,
                da,
                &cache.h[prev * h..(prev + 1) * h],
            );
        }
    }
    let inp = sh.inp;
    for t in 0..m {
        let da = &sc.da[t * g4..(t + 1) * g4];
        let xt = &x[t * inp..(t + 1) * inp];
        outer_add(&mut g.t[ids.wx].data, da, xt);
        matvec_t_add(&p.t[ids.wx].data, da, &mut dx[t * inp..(t + 1) * inp]);
        for (b, d) in g.t[ids.b].data.iter_mut().zip(da) {
            *b += d;
        }
    }
}
