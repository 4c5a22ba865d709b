//! One module per subcommand, each with its `Args` and `run`.

pub mod alerts;
pub mod analyze;
pub mod bench;
pub mod code;
pub mod codes;
pub mod dict;
pub mod ingest;
pub mod input;
pub mod query;
pub mod read;
pub mod serve;
pub mod validate;
pub mod watch;
pub mod webhook;
