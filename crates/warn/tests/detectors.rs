//! Detectors on synthetic series: each must catch its pattern, stay quiet on noise, and
//! not repeat itself within its suppression window.

use chrono::{Duration, NaiveDate};
use dyad_warn::{backtest, indicators, Engine, Ev, EventLog, Rules, SubjectKind};
use std::collections::BTreeMap;

fn day(n: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2014, 1, 1).expect("date") + Duration::days(n)
}

struct Gen {
    next: i64,
    events: Vec<Ev>,
}

impl Gen {
    fn new() -> Gen {
        Gen {
            next: 1,
            events: Vec::new(),
        }
    }

    fn add(&mut self, d: i64, src: &str, tgt: &str, cameo: &str, sources: i64) {
        let quad = match cameo
            .get(..2)
            .and_then(|r| r.parse::<u8>().ok())
            .unwrap_or(0)
        {
            1..=5 => 1,
            6..=9 => 2,
            10..=14 => 3,
            _ => 4,
        };
        let goldstein = dyad_model_weight(cameo);
        self.events.push(Ev {
            id: self.next,
            day: day(d),
            source: src.to_string(),
            target: tgt.to_string(),
            source_country: src.get(..3).unwrap_or("").to_string(),
            target_country: tgt.get(..3).unwrap_or("").to_string(),
            cameo: cameo.to_string(),
            quad,
            goldstein,
            plover_score: match cameo.get(..2) {
                Some("19") => Some(-9.0),
                Some("04") => Some(2.5),
                _ => None,
            },
            sources,
            mentions: 1,
            place: String::new(),
        });
        self.next += 1;
    }

    fn log(self) -> EventLog {
        EventLog::new(self.events, BTreeMap::new())
    }
}

/// Rough Goldstein weights by root, enough for the trend detector.
fn dyad_model_weight(cameo: &str) -> f64 {
    match cameo.get(..2) {
        Some("04") => 1.0,
        Some("05") => 3.5,
        Some("11") => -2.0,
        Some("13") => -4.4,
        Some("15") => -7.2,
        Some("19") => -10.0,
        _ => 0.0,
    }
}

fn rules(toml: &str) -> Rules {
    Rules::parse(toml, "test").expect("rules parse")
}

const SPIKE: &str = r#"
[[spike]]
name = "spike"
severity = "high"
quad = 4
baseline_days = 28
min_count = 3
max_p = 0.001
suppress_days = 7
"#;

#[test]
fn spike_is_caught_against_a_quiet_baseline() {
    let mut g = Gen::new();
    for d in 0..40 {
        if d % 3 == 0 {
            g.add(d, "RUSMIL", "UKR", "190", 1);
        }
    }
    for i in 0..9 {
        g.add(
            40,
            "RUSMIL",
            "UKR",
            if i % 2 == 0 { "190" } else { "193" },
            2,
        );
    }
    let log = g.log();
    let alerts = Engine::new(rules(SPIKE)).evaluate(&log, day(40));
    let subjects: Vec<&str> = alerts.iter().map(|a| a.subject.as_str()).collect();
    assert_eq!(subjects, ["RUS", "UKR"]);
    assert_eq!(alerts[0].observed, 9.0);
    assert!(alerts[0].score > 3.0, "{}", alerts[0].score);
    assert!(!alerts[0].events.is_empty());
}

#[test]
fn steady_noise_does_not_fire() {
    let mut g = Gen::new();
    // Three to five conflict events every day for two months: busy, but not surprising.
    for d in 0..60 {
        for i in 0..(3 + d % 3) {
            g.add(
                d,
                "SYRMIL",
                "SYRREB",
                if i % 2 == 0 { "190" } else { "183" },
                1,
            );
        }
    }
    let log = g.log();
    let alerts = backtest(rules(SPIKE), &log, day(28), day(59));
    assert!(
        alerts.is_empty(),
        "{:?}",
        alerts
            .iter()
            .map(|a| (&a.subject, a.window_end))
            .collect::<Vec<_>>()
    );
}

#[test]
fn suppression_stops_daily_repeats() {
    let mut g = Gen::new();
    for d in 30..35 {
        for _ in 0..8 {
            g.add(d, "ISRMIL", "PSE", "195", 2);
        }
    }
    let log = g.log();
    let alerts = backtest(rules(SPIKE), &log, day(29), day(45));
    let isr: Vec<_> = alerts.iter().filter(|a| a.subject == "ISR").collect();
    assert_eq!(isr.len(), 1, "one alert for a five-day burst, not five");
    assert_eq!(isr[0].window_end, day(30));
}

#[test]
fn a_falling_dyad_is_a_trend() {
    let toml = r#"
[[trend]]
name = "souring"
severity = "medium"
weeks = 4
max_slope = -1.0
min_events_per_week = 2
max_last_mean = -2.0
"#;
    let mut g = Gen::new();
    let weekly = ["050", "040", "111", "130"];
    for (w, code) in weekly.iter().enumerate() {
        for i in 0..3 {
            g.add(w as i64 * 7 + i * 2, "RUSGOV", "UKRGOV", code, 1);
        }
    }
    let last = 3 * 7 + 4;
    let log = g.log();
    let alerts = Engine::new(rules(toml)).evaluate(&log, day(last));
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].subject, "RUS->UKR");
    assert!(alerts[0].score > 1.0);
    // A flat relationship does not fire.
    let mut g = Gen::new();
    for w in 0..4 {
        for i in 0..3 {
            g.add(w * 7 + i * 2, "FRAGOV", "DEUGOV", "040", 1);
        }
    }
    assert!(Engine::new(rules(toml))
        .evaluate(&g.log(), day(last))
        .is_empty());
}

#[test]
fn first_hostility_in_a_cooperative_dyad() {
    let toml = r#"
[[new_hostile]]
name = "new-hostile"
severity = "medium"
quad = 4
lookback_days = 90
min_history = 3
"#;
    let mut g = Gen::new();
    for d in [1, 10, 20, 30] {
        g.add(d, "ARMGOV", "AZEGOV", "040", 1);
    }
    g.add(40, "AZEMIL", "ARMMIL", "190", 1);
    g.add(40, "ARMMIL", "AZEMIL", "190", 1);
    g.add(41, "AZEMIL", "ARMMIL", "190", 1);
    let log = g.log();
    let mut engine = Engine::new(rules(toml));
    let on40 = engine.step(&log, day(40));
    let subjects: Vec<&str> = on40.iter().map(|a| a.subject.as_str()).collect();
    assert_eq!(subjects, ["ARM->AZE", "AZE->ARM"]);
    assert!(
        engine.step(&log, day(41)).is_empty(),
        "no longer new the next day"
    );
    // A dyad with no history at all is not a change.
    let mut g = Gen::new();
    g.add(5, "NORMIL", "SWEMIL", "190", 1);
    assert!(Engine::new(rules(toml))
        .evaluate(&g.log(), day(5))
        .is_empty());
}

#[test]
fn watched_types_fire_on_one_sourced_event() {
    let toml = r#"
[[watch]]
name = "assault-on-civilians"
severity = "high"
codes = ["18", "19"]
target_roles = ["CVL"]
min_sources = 2

[[watch]]
name = "mass-violence"
severity = "high"
codes = ["20"]
"#;
    let mut g = Gen::new();
    g.add(3, "MMRMIL", "MMRCVL", "190", 3);
    g.add(3, "MMRMIL", "MMRMIL", "190", 3);
    g.add(3, "SDNMIL", "SDNCVL", "180", 1);
    g.add(4, "SDNREB", "SDN", "202", 1);
    let log = g.log();
    let engine = Engine::new(rules(toml));
    let a3 = engine.evaluate(&log, day(3));
    assert_eq!(a3.len(), 1, "only the well-sourced assault on civilians");
    assert_eq!(a3[0].rule, "assault-on-civilians");
    let a4 = engine.evaluate(&log, day(4));
    assert_eq!(a4.len(), 1);
    assert_eq!(a4[0].rule, "mass-violence");
}

#[test]
fn threat_then_mobilisation_then_force() {
    let toml = r#"
[[sequence]]
name = "threat-mobilise-strike"
severity = "high"
steps = [["13"], ["15"], ["18", "19", "20"]]
within_days = 30
"#;
    let mut g = Gen::new();
    g.add(1, "RUSGOV", "UKRGOV", "138", 1);
    g.add(5, "RUSMIL", "", "154", 1);
    g.add(12, "RUSMIL", "UKRMIL", "190", 1);
    // Force without the earlier steps: no sequence.
    g.add(12, "TURMIL", "SYRREB", "190", 1);
    // Steps out of order: force, then threat.
    g.add(2, "CHNMIL", "TWN", "190", 1);
    g.add(6, "CHNGOV", "TWN", "138", 1);
    let log = g.log();
    let alerts = Engine::new(rules(toml)).evaluate(&log, day(12));
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].subject, "RUS->UKR");
    assert_eq!(alerts[0].events.len(), 3);
    assert_eq!(alerts[0].first_evidence, day(1));
}

#[test]
fn default_rules_parse_and_bad_rules_say_why() {
    assert!(!Rules::default_rules().expect("defaults").spike.is_empty());
    let bad = [
        ("[[spike]]\nname = \"x\"\nseverity = \"high\"\nbaseline_days = 28\nmin_count = 3\nmax_p = 0.01\n", "quad or roots"),
        ("[[spike]]\nname = 1\n", "rules test"),
        ("[[nonsense]]\n", "unknown field"),
        ("[[trend]]\nname = \"t\"\nseverity = \"loud\"\nweeks = 4\nmax_slope = -1.0\nmin_events_per_week = 1\nmax_last_mean = 0.0\n", "loud"),
    ];
    for (text, needle) in bad {
        let err = Rules::parse(text, "test").expect_err(text).to_string();
        assert!(err.contains(needle), "{err}");
    }
}

#[test]
fn indicators_count_and_normalise() {
    let mut g = Gen::new();
    g.add(0, "RUSMIL", "UKR", "190", 1);
    g.add(1, "RUSGOV", "UKRGOV", "040", 1);
    g.add(8, "RUSMIL", "UKR", "190", 1);
    let mut volume = BTreeMap::new();
    volume.insert(day(0), 50);
    volume.insert(day(1), 50);
    let log = EventLog::new(g.events, volume);
    let weekly = indicators(&log, SubjectKind::Country, true, 4);
    let ukr: Vec<_> = weekly.iter().filter(|i| i.subject == "UKR").collect();
    assert_eq!(ukr.len(), 2);
    assert_eq!(ukr[0].quad, [1, 0, 0, 1]);
    assert_eq!(ukr[0].roots[18], 1);
    assert!((ukr[0].conflict_share - 0.5).abs() < 1e-9);
    assert_eq!(ukr[0].conflict_per_100_articles, Some(1.0));
    assert!(
        (ukr[0].plover_sum + 6.5).abs() < 1e-9,
        "{}",
        ukr[0].plover_sum
    );
    assert_eq!(ukr[0].plover_mean, Some(-3.25));
    let dyads = indicators(&log, SubjectKind::Dyad, false, 7);
    assert_eq!(dyads.len(), 3);
}

#[test]
fn international_trends_skip_domestic_dyads() {
    let toml = |international: bool| {
        format!(
            "[[trend]]\nname = \"souring\"\nseverity = \"medium\"\nweeks = 4\nmax_slope = -1.0\n\
             min_events_per_week = 2\nmax_last_mean = -2.0\ninternational = {international}\n"
        )
    };
    let mut g = Gen::new();
    for (w, code) in ["050", "040", "111", "130"].iter().enumerate() {
        for i in 0..3 {
            g.add(w as i64 * 7 + i * 2, "USAGOV", "USALEG", code, 1);
        }
    }
    let log = g.log();
    let last = day(3 * 7 + 4);
    // (international, alerts expected)
    for (international, want) in [(false, 1), (true, 0)] {
        let got = Engine::new(rules(&toml(international))).evaluate(&log, last);
        assert_eq!(got.len(), want, "international = {international}: {got:?}");
    }
}

#[test]
fn watched_events_of_no_known_country_raise_nothing() {
    let toml = r#"
[[watch]]
name = "assault-on-civilians"
severity = "high"
codes = ["19"]
"#;
    let mut g = Gen::new();
    // "Candidates will fight for undecided voters": no country on either side.
    g.add(3, "", "", "190", 1);
    g.add(4, "SYRMIL", "", "190", 1);
    let log = g.log();
    let engine = Engine::new(rules(toml));
    assert!(engine.evaluate(&log, day(3)).is_empty());
    let a4 = engine.evaluate(&log, day(4));
    assert_eq!(a4.len(), 1);
    assert_eq!(a4[0].subject, "SYR");
}
