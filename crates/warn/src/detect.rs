//! The detectors: each rule kind looks at one day against its history.

use crate::alert::MAX_EVIDENCE;
use crate::rules::{NewHostileRule, SequenceRule, SpikeRule, TrendRule, WatchRule};
use crate::stats::{poisson_tail, robust_baseline, slope};
use crate::{Alert, Ev, EventLog, Evidence, Rules, Severity};
use chrono::{Duration, NaiveDate};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Lowest expected daily count: a country never seen before needs several events in a day
/// before a spike can be surprising enough.
const BASELINE_FLOOR: f64 = 0.25;

/// Evaluates rules day by day, suppressing repeats.
pub struct Engine {
    rules: Rules,
    last_raised: HashMap<(String, String), NaiveDate>,
}

/// An alert before suppression, with how long it suppresses its successors.
struct Candidate {
    alert: Alert,
    suppress_days: u32,
}

fn days(n: u32) -> Duration {
    Duration::days(i64::from(n))
}

fn evidence(events: &[&Ev]) -> Vec<Evidence> {
    let mut v: Vec<&Ev> = events.to_vec();
    v.sort_by(|a, b| {
        b.sources
            .cmp(&a.sources)
            .then(b.mentions.cmp(&a.mentions))
            .then(a.id.cmp(&b.id))
    });
    v.into_iter()
        .take(MAX_EVIDENCE)
        .map(|e| Evidence {
            event_id: e.id,
            day: e.day,
            source: e.source.clone(),
            target: e.target.clone(),
            cameo: e.cameo.clone(),
            sources: e.sources,
            sentences: Vec::new(),
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn make(
    rule: &str,
    kind: &str,
    severity: Severity,
    subject: String,
    window: (NaiveDate, NaiveDate),
    observed: f64,
    baseline: f64,
    score: f64,
    summary: String,
    events: &[&Ev],
) -> Alert {
    let first = events.iter().map(|e| e.day).min().unwrap_or(window.1);
    let last = events.iter().map(|e| e.day).max().unwrap_or(window.1);
    Alert {
        id: format!("{rule}:{subject}:{}", window.1),
        rule: rule.to_string(),
        kind: kind.to_string(),
        severity,
        subject,
        window_start: window.0,
        window_end: window.1,
        observed,
        baseline,
        score,
        summary,
        first_evidence: first,
        last_evidence: last,
        events: evidence(events),
    }
}

fn matches_codes(cameo: &str, prefixes: &[String]) -> bool {
    prefixes.iter().any(|p| cameo.starts_with(p.as_str()))
}

impl Engine {
    /// An engine with no alert history.
    pub fn new(rules: Rules) -> Engine {
        Engine {
            rules,
            last_raised: HashMap::new(),
        }
    }

    /// Remembers that `rule` last alerted on `subject` on `day` (e.g. from the store).
    pub fn remember(&mut self, rule: &str, subject: &str, day: NaiveDate) {
        let e = self
            .last_raised
            .entry((rule.to_string(), subject.to_string()))
            .or_insert(day);
        *e = (*e).max(day);
    }

    /// Every alert the rules raise on `day`, before suppression.
    pub fn evaluate(&self, log: &EventLog, day: NaiveDate) -> Vec<Alert> {
        self.candidates(log, day)
            .into_iter()
            .map(|c| c.alert)
            .collect()
    }

    /// The alerts raised on `day` that are not suppressed by an earlier one; remembers them.
    pub fn step(&mut self, log: &EventLog, day: NaiveDate) -> Vec<Alert> {
        let mut out = Vec::new();
        for c in self.candidates(log, day) {
            let key = (c.alert.rule.clone(), c.alert.subject.clone());
            if let Some(last) = self.last_raised.get(&key) {
                if day >= *last && day - *last < days(c.suppress_days) {
                    continue;
                }
            }
            self.last_raised.insert(key, day);
            out.push(c.alert);
        }
        out
    }

    fn candidates(&self, log: &EventLog, day: NaiveDate) -> Vec<Candidate> {
        let mut out = Vec::new();
        for r in &self.rules.spike {
            out.extend(spike(r, log, day));
        }
        for r in &self.rules.trend {
            out.extend(trend(r, log, day));
        }
        for r in &self.rules.new_hostile {
            out.extend(new_hostile(r, log, day));
        }
        for r in &self.rules.watch {
            out.extend(watch(r, log, day));
        }
        for r in &self.rules.sequence {
            out.extend(sequence(r, log, day));
        }
        out
    }
}

/// Replays `from..=to` day by day as if live and returns the alerts in the order raised.
pub fn backtest(rules: Rules, log: &EventLog, from: NaiveDate, to: NaiveDate) -> Vec<Alert> {
    let mut engine = Engine::new(rules);
    let mut out = Vec::new();
    let mut day = from;
    while day <= to {
        out.extend(engine.step(log, day));
        day += Duration::days(1);
    }
    out
}

fn spike(r: &SpikeRule, log: &EventLog, day: NaiveDate) -> Vec<Candidate> {
    let counts = |e: &Ev| match r.quad {
        Some(q) => e.quad == q,
        None => matches_codes(&e.cameo, &r.roots),
    };
    let mut today: BTreeMap<&str, Vec<&Ev>> = BTreeMap::new();
    for e in log.on(day).iter().filter(|e| counts(e)) {
        for c in e.countries() {
            today.entry(c).or_default().push(e);
        }
    }
    today.retain(|_, v| {
        v.len() as u64 >= r.min_count
            && v.iter().map(|e| e.sources).max().unwrap_or(0) >= r.min_sources
    });
    if today.is_empty() {
        return Vec::new();
    }
    let start = day - days(r.baseline_days);
    let mut history: HashMap<&str, Vec<f64>> = today
        .keys()
        .map(|c| (*c, vec![0.0; r.baseline_days as usize]))
        .collect();
    for e in log
        .between(start, day - Duration::days(1))
        .filter(|e| counts(e))
    {
        let i = (e.day - start).num_days() as usize;
        for c in e.countries() {
            if let Some(h) = history.get_mut(c) {
                if let Some(slot) = h.get_mut(i) {
                    *slot += 1.0;
                }
            }
        }
    }
    let factor = if r.normalize {
        let base: Vec<f64> = (1..=r.baseline_days)
            .map(|d| log.volume(day - days(d)) as f64)
            .filter(|v| *v > 0.0)
            .collect();
        let now = log.volume(day) as f64;
        if base.is_empty() || now == 0.0 {
            1.0
        } else {
            (now / (base.iter().sum::<f64>() / base.len() as f64)).clamp(0.25, 4.0)
        }
    } else {
        1.0
    };
    let mut out = Vec::new();
    for (country, evs) in today {
        let lambda = robust_baseline(&history[country], BASELINE_FLOOR) * factor;
        let k = evs.len() as u64;
        let p = poisson_tail(k, lambda);
        if p > r.max_p {
            continue;
        }
        let score = -p.max(1e-300).log10();
        out.push(Candidate {
            alert: make(
                &r.name,
                "spike",
                r.severity,
                country.to_string(),
                (start, day),
                k as f64,
                lambda,
                score,
                format!("{k} events involving {country} against a baseline of {lambda:.2} a day (p = {p:.1e})"),
                &evs,
            ),
            suppress_days: r.suppress_days,
        });
    }
    out
}

fn trend(r: &TrendRule, log: &EventLog, day: NaiveDate) -> Vec<Candidate> {
    let dyads: BTreeSet<String> = log.on(day).iter().filter_map(Ev::dyad).collect();
    let start = day - Duration::days(7 * i64::from(r.weeks) - 1);
    let mut out = Vec::new();
    for dyad in dyads {
        if r.international && dyad.split_once("->").is_some_and(|(a, b)| a == b) {
            continue;
        }
        let evs: Vec<&Ev> = log
            .between(start, day)
            .filter(|e| e.dyad().as_deref() == Some(dyad.as_str()))
            .collect();
        let mut weeks: Vec<Vec<f64>> = vec![Vec::new(); r.weeks as usize];
        for e in &evs {
            let w = ((e.day - start).num_days() / 7) as usize;
            if let Some(v) = weeks.get_mut(w) {
                v.push(e.goldstein);
            }
        }
        if weeks.iter().any(|w| w.len() < r.min_events_per_week) {
            continue;
        }
        let means: Vec<f64> = weeks
            .iter()
            .map(|w| w.iter().sum::<f64>() / w.len() as f64)
            .collect();
        let s = slope(&means);
        let last = means.last().copied().unwrap_or(0.0);
        if s > r.max_slope || last > r.max_last_mean {
            continue;
        }
        let first = means.first().copied().unwrap_or(0.0);
        out.push(Candidate {
            alert: make(
                &r.name,
                "trend",
                r.severity,
                dyad.clone(),
                (start, day),
                last,
                first,
                -s,
                format!("mean Goldstein of {dyad} fell from {first:+.1} to {last:+.1} over {} weeks ({s:+.2} a week)", r.weeks),
                &evs,
            ),
            suppress_days: r.suppress_days,
        });
    }
    out
}

fn new_hostile(r: &NewHostileRule, log: &EventLog, day: NaiveDate) -> Vec<Candidate> {
    let mut hostile: BTreeMap<String, Vec<&Ev>> = BTreeMap::new();
    for e in log
        .on(day)
        .iter()
        .filter(|e| e.quad == r.quad && e.sources >= r.min_sources)
    {
        if let Some(d) = e.dyad() {
            if e.source_country != e.target_country {
                hostile.entry(d).or_default().push(e);
            }
        }
    }
    let start = day - days(r.lookback_days);
    let mut out = Vec::new();
    for (dyad, evs) in hostile {
        // History counts both directions: a relationship turns hostile, not a direction.
        let (a, b) = (
            evs[0].source_country.as_str(),
            evs[0].target_country.as_str(),
        );
        let (mut history, mut prior_hostile) = (0usize, 0usize);
        for e in log.between(start, day - Duration::days(1)) {
            let (s, t) = (e.source_country.as_str(), e.target_country.as_str());
            if (s == a && t == b) || (s == b && t == a) {
                history += 1;
                prior_hostile += usize::from(e.quad == r.quad);
            }
        }
        if prior_hostile > 0 || history < r.min_history {
            continue;
        }
        out.push(Candidate {
            alert: make(
                &r.name,
                "new_hostile",
                r.severity,
                dyad.clone(),
                (start, day),
                evs.len() as f64,
                0.0,
                evs.len() as f64,
                format!(
                    "first hostile events in {dyad} after {history} non-hostile events in {} days",
                    r.lookback_days
                ),
                &evs,
            ),
            suppress_days: r.suppress_days,
        });
    }
    out
}

fn watch(r: &WatchRule, log: &EventLog, day: NaiveDate) -> Vec<Candidate> {
    let mut hits: BTreeMap<String, Vec<&Ev>> = BTreeMap::new();
    for e in log.on(day) {
        if !matches_codes(&e.cameo, &r.codes) || e.sources < r.min_sources {
            continue;
        }
        if !r.target_roles.is_empty() {
            let roles = e.target.get(3..).unwrap_or("");
            let bare_role = r
                .target_roles
                .iter()
                .any(|role| e.target.starts_with(role.as_str()));
            if !bare_role
                && !r
                    .target_roles
                    .iter()
                    .any(|role| roles.contains(role.as_str()))
            {
                continue;
            }
        }
        // An event with no known country on either side ("candidates fight for voters",
        // "rebels attacked civilians") cannot be placed or routed: it raises no alert.
        let Some(subject) = e
            .dyad()
            .or_else(|| e.countries().next().map(str::to_string))
        else {
            continue;
        };
        hits.entry(subject).or_default().push(e);
    }
    hits.into_iter()
        .map(|(subject, evs)| {
            let codes: BTreeSet<&str> = evs.iter().map(|e| e.cameo.as_str()).collect();
            let summary = format!(
                "{} watched event(s) ({}) in {subject}",
                evs.len(),
                codes.into_iter().collect::<Vec<_>>().join(", ")
            );
            Candidate {
                alert: make(
                    &r.name,
                    "watch",
                    r.severity,
                    subject,
                    (day, day),
                    evs.len() as f64,
                    0.0,
                    evs.len() as f64,
                    summary,
                    &evs,
                ),
                suppress_days: r.suppress_days,
            }
        })
        .collect()
}

fn sequence(r: &SequenceRule, log: &EventLog, day: NaiveDate) -> Vec<Candidate> {
    let Some(last_step) = r.steps.last() else {
        return Vec::new();
    };
    let start = day - days(r.within_days);
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for fin in log
        .on(day)
        .iter()
        .filter(|e| matches_codes(&e.cameo, last_step))
    {
        let (a, b) = (fin.source_country.as_str(), fin.target_country.as_str());
        if a.is_empty() || b.is_empty() || a == b || !seen.insert((a, b)) {
            continue;
        }
        // Earlier steps by the same source, aimed at the same target or at no one.
        let involved = |e: &&Ev| {
            e.source_country == a && (e.target_country == b || e.target_country.is_empty())
        };
        let mut chain: Vec<&Ev> = Vec::new();
        let mut from = start;
        let mut ok = true;
        for step in &r.steps[..r.steps.len() - 1] {
            match log
                .between(from, day)
                .filter(involved)
                .find(|e| matches_codes(&e.cameo, step))
            {
                Some(e) => {
                    from = e.day;
                    chain.push(e);
                }
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if !ok {
            continue;
        }
        chain.push(fin);
        let subject = format!("{a}->{b}");
        let first = chain.first().map_or(day, |e| e.day);
        out.push(Candidate {
            alert: make(
                &r.name,
                "sequence",
                r.severity,
                subject.clone(),
                (start, day),
                chain.len() as f64,
                0.0,
                chain.len() as f64,
                format!(
                    "{subject}: {} within {} days",
                    chain
                        .iter()
                        .map(|e| e.cameo.as_str())
                        .collect::<Vec<_>>()
                        .join(" then "),
                    (day - first).num_days()
                ),
                &chain,
            ),
            suppress_days: r.suppress_days,
        });
    }
    out
}
