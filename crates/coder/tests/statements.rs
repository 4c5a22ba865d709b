//! Session 4 rules of who did what to whom: passive participles after their noun,
//! acts reported as planned ("is to visit"), and the targets of statements. Small
//! dictionaries, hand-written parses, one case a row.

use dyad_coder::Coder;
use dyad_dict::FileKind;

mod common;
use common::{sent, show};

const VERBS: &str = "\
--- MEET [040] ---
MEET
--- VISIT [042] ---
VISIT
--- ARREST [173] ---
ARREST
--- CRITICIZE [111] ---
CRITICIZE
--- WITHDRAW [0874] ---
WITHDRAW
--- INVESTIGATE [090] ---
INVESTIGATE
--- THREATEN [130] ---
THREATEN
--- SEND [---] ---
SEND {SENDS SENT SENDING}
--- REDUCE [087] ---
REDUCE
--- PROMISE [030] ---
PROMISE
--- RELEASE [0841] ---
RELEASE
--- SAY [---] ---
SAY {SAYS SAID SAYING}
--- DEMONSTRATE [141] ---
DEMONSTRATE
--- HOLD [---] ---
HOLD {HOLDS HELD HOLDING}
- * + HOSTAGE [181]
- * HOSTAGE [181]
";
const ACTORS: &str = "ISRAEL [ISR]\n+ISRAELI\nEGYPT [EGY]\n+EGYPTIAN\nJORDAN [JOR]\nCAIRO [EGY]\n";
const AGENTS: &str =
    "TROOPS {} [~MIL]\nPROTESTERS {} [~OPP]\nPRESIDENT {} [~GOV]\nPOLICE {} [~COP]\nCOMPANY {} [~BUS]\nREFUGEES {} [~REF]\n";

fn coder() -> Coder {
    common::coder_from(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("a.txt", FileKind::Actors, ACTORS),
            ("g.txt", FileKind::Agents, AGENTS),
        ],
        &[9, 13],
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

#[test]
fn passive_participles() {
    check(&[
        (
            "the noun a participle modifies is acted on: no arrest by the protesters",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "met meet VERB VBD 0 root",
                "protesters protester NOUN NNS 2 obj",
                "arrested arrest VERB VBN 3 acl",
                "in in ADP IN 6 case",
                "Jordan Jordan PROPN NNP 4 obl",
            ],
            &["EGY ---OPP 040"],
        ),
        (
            "its agent is the by phrase",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "met meet VERB VBD 0 root",
                "protesters protester NOUN NNS 2 obj",
                "arrested arrest VERB VBN 3 acl",
                "by by ADP IN 7 case",
                "Israeli Israeli ADJ JJ 7 amod",
                "troops troops NOUN NNS 4 obl",
            ],
            &["EGY ---OPP 040", "ISRMIL ---OPP 173"],
        ),
        (
            "a main verb mistagged under the sentence's root noun keeps its subject",
            &[
                "Israeli Israeli ADJ JJ 2 amod",
                "troops troops NOUN NNS 0 root",
                "arrested arrest VERB VBN 2 acl",
                "protesters protester NOUN NNS 3 obj",
                "in in ADP IN 6 case",
                "Jordan Jordan PROPN NNP 3 obl",
            ],
            // The people arrested take the place's country (`violence.rs`, root 17).
            &["ISRMIL JOROPP 173"],
        ),
        (
            "and so does one in a sentence whose root is a noun",
            &[
                "Dozens dozen NOUN NNS 0 root",
                "of of ADP IN 3 case",
                "protesters protester NOUN NNS 1 nmod",
                "arrested arrest VERB VBN 3 acl",
                "in in ADP IN 6 case",
                "Jordan Jordan PROPN NNP 4 obl",
            ],
            &["---OPP JOR 173"],
        ),
        (
            "and so does one after a verb of saying that left out its \"that\"",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "Israeli Israeli ADJ JJ 4 amod",
                "troops troops NOUN NNS 2 obj",
                "arrested arrest VERB VBN 4 acl",
                "in in ADP IN 7 case",
                "Jordan Jordan PROPN NNP 5 obl",
            ],
            &["ISRMIL JOR 173"],
        ),
        (
            "held hostage with no object besides is a reduced passive",
            &[
                "Israeli Israeli ADJ JJ 2 amod",
                "journalists journalist NOUN NNS 3 nsubj",
                "held hold VERB VBN 0 root",
                "hostage hostage NOUN NN 3 obj",
                "by by ADP IN 6 case",
                "Egypt Egypt PROPN NNP 3 obl",
            ],
            &["EGY ISR 181"],
        ),
        (
            "held someone hostage is active",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "held hold VERB VBD 0 root",
                "Israeli Israeli ADJ JJ 4 amod",
                "journalists journalist NOUN NNS 2 obj",
                "hostage hostage NOUN NN 2 xcomp",
            ],
            &["EGY ISR 181"],
        ),
        (
            "a participle on the subject of a later verb is a reduced passive",
            &[
                "Protesters protester NOUN NNS 6 nsubj",
                "arrested arrest VERB VBN 1 acl",
                "by by ADP IN 5 case",
                "Israeli Israeli ADJ JJ 5 amod",
                "troops troops NOUN NNS 2 obl",
                "met meet VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 6 obj",
            ],
            &["---OPP EGY 040", "ISRMIL ---OPP 173"],
        ),
        (
            "but not when that verb is its coordinated twin",
            &[
                "Israeli Israeli ADJ JJ 2 amod",
                "troops troops NOUN NNS 7 nsubj",
                "arrested arrest VERB VBN 2 acl",
                "protesters protester NOUN NNS 3 obl",
                "and and CCONJ CC 7 cc",
                "then then ADV RB 7 advmod",
                "met meet VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 7 obj",
            ],
            &["ISRMIL ---OPP 173", "ISRMIL EGY 040"],
        ),
    ]);
}

#[test]
fn obligations_reported() {
    let said = |subj: &'static str, verb: &'static str, lemma: &'static str| {
        [
            "Egypt Egypt PROPN NNP 2 nsubj".to_string(),
            "said say VERB VBD 0 root".to_string(),
            "that that SCONJ IN 6 mark".to_string(),
            format!("{subj} {subj} PROPN NNP 6 nsubj"),
            "must must AUX MD 6 aux".to_string(),
            format!("{verb} {lemma} VERB VB 2 ccomp"),
            "troops troops NOUN NNS 6 obj".to_string(),
        ]
    };
    let cases: &[(&str, [String; 7], &[&str])] = &[
        (
            "an act the speaker says another must do is demanded, not done",
            said("Israel", "withdraw", "withdraw"),
            &["EGY ISR 106"],
        ),
        (
            "an act the dictionaries do not code: a statement about the clause's subject",
            said("Israel", "keep", "keep"),
            &["EGY ISR 010"],
        ),
        (
            "not about the speaker's own country",
            said("Egypt", "keep", "keep"),
            &[],
        ),
    ];
    let c = coder();
    for (name, rows, want) in cases {
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        assert_eq!(show(&c.code(&sent(&rows), None)), *want, "{name}");
    }
    // "must have" is a guess about the past, not an obligation: the act stays as it is.
    let guess = sent(&[
        "Egypt Egypt PROPN NNP 2 nsubj",
        "said say VERB VBD 0 root",
        "Israel Israel PROPN NNP 6 nsubj",
        "must must AUX MD 6 aux",
        "have have AUX VB 6 aux",
        "withdrawn withdraw VERB VBN 2 ccomp",
        "troops troops NOUN NNS 6 obj",
    ]);
    assert_eq!(show(&c.code(&guess, None)), ["ISRMIL - 0874"]);
}

#[test]
fn plans_and_investigations() {
    check(&[
        (
            "\"is to visit\" is a visit arranged, not made",
            &[
                "Egypt Egypt PROPN NNP 4 nsubj",
                "is be AUX VBZ 4 cop",
                "to to PART TO 4 mark",
                "visit visit VERB VB 0 root",
                "Israel Israel PROPN NNP 4 obj",
            ],
            &["EGY ISR 036"],
        ),
        (
            "an investigation by a state's police needs no target",
            &[
                "Egyptian Egyptian ADJ JJ 2 amod",
                "police police NOUN NN 3 nsubj",
                "investigated investigate VERB VBD 0 root",
                "the the DET DT 5 det",
                "blast blast NOUN NN 3 obj",
            ],
            &["EGYCOP - 090"],
        ),
        (
            "one by a company does",
            &[
                "An a DET DT 3 det",
                "Egyptian Egyptian ADJ JJ 3 amod",
                "company company NOUN NN 4 nsubj",
                "investigated investigate VERB VBD 0 root",
                "the the DET DT 6 det",
                "blast blast NOUN NN 4 obj",
            ],
            &[],
        ),
    ]);
}

#[test]
fn targets_past_role_words() {
    check(&[
        (
            "refugees of no country sent somewhere: the act is aimed at where they go",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "threatened threaten VERB VBD 0 root",
                "to to PART TO 4 mark",
                "send send VERB VB 2 xcomp",
                "refugees refugee NOUN NNS 4 obj",
                "to to ADP IN 7 case",
                "Israel Israel PROPN NNP 4 obl",
            ],
            &["EGY ISR 130"],
        ),
        (
            "the own forces' target is looked for past the forces' own phrase",
            &[
                "Israel Israel PROPN NNP 3 nsubj",
                "will will AUX MD 3 aux",
                "reduce reduce VERB VB 0 root",
                "its its PRON PRP$ 5 nmod:poss",
                "number number NOUN NN 3 obj",
                "of of ADP IN 7 case",
                "troops troops NOUN NNS 5 nmod",
                "in in ADP IN 9 case",
                "Jordan Jordan PROPN NNP 5 nmod",
            ],
            &["ISRMIL JOR 0356"],
        ),
    ]);
}

#[test]
fn promised_acts() {
    let rows = |verb: &'static str, lemma: &'static str, act: &'static str| {
        [
            "Egypt Egypt PROPN NNP 2 nsubj".to_string(),
            format!("{verb} {lemma} VERB VBD 0 root"),
            "to to PART TO 4 mark".to_string(),
            format!("{act} {act} VERB VB 2 xcomp"),
            "protesters protester NOUN NNS 4 obj".to_string(),
        ]
    };
    let cases: &[(&str, [String; 5], &[&str])] = &[
        (
            "a promise to do a cooperative act is the intention to do it",
            rows("promised", "promise", "release"),
            &["EGY ---OPP 0353"],
        ),
        (
            "a promise of a hostile act stays a promise",
            rows("promised", "promise", "arrest"),
            &["EGY ---OPP 030"],
        ),
        (
            "a threat takes the threat of its act",
            rows("threatened", "threaten", "arrest"),
            &["EGY ---OPP 137"],
        ),
    ];
    let c = coder();
    for (name, rows, want) in cases {
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        assert_eq!(show(&c.code(&sent(&rows), None)), *want, "{name}");
    }
}

#[test]
fn own_places() {
    check(&[
        (
            "a state acting on a place of its own codes with no target where its root may",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "threatened threaten VERB VBD 0 root",
                "Cairo Cairo PROPN NNP 2 obj",
            ],
            &["EGY - 130"],
        ),
        (
            "not from a pronoun standing for it",
            &[
                "It it PRON PRP 2 nsubj",
                "threatened threaten VERB VBD 0 root",
                "Cairo Cairo PROPN NNP 2 obj",
            ],
            &[],
        ),
        (
            "nor where the root needs a target",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "met meet VERB VBD 0 root",
                "Cairo Cairo PROPN NNP 2 obj",
            ],
            &[],
        ),
    ]);
}

/// "demonstrate" with a clause or an object means "show", not a protest.
#[test]
fn demonstrating_is_showing() {
    check(&[
        (
            "a protest against someone",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "demonstrated demonstrate VERB VBD 0 root",
                "against against ADP IN 4 case",
                "Israel Israel PROPN NNP 2 obl",
            ],
            &["EGY ISR 141"],
        ),
        (
            "showing that something is so",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "demonstrated demonstrate VERB VBD 0 root",
                "that that SCONJ IN 6 mark",
                "Israel Israel PROPN NNP 6 nsubj",
                "was be AUX VBD 6 cop",
                "wrong wrong ADJ JJ 2 ccomp",
            ],
            &[],
        ),
        (
            "showing a thing",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "demonstrated demonstrate VERB VBD 0 root",
                "its its PRON PRP$ 4 nmod:poss",
                "resolve resolve NOUN NN 2 obj",
                "to to ADP IN 6 case",
                "Israel Israel PROPN NNP 2 obl",
            ],
            &[],
        ),
    ]);
}
