//! Stored alerts: the early-warning crate writes them, the API and the CLI read them.

use crate::{Result, Store};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

/// An alert as stored: indexed columns plus the whole record as JSON.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AlertRow {
    /// Stable id (rule, subject and window).
    pub id: String,
    /// Rule name.
    pub rule: String,
    /// low, medium or high.
    pub severity: String,
    /// What it is about ("UKR", "RUS->UKR").
    pub subject: String,
    /// First day of the window.
    pub window_start: String,
    /// Last day of the window.
    pub window_end: String,
    /// How surprising.
    pub score: f64,
    /// The day it was raised.
    pub raised_on: String,
    /// The full alert record (JSON).
    pub record: serde_json::Value,
}

impl Store {
    /// Stores an alert; returns false when one with the same id is already there.
    pub fn insert_alert(&self, a: &AlertRow) -> Result<bool> {
        let n = self.conn.execute(
            "INSERT OR IGNORE INTO alerts (id, rule, severity, subject, window_start, window_end, score, raised_on, record)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                a.id,
                a.rule,
                a.severity,
                a.subject,
                a.window_start,
                a.window_end,
                a.score,
                a.raised_on,
                serde_json::to_string(&a.record)?
            ],
        )?;
        Ok(n > 0)
    }

    /// The last day an alert of `rule` on `subject` was raised, if ever.
    pub fn last_alert_day(&self, rule: &str, subject: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT MAX(raised_on) FROM alerts WHERE rule = ?1 AND subject = ?2",
                params![rule, subject],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }

    /// Alerts, newest first.
    pub fn alerts(&self, limit: usize, offset: usize) -> Result<Vec<AlertRow>> {
        let mut st = self.conn.prepare(
            "SELECT id, rule, severity, subject, window_start, window_end, score, raised_on, record
             FROM alerts ORDER BY raised_on DESC, score DESC LIMIT ?1 OFFSET ?2",
        )?;
        let rows = st.query_map(params![limit as i64, offset as i64], |r| {
            let record: String = r.get(8)?;
            Ok(AlertRow {
                id: r.get(0)?,
                rule: r.get(1)?,
                severity: r.get(2)?,
                subject: r.get(3)?,
                window_start: r.get(4)?,
                window_end: r.get(5)?,
                score: r.get(6)?,
                raised_on: r.get(7)?,
                record: serde_json::from_str(&record).unwrap_or(serde_json::Value::Null),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
