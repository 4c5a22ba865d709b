//! Sentence and word F1 from raw text on the UD English treebanks in `../shared`, as the
//! CoNLL 2018 shared task scores them. The floors are the measured figures rounded down;
//! they may only rise. UDPipe 1 on EWT test here: sentences 86.0, tokens 99.2.

use dyad_text::{eval, Tokenizer};
use std::path::PathBuf;

fn treebank(rel: &str) -> Option<PathBuf> {
    dyad_testdata::shared_file(&format!("treebanks/{rel}"))
}

/// (treebank file, sentence F1 floor, word F1 floor)
const FLOORS: &[(&str, f64, f64)] = &[
    ("UD_English-EWT/en_ewt-ud-test.conllu", 86.7, 99.3),
    ("UD_English-EWT/en_ewt-ud-dev.conllu", 87.6, 99.2),
    ("UD_English-PUD/en_pud-ud-test.conllu", 99.7, 99.9),
];

#[test]
fn split_and_tokenize_f1_floors() {
    let tok = Tokenizer::new();
    for (rel, sent_floor, word_floor) in FLOORS {
        let Some(path) = treebank(rel) else { continue };
        let gold = match eval::read_gold(&path) {
            Ok(g) => g,
            Err(e) => panic!("{e}"),
        };
        let s = eval::score(&gold, &tok);
        println!(
            "{rel}: sentences F1 {:.2}, words F1 {:.2}",
            s.sentences.f1(),
            s.words.f1()
        );
        assert!(
            s.sentences.f1() >= *sent_floor,
            "{rel}: sentence F1 {:.2} < {sent_floor}",
            s.sentences.f1()
        );
        assert!(
            s.words.f1() >= *word_floor,
            "{rel}: word F1 {:.2} < {word_floor}",
            s.words.f1()
        );
    }
}
