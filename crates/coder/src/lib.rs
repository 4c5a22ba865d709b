//! dyad's event coder: a sentence in Universal Dependencies form plus PETRARCH-format
//! dictionaries gives CAMEO events ("who did what to whom"), with the semantics of
//! PETRARCH2 and UniversalPetrarch: verbs and their patterns, sources and targets from
//! the verb's arguments (passives, coordinated verbs, compounds), agents combined with
//! actors, actor codes dated by the sentence, negation, discards and reported speech.
//!
//! ```
//! use dyad_coder::CoderBuilder;
//! use dyad_dict::{Dictionaries, FileKind, LoadOptions};
//! let d = Dictionaries::from_strs(
//!     &[
//!         ("v.txt", FileKind::Verbs, "--- ATTACK [190] ---\nATTACK\n"),
//!         ("a.txt", FileKind::Actors, "ISRAEL [ISR]\nEGYPT [EGY]\n"),
//!     ],
//!     &LoadOptions::default(),
//! )?;
//! let coder = CoderBuilder::new().dictionaries(d).build()?;
//! let conllu = "1\tIsrael\tIsrael\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n\
//!               2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n\
//!               3\tEgypt\tEgypt\tPROPN\tNNP\t_\t2\tobj\t_\t_\n";
//! let s = &dyad_model::conllu::parse(conllu)?[0];
//! let events = coder.code(s, None);
//! assert_eq!(events.len(), 1);
//! assert_eq!(events[0].cameo, "190");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod accuse;
mod actors;
mod builder;
mod code;
mod compose;
mod directive;
mod discourse;
mod emit;
mod error;
mod evaluate;
mod explain;
mod home;
mod hyphens;
mod hypothetical;
mod linear;
mod modality;
mod negate;
mod own;
mod patterns;
mod places;
mod plans;
mod posture;
mod regions;
mod repair;
mod reported;
mod roles;
mod said;
mod slots;
mod speculation;
mod targetless;
mod targets;
mod titles;
mod tree;
pub mod validate;
mod verbs;
mod violence;
mod voice;

pub use builder::{Coder, CoderBuilder};
pub use code::Discarded;
pub use discourse::Discourse;
pub use error::CoderError;
pub use explain::Repaired;
pub use home::SentenceTree;
