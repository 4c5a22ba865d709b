//! Misparses the small neural parser makes on real news, where the perceptron's parse
//! codes (session 8): a day's apposition lengthening a pattern's phrase, a date taken
//! for a pattern's target, a day inside the phrase after it, a reported clause's subject
//! read as the object of "said", the second word of a name read as a second subject, a
//! predicate noun read as an object inside a relative clause, and an infinitive after
//! an actor object read as the object's clause. Each case is written by hand with the
//! events its right parse gives.

use dyad_coder::Coder;

mod common;
use common::{check_cases, misparse_coder, Case};

const VERBS: &str = "\
--- LAUNCH [---] ---
LAUNCH
- * OFFENSIVE (AGAINST +) [190]
- * OFFENSIVE (ON +) [193]
- * OFFENSIVE [190]
--- FIRE [---] ---
FIRE
- * (ON +) [193]
--- SPEAK [---] ---
SPEAK
- % * (ON PHONE) [041]
--- SEND [---] ---
SEND
- * FIGHT (ALONGSIDE +) [062]
--- SAY [---] ---
SAY
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
TROOP [~MIL]
MEDIA [~MED]
";

fn coder() -> Coder {
    misparse_coder(VERBS, ACTORS, AGENTS)
}

#[test]
fn news_misparses_read_as_the_parse_meant() {
    let c = coder();
    let cases: &[Case] = &[
        (
            "an apposition of a phrase is no part of the pattern's phrase",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "launched launch VERB VBD 0 root",
                "an a DET DT 4 det",
                "offensive offensive NOUN NN 2 obj",
                "against against ADP IN 8 case",
                "the the DET DT 8 det",
                "Egyptian Egyptian ADJ JJ 8 amod",
                "militants militant NOUN NNS 4 nmod",
                "on on ADP IN 11 case",
                "the the DET DT 11 det",
                "border border NOUN NN 2 obl",
                ", , PUNCT , 14 punct",
                "just just ADV RB 14 advmod",
                "days day NOUN NNS 11 appos",
                "after after ADP IN 16 case",
                "talks talk NOUN NNS 14 nmod",
            ],
            &["ISR EGYREB 190"],
        ),
        (
            "a date is no pattern's target",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "launched launch VERB VBD 0 root",
                "an a DET DT 4 det",
                "offensive offensive NOUN NN 2 obj",
                "against against ADP IN 6 case",
                "Egypt Egypt PROPN NNP 4 nmod",
                "on on ADP IN 9 case",
                "July July PROPN NNP 9 nmod:unmarked",
                "17 17 NUM CD 2 obl",
            ],
            &["ISR EGY 190"],
        ),
        (
            "a day inside the phrase after it is a phrase of its own",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "launched launch VERB VBD 0 root",
                "an a DET DT 4 det",
                "offensive offensive NOUN NN 2 obj",
                "on on ADP IN 8 case",
                "Sunday Sunday PROPN NNP 8 compound",
                "against against ADP IN 6 case",
                "militants militant NOUN NNS 2 obl",
            ],
            &["EGY ---REB 190"],
        ),
        (
            "a reported clause's subject read as the object of said",
            &[
                "Egyptian Egyptian ADJ JJ 2 amod",
                "media media NOUN NN 3 nsubj",
                "said say VERB VBD 0 root",
                "Israeli Israeli ADJ JJ 5 amod",
                "troops troop NOUN NNS 3 obj",
                "fired fire VERB VBN 3 ccomp",
                "on on ADP IN 8 case",
                "Jordan Jordan PROPN NNP 6 obl",
            ],
            &["ISRMIL JOR 193"],
        ),
        (
            "a name's last word read as a second subject ends the last conjunct",
            &[
                "Egypt Egypt PROPN NNP 5 nsubj",
                "and and CCONJ CC 3 cc",
                "Arda Arda PROPN NNP 1 conj",
                "Telemar Telemar PROPN NNP 5 nsubj",
                "spoke speak VERB VBD 0 root",
                "on on ADP IN 8 case",
                "the the DET DT 8 det",
                "phone phone NOUN NN 5 obl",
            ],
            &["EGY UKRTAT 041", "UKRTAT EGY 041"],
        ),
        (
            "a predicate noun read as an object inside a relative clause",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "the the DET DT 4 det",
                "bombings bombing NOUN NNS 2 obj",
                "that that PRON WDT 6 nsubj",
                "hit hit VERB VBD 4 acl:relcl",
                "Jordan Jordan PROPN NNP 6 obj",
                "were be AUX VBD 10 cop",
                "the the DET DT 10 det",
                "work work NOUN NN 6 obj",
                "of of ADP IN 12 case",
                "Israel Israel PROPN NNP 10 nmod",
            ],
            &["EGY ISR 112"],
        ),
        (
            "an infinitive after an actor object is the verb's clause",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "sent send VERB VBD 0 root",
                "troops troop NOUN NNS 2 obj",
                "and and CCONJ CC 6 cc",
                "its its PRON PRP$ 6 nmod:poss",
                "militants militant NOUN NNS 3 conj",
                "to to PART TO 8 mark",
                "fight fight VERB VB 6 acl",
                "alongside alongside ADP IN 10 case",
                "Jordan Jordan PROPN NNP 8 obl",
            ],
            &["EGY JOR 062"],
        ),
        (
            "an infinitive after an object naming no actor stays its clause",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "sent send VERB VBD 0 root",
                "troops troop NOUN NNS 2 obj",
                "and and CCONJ CC 6 cc",
                "a a DET DT 6 det",
                "plan plan NOUN NN 3 conj",
                "to to PART TO 8 mark",
                "fight fight VERB VB 6 acl",
                "alongside alongside ADP IN 10 case",
                "Jordan Jordan PROPN NNP 8 obl",
            ],
            &[],
        ),
    ];
    check_cases(&c, cases);
}
