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
        // Straight loops over slices (no branch or index arithmetic inside) vectorise.
        let (gi, rest) = a.split_at(h);
        let (gf, rest) = rest.split_at(h);
        let (gg, go) = rest.split_at(h);
        let (ct, cp) = row_and_other(&mut cache.c, h, t, (s > 0).then(|| sh.pos(s - 1)));
        for ((c, i), g) in ct.iter_mut().zip(gi).zip(gg) {
            *c = i * g;
        }
        if let Some(cp) = cp {
            for ((c, f), cp) in ct.iter_mut().zip(gf).zip(cp) {
                *c += f * cp;
            }
        }
        let tc = &mut cache.tc[t * h..(t + 1) * h];
        let hs = &mut cache.h[t * h..(t + 1) * h];
        let outs = &mut out[t * 2 * h + off..t * 2 * h + off + h];
        for ((((tc, c), o), hv), ov) in tc.iter_mut().zip(ct.iter()).zip(go).zip(hs).zip(outs) {
            *tc = tanh(*c);
            *hv = o * *tc;
            *ov = *hv;
        }
    }
}

/// Row `t` of an `h`-column matrix, mutable, and row `prev` if any.
#[inline(always)]
fn row_and_other(
    v: &mut [f32],
    h: usize,
    t: usize,
    prev: Option<usize>,
) -> (&mut [f32], Option<&[f32]>) {
    match prev {
        Some(p) if p < t => {
            let (a, b) = v.split_at_mut(t * h);
            (&mut b[..h], Some(&a[p * h..(p + 1) * h]))
        }
        Some(p) if p > t => {
            let (a, b) = v.split_at_mut(p * h);
            (&mut a[t * h..(t + 1) * h], Some(&b[..h]))
        }
        _ => (&mut v[t * h..(t + 1) * h], None),
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
