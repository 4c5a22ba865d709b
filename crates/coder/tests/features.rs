//! The coder, one case per feature, on small dictionaries and hand-written parses.

use dyad_coder::{Coder, CoderBuilder};
use dyad_dict::{Dictionaries, FileKind, LoadOptions};
use dyad_model::Sentence;

mod common;
use common::sent;

const VERBS: &str = "\
--- ATTACK [190] ---
ATTACK
- % * [190]
--- MEET [040:040] ---
MEET {MEETS MET MEETING}
--- AGREE [030] ---
AGREE
- % * [050]
--- CRITICIZE [111] ---
CRITICIZE
--- SAY [010] ---
SAY {SAYS SAID SAYING}
--- RESTORE [080] ---
RESTORE
- * {DIPLOMATIC TIES} [050]
- * (WITH +) [051]
";
const ACTORS: &str = "\
ISRAEL [ISR]
+ISRAELI
EGYPT [EGY]
+EGYPTIAN
JORDAN [JOR]
USSR [SUN]
\t[USR <19911226]
";
const AGENTS: &str = "PRESIDENT [~GOV]\nTROOPS {} [~MIL]\nMSF {} [NGO~]\n";
const DISCARDS: &str = "BASEBALL\n";
const PICO: &str = "190:0x00A0\n057:0x0087\n111:0x7001\n";

fn coder(require_source: bool) -> Coder {
    let d = Dictionaries::from_strs(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("a.txt", FileKind::Actors, ACTORS),
            ("g.txt", FileKind::Agents, AGENTS),
            ("d.txt", FileKind::Discards, DISCARDS),
            ("p.txt", FileKind::Pico, PICO),
        ],
        &LoadOptions { strict: true },
    )
    .unwrap_or_else(|e| panic!("{e}"));
    CoderBuilder::new()
        .dictionaries(d)
        .require_source(require_source)
        .explain(true)
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

fn coded(c: &Coder, s: &Sentence, date: Option<&str>) -> Vec<String> {
    let date = date.and_then(dyad_dict::parse_date);
    let mut v: Vec<String> = c
        .code(s, date)
        .iter()
        .map(|e| {
            let code = |a: &Option<dyad_model::ActorMention>| {
                a.as_ref().map_or("-".to_string(), |a| a.code.clone())
            };
            format!(
                "{} {} {}{}",
                code(&e.source),
                code(&e.target),
                e.cameo,
                if e.negated { " neg" } else { "" }
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn features() {
    let c = coder(true);
    /// (name, parse rows, date, expected events)
    type Case<'a> = (&'a str, &'a [&'a str], Option<&'a str>, &'a [&'a str]);
    let cases: &[Case] = &[
        (
            "simple",
            &[
                "Israel Israel PROPN 2 nsubj",
                "attacked attack VERB 0 root",
                "Egypt Egypt PROPN 2 obj",
            ],
            None,
            &["ISR EGY 190"],
        ),
        (
            "passive with by (UD v2 obl)",
            &[
                "Egypt Egypt PROPN 3 nsubj:pass",
                "was be AUX 3 aux:pass",
                "attacked attack VERB 0 root",
                "by by ADP 5 case",
                "Israel Israel PROPN 3 obl",
            ],
            None,
            &["ISR EGY 190"],
        ),
        (
            "a passive subject on a verb with an object and no auxiliary is the agent",
            &[
                "Israel Israel PROPN 2 nsubj:pass",
                "criticized criticize VERB 0 root",
                "inaction inaction NOUN 2 obj",
                "in in ADP 5 case",
                "Egypt Egypt PROPN 3 nmod",
            ],
            None,
            &["ISR EGY 111"],
        ),
        (
            "compound subject and paired code",
            &[
                "Israel Israel PROPN 4 nsubj",
                "and and CCONJ 3 cc",
                "Jordan Jordan PROPN 1 conj",
                "met meet VERB 0 root",
                "Egypt Egypt PROPN 4 obj",
            ],
            None,
            &["EGY ISR 040", "EGY JOR 040", "ISR EGY 040", "JOR EGY 040"],
        ),
        (
            "% pattern on a compound subject",
            &[
                "Israel Israel PROPN 4 nsubj",
                "and and CCONJ 3 cc",
                "Egypt Egypt PROPN 1 conj",
                "agreed agree VERB 0 root",
            ],
            None,
            &["EGY ISR 050", "ISR EGY 050"],
        ),
        (
            "% pattern of the verb alone, with an object: both fight a third side",
            &[
                "Israel Israel PROPN 4 nsubj",
                "and and CCONJ 3 cc",
                "Egypt Egypt PROPN 1 conj",
                "attacked attack VERB 0 root",
                "Jordan Jordan PROPN 4 obj",
            ],
            None,
            &["EGY JOR 190", "ISR JOR 190"],
        ),
        (
            "% pattern of the verb alone, no object: each other",
            &[
                "Israel Israel PROPN 4 nsubj",
                "and and CCONJ 3 cc",
                "Egypt Egypt PROPN 1 conj",
                "attacked attack VERB 0 root",
            ],
            None,
            &["EGY ISR 190", "ISR EGY 190"],
        ),
        (
            "agents with actors",
            &[
                "Israeli Israeli ADJ 2 amod",
                "troops troops NOUN 3 nsubj",
                "attacked attack VERB 0 root",
                "the the DET 6 det",
                "Egyptian Egyptian ADJ 6 amod",
                "president president NOUN 3 obj",
            ],
            None,
            &["ISRMIL EGYGOV 190"],
        ),
        (
            "prefix agent",
            &[
                "MSF MSF PROPN 2 compound",
                "Israel Israel PROPN 3 nsubj",
                "criticized criticize VERB 0 root",
                "Egypt Egypt PROPN 3 obj",
            ],
            None,
            &["NGOISR EGY 111"],
        ),
        (
            "dated actor before",
            &[
                "USSR USSR PROPN 2 nsubj",
                "attacked attack VERB 0 root",
                "Egypt Egypt PROPN 2 obj",
            ],
            Some("19900101"),
            &["USR EGY 190"],
        ),
        (
            "dated actor after",
            &[
                "USSR USSR PROPN 2 nsubj",
                "attacked attack VERB 0 root",
                "Egypt Egypt PROPN 2 obj",
            ],
            Some("19950101"),
            &["SUN EGY 190"],
        ),
        (
            "object pattern with a noun phrase group",
            &[
                "Israel Israel PROPN 2 nsubj",
                "restored restore VERB 0 root",
                "diplomatic diplomatic ADJ 4 amod",
                "ties tie NOUN 2 obj",
                "with with ADP 6 case",
                "Egypt Egypt PROPN 2 obl",
            ],
            None,
            &["ISR EGY 050"],
        ),
        (
            "prepositional pattern with target",
            &[
                "Israel Israel PROPN 2 nsubj",
                "restored restore VERB 0 root",
                "calm calm NOUN 2 obj",
                "with with ADP 5 case",
                "Egypt Egypt PROPN 2 obl",
            ],
            None,
            &["ISR EGY 051"],
        ),
        (
            "negation through PICO (UD v1 neg)",
            &[
                "Israel Israel PROPN 4 nsubj",
                "did do AUX 4 aux",
                "not not PART 4 neg",
                "attack attack VERB 0 root",
                "Egypt Egypt PROPN 4 dobj",
            ],
            None,
            &["ISR EGY 190 neg"],
        ),
        (
            "negation (UD v2 advmod), PICO maps 111 only without negation partner: kept, flagged",
            &[
                "Israel Israel PROPN 4 nsubj",
                "did do AUX 4 aux",
                "not not PART 4 advmod",
                "criticize criticize VERB 0 root",
                "Egypt Egypt PROPN 4 obj",
            ],
            None,
            &["ISR EGY 111 neg"],
        ),
        (
            "discard",
            &[
                "Israel Israel PROPN 2 nsubj",
                "attacked attack VERB 0 root",
                "Egypt Egypt PROPN 2 obj",
                "at at ADP 5 case",
                "baseball baseball NOUN 2 obl",
            ],
            None,
            &[],
        ),
        (
            "reported speech codes the reported event, not the speech",
            &[
                "Jordan Jordan PROPN 2 nsubj",
                "said say VERB 0 root",
                "Israel Israel PROPN 4 nsubj",
                "attacked attack VERB 2 ccomp",
                "Egypt Egypt PROPN 4 obj",
            ],
            None,
            &["ISR EGY 190"],
        ),
        (
            "no source: nothing",
            &[
                "Troops troops NOUN 2 nsubj",
                "attacked attack VERB 0 root",
                "the the DET 4 det",
                "village village NOUN 2 obj",
            ],
            None,
            &[],
        ),
        (
            "unknown verb",
            &[
                "Israel Israel PROPN 2 nsubj",
                "admired admire VERB 0 root",
                "Egypt Egypt PROPN 2 obj",
            ],
            None,
            &[],
        ),
    ];
    for (name, rows, date, want) in cases {
        let got = coded(&c, &sent(rows), *date);
        let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        assert_eq!(got, want, "case {name}");
    }
}

#[test]
fn no_source_allowed() {
    let c = coder(false).with_requirements(false, true);
    let s = sent(&[
        "Rebels rebel NOUN 2 nsubj",
        "attacked attack VERB 0 root",
        "Egypt Egypt PROPN 2 obj",
    ]);
    assert_eq!(coded(&c, &s, None), vec!["- EGY 190".to_string()]);
}

#[test]
fn explain_names_entries() {
    let c = coder(true);
    let s = sent(&[
        "Israel Israel PROPN 2 nsubj",
        "restored restore VERB 0 root",
        "diplomatic diplomatic ADJ 4 amod",
        "ties tie NOUN 2 obj",
        "with with ADP 6 case",
        "Egypt Egypt PROPN 2 obl",
    ]);
    let e = c.code(&s, None);
    let x = e
        .first()
        .and_then(|e| e.explain.clone())
        .unwrap_or_default();
    assert!(x.pattern.contains("v.txt:15"), "{x:?}");
    assert!(x.actors.iter().any(|a| a.contains("a.txt:1")), "{x:?}");
    assert!(x.verb.starts_with("restored"));
}

#[test]
fn reuse_equals_fresh() {
    let c = coder(true);
    let s = sent(&[
        "Israel Israel PROPN 2 nsubj",
        "attacked attack VERB 0 root",
        "Egypt Egypt PROPN 2 obj",
    ]);
    let first = c.code(&s, None);
    for _ in 0..3 {
        assert_eq!(c.code(&s, None), first);
    }
    assert_eq!(coder(true).code(&s, None), first);
}

#[test]
fn malformed_parses_do_not_panic() {
    let c = coder(true);
    // Cycles, self-heads and out-of-range heads.
    for rows in [
        &[
            "Israel Israel PROPN 2 nsubj",
            "attacked attack VERB 1 root",
            "Egypt Egypt PROPN 2 obj",
        ][..],
        &["Israel Israel PROPN 1 nsubj", "attacked attack VERB 1 root"][..],
        &["attacked attack VERB 0 root"][..],
    ] {
        let _ = c.code(&sent(rows), None);
    }
    let _ = c.code(&Sentence::default(), None);
    // A head beyond the sentence (the CoNLL-U reader refuses it; other producers may not).
    let mut s = sent(&["Israel Israel PROPN 2 nsubj", "attacked attack VERB 0 root"]);
    s.tokens[1].head = 99;
    let _ = c.code(&s, None);
}
