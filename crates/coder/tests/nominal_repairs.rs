//! Noun phrases the small neural parser splits (session 9, `repair/nominals.rs`): two
//! coordinated adjectives read as two modifiers, the "by" phrase naming who did what a
//! noun object names hung on the verb, a bare noun object read as a predicate, and a
//! compound's last word after a preposition read as a clause. Each
//! case is written by hand, with the events its right parse gives; the guards keep the
//! parses the repairs must leave alone.

mod common;
use common::{check_cases, misparse_coder, Case};

const VERBS: &str = "\
--- CONDEMN [111] ---
CONDEMN
--- REQUEST [020] ---
REQUEST
- * INTERVENTION [0234]
--- INVESTIGATE [090] ---
INVESTIGATE
- * &CRIME [094]
--- PROMISE [---] ---
PROMISE
- * BACKING [032]
--- ACCUSE [112] ---
ACCUSE
- * + (OF &CRIME) [1121]
--- DEMAND [100] ---
DEMAND
--- RESIGN [0831] ---
RESIGN
--- BECOME [---] ---
BECOME
- * BACKER [032]
&CRIME
+WAR_CRIMES
+ATROCITIES
+SMUGGLING
";
const ACTORS: &str = "\
CHAD [TCD]
+CHADIAN
NIGERIA [NGA]
+NIGERIAN
NIGER [NER]
";
const AGENTS: &str = "\
MINISTER [~GOV]
PRESIDENT [~GOV]
TROOP [~MIL]
";

#[test]
fn split_noun_phrases_read_as_the_parse_meant() {
    let c = misparse_coder(VERBS, ACTORS, AGENTS);
    let cases: &[Case] = &[
        (
            "two coordinated adjectives read as two modifiers",
            &[
                "The the DET DT 5 det",
                "Chadian Chadian ADJ JJ 5 amod",
                "and and CCONJ CC 4 cc",
                "Nigerian Nigerian ADJ JJ 5 amod",
                "ministers minister NOUN NNS 6 nsubj",
                "condemned condemn VERB VBD 0 root",
                "Niger Niger PROPN NNP 6 obj",
            ],
            &["NGAGOV NER 111", "TCDGOV NER 111"],
        ),
        (
            "the actor of a noun object hung on the verb",
            &[
                "Chad Chad PROPN NNP 2 nsubj",
                "requested request VERB VBD 0 root",
                "an a DET DT 4 det",
                "intervention intervention NOUN NN 2 obj",
                "by by ADP IN 6 case",
                "Nigeria Nigeria PROPN NNP 2 obl",
            ],
            &["TCD NGA 0234"],
        ),
        (
            "an agent of a compound noun object hung on the verb",
            &[
                "Chad Chad PROPN NNP 2 nsubj",
                "investigated investigate VERB VBD 0 root",
                "war war NOUN NN 4 compound",
                "crimes crime NOUN NNS 2 obj",
                "by by ADP IN 7 case",
                "Nigerian Nigerian ADJ JJ 7 amod",
                "troops troop NOUN NNS 2 obl",
            ],
            &["TCD NGAMIL 094"],
        ),
        (
            "a bare noun object read as a predicate",
            &[
                "Chad Chad PROPN NNP 2 nsubj",
                "promised promise VERB VBD 0 root",
                "backing backing NOUN NN 2 xcomp",
                "for for ADP IN 5 case",
                "Nigeria Nigeria PROPN NNP 3 nmod",
            ],
            &["TCD NGA 032"],
        ),
        (
            "a compound's last word after a preposition read as the verb's clause",
            &[
                "Chad Chad PROPN NNP 2 nsubj",
                "accused accuse VERB VBD 0 root",
                "Niger Niger PROPN NNP 2 obj",
                "of of ADP IN 5 case",
                "arms arms NOUN NNS 3 nmod",
                "smuggling smuggling NOUN NN 2 advcl",
            ],
            &["TCD NER 1121"],
        ),
        (
            "the same word read as a clause of the object",
            &[
                "Chad Chad PROPN NNP 2 nsubj",
                "accused accuse VERB VBD 0 root",
                "Niger Niger PROPN NNP 2 obj",
                "of of ADP IN 5 case",
                "arms arms NOUN NNS 3 nmod",
                "smuggling smuggling NOUN NN 3 acl",
            ],
            &["TCD NER 1121"],
        ),
        (
            "guard: a linking verb's predicate noun stays a predicate",
            &[
                "Chad Chad PROPN NNP 2 nsubj",
                "became become VERB VBD 0 root",
                "backer backer NOUN NN 2 xcomp",
                "of of ADP IN 5 case",
                "Nigeria Nigeria PROPN NNP 3 nmod",
            ],
            &[],
        ),
    ];
    check_cases(&c, cases);
}

/// A "that" clause in the subjunctive after a demand demands its act: a resignation
/// (0831, acceding to a change of leader) is a demand for a change of leader (1041),
/// not for reform in general (104).
#[test]
fn demanded_resignations_are_demands_for_a_new_leader() {
    let c = misparse_coder(VERBS, ACTORS, AGENTS);
    let cases: &[Case] = &[(
        "demanded that the Chadian president resign",
        &[
            "Nigeria Nigeria PROPN NNP 2 nsubj",
            "demanded demand VERB VBD 0 root",
            "that that SCONJ IN 7 mark",
            "the the DET DT 6 det",
            "Chadian Chadian ADJ JJ 6 amod",
            "president president NOUN NN 7 nsubj",
            "resign resign VERB VB 2 ccomp",
        ],
        &["NGA TCDGOV 1041"],
    )];
    check_cases(&c, cases);
}
