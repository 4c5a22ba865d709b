//! Actor mentions and coded events.

use crate::Span;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An actor found in a sentence, resolved to a CAMEO actor code.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ActorMention {
    /// Full CAMEO actor code ("UKRGOV", "RUSMIL", "IGOWSTNAT").
    pub code: String,
    /// The words it was found in.
    pub text: String,
    /// ISO alpha-3 country (or the leading three-letter code, e.g. "IGO"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Sector/agent role codes after the country ("GOV", "MIL", "OPP").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// Bytes of the article it covers.
    pub span: Span,
}

impl ActorMention {
    /// Splits a full code into country (first three letters) and sector (the rest).
    pub fn from_code(code: &str, text: &str, span: Span) -> ActorMention {
        let (country, sector) = split_actor_code(code);
        ActorMention {
            code: code.to_string(),
            text: text.to_string(),
            country,
            sector,
            span,
        }
    }
}

/// Splits "UKRGOV" into ("UKR", "GOV"); three-letter roles such as "GOV" alone have no country.
pub fn split_actor_code(code: &str) -> (Option<String>, Option<String>) {
    let ascii = code.is_ascii();
    if !ascii || code.len() < 3 {
        return (None, (!code.is_empty()).then(|| code.to_string()));
    }
    let head = &code[..3];
    if crate::cameo::is_sector_code(head) {
        return (None, Some(code.to_string()));
    }
    let rest = &code[3..];
    if head == "---" {
        // An agent with no actor ("officials"): no country, the role alone.
        return (None, (!rest.is_empty()).then(|| rest.to_string()));
    }
    let rest = &code[3..];
    (
        Some(head.to_string()),
        (!rest.is_empty()).then(|| rest.to_string()),
    )
}

/// GDELT's four quad classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum QuadClass {
    /// Roots 01-05.
    VerbalCooperation = 1,
    /// Roots 06-09.
    MaterialCooperation = 2,
    /// Roots 10-14.
    VerbalConflict = 3,
    /// Roots 15-20.
    MaterialConflict = 4,
}

impl From<QuadClass> for u8 {
    fn from(q: QuadClass) -> u8 {
        q as u8
    }
}

impl TryFrom<u8> for QuadClass {
    type Error = String;
    fn try_from(v: u8) -> Result<QuadClass, String> {
        match v {
            1 => Ok(QuadClass::VerbalCooperation),
            2 => Ok(QuadClass::MaterialCooperation),
            3 => Ok(QuadClass::VerbalConflict),
            4 => Ok(QuadClass::MaterialConflict),
            _ => Err(format!("quad class must be 1-4, not {v}")),
        }
    }
}

/// PLOVER event type and mode for a CAMEO code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plover {
    /// Event type ("ASSAULT"); empty for CAMEO 01 and 02, which PLOVER dropped.
    pub event: String,
    /// Mode ("phone"), may be empty.
    pub mode: String,
    /// Context ("military"), may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub context: String,
}

/// How precisely a date is known.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// Exact day.
    #[default]
    Day,
    /// Month only.
    Month,
    /// Year only.
    Year,
    /// Decade only.
    Decade,
}

/// A date with its precision; the date is the first day of the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// The day, or the first day of the month, year or decade.
    pub date: NaiveDate,
    /// How precise `date` is.
    pub precision: DatePrecision,
}

/// Which dictionary entries and which words produced an event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Explain {
    /// The verb (or noun) token and its lemma.
    pub verb: String,
    /// The pattern that matched, as written in its dictionary, with file and line.
    pub pattern: String,
    /// The actor entries used for source and target, with file and line.
    pub actors: Vec<String>,
    /// Steps the coder took, in order, for a reader.
    pub notes: Vec<String>,
}

/// One coded event: who did what to whom, when, from which words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Source actor; `None` only when the user allows events without one.
    pub source: Option<ActorMention>,
    /// Target actor, if any.
    pub target: Option<ActorMention>,
    /// CAMEO event code ("0233").
    pub cameo: String,
    /// Root code ("02").
    pub cameo_root: String,
    /// Quad class of the root.
    pub quad_class: Option<QuadClass>,
    /// Goldstein weight of the code.
    pub goldstein: Option<f32>,
    /// PLOVER type, mode and context.
    pub plover: Plover,
    /// True when the verb is negated ("did not attack").
    pub negated: bool,
    /// Index of the sentence in its article.
    pub sentence: usize,
    /// Bytes of the article covered by the words that made the event.
    pub span: Span,
    /// Bytes of the verb or noun that carries the event.
    pub verb_span: Span,
    /// Date of the event, when known.
    pub date: Option<EventDate>,
    /// True when the event is about the past rather than news of the day.
    #[serde(default)]
    pub historical: bool,
    /// Where it happened: a place in its sentence, else the article's dateline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<crate::Place>,
    /// Why it was coded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explain: Option<Explain>,
}

impl Event {
    /// An event with the code's table facts (root, quad class, weight, PLOVER) filled in.
    pub fn new(cameo: &str, source: Option<ActorMention>, target: Option<ActorMention>) -> Event {
        let row = crate::cameo::lookup(cameo);
        Event {
            source,
            target,
            cameo: cameo.to_string(),
            cameo_root: cameo.get(..2).unwrap_or(cameo).to_string(),
            quad_class: crate::cameo::quad_class(cameo),
            goldstein: row.map(|r| r.goldstein),
            plover: row.map(|r| r.plover()).unwrap_or_default(),
            negated: false,
            sentence: 0,
            span: Span::default(),
            verb_span: Span::default(),
            date: None,
            historical: false,
            location: None,
            explain: None,
        }
    }
}
