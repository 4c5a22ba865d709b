//! The one error type of the readers: what went wrong, and where (file, line, record).

use std::fmt;

/// What kind of failure a [`ReadError`] reports.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file or directory could not be opened or read.
    Io(String),
    /// The input looks like binary data (NUL bytes or mostly control bytes), not text.
    Binary,
    /// The input is not valid UTF-8 (and is not HTML, whose charset is decoded).
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The input, a decompressed stream, a line or a record is larger than the hard limit.
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// A gzip stream is truncated or corrupt.
    Gzip(String),
    /// A JSON line could not be parsed.
    Json(String),
    /// A CSV record could not be parsed.
    Csv(String),
    /// An RSS/Atom document is malformed.
    Xml(String),
    /// A WARC record is malformed or truncated.
    Warc(String),
    /// The item parsed but holds no article text (e.g. an empty record or a page without text).
    NoText,
}

/// A failure to read one item; the batch goes on with the next one.
///
/// The context is kept as data: the input's name (a path, or `-` for standard input) and,
/// when known, the 1-based line and the 1-based record (item) number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ReadError {
    /// What went wrong.
    pub kind: ErrorKind,
    /// The input's name: a path, or `-` for standard input.
    pub name: String,
    /// 1-based line of the input where the problem is, when known.
    pub line: Option<usize>,
    /// 1-based item number (record, feed item, WARC record), when known.
    pub record: Option<usize>,
}

impl ReadError {
    /// An error of `kind` in the input called `name`.
    pub fn new(kind: ErrorKind, name: &str) -> ReadError {
        ReadError {
            kind,
            name: name.to_string(),
            line: None,
            record: None,
        }
    }

    /// The same error, at 1-based `line`.
    pub fn at_line(mut self, line: usize) -> ReadError {
        self.line = Some(line);
        self
    }

    /// The same error, for 1-based item `record`.
    pub fn at_record(mut self, record: usize) -> ReadError {
        self.record = Some(record);
        self
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(record) = self.record {
            write!(f, " (record {record})")?;
        }
        write!(f, ": ")?;
        match &self.kind {
            ErrorKind::Io(msg) => write!(f, "cannot read: {msg}"),
            ErrorKind::Binary => write!(f, "binary data, not text"),
            ErrorKind::InvalidUtf8 { offset } => {
                write!(f, "invalid UTF-8 at byte {offset}")
            }
            ErrorKind::TooLarge { limit } => write!(f, "larger than the limit of {limit} bytes"),
            ErrorKind::Gzip(msg) => write!(f, "bad gzip stream: {msg}"),
            ErrorKind::Json(msg) => write!(f, "bad JSON: {msg}"),
            ErrorKind::Csv(msg) => write!(f, "bad CSV: {msg}"),
            ErrorKind::Xml(msg) => write!(f, "bad XML: {msg}"),
            ErrorKind::Warc(msg) => write!(f, "bad WARC: {msg}"),
            ErrorKind::NoText => write!(f, "no article text"),
        }
    }
}
