//! Session 5 rules of reported speech (`said.rs`): a political speaker's bare statement
//! (010 at the subject of what is said, only when nothing else codes) and accusation
//! frames under a verb of saying (112). Small dictionaries, hand-written parses, one
//! case a row.

use dyad_coder::Coder;
use dyad_dict::FileKind;

mod common;
use common::{sent, show};

const VERBS: &str = "\
--- MEET [040] ---
MEET
--- ARREST [173] ---
ARREST
--- SAY [---] ---
SAY {SAYS SAID SAYING}
";
const ACTORS: &str = "ISRAEL [ISR]\n+ISRAELI\nEGYPT [EGY]\n+EGYPTIAN\n";
const AGENTS: &str = "TROOPS {} [~MIL]\nPROTESTERS {} [~OPP]\nCOMPANY {} [~BUS]\n";

fn coder() -> Coder {
    common::coder_from(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("a.txt", FileKind::Actors, ACTORS),
            ("g.txt", FileKind::Agents, AGENTS),
        ],
        &[],
    )
}

/// A case: what it shows, the parse rows, the events wanted (sorted).
type Case<'a> = (&'a str, &'a [&'a str], &'a [&'a str]);

fn check(cases: &[Case]) {
    let c = coder();
    for (name, rows, want) in cases {
        let got = show(&c.code(&sent(rows), None));
        assert_eq!(got, *want, "{name}");
    }
}

/// "SPEAKER said SUBJECT would reopen the crossing", the speaker's phrase given as rows
/// (head 0 marks the phrase's head, hung on "said").
fn said_reopen(speaker: &[&str], subject: &[&str]) -> Vec<String> {
    let n = speaker.len();
    let said = n + 1;
    let reopen = said + subject.len() + 2;
    let mut rows = Vec::new();
    let fix = |r: &str, off: usize, head_of_phrase: usize, rel: &str| {
        let c: Vec<&str> = r.split_whitespace().collect();
        let h: usize = c[4].parse().unwrap_or(0);
        let (h, d) = if h == 0 {
            (head_of_phrase, rel.to_string())
        } else {
            (h + off, c[5].to_string())
        };
        format!("{} {} {} {} {h} {d}", c[0], c[1], c[2], c[3])
    };
    rows.extend(speaker.iter().map(|r| fix(r, 0, said, "nsubj")));
    rows.push("said say VERB VBD 0 root".to_string());
    rows.extend(subject.iter().map(|r| fix(r, said, reopen, "nsubj")));
    rows.push(format!("would would AUX MD {reopen} aux"));
    rows.push(format!("reopen reopen VERB VB {said} ccomp"));
    rows.push(format!("the the DET DT {} det", reopen + 2));
    rows.push(format!("crossing crossing NOUN NN {reopen} obj"));
    rows
}

#[test]
fn bare_statements() {
    let cases: Vec<(&str, Vec<String>, Vec<&str>)> = vec![
        (
            "a state's statement about another codes 010 at the clause's subject",
            said_reopen(
                &["Egypt Egypt PROPN NNP 0 nsubj"],
                &["Israel Israel PROPN NNP 0 nsubj"],
            ),
            vec!["EGY ISR 010"],
        ),
        (
            "about its own side it is no event",
            said_reopen(
                &["Egypt Egypt PROPN NNP 0 nsubj"],
                &[
                    "Egyptian Egyptian ADJ JJ 2 amod",
                    "troops troops NOUN NNS 0 nsubj",
                ],
            ),
            vec![],
        ),
        (
            "nor about no one named (no targetless 010)",
            said_reopen(
                &["Egypt Egypt PROPN NNP 0 nsubj"],
                &["officials official NOUN NNS 0 nsubj"],
            ),
            vec![],
        ),
        (
            "a place in the subject's phrase is not what is said about",
            said_reopen(
                &["Egypt Egypt PROPN NNP 0 nsubj"],
                &[
                    "the the DET DT 2 det",
                    "troops troops NOUN NNS 0 nsubj",
                    "in in ADP IN 4 case",
                    "Israel Israel PROPN NNP 2 nmod",
                ],
            ),
            vec![],
        ),
        (
            "but an actor the subject belongs to is",
            said_reopen(
                &["Egypt Egypt PROPN NNP 0 nsubj"],
                &[
                    "leaders leader NOUN NNS 0 nsubj",
                    "of of ADP IN 3 case",
                    "Israel Israel PROPN NNP 1 nmod",
                ],
            ),
            vec!["EGY ISR 010"],
        ),
        (
            "a company's statement is no political event",
            said_reopen(
                &["the the DET DT 2 det", "company company NOUN NN 0 nsubj"],
                &["Israel Israel PROPN NNP 0 nsubj"],
            ),
            vec![],
        ),
    ];
    let c = coder();
    for (name, rows, want) in cases {
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        assert_eq!(show(&c.code(&sent(&rows), None)), want, "{name}");
    }
}

#[test]
fn statements_give_way() {
    check(&[
        (
            "a fronted content clause, the speaker after: the same statement",
            &[
                "Israel Israel PROPN NNP 3 nsubj",
                "would would AUX MD 3 aux",
                "reopen reopen VERB VB 8 ccomp",
                "the the DET DT 5 det",
                "crossing crossing NOUN NN 3 obj",
                ", , PUNCT , 8 punct",
                "Egypt Egypt PROPN NNP 8 nsubj",
                "said say VERB VBD 0 root",
            ],
            &["EGY ISR 010"],
        ),
        (
            "an act coded in the clause is the event, not the statement",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "Israeli Israeli ADJ JJ 4 amod",
                "troops troops NOUN NNS 5 nsubj",
                "arrested arrest VERB VBD 2 ccomp",
                "Egyptian Egyptian ADJ JJ 7 amod",
                "protesters protester NOUN NNS 5 obj",
            ],
            &["ISRMIL EGYOPP 173"],
        ),
        (
            "a known act that codes nothing (no target) reports that act: no statement",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "Israel Israel PROPN NNP 4 nsubj",
                "met meet VERB VBD 2 ccomp",
            ],
            &[],
        ),
        (
            "a denied saying is no statement",
            &[
                "Egypt Egypt PROPN NNP 4 nsubj",
                "did do AUX VBD 4 aux",
                "not not PART RB 4 advmod",
                "say say VERB VB 0 root",
                "Israel Israel PROPN NNP 7 nsubj",
                "would would AUX MD 7 aux",
                "reopen reopen VERB VB 4 ccomp",
            ],
            &[],
        ),
    ]);
}

#[test]
fn accusation_frames() {
    check(&[
        (
            "the work of X: X accused",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "the the DET DT 4 det",
                "bombings bombing NOUN NNS 7 nsubj",
                "were be AUX VBD 7 cop",
                "the the DET DT 7 det",
                "work work NOUN NN 2 ccomp",
                "of of ADP IN 10 case",
                "Israeli Israeli ADJ JJ 10 amod",
                "troops troops NOUN NNS 7 nmod",
            ],
            &["EGY ISRMIL 112"],
        ),
        (
            "X was behind the attack",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "Israel Israel PROPN NNP 7 nsubj",
                "was be AUX VBD 7 cop",
                "behind behind ADP IN 7 case",
                "the the DET DT 7 det",
                "attack attack NOUN NN 2 ccomp",
            ],
            &["EGY ISR 112"],
        ),
        (
            "X is to blame, X misread as the object of the verb of saying",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "Israel Israel PROPN NNP 2 obj",
                "was be AUX VBD 6 cop",
                "to to PART TO 6 mark",
                "blame blame VERB VB 2 ccomp",
            ],
            &["EGY ISR 112"],
        ),
        (
            "a copula clause misread as an oblique of the verb of saying",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "the the DET DT 4 det",
                "blasts blast NOUN NNS 2 obj",
                "were be AUX VBD 7 cop",
                "the the DET DT 7 det",
                "work work NOUN NN 2 obl",
                "of of ADP IN 9 case",
                "Israel Israel PROPN NNP 7 nmod",
            ],
            &["EGY ISR 112"],
        ),
        (
            "harm brought about by an act whose phrase names the actor",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "neglect neglect NOUN NN 7 nsubj",
                "by by ADP IN 6 case",
                "Israeli Israeli ADJ JJ 6 amod",
                "troops troops NOUN NNS 3 nmod",
                "led lead VERB VBD 2 ccomp",
                "to to ADP IN 10 case",
                "the the DET DT 10 det",
                "massacre massacre NOUN NN 7 obl",
            ],
            &["EGY ISRMIL 112"],
        ),
        (
            "what was brought about is no harm: a plain statement",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "Israel Israel PROPN NNP 4 nsubj",
                "led lead VERB VBD 2 ccomp",
                "to to ADP IN 7 case",
                "the the DET DT 7 det",
                "talks talk NOUN NNS 4 obl",
            ],
            &["EGY ISR 010"],
        ),
        (
            "a predicate noun of condemnation: 111 at its subject",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "the the DET DT 5 det",
                "Israeli Israeli ADJ JJ 5 amod",
                "plan plan NOUN NN 8 nsubj",
                "was be AUX VBD 8 cop",
                "a a DET DT 8 det",
                "violation violation NOUN NN 2 ccomp",
                "of of ADP IN 11 case",
                "the the DET DT 11 det",
                "truce truce NOUN NN 8 nmod",
            ],
            &["EGY ISR 111"],
        ),
        (
            "a war crime: 112 at its subject",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "the the DET DT 5 det",
                "Israeli Israeli ADJ JJ 5 amod",
                "shelling shelling NOUN NN 9 nsubj",
                "was be AUX VBD 9 cop",
                "a a DET DT 9 det",
                "war war NOUN NN 9 compound",
                "crime crime NOUN NN 2 ccomp",
            ],
            &["EGY ISR 112"],
        ),
        (
            "amounted to genocide: 112 at its subject",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "the the DET DT 5 det",
                "Israeli Israeli ADJ JJ 5 amod",
                "shelling shelling NOUN NN 6 nsubj",
                "amounted amount VERB VBD 2 ccomp",
                "to to ADP IN 8 case",
                "genocide genocide NOUN NN 6 obl",
            ],
            &["EGY ISR 112"],
        ),
        (
            "a denied frame accuses no one: a plain statement",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "Israel Israel PROPN NNP 8 nsubj",
                "was be AUX VBD 8 cop",
                "not not PART RB 8 advmod",
                "behind behind ADP IN 8 case",
                "the the DET DT 8 det",
                "attack attack NOUN NN 2 ccomp",
            ],
            &["EGY ISR 010"],
        ),
        (
            "work without a copula is no frame (\"said the work of Israel\")",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "praised praise VERB VBD 0 root",
                "the the DET DT 4 det",
                "work work NOUN NN 2 obj",
                "of of ADP IN 6 case",
                "Israel Israel PROPN NNP 4 nmod",
            ],
            &[],
        ),
    ]);
}
