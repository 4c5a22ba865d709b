//! The one error type of this crate.

use thiserror::Error;

/// What went wrong while reading gazetteer data.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum GeoError {
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
