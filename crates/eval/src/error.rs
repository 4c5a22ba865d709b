//! The crate's error type: context (file, line, document) kept as data.

use std::path::PathBuf;

/// Reading the development set or a corpus failed.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// A line of the development set is malformed.
    #[error("{path}:{line}: {message}")]
    Item {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// A corpus item could not be resolved to its text.
    #[error("item {id}: {message}")]
    Corpus {
        /// The item's id.
        id: String,
        /// What is missing.
        message: String,
    },
}
