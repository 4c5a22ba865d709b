//! The crate's error type.

use std::path::PathBuf;

/// What went wrong while loading a model or reading training data.
#[derive(Debug, thiserror::Error)]
pub enum NlpError {
    /// The model bytes do not start with dyad's magic number.
    #[error("not a dyad NLP model (bad magic number); was the model file truncated or replaced?")]
    BadMagic,
    /// The model was written by another version of the format.
    #[error(
        "model format version {found}, this build reads version {expected}; retrain the model"
    )]
    Version {
        /// Version in the file.
        found: u32,
        /// Version this build reads.
        expected: u32,
    },
    /// The model ended early or holds an impossible value.
    #[error("corrupt model at byte {offset}: {what}")]
    Corrupt {
        /// Byte offset into the model where reading failed.
        offset: usize,
        /// What was wrong.
        what: &'static str,
    },
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A training or evaluation treebank is not valid CoNLL-U.
    #[error("{path}: {source}")]
    Conllu {
        /// The file.
        path: PathBuf,
        /// The error, with its line.
        source: dyad_model::conllu::ConlluError,
    },
    /// A treebank's lexicon is not the one a model was trained with.
    #[error("{path}: not the treebank the model was trained on (its lexicon differs)")]
    OtherTreebank {
        /// The treebank's train split.
        path: PathBuf,
    },
    /// Training was asked to learn from no sentences.
    #[error("no training sentences in {path}")]
    NoData {
        /// The file or folder read.
        path: PathBuf,
    },
}

/// Reads a model file whole, naming it in the error.
pub(crate) fn read_model_file(path: &std::path::Path) -> Result<Vec<u8>, NlpError> {
    std::fs::read(path).map_err(|source| NlpError::Io {
        path: path.to_path_buf(),
        source,
    })
}
