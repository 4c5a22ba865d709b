//! Eisner's algorithm: the highest-scoring projective tree in O(n^3), with exactly one
//! word attached to the root.

/// Chart cells and back pointers, reused between sentences.
#[derive(Debug, Clone, Default)]
pub(crate) struct Chart {
    /// Complete spans, `[s][t][dir]` flattened; dir 0 = head at `t`, 1 = head at `s`.
    c: Vec<f32>,
    i: Vec<f32>,
    cb: Vec<u32>,
    ib: Vec<u32>,
    stack: Vec<(usize, usize, usize, bool)>,
}

/// Fills `heads[d]` (for `d` in `1..m`) with the head of every word in the best
/// projective tree; `score[d * m + h]` is the score of `h -> d`, position 0 the root.
/// `heads[0]` is set to 0.
#[inline(always)]
pub(crate) fn decode(score: &[f32], m: usize, chart: &mut Chart, heads: &mut Vec<usize>) {
    heads.clear();
    heads.resize(m, 0);
    if m < 2 {
        return;
    }
    let n = m - 1;
    let cell = |s: usize, t: usize, d: usize| ((s - 1) * n + (t - 1)) * 2 + d;
    let size = n * n * 2;
    for v in [&mut chart.c, &mut chart.i] {
        v.clear();
        v.resize(size, f32::NEG_INFINITY);
    }
    chart.cb.clear();
    chart.cb.resize(size, 0);
    chart.ib.clear();
    chart.ib.resize(size, 0);
    for s in 1..=n {
        chart.c[cell(s, s, 0)] = 0.0;
        chart.c[cell(s, s, 1)] = 0.0;
    }
    for len in 1..n {
        for s in 1..=n - len {
            let t = s + len;
            let (mut best, mut arg) = (f32::NEG_INFINITY, s);
            for r in s..t {
                let v = chart.c[cell(s, r, 1)] + chart.c[cell(r + 1, t, 0)];
                if v > best {
                    (best, arg) = (v, r);
                }
            }
            chart.i[cell(s, t, 0)] = best + score[s * m + t];
            chart.i[cell(s, t, 1)] = best + score[t * m + s];
            chart.ib[cell(s, t, 0)] = arg as u32;
            chart.ib[cell(s, t, 1)] = arg as u32;
            let (mut best, mut arg) = (f32::NEG_INFINITY, s);
            for r in s..t {
                let v = chart.c[cell(s, r, 0)] + chart.i[cell(r, t, 0)];
                if v > best {
                    (best, arg) = (v, r);
                }
            }
            chart.c[cell(s, t, 0)] = best;
            chart.cb[cell(s, t, 0)] = arg as u32;
            let (mut best, mut arg) = (f32::NEG_INFINITY, t);
            for r in s + 1..=t {
                let v = chart.i[cell(s, r, 1)] + chart.c[cell(r, t, 1)];
                if v > best {
                    (best, arg) = (v, r);
                }
            }
            chart.c[cell(s, t, 1)] = best;
            chart.cb[cell(s, t, 1)] = arg as u32;
        }
    }
    let (mut best, mut root) = (f32::NEG_INFINITY, 1);
    for r in 1..=n {
        let v = score[r * m] + chart.c[cell(1, r, 0)] + chart.c[cell(r, n, 1)];
        if v > best {
            (best, root) = (v, r);
        }
    }
    heads[root] = 0;
    chart.stack.clear();
    chart.stack.push((1, root, 0, true));
    chart.stack.push((root, n, 1, true));
    while let Some((s, t, d, complete)) = chart.stack.pop() {
        if s == t {
            continue;
        }
        if complete {
            let r = chart.cb[cell(s, t, d)] as usize;
            if d == 0 {
                chart.stack.push((s, r, 0, true));
                chart.stack.push((r, t, 0, false));
            } else {
                chart.stack.push((s, r, 1, false));
                chart.stack.push((r, t, 1, true));
            }
        } else {
            let r = chart.ib[cell(s, t, d)] as usize;
            if d == 0 {
                heads[s] = t;
            } else {
                heads[t] = s;
            }
            chart.stack.push((s, r, 1, true));
            chart.stack.push((r + 1, t, 0, true));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::neural::math::Rng;

    /// Every word reaches the root without a cycle, exactly one word hangs on the root,
    /// and no two arcs cross.
    fn assert_projective_tree(heads: &[usize]) {
        let m = heads.len();
        assert_eq!((1..m).filter(|&d| heads[d] == 0).count(), 1, "{heads:?}");
        for d in 1..m {
            let (mut x, mut steps) = (d, 0);
            while x != 0 {
                x = heads[x];
                steps += 1;
                assert!(steps < m, "cycle in {heads:?}");
            }
            let (a, b) = (d.min(heads[d]), d.max(heads[d]));
            for e in 1..m {
                let (c, f) = (e.min(heads[e]), e.max(heads[e]));
                assert!(
                    !(a < c && c < b && f > b || c < a && a < f && b > f),
                    "crossing {heads:?}"
                );
            }
        }
    }

    #[test]
    fn random_scores_give_projective_trees() {
        let mut rng = Rng::new(7);
        let (mut chart, mut heads) = (Chart::default(), Vec::new());
        for m in [1, 2, 3, 5, 9, 17, 40] {
            for _ in 0..20 {
                let score: Vec<f32> = (0..m * m).map(|_| rng.uniform() * 10.0 - 5.0).collect();
                decode(&score, m, &mut chart, &mut heads);
                assert_eq!(heads.len(), m);
                if m > 1 {
                    assert_projective_tree(&heads);
                }
            }
        }
    }

    #[test]
    fn finds_the_tree_the_scores_favour() {
        let gold = [0, 2, 0, 2, 5, 3];
        let m = gold.len();
        let mut score = vec![0.0; m * m];
        for d in 1..m {
            score[d * m + gold[d]] = 5.0;
        }
        let (mut chart, mut heads) = (Chart::default(), Vec::new());
        decode(&score, m, &mut chart, &mut heads);
        assert_eq!(heads, gold);
    }
}
