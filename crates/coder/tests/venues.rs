//! Where a meeting, a statement or a signing happens is no party to it: "Gondor met Rhun
//! in Minas" is aimed at Rhun, "Gondor met in Minas" at no one, while a place spoken of
//! deeper in the sentence, and a violent act's place, stay targets. Small dictionaries,
//! hand-written parses, one case a row.

use dyad_dict::FileKind;

mod common;
use common::{coder_from, sent, show};

const VERBS: &str = "--- MEET [040] ---\nMEET\n--- ATTACK [190] ---\nATTACK\n";
const ACTORS: &str = "GONDOR [GON]\nRHUN [RHU]\nMINAS [MIN]\n";

/// A case: what it shows, the rows after "Gondor <verb>" (heads counted from 1, the verb
/// is 2), the verb's lemma, the events wanted.
type Case<'a> = (&'a str, &'a [&'a str], &'a str, &'a [&'a str]);

#[test]
fn venues_are_no_targets() {
    // Meetings may code with no target here, as attacks may not.
    let c = coder_from(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("a.txt", FileKind::Actors, ACTORS),
        ],
        &[4],
    );
    let in_minas: &[&str] = &["in in ADP IN 4 case", "Minas Minas PROPN NNP 2 obl"];
    let cases: &[Case] = &[
        ("a venue is no party", in_minas, "meet", &["GON - 040"]),
        (
            "the party named beside the venue",
            &[
                "Rhun Rhun PROPN NNP 2 obj",
                "in in ADP IN 5 case",
                "Minas Minas PROPN NNP 2 obl",
            ],
            "meet",
            &["GON RHU 040"],
        ),
        (
            "a venue inside a venue",
            &[
                "at at ADP IN 5 case",
                "the the DET DT 5 det",
                "summit summit NOUN NN 2 obl",
                "in in ADP IN 7 case",
                "Minas Minas PROPN NNP 5 nmod",
            ],
            "meet",
            &["GON - 040"],
        ),
        (
            "a place spoken of is no venue",
            &[
                "on on ADP IN 4 case",
                "peace peace NOUN NN 2 obl",
                "in in ADP IN 6 case",
                "Minas Minas PROPN NNP 4 nmod",
            ],
            "meet",
            &["GON MIN 040"],
        ),
        (
            "a violent act's place is its target",
            in_minas,
            "attack",
            &["GON MIN 190"],
        ),
    ];
    for (name, rest, verb, want) in cases {
        let v = format!("{verb}ed {verb} VERB VBD 0 root").replace("eed", "ed");
        let mut rows = vec!["Gondor Gondor PROPN NNP 2 nsubj", v.as_str()];
        rows.extend_from_slice(rest);
        let got = show(&c.code(&sent(&rows), None));
        assert_eq!(got, *want, "{name}");
    }
}

/// A visit is made by a state, its organs or an organisation, not by people travelling;
/// weapons bought or given are things, so their country is the target, not its military.
#[test]
fn visitors_and_weapons() {
    let c = coder_from(
        &[
            (
                "v.txt",
                FileKind::Verbs,
                "--- VISIT [042] ---\nVISIT\n--- BUY [---] ---\nBUY\n- * + [061]\n",
            ),
            ("a.txt", FileKind::Actors, ACTORS),
            (
                "g.txt",
                FileKind::Agents,
                "MINISTER {MINISTERS} [~GOV]\nREFUGEE {REFUGEES} [~REF]\nMISSILE {MISSILES} [~MIL]\n",
            ),
        ],
        &[],
    );
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "a state's minister visits",
            &[
                "Gondor Gondor PROPN NNP 2 compound",
                "minister minister NOUN NN 3 nsubj",
                "visited visit VERB VBD 0 root",
                "Rhun Rhun PROPN NNP 3 obj",
            ],
            &["GONGOV RHU 042"],
        ),
        (
            "refugees travelling make no visit",
            &[
                "Gondor Gondor PROPN NNP 2 compound",
                "refugees refugee NOUN NNS 3 nsubj",
                "visited visit VERB VBD 0 root",
                "Rhun Rhun PROPN NNP 3 obj",
            ],
            &[],
        ),
        (
            "missiles bought are a thing of their country",
            &[
                "Gondor Gondor PROPN NNP 2 nsubj",
                "bought buy VERB VBD 0 root",
                "Rhun Rhun PROPN NNP 4 compound",
                "missiles missile NOUN NNS 2 obj",
            ],
            &["GON RHU 061"],
        ),
    ];
    for (name, rows, want) in cases {
        assert_eq!(show(&c.code(&sent(rows), None)), *want, "{name}");
    }
}
