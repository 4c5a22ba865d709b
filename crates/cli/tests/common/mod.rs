//! Helpers shared by the binary's integration tests (each test file is its own crate and
//! uses only some of them).
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// Runs the real `dyad` with `args` in `dir`, whatever its exit status.
pub fn dyad_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("running dyad: {e}"))
}

/// Runs `dyad` like [`dyad_in`] and fails the test unless it succeeds.
pub fn dyad_ok(dir: &Path, args: &[&str]) -> Output {
    let out = dyad_in(dir, args);
    assert!(
        out.status.success(),
        "dyad {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
