//! The PETRARCH/TABARI dictionary language, read and compiled once into matchers.
//!
//! A [`Dictionaries`] holds a verb dictionary (families, synsets, verb forms and
//! patterns), actors with date-restricted codes, agents, discards and the optional PICO
//! ontology. Phrases are compiled into token tries keyed on lowercased words
//! ([`PhraseTrie`]), matched leftmost-longest on token boundaries by the coder.
//!
//! ```
//! use dyad_dict::{Dictionaries, FileKind, LoadOptions};
//! let verbs = "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n- * (WITH) [040]\n";
//! let actors = "GONDOR [GON]\n+MINAS_TIRITH\n";
//! let d = Dictionaries::from_strs(
//!     &[("verbs.txt", FileKind::Verbs, verbs), ("actors.txt", FileKind::Actors, actors)],
//!     &LoadOptions::default(),
//! )
//! .unwrap();
//! assert_eq!(d.stats().verbs, 4); // MEET and its three forms
//! assert_eq!(d.stats().actor_names, 2);
//! ```
#![deny(missing_docs)]

mod actors;
mod agents;
mod code;
mod discards;
mod error;
mod lint;
mod lint_verbs;
mod load;
mod origin;
mod pattern;
mod pico;
mod text;
mod trie;
mod verbs;

pub use actors::{Actor, ActorDict, ActorId};
pub use agents::{Agent, AgentDict, AgentId};
pub use code::{parse_date, ActorCode, DateRange, EventCode};
pub use discards::{Discard, DiscardDict};
pub use error::{DictError, ErrorKind};
pub use lint::{Check, Finding, Lint, LintBuilder, Severity};
pub use load::{Dictionaries, FileKind, LoadOptions, Stats};
pub use origin::{FileId, Origin};
pub use pattern::{Elem, Pattern, PatternId};
pub use pico::Pico;
pub use trie::{Interner, PhraseTrie, Sym};
pub use verbs::{Family, FamilyId, Verb, VerbDict, VerbId};
