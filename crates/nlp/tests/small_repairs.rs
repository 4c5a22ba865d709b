//! Session 10's repairs of the small neural parser (`reroot/heads.rs`), on sentences
//! written for this test that the parser misreads: "to" before a verb read as a
//! preposition, and "neither" hung on the verb instead of on the coordination it opens.

mod common;
use common::analyze;

fn small() -> dyad_nlp::Analyzer {
    let model = concat!(env!("CARGO_MANIFEST_DIR"), "/model/en-ewt-neural-small.bin");
    dyad_nlp::Analyzer::from_file(model).expect("small neural model loads")
}

#[test]
fn to_before_a_verb_marks_an_infinitive() {
    let a = small();
    let s = analyze(
        &a,
        "Harad is edging nearer to accord with Rohan almost three years after mobs burned its consulate , a senior diplomat said on Monday .",
    );
    let to = &s.tokens[4];
    let accord = &s.tokens[5];
    assert_eq!((to.form.as_str(), to.deprel.as_str()), ("to", "mark"));
    assert_eq!(accord.deprel, "advcl", "{:?}", s.tokens);
}

#[test]
fn neither_opens_its_coordination() {
    let a = small();
    let s = analyze(
        &a,
        "Neither Rohan nor Harad attended the summit hosted by Gondor on Monday .",
    );
    let neither = &s.tokens[0];
    assert_eq!((neither.head, neither.deprel.as_str()), (2, "cc:preconj"));
}
