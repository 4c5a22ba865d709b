//! Which noun phrases are actors: a role word that only describes a thing or an act
//! ("a government plan") is no actor, while a role word before a noun naming people
//! ("government sources"), a possessor ("the government's plan") and a country word
//! ("the Israeli plan") still are; a pronoun ("us") is never a country. Small
//! dictionaries, hand-written parses, one case a row.

use dyad_coder::Coder;
use dyad_dict::FileKind;

mod common;
use common::{place, plain_coder, sent, show};

const VERBS: &str = "\
--- CRITICIZE [111] ---
CRITICIZE
--- ATTACK [190] ---
ATTACK
";
const ACTORS: &str = "ISRAEL [ISR]\n+ISRAELI\nUNITED_STATES [USA]\n+US\nTHE_WEST [WST]\n";
const AGENTS: &str =
    "GOVERNMENT [~GOV]\nUNIONS {} [~LAB]\nPROTESTERS {} [~OPP]\nPOLICE [~COP]\nTROOPS {} [~MIL]\n";

fn coder() -> Coder {
    plain_coder(&[
        ("v.txt", FileKind::Verbs, VERBS),
        ("a.txt", FileKind::Actors, ACTORS),
        ("g.txt", FileKind::Agents, AGENTS),
    ])
}

/// A case: what it shows, the object phrase's rows after "The unions criticized", the
/// events wanted (sorted).
type Case<'a> = (&'a str, &'a [&'a str], &'a [&'a str]);

#[test]
fn object_phrases() {
    let c = coder();
    let cases: &[Case] = &[
        (
            "a role word as a compound of a thing is no actor",
            &[
                "the the DET DT 6 det",
                "government government NOUN NN 6 compound",
                "plan plan NOUN NN 3 obj",
            ],
            &[],
        ),
        (
            "nor of a plan of action",
            &[
                "a a DET DT 6 det",
                "police police NOUN NN 6 compound",
                "scheme scheme NOUN NN 3 obj",
            ],
            &[],
        ),
        (
            "a possessor keeps its role",
            &[
                "the the DET DT 5 det",
                "government government NOUN NN 7 nmod:poss",
                "'s 's PART POS 5 case",
                "plan plan NOUN NN 3 obj",
            ],
            &["---LAB ---GOV 111"],
        ),
        (
            "a noun naming people takes the role before it",
            &[
                "government government NOUN NN 5 compound",
                "sources source NOUN NNS 3 obj",
            ],
            &["---LAB ---GOV 111"],
        ),
        (
            "so does a person suffix",
            &[
                "police police NOUN NN 5 compound",
                "informants informant NOUN NNS 3 obj",
            ],
            &["---LAB ---COP 111"],
        ),
        (
            "a thing ending like a person is no person",
            &[
                "a a DET DT 6 det",
                "government government NOUN NN 6 compound",
                "guarantee guarantee NOUN NN 3 obj",
            ],
            &[],
        ),
        (
            "a country word still names its country",
            &[
                "the the DET DT 6 det",
                "Israeli Israeli ADJ JJ 6 amod",
                "plan plan NOUN NN 3 obj",
            ],
            &["---LAB ISR 111"],
        ),
        (
            "with a country the role says whose thing it is",
            &[
                "the the DET DT 7 det",
                "Israeli Israeli ADJ JJ 7 amod",
                "government government NOUN NN 7 compound",
                "plan plan NOUN NN 3 obj",
            ],
            &["ISRLAB ISRGOV 111"],
        ),
        (
            "the pronoun us is not the United States",
            &["us we PRON PRP 3 obj"],
            &[],
        ),
        (
            "the West is a bloc",
            &["the the DET DT 5 det", "West West PROPN NNP 3 obj"],
            &["---LAB WST 111"],
        ),
        (
            "so is the west in lower case (Guardian style)",
            &["the the DET DT 5 det", "west west NOUN NN 3 obj"],
            &["---LAB WST 111"],
        ),
        (
            "the west of a country is a direction",
            &[
                "the the DET DT 5 det",
                "west west NOUN NN 3 obj",
                "of of ADP IN 7 case",
                "Israel Israel PROPN NNP 5 nmod",
            ],
            &["---LAB ISR 111"],
        ),
        (
            "the abbreviation US is",
            &["the the DET DT 5 det", "US US PROPN NNP 3 obj"],
            &["---LAB USA 111"],
        ),
    ];
    for (name, object, want) in cases {
        let mut rows = vec![
            "The the DET DT 2 det",
            "unions union NOUN NNS 3 nsubj",
            "criticized criticize VERB VBD 0 root",
        ];
        rows.extend_from_slice(object);
        rows.push(". . PUNCT . 3 punct");
        let got = show(&c.code(&sent(&rows), None));
        assert_eq!(got, *want, "{name}");
    }
}

/// A violent act keeps the role before it: "a police raid" is the police's.
#[test]
fn violent_acts_keep_their_doer() {
    let c = coder();
    let rows = [
        "A a DET DT 3 det",
        "police police NOUN NN 3 compound",
        "raid raid NOUN NN 4 nsubj",
        "attacked attack VERB VBD 0 root",
        "the the DET DT 6 det",
        "protesters protester NOUN NNS 4 obj",
    ];
    assert_eq!(show(&c.code(&sent(&rows), None)), ["---COP ---OPP 190"]);
}

/// "The unions criticized the US-backed protesters": a name glued by a hyphen to
/// "backed" (or "sponsored", "armed", ...) is the backer, not who the phrase names;
/// "US-led" names the leader, who is of the phrase. A spaced hyphen is no compound.
/// (Case: what it shows, text, participle, events wanted.)
#[test]
fn backers_are_not_the_backed() {
    let c = coder();
    let cases: &[(&str, &str, &str, &[&str])] = &[
        (
            "backed: the backer is no actor",
            "The unions criticized the US-backed protesters",
            "backed",
            &["---LAB ---OPP 111"],
        ),
        (
            "led: the leader is (and the unions take its country)",
            "The unions criticized the US-led protesters",
            "led",
            &["USALAB USAOPP 111"],
        ),
    ];
    for (what, text, participle, want) in cases {
        let rows = [
            "The the DET DT 2 det".to_string(),
            "unions union NOUN NNS 3 nsubj".to_string(),
            "criticized criticize VERB VBD 0 root".to_string(),
            "the the DET DT 8 det".to_string(),
            "US US PROPN NNP 7 obl:unmarked".to_string(),
            "- - PUNCT HYPH 5 punct".to_string(),
            format!("{participle} {participle} VERB VBN 8 amod"),
            "protesters protester NOUN NNS 3 obj".to_string(),
        ];
        let refs: Vec<&str> = rows.iter().map(String::as_str).collect();
        let s = place(sent(&refs), text);
        assert_eq!(show(&c.code(&s, None)), *want, "{what}");
    }
}

/// "Protesters loyal to Israel criticized the US": a role word loyal, linked or
/// affiliated to an actor is that actor's, whether the parser hangs the adjective on the
/// noun or on the verb; a role word merely near an actor is not. (Case: what it shows,
/// the subject's rows before "criticized the US", events wanted.)
#[test]
fn allegiance_names_the_group() {
    let c = coder();
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "loyal to, on the noun",
            &[
                "Protesters protester NOUN NNS 5 nsubj",
                "loyal loyal ADJ JJ 1 amod",
                "to to ADP IN 4 case",
                "Israel Israel PROPN NNP 2 obl",
            ],
            &["ISROPP USA 111"],
        ),
        (
            "loyal to, hung on the verb",
            &[
                "Protesters protester NOUN NNS 5 nsubj",
                "loyal loyal ADJ JJ 5 advmod",
                "to to ADP IN 4 case",
                "Israel Israel PROPN NNP 2 obl",
            ],
            &["ISROPP USA 111"],
        ),
        (
            "linked to",
            &[
                "Protesters protester NOUN NNS 5 nsubj",
                "linked link VERB VBN 1 acl",
                "to to ADP IN 4 case",
                "Israel Israel PROPN NNP 2 obl",
            ],
            &["ISROPP USA 111"],
        ),
        (
            "angry at is no allegiance",
            &[
                "Protesters protester NOUN NNS 5 nsubj",
                "angry angry ADJ JJ 1 amod",
                "at at ADP IN 4 case",
                "Israel Israel PROPN NNP 2 obl",
            ],
            &["---OPP USA 111"],
        ),
    ];
    for (what, subject, want) in cases {
        let mut rows = subject.to_vec();
        rows.extend([
            "criticized criticize VERB VBD 0 root",
            "the the DET DT 7 det",
            "US US PROPN NNP 5 obj",
        ]);
        assert_eq!(show(&c.code(&sent(&rows), None)), *want, "{what}");
    }
}

/// "Israeli police and troops criticized the unions": one country word before a list of
/// armed forces covers them all; before a force and a civil role it covers the first.
/// (Case: what it shows, the second conjunct's rows, events wanted.)
#[test]
fn a_country_word_covers_a_list_of_forces() {
    let c = coder();
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "police and troops",
            "troops troops NOUN NNS 2 conj",
            &["ISRCOP ---LAB 111", "ISRMIL ---LAB 111"],
        ),
        (
            "police and protesters",
            "protesters protester NOUN NNS 2 conj",
            &["---OPP ---LAB 111", "ISRCOP ---LAB 111"],
        ),
    ];
    for (what, second, want) in cases {
        let rows = [
            "Israeli Israeli ADJ JJ 2 amod",
            "police police NOUN NN 5 nsubj",
            "and and CCONJ CC 4 cc",
            second,
            "criticized criticize VERB VBD 0 root",
            "the the DET DT 7 det",
            "unions union NOUN NNS 5 obj",
        ];
        assert_eq!(show(&c.code(&sent(&rows), None)), *want, "{what}");
    }
}
