//! Cross-entropy losses on heads and relations for one sentence, and their gradients
//! with respect to every weight (backpropagation through [`super::forward`]).

use super::distil::Soft;
use super::features::Input;
use super::forward::{embedding_rows, label_hidden, Net, Work};
use super::lstm::{self, Shape};
use super::math::{axpy, matvec_into, matvec_t_add, outer_add, softmax};
use super::params::Params;

/// Relation id of a word whose gold relation the model does not know (no label loss).
pub(crate) const NO_LABEL: u32 = u32::MAX;

/// Scratch buffers of [`backward`], reused between sentences.
#[derive(Debug, Clone, Default)]
pub(crate) struct Back {
    dtop: Vec<f32>,
    dx: Vec<f32>,
    prob: Vec<f32>,
    dt: Vec<f32>,
    ddep: Vec<f32>,
    dhead: Vec<f32>,
    colsum: Vec<f32>,
    dpd: Vec<f32>,
    dph: Vec<f32>,
    z: Vec<f32>,
    dz: Vec<f32>,
    logits: Vec<f32>,
    lstm: lstm::Scratch,
}

/// Losses of one sentence (sums over its words, before scaling).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Loss {
    pub(crate) arc: f32,
    pub(crate) label: f32,
}

/// Adds `scale` times the gradients of the losses of `heads` (gold head per position,
/// position 0 unused) and `labels` to `g`; `w` holds the forward pass over `input`.
/// With `soft` = (teacher targets, weight a), each target is (1 - a) gold + a teacher.
#[allow(clippy::too_many_arguments)]
pub(crate) fn backward(
    net: &Net,
    input: &Input,
    w: &Work,
    heads: &[usize],
    labels: &[u32],
    scale: f32,
    soft: Option<(&Soft, f32)>,
    g: &mut Params,
    b: &mut Back,
) -> Loss {
    let alpha = soft.map_or(0.0, |(_, a)| a);
    let (d, ids, p) = (&net.dims, &net.ids, &net.p);
    let m = w.m;
    let h = d.hidden;
    let k = if d.layers == 0 { d.input() } else { 2 * h };
    let (a, lb) = (d.arc, d.label);
    let top: &[f32] = w.layers.last().map_or(&w.x0, |l| &l.out);
    let mut loss = Loss::default();
    let zero = |v: &mut Vec<f32>, n: usize| {
        v.clear();
        v.resize(n, 0.0);
    };
    zero(&mut b.dtop, m * k);
    zero(&mut b.ddep, m * a);
    zero(&mut b.dhead, m * a);
    zero(&mut b.colsum, m);
    zero(&mut b.dt, a);
    let u = &p.t[ids.biaf_u].data;
    for (i, &gold) in heads.iter().enumerate().take(m).skip(1) {
        b.prob.clear();
        b.prob.extend_from_slice(&w.s[i * m..(i + 1) * m]);
        b.prob[i] = f32::NEG_INFINITY;
        let gold = gold.min(m - 1);
        let lse = softmax(&mut b.prob);
        loss.arc += lse - (1.0 - alpha) * w.s[i * m + gold];
        b.prob[gold] -= 1.0 - alpha;
        if let Some((soft, a)) = soft {
            for &(j, q) in soft.arcs(i) {
                let j = j as usize;
                if j < m && j != i && q > 0.0 {
                    loss.arc -= a * q * w.s[i * m + j];
                    b.prob[j] -= a * q;
                }
            }
        }
        b.dt.fill(0.0);
        for (j, pj) in b.prob.iter().enumerate() {
            let ds = pj * scale;
            b.colsum[j] += ds;
            axpy(ds, &w.head[j * a..(j + 1) * a], &mut b.dt);
            axpy(
                ds,
                &w.t[i * a..(i + 1) * a],
                &mut b.dhead[j * a..(j + 1) * a],
            );
        }
        outer_add(&mut g.t[ids.biaf_u].data, &w.dep[i * a..(i + 1) * a], &b.dt);
        matvec_into(u, a, &b.dt, None, &mut b.ddep[i * a..(i + 1) * a]);
    }
    let bw = &p.t[ids.biaf_w].data;
    for j in 0..m {
        let cs = b.colsum[j];
        axpy(cs, bw, &mut b.dhead[j * a..(j + 1) * a]);
        axpy(cs, &w.head[j * a..(j + 1) * a], &mut g.t[ids.biaf_w].data);
    }
    for (grad, out, mask, (wi, bi)) in [
        (&mut b.ddep, &w.dep, &w.dep_mask, ids.arc_dep),
        (&mut b.dhead, &w.head, &w.head_mask, ids.arc_head),
    ] {
        for (q, (gv, ov)) in grad.iter_mut().zip(out).enumerate() {
            let keep = mask.get(q).copied().unwrap_or(1.0);
            *gv = if *ov > 0.0 { *gv * keep } else { 0.0 };
        }
        for t in 0..m {
            let gt = &grad[t * a..(t + 1) * a];
            outer_add(&mut g.t[wi].data, gt, &top[t * k..(t + 1) * k]);
            axpy(1.0, gt, &mut g.t[bi].data);
            matvec_t_add(&p.t[wi].data, gt, &mut b.dtop[t * k..(t + 1) * k]);
        }
    }
    zero(&mut b.dpd, m * lb);
    zero(&mut b.dph, m * lb);
    zero(&mut b.z, lb);
    zero(&mut b.dz, lb);
    let nl = d.labels;
    let (wo, bo) = ids.lab_out;
    for i in 1..m {
        let gold = labels[i];
        if gold == NO_LABEL || gold as usize >= nl {
            continue;
        }
        let head = heads[i].min(m - 1);
        label_hidden(net, w, i, head, &mut b.z);
        zero(&mut b.logits, nl);
        matvec_into(&p.t[wo].data, lb, &b.z, Some(&p.t[bo].data), &mut b.logits);
        let mut target_logit = (1.0 - alpha) * b.logits[gold as usize];
        if let Some((soft, a)) = soft {
            for &(c, q) in soft.labels(i) {
                if (c as usize) < nl {
                    target_logit += a * q * b.logits[c as usize];
                }
            }
        }
        loss.label += softmax(&mut b.logits) - target_logit;
        b.logits[gold as usize] -= 1.0 - alpha;
        if let Some((soft, a)) = soft {
            for &(c, q) in soft.labels(i) {
                if (c as usize) < nl {
                    b.logits[c as usize] -= a * q;
                }
            }
        }
        for v in &mut b.logits {
            *v *= scale;
        }
        outer_add(&mut g.t[wo].data, &b.logits, &b.z);
        axpy(1.0, &b.logits, &mut g.t[bo].data);
        b.dz.fill(0.0);
        matvec_t_add(&p.t[wo].data, &b.logits, &mut b.dz);
        for (dz, z) in b.dz.iter_mut().zip(&b.z) {
            if *z <= 0.0 {
                *dz = 0.0;
            }
        }
        axpy(1.0, &b.dz, &mut b.dpd[i * lb..(i + 1) * lb]);
        axpy(1.0, &b.dz, &mut b.dph[head * lb..(head + 1) * lb]);
        let side = usize::from(head < i);
        axpy(
            1.0,
            &b.dz,
            &mut g.t[ids.lab_dir].data[side * lb..(side + 1) * lb],
        );
    }
    let (wd, bd) = ids.lab_dep;
    for t in 0..m {
        let top_t = &top[t * k..(t + 1) * k];
        let dpd = &b.dpd[t * lb..(t + 1) * lb];
        let dph = &b.dph[t * lb..(t + 1) * lb];
        outer_add(&mut g.t[wd].data, dpd, top_t);
        axpy(1.0, dpd, &mut g.t[bd].data);
        matvec_t_add(&p.t[wd].data, dpd, &mut b.dtop[t * k..(t + 1) * k]);
        outer_add(&mut g.t[ids.lab_head].data, dph, top_t);
        matvec_t_add(
            &p.t[ids.lab_head].data,
            dph,
            &mut b.dtop[t * k..(t + 1) * k],
        );
    }
    let dim = d.input();
    for l in (0..d.layers).rev() {
        let layer = &w.layers[l];
        apply_mask(&mut b.dtop, &layer.mask);
        let (x, inp) = if l == 0 {
            (&w.x0[..], dim)
        } else {
            (&w.layers[l - 1].out[..], 2 * h)
        };
        zero(&mut b.dx, m * inp);
        for (dir_k, dir) in ids.lstm[l].iter().enumerate() {
            let sh = Shape {
                m,
                inp,
                h,
                reverse: dir_k == 1,
            };
            lstm::backward(
                p,
                g,
                *dir,
                x,
                sh,
                &layer.cache[dir_k],
                &b.dtop,
                dir_k * h,
                &mut b.dx,
                &mut b.lstm,
            );
        }
        std::mem::swap(&mut b.dtop, &mut b.dx);
    }
    apply_mask(&mut b.dtop, &w.x0_mask);
    for t in 0..m {
        let mut off = t * dim;
        for (id, r) in embedding_rows(ids, input, t) {
            let e = &mut g.t[id];
            let (c, r) = (e.cols, r.min(e.rows - 1));
            axpy(1.0, &b.dtop[off..off + c], &mut e.data[r * c..(r + 1) * c]);
            off += c;
        }
    }
    loss
}

/// Multiplies gradients by a dropout mask (no-op when the mask is empty).
fn apply_mask(v: &mut [f32], mask: &[f32]) {
    for (x, k) in v.iter_mut().zip(mask) {
        *x *= k;
    }
}
