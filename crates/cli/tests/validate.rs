//! Runs the real `dyad validate` on UniversalPetrarch's UD unit-test records with their
//! given parses and checks the score floor (floors only rise).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Records `dyad validate` passed when this floor was last raised.
const FLOOR: usize = 251;

fn shared() -> Option<PathBuf> {
    dyad_testdata::shared()
}

#[test]
fn ud_unit_tests_floor() {
    let Some(s) = shared() else { return };
    let file =
        s.join("validation/universal-petrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml");
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

/// A file named from its own folder finds its dictionaries and ontology there, as a path
/// from elsewhere does (the ontology was once skipped: `read_dir("")` fails).
#[test]
fn bare_file_name_loads_the_same_dictionaries() {
    let Some(s) = shared() else { return };
    let dir = s.join("validation/universal-petrarch");
    let name = "PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml";
    let run = |here: &Path, file: &Path| {
        let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
            .current_dir(here)
            .args(["validate", "--parses", "given"])
            .arg(file)
            .output()
            .unwrap_or_else(|e| panic!("running dyad: {e}"));
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .last()
            .unwrap_or_default()
            .to_string()
    };
    let from_elsewhere = run(&s, &dir.join(name));
    assert!(from_elsewhere.ends_with("failed"), "{from_elsewhere:?}");
    assert_eq!(run(&dir, Path::new(name)), from_elsewhere);
}

/// Records passed from raw text (dyad's own tokenizer and the perceptron parser,
/// `DYAD_PARSER_MODEL=perceptron`, the default until session 8) when these floors were
/// last raised: UniversalPetrarch's UD unit tests, and PETRARCH2's own suite.
const RAW_FLOOR_UD: usize = 250;
const RAW_FLOOR_PETRARCH2: usize = 207;

/// The same with the small neural parser (`crates/nlp/model/en-ewt-neural-small.bin`),
/// the default since session 8: issue 3 allows losing at most 10 UD records against the given parses (251). Session 8's
/// tag and parse repairs for it (`dyad-nlp` `pasts.rs`, `reroot/cases.rs`): 244 -> 247
/// and 203 -> 206. Session 10's name, root, adjective, infinitive and correlative
/// repairs (`reroot/names.rs`, `roots.rs`, `heads.rs`): 247 -> 253 and 206 -> 207.
const RAW_FLOOR_UD_NEURAL: usize = 253;
const RAW_FLOOR_PETRARCH2_NEURAL: usize = 207;

/// Runs `dyad validate FILE` (raw text) and returns the number of records passed, with
/// `DYAD_PARSER_MODEL` set to `model` when given (else the default parser).
fn raw_text_passed_with(file: &Path, model: Option<&str>) -> usize {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dyad"));
    cmd.arg("validate")
        .arg(file)
        .env_remove("DYAD_PARSER_MODEL");
    if let Some(m) = model {
        cmd.env("DYAD_PARSER_MODEL", m);
    }
    let out = cmd.output().unwrap_or_else(|e| panic!("running dyad: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap_or_default();
    assert!(
        last.ends_with("failed"),
        "last line {last:?}; stderr {}",
        String::from_utf8_lossy(&out.stderr)
    );
    last.split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no score line in output: {stdout}"))
}

#[test]
fn raw_text_floors_with_the_perceptron_parser() {
    let Some(s) = shared() else { return };
    let cases = [
        (
            "validation/universal-petrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml",
            RAW_FLOOR_UD,
        ),
        (
            "validation/petrarch2/PETR.UnitTest.records.xml",
            RAW_FLOOR_PETRARCH2,
        ),
    ];
    for (file, floor) in cases {
        let passed = raw_text_passed_with(&s.join(file), Some("perceptron"));
        assert!(
            passed >= floor,
            "{file}: {passed} passed from raw text with the perceptron parser, below the floor {floor}"
        );
    }
}

#[test]
fn raw_text_floors_with_the_default_neural_parser() {
    let Some(s) = shared() else { return };
    let cases = [
        (
            "validation/universal-petrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml",
            RAW_FLOOR_UD_NEURAL,
        ),
        (
            "validation/petrarch2/PETR.UnitTest.records.xml",
            RAW_FLOOR_PETRARCH2_NEURAL,
        ),
    ];
    for (file, floor) in cases {
        let passed = raw_text_passed_with(&s.join(file), None);
        assert!(
            passed >= floor,
            "{file}: {passed} passed from raw text with the neural parser, below the floor {floor}"
        );
    }
}

#[test]
fn code_jsonl_with_given_parses() {
    let Some(s) = shared() else { return };
    let conllu = "1\tRussian\tRussian\tADJ\tJJ\t_\t2\tamod\t_\t_\n\
                  2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n\
                  3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n\
                  4\tUkraine\tUkraine\tPROPN\tNNP\t_\t3\tobj\t_\t_\n";
    let good = serde_json::json!({"id": "a1", "text": "Russian troops attacked Ukraine", "date": "2014-03-14", "conllu": conllu});
    let input = format!("{good}\n{{\"id\": \"bad\"}}\n");
    let path = std::env::temp_dir().join(format!("dyad-code-test-{}.jsonl", std::process::id()));
    std::fs::write(&path, input).unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args([
            "code",
            "--parses",
            "given",
            "--format",
            "jsonl",
            "--dict-dir",
        ])
        .arg(s.join("dictionaries/phoenix"))
        .arg(&path)
        .output()
        .unwrap_or_else(|e| panic!("running dyad: {e}"));
    let _ = std::fs::remove_file(&path);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    assert_eq!(lines[0]["source"]["code"], "RUSMIL");
    assert_eq!(lines[0]["target"]["code"], "UKR");
    assert_eq!(lines[0]["cameo"], "190");
    assert_eq!(lines[0]["doc_id"], "a1");
    // The bad record is reported with its line, the batch goes on, the exit status says so.
    assert!(String::from_utf8_lossy(&out.stderr).contains(":2:"));
    assert_eq!(out.status.code(), Some(1));
}
