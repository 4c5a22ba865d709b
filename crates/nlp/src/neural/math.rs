//! Dense f32 kernels for the neural parser: dot products, affine maps and their
//! transposes, and the LSTM nonlinearities.
//!
//! The loops keep eight partial sums so the compiler turns them into SIMD code without
//! `unsafe` (the workspace forbids it); the sums are in a fixed order, so results do not
//! depend on the machine.

/// Lanes of partial sums in [`dot`]: enough independent chains to hide the latency of
/// a multiply-add on 4-16-wide SIMD (8 lanes measured slower: one chain of AVX2 adds).
const LANES: usize = 32;

/// Dot product of two equally long slices (extra elements of the longer are ignored).
#[inline(always)]
pub(crate) fn dot(a: &[f32], b: &[f32]) -> f32 {
    let n = a.len().min(b.len());
    let (a, b) = (&a[..n], &b[..n]);
    let mut acc = [0f32; LANES];
    let mut ca = a.chunks_exact(LANES);
    let mut cb = b.chunks_exact(LANES);
    for (x, y) in (&mut ca).zip(&mut cb) {
        for k in 0..LANES {
            acc[k] = madd(x[k], y[k], acc[k]);
        }
    }
    let (ra, rb) = (ca.remainder(), cb.remainder());
    let mut ca8 = ra.chunks_exact(8);
    let mut cb8 = rb.chunks_exact(8);
    for (x, y) in (&mut ca8).zip(&mut cb8) {
        for k in 0..8 {
            acc[k] = madd(x[k], y[k], acc[k]);
        }
    }
    let mut s = 0.0;
    for (x, y) in ca8.remainder().iter().zip(cb8.remainder()) {
        s += x * y;
    }
    let mut width = LANES;
    while width > 1 {
        width /= 2;
        for k in 0..width {
            acc[k] += acc[k + width];
        }
    }
    s + acc[0]
}

/// Lanes per accumulator of [`dot4`]: one SIMD register (4 on baseline x86-64, where 8
/// made the compiler shuffle between registers, 8 with AVX).
const L4: usize = if cfg!(target_feature = "avx") { 8 } else { 4 };

/// Four dot products of `x` with `ys[0..4]` in one pass: `x` is loaded once for four
/// products, so a matrix product needs 1.25 loads per multiply-add instead of 2.
#[inline(always)]
pub(crate) fn dot4(x: &[f32], ys: [&[f32]; 4]) -> [f32; 4] {
    let n = ys.iter().fold(x.len(), |n, y| n.min(y.len()));
    let x = &x[..n];
    let [y0, y1, y2, y3] = ys.map(|y| &y[..n]);
    let (mut a0, mut a1, mut a2, mut a3) = ([0f32; L4], [0f32; L4], [0f32; L4], [0f32; L4]);
    let chunks = x
        .chunks_exact(L4)
        .zip(y0.chunks_exact(L4))
        .zip(y1.chunks_exact(L4))
        .zip(y2.chunks_exact(L4))
        .zip(y3.chunks_exact(L4));
    for ((((xc, c0), c1), c2), c3) in chunks {
        for k in 0..L4 {
            a0[k] = madd(xc[k], c0[k], a0[k]);
            a1[k] = madd(xc[k], c1[k], a1[k]);
            a2[k] = madd(xc[k], c2[k], a2[k]);
            a3[k] = madd(xc[k], c3[k], a3[k]);
        }
    }
    let tail = n - n % L4;
    let finish = |a: [f32; L4], y: &[f32]| {
        let mut s: f32 = a.iter().sum();
        for (xv, yv) in x[tail..].iter().zip(&y[tail..]) {
            s += xv * yv;
        }
        s
    };
    [
        finish(a0, y0),
        finish(a1, y1),
        finish(a2, y2),
        finish(a3, y3),
    ]
}

/// `a * b + c`, fused when the build targets a CPU with FMA (`-C target-cpu=native`
/// or `x86-64-v3`), else a plain multiply and add (a fused call without the instruction
/// would go through libm, far slower).
#[inline(always)]
fn madd(a: f32, b: f32, c: f32) -> f32 {
    if cfg!(target_feature = "fma") {
        a.mul_add(b, c)
    } else {
        a * b + c
    }
}

/// `y += a * x`.
#[inline]
pub(crate) fn axpy(a: f32, x: &[f32], y: &mut [f32]) {
    for (yi, xi) in y.iter_mut().zip(x) {
        *yi = madd(a, *xi, *yi);
    }
}

/// `out[i] = bias + W x_i` for every row `x_i` of `x` (`k` columns); `w` is `r x k`
/// row-major, `out` is `rows(x) x r`. AVX2 + FMA kernels when the CPU has them.
pub(crate) fn affine_rows(x: &[f32], k: usize, w: &[f32], bias: Option<&[f32]>, out: &mut [f32]) {
    super::simd::dispatch!(
        s => super::simd::affine_rows(s, x, k, w, bias, out),
        else affine_rows_portable(x, k, w, bias, out)
    )
}

/// `out += W x` (`w` is `out.len() x x.len()`). AVX2 + FMA kernels when the CPU has them.
pub(crate) fn matvec_add(w: &[f32], x: &[f32], out: &mut [f32]) {
    super::simd::dispatch!(
        s => super::simd::matvec_add(s, w, x, out),
        else matvec_add_portable(w, x, out)
    )
}

/// [`matvec_add`] without run-time instruction choice.
fn matvec_add_portable(w: &[f32], x: &[f32], out: &mut [f32]) {
    let mut rows = w.chunks_exact(x.len().max(1));
    let mut blocks = out.chunks_exact_mut(4);
    for block in &mut blocks {
        let ws = [0, 1, 2, 3].map(|_| rows.next().unwrap_or(&[]));
        for (o, d) in block.iter_mut().zip(dot4(x, ws)) {
            *o += d;
        }
    }
    for (o, wr) in blocks.into_remainder().iter_mut().zip(rows) {
        *o += dot(wr, x);
    }
}

/// [`affine_rows`] without run-time instruction choice (SSE2 code on baseline x86-64).
/// Weight rows are the outer loop: each is read once and meets every row of `x` while
/// both sit in L1 cache (tokens outer streamed the whole matrix from L2 per token).
pub(crate) fn affine_rows_portable(
    x: &[f32],
    k: usize,
    w: &[f32],
    bias: Option<&[f32]>,
    out: &mut [f32],
) {
    let r = w.len() / k.max(1);
    let rows = x.len() / k.max(1);
    for (j, wr) in w.chunks_exact(k).enumerate() {
        let b = bias.map_or(0.0, |b| b[j]);
        let mut i = 0;
        while i + 4 <= rows {
            let d = dot4(wr, [0, 1, 2, 3].map(|q| &x[(i + q) * k..(i + q + 1) * k]));
            for (q, v) in d.iter().enumerate() {
                out[(i + q) * r + j] = v + b;
            }
            i += 4;
        }
        for i in i..rows {
            out[i * r + j] = dot(wr, &x[i * k..(i + 1) * k]) + b;
        }
    }
}

/// `out = bias + W x` (`w` is `out.len() x k`).
#[inline]
pub(crate) fn matvec_into(w: &[f32], k: usize, x: &[f32], bias: Option<&[f32]>, out: &mut [f32]) {
    let mut blocks = out.chunks_exact_mut(4);
    let mut rows = w.chunks_exact(k);
    let mut j = 0;
    for o in &mut blocks {
        let ws = [0, 1, 2, 3].map(|_| rows.next().unwrap_or(&[]));
        for (q, v) in dot4(x, ws).iter().enumerate() {
            o[q] = v + bias.map_or(0.0, |b| b[j + q]);
        }
        j += 4;
    }
    for (o, wr) in blocks.into_remainder().iter_mut().zip(rows) {
        *o = dot(wr, x) + bias.map_or(0.0, |b| b[j]);
        j += 1;
    }
}

/// `out += W^T y` (`w` is `y.len() x out.len()`).
#[inline]
pub(crate) fn matvec_t_add(w: &[f32], y: &[f32], out: &mut [f32]) {
    let k = out.len();
    for (yj, wr) in y.iter().zip(w.chunks_exact(k)) {
        if *yj != 0.0 {
            axpy(*yj, wr, out);
        }
    }
}

/// `dw += y x^T` (`dw` is `y.len() x x.len()`).
#[inline]
pub(crate) fn outer_add(dw: &mut [f32], y: &[f32], x: &[f32]) {
    let k = x.len();
    for (yj, dr) in y.iter().zip(dw.chunks_exact_mut(k)) {
        if *yj != 0.0 {
            axpy(*yj, x, dr);
        }
    }
}

/// `e^x` by range reduction to `2^n * 2^f` and a degree-6 polynomial for `2^f`
/// (relative error below 1e-5, measured 6.4e-6 on [-20, 20]); branch-free so loops over it vectorise, unlike libm.
#[inline(always)]
pub(crate) fn fast_exp(x: f32) -> f32 {
    // Beyond these, f32 over- or underflows anyway.
    let x = x.clamp(-87.0, 88.0);
    let t = x * std::f32::consts::LOG2_E;
    // floor(t) without libm's floorf (a call on baseline x86-64, which has no roundps).
    let truncated = t as i32;
    let n = truncated - i32::from(t < truncated as f32);
    let f = t - n as f32;
    let p = 1.535_336_2e-4f32;
    let p = madd(p, f, 1.339_887_4e-3);
    let p = madd(p, f, 9.618_437e-3);
    let p = madd(p, f, 5.550_332_5e-2);
    let p = madd(p, f, 2.402_264_5e-1);
    let p = madd(p, f, 6.931_472e-1);
    let p = madd(p, f, 1.0);
    f32::from_bits(p.to_bits().wrapping_add((n << 23) as u32))
}

/// Logistic function.
#[inline(always)]
pub(crate) fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + fast_exp(-x))
}

/// Hyperbolic tangent.
#[inline(always)]
pub(crate) fn tanh(x: f32) -> f32 {
    1.0 - 2.0 / (fast_exp(2.0 * x) + 1.0)
}

/// Softmax of `s` in place; returns the log of the normaliser (log-sum-exp).
pub(crate) fn softmax(s: &mut [f32]) -> f32 {
    let max = s.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for v in s.iter_mut() {
        *v = fast_exp(*v - max);
        sum += *v;
    }
    for v in s.iter_mut() {
        *v /= sum;
    }
    max + sum.ln()
}

/// A xorshift64* generator: fixed seeds give the same training run twice.
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator from a seed (0 is replaced by a constant).
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(if seed == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            seed
        })
    }

    /// Next 64 random bits.
    pub(crate) fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in [0, 1).
    pub(crate) fn uniform(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }

    /// Uniform index below `n` (`n > 0`).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_functions_match_std() {
        for i in -2000..=2000 {
            let x = i as f32 / 100.0;
            let e = fast_exp(x);
            let tol = 1e-5 * x.exp();
            assert!((e - x.exp()).abs() <= tol, "exp {x}: {e}");
            assert!((tanh(x) - x.tanh()).abs() < 3e-6, "tanh {x}");
            assert!(
                (sigmoid(x) - 1.0 / (1.0 + (-x).exp())).abs() < 3e-6,
                "sigmoid {x}"
            );
        }
        assert_eq!(fast_exp(-1000.0), fast_exp(-87.0));
        assert!(fast_exp(1000.0).is_finite());
    }

    #[test]
    fn kernels_match_naive_loops() {
        let mut rng = Rng::new(3);
        for (r, k) in [
            (1, 1),
            (3, 7),
            (5, 8),
            (4, 19),
            (2, 33),
            (3, 100),
            (2, 129),
            (9, 40),
        ] {
            let w: Vec<f32> = (0..r * k).map(|_| rng.uniform() - 0.5).collect();
            let x: Vec<f32> = (0..k).map(|_| rng.uniform() - 0.5).collect();
            let y: Vec<f32> = (0..r).map(|_| rng.uniform() - 0.5).collect();
            let mut out = vec![0.0; r];
            matvec_into(&w, k, &x, None, &mut out);
            let mut back = vec![0.0; k];
            matvec_t_add(&w, &y, &mut back);
            for j in 0..r {
                let naive: f32 = (0..k).map(|c| w[j * k + c] * x[c]).sum();
                assert!((out[j] - naive).abs() < 1e-5, "{r}x{k} row {j}");
            }
            for m in 1..7 {
                let xs: Vec<f32> = (0..m * k).map(|_| rng.uniform() - 0.5).collect();
                let mut outs = vec![0.0; m * r];
                // The run-time choice (AVX2 + FMA where the CPU has it) and the portable code.
                for kernel in [affine_rows, affine_rows_portable] {
                    kernel(&xs, k, &w, Some(&y), &mut outs);
                    for i in 0..m {
                        for j in 0..r {
                            let naive: f32 =
                                y[j] + (0..k).map(|c| w[j * k + c] * xs[i * k + c]).sum::<f32>();
                            assert!((outs[i * r + j] - naive).abs() < 1e-5, "{m}x{k}x{r}");
                        }
                    }
                }
            }
            for kernel in [matvec_add, matvec_add_portable] {
                let mut acc = y.clone();
                kernel(&w, &x, &mut acc);
                for j in 0..r {
                    let naive: f32 = y[j] + (0..k).map(|c| w[j * k + c] * x[c]).sum::<f32>();
                    assert!((acc[j] - naive).abs() < 1e-5, "matvec_add {r}x{k} row {j}");
                }
            }
            for c in 0..k {
                let naive: f32 = (0..r).map(|j| w[j * k + c] * y[j]).sum();
                assert!((back[c] - naive).abs() < 1e-5, "{r}x{k} col {c}");
            }
        }
    }
}
