//! The UniversalPetrarch unit-test records with their given UD parses, coded with the
//! 2.0 validation verbs and the PICO file: the score may only rise.

use dyad_coder::validate::{given_parse, run, ValidationFile};
use dyad_coder::CoderBuilder;
use dyad_dict::{Dictionaries, FileKind, LoadOptions};
use std::path::PathBuf;

/// Records passed when this floor was set; raise it when the coder improves.
const FLOOR: usize = 251;

fn shared() -> Option<PathBuf> {
    dyad_testdata::shared()
}

#[test]
fn universal_petrarch_unit_tests() {
    let Some(s) = shared() else { return };
    let dir = s.join("validation/universal-petrarch");
    let files = [
        (dir.join("PETR.Validate.verbs.2.0.txt"), FileKind::Verbs),
        (dir.join("PETR.Validate.actors.txt"), FileKind::Actors),
        (dir.join("PETR.Validate.agents.txt"), FileKind::Agents),
        (dir.join("PETR.Validate.discards.txt"), FileKind::Discards),
        (
            dir.join("PETR.Internal.Coding.Ontology.txt"),
            FileKind::Pico,
        ),
    ];
    let d =
        Dictionaries::load_files(&files, &LoadOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    let coder = CoderBuilder::new()
        .dictionaries(d)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let vf = ValidationFile::read(&dir.join("PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let report = run(&vf, &coder, &given_parse);
    if std::env::var_os("DYAD_VERBOSE").is_some() {
        for o in report.outcomes.iter().filter(|o| !o.passed) {
            let e: Vec<String> = o.expected.iter().map(|t| t.to_string()).collect();
            let g: Vec<String> = o.got.iter().map(|t| t.to_string()).collect();
            eprintln!(
                "FAIL {}: expected [{}] got [{}]",
                o.id,
                e.join("; "),
                g.join("; ")
            );
        }
    }
    eprintln!(
        "{} passed, {} failed, {} skipped",
        report.passed, report.failed, report.skipped
    );
    // 284 records, 4 marked sentence="false".
    assert_eq!(report.passed + report.failed, 280);
    assert!(
        report.passed >= FLOOR,
        "{} passed, below the floor {FLOOR}",
        report.passed
    );
}
