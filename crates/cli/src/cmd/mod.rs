//! One module per subcommand, each with its `Args` and `run`.

pub mod codes;
pub mod query;
pub mod serve;
pub mod alerts;
pub mod analyze;
pub mod ingest;
pub mod input;
pub mod webhook;
pub mod code;
pub mod dict;
pub mod validate;
pub mod read;
