//! The crate's error type.

use std::path::PathBuf;

/// What can go wrong reading evaluation data (tokenizing itself never fails).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A CoNLL-U line is malformed.
    #[error("{}:{line}: {message}", path.display())]
    Conllu {
        /// The file (empty when parsing a string).
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: &'static str,
    },
}
