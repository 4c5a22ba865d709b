//! The one error type of this crate.

use thiserror::Error;

/// What went wrong while reading gazetteer data.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum GeoError {
    /// The compressed data could not be inflated.
    #[error("gazetteer data {source_name}: cannot decompress: {message}")]
    Decompress {
        /// Which data (e.g. "embedded").
        source_name: String,
        /// The decompressor's message.
        message: String,
    },
    /// The data is not UTF-8.
    #[error("gazetteer data {source_name}: not UTF-8")]
    Utf8 {
        /// Which data.
        source_name: String,
    },
    /// A line of the TSV is malformed.
    #[error("gazetteer data {source_name}, line {line}: {message}")]
    Line {
        /// Which data.
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}
