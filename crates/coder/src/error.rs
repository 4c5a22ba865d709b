//! The crate's one error type.

/// What went wrong building a coder or reading validation records.
#[derive(Debug, thiserror::Error)]
pub enum CoderError {
    /// The builder was given no dictionaries.
    #[error("no dictionaries given to the coder")]
    NoDictionaries,
    /// A dictionary failed to load.
    #[error(transparent)]
    Dict(#[from] dyad_dict::DictError),
    /// A file could not be read.
    #[error("{file}: {message}")]
    Io {
        /// The file.
        file: String,
        /// What failed.
        message: String,
    },
    /// A validation file is not well-formed XML where it matters.
    #[error("{file}:{line}: {message}")]
    Xml {
        /// The file.
        file: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}
