//! The coder's event semantics beyond PETRARCH's: identical codes, complements,
//! pronouns resolved across sentences, and the word-order fallbacks for slots a parse
//! leaves empty. Small dictionaries, hand-written parses, one case a row.

use dyad_coder::{Coder, Discourse};
use dyad_dict::FileKind;
use dyad_model::Sentence;

mod common;
use common::{sent, show};

const VERBS: &str = "\
--- ATTACK [190] ---
ATTACK
--- CRITICIZE [111] ---
CRITICIZE
--- MEET [040] ---
MEET
--- CALL [020] ---
CALL
--- DEMAND [100] ---
DEMAND
--- PROMISE [030] ---
PROMISE
--- PLEDGE [030] ---
PLEDGE
- * SUPPORT [032]
--- RESTORE [080] ---
RESTORE
- * TIES (WITH +) [051]
--- REFUSE [120] ---
REFUSE
--- MOBILIZE [153] ---
MOBILIZE
--- IMPOSE [---] ---
IMPOSE
- * BANS [172]
--- OPTIMISTIC [013] ---
OPTIMISTIC
--- SAY [---] ---
SAY {SAYS SAID SAYING}
--- INSIST [010] ---
INSIST
--- LIFT [085] ---
LIFT
--- ARREST [173] ---
ARREST
--- DENY [016] ---
DENY
--- REDUCE [087] ---
REDUCE
--- ASK [020] ---
ASK
--- STRIKE [143] ---
STRIKE {STRIKES STRUCK STRIKING}
--- REITERATE [010] ---
REITERATE
";
const ACTORS: &str = "\
ISRAEL [ISR]
+ISRAELI
EGYPT [EGY]
+EGYPTIAN
+EGYPTIANS
JORDAN [JOR]
TATARS [UKRTAT]
+TATAR
CRIMEA [UKR]
";
const AGENTS: &str =
    "TROOPS {} [~MIL]\nGOVERNMENT [~GOV]\nPROTESTERS {} [~OPP]\nUNIONS {} [~LAB]\n\
LAWMAKER {} [~LEG]\n";
const PEOPLE: &str = "ARDA_TELEMAR [UKRTAT]\n";

fn coder() -> Coder {
    coder_with(&[12])
}

fn coder_with(targetless: &[u8]) -> Coder {
    common::coder_from(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("a.txt", FileKind::Actors, ACTORS),
            ("people-test.actors.txt", FileKind::Actors, PEOPLE),
            ("g.txt", FileKind::Agents, AGENTS),
        ],
        targetless,
    )
}

/// A case: what it shows, the parse rows, the events wanted (sorted).
type Case<'a> = (&'a str, &'a [&'a str], &'a [&'a str]);

/// Codes each case's sentence on its own, no discourse.
fn check(c: &Coder, cases: &[Case]) {
    for (name, rows, want) in cases {
        let got = show(&c.code(&sent(rows), None));
        assert_eq!(got, *want, "{name}");
    }
}

/// One sentence at a time, no discourse.
#[test]
fn sentence_rules() {
    let c = coder();
    let cases: &[Case] = &[
        (
            "a leader calling on their own group is an event, though both codes are UKRTAT",
            &[
                "The the DET DT 3 det",
                "Tatar Tatar ADJ JJ 3 amod",
                "leader leader NOUN NN 4 nsubj",
                "called call VERB VBD 0 root",
                "on on ADP IN 7 case",
                "the the DET DT 7 det",
                "Tatars Tatars PROPN NNPS 4 obl",
            ],
            &["UKRTAT UKRTAT 020"],
        ),
        (
            "a named person on their own group too",
            &[
                "Arda Arda PROPN NNP 3 nsubj",
                "Telemar Telemar PROPN NNP 1 flat",
                "called call VERB VBD 0 root",
                "on on ADP IN 5 case",
                "Tatars Tatars PROPN NNPS 3 obl",
            ],
            &["UKRTAT UKRTAT 020"],
        ),
        (
            "a title and name read as a second noun (nmod) stay one actor with its agent",
            &[
                "Israel Israel PROPN NNP 4 nsubj",
                "Prime Prime ADJ NNP 3 amod",
                "Government Government PROPN NNP 4 nmod:desc",
                "Telemar Telemar PROPN NNP 1 nmod",
                "attacked attack VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 5 obj",
            ],
            &["ISRGOV EGY 190"],
        ),
        (
            "the same with the name read as a conjunct without a conjunction",
            &[
                "Israel Israel PROPN NNP 5 nsubj",
                "Government Government PROPN NNP 3 nmod:desc",
                "Telemar Telemar PROPN NNP 1 conj",
                "has have AUX VBZ 5 aux",
                "attacked attack VERB VBN 0 root",
                "Egypt Egypt PROPN NNP 5 obj",
            ],
            &["ISRGOV EGY 190"],
        ),
        (
            "an apposition names the actor when its head names none",
            &[
                "Old old ADJ JJ 2 amod",
                "foe foe NOUN NN 4 nsubj",
                "Jordan Jordan PROPN NNP 2 appos",
                "attacked attack VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 4 obj",
            ],
            &["JOR EGY 190"],
        ),
        (
            "a group named on the head says whose the phrase is before its possessor place",
            &[
                "Crimea Crimea PROPN NNP 4 nmod:poss",
                "'s 's PART POS 1 case",
                "Tatar Tatar PROPN NNP 4 compound",
                "minority minority NOUN NN 5 nsubj",
                "criticized criticize VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 5 obj",
            ],
            &["UKRTAT EGY 111"],
        ),
        (
            "...only a group of the possessor's own country: another's stays the place's",
            &[
                "Israel Israel PROPN NNP 4 nmod:poss",
                "'s 's PART POS 1 case",
                "Tatar Tatar PROPN NNP 4 compound",
                "minority minority NOUN NN 5 nsubj",
                "criticized criticize VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 5 obj",
            ],
            &["ISR EGY 111"],
        ),
        (
            "a relative clause on an apposition is said of the person it describes",
            &[
                "Arda Arda PROPN NNP 12 nsubj",
                "Telemar Telemar PROPN NNP 1 flat",
                ", , PUNCT , 5 punct",
                "a a DET DT 5 det",
                "lawmaker lawmaker NOUN NN 1 appos",
                "in in ADP IN 7 case",
                "Israel Israel PROPN NNP 5 nmod",
                "who who PRON WP 9 nsubj",
                "attacked attack VERB VBD 5 acl:relcl",
                "Egypt Egypt PROPN NNP 9 obj",
                ", , PUNCT , 1 punct",
                "left leave VERB VBD 0 root",
            ],
            &["UKRTAT EGY 190"],
        ),
        (
            "'in X' after an act is its place, not whose act: the 'by' phrase is the target",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "criticized criticize VERB VBD 0 root",
                "an a DET DT 4 det",
                "attack attack NOUN NN 2 obj",
                "by by ADP IN 7 case",
                "Israeli Israeli ADJ JJ 7 amod",
                "troops troop NOUN NNS 4 nmod",
                "in in ADP IN 9 case",
                "Jordan Jordan PROPN NNP 4 nmod",
            ],
            &["EGY ISRMIL 111"],
        ),
        (
            "the subject's own forces named through 'its' are who acts, with no target",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "mobilized mobilize VERB VBD 0 root",
                "its its PRON PRP$ 4 nmod:poss",
                "troops troop NOUN NNS 2 obj",
            ],
            &["ISRMIL - 153"],
        ),
        (
            "'the two governments' are several parties, not the other side's government",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "criticized criticize VERB VBD 0 root",
                "the the DET DT 5 det",
                "two two NUM CD 5 nummod",
                "governments government NOUN NNS 2 obj",
            ],
            &["ISR ---GOV 111"],
        ),
        (
            "the same actor named twice is no event",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
                "Israel Israel PROPN NNP 2 obj",
            ],
            &[],
        ),
        (
            "a country on its own people or places is no event either",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
                "Israeli Israeli ADJ JJ 4 amod",
                "settlers settler NOUN NNS 2 obj",
            ],
            &[],
        ),
        (
            "a demand is the demand (of a meeting: 108), its target the subject of the act",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "demanded demand VERB VBD 0 root",
                "that that SCONJ IN 5 mark",
                "Egypt Egypt PROPN NNP 5 nsubj",
                "meet meet VERB VB 2 ccomp",
                "Jordan Jordan PROPN NNP 5 obj",
            ],
            &["ISR EGY 108"],
        ),
        (
            "a promise is the intention of the promised act, its target inside that act",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "promised promise VERB VBD 0 root",
                "to to PART TO 4 mark",
                "restore restore VERB VB 2 xcomp",
                "ties tie NOUN NNS 4 obj",
                "with with ADP IN 7 case",
                "Egypt Egypt PROPN NNP 4 obl",
            ],
            &["ISR EGY 032"],
        ),
        (
            "reported speech still codes the reported event",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 4 nsubj",
                "attacked attack VERB VBD 2 ccomp",
                "Jordan Jordan PROPN NNP 4 obj",
            ],
            &["EGY JOR 190"],
        ),
        (
            "an attack one says one would make is a threat",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "it it PRON PRP 5 nsubj",
                "would would AUX MD 5 aux",
                "attack attack VERB VB 2 ccomp",
                "Egypt Egypt PROPN NNP 5 obj",
            ],
            &["ISR EGY 138"],
        ),
        (
            "a meeting one is ready for is an intention to meet",
            &[
                "Israel Israel PROPN NNP 3 nsubj",
                "is be AUX VBZ 3 cop",
                "ready ready ADJ JJ 0 root",
                "to to PART TO 5 mark",
                "meet meet VERB VB 3 xcomp",
                "Egypt Egypt PROPN NNP 5 obj",
            ],
            &["ISR EGY 036"],
        ),
        (
            "a guess (may) is neither an intention nor the act (speculation.rs)",
            &[
                "Israel Israel PROPN NNP 3 nsubj",
                "may may AUX MD 3 aux",
                "meet meet VERB VB 0 root",
                "Egypt Egypt PROPN NNP 3 obj",
            ],
            &[],
        ),
        (
            "its troops are the subject's troops",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "its its PRON PRP$ 4 nmod:poss",
                "troops troops NOUN NNS 5 nsubj",
                "attacked attack VERB VBD 2 ccomp",
                "Egypt Egypt PROPN NNP 5 obj",
            ],
            &["ISRMIL EGY 190"],
        ),
        (
            "the government with no country named is the other side's",
            &[
                "Israeli Israeli ADJ JJ 2 amod",
                "protesters protesters NOUN NNS 3 nsubj",
                "criticized criticize VERB VBD 0 root",
                "the the DET DT 5 det",
                "government government NOUN NN 3 obj",
            ],
            &["ISROPP ISRGOV 111"],
        ),
        (
            "but not an indefinite role word",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
                "troops troops NOUN NNS 2 obj",
            ],
            &["ISR ---MIL 190"],
        ),
        (
            "an infinitive of purpose under an offer is no event of its own",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "promised promise VERB VBD 0 root",
                "to to PART TO 4 mark",
                "meet meet VERB VB 2 xcomp",
                "Egypt Egypt PROPN NNP 4 obj",
                "to to PART TO 7 mark",
                "attack attack VERB VB 4 advcl",
                "Jordan Jordan PROPN NNP 7 obj",
            ],
            // A promise to meet is the intention to meet (036).
            &["ISR EGY 036"],
        ),
        (
            "a root allowed without a target codes without one",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "refused refuse VERB VBD 0 root",
            ],
            &["ISR - 120"],
        ),
        (
            "other roots still need one",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
            ],
            &[],
        ),
        (
            "a phrase of time is no target",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
                "after after ADP IN 5 case",
                "the the DET DT 5 det",
                "talks talk NOUN NNS 2 obl",
                "with with ADP IN 7 case",
                "Egypt Egypt PROPN NNP 5 nmod",
            ],
            &[],
        ),
        (
            "a verb with no subject in the parse takes the name just before it",
            &[
                "Jordan Jordan PROPN NNP 2 nsubj",
                "left leave VERB VBD 0 root",
                "and and CCONJ CC 6 cc",
                "Israel Israel PROPN NNP 2 obj",
                "has have AUX VBZ 6 aux",
                "attacked attack VERB VBN 2 parataxis",
                "Egypt Egypt PROPN NNP 6 obj",
            ],
            &["ISR EGY 190"],
        ),
        (
            "a noun after an objectless verb, read as parataxis, is its object",
            &[
                "Israel Israel PROPN NNP 2 nsubj",
                "imposed impose VERB VBD 0 root",
                "bans ban NOUN NNS 2 parataxis",
                "on on ADP IN 5 case",
                "Egypt Egypt PROPN NNP 3 nmod",
            ],
            &["ISR EGY 172"],
        ),
        (
            "an adjective with a copula is its clause's verb; its pronoun is the speaker",
            &[
                "Jordan Jordan PROPN NNP 2 nsubj",
                "said say VERB VBD 0 root",
                "it it PRON PRP 5 nsubj",
                "was be AUX VBD 5 cop",
                "optimistic optimistic ADJ JJ 2 ccomp",
                "about about ADP IN 7 case",
                "Israel Israel PROPN NNP 5 obl",
            ],
            &["JOR ISR 013"],
        ),
        (
            "an adjective modifying a noun is not",
            &[
                "Optimistic optimistic ADJ JJ 2 amod",
                "Jordan Jordan PROPN NNP 3 nsubj",
                "criticized criticize VERB VBD 0 root",
                "Israel Israel PROPN NNP 3 obj",
            ],
            &["JOR ISR 111"],
        ),
        (
            "a statement with a subjunctive 'that' clause demands its act, done by no one",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "insisted insist VERB VBD 0 root",
                "that that SCONJ IN 5 mark",
                "Israel Israel PROPN NNP 5 nsubj",
                "lift lift VERB VB 2 ccomp",
                "the the DET DT 7 det",
                "sanctions sanction NOUN NNS 5 obj",
            ],
            &["EGY ISR 1054"],
        ),
        (
            "the same clause attached as parataxis after a demand",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "demanded demand VERB VBD 0 root",
                "that that SCONJ IN 5 mark",
                "Israel Israel PROPN NNP 5 nsubj",
                "lift lift VERB VB 2 parataxis",
                "the the DET DT 7 det",
                "sanctions sanction NOUN NNS 5 obj",
            ],
            &["EGY ISR 1054"],
        ),
        (
            "a possessor is the whole list's: Israel's troops and its government",
            &[
                "Israel Israel PROPN NNP 3 nmod:poss",
                "'s 's PART POS 1 case",
                "troops troops NOUN NNS 6 nsubj",
                "and and CCONJ CC 5 cc",
                "government government NOUN NN 3 conj",
                "attacked attack VERB VBD 0 root",
                "Egypt Egypt PROPN NNP 6 obj",
            ],
            &["ISRGOV EGY 190", "ISRMIL EGY 190"],
        ),
        (
            "after a verb of saying, a bare verb is a plural present, not a subjunctive",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "reiterated reiterate VERB VBD 0 root",
                "that that SCONJ IN 5 mark",
                "Israel Israel PROPN NNP 5 nsubj",
                "lift lift VERB VB 2 ccomp",
                "the the DET DT 7 det",
                "sanctions sanction NOUN NNS 5 obj",
            ],
            &["EGY ISR 010"],
        ),
        (
            "in the indicative the clause reports an act done",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "insisted insist VERB VBD 0 root",
                "that that SCONJ IN 5 mark",
                "Israel Israel PROPN NNP 5 nsubj",
                "arrested arrest VERB VBD 2 ccomp",
                "protesters protester NOUN NNS 5 obj",
            ],
            &["ISR ---OPP 173"],
        ),
        (
            "a government's bare opponents are its own, outside war",
            &[
                "Egyptian Egyptian ADJ JJ 2 amod",
                "government government NOUN NN 3 nsubj",
                "arrested arrest VERB VBD 0 root",
                "protesters protester NOUN NNS 3 obj",
            ],
            &["EGYGOV EGYOPP 173"],
        ),
        (
            "and so are the opponents facing a government",
            &[
                "Protesters protester NOUN NNS 2 nsubj",
                "criticized criticize VERB VBD 0 root",
                "the the DET DT 5 det",
                "Egyptian Egyptian ADJ JJ 5 amod",
                "government government NOUN NN 2 obj",
            ],
            &["EGYOPP EGYGOV 111"],
        ),
        (
            "in a fight they are left without a country",
            &[
                "Egyptian Egyptian ADJ JJ 2 amod",
                "government government NOUN NN 3 nsubj",
                "attacked attack VERB VBD 0 root",
                "protesters protester NOUN NNS 3 obj",
            ],
            &["EGYGOV ---OPP 190"],
        ),
        (
            "and so they are after a country named alone",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "arrested arrest VERB VBD 0 root",
                "protesters protester NOUN NNS 2 obj",
            ],
            &["EGY ---OPP 173"],
        ),
        (
            "troops acting give their opponents no country",
            &[
                "Israeli Israeli ADJ JJ 2 amod",
                "troops troops NOUN NNS 3 nsubj",
                "arrested arrest VERB VBD 0 root",
                "protesters protester NOUN NNS 3 obj",
            ],
            &["ISRMIL ---OPP 173"],
        ),
        (
            "an infinitive parsed as the subject of 'ready' is what the subject is ready to do",
            &[
                "Egypt Egypt PROPN NNP 3 nsubj",
                "is be AUX VBZ 3 cop",
                "ready ready ADJ JJ 0 root",
                "to to PART TO 5 mark",
                "meet meet VERB VB 3 csubj",
                "Israel Israel PROPN NNP 5 obj",
            ],
            &["EGY ISR 036"],
        ),
        (
            "a second subject after the verb is its object",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "asked ask VERB VBD 0 root",
                "Israel Israel PROPN NNP 2 nsubj",
                "for for ADP IN 5 case",
                "aid aid NOUN NN 2 obl",
            ],
            &["EGY ISR 020"],
        ),
        (
            "criticism of an act is aimed at its agent, not its victims",
            &[
                "Jordan Jordan PROPN NNP 2 nsubj",
                "criticized criticize VERB VBD 0 root",
                "the the DET DT 4 det",
                "killing killing NOUN NN 2 obj",
                "of of ADP IN 6 case",
                "Egyptians Egyptians PROPN NNPS 4 nmod",
                "by by ADP IN 8 case",
                "Israel Israel PROPN NNP 4 nmod",
            ],
            &["JOR ISR 111"],
        ),
        (
            "also when the parser hangs the agent on the verb",
            &[
                "Jordan Jordan PROPN NNP 2 nsubj",
                "criticized criticize VERB VBD 0 root",
                "raids raid NOUN NNS 2 obj",
                "on on ADP IN 5 case",
                "Egyptians Egyptians PROPN NNPS 3 nmod",
                "by by ADP IN 7 case",
                "Israel Israel PROPN NNP 2 obl:agent",
            ],
            &["JOR ISR 111"],
        ),
        (
            "the troops of a show of force are the actor's own; the target is where they go",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "mobilized mobilize VERB VBD 0 root",
                "troops troops NOUN NNS 2 obj",
                "along along ADP IN 6 case",
                "the the DET DT 6 det",
                "border border NOUN NN 2 obl",
                "with with ADP IN 8 case",
                "Israel Israel PROPN NNP 6 nmod",
            ],
            &["EGYMIL ISR 153"],
        ),
        (
            "so are the troops of a de-escalation",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "reduced reduce VERB VBD 0 root",
                "troops troops NOUN NNS 2 obj",
                "in in ADP IN 5 case",
                "Israel Israel PROPN NNP 2 obl",
            ],
            &["EGYMIL ISR 087"],
        ),
    ];
    check(&c, cases);
}

#[test]
fn statements_without_addressee() {
    let c = coder_with(&[1, 2, 12, 14]);
    let cases: &[Case] = &[
        (
            "a denial needs no addressee",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "denied deny VERB VBD 0 root",
                "the the DET DT 4 det",
                "charges charge NOUN NNS 2 obj",
            ],
            &["EGY - 016"],
        ),
        (
            "a denial is not aimed at the actor's own side inside the act denied",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "denied deny VERB VBD 0 root",
                "that that SCONJ IN 6 mark",
                "Egyptian Egyptian ADJ JJ 5 amod",
                "troops troops NOUN NNS 6 nsubj",
                "killed kill VERB VBD 2 ccomp",
                "civilians civilian NOUN NNS 6 obj",
            ],
            &["EGY - 016"],
        ),
        (
            "nor at a role of no country inside it",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "denied deny VERB VBD 0 root",
                "sending send VERB VBG 2 xcomp",
                "troops troops NOUN NNS 3 obj",
            ],
            &["EGY - 016"],
        ),
        (
            "but at the victim the act names",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "denied deny VERB VBD 0 root",
                "involvement involvement NOUN NN 2 obj",
                "in in ADP IN 6 case",
                "the the DET DT 6 det",
                "attack attack NOUN NN 3 nmod",
                "on on ADP IN 8 case",
                "Israel Israel PROPN NNP 6 nmod",
            ],
            &["EGY ISR 016"],
        ),
        (
            "nor does an appeal from a named state",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "called call VERB VBD 0 root",
                "for for ADP IN 4 case",
                "calm calm NOUN NN 2 obl",
            ],
            &["EGY - 020"],
        ),
        (
            "but one from protesters of no country does",
            &[
                "Protesters protester NOUN NNS 2 nsubj",
                "called call VERB VBD 0 root",
                "for for ADP IN 4 case",
                "calm calm NOUN NN 2 obl",
            ],
            &[],
        ),
        (
            "a strike needs no addressee when its people are named with their country",
            &[
                "Egyptian Egyptian ADJ JJ 2 amod",
                "unions union NOUN NNS 3 nsubj",
                "struck strike VERB VBD 0 root",
            ],
            &["EGYLAB - 143"],
        ),
        (
            "but does when a country is named alone",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "struck strike VERB VBD 0 root",
            ],
            &[],
        ),
        (
            "a passive statement is said to someone: no statement to no one",
            &[
                "Access access NOUN NN 3 nsubj:pass",
                "was be AUX VBD 3 aux:pass",
                "denied deny VERB VBN 0 root",
                "in in ADP IN 5 case",
                "Egypt Egypt PROPN NNP 3 obl",
            ],
            &[],
        ),
        (
            "a plain statement does",
            &[
                "Egypt Egypt PROPN NNP 2 nsubj",
                "reiterated reiterate VERB VBD 0 root",
                "its its PRON PRP$ 4 nmod:poss",
                "position position NOUN NN 2 obj",
            ],
            &[],
        ),
        (
            "and a denial by a role of no country is no news",
            &[
                "Protesters protester NOUN NNS 2 nsubj",
                "denied deny VERB VBD 0 root",
                "the the DET DT 4 det",
                "charges charge NOUN NNS 2 obj",
            ],
            &[],
        ),
    ];
    check(&c, cases);
}

/// Sentences of one article in order: pronouns and coordinated clauses.
#[test]
fn discourse_rules() {
    let c = coder();
    let tatars = sent(&[
        "The the DET DT 2 det",
        "Tatars Tatars PROPN NNPS 3 nsubj",
        "returned return VERB VBD 0 root",
        "home home ADV RB 3 advmod",
    ]);
    let israel = sent(&[
        "Israel Israel PROPN NNP 2 nsubj",
        "criticised criticise VERB VBD 0 root",
        "inaction inaction NOUN NN 2 obj",
    ]);
    let telemar = sent(&[
        "Arda Arda PROPN NNP 3 nsubj",
        "Telemar Telemar PROPN NNP 1 flat",
        "spoke speak VERB VBD 0 root",
    ]);
    let pledge = sent(&[
        "They they PRON PRP 2 nsubj",
        "kept keep VERB VBD 0 root",
        "their their PRON PRP$ 4 nmod:poss",
        "religion religion NOUN NN 2 obj",
        "and and CCONJ CC 8 cc",
        "Egypt Egypt PROPN NNP 8 nsubj",
        "has have AUX VBZ 8 aux",
        "pledged pledge VERB VBN 2 conj",
        "support support NOUN NN 8 obj",
    ]);
    // The same, as a parser got it wrong: the name in the first clause's object, the
    // verb a clausal subject of the first.
    let pledge_misparsed = sent(&[
        "They they PRON PRP 2 nsubj",
        "kept keep VERB VBD 0 root",
        "their their PRON PRP$ 4 nmod:poss",
        "religion religion NOUN NN 2 obj",
        "and and CCONJ CC 6 cc",
        "Egypt Egypt PROPN NNP 4 conj",
        "has have AUX VBZ 8 aux",
        "pledged pledge VERB VBN 2 csubj:pass",
        "support support NOUN NN 8 obj",
    ]);
    let they_attacked = sent(&[
        "They they PRON PRP 2 nsubj",
        "attacked attack VERB VBD 0 root",
        "Jordan Jordan PROPN NNP 2 obj",
    ]);
    let it_attacked = sent(&[
        "It it PRON PRP 2 nsubj",
        "attacked attack VERB VBD 0 root",
        "Jordan Jordan PROPN NNP 2 obj",
    ]);
    let he_attacked = sent(&[
        "He he PRON PRP 2 nsubj",
        "attacked attack VERB VBD 0 root",
        "Jordan Jordan PROPN NNP 2 obj",
    ]);
    // Israel said: "We reject it.  /  We attacked Jordan."
    let quote_opens = sent(&[
        "Israel Israel PROPN NNP 2 nsubj",
        "said say VERB VBD 0 root",
        ": : PUNCT : 2 punct",
        "\" \" PUNCT `` 5 punct",
        "We we PRON PRP 5 nsubj",
        "reject reject VERB VBP 2 ccomp",
        "it it PRON PRP 5 obj",
    ]);
    let we_attacked = sent(&[
        "We we PRON PRP 2 nsubj",
        "attacked attack VERB VBD 0 root",
        "Jordan Jordan PROPN NNP 2 obj",
        "\" \" PUNCT '' 2 punct",
    ]);
    let nothing = sent(&["Rain rain NOUN NN 2 nsubj", "fell fall VERB VBD 0 root"]);
    type Case<'a> = (&'a str, Vec<(&'a Sentence, bool)>, &'a [&'a str]);
    // (name, sentences with "a paragraph starts here", events of the last one)
    let cases: Vec<Case> = vec![
        (
            "they: a plural group",
            vec![(&tatars, true), (&they_attacked, false)],
            &["UKRTAT JOR 190"],
        ),
        (
            "they: a country",
            vec![(&israel, true), (&they_attacked, false)],
            &["ISR JOR 190"],
        ),
        (
            "it: a country",
            vec![(&israel, true), (&it_attacked, false)],
            &["ISR JOR 190"],
        ),
        (
            "it: not a plural group",
            vec![(&tatars, true), (&it_attacked, false)],
            &[],
        ),
        (
            "he: a person",
            vec![(&telemar, true), (&he_attacked, false)],
            &["UKRTAT JOR 190"],
        ),
        (
            "he: not a country",
            vec![(&israel, true), (&he_attacked, false)],
            &[],
        ),
        (
            "the previous sentence across a paragraph break",
            vec![(&israel, true), (&it_attacked, true)],
            &["ISR JOR 190"],
        ),
        (
            "not two sentences back across a paragraph break",
            vec![(&israel, true), (&nothing, true), (&it_attacked, true)],
            &[],
        ),
        (
            "a pledge with no one named is for the other clause's subject",
            vec![(&tatars, true), (&pledge, false)],
            &["EGY UKRTAT 032"],
        ),
        (
            "the same through a misparse",
            vec![(&tatars, true), (&pledge_misparsed, false)],
            &["EGY UKRTAT 032"],
        ),
        ("no antecedent, no event", vec![(&they_attacked, true)], &[]),
        (
            "we inside a quote: the speaker named where it opened",
            vec![(&quote_opens, true), (&we_attacked, false)],
            &["ISR JOR 190"],
        ),
        (
            "we outside a quote: no one",
            vec![(&israel, true), (&we_attacked, false)],
            &[],
        ),
    ];
    for (name, sentences, want) in cases {
        let mut ctx = Discourse::new();
        let mut last = Vec::new();
        for (k, (s, para)) in sentences.iter().enumerate() {
            if *para && k > 0 {
                ctx.new_paragraph();
            }
            last = c.code_in(s, None, &mut ctx);
        }
        assert_eq!(show(&last), *want, "{name}");
    }
    // Without a discourse, a pronoun names no one.
    assert!(c.code(&they_attacked, None).is_empty());
}
