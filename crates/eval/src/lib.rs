//! dyad's event development set and its scorer.
//!
//! The set (`eval/events/devset.jsonl`) holds news sentences with the events a person coded
//! by hand from the CAMEO codebook. Some are written by the project in the style of wire
//! copy; others are real sentences from `../shared/corpora/news`, referenced by document and
//! character offsets so their text never enters the repository ([`Corpora`] reads it).
//! [`score`] runs the pipeline on each sentence as a one-sentence article with its date and
//! compares what it codes with what was expected; [`Report`] holds the figures (sentences
//! with the right type, with the right type, source and target countries, false events per
//! right one, precision and recall per root) and renders them as a markdown table.
//!
//! ```no_run
//! use dyad_eval::{load_items, score, Corpora, Report, ScoreOptions};
//! let items = load_items("eval/events/devset.jsonl".as_ref()).unwrap();
//! let texts = Corpora::open("../shared/corpora/news".as_ref()).resolve(&items).unwrap();
//! let pipeline = dyad_pipeline::Pipeline::builder().build().unwrap();
//! let report = score(&pipeline, &items, &texts, &ScoreOptions::default());
//! println!("{}", Report::summary_table(&[("dyad", &report)]));
//! ```
#![deny(missing_docs)]

mod corpus;
mod error;
mod item;
mod matching;
mod report;
mod run;

pub use corpus::{Corpora, CorpusKind};
pub use error::EvalError;
pub use item::{load_items, parse_items, Expected, Item, Source};
pub use matching::{country_of, match_events, Coded, Matched};
pub use report::{Counts, Failures, Report, RootCounts};
pub use run::{code_sentence, score, ItemResult, ScoreOptions};
