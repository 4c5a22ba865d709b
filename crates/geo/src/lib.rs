//! Places for dyad: an embedded gazetteer and toponym recognition and resolution.
//!
//! The gazetteer holds every country (ISO 3166-1 alpha-2 and alpha-3, GeoNames id),
//! the first-level divisions (ADM1), the cities of 15,000 people and more with their
//! Latin-script alternate names, the continents and a few macro-regions ("Central Asia",
//! "Middle East"). It is generated from GeoNames and ISO 3166 data by
//! `crates/geo/gen/gen_gazetteer.py`, committed as TSV in `data/`, and parsed once per
//! process by [`Gazetteer::embedded`].
//!
//! [`Gazetteer::find_places`] finds place mentions in a text (leftmost-longest over
//! capitalised token sequences, with a stoplist for names that are also common words or
//! parts of person names), then resolves each to one place using the dateline, a country
//! hint, the other places of the article, "City, Region" appositions, feature type and
//! population. Demonyms ("Ukrainian") resolve to their country, flagged as adjectival.
//!
//! ```
//! use dyad_geo::{Context, FeatureType, Gazetteer};
//!
//! let gaz = Gazetteer::embedded().expect("the embedded gazetteer parses");
//! let places = gaz.find_places("Protesters gathered in Kyiv and Brussels.", &Context::default());
//! assert_eq!(places.len(), 2);
//! assert_eq!(places[0].country.as_deref(), Some("UKR"));
//! assert_eq!(places[1].country.as_deref(), Some("BEL"));
//! assert_eq!(places[1].feature, FeatureType::City);
//! ```
//!
//! Data credit: GeoNames (<https://www.geonames.org/>), CC BY 4.0; see the crate README.
#![deny(missing_docs)]

mod data;
mod dateline;
mod error;
mod filters;
mod gazetteer;
mod place;
mod recognize;
mod resolve;
mod stoplist;
mod tokens;

pub use error::GeoError;
pub use gazetteer::{Entry, EntryId, Gazetteer, NameKind};
pub use place::{Context, FeatureType, Place};
