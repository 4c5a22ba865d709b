//! Acts guessed at or named as a purpose code no event (session 9, `speculation.rs`):
//! "may" and "might" on the verb or a verb it completes, and an infinitive of purpose
//! after a complete clause when its act is material. A purpose in words, a purpose
//! after "use", a clause of its own after "and", and an infinitive on a verb with no
//! object (often the verb's complement misread) still code. "must", "should" and
//! "could" in the writer's own voice give an opinion or a possibility, not an act; under
//! a verb of saying the clause is the speaker's, left to the rules of reported speech.
//! An act feared or risked ("fears Egypt will attack") is no act either.

use dyad_coder::Coder;

mod common;
use common::{check_cases, coder_from, misparse_coder, sent, show, Case};

const VERBS: &str = "\
--- SAY [---] ---
SAY
--- ATTACK [190] ---
ATTACK
--- SHELL [194] ---
SHELL
--- CONDEMN [111] ---
CONDEMN
";
const ACTORS: &str = "\
EGYPT [EGY]
+EGYPTIAN
ISRAEL [ISR]
JORDAN [JOR]
";
const AGENTS: &str = "TROOP [~MIL]\nENVOY [~GOV]\n";

fn coder() -> Coder {
    misparse_coder(VERBS, ACTORS, AGENTS)
}

#[test]
fn guesses_code_no_event() {
    let cases: &[Case] = &[
        (
            "a done act codes",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
                "Israel Israel PROPN NNP 2 obj",
                ". . PUNCT . 2 punct",
            ],
            &["EGY ISR 190"],
        ),
        (
            "\"may\" on the verb",
            &[
                "Egypt Egypt PROPN NNP 3 nsubj",
                "may may AUX MD 3 aux",
                "attack attack VERB VB 0 root",
                "Israel Israel PROPN NNP 3 obj",
                ". . PUNCT . 3 punct",
            ],
            &[],
        ),
        (
            "\"might have\" on the verb",
            &[
                "Egypt Egypt PROPN NNP 4 nsubj",
                "might might AUX MD 4 aux",
                "have have AUX VB 4 aux",
                "shelled shell VERB VBN 0 root",
                "Israel Israel PROPN NNP 4 obj",
                ". . PUNCT . 4 punct",
            ],
            &[],
        ),
        (
            "\"may\" on the verb the act completes",
            &[
                "Egypt Egypt PROPN NNP 4 nsubj",
                "may may AUX MD 4 aux",
                "have have AUX VB 4 aux",
                "tried try VERB VBN 0 root",
                "to to PART TO 6 mark",
                "attack attack VERB VB 4 xcomp",
                "Israel Israel PROPN NNP 6 obj",
                ". . PUNCT . 4 punct",
            ],
            &[],
        ),
        (
            "and on a verb sharing its subject",
            &[
                "Egypt Egypt PROPN NNP 3 nsubj",
                "may may AUX MD 3 aux",
                "attack attack VERB VB 0 root",
                "and and CCONJ CC 5 cc",
                "shell shell VERB VB 3 conj",
                "Israel Israel PROPN NNP 5 obj",
                ". . PUNCT . 3 punct",
            ],
            &[],
        ),
        (
            "a clause of its own after \"and\" codes",
            &[
                "Egypt Egypt PROPN NNP 3 nsubj",
                "may may AUX MD 3 aux",
                "attack attack VERB VB 0 root",
                "and and CCONJ CC 6 cc",
                "Jordan Jordan PROPN NNP 6 nsubj",
                "condemned condemn VERB VBD 3 conj",
                "Israel Israel PROPN NNP 6 obj",
                ". . PUNCT . 3 punct",
            ],
            &["JOR ISR 111"],
        ),
        (
            "the month May is no guess",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
                "Israel Israel PROPN NNP 2 obj",
                "in in ADP IN 5 case",
                "May May PROPN NNP 2 obl",
                ". . PUNCT . 2 punct",
            ],
            &["EGY ISR 190"],
        ),
    ];
    check_cases(&coder(), cases);
}

#[test]
fn material_purposes_code_no_event() {
    let cases: &[Case] = &[
        (
            "a purpose after an object",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "sent send VERB VBD 0 root",
                "troops troop NOUN NNS 2 obj",
                "to to PART TO 5 mark",
                "attack attack VERB VB 2 advcl",
                "Israel Israel PROPN NNP 5 obj",
                ". . PUNCT . 2 punct",
            ],
            &[],
        ),
        (
            "a purpose after a passive",
            &[
                "Egyptian Egyptian ADJ JJ 2 amod",
                "troops troop NOUN NNS 4 nsubj:pass",
                "were be AUX VBD 4 aux:pass",
                "sent send VERB VBN 0 root",
                "to to PART TO 6 mark",
                "shell shell VERB VB 4 advcl",
                "Israel Israel PROPN NNP 6 obj",
                ". . PUNCT . 4 punct",
            ],
            &[],
        ),
        (
            "a directive's infinitive read as a purpose is the act directed, not a purpose",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "ordered order VERB VBD 0 root",
                "troops troop NOUN NNS 2 obj",
                "to to PART TO 5 mark",
                "attack attack VERB VB 2 advcl",
                "Israel Israel PROPN NNP 5 obj",
                ". . PUNCT . 2 punct",
            ],
            &["EGY ISR 190"],
        ),
        (
            "a purpose in words is done by the act that carries it",
            &[
                "Jordan Jordan PROPN NNP 2 nsubj",
                "sent send VERB VBD 0 root",
                "an a DET DT 4 det",
                "envoy envoy NOUN NN 2 obj",
                "to to PART TO 6 mark",
                "condemn condemn VERB VB 2 advcl",
                "Israel Israel PROPN NNP 6 obj",
                ". . PUNCT . 2 punct",
            ],
            &["JOR ISR 111"],
        ),
        (
            "so is one after \"use\"",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "used use VERB VBD 0 root",
                "artillery artillery NOUN NN 2 obj",
                "to to PART TO 5 mark",
                "shell shell VERB VB 2 advcl",
                "Israel Israel PROPN NNP 5 obj",
                ". . PUNCT . 2 punct",
            ],
            &["EGY ISR 194"],
        ),
        (
            "an infinitive on a verb with no object is left as it is",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "moved move VERB VBD 0 root",
                "to to PART TO 4 mark",
                "attack attack VERB VB 2 advcl",
                "Israel Israel PROPN NNP 4 obj",
                ". . PUNCT . 2 punct",
            ],
            &["EGY ISR 190"],
        ),
    ];
    check_cases(&coder(), cases);
}

#[test]
fn opinions_and_fears_code_no_event() {
    let cases: &[Case] = &[
        (
            "\"should\" in the main clause",
            &[
                "Egypt Egypt PROPN NNP 3 nsubj",
                "should should AUX MD 3 aux",
                "condemn condemn VERB VB 0 root",
                "Israel Israel PROPN NNP 3 obj",
                ". . PUNCT . 3 punct",
            ],
            &[],
        ),
        (
            "\"could\" in a clause joined by \"and\"",
            &[
                "Jordan Jordan PROPN NNP 2 nsubj",
                "condemned condemn VERB VBD 0 root",
                "Israel Israel PROPN NNP 2 obj",
                "and and CCONJ CC 7 cc",
                "Egypt Egypt PROPN NNP 7 nsubj",
                "could could AUX MD 7 aux",
                "attack attack VERB VB 2 conj",
                "Israel Israel PROPN NNP 7 obj",
                ". . PUNCT . 2 punct",
            ],
            &["JOR ISR 111"],
        ),
        (
            "\"must\" in a relative clause",
            &[
                "Jordan Jordan PROPN NNP 2 nsubj",
                "backed back VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 2 obj",
                ", , PUNCT , 7 punct",
                "which which PRON WDT 7 nsubj",
                "must must AUX MD 7 aux",
                "condemn condemn VERB VB 3 acl:relcl",
                "Israel Israel PROPN NNP 7 obj",
                ". . PUNCT . 2 punct",
            ],
            &[],
        ),
        (
            "an act feared is neither done nor threatened",
            &[
                "Jordan Jordan PROPN NNP 2 nsubj",
                "fears fear VERB VBZ 0 root",
                "Egypt Egypt PROPN NNP 5 nsubj",
                "will will AUX MD 5 aux",
                "attack attack VERB VB 2 ccomp",
                "Israel Israel PROPN NNP 5 obj",
                ". . PUNCT . 2 punct",
            ],
            &[],
        ),
        (
            "a quotation with its verb of saying beside it is the speaker's",
            &[
                "Egypt Egypt PROPN NNP 3 nsubj",
                "must must AUX MD 3 aux",
                "condemn condemn VERB VB 0 root",
                "Israel Israel PROPN NNP 3 obj",
                ", , PUNCT , 3 punct",
                "Jordan Jordan PROPN NNP 7 nsubj",
                "said say VERB VBD 3 parataxis",
                ". . PUNCT . 3 punct",
            ],
            &["EGY ISR 111"],
        ),
        (
            "so is a clause under a verb of saying",
            &[
                "Jordan Jordan PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 5 nsubj",
                "could could AUX MD 5 aux",
                "condemn condemn VERB VB 2 ccomp",
                "Israel Israel PROPN NNP 5 obj",
                ". . PUNCT . 2 punct",
            ],
            &["EGY ISR 111"],
        ),
    ];
    check_cases(&coder(), cases);
}

#[test]
fn a_contracted_would_is_an_intention() {
    use dyad_dict::FileKind;
    let c = coder_from(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("a.txt", FileKind::Actors, ACTORS),
        ],
        &[],
    );
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "\"'d\" read as \"would\"",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "it it PRON PRP 5 nsubj",
                "'d would AUX MD 5 aux",
                "attack attack VERB VB 2 ccomp",
                "Israel Israel PROPN NNP 5 obj",
                ". . PUNCT . 2 punct",
            ],
            &["EGY ISR 138"],
        ),
        (
            "so is a curly \"’d\" tagged as a modal",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "it it PRON PRP 5 nsubj",
                "’d ’d AUX MD 5 aux",
                "attack attack VERB VB 2 ccomp",
                "Israel Israel PROPN NNP 5 obj",
                ". . PUNCT . 2 punct",
            ],
            &["EGY ISR 138"],
        ),
        (
            "\"'d\" read as \"had\" is done",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "it it PRON PRP 5 nsubj",
                "'d have AUX VBD 5 aux",
                "attacked attack VERB VBN 2 ccomp",
                "Israel Israel PROPN NNP 5 obj",
                ". . PUNCT . 2 punct",
            ],
            &["EGY ISR 190"],
        ),
    ];
    for (name, rows, want) in cases {
        assert_eq!(show(&c.code(&sent(rows), None)), *want, "{name}");
    }
}
