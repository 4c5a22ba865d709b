//! `DYAD_PARSER_MODEL` picks the parser model every command loads: the shipped
//! supertag model parses, and a missing file is an error naming it.

use std::process::Command;

fn parse_with(model: &str, dir: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["parse", "a.txt"])
        .env("DYAD_PARSER_MODEL", model)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("running dyad: {e}"))
}

#[test]
fn the_parser_model_comes_from_the_environment() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.txt"), "Russia attacked Ukraine.\n").expect("write");
    let supertag = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../nlp/model/en-ewt-supertag.bin"
    );
    let out = parse_with(supertag, dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conllu = String::from_utf8_lossy(&out.stdout);
    assert!(conllu.contains("\tattack\tVERB\t"), "{conllu}");

    let out = parse_with("no-such-model.bin", dir.path());
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.matches("no-such-model.bin").count(), 1, "{err}");
}
