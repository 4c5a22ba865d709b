//! Session 10: pledges (03), demands (10), condemnations (11) and sanctions (16) with
//! no target (`targetless.rs`): coded when a named political actor does them in the
//! sentence's own clause and the act is named; not for things, relative clauses, bare
//! objects, negations, or when an inner clause codes the event. Small dictionaries,
//! hand-written parses, one case a row.

use dyad_coder::Coder;
use dyad_dict::FileKind;

mod common;
use common::{check_cases, Case};

const VERBS: &str = "\
--- PLEDGE [030] ---
PLEDGE
VOW
OFFER
- * SUSPEND ENRICHMENT [0332]
--- DEMAND [100] ---
DEMAND
- * RELEASE [1053]
- * + WITHDRAW [106]
--- CONDEMN [111] ---
CONDEMN
OPPOSE
--- IMPOSE [---] ---
IMPOSE
- * SANCTIONS [163]
--- WITHDRAW [0874] ---
WITHDRAW
";
const ACTORS: &str = "IRAN [IRN]\nRUSSIA [RUS]\nFRANCE [FRA]\nGEORGIA [GEO]\nISIL [IMGMUSISI]\n";
const AGENTS: &str = "PRESIDENT {} [~GOV]\nCOMPANY {} [~BUS]\nTROOPS {} [~MIL]\n";

/// The roots the pipeline lets code with no target.
const ROOTS: &[u8] = &[1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 16, 17];

fn coder(roots: &[u8]) -> Coder {
    common::coder_from(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("a.txt", FileKind::Actors, ACTORS),
            ("g.txt", FileKind::Agents, AGENTS),
        ],
        roots,
    )
}

const PLEDGED: &[&str] = &[
    "Iran Iran PROPN NNP 2 nsubj",
    "pledged pledge VERB VBD 0 root",
    "to to PART TO 4 mark",
    "suspend suspend VERB VB 2 xcomp",
    "enrichment enrichment NOUN NN 4 obj",
];
const DEMANDED: &[&str] = &[
    "Russia Russia PROPN NNP 2 nsubj",
    "demanded demand VERB VBD 0 root",
    "the the DET DT 4 det",
    "release release NOUN NN 2 obj",
    "of of ADP IN 6 case",
    "prisoners prisoner NOUN NNS 4 nmod",
];
const CONDEMNED: &[&str] = &[
    "France France PROPN NNP 2 nsubj",
    "condemned condemn VERB VBD 0 root",
    "the the DET DT 4 det",
    "bombing bombing NOUN NN 2 obj",
];
const IMPOSED: &[&str] = &[
    "Russia Russia PROPN NNP 2 nsubj",
    "imposed impose VERB VBD 0 root",
    "new new ADJ JJ 4 amod",
    "sanctions sanction NOUN NNS 2 obj",
];

#[test]
fn named_acts_code_with_no_target() {
    let cases: &[Case] = &[
        ("a pledge of an act", PLEDGED, &["IRN - 0332"]),
        ("a demand named by its pattern", DEMANDED, &["RUS - 1053"]),
        ("a state's condemnation", CONDEMNED, &["FRA - 111"]),
        ("sanctions on no one named", IMPOSED, &["RUS - 163"]),
        (
            "a pledge in a reported clause",
            &[
                "Officials official NOUN NNS 2 nsubj",
                "said say VERB VBD 0 root",
                "Iran Iran PROPN NNP 4 nsubj",
                "vowed vow VERB VBD 2 ccomp",
                "to to PART TO 6 mark",
                "rebuild rebuild VERB VB 4 xcomp",
                "roads road NOUN NNS 6 obj",
            ],
            &["IRN - 030"],
        ),
    ];
    check_cases(&coder(ROOTS), cases);
}

#[test]
fn roots_off_code_nothing() {
    let cases: &[Case] = &[
        ("a pledge", PLEDGED, &[]),
        ("a demand", DEMANDED, &[]),
        ("a condemnation", CONDEMNED, &[]),
        ("sanctions", IMPOSED, &[]),
    ];
    check_cases(&coder(&[1, 2, 8, 9, 12, 13, 14, 17]), cases);
}

#[test]
fn no_event_without_a_named_act_or_actor() {
    let cases: &[Case] = &[
        (
            "a bare object names no act",
            &[
                "Russia Russia PROPN NNP 2 nsubj",
                "demanded demand VERB VBD 0 root",
                "changes change NOUN NNS 2 obj",
            ],
            &[],
        ),
        (
            "a thing demands, not the actor in its name",
            &[
                "The the DET DT 3 det",
                "ISIL ISIL PROPN NNP 3 compound",
                "threat threat NOUN NN 4 nsubj",
                "demands demand VERB VBZ 0 root",
                "the the DET DT 6 det",
                "release release NOUN NN 4 obj",
            ],
            &[],
        ),
        (
            "a relative clause on a generic noun",
            &[
                "A a DET DT 2 det",
                "president president NOUN NN 0 root",
                "who who PRON WP 4 nsubj",
                "demands demand VERB VBZ 2 acl:relcl",
                "the the DET DT 6 det",
                "release release NOUN NN 4 obj",
            ],
            &[],
        ),
        (
            "a company is no political source",
            &[
                "The the DET DT 2 det",
                "company company NOUN NN 3 nsubj",
                "pledged pledge VERB VBD 0 root",
                "to to PART TO 5 mark",
                "suspend suspend VERB VB 3 xcomp",
                "enrichment enrichment NOUN NN 5 obj",
            ],
            &[],
        ),
        (
            "an offer with no one to take it",
            &[
                "France France PROPN NNP 2 nsubj",
                "offered offer VERB VBD 0 root",
                "a a DET DT 4 det",
                "job job NOUN NN 2 obj",
            ],
            &[],
        ),
        (
            "a pledge to be something is no act",
            &[
                "Iran Iran PROPN NNP 2 nsubj",
                "vowed vow VERB VBD 0 root",
                "to to PART TO 4 mark",
                "be be AUX VB 2 xcomp",
                "ready ready ADJ JJ 4 xcomp",
            ],
            &[],
        ),
        (
            "opposing is no condemnation",
            &[
                "France France PROPN NNP 2 nsubj",
                "opposed oppose VERB VBD 0 root",
                "the the DET DT 4 det",
                "bombing bombing NOUN NN 2 obj",
            ],
            &[],
        ),
        (
            "a condemnation not made",
            &[
                "France France PROPN NNP 4 nsubj",
                "has have AUX VBZ 4 aux",
                "not not PART RB 4 advmod",
                "condemned condemn VERB VBN 0 root",
                "the the DET DT 6 det",
                "bombing bombing NOUN NN 4 obj",
            ],
            &[],
        ),
    ];
    check_cases(&coder(ROOTS), cases);
}

#[test]
fn a_targeted_inner_event_stays_the_event() {
    // "Georgia demanded that Russia withdraw": the demand takes its target from the
    // clause (106), and no demand of no one replaces it.
    let cases: &[Case] = &[(
        "demanded that Russia withdraw",
        &[
            "Georgia Georgia PROPN NNP 2 nsubj",
            "demanded demand VERB VBD 0 root",
            "that that SCONJ IN 5 mark",
            "Russia Russia PROPN NNP 5 nsubj",
            "withdraw withdraw VERB VB 2 ccomp",
            "its its PRON PRP$ 7 nmod:poss",
            "troops troops NOUN NNS 5 obj",
        ],
        &["GEO RUS 106"],
    )];
    check_cases(&coder(ROOTS), cases);
}
