//! Where an entry came from: file and line, for `--explain` and error messages.

/// Index of a loaded file in [`crate::Dictionaries::files`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct FileId(pub u16);

/// A file and 1-based line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Origin {
    /// The file.
    pub file: FileId,
    /// 1-based line number.
    pub line: u32,
}
