//! Misparses of clauses that the small neural parser makes on news (and the perceptron
//! at times): a relative clause labelled as one on a predicate, an apposition read as a
//! second subject, the subject of a clause read as the object of its conjunction, the
//! subject of a conjunct read as a conjunct of the noun before it, a name read as two
//! objects; and a "that" clause on the object noun, which a correct parse also gives.
//! Each case is written by hand with the events its right parse gives.

use dyad_coder::Coder;

mod common;
use common::{check_cases, misparse_coder, Case};

const VERBS: &str = "\
--- ATTACK [190] ---
ATTACK
KILL
--- URGE [020] ---
URGE
--- SENTENCE [---] ---
SENTENCE
--- DEFEND [---] ---
DEFEND
--- DROP [---] ---
DROP
- * DEMANDS [080]
--- EXPRESS [---] ---
EXPRESS
- * DOUBT [012]
--- BEGIN [---] ---
BEGIN
- * TALKS (WITH +) [046]
";
const ACTORS: &str = "\
ISRAEL [ISR]
+ISRAELI
EGYPT [EGY]
+EGYPTIAN
JORDAN [JOR]
ARDA_TELEMAR [UKRTAT]
";
const AGENTS: &str = "\
MILITANT [~REB]
KIDNAPPER [~CRM]
COURT [~JUD]
GROUP [~NGO]
ADVOCATE [~HRI]
GOVERNMENT [~GOV]
MINISTER [~GOV]
";

fn coder() -> Coder {
    misparse_coder(VERBS, ACTORS, AGENTS)
}

#[test]
fn clause_misparses_read_as_the_parse_meant() {
    let c = coder();
    let cases: &[Case] = &[
        (
            "advcl:relcl on a word that is no verb is that word's relative clause",
            &[
                "An an DET DT 3 det",
                "Egyptian Egyptian ADJ JJ 3 amod",
                "court court NOUN NN 4 nsubj",
                "sentenced sentence VERB VBD 0 root",
                "a a DET DT 6 det",
                "militant militant ADJ JJ 4 xcomp",
                "who who PRON WP 8 nsubj",
                "attacked attack VERB VBD 6 advcl:relcl",
                "Jordan Jordan PROPN NNP 8 obj",
            ],
            &["---REB JOR 190"],
        ),
        (
            "an apposition set off by commas is no second subject",
            &[
                "Israel Israel PROPN NNP 3 compound",
                "'s 's PART POS 1 case",
                "Union Union PROPN NNP 10 nsubj",
                ", , PUNCT , 3 punct",
                "the the DET DT 8 det",
                "leading lead VERB VBG 8 amod",
                "rights rights NOUN NNS 8 compound",
                "group group NOUN NN 10 nsubj",
                ", , PUNCT , 8 punct",
                "urged urge VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 10 obj",
            ],
            &["ISR EGY 020"],
        ),
        (
            "two subjects with no comma between stay one phrase",
            &[
                "Israeli Israeli ADJ JJ 2 amod",
                "group group NOUN NN 5 nsubj",
                "Arda Arda PROPN NNP 5 nsubj",
                "Telemar Telemar PROPN NNP 3 flat",
                "attacked attack VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 5 obj",
            ],
            &["UKRTAT EGY 190"],
        ),
        (
            "the subject of a clause after \"after\" is no object of it",
            &[
                "Jordan Jordan PROPN NNP 2 nsubj",
                "defended defend VERB VBD 0 root",
                "Arda Arda PROPN NNP 2 obj",
                "Telemar Telemar PROPN NNP 3 flat",
                "after after ADP IN 6 case",
                "Israel Israel PROPN NNP 2 obl",
                "urged urge VERB VBD 2 advcl",
                "Egypt Egypt PROPN NNP 7 obj",
            ],
            &["ISR EGY 020"],
        ),
        (
            "a noun after \"after\" followed by no verb stays its object",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 2 obj",
                "after after ADP IN 5 case",
                "talks talk NOUN NNS 2 obl",
                "with with ADP IN 7 case",
                "Jordan Jordan PROPN NNP 5 nmod",
            ],
            &["ISR EGY 190"],
        ),
        (
            "the subject of a conjoined clause read as a conjunct of the noun before it",
            &[
                "Egyptian Egyptian ADJ JJ 2 amod",
                "militants militant NOUN NNS 3 nsubj",
                "began begin VERB VBD 0 root",
                "talks talk NOUN NNS 3 obj",
                "with with ADP IN 7 case",
                "the the DET DT 7 det",
                "government government NOUN NN 4 nmod",
                "and and CCONJ CC 9 cc",
                "Jordan Jordan PROPN NNP 7 conj",
                "and and CCONJ CC 12 cc",
                "the the DET DT 12 det",
                "kidnappers kidnapper NOUN NNS 9 conj",
                "have have AUX VBP 14 aux",
                "dropped drop VERB VBN 3 conj",
                "demands demand NOUN NNS 14 obj",
            ],
            &["EGYCRM EGYREB 080", "EGYREB EGYGOV 046", "EGYREB JOR 046"],
        ),
        (
            "a title and a name read as two objects are one phrase",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
                "former former ADJ JJ 4 amod",
                "minister minister NOUN NN 2 obj",
                "Arda Arda PROPN NNP 4 flat",
                "Telemar Telemar PROPN NNP 2 obj",
            ],
            &["EGY UKRTAT 190"],
        ),
        (
            "the \"that\" clause of the object noun gives the target, as a verb's would",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "expressed express VERB VBD 0 root",
                "doubt doubt NOUN NN 2 obj",
                "that that SCONJ IN 8 mark",
                "Israeli Israeli ADJ JJ 6 amod",
                "elections election NOUN NNS 8 nsubj:pass",
                "were be AUX VBD 8 aux:pass",
                "held hold VERB VBN 3 acl",
            ],
            &["EGY ISR 012"],
        ),
        (
            "a role word with a named apposition: the name's country, the word's role",
            &[
                "the the DET DT 2 det",
                "militants militant NOUN NNS 7 nsubj",
                ", , PUNCT , 4 punct",
                "Arda Arda PROPN NNP 2 appos",
                "Telemar Telemar PROPN NNP 4 flat",
                ", , PUNCT , 4 punct",
                "attacked attack VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 7 obj",
            ],
            &["UKRREB EGY 190"],
        ),
        (
            "allies named by a country are not that country",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
                "Jordan Jordan PROPN NNP 2 obj",
                "and and CCONJ CC 7 cc",
                "other other ADJ JJ 7 amod",
                "Israel Israel PROPN NNP 7 compound",
                "allies ally NOUN NNS 3 conj",
            ],
            &["EGY JOR 190"],
        ),
        (
            "foes named after the word are the foes",
            &[
                "Old old ADJ JJ 2 amod",
                "foes foe NOUN NNS 4 nsubj",
                "Egypt Egypt PROPN NNP 2 flat",
                "attacked attack VERB VBD 0 root",
                "Jordan Jordan PROPN NNP 4 obj",
            ],
            &["EGY JOR 190"],
        ),
        (
            "allies named by an adjective of their country are of it",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
                "its its PRON PRP$ 5 nmod:poss",
                "Israeli Israeli ADJ JJ 5 amod",
                "allies ally NOUN NNS 2 obj",
            ],
            &["EGY ISR 190"],
        ),
    ];
    check_cases(&c, cases);
}
