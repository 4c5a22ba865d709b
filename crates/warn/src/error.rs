//! The early-warning error type.

use std::path::PathBuf;

/// What went wrong.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A rules file could not be read.
    #[error("cannot read rules {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A rules file is not valid TOML or has wrong fields.
    #[error("rules {origin}: {message}")]
    Rules {
        /// The file (or "built-in").
        origin: String,
        /// What is wrong, with its line when TOML gives one.
        message: String,
    },
    /// Reading the store failed.
    #[error(transparent)]
    Store(#[from] dyad_store::Error),
}

/// The early-warning result type.
pub type Result<T> = std::result::Result<T, Error>;
