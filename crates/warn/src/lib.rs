//! dyad's early warning: indicators computed from the event store, rules declared in TOML,
//! detectors that fire on surprising conflict, and alerts that carry their evidence.
//!
//! The detectors work on folded events (one per day, dyad and code), not on raw mentions,
//! so a burst of duplicated reports cannot fake a spike.
//!
//! ```
//! use dyad_warn::{Engine, EventLog, Rules};
//! let engine = Engine::new(Rules::default_rules().unwrap());
//! let log = EventLog::default();
//! let day = chrono::NaiveDate::from_ymd_opt(2014, 3, 14).unwrap();
//! assert!(engine.evaluate(&log, day).is_empty());
//! ```
#![deny(missing_docs)]

mod alert;
mod detect;
mod error;
mod indicators;
mod log;
mod rules;
mod stats;

pub use alert::{Alert, Evidence, EvidenceSentence, Severity};
pub use detect::{backtest, Engine};
pub use error::{Error, Result};
pub use indicators::{indicators, Indicator, SubjectKind};
pub use log::{Ev, EventLog};
pub use rules::{NewHostileRule, Rules, SequenceRule, SpikeRule, TrendRule, WatchRule};
pub use stats::{poisson_tail, robust_baseline};
