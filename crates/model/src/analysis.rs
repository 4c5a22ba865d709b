//! What dyad learns from one article: its sentences, events, quotes and places.

use crate::{Article, Event, Sentence, Span};
use serde::{Deserialize, Serialize};

/// Who a quote's speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named or described person.
    Person,
    /// A group, crowd or organisation.
    Group,
    /// No speaker could be found (a slogan, an unattributed quote).
    #[default]
    Unknown,
}

/// A quotation or a report of speech, with its speaker.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words (parts of a split quote joined by a space).
    pub text: String,
    /// Bytes of each quoted part.
    pub spans: Vec<Span>,
    /// The speaker's resolved name ("Mustafa Dzhemilev"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Person, group or unknown.
    pub speaker_kind: SpeakerKind,
    /// Bytes of the speaker's mention in this attribution ("he", "the Tatar leader").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_span: Option<Span>,
    /// The attribution verb ("said", "told", "according to").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
    /// True for direct quotes, false for indirect speech.
    pub direct: bool,
}

/// A place named in an article, resolved against the gazetteer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The words as written.
    pub text: String,
    /// Where they are.
    pub span: Span,
    /// Resolved name ("Simferopol").
    pub name: String,
    /// ISO 3166-1 alpha-3 country code.
    pub country: String,
    /// First-level division, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adm1: Option<String>,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// GeoNames id, when the place came from GeoNames.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonames_id: Option<u64>,
    /// "country", "adm1", "city" or "region".
    pub feature: String,
    /// How sure the resolution is, 0 to 1.
    pub confidence: f32,
}

/// Everything dyad found in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The article with its metadata.
    pub article: Article,
    /// Its sentences, tokenized and parsed.
    pub sentences: Vec<Sentence>,
    /// Coded events.
    pub events: Vec<Event>,
    /// Quotes and their speakers.
    pub quotes: Vec<Quote>,
    /// Places named.
    pub places: Vec<Place>,
}
