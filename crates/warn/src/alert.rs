//! Alerts and their evidence.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How urgent an alert is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look.
    Low,
    /// Worth a look today.
    Medium,
    /// Look now.
    High,
}

impl Severity {
    /// The name as written in rules and alerts.
    pub fn as_str(&self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

/// A sentence behind an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceSentence {
    /// The sentence.
    pub text: String,
    /// Its article's id.
    pub doc_id: String,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Link.
    pub url: Option<String>,
}

/// An event that contributed to an alert.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Store id of the event.
    pub event_id: i64,
    /// Its day.
    pub day: NaiveDate,
    /// Source code.
    pub source: String,
    /// Target code.
    pub target: String,
    /// CAMEO code.
    pub cameo: String,
    /// Outlets reporting it.
    pub sources: i64,
    /// The sentences (filled from the store by [`Alert::attach_sentences`]).
    #[serde(default)]
    pub sentences: Vec<EvidenceSentence>,
}

/// One alert.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alert {
    /// Stable id: rule, subject and the day it was raised.
    pub id: String,
    /// The rule's name.
    pub rule: String,
    /// The rule's kind (spike, trend, new_hostile, watch, sequence).
    pub kind: String,
    /// Severity.
    pub severity: Severity,
    /// What it is about: a country ("UKR") or a dyad ("RUS->UKR").
    pub subject: String,
    /// First day of the window looked at.
    pub window_start: NaiveDate,
    /// Last day of the window (the day it was raised).
    pub window_end: NaiveDate,
    /// What was seen (a count, a slope).
    pub observed: f64,
    /// What was expected.
    pub baseline: f64,
    /// How surprising: -log10 of a tail probability, or the size of a change.
    pub score: f64,
    /// One line for a person.
    pub summary: String,
    /// Day of the first contributing event.
    pub first_evidence: NaiveDate,
    /// Day of the last contributing event.
    pub last_evidence: NaiveDate,
    /// The contributing events, best-sourced first.
    pub events: Vec<Evidence>,
}

/// Most evidence events kept per alert.
pub(crate) const MAX_EVIDENCE: usize = 20;

impl Alert {
    /// Fills each evidence event's sentences from the store (at most `per_event` each).
    pub fn attach_sentences(
        &mut self,
        store: &dyad_store::Store,
        per_event: usize,
    ) -> crate::Result<()> {
        for ev in &mut self.events {
            ev.sentences = store
                .mentions(ev.event_id)?
                .into_iter()
                .take(per_event)
                .map(|m| EvidenceSentence {
                    text: m.sentence,
                    doc_id: m.doc_id,
                    title: m.title,
                    outlet: m.outlet,
                    url: m.url,
                })
                .collect();
        }
        Ok(())
    }

    /// The stored form of the alert.
    pub fn to_row(&self) -> crate::Result<dyad_store::AlertRow> {
        Ok(dyad_store::AlertRow {
            id: self.id.clone(),
            rule: self.rule.clone(),
            severity: self.severity.as_str().to_string(),
            subject: self.subject.clone(),
            window_start: self.window_start.to_string(),
            window_end: self.window_end.to_string(),
            score: self.score,
            raised_on: self.window_end.to_string(),
            record: serde_json::to_value(self).map_err(|e| crate::Error::Rules {
                origin: "alert".into(),
                message: e.to_string(),
            })?,
        })
    }

    /// A readable block for a terminal.
    pub fn pretty(&self) -> String {
        let mut s = format!(
            "[{}] {} {} on {} ({}..{}): {}\n",
            self.severity.as_str().to_uppercase(),
            self.rule,
            self.subject,
            self.window_end,
            self.window_start,
            self.window_end,
            self.summary
        );
        for e in self.events.iter().take(5) {
            s.push_str(&format!(
                "  {} {} -> {} {} ({} sources)\n",
                e.day, e.source, e.target, e.cameo, e.sources
            ));
            for t in e.sentences.iter().take(1) {
                s.push_str(&format!(
                    "    \"{}\" — {}\n",
                    t.text.replace('\n', " "),
                    t.outlet.as_deref().unwrap_or(&t.doc_id)
                ));
            }
        }
        s
    }
}
