//! Indicators: per subject and period, counts by quad class and root, Goldstein sums and
//! means, the conflict share, counts normalised by coverage, and a robust baseline.

use crate::stats::robust_baseline;
use crate::{Ev, EventLog};
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

/// What an indicator is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectKind {
    /// A country, as source or target.
    Country,
    /// A directed pair of countries.
    Dyad,
    /// A full actor code ("RUSMIL"), as source or target.
    Actor,
    /// The event's place: its first-level division and country ("Crimea, UKR").
    Place,
}

/// One subject in one period.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Indicator {
    /// "UKR" or "RUS->UKR".
    pub subject: String,
    /// First day of the period.
    pub period: NaiveDate,
    /// Events per quad class 1-4.
    pub quad: [u32; 4],
    /// Events per CAMEO root 01-20 (index 0 is root 01).
    pub roots: [u32; 20],
    /// Sum of Goldstein weights.
    pub goldstein_sum: f64,
    /// Mean Goldstein weight.
    pub goldstein_mean: f64,
    /// Sum of PLOVER scores (events of CAMEO 01/02 have none).
    pub plover_sum: f64,
    /// Mean PLOVER score of the events that have one.
    pub plover_mean: Option<f64>,
    /// Share of events that are conflict (quad 3 and 4).
    pub conflict_share: f64,
    /// Material-conflict events per 100 articles published in the period.
    pub conflict_per_100_articles: Option<f64>,
    /// Robust baseline of material-conflict events over the previous periods.
    pub conflict_baseline: f64,
}

fn period_start(day: NaiveDate, weekly: bool) -> NaiveDate {
    if weekly {
        day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
    } else {
        day
    }
}

/// Indicators for every subject of `kind`, by day or by week, with baselines over the
/// previous `baseline_periods` periods.
pub fn indicators(
    log: &EventLog,
    kind: SubjectKind,
    weekly: bool,
    baseline_periods: usize,
) -> Vec<Indicator> {
    let Some((first, last)) = log.span() else {
        return Vec::new();
    };
    let mut cells: BTreeMap<(String, NaiveDate), Vec<&Ev>> = BTreeMap::new();
    for e in log.between(first, last) {
        let p = period_start(e.day, weekly);
        match kind {
            SubjectKind::Country => {
                for c in e.countries() {
                    cells.entry((c.to_string(), p)).or_default().push(e);
                }
            }
            SubjectKind::Dyad => {
                if let Some(d) = e.dyad() {
                    cells.entry((d, p)).or_default().push(e);
                }
            }
            SubjectKind::Actor => {
                let (s, t) = (e.source.as_str(), e.target.as_str());
                for a in [Some(s), (t != s).then_some(t)]
                    .into_iter()
                    .flatten()
                    .filter(|a| !a.is_empty())
                {
                    cells.entry((a.to_string(), p)).or_default().push(e);
                }
            }
            SubjectKind::Place => {
                if !e.place.is_empty() {
                    cells.entry((e.place.clone(), p)).or_default().push(e);
                }
            }
        }
    }
    let mut volume: BTreeMap<NaiveDate, i64> = BTreeMap::new();
    let mut day = first;
    while day <= last {
        *volume.entry(period_start(day, weekly)).or_default() += log.volume(day);
        day += Duration::days(1);
    }
    let step = Duration::days(if weekly { 7 } else { 1 });
    let mut out = Vec::with_capacity(cells.len());
    let mut history: BTreeMap<String, BTreeMap<NaiveDate, f64>> = BTreeMap::new();
    for ((subject, period), evs) in &cells {
        let mut quad = [0u32; 4];
        let mut roots = [0u32; 20];
        let mut gsum = 0.0;
        let (mut psum, mut pn) = (0.0, 0usize);
        for e in evs {
            if (1..=4).contains(&e.quad) {
                quad[e.quad as usize - 1] += 1;
            }
            if let Some(r) = e
                .cameo
                .get(..2)
                .and_then(|r| r.parse::<usize>().ok())
                .filter(|r| (1..=20).contains(r))
            {
                roots[r - 1] += 1;
            }
            gsum += e.goldstein;
            if let Some(p) = e.plover_score {
                psum += p;
                pn += 1;
            }
        }
        let n = evs.len() as f64;
        let hist = history.entry(subject.clone()).or_default();
        let prev: Vec<f64> = (1..=baseline_periods as i32)
            .map(|i| *hist.get(&(*period - step * i)).unwrap_or(&0.0))
            .collect();
        hist.insert(*period, f64::from(quad[3]));
        let vol = volume.get(period).copied().unwrap_or(0);
        out.push(Indicator {
            subject: subject.clone(),
            period: *period,
            quad,
            roots,
            goldstein_sum: gsum,
            goldstein_mean: gsum / n,
            plover_sum: psum,
            plover_mean: (pn > 0).then(|| psum / pn as f64),
            conflict_share: f64::from(quad[2] + quad[3]) / n,
            conflict_per_100_articles: (vol > 0).then(|| 100.0 * f64::from(quad[3]) / vol as f64),
            conflict_baseline: robust_baseline(&prev, 0.0),
        });
    }
    out
}
