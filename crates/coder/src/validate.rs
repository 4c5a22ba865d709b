//! PETRARCH-format validation records: reading them and scoring a coder on them.
//!
//! A file holds an `<Environment>` naming its dictionaries, then `<Sentence>` records,
//! each with expected `<EventCoding>`s, a `<Text>` and a CoNLL-U `<Parse>`. `<Config>`
//! elements between records change options (`require_dyad`) for the records after them.

mod records;
mod score;

pub use records::{Environment, Expected, Record, Triple, ValidationFile};
pub use score::{given_parse, run, Outcome, Report};
