//! Loads the real dictionaries in `../shared` (skipped with a reason when absent,
//! a failure when `CI` is set).

use dyad_dict::{Dictionaries, FileKind, LoadOptions};
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    dyad_testdata::shared()
}

#[test]
fn phoenix_set_loads() {
    let Some(s) = shared() else { return };
    let d = Dictionaries::load_dir(s.join("dictionaries/phoenix"), &LoadOptions::default());
    let d = match d {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    let st = d.stats();
    eprintln!("{st:?}");
    for w in d.warnings.iter().take(30) {
        eprintln!("warning: {w}");
    }
    assert!(st.patterns > 4_000, "{st:?}");
    assert!(st.actors > 10_000, "{st:?}");
    assert!(st.agents > 500, "{st:?}");
    assert!(st.discards > 50, "{st:?}");
    // Warnings are real defects of the files (bad dates such as 9008223-911221);
    // they stay a small fraction.
    assert!(st.warnings < 100, "{st:?}");
}

#[test]
fn validation_sets_load() {
    let Some(s) = shared() else { return };
    for (dir, verbs) in [
        ("validation/petrarch2", "PETR.Validate.verbs.txt"),
        (
            "validation/universal-petrarch",
            "PETR.Validate.verbs.2.0.txt",
        ),
    ] {
        let dir = s.join(dir);
        let mut files = vec![
            (dir.join(verbs), FileKind::Verbs),
            (dir.join("PETR.Validate.actors.txt"), FileKind::Actors),
            (dir.join("PETR.Validate.agents.txt"), FileKind::Agents),
            (dir.join("PETR.Validate.discards.txt"), FileKind::Discards),
        ];
        let pico = dir.join("PETR.Internal.Coding.Ontology.txt");
        if pico.exists() {
            files.push((pico, FileKind::Pico));
        }
        let d = match Dictionaries::load_files(&files, &LoadOptions::default()) {
            Ok(d) => d,
            Err(e) => panic!("{e}"),
        };
        eprintln!("{verbs}: {:?}", d.stats());
        for w in &d.warnings {
            eprintln!("warning: {w}");
        }
        assert!(d.stats().patterns > 300);
        assert!(d.stats().actors > 100);
    }
}
