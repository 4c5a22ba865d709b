//! dyad's data model, shared by every stage of the pipeline.
//!
//! An [`Article`] is split into [`Sentence`]s of [`Token`]s (each with byte offsets into the
//! article text and a Universal Dependencies analysis). The coder finds [`ActorMention`]s
//! and turns them into [`Event`]s, coded in CAMEO with their Goldstein weight, quad class
//! and PLOVER type from the [`cameo`] table.
//!
//! ```
//! use dyad_model::cameo;
//! let row = cameo::lookup("0233").unwrap();
//! assert_eq!(row.root(), "02");
//! assert_eq!(cameo::quad_class("190"), Some(dyad_model::QuadClass::MaterialConflict));
//! ```
#![deny(missing_docs)]

pub mod agency;
mod analysis;
mod article;
pub mod cameo;
pub mod conllu;
pub mod day;
mod event;
pub mod month;
mod span;
mod token;

pub use analysis::{Analysis, Place, Quote, SpeakerKind};
pub use article::{Article, Paragraph};
pub use event::{
    split_actor_code, ActorMention, DatePrecision, Event, EventDate, Explain, Plover, QuadClass,
};
pub use span::Span;
pub use token::{Sentence, Token, Upos};
