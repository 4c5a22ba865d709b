//! Runs the real `dyad validate` on UniversalPetrarch's UD unit-test records with their
//! given parses and checks the score floor (floors only rise).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Records `dyad validate` passed when this floor was last raised.
const FLOOR: usize = 234;

fn shared() -> Option<PathBuf> {
    let p = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")).to_path_buf();
    if p.is_dir() {
        return Some(p);
    }
    assert!(std::env::var_os("CI").is_none(), "CI is set but {} is missing", p.display());
    eprintln!("skipping: {} not found", p.display());
    None
}

#[test]
fn ud_unit_tests_floor() {
    let Some(s) = shared() else { return };
    let file = s.join("validation/universal-petrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml");
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["validate", "--parses", "given"])
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("running dyad: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap_or_default();
    let passed: usize = last
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no score line in output: {stdout}"));
    assert!(last.ends_with("failed"), "last line {last:?}");
    assert!(stdout.contains("4 skipped"), "{stdout}");
    assert!(passed >= FLOOR, "{passed} passed, below the floor {FLOOR}");
}

#[test]
fn validate_without_parses_says_why() {
    let Some(s) = shared() else { return };
    let file = s.join("validation/universal-petrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml");
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .arg("validate")
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("running dyad: {e}"));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--parses given"));
}
