//! One role per actor code: the forces of a regime are the state's military ("Numenorean
//! regime forces" NUMMIL, not NUMGOVMIL), officials of an army are the army, fighters
//! or a commander of rebels are the rebels, an official of an international body is the
//! body; a role entry written as a pair (a defence minister, GOVMIL) stays whole.
//! Small dictionaries, hand-written parses of "X attacked the villagers", one subject
//! phrase a row.

use dyad_dict::FileKind;

mod common;
use common::{coder_from, sent, show};

const VERBS: &str = "--- ATTACK [190] ---\nATTACK\n";
const ACTORS: &str = "\
NUMENOR [NUM]
+NUMENOREAN
UNITED_NATIONS [IGOUNO]
+UN
";
const AGENTS: &str = "\
REGIME {REGIMES} [~GOV]
GOVERNMENT {GOVERNMENTS} [~GOV]
OFFICIAL {OFFICIALS} [~GOV]
FORCES {} [~MIL]
ARMY {ARMIES} [~MIL]
FIGHTER {FIGHTERS} [~MIL]
COMMANDER {COMMANDERS} [~MIL]
REBEL {REBELS} [~REB]
MILITIA {MILITIAS} [~UAF]
POLICE {} [~COP]
DEFENCE_MINISTER {DEFENCE_MINISTERS} [~GOVMIL]
VILLAGER {VILLAGERS} [~CVL]
";

/// Rows of the subject phrase (heads counted from 1; the verb comes right after it).
type Case<'a> = (&'a str, &'a [&'a str], &'a str);

#[test]
fn one_role_per_code() {
    let c = coder_from(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("a.txt", FileKind::Actors, ACTORS),
            ("g.txt", FileKind::Agents, AGENTS),
        ],
        &[],
    );
    let cases: &[Case] = &[
        (
            "a regime's forces are the military",
            &[
                "Numenorean Numenorean ADJ JJ 3 amod",
                "regime regime NOUN NN 3 compound",
                "forces force NOUN NNS 4 nsubj",
            ],
            "NUMMIL",
        ),
        (
            "so are the government's forces",
            &[
                "the the DET DT 2 det",
                "government government NOUN NN 4 nmod:poss",
                "'s 's PART POS 2 case",
                "forces force NOUN NNS 5 nsubj",
            ],
            "---MIL",
        ),
        (
            "army officials are the army",
            &[
                "Numenorean Numenorean ADJ JJ 3 amod",
                "army army NOUN NN 3 compound",
                "officials official NOUN NNS 4 nsubj",
            ],
            "NUMMIL",
        ),
        (
            "a rebel commander is a rebel",
            &[
                "a a DET DT 3 det",
                "rebel rebel NOUN NN 3 compound",
                "commander commander NOUN NN 4 nsubj",
            ],
            "---REB",
        ),
        (
            "rebel fighters of a country are its rebels",
            &[
                "Numenorean Numenorean ADJ JJ 3 amod",
                "rebel rebel NOUN NN 3 compound",
                "fighters fighter NOUN NNS 4 nsubj",
            ],
            "NUMREB",
        ),
        (
            "police officials are the police",
            &[
                "police police NOUN NN 2 compound",
                "officials official NOUN NNS 3 nsubj",
            ],
            "---COP",
        ),
        (
            "a UN official is the UN",
            &[
                "a a DET DT 3 det",
                "UN UN PROPN NNP 3 compound",
                "official official NOUN NN 4 nsubj",
            ],
            "IGOUNO",
        ),
        (
            "a pair written in the dictionary stays whole",
            &[
                "the the DET DT 4 det",
                "Numenorean Numenorean ADJ JJ 4 amod",
                "defence defence NOUN NN 4 compound",
                "minister minister NOUN NN 5 nsubj",
            ],
            "NUMGOVMIL",
        ),
    ];
    for (name, subject, want) in cases {
        let mut rows: Vec<String> = subject.iter().map(|r| r.to_string()).collect();
        let verb = rows.len() + 1;
        rows.push("attacked attack VERB VBD 0 root".into());
        rows.push(format!("the the DET DT {} det", verb + 2));
        rows.push(format!("villagers villager NOUN NNS {verb} obj"));
        let refs: Vec<&str> = rows.iter().map(String::as_str).collect();
        let got = show(&c.code(&sent(&refs), None));
        let sources: Vec<&str> = got.iter().filter_map(|e| e.split(' ').next()).collect();
        assert_eq!(sources, [*want], "{name}: {got:?}");
    }
}
