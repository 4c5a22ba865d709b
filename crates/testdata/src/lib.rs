//! Where dyad's tests find `../shared`, the developers' validation data beside the
//! workspace (treebanks, validation suites, dictionaries, news corpora). The data is never
//! copied into the repository, so a test that needs it asks here first:
//!
//! * when the folder (or the file asked for) exists, its path is returned;
//! * when it is missing and the `CI` environment variable is set, the test fails loudly:
//!   a CI run must measure what it claims to measure;
//! * otherwise the reason is printed and `None` returned, and the test skips.
//!
//! ```
//! let Some(treebank) = dyad_testdata::shared_file("treebanks/UD_English-EWT") else {
//!     return; // skipped, with the reason printed
//! };
//! assert!(treebank.exists());
//! ```
#![deny(missing_docs)]

use std::path::PathBuf;

/// The `../shared` folder beside the workspace, if it is there.
///
/// # Panics
/// When it is missing and `CI` is set.
pub fn shared() -> Option<PathBuf> {
    shared_file("")
}

/// A file or folder inside `../shared` (`rel` relative to it), if it is there.
///
/// # Panics
/// When it is missing and `CI` is set.
pub fn shared_file(rel: &str) -> Option<PathBuf> {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    let path = if rel.is_empty() { root } else { root.join(rel) };
    if path.exists() {
        return Some(path);
    }
    if std::env::var_os("CI").is_some() {
        panic!("CI is set but {} is missing", path.display());
    }
    eprintln!("skipping: {} not found", path.display());
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_missing_file_is_none_outside_ci() {
        if std::env::var_os("CI").is_some() {
            return;
        }
        assert_eq!(super::shared_file("no/such/file.txt"), None);
    }
}
