//! Plans, schedules and agreements (session 10, `plans.rs`): a plan is an intention or a
//! threat or no event, never the act; a denied intention and a plan named as a noun
//! code nothing; an agreement to cooperate is the intention to; "are due to meet" is a
//! plan; "are in talks" is a negotiation under way (`verbs.rs`).

use dyad_coder::Coder;
use dyad_dict::FileKind;

mod common;
use common::{check_cases, coder_from, Case};

const VERBS: &str = "\
--- LAY [---] ---
LAY
- * WREATH [017]
--- MEET [040] ---
MEET
- % * [040]
--- SEND [---] ---
SEND
- * TROOPS (TO +) [154]
--- CRITICIZE [111] ---
CRITICIZE
--- ATTACK [190] ---
ATTACK
--- HOLD [---] ---
HOLD
- % * JOINT PATROLS [062]
--- AGREE [019] ---
AGREE
--- VOW [030] ---
VOW
--- FIGHT [190] ---
FIGHT
--- CONTINUE [---] ---
CONTINUE
--- SPEAK [---] ---
TALK
- % BE IN * [046]
- BE IN * (WITH +) [046]
";
const ACTORS: &str = "\
EGYPT [EGY]
ISRAEL [ISR]
JORDAN [JOR]
CHAD [CHD]
";

fn coder() -> Coder {
    coder_from(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("a.txt", FileKind::Actors, ACTORS),
            ("g.txt", FileKind::Agents, "TROOP [~MIL]\n"),
        ],
        &[1, 2, 8, 9, 12, 13, 14, 17],
    )
}

#[test]
fn plans_are_intentions_or_nothing() {
    let cases: &[Case] = &[
        (
            "a plan with no intention code is no event (was 017 as done)",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "plans plan VERB VBZ 0 root",
                "to to PART TO 4 mark",
                "lay lay VERB VB 2 xcomp",
                "a a DET DT 6 det",
                "wreath wreath NOUN NN 4 obj",
                "in in ADP IN 8 case",
                "Jordan Jordan PROPN NNP 4 obl",
            ],
            &[],
        ),
        (
            "\"is set to\" criticize: no event",
            &[
                "Egypt Egypt PROPN NNP 3 nsubj:pass",
                "is be AUX VBZ 3 aux:pass",
                "set set VERB VBN 0 root",
                "to to PART TO 5 mark",
                "criticize criticize VERB VB 3 xcomp",
                "Israel Israel PROPN NNP 5 obj",
            ],
            &[],
        ),
        (
            "a planned meeting is the intention to meet",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "plans plan VERB VBZ 0 root",
                "to to PART TO 4 mark",
                "meet meet VERB VB 2 xcomp",
                "Israel Israel PROPN NNP 4 obj",
            ],
            &["EGY ISR 036"],
        ),
        (
            "\"are due to meet\" (due a mark with \"to\" fixed): intention, both ways",
            &[
                "Egypt Egypt PROPN NNP 7 nsubj",
                "and and CCONJ CC 3 cc",
                "Israel Israel PROPN NNP 1 conj",
                "are be AUX VBP 5 cop",
                "due due ADJ JJ 7 mark",
                "to to PART TO 5 fixed",
                "meet meet VERB VB 0 root",
            ],
            &["EGY ISR 036", "ISR EGY 036"],
        ),
        (
            "a denied plan is no event (was 154)",
            &[
                "Egypt Egypt PROPN NNP 4 nsubj",
                "does do AUX VBZ 4 aux",
                "not not PART RB 4 advmod",
                "plan plan VERB VB 0 root",
                "to to PART TO 6 mark",
                "send send VERB VB 4 xcomp",
                "troops troop NOUN NNS 6 obj",
                "to to ADP IN 9 case",
                "Chad Chad PROPN NNP 6 obl",
            ],
            &[],
        ),
        (
            "a plan named as a noun is no event (was 190)",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "revealed reveal VERB VBD 0 root",
                "plans plan NOUN NNS 2 obj",
                "to to PART TO 5 mark",
                "attack attack VERB VB 3 acl",
                "Israel Israel PROPN NNP 5 obj",
            ],
            &[],
        ),
    ];
    check_cases(&coder(), cases);
}

#[test]
fn agreements_to_cooperate_are_intentions() {
    let cases: &[Case] = &[(
        "\"agreed to set up a zone and hold joint patrols\": 0312 both ways (was 062)",
        &[
            "Egypt Egypt PROPN NNP 4 nsubj",
            "and and CCONJ CC 3 cc",
            "Jordan Jordan PROPN NNP 1 conj",
            "agreed agree VERB VBD 0 root",
            "to to PART TO 6 mark",
            "create create VERB VB 4 xcomp",
            "a a DET DT 8 det",
            "zone zone NOUN NN 6 obj",
            "and and CCONJ CC 10 cc",
            "hold hold VERB VBP 6 conj",
            "joint joint ADJ JJ 12 amod",
            "patrols patrol NOUN NNS 10 obj",
        ],
        &["EGY JOR 0312", "JOR EGY 0312"],
    )];
    check_cases(&coder(), cases);
}

#[test]
fn phases_and_vows_of_force() {
    let cases: &[Case] = &[
        (
            "\"would continue to attack\": the modal of the verb of phase (was 190)",
            &[
                "Egypt Egypt PROPN NNP 3 nsubj",
                "would would AUX MD 3 aux",
                "continue continue VERB VB 0 root",
                "to to PART TO 5 mark",
                "attack attack VERB VB 3 xcomp",
                "Israel Israel PROPN NNP 5 obj",
            ],
            &["EGY ISR 138"],
        ),
        (
            "\"continued to attack\" is done",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "continued continue VERB VBD 0 root",
                "to to PART TO 4 mark",
                "attack attack VERB VB 2 xcomp",
                "Israel Israel PROPN NNP 4 obj",
            ],
            &["EGY ISR 190"],
        ),
        (
            "\"vowed to continue attacking\": a threat of force (was 030)",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "vowed vow VERB VBD 0 root",
                "to to PART TO 4 mark",
                "continue continue VERB VB 2 xcomp",
                "attacking attack VERB VBG 4 xcomp",
                "Israel Israel PROPN NNP 5 obj",
            ],
            &["EGY ISR 138"],
        ),
        (
            "\"vowed to fight\" X stays the vow: as often a political contest",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "vowed vow VERB VBD 0 root",
                "to to PART TO 4 mark",
                "fight fight VERB VB 2 xcomp",
                "Israel Israel PROPN NNP 4 obj",
            ],
            &["EGY ISR 030"],
        ),
    ];
    check_cases(&coder(), cases);
}

#[test]
fn in_talks_is_negotiating() {
    let cases: &[Case] = &[
        (
            "\"X and Y are in talks\"",
            &[
                "Egypt Egypt PROPN NNP 6 nsubj",
                "and and CCONJ CC 3 cc",
                "Israel Israel PROPN NNP 1 conj",
                "are be AUX VBP 6 cop",
                "in in ADP IN 6 case",
                "talks talk NOUN NNS 0 root",
            ],
            &["EGY ISR 046", "ISR EGY 046"],
        ),
        (
            "\"X is in talks with Y\"",
            &[
                "Egypt Egypt PROPN NNP 4 nsubj",
                "is be AUX VBZ 4 cop",
                "in in ADP IN 4 case",
                "talks talk NOUN NNS 0 root",
                "with with ADP IN 6 case",
                "Chad Chad PROPN NNP 4 nmod",
            ],
            &["EGY CHD 046"],
        ),
        (
            "talks as the object of a verb are not the predicate",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "blocked block VERB VBD 0 root",
                "talks talk NOUN NNS 2 obj",
                "with with ADP IN 5 case",
                "Chad Chad PROPN NNP 3 nmod",
            ],
            &[],
        ),
    ];
    check_cases(&coder(), cases);
}
