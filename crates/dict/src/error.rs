//! The crate's one error type: what is wrong, in which file, on which line.

use std::fmt;

/// What is wrong with a dictionary entry or file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    /// The file could not be read.
    #[error("cannot read: {0}")]
    Io(String),
    /// A `[...]` code block is empty or holds characters a code cannot have.
    #[error("bad code block {0:?}")]
    BadCode(String),
    /// A date restriction is not `<DATE`, `>DATE` or `DATE-DATE` with 6- or 8-digit dates.
    #[error("bad date restriction {0:?}")]
    BadDate(String),
    /// `(`/`)` or `{`/`}` do not pair up.
    #[error("unbalanced {0:?} in {1:?}")]
    Unbalanced(char, String),
    /// A pattern line comes before any `--- FAMILY ---` header.
    #[error("pattern outside a verb family: {0:?}")]
    OrphanPattern(String),
    /// A pattern has no `*` marking the verb.
    #[error("pattern has no verb marker '*': {0:?}")]
    NoVerbMarker(String),
    /// A pattern has no `[code]`.
    #[error("pattern has no [code]: {0:?}")]
    NoCode(String),
    /// A `+synonym` line comes before any actor or synset it could belong to.
    #[error("synonym without an entry to belong to: {0:?}")]
    OrphanSynonym(String),
    /// An actor entry has no code at all.
    #[error("actor {0:?} has no code")]
    NoActorCode(String),
    /// A pattern names a synset `&NAME` that is not defined.
    #[error("unknown synset &{0}")]
    UnknownSynset(String),
    /// An agent entry's code is not `~CODE` or `CODE~`.
    #[error("agent code must be [~CODE] or [CODE~]: {0:?}")]
    BadAgentCode(String),
    /// A `!NAME!` substitution is used but not defined.
    #[error("unknown substitution set !{0}!")]
    UnknownSubstitution(String),
    /// A line that fits no form of its file kind.
    #[error("cannot read line: {0:?}")]
    BadLine(String),
}

/// A dictionary error with where it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictError {
    /// The file, as it was named to the loader.
    pub file: String,
    /// 1-based line number; 0 when the error is about the whole file.
    pub line: usize,
    /// What is wrong.
    pub kind: ErrorKind,
}

impl fmt::Display for DictError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.kind)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.kind)
        }
    }
}

impl std::error::Error for DictError {}

/// Collects errors while a file is read: in strict mode the first one stops loading.
pub(crate) struct Sink<'a> {
    pub(crate) file: &'a str,
    pub(crate) strict: bool,
    pub(crate) warnings: &'a mut Vec<DictError>,
}

impl Sink<'_> {
    /// Records an error at `line`; `Err` when loading must stop.
    pub(crate) fn report(&mut self, line: usize, kind: ErrorKind) -> Result<(), DictError> {
        let e = DictError {
            file: self.file.to_string(),
            line,
            kind,
        };
        if self.strict {
            return Err(e);
        }
        self.warnings.push(e);
        Ok(())
    }
}
