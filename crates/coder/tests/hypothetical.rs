//! Questions, conditions and denials report no act: the coder codes none of their verbs, while
//! the same words as a statement, or a quoted question inside one, still code.

use dyad_coder::{Coder, CoderBuilder};
use dyad_dict::{Dictionaries, FileKind, LoadOptions};

mod common;
use common::sent;

fn coder() -> Coder {
    let files = [
        ("v.txt", FileKind::Verbs, "--- ATTACK [190] ---\nATTACK\n"),
        ("a.txt", FileKind::Actors, "ISRAEL [ISR]\nEGYPT [EGY]\n"),
    ];
    let d = Dictionaries::from_strs(&files, &LoadOptions { strict: true })
        .unwrap_or_else(|e| panic!("{e}"));
    CoderBuilder::new()
        .dictionaries(d)
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn questions_and_conditions_code_nothing() {
    let c = coder();
    type Case<'a> = (&'a str, &'a [&'a str], usize);
    let cases: &[Case] = &[
        (
            "a statement codes",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 2 obj",
                ". . PUNCT . 2 punct",
            ],
            1,
        ),
        (
            "a question does not",
            &[
                "Did do AUX VBD 3 aux",
                "Israel Israel PROPN NNP 3 nsubj",
                "attack attack VERB VB 0 root",
                "Egypt Egypt PROPN NNP 3 obj",
                "? ? PUNCT . 3 punct",
            ],
            0,
        ),
        (
            "nor one in quotes",
            &[
                "\" \" PUNCT `` 4 punct",
                "Did do AUX VBD 4 aux",
                "Israel Israel PROPN NNP 4 nsubj",
                "attack attack VERB VB 0 root",
                "Egypt Egypt PROPN NNP 4 obj",
                "? ? PUNCT . 4 punct",
                "\" \" PUNCT '' 4 punct",
            ],
            0,
        ),
        (
            "and so is one at its end",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 2 obj",
                ", , PUNCT , 2 punct",
                "\" \" PUNCT `` 6 punct",
                "why why ADV WRB 2 parataxis",
                "? ? PUNCT . 6 punct",
                "\" \" PUNCT '' 6 punct",
            ],
            1,
        ),
        (
            "a quoted question inside a statement is the statement's",
            &[
                "\" \" PUNCT `` 5 punct",
                "Why why ADV WRB 5 advmod",
                "? ? PUNCT . 5 punct",
                "\" \" PUNCT '' 5 punct",
                "Israel Israel PROPN NNP 6 nsubj",
                "attacked attack VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 6 obj",
                ". . PUNCT . 6 punct",
            ],
            1,
        ),
        (
            "an act in a condition is not done",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "protested protest VERB VBD 0 root",
                "if if SCONJ IN 5 mark",
                "Israel Israel PROPN NNP 5 nsubj",
                "attacked attack VERB VBD 2 advcl",
                "Egypt Egypt PROPN NNP 5 obj",
            ],
            0,
        ),
        (
            "nor one in a clause of time in the present tense",
            &[
                "Egypt Egypt PROPN NNP 3 nsubj",
                "will will AUX MD 3 aux",
                "wait wait VERB VB 0 root",
                "until until SCONJ IN 6 mark",
                "Israel Israel PROPN NNP 6 nsubj",
                "attacks attack VERB VBZ 3 advcl",
                "Egypt Egypt PROPN NNP 6 obj",
            ],
            0,
        ),
        (
            "but one in the past tense is done",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "waited wait VERB VBD 0 root",
                "until until SCONJ IN 5 mark",
                "Israel Israel PROPN NNP 5 nsubj",
                "attacked attack VERB VBD 2 advcl",
                "Egypt Egypt PROPN NNP 5 obj",
            ],
            1,
        ),
        (
            "nor the second of two conditions, nor an open question",
            &[
                "asked ask VERB VBD 0 root",
                "whether whether SCONJ IN 4 mark",
                "Israel Israel PROPN NNP 4 nsubj",
                "attacked attack VERB VBD 1 ccomp",
                "or or CCONJ CC 6 cc",
                "attacked attack VERB VBD 4 conj",
                "Egypt Egypt PROPN NNP 6 obj",
            ],
            0,
        ),
        (
            "nor an act denied",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "denied deny VERB VBD 0 root",
                "Israel Israel PROPN NNP 4 nsubj",
                "attacked attack VERB VBD 2 ccomp",
                "Egypt Egypt PROPN NNP 4 obj",
            ],
            0,
        ),
        (
            "but a denier's next act, hung on the denied clause, is done",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "denied deny VERB VBD 0 root",
                "Israel Israel PROPN NNP 4 nsubj",
                "attacked attack VERB VBD 2 ccomp",
                "and and CCONJ CC 6 cc",
                "attacked attack VERB VBD 4 conj",
                "Egypt Egypt PROPN NNP 6 obj",
            ],
            1,
        ),
        (
            "the main clause of a condition still codes",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 2 obj",
                "if if SCONJ IN 5 mark",
                "provoked provoke VERB VBN 2 advcl",
            ],
            1,
        ),
    ];
    for (name, rows, want) in cases {
        let got = c.code(&sent(rows), None);
        assert_eq!(got.len(), *want, "{name}: {got:?}");
    }
}
