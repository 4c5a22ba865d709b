//! dyad's own dictionaries, embedded at build time from the repository's `dictionaries/`.

use dyad_dict::{DictError, Dictionaries, FileKind, LoadOptions};

include!(concat!(env!("OUT_DIR"), "/embedded_dicts.rs"));

/// The embedded dictionary files: (name, kind, text).
pub fn embedded_files() -> &'static [(&'static str, FileKind, &'static str)] {
    EMBEDDED
}

/// Loads and compiles the embedded dictionaries.
pub fn embedded_dictionaries(opts: &LoadOptions) -> Result<Dictionaries, DictError> {
    Dictionaries::from_strs(EMBEDDED, opts)
}
