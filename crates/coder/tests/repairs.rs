//! Parse errors the coder repairs before reading a sentence (`repair.rs`), and the
//! readings that lean on a parse detail (hyphenated names, predicate adjectives,
//! reported clauses). Each case is a misparse of the kind dyad's own parser makes on
//! news, written by hand, with the events a correct parse gives.

use dyad_coder::Coder;

mod common;
use common::{check_cases, misparse_coder, place, sent, show, Case};

const VERBS: &str = "\
--- ATTACK [190] ---
ATTACK
--- CRITICIZE [111] ---
CRITICIZE
--- CONDEMN [111] ---
CONDEMN
--- MEET [040] ---
MEET
--- PROMISE [030] ---
PROMISE
--- RESTORE [080] ---
RESTORE
- * TIES (WITH +) [051]
--- SAY [010] ---
SAY {SAID}
--- CAPTURE [192] ---
CAPTURE
--- DENY [016] ---
DENY
--- MOVE [150] ---
MOVE
--- ILLEGAL [---] ---
ILLEGAL
- + * [111]
--- CELEBRATE [017] ---
CELEBRATE
- * EID (AT ^) (WITH +) [017]
- * EID [016]
--- PRAISE [051] ---
PRAISE
--- SEND [---] ---
SEND
- * AID (TO +) [070]
";
const ACTORS: &str = "\
ISRAEL [ISR]
+ISRAELI
SYRIA [SYR]
EGYPT [EGY]
+EGYPTIAN
JORDAN [JOR]
AL-SHABAB [SOMREB]
ARDA_TELEMAR [UKRTAT]
LEAGUE_OF_ARNOR [IGOARN]
";
const AGENTS: &str = "\
TROOPS {} [~MIL]
ARMY [~MIL]
MINISTER [~GOV]
MINISTRY [~GOV]
OFFICIAL [~GOV]
PEOPLE {} [~CVL]
";

fn coder() -> Coder {
    misparse_coder(VERBS, ACTORS, AGENTS)
}

#[test]
fn misparses_read_as_the_parse_meant() {
    let c = coder();
    let cases: &[Case] = &[
        (
            "two subjects, one phrase: the words before the name are part of it",
            &[
                "Egypt Egypt PROPN NNP 4 nmod:poss",
                "'s 's PART POS 1 case",
                "first first ADJ JJ 4 amod",
                "Deputy deputy NOUN NN 7 nsubj",
                "Minister Minister PROPN NNP 6 nmod:desc",
                "Halim Halim PROPN NNP 7 nsubj",
                "met meet VERB VBD 0 root",
                "Israel Israel PROPN NNP 7 obj",
            ],
            &["EGYGOV ISR 040"],
        ),
        (
            "two subjects, one phrase, the later a named actor: it is the actor",
            &[
                "Israeli Israeli ADJ JJ 2 amod",
                "army army NOUN NN 5 nsubj",
                "Arda Arda PROPN NNP 5 nsubj",
                "Telemar Telemar PROPN NNP 3 flat",
                "attacked attack VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 5 obj",
            ],
            &["UKRTAT EGY 190"],
        ),
        (
            "modifiers and their noun read as three conjuncts share the noun",
            &[
                "Egyptian Egyptian ADJ JJ 5 nsubj",
                "and and CCONJ CC 3 cc",
                "Israeli Israeli ADJ JJ 1 conj",
                "troops troops NOUN NNS 1 conj",
                "attacked attack VERB VBD 0 root",
                "Jordan Jordan PROPN NNP 5 obj",
            ],
            &["EGYMIL JOR 190", "ISRMIL JOR 190"],
        ),
        (
            "a name's prepositional piece hung on the verb is the name's",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "met meet VERB VBD 0 root",
                "the the DET DT 4 det",
                "League League PROPN NNP 2 obj",
                "of of ADP IN 6 case",
                "Arnor Arnor PROPN NNP 2 obl",
            ],
            &["EGY IGOARN 040"],
        ),
        (
            "a relative clause read as a conjunct: \"who\" is the noun before it",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "praised praise VERB VBD 0 root",
                "Arda Arda PROPN NNP 2 obj",
                "Telemar Telemar PROPN NNP 3 flat",
                ", , PUNCT , 7 punct",
                "who who PRON WP 7 nsubj",
                "attacked attack VERB VBD 2 conj",
                "Jordan Jordan PROPN NNP 7 obj",
            ],
            &["EGY UKRTAT 051", "UKRTAT JOR 190"],
        ),
        (
            "a preposition hung on the number before its noun is the noun's",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "sent send VERB VBD 0 root",
                "aid aid NOUN NN 2 obj",
                "to to ADP IN 5 case",
                "500 500 NUM CD 6 nummod",
                "people people NOUN NNS 3 nmod",
                "in in ADP IN 8 case",
                "Syria Syria PROPN NNP 6 nmod",
            ],
            &["EGY SYRCVL 070"],
        ),
        (
            "two subjects with the conjunction hung on the verb are coordinated",
            &[
                "The the DET DT 2 det",
                "lions lion NOUN NNS 5 nsubj",
                "and and CCONJ CC 5 cc",
                "Egypt Egypt PROPN NNP 5 nsubj",
                "attacked attack VERB VBD 0 root",
                "Jordan Jordan PROPN NNP 5 obj",
            ],
            &["EGY JOR 190"],
        ),
        (
            "a stray subject far from the verb is none of its arguments",
            &[
                "Years year NOUN NNS 4 nsubj",
                "later later ADV RB 4 advmod",
                "Israel Israel PROPN NNP 4 nsubj",
                "criticized criticize VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 4 obj",
            ],
            &["ISR EGY 111"],
        ),
        (
            "an object with a preposition is a phrase",
            &[
                "Israel Israel PROPN NNP 3 nsubj:pass",
                "was be AUX VBD 3 aux:pass",
                "criticized criticize VERB VBN 0 root",
                "over over ADP IN 6 case",
                "its its PRON PRP$ 6 nmod:poss",
                "dispute dispute NOUN NN 3 obj",
                "with with ADP IN 8 case",
                "Egypt Egypt PROPN NNP 6 nmod",
            ],
            &["EGY ISR 111"],
        ),
        (
            "a subject with a preposition belongs to the subject before it",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "an a DET DT 4 det",
                "embargo embargo NOUN NN 8 nsubj",
                "against against ADP IN 6 case",
                "Egypt Egypt PROPN NNP 8 nsubj",
                "would would AUX MD 8 aux",
                "fail fail VERB VB 2 ccomp",
            ],
            &["ISR EGY 010"],
        ),
        (
            "a noun conjunct before its verb is the subject; the adjective read as subject modifies it",
            &[
                "Egypt Egypt PROPN NNP 3 nmod:poss",
                "'s 's PART POS 1 case",
                "awful awful ADJ JJ 8 nsubj",
                "and and CCONJ CC 7 cc",
                "evil evil ADJ JJ 6 amod",
                "minister minister NOUN NN 7 nmod:desc",
                "Halim Halim PROPN NNP 8 conj",
                "attacked attack VERB VBD 0 root",
                "Israel Israel PROPN NNP 8 obj",
            ],
            &["EGYGOV ISR 190"],
        ),
        (
            "a verb conjoined to the noun after it joins the verb above, the noun its object",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "condemned condemn VERB VBD 0 root",
                "an a DET DT 4 det",
                "attack attack NOUN NN 2 obj",
                "by by ADP IN 7 case",
                "Egyptian Egyptian ADJ JJ 7 amod",
                "troops troop NOUN NNS 4 nmod",
                "and and CCONJ CC 9 cc",
                "promised promise VERB VBD 10 conj",
                "aid aid NOUN NN 4 nmod",
                "to to ADP IN 12 case",
                "Jordan Jordan PROPN NNP 10 nmod",
            ],
            &["ISR EGYMIL 111", "ISR JOR 030"],
        ),
        (
            "the middle of a list of names read as an apposition of the phrase's head",
            &[
                "The the DET DT 2 det",
                "ministers minister NOUN NNS 9 nsubj",
                "of of ADP IN 4 case",
                "Israel Israel PROPN NNP 2 nmod",
                ", , PUNCT , 6 punct",
                "Egypt Egypt PROPN NNP 2 appos",
                "and and CCONJ CC 8 cc",
                "Jordan Jordan PROPN NNP 6 conj",
                "met meet VERB VBD 0 root",
                "Syria Syria PROPN NNP 9 obj",
            ],
            &["EGYGOV SYR 040", "ISRGOV SYR 040", "JORGOV SYR 040"],
        ),
        (
            "an apposition with a conjunction of its own is a conjunct",
            &[
                "Israel Israel PROPN NNP 5 nsubj",
                "and and CCONJ CC 4 cc",
                "the the DET DT 4 det",
                "Egypt Egypt PROPN NNP 1 appos",
                "attacked attack VERB VBD 0 root",
                "Jordan Jordan PROPN NNP 5 obj",
            ],
            &["EGY JOR 190", "ISR JOR 190"],
        ),
        (
            "a verb conjoined to an earlier noun, its object a bare phrase of that noun",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "condemned condemn VERB VBD 0 root",
                "the the DET DT 4 det",
                "attack attack NOUN NN 2 obj",
                "and and CCONJ CC 6 cc",
                "promised promise VERB VBN 4 conj",
                "raids raid NOUN NNS 4 nmod",
                "on on ADP IN 9 case",
                "Egypt Egypt PROPN NNP 7 nmod",
            ],
            &["ISR EGY 030"],
        ),
        (
            "a predicate noun keeps its conjunct verb",
            &[
                "Israel Israel PROPN NNP 3 nsubj",
                "is be AUX VBZ 3 cop",
                "neighbour neighbour NOUN NN 0 root",
                "and and CCONJ CC 5 cc",
                "attacked attack VERB VBD 3 conj",
                "Egypt Egypt PROPN NNP 5 obj",
            ],
            &["ISR EGY 190"],
        ),
        (
            "a pronoun read as the object of a report is the subject of its clause",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "indicated indicate VERB VBD 0 root",
                "it it PRON PRP 2 obj",
                "criticized criticize VERB VBD 2 ccomp",
                "Egypt Egypt PROPN NNP 4 obj",
            ],
            &["ISR EGY 111"],
        ),
        (
            "a predicate adjective's phrases hold the target",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "moved move VERB VBD 0 root",
                "close close ADJ JJ 2 xcomp",
                "to to ADP IN 6 case",
                "the the DET DT 6 det",
                "border border NOUN NN 3 obl",
                "with with ADP IN 8 case",
                "Egypt Egypt PROPN NNP 6 nmod",
            ],
            &["ISR EGY 150"],
        ),
        (
            "a report of a clause that coded inside is no event of its own",
            &[
                "An a DET DT 2 det",
                "official official NOUN NN 3 nsubj",
                "said say VERB VBD 0 root",
                "Israel Israel PROPN NNP 6 nsubj",
                "is be AUX VBZ 6 cop",
                "about about ADJ JJ 3 ccomp",
                "to to PART TO 8 mark",
                "restore restore VERB VB 6 xcomp",
                "ties tie NOUN NNS 8 obj",
                "with with ADP IN 11 case",
                "Egypt Egypt PROPN NNP 9 nmod",
            ],
            &["ISR EGY 051"],
        ),
        (
            "an event in a relative clause of the report's clause leaves the report its target",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "denied deny VERB VBD 0 root",
                "that that SCONJ IN 5 mark",
                "Egypt Egypt PROPN NNP 5 nsubj",
                "armed arm VERB VBD 2 ccomp",
                "the the DET DT 7 det",
                "men man NOUN NNS 5 obj",
                "who who PRON WP 9 nsubj",
                "attacked attack VERB VBD 7 acl:relcl",
                "police police NOUN NNS 9 obj",
            ],
            &["ISR EGY 016"],
        ),
        (
            "a list read with its first item as the root: the verb is the root, the list its subjects",
            &[
                "Israel Israel PROPN NNP 0 root",
                ", , PUNCT , 5 punct",
                "the the DET DT 5 det",
                "awful awful ADJ JJ 5 amod",
                "Egypt Egypt PROPN NNP 1 nmod",
                ", , PUNCT , 9 punct",
                "and and CCONJ CC 9 cc",
                "Jordan Jordan PROPN NNP 9 nsubj",
                "attacked attack VERB VBD 1 conj",
                "Syria Syria PROPN NNP 9 obj",
                ". . PUNCT . 1 punct",
            ],
            &["EGY SYR 190", "ISR SYR 190", "JOR SYR 190"],
        ),
        (
            "a span of time without a preposition is no target",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 5 compound",
                "five five NUM CD 5 nummod",
                "years year NOUN NNS 2 obl",
                "later later ADV RB 2 advmod",
            ],
            &[],
        ),
        (
            "a phrase hung on the verb's adverb is the verb's",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "met meet VERB VBD 0 root",
                "again again ADV RB 2 advmod",
                "with with ADP IN 5 case",
                "Egypt Egypt PROPN NNP 3 obl",
            ],
            &["ISR EGY 040"],
        ),
        (
            "a bare participle between a verb and its noun describes the noun",
            &[
                "Israel Israel PROPN NNP 3 nsubj",
                "will will AUX MD 3 aux",
                "restore restore VERB VB 0 root",
                "improved improve VERB VBN 3 ccomp",
                "ties tie NOUN NNS 4 obj",
                "with with ADP IN 7 case",
                "Egypt Egypt PROPN NNP 5 nmod",
            ],
            &["ISR EGY 051"],
        ),
        (
            "a pattern's skipped phrase leaves a phrase nested in it to the next element",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "celebrated celebrate VERB VBD 0 root",
                "Eid Eid PROPN NNP 2 obj",
                "at at ADP IN 5 case",
                "Jordan Jordan PROPN NNP 3 nmod",
                "with with ADP IN 7 case",
                "Egypt Egypt PROPN NNP 5 nmod",
            ],
            &["ISR EGY 017"],
        ),
        (
            "a passive's by-phrase hung on another word of the clause is its agent",
            &[
                "Egypt Egypt PROPN NNP 3 nsubj:pass",
                "was be AUX VBD 3 aux:pass",
                "criticized criticize VERB VBN 0 root",
                "harshly harshly ADV RB 3 advmod",
                "by by ADP IN 6 case",
                "Israel Israel PROPN NNP 4 obl",
            ],
            &["ISR EGY 111"],
        ),
        (
            "not one inside a participle's phrase (the participle's agent): a phrase of the verb stands in",
            &[
                "Egypt Egypt PROPN NNP 3 nsubj:pass",
                "was be AUX VBD 3 aux:pass",
                "criticized criticize VERB VBN 0 root",
                "for for ADP IN 6 case",
                "a a DET DT 6 det",
                "decision decision NOUN NN 3 obl",
                "taken take VERB VBN 6 acl",
                "by by ADP IN 9 case",
                "Israel Israel PROPN NNP 7 obl",
                "in in ADP IN 11 case",
                "Jordan Jordan PROPN NNP 3 obl",
            ],
            &["JOR EGY 111"],
        ),
        (
            "a capitalized word of a name read as the verb is part of the name",
            &[
                "The the DET DT 3 det",
                "Egypt Egypt PROPN NNP 3 compound",
                "Ministry Ministry PROPN NNP 6 nsubj",
                "of of ADP IN 5 case",
                "Funny Funny PROPN NNP 3 nmod",
                "Hats hat VERB VBZ 0 root",
                "criticized criticize VERB VBN 6 ccomp",
                "Israel Israel PROPN NNP 7 obj",
            ],
            &["EGYGOV ISR 111"],
        ),
        (
            "an adverb with a copula is no predicate: the verb conjoined to it is",
            &[
                "Egypt Egypt PROPN NNP 3 nsubj",
                "was be AUX VBD 3 cop",
                "sharply sharply ADV RB 0 root",
                "and and CCONJ CC 6 cc",
                "unfairly unfairly ADV RB 6 advmod",
                "criticized criticize VERB VBN 3 conj",
                "by by ADP IN 8 case",
                "Israel Israel PROPN NNP 6 obl",
            ],
            &["ISR EGY 111"],
        ),
        (
            "a preposition read as an adverb before a passive's object heads that phrase",
            &[
                "Egypt Egypt PROPN NNP 3 nsubj:pass",
                "was be AUX VBD 3 aux:pass",
                "criticized criticize VERB VBN 0 root",
                "over over ADP RB 3 advmod",
                "its its PRON PRP$ 6 nmod:poss",
                "dispute dispute NOUN NN 3 obj",
                "with with ADP IN 8 case",
                "Israel Israel PROPN NNP 6 nmod",
            ],
            &["ISR EGY 111"],
        ),
        (
            "a verb right after the root noun, read as a clause beside it, has it as subject",
            &[
                "Egypt Egypt PROPN NNP 3 nmod:poss",
                "'s 's PART POS 1 case",
                "minister minister NOUN NN 0 root",
                "criticized criticize ADJ VBD 3 parataxis",
                "yesterday yesterday NOUN NN 3 obl:tmod",
                "Israel Israel PROPN NNP 3 obl",
            ],
            &["EGYGOV ISR 111"],
        ),
        (
            "a gerund between a noun object and a bare noun is a word of one compound",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "moved move VERB VBD 0 root",
                "its its PRON PRP$ 4 nmod:poss",
                "border border NOUN NN 2 obj",
                "patrolling patrol VERB VBG 2 advcl",
                "base base NOUN NN 5 obj",
                "to to ADP IN 8 case",
                "Egypt Egypt PROPN NNP 6 nmod",
            ],
            &["ISR EGY 150"],
        ),
        (
            "a day after the verb read as its subject is a time; the clause hung on it is the verb's",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "Sunday Sunday PROPN NNP 2 nsubj",
                "that that SCONJ IN 9 mark",
                "the the DET DT 7 det",
                "Israeli Israeli ADJ JJ 7 amod",
                "raid raid NOUN NN 9 nsubj",
                "was be AUX VBD 9 cop",
                "illegal illegal ADJ JJ 3 acl:relcl",
            ],
            &["EGY ISR 111"],
        ),
        (
            "a subject hung on the clause's \"that\" is the clause's subject",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "that that SCONJ IN 10 mark",
                "the the DET DT 6 det",
                "Israeli Israeli ADJ JJ 6 amod",
                "raid raid NOUN NN 3 nsubj",
                "on on ADP IN 8 case",
                "Jordan Jordan PROPN NNP 6 nmod",
                "was be AUX VBD 10 cop",
                "illegal illegal ADJ JJ 2 ccomp",
            ],
            &["EGY ISR 111"],
        ),
        (
            "a day cut from its preposition by a line break belongs to the clause before it",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "restored restore VERB VBD 12 ccomp",
                "ties tie NOUN NNS 2 obj",
                "on on ADP IN 6 case",
                "\\ \\ PUNCT , 6 punct",
                "Monday Monday PROPN NNP 12 nsubj",
                "with with ADP IN 8 case",
                "Israel Israel PROPN NNP 6 nmod",
                ", , PUNCT , 6 punct",
                "the the DET DT 11 det",
                "minister minister NOUN NN 12 nsubj",
                "said say VERB VBD 0 root",
            ],
            &["EGY ISR 051"],
        ),
        (
            "a subject of a passive is passive, whatever its label",
            &[
                "Jordan Jordan PROPN NNP 3 nsubj",
                "was be AUX VBD 3 aux:pass",
                "attacked attack VERB VBN 0 root",
                "by by ADP IN 5 case",
                "Israel Israel PROPN NNP 3 obl:agent",
            ],
            &["ISR JOR 190"],
        ),
        (
            "a participle after a number read as the object describes the noun after it",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "criticized criticize VERB VBD 0 root",
                "800 800 NUM CD 2 obj",
                "captured capture VERB VBD 2 xcomp",
                "Israeli Israeli ADJ JJ 6 amod",
                "troops troops NOUN NNS 4 obj",
            ],
            &["EGY ISRMIL 111"],
        ),
        (
            "an apposition right after a verb is its object",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "criticized criticize VERB VBD 0 root",
                "Israel Israel PROPN NNP 2 appos",
            ],
            &["EGY ISR 111"],
        ),
    ];
    check_cases(&c, cases);
}

/// "Israeli troops attacked Jordan, the Egyptian minister said. They ...": read with
/// `attacked` a modifier of "troops" and both nouns subjects of `said`, the troops are
/// the reported clause's subject, so a later "they" is them, not the minister.
#[test]
fn a_reported_clause_read_as_a_modifier_keeps_its_subject() {
    let c = coder();
    let first = sent(&[
        "Israeli Israeli ADJ JJ 2 amod",
        "troops troops NOUN NNS 9 nsubj",
        "attacked attack VERB VBN 2 acl",
        "Jordan Jordan PROPN NNP 3 obj",
        ", , PUNCT , 3 punct",
        "the the DET DT 8 det",
        "Egyptian Egyptian ADJ JJ 8 amod",
        "officials official NOUN NNS 9 nsubj",
        "said say VERB VBD 0 root",
    ]);
    let second = sent(&[
        "They they PRON PRP 2 nsubj",
        "attacked attack VERB VBD 0 root",
        "Syria Syria PROPN NNP 2 obj",
    ]);
    let mut ctx = dyad_coder::Discourse::new();
    assert_eq!(show(&c.code_in(&first, None, &mut ctx)), ["ISRMIL JOR 190"]);
    assert_eq!(
        show(&c.code_in(&second, None, &mut ctx)),
        ["ISRMIL SYR 190"]
    );
}

#[test]
fn hyphenated_names_split_by_the_tokenizer() {
    let c = coder();
    let rows: &[&str] = &[
        "Al Al PROPN NNP 3 compound",
        "- - PUNCT HYPH 3 punct",
        "Shabab Shabab PROPN NNP 4 nsubj",
        "attacked attack VERB VBD 0 root",
        "Egypt Egypt PROPN NNP 4 obj",
    ];
    // (name, text, events): the hyphen glued to both words joins them; with a space on
    // either side it is a dash between two words.
    let cases: &[(&str, &str, &[&str])] = &[
        ("glued", "Al-Shabab attacked Egypt", &["SOMREB EGY 190"]),
        ("spaced", "Al - Shabab attacked Egypt", &[]),
        ("space after", "Al- Shabab attacked Egypt", &[]),
    ];
    for (name, text, want) in cases {
        let s = place(sent(rows), text);
        assert_eq!(show(&c.code(&s, None)), *want, "{name}");
    }
}

/// Arbitrary parses (random heads, relations and tags, cycles included) go through the
/// repairs and the coder without a panic or a hang: the repairs run on every parse a
/// model or a user's CoNLL-U file gives.
#[test]
fn arbitrary_parses_never_panic() {
    let c = coder();
    const WORDS: &[&str] = &[
        "Israel",
        "attacked",
        "Egypt",
        "and",
        "the",
        "over",
        "by",
        "-",
        "Al",
        "Shabab",
        "was",
        "it",
        "said",
        "five",
        "years",
        "Minister",
        "criticized",
        "improved",
        "ties",
        "sharply",
    ];
    const TAGS: &[(&str, &str)] = &[
        ("PROPN", "NNP"),
        ("NOUN", "NN"),
        ("VERB", "VBD"),
        ("VERB", "VBN"),
        ("ADJ", "JJ"),
        ("ADV", "RB"),
        ("ADP", "IN"),
        ("CCONJ", "CC"),
        ("PRON", "PRP"),
        ("AUX", "VBD"),
        ("NUM", "CD"),
        ("PUNCT", "HYPH"),
    ];
    const RELS: &[&str] = &[
        "nsubj",
        "nsubj:pass",
        "obj",
        "obl",
        "nmod",
        "conj",
        "cc",
        "case",
        "cop",
        "aux",
        "advmod",
        "amod",
        "compound",
        "ccomp",
        "xcomp",
        "acl",
        "appos",
        "punct",
        "root",
    ];
    // A fixed linear congruential sequence: the same cases every run.
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |m: usize| {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((x >> 33) as usize) % m
    };
    for _ in 0..2000 {
        let n = 1 + next(14);
        let mut rows = Vec::with_capacity(n);
        for _ in 0..n {
            let w = WORDS[next(WORDS.len())];
            let (u, x) = TAGS[next(TAGS.len())];
            rows.push(format!(
                "{w} {w} {u} {x} {} {}",
                next(n + 1),
                RELS[next(RELS.len())]
            ));
        }
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        let _ = c.code(&sent(&rows), None);
    }
}

/// A wire tag before a spaced hyphen ("JORDAN (Reuters) - Egypt criticized Israel") is
/// no subject: the phrase the parser hung under it is. A hyphen inside a name
/// ("Al-Shabab") is no tag. (Case: what it shows, text, rows, events wanted.)
#[test]
fn wire_tags_are_no_subjects() {
    let c = coder();
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "a dateline and agency read as the subject",
            "JORDAN (Reuters) - Egypt criticized Israel",
            &[
                "JORDAN Jordan PROPN NNP 7 nsubj",
                "( ( PUNCT -LRB- 3 punct",
                "Reuters Reuters PROPN NNP 1 appos",
                ") ) PUNCT -RRB- 3 punct",
                "- - PUNCT HYPH 6 punct",
                "Egypt Egypt PROPN NNP 1 appos",
                "criticized criticize VERB VBD 0 root",
                "Israel Israel PROPN NNP 7 obj",
            ],
            &["EGY ISR 111"],
        ),
        (
            "a hyphen inside a name is no tag",
            "Al-Shabab attacked Israel",
            &[
                "Al Al PROPN NNP 4 nsubj",
                "- - PUNCT HYPH 3 punct",
                "Shabab Shabab PROPN NNP 1 flat",
                "attacked attack VERB VBD 0 root",
                "Israel Israel PROPN NNP 4 obj",
            ],
            &["SOMREB ISR 190"],
        ),
        (
            "an apposition between two dashes is no tag",
            "Egypt - a close ally - criticized Israel",
            &[
                "Egypt Egypt PROPN NNP 7 nsubj",
                "- - PUNCT HYPH 5 punct",
                "a a DET DT 5 det",
                "close close ADJ JJ 5 amod",
                "ally ally NOUN NN 1 appos",
                "- - PUNCT HYPH 5 punct",
                "criticized criticize VERB VBD 0 root",
                "Israel Israel PROPN NNP 7 obj",
            ],
            &["EGY ISR 111"],
        ),
    ];
    for (what, text, rows, want) in cases {
        let s = place(sent(rows), text);
        assert_eq!(show(&c.code(&s, None)), *want, "{what}");
    }
}
