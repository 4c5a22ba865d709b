//! Small statistics: Poisson tails and robust baselines.

/// P(X >= k) for X ~ Poisson(lambda), computed stably in log space.
pub fn poisson_tail(k: u64, lambda: f64) -> f64 {
    if k == 0 {
        return 1.0;
    }
    if lambda <= 0.0 {
        return 0.0;
    }
    // P(X >= k) = 1 - sum_{i<k} pmf(i); for large k sum the upper tail directly instead.
    let ln_pmf = |i: u64| -> f64 { i as f64 * lambda.ln() - lambda - ln_factorial(i) };
    if (k as f64) > lambda {
        let mut total = 0.0;
        let mut i = k;
        loop {
            let p = ln_pmf(i).exp();
            total += p;
            if p < total * 1e-12 || i > k + 10_000 {
                break;
            }
            i += 1;
        }
        total.min(1.0)
    } else {
        let below: f64 = (0..k).map(|i| ln_pmf(i).exp()).sum();
        (1.0 - below).clamp(0.0, 1.0)
    }
}

fn ln_factorial(n: u64) -> f64 {
    if n < 2 {
        return 0.0;
    }
    if n < 64 {
        return (2..=n).map(|i| (i as f64).ln()).sum();
    }
    // Stirling's series, accurate to well under 1e-10 here.
    let x = n as f64;
    x * x.ln() - x + 0.5 * (2.0 * std::f64::consts::PI * x).ln() + 1.0 / (12.0 * x)
        - 1.0 / (360.0 * x.powi(3))
}

/// A baseline rate from daily counts that one burst cannot inflate: the larger of the
/// median and the mean with the top 10% of days removed, and never below `floor`.
pub fn robust_baseline(counts: &[f64], floor: f64) -> f64 {
    if counts.is_empty() {
        return floor;
    }
    let mut v = counts.to_vec();
    v.sort_by(f64::total_cmp);
    let median = if v.len() % 2 == 1 {
        v[v.len() / 2]
    } else {
        (v[v.len() / 2 - 1] + v[v.len() / 2]) / 2.0
    };
    let keep = v.len() - v.len() / 10;
    let trimmed = v[..keep].iter().sum::<f64>() / keep.max(1) as f64;
    median.max(trimmed).max(floor)
}

/// Least-squares slope of `ys` against 0, 1, 2, ...
pub(crate) fn slope(ys: &[f64]) -> f64 {
    let n = ys.len() as f64;
    if ys.len() < 2 {
        return 0.0;
    }
    let mx = (n - 1.0) / 2.0;
    let my = ys.iter().sum::<f64>() / n;
    let (mut num, mut den) = (0.0, 0.0);
    for (i, y) in ys.iter().enumerate() {
        let dx = i as f64 - mx;
        num += dx * (y - my);
        den += dx * dx;
    }
    if den == 0.0 {
        0.0
    } else {
        num / den
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poisson_tail_matches_known_values() {
        let cases = [
            (0, 3.0, 1.0),
            (1, 1.0, 0.632_120_558_8),
            (5, 1.0, 0.003_659_846_8),
            (10, 2.0, 0.000_046_498_075),
        ];
        for (k, l, want) in cases {
            let got = poisson_tail(k, l);
            assert!(
                (got - want).abs() < 1e-8,
                "P(X>={k}|{l}) = {got}, want {want}"
            );
        }
        assert!(poisson_tail(500, 3.0) < 1e-300 || poisson_tail(500, 3.0) == 0.0);
    }

    #[test]
    fn one_burst_does_not_move_the_baseline() {
        let mut quiet = vec![1.0; 27];
        quiet.push(60.0);
        let b = robust_baseline(&quiet, 0.2);
        assert!(b < 1.5, "{b}");
    }

    #[test]
    fn slope_of_a_line() {
        assert!((slope(&[3.0, 2.0, 1.0, 0.0]) + 1.0).abs() < 1e-12);
    }
}
