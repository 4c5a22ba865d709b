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

/// Fills `heads[d]` (for `d` in `1..m`) with every word's best-scoring head and says
/// whether those heads already form a projective tree with exactly one word on the root:
/// then that tree is the one [`decode`] would find (each arc is its word's best), and
/// the O(n^3) search can be skipped. Most sentences of a good parser are such trees.
#[inline(always)]
pub(crate) fn best_heads_if_tree(score: &[f32], m: usize, heads: &mut Vec<usize>) -> bool {
    heads.clear();
    heads.resize(m, 0);
    if m < 2 {
        return true;
    }
    for (d, head) in heads.iter_mut().enumerate().skip(1) {
        let row = &score[d * m..(d + 1) * m];
        let (mut best, mut arg) = (f32::NEG_INFINITY, 0);
        for (h, &v) in row.iter().enumerate() {
            if h != d && v > best {
                (best, arg) = (v, h);
            }
        }
        *head = arg;
    }
    if heads[1..].iter().filter(|&&h| h == 0).count() != 1 {
        return false;
    }
    // Acyclic: every word reaches the root within m steps.
    for d in 1..m {
        let mut at = d;
        for _ in 0..m {
            if at == 0 {
                break;
            }
            at = heads[at];
        }
        if at != 0 {
            return false;
        }
    }
    // Projective: no two arcs cross.
    let span = |d: usize| (d.min(heads[d]), d.max(heads[d]));
    for a in 1..m {
        let (a0, a1) = span(a);
        for b in a + 1..m {
            let (b0, b1) = span(b);
            if (a0 < b0 && b0 < a1 && a1 < b1) || (b0 < a0 && a0 < b1 && b1 < a1) {
                return false;
            }
        }
    }
    true
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
    fn projective_tree(heads: &[usize]) -> bool {
        let m = heads.len();
        if (1..m).filter(|&d| heads[d] == 0).count() != 1 {
            return false;
        }
        for d in 1..m {
            let (mut x, mut steps) = (d, 0);
            while x != 0 {
                x = heads[x];
                steps += 1;
                if steps >= m {
                    return false;
                }
            }
            let (a, b) = (d.min(heads[d]), d.max(heads[d]));
            for (e, &he) in heads.iter().enumerate().skip(1) {
                let (c, f) = (e.min(he), e.max(he));
                if a < c && c < b && f > b || c < a && a < f && b > f {
                    return false;
                }
            }
        }
        true
    }

    fn assert_projective_tree(heads: &[usize]) {
        assert!(projective_tree(heads), "not a projective tree: {heads:?}");
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

    #[test]
    fn best_heads_that_form_a_tree_are_the_decoded_tree() {
        let mut rng = Rng::new(11);
        let (mut chart, mut decoded, mut best) = (Chart::default(), Vec::new(), Vec::new());
        let mut trees = 0;
        for m in [2, 3, 4, 6, 9, 17] {
            for _ in 0..400 {
                // A random projective tree (each word on a word before it or the root,
                // chained so arcs nest), favoured by a margin, under noise.
                let mut gold = vec![0usize; m];
                for d in 2..m {
                    gold[d] = if rng.uniform() < 0.5 {
                        d - 1
                    } else {
                        gold[d - 1]
                    };
                }
                let mut score: Vec<f32> = (0..m * m).map(|_| rng.uniform() * 4.0).collect();
                for d in 1..m {
                    score[d * m + gold[d]] += 3.0;
                }
                decode(&score, m, &mut chart, &mut decoded);
                if best_heads_if_tree(&score, m, &mut best) {
                    trees += 1;
                    assert_projective_tree(&best);
                    assert_eq!(best, decoded, "m {m}");
                }
            }
        }
        assert!(trees > 100, "only {trees} sentences took the short way");
    }

    /// The decoded tree scores as high as the best projective tree with one word on
    /// the root, found by trying every head assignment of short sentences.
    #[test]
    fn decoded_trees_are_the_best_by_exhaustive_search() {
        let mut rng = Rng::new(5);
        let (mut chart, mut heads) = (Chart::default(), Vec::new());
        for m in 2..=6usize {
            for _ in 0..30 {
                let score: Vec<f32> = (0..m * m).map(|_| rng.uniform() * 10.0 - 5.0).collect();
                let total = |h: &[usize]| (1..m).map(|d| score[d * m + h[d]]).sum::<f32>();
                let mut best = f32::NEG_INFINITY;
                let mut cand = vec![0usize; m];
                for code in 0..m.pow(m as u32 - 1) {
                    let mut c = code;
                    for h in cand.iter_mut().skip(1) {
                        *h = c % m;
                        c /= m;
                    }
                    if (1..m).all(|d| cand[d] != d) && projective_tree(&cand) {
                        best = best.max(total(&cand));
                    }
                }
                decode(&score, m, &mut chart, &mut heads);
                assert_projective_tree(&heads);
                assert!((total(&heads) - best).abs() < 1e-4, "m {m}: {heads:?}");
            }
        }
    }
}
