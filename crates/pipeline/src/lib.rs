//! dyad's pipeline: one article through every stage, to everything dyad knows of it.
//!
//! text (sentences, tokens) → nlp (tags, lemmas, dependencies) → coder (events, from the
//! dictionaries) → facts (dates, quotes) and geo (places) → an [`Analysis`].
//! Every model and dictionary is loaded once by [`PipelineBuilder::build`] and reused.
//!
//! ```no_run
//! use dyad_pipeline::Pipeline;
//! let pipeline = Pipeline::builder().build().unwrap();
//! let article = dyad_model::Article { id: "x".into(), text: "Russia attacked Ukraine.".into(), ..Default::default() };
//! let analysis = pipeline.analyze(&article);
//! println!("{} events", analysis.events.len());
//! ```
#![deny(missing_docs)]

mod dicts;
mod error;
mod pipeline;
mod places;
mod when_where;

pub use dicts::{embedded_dictionaries, embedded_files};
pub use error::PipelineError;
pub use pipeline::{Pipeline, PipelineBuilder};
