//! Articles: the unit a reader produces and the pipeline analyses.

use crate::Span;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// One news article, as read from a file, feed, page or record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier (from the record, or derived from the file and its content).
    pub id: String,
    /// Headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Agency or outlet ("AFP", "Reuters", "The Guardian").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Author line as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// Place named by the dateline, with its region or country when it has one
    /// ("SIMFEROPOL", "PARIS, Texas").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    /// Publication (or last update) time, local to the article, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDateTime>,
    /// ISO 639 language code, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Canonical URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The body text; every offset in dyad points into this string.
    pub text: String,
    /// Paragraphs of `text`, in order.
    #[serde(default)]
    pub paragraphs: Vec<Paragraph>,
}

/// A paragraph of an article's body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Where it lies in the article text.
    pub span: Span,
}
