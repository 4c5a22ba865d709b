//! Session 10 rules of reported clauses: directives told to someone (`directive.rs`),
//! the author of an accused act named in a "by" phrase and "amounted to" read as an
//! infinitive (`accuse.rs`), and verdicts of disapproval on an owned act
//! (`evaluate.rs`). Small dictionaries, hand-written parses, one case a row; each case
//! fails without its rule.

use dyad_coder::Coder;
use dyad_dict::FileKind;

mod common;
use common::{check_cases, Case};

const VERBS: &str = "\
--- SAY [---] ---
SAY {SAYS SAID SAYING}
--- TELL [---] ---
TELL {TELLS TOLD TELLING}
--- REOPEN [081] ---
REOPEN
";
const ACTORS: &str = "\
ISRAEL [ISR]
+ISRAELI
EGYPT [EGY]
GAZA [PSE]
DARFUR [SDN]
UNITED_STATES [USA]
+US
";
const AGENTS: &str = "TROOPS {} [~MIL]\nREPORTER {REPORTERS} [~MED]\n";

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

#[test]
fn directives_told_to_someone() {
    let cases: &[Case] = &[
        (
            "told X to do a coded act: the demand for it, at X, the act not done",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "told tell VERB VBD 0 root",
                "Israel Israel PROPN NNP 2 obj",
                "to to PART TO 5 mark",
                "reopen reopen VERB VB 2 xcomp",
                "the the DET DT 7 det",
                "crossing crossing NOUN NN 5 obj",
            ],
            &["EGY ISR 1051"],
        ),
        (
            "told X to do an act no entry codes: a demand",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "told tell VERB VBD 0 root",
                "Israel Israel PROPN NNP 2 obj",
                "to to PART TO 5 mark",
                "leave leave VERB VB 2 xcomp",
            ],
            &["EGY ISR 100"],
        ),
        (
            "told X it must: a demand, not a statement",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "told tell VERB VBD 0 root",
                "Israel Israel PROPN NNP 2 obj",
                "it it PRON PRP 6 nsubj",
                "must must AUX MD 6 aux",
                "leave leave VERB VB 2 ccomp",
            ],
            &["EGY ISR 100"],
        ),
        (
            "told X we must: the speaker's own duty, a statement",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "told tell VERB VBD 0 root",
                "Israel Israel PROPN NNP 2 obj",
                "we we PRON PRP 6 nsubj",
                "must must AUX MD 6 aux",
                "leave leave VERB VB 2 ccomp",
            ],
            &["EGY ISR 010"],
        ),
        (
            "told reporters to do something: the media are told, no demand",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "told tell VERB VBD 0 root",
                "reporters reporter NOUN NNS 2 obj",
                "to to PART TO 5 mark",
                "reopen reopen VERB VB 2 xcomp",
                "the the DET DT 7 det",
                "crossing crossing NOUN NN 5 obj",
            ],
            &[],
        ),
        (
            "a telling nearly done is none: came close to telling X to",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "came come VERB VBD 0 root",
                "close close ADV RB 2 advmod",
                "to to ADP IN 5 case",
                "telling tell VERB VBG 2 advcl",
                "Israel Israel PROPN NNP 5 obj",
                "to to PART TO 8 mark",
                "leave leave VERB VB 5 xcomp",
            ],
            &[],
        ),
        (
            "a telling to come is none: will tell X to",
            &[
                "Egypt Egypt PROPN NNP 3 nsubj",
                "will will AUX MD 3 aux",
                "tell tell VERB VB 0 root",
                "Israel Israel PROPN NNP 3 obj",
                "to to PART TO 6 mark",
                "leave leave VERB VB 3 xcomp",
            ],
            &[],
        ),
        (
            "an infinitive away from the addressee is no directive: a statement",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "told tell VERB VBD 0 root",
                "Israel Israel PROPN NNP 2 obj",
                "that that SCONJ IN 7 mark",
                "talks talk NOUN NNS 7 nsubj",
                "were be AUX VBD 7 cop",
                "vital vital ADJ JJ 2 ccomp",
                "to to PART TO 9 mark",
                "reopen reopen VERB VB 2 advcl",
                "the the DET DT 11 det",
                "crossing crossing NOUN NN 9 obj",
            ],
            &["EGY ISR 010"],
        ),
    ];
    check_cases(&coder(), cases);
}

#[test]
fn accused_authors_and_labels() {
    let cases: &[Case] = &[
        (
            "the act's author in a \"by\" phrase, after a place it was done to",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "the the DET DT 4 det",
                "shelling shelling NOUN NN 10 nsubj",
                "of of ADP IN 6 case",
                "Gaza Gaza PROPN NNP 4 nmod",
                "by by ADP IN 9 case",
                "Israeli Israeli ADJ JJ 9 amod",
                "troops troops NOUN NNS 4 nmod",
                "caused cause VERB VBD 2 ccomp",
                "the the DET DT 12 det",
                "deaths death NOUN NNS 10 obj",
            ],
            &["EGY ISRMIL 112"],
        ),
        (
            "amounted to genocide, the crime read as an infinitive",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "the the DET DT 4 det",
                "killings killing NOUN NNS 7 nsubj",
                "in in ADP IN 6 case",
                "Darfur Darfur PROPN NNP 4 nmod",
                "amounted amount VERB VBD 2 ccomp",
                "to to PART TO 9 mark",
                "genocide genocide VERB VB 7 advcl",
            ],
            &["EGY SDN 112"],
        ),
    ];
    check_cases(&coder(), cases);
}

#[test]
fn verdicts_of_disapproval() {
    let cases: &[Case] = &[
        (
            "an owned act was a mistake",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "the the DET DT 5 det",
                "Israeli Israeli ADJ JJ 5 amod",
                "decision decision NOUN NN 8 nsubj",
                "was be AUX VBD 8 cop",
                "a a DET DT 8 det",
                "mistake mistake NOUN NN 2 ccomp",
            ],
            &["EGY ISR 111"],
        ),
        (
            "the subject of a mistake read as the object of the verb of saying",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "the the DET DT 5 det",
                "Israeli Israeli ADJ JJ 5 amod",
                "decision decision NOUN NN 2 obj",
                "to to PART TO 7 mark",
                "build build VERB VB 5 acl",
                "was be AUX VBD 10 cop",
                "a a DET DT 10 det",
                "mistake mistake NOUN NN 2 ccomp",
            ],
            &["EGY ISR 111"],
        ),
        (
            "a place is no owner: the war in Gaza was a mistake",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "the the DET DT 4 det",
                "war war NOUN NN 9 nsubj",
                "in in ADP IN 6 case",
                "Gaza Gaza PROPN NNP 4 nmod",
                "was be AUX VBD 9 cop",
                "a a DET DT 9 det",
                "mistake mistake NOUN NN 2 ccomp",
            ],
            &[],
        ),
        (
            "dangerous implications of an owned move",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "the the DET DT 5 det",
                "Israeli Israeli ADJ JJ 5 amod",
                "move move NOUN NN 7 nsubj",
                "would would AUX MD 7 aux",
                "have have VERB VB 2 ccomp",
                "dangerous dangerous ADJ JJ 9 amod",
                "implications implication NOUN NNS 7 obj",
            ],
            &["EGY ISR 111"],
        ),
        (
            "serious consequences are as often a warning: a statement",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "the the DET DT 5 det",
                "Israeli Israeli ADJ JJ 5 amod",
                "move move NOUN NN 7 nsubj",
                "would would AUX MD 7 aux",
                "have have VERB VB 2 ccomp",
                "serious serious ADJ JJ 9 amod",
                "consequences consequence NOUN NNS 7 obj",
            ],
            &["EGY ISR 010"],
        ),
        (
            "a war led by a named state has not made the world any safer",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "the the DET DT 7 det",
                "US US PROPN NNP 6 obl:unmarked",
                "- - PUNCT HYPH 4 punct",
                "led lead VERB VBN 7 amod",
                "war war NOUN NN 10 nsubj",
                "has have AUX VBZ 10 aux",
                "not not PART RB 10 advmod",
                "made make VERB VBN 2 ccomp",
                "the the DET DT 12 det",
                "world world NOUN NN 10 obj",
                "any any ADV DT 14 det",
                "safer safe ADJ JJR 10 xcomp",
            ],
            &["EGY USA 111"],
        ),
    ];
    check_cases(&coder(), cases);
}
