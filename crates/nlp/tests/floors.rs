//! Accuracy floors on UD English-EWT test and UD English-PUD, gold tokenization.
//! Floors are measured figures rounded down; they may only rise.

use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    dyad_testdata::shared()
}

struct Floor {
    file: &'static str,
    upos: f64,
    xpos: f64,
    lemma: f64,
    uas: f64,
    las: f64,
}

const FLOORS: &[Floor] = &[
    Floor {
        file: "treebanks/UD_English-EWT/en_ewt-ud-test.conllu",
        upos: 95.5,
        xpos: 94.8,
        lemma: 96.2,
        uas: 84.4,
        las: 80.4,
    },
    Floor {
        file: "treebanks/UD_English-PUD/en_pud-ud-test.conllu",
        upos: 95.3,
        xpos: 94.5,
        lemma: 97.1,
        uas: 81.1,
        las: 76.8,
    },
];

#[test]
fn accuracy_floors_hold() {
    let Some(dir) = shared() else { return };
    let analyzer = dyad_nlp::Analyzer::embedded().expect("embedded model loads");
    for f in FLOORS {
        let gold = dyad_nlp::read_conllu(&dir.join(f.file)).expect("treebank reads");
        let s = dyad_nlp::evaluate(&analyzer, &gold);
        eprintln!("{}: {s}", f.file);
        let checks = [
            ("UPOS", s.upos, f.upos),
            ("XPOS", s.xpos, f.xpos),
            ("lemma", s.lemma, f.lemma),
            ("UAS", s.uas, f.uas),
            ("LAS", s.las, f.las),
        ];
        for (what, got, floor) in checks {
            assert!(
                100.0 * got >= floor,
                "{}: {what} {:.2} below floor {floor}",
                f.file,
                100.0 * got
            );
        }
    }
}
