//! Rules, declared in TOML. The built-in set (`default_rules.toml`) is what dyad uses
//! unless the user passes `--rules FILE`.

use crate::{Error, Result, Severity};
use serde::Deserialize;
use std::path::Path;

const DEFAULT_RULES: &str = include_str!("../default_rules.toml");

/// Every rule, by kind.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// Counts far above their baseline.
    #[serde(default)]
    pub spike: Vec<SpikeRule>,
    /// Relations souring week after week.
    #[serde(default)]
    pub trend: Vec<TrendRule>,
    /// A dyad's first hostile events.
    #[serde(default)]
    pub new_hostile: Vec<NewHostileRule>,
    /// Event types that matter even once.
    #[serde(default)]
    pub watch: Vec<WatchRule>,
    /// Threat, then mobilisation, then force.
    #[serde(default)]
    pub sequence: Vec<SequenceRule>,
}

fn default_suppress() -> u32 {
    7
}
fn one() -> i64 {
    1
}

/// A count of events for a country well above its robust baseline.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpikeRule {
    /// Name shown in alerts.
    pub name: String,
    /// Severity of its alerts.
    pub severity: Severity,
    /// Quad class counted (4 = material conflict); none counts the roots instead.
    pub quad: Option<u8>,
    /// CAMEO roots counted when `quad` is not set.
    #[serde(default)]
    pub roots: Vec<String>,
    /// Days of history the baseline is taken from.
    pub baseline_days: u32,
    /// Fewest events on the day for an alert.
    pub min_count: u64,
    /// Largest Poisson tail probability that still alerts.
    pub max_p: f64,
    /// Scale the baseline by the day's volume of coverage.
    #[serde(default)]
    pub normalize: bool,
    /// Fewest outlets behind the best-sourced event.
    #[serde(default = "one")]
    pub min_sources: i64,
    /// Days after an alert during which the same subject does not alert again.
    #[serde(default = "default_suppress")]
    pub suppress_days: u32,
}

/// Goldstein means of a dyad falling over several weeks.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrendRule {
    /// Name shown in alerts.
    pub name: String,
    /// Severity of its alerts.
    pub severity: Severity,
    /// Weeks in the window.
    pub weeks: u32,
    /// Slope (Goldstein per week) at or below which it alerts.
    pub max_slope: f64,
    /// Fewest events in each week of the window.
    pub min_events_per_week: usize,
    /// The last week's mean must be below this.
    pub max_last_mean: f64,
    /// Only dyads of two different countries (domestic politics sours every campaign).
    #[serde(default)]
    pub international: bool,
    /// Days after an alert during which the same dyad does not alert again.
    #[serde(default = "default_suppress")]
    pub suppress_days: u32,
}

/// The first hostile events in a dyad that had a history without them.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewHostileRule {
    /// Name shown in alerts.
    pub name: String,
    /// Severity of its alerts.
    pub severity: Severity,
    /// Quad class counted as hostile.
    pub quad: u8,
    /// Days of history looked at.
    pub lookback_days: u32,
    /// Fewest earlier (non-hostile) events in the dyad for it to count as a change.
    pub min_history: usize,
    /// Fewest outlets behind the hostile event.
    #[serde(default = "one")]
    pub min_sources: i64,
    /// Days after an alert during which the same dyad does not alert again.
    #[serde(default = "default_suppress")]
    pub suppress_days: u32,
}

/// Event types that fire on one well-sourced event.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WatchRule {
    /// Name shown in alerts.
    pub name: String,
    /// Severity of its alerts.
    pub severity: Severity,
    /// CAMEO code prefixes watched.
    pub codes: Vec<String>,
    /// If set, the target code must contain one of these role codes (CVL, ETH, REL...).
    #[serde(default)]
    pub target_roles: Vec<String>,
    /// Fewest outlets behind the event.
    #[serde(default = "one")]
    pub min_sources: i64,
    /// Days after an alert during which the same subject does not alert again.
    #[serde(default = "default_suppress")]
    pub suppress_days: u32,
}

/// A sequence of steps between the same pair of countries within a window.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SequenceRule {
    /// Name shown in alerts.
    pub name: String,
    /// Severity of its alerts.
    pub severity: Severity,
    /// CAMEO code prefixes of each step, in order.
    pub steps: Vec<Vec<String>>,
    /// All steps within this many days, the last on the alert day.
    pub within_days: u32,
    /// Days after an alert during which the same dyad does not alert again.
    #[serde(default = "default_suppress")]
    pub suppress_days: u32,
}

impl Rules {
    /// The built-in rules.
    pub fn default_rules() -> Result<Rules> {
        Rules::parse(DEFAULT_RULES, "built-in rules")
    }

    /// The built-in rules as TOML, for a user to copy and edit.
    pub fn default_toml() -> &'static str {
        DEFAULT_RULES
    }

    /// Reads rules from a TOML file.
    pub fn from_path(path: &Path) -> Result<Rules> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Read {
            path: path.to_path_buf(),
            source: e,
        })?;
        Rules::parse(&text, &path.display().to_string())
    }

    /// Parses rules from TOML text; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Rules> {
        let rules: Rules = toml::from_str(text).map_err(|e| Error::Rules {
            origin: origin.to_string(),
            message: e.to_string(),
        })?;
        rules.check().map_err(|message| Error::Rules {
            origin: origin.to_string(),
            message,
        })?;
        Ok(rules)
    }

    fn check(&self) -> std::result::Result<(), String> {
        for r in &self.spike {
            if r.quad.is_none() && r.roots.is_empty() {
                return Err(format!("spike rule {:?} needs quad or roots", r.name));
            }
            if r.baseline_days < 7 {
                return Err(format!(
                    "spike rule {:?}: baseline_days must be at least 7",
                    r.name
                ));
            }
        }
        for r in &self.trend {
            if r.weeks < 3 {
                return Err(format!("trend rule {:?}: weeks must be at least 3", r.name));
            }
        }
        for r in &self.sequence {
            if r.steps.len() < 2 {
                return Err(format!(
                    "sequence rule {:?} needs at least two steps",
                    r.name
                ));
            }
        }
        Ok(())
    }
}
