//! Accuracy floors on UD English-EWT test and UD English-PUD, gold tokenization, for the
//! embedded model, the supertag model (`model/en-ewt-supertag.bin`) and the neural parsers
//! (`model/en-ewt-neural.bin` and the distilled `model/en-ewt-neural-small.bin`, see
//! docs/parser.md). Floors are measured figures rounded
//! down; they may only rise.

use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    dyad_testdata::shared()
}

/// The supertag model, shipped beside the embedded one (see the README).
const SUPERTAG_MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/en-ewt-supertag.bin");

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
        uas: 81.2,
        las: 76.9,
    },
];

const SUPERTAG_FLOORS: &[Floor] = &[
    Floor {
        file: "treebanks/UD_English-EWT/en_ewt-ud-test.conllu",
        upos: 95.5,
        xpos: 94.8,
        lemma: 96.2,
        uas: 85.1,
        las: 81.2,
    },
    Floor {
        file: "treebanks/UD_English-PUD/en_pud-ud-test.conllu",
        upos: 95.3,
        xpos: 94.5,
        lemma: 97.1,
        uas: 82.2,
        las: 78.0,
    },
];

/// The neural parser model (tagged by the embedded tagger).
const NEURAL_MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/en-ewt-neural.bin");

const NEURAL_FLOORS: &[Floor] = &[
    Floor {
        file: "treebanks/UD_English-EWT/en_ewt-ud-test.conllu",
        upos: 95.5,
        xpos: 94.8,
        lemma: 96.2,
        uas: 87.6,
        las: 84.6,
    },
    Floor {
        file: "treebanks/UD_English-PUD/en_pud-ud-test.conllu",
        upos: 95.3,
        xpos: 94.5,
        lemma: 97.1,
        uas: 84.2,
        las: 80.8,
    },
];

/// One test per treebank so the two (slow, ~5 s each) run in parallel.
#[test]
fn neural_model_floors_hold_on_ewt() {
    let analyzer = dyad_nlp::Analyzer::from_file(NEURAL_MODEL).expect("neural model loads");
    check(&analyzer, &NEURAL_FLOORS[..1]);
}

#[test]
fn neural_model_floors_hold_on_pud() {
    let analyzer = dyad_nlp::Analyzer::from_file(NEURAL_MODEL).expect("neural model loads");
    check(&analyzer, &NEURAL_FLOORS[1..]);
}

// The small distilled neural parser (1x64 BiLSTM, see docs/parser.md), embedded as the
// default parser since session 8 (`model/en-ewt-neural-small.bin`).

const SMALL_NEURAL_FLOORS: &[Floor] = &[
    Floor {
        file: "treebanks/UD_English-EWT/en_ewt-ud-test.conllu",
        upos: 95.5,
        xpos: 94.8,
        lemma: 96.2,
        uas: 86.6,
        las: 83.5,
    },
    Floor {
        file: "treebanks/UD_English-PUD/en_pud-ud-test.conllu",
        upos: 95.3,
        xpos: 94.5,
        lemma: 97.1,
        uas: 83.1,
        las: 79.7,
    },
];

#[test]
fn small_neural_model_floors_hold() {
    let analyzer = dyad_nlp::Analyzer::embedded_neural().expect("small neural model loads");
    check(&analyzer, SMALL_NEURAL_FLOORS);
}

#[test]
fn accuracy_floors_hold() {
    let analyzer = dyad_nlp::Analyzer::embedded_perceptron().expect("embedded model loads");
    check(&analyzer, FLOORS);
}

#[test]
fn supertag_model_floors_hold() {
    let analyzer = dyad_nlp::Analyzer::from_file(SUPERTAG_MODEL).expect("supertag model loads");
    check(&analyzer, SUPERTAG_FLOORS);
}

fn check(analyzer: &dyad_nlp::Analyzer, floors: &[Floor]) {
    let Some(dir) = shared() else { return };
    for f in floors {
        let gold = dyad_nlp::read_conllu(&dir.join(f.file)).expect("treebank reads");
        let s = dyad_nlp::evaluate(analyzer, &gold);
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
