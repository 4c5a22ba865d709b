//! The store's error type.

use std::path::PathBuf;

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The database file could not be opened.
    #[error("cannot open database {path}: {source}")]
    Open {
        /// The file.
        path: PathBuf,
        /// SQLite's reason.
        source: rusqlite::Error,
    },
    /// The database was made by a newer dyad.
    #[error(
        "database schema version {found} is newer than this dyad knows ({known}); upgrade dyad"
    )]
    TooNew {
        /// Version in the file.
        found: i64,
        /// Newest version this build knows.
        known: i64,
    },
    /// A query or write failed.
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    /// A value could not be encoded.
    #[error("encoding: {0}")]
    Json(#[from] serde_json::Error),
    /// Writing an export failed.
    #[error("writing export: {0}")]
    Io(#[from] std::io::Error),
    /// A filter or argument is not valid.
    #[error("{0}")]
    Invalid(String),
}

/// The store's result type.
pub type Result<T> = std::result::Result<T, Error>;
