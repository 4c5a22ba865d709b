//! A reduced passive the parser read as an active verb (session 9, `repair/agents.rs`):
//! a past form with a subject, no auxiliary and no object, whose "by" phrase names an
//! actor, is a passive, so the subject is acted on. A "by" phrase naming no actor, or one
//! beside a phrase that completes an intransitive verb, leaves the parse as it is.

use dyad_coder::Coder;

mod common;
use common::{check_cases, misparse_coder, Case};

const VERBS: &str = "\
--- CAPTURE [173] ---
CAPTURE
--- APPEAL [020] ---
APPEAL
--- DEFEND [052] ---
DEFEND
";
const ACTORS: &str = "\
EGYPT [EGY]
+EGYPTIAN
ISRAEL [ISR]
+ISRAELI
LIBYA [LBY]
";
const AGENTS: &str = "MILITANT [~REB]\nTROOP [~MIL]\n";

fn coder() -> Coder {
    misparse_coder(VERBS, ACTORS, AGENTS)
}

#[test]
fn passives_read_as_actives() {
    let cases: &[Case] = &[
        (
            "a past form with a \"by\" agent and no object is a passive",
            &[
                "Egyptian Egyptian ADJ JJ 2 amod",
                "militants militant NOUN NNS 3 nsubj",
                "captured capture VERB VBD 0 root",
                "in in ADP IN 5 case",
                "Libya Libya PROPN NNP 3 obl",
                "by by ADP IN 8 case",
                "Israeli Israeli ADJ JJ 8 amod",
                "troops troop NOUN NNS 3 obl",
                ". . PUNCT . 3 punct",
            ],
            &["ISRMIL EGYREB 173"],
        ),
        (
            "an active verb with an object keeps its subject",
            &[
                "Israeli Israeli ADJ JJ 2 amod",
                "troops troop NOUN NNS 3 nsubj",
                "captured capture VERB VBD 0 root",
                "Egyptian Egyptian ADJ JJ 5 amod",
                "militants militant NOUN NNS 3 obj",
                "by by ADP IN 7 case",
                "night night NOUN NN 3 obl",
                ". . PUNCT . 3 punct",
            ],
            &["ISRMIL EGYREB 173"],
        ),
        (
            "a \"by\" phrase naming no actor is no agent",
            &[
                "Egyptian Egyptian ADJ JJ 2 amod",
                "troops troop NOUN NNS 3 nsubj",
                "captured capture VERB VBD 0 root",
                "in in ADP IN 5 case",
                "Libya Libya PROPN NNP 3 obl",
                "by by ADP IN 7 case",
                "night night NOUN NN 3 obl",
                ". . PUNCT . 3 punct",
            ],
            &["EGYMIL LBY 173"],
        ),
        (
            "nor is one beside a phrase completing an intransitive verb",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "appealed appeal VERB VBD 0 root",
                "to to ADP IN 4 case",
                "Libya Libya PROPN NNP 2 obl",
                "for for ADP IN 6 case",
                "help help NOUN NN 2 obl",
                "against against ADP IN 8 case",
                "attacks attack NOUN NNS 6 nmod",
                "by by ADP IN 10 case",
                "Israel Israel PROPN NNP 2 obl",
                ". . PUNCT . 2 punct",
            ],
            &["EGY LBY 020"],
        ),
    ];
    check_cases(&coder(), cases);
}
