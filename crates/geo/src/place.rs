//! What a found place looks like, and the context that helps resolve it.

use dyad_model::{Sentence, Span};
use serde::{Deserialize, Serialize};

/// The kind of a gazetteer entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FeatureType {
    /// A country or territory with an ISO 3166-1 code (or Kosovo, XK/XKX).
    Country,
    /// A first-level administrative division (state, province, oblast, governorate).
    Adm1,
    /// A populated place of 15,000 people or more.
    City,
    /// A continent.
    Continent,
    /// A macro-region made of countries ("Central Asia", "Middle East").
    Region,
}

impl FeatureType {
    /// The name used in output ("country", "adm1", "city", "continent", "region").
    pub fn as_str(&self) -> &'static str {
        match self {
            FeatureType::Country => "country",
            FeatureType::Adm1 => "adm1",
            FeatureType::City => "city",
            FeatureType::Continent => "continent",
            FeatureType::Region => "region",
        }
    }
}

/// One place mention found in a text and resolved to a gazetteer entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The text as written ("Kiev", "Ukrainian").
    pub text: String,
    /// Byte offsets of the mention in the text.
    pub span: Span,
    /// The resolved entry's name ("Kyiv").
    pub name: String,
    /// ISO 3166-1 alpha-3 code of the country ("UKR"); `None` for continents and regions.
    pub country: Option<String>,
    /// ISO 3166-1 alpha-2 code of the country ("UA").
    pub country_iso2: Option<String>,
    /// The first-level division the place is in (or is), when known.
    pub adm1: Option<String>,
    /// Latitude in degrees (for ADM1 and regions: a representative point).
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// GeoNames id, when the source has one (not for ADM1 and macro-regions).
    pub geonames_id: Option<u32>,
    /// What kind of place it is.
    pub feature: FeatureType,
    /// How sure the resolution is, 0 to 1 (share of the best candidate's weight).
    pub confidence: f32,
    /// True for a demonym or adjective ("Ukrainian" for Ukraine).
    pub adjectival: bool,
}

/// What is known about the article beyond its text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// The dateline place ("SIMFEROPOL", "Simferopol, Ukraine").
    pub dateline: Option<&'a str>,
    /// The article's country: ISO alpha-2, alpha-3 or name.
    pub country_hint: Option<&'a str>,
    /// The article's tokenized sentences with offsets into the same text; when their
    /// tokens carry UPOS tags, a mention must cover a PROPN or NOUN (or ADJ for a demonym).
    pub sentences: Option<&'a [Sentence]>,
}
