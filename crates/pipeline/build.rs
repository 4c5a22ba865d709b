//! Embeds dyad's own dictionaries (the repository's `dictionaries/` folder) in the binary:
//! writes `$OUT_DIR/embedded_dicts.rs`, a list of (name, kind, text) with `include_str!`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default())
        .join("../../dictionaries");
    let mut files: Vec<(String, &str, PathBuf)> = Vec::new();
    for (sub, kind) in [
        ("verbs", "Verbs"),
        ("actors", "Actors"),
        ("agents", "Agents"),
        ("discards", "Discards"),
    ] {
        let dir = root.join(sub);
        println!("cargo:rerun-if-changed={}", dir.display());
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) == Some("txt") {
                println!("cargo:rerun-if-changed={}", path.display());
                files.push((format!("{sub}/{}", name(&path)), kind, path));
            }
        }
    }
    files.sort();
    let mut out = String::from("/// dyad's own dictionaries: (name, kind, text).\npub(crate) const EMBEDDED: &[(&str, FileKind, &str)] = &[\n");
    for (name, kind, path) in &files {
        let abs = path.canonicalize().unwrap_or_else(|_| path.clone());
        let _ = writeln!(
            out,
            "    ({name:?}, FileKind::{kind}, include_str!({:?})),",
            abs.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("embedded_dicts.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}

fn name(p: &Path) -> String {
    p.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_string()
}
