//! AVX2 + FMA matrix kernels, chosen at run time when the CPU has them (x86-64-v3, Intel
//! 2013+ and AMD 2015+), through the `pulp` crate: it checks the CPU once and runs a
//! closure compiled for those features, so the kernels need no `unsafe` of ours (the
//! workspace forbids it). Elsewhere the portable kernels of [`super::math`] run.
//!
//! The kernels use the dot-product form of [`super::math`]: blocks of weight rows meet
//! blocks of input rows, each loaded vector feeding several fused multiply-adds.

use pulp::Simd;

/// The best instruction set of this CPU (checked once).
#[cfg(target_arch = "x86_64")]
pub(crate) fn arch() -> pulp::x86::Arch {
    static FOUND: std::sync::OnceLock<pulp::x86::Arch> = std::sync::OnceLock::new();
    *FOUND.get_or_init(pulp::x86::Arch::new)
}

/// Runs `$body` with `$s` bound to the best instruction set, compiled for it, or
/// `$portable` when the CPU lacks AVX2 + FMA. (pulp's AVX-512 level, feature `x86-v4`,
/// measured no faster on this AMD EPYC, which splits 512-bit operations.)
macro_rules! dispatch {
    ($s:ident => $body:expr, else $portable:expr) => {{
        #[cfg(target_arch = "x86_64")]
        match $crate::neural::simd::arch() {
            pulp::x86::Arch::V3($s) => $s.vectorize(
                #[inline(always)]
                || $body,
            ),
            _ => $portable,
        }
        #[cfg(not(target_arch = "x86_64"))]
        $portable
    }};
}
pub(crate) use dispatch;

/// Runs `f` compiled for AVX2 + FMA when the CPU has them (what `f` inlines gets those
/// instructions; what it calls keeps its own choice), else as it is.
#[inline(always)]
pub(crate) fn fast<R>(f: impl FnOnce() -> R) -> R {
    dispatch!(s => { let _ = s; f() }, else f())
}

/// `R x T` dot products of rows `ws` with rows `xs` (all of one length), in one pass.
#[inline(always)]
fn dots<S: Simd, const R: usize, const T: usize>(
    s: S,
    ws: [&[f32]; R],
    xs: [&[f32]; T],
) -> [[f32; T]; R] {
    // Plain loops, not `array::map`: a call that is not inlined loses the CPU features.
    let mut wv: [(&[S::f32s], &[f32]); R] = [(&[], &[]); R];
    for r in 0..R {
        wv[r] = S::as_simd_f32s(ws[r]);
    }
    let mut xv: [(&[S::f32s], &[f32]); T] = [(&[], &[]); T];
    for t in 0..T {
        xv[t] = S::as_simd_f32s(xs[t]);
    }
    let n = xv[0].0.len();
    // Every row cut to `n` vectors, so the loop below needs no bounds checks.
    for w in &mut wv {
        w.0 = &w.0[..n.min(w.0.len())];
    }
    for x in &mut xv {
        x.0 = &x.0[..n.min(x.0.len())];
    }
    let zero = s.splat_f32s(0.0);
    let mut acc = [[zero; T]; R];
    let mut xi = [zero; T];
    for i in 0..n {
        for t in 0..T {
            xi[t] = xv[t].0[i];
        }
        for r in 0..R {
            let w = wv[r].0[i];
            for t in 0..T {
                acc[r][t] = s.mul_add_f32s(w, xi[t], acc[r][t]);
            }
        }
    }
    if !xv[0].1.is_empty() {
        for t in 0..T {
            xi[t] = s.partial_load_f32s(xv[t].1);
        }
        for r in 0..R {
            let w = s.partial_load_f32s(wv[r].1);
            for t in 0..T {
                acc[r][t] = s.mul_add_f32s(w, xi[t], acc[r][t]);
            }
        }
    }
    let mut out = [[0.0; T]; R];
    for r in 0..R {
        for t in 0..T {
            out[r][t] = s.reduce_sum_f32s(acc[r][t]);
        }
    }
    out
}

/// `out[i] = bias + W x_i` for every row of `x` (`k` columns); `w` is `r x k`. Blocks of
/// 4 weight rows x 2 input rows.
#[inline(always)]
pub(crate) fn affine_rows<S: Simd>(
    s: S,
    x: &[f32],
    k: usize,
    w: &[f32],
    bias: Option<&[f32]>,
    out: &mut [f32],
) {
    let k = k.max(1);
    let r = w.len() / k;
    let rows = x.len() / k;
    let xr = |i: usize| &x[i * k..(i + 1) * k];
    let wr = |j: usize| &w[j * k..(j + 1) * k];
    let b = |j: usize| bias.map_or(0.0, |b| b[j]);
    let mut j = 0;
    while j + 4 <= r {
        let ws = [wr(j), wr(j + 1), wr(j + 2), wr(j + 3)];
        let mut i = 0;
        while i + 2 <= rows {
            let d = dots(s, ws, [xr(i), xr(i + 1)]);
            for (q, dq) in d.iter().enumerate() {
                out[i * r + j + q] = dq[0] + b(j + q);
                out[(i + 1) * r + j + q] = dq[1] + b(j + q);
            }
            i += 2;
        }
        if i < rows {
            let d = dots(s, ws, [xr(i)]);
            for (q, dq) in d.iter().enumerate() {
                out[i * r + j + q] = dq[0] + b(j + q);
            }
        }
        j += 4;
    }
    for j in j..r {
        for i in 0..rows {
            out[i * r + j] = dots(s, [wr(j)], [xr(i)])[0][0] + b(j);
        }
    }
}

/// `out += W x` (`w` is `out.len() x x.len()`): 8 weight rows per pass over `x`.
#[inline(always)]
pub(crate) fn matvec_add<S: Simd>(s: S, w: &[f32], x: &[f32], out: &mut [f32]) {
    let k = x.len().max(1);
    let wr = |j: usize| &w[j * k..(j + 1) * k];
    let mut blocks = out.chunks_exact_mut(8);
    let mut j = 0;
    for o in &mut blocks {
        let ws = [
            wr(j),
            wr(j + 1),
            wr(j + 2),
            wr(j + 3),
            wr(j + 4),
            wr(j + 5),
            wr(j + 6),
            wr(j + 7),
        ];
        let d = dots(s, ws, [x]);
        for q in 0..8 {
            o[q] += d[q][0];
        }
        j += 8;
    }
    for (q, o) in blocks.into_remainder().iter_mut().enumerate() {
        *o += dots(s, [wr(j + q)], [x])[0][0];
    }
}
