//! Violent and protest events: the place where the act happens gives unnamed victims,
//! local armed groups and crowds their country; irregular attackers killing civilians
//! use unconventional violence (180); an attack named by its weapon codes with no
//! source. Small dictionaries, hand-written parses, one case a row.

use dyad_coder::{Coder, CoderBuilder, Discourse};
use dyad_dict::{Dictionaries, FileKind, LoadOptions};

mod common;
use common::{sent, show};

const VERBS: &str = "\
--- KILL [190] ---
KILL
- {BOMB BLAST} * [183]
- * (IN {BOMB BLAST}) [183]
--- BEHEAD [1823] ---
BEHEAD
--- FIRE [---] ---
FIRE
- * ROCKETS [194]
--- MARCH [141] ---
MARCH
--- HOLD [---] ---
HOLD
- * + HOSTAGE [181]
--- SACK [---] ---
SACK
- * (ON +) [193]
--- DRIVE [---] ---
DRIVE
- * + (TO FLEE) [201]
--- HIJACK [181] ---
HIJACK
--- SEIZE [171] ---
SEIZE
--- GUN [193] ---
GUN
--- SHOOT [193] ---
SHOOT
- * (IN {ROCKET ATTACK}) [194]
--- SEND [---] ---
SEND
- * AID (TO +) [070]
";
const ACTORS: &str = "\
MALI [MLI]
MOPTI [MLI]
GAO [MLI]
NIGER [NER]
ISRAEL [ISR]
MALIAN [MLI]
";
const CITIES: &str = "\
TIMBUKTU [MLI]
";
const AGENTS: &str = "\
MILITANT {MILITANTS} [~REB]
GUNMAN {GUNMEN} [~UAF]
VILLAGER {VILLAGERS} [~CVL]
SOLDIER {SOLDIERS} [~MIL]
PROTESTER {PROTESTERS} [~OPP]
WOMAN {WOMEN} [~CVL]
MAYOR {MAYORS} [~GOV]
TOURIST {TOURISTS} [~CVL]
WORKER {WORKERS} [~LAB]
";

fn dictionaries() -> Dictionaries {
    Dictionaries::from_strs(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("a.txt", FileKind::Actors, ACTORS),
            ("cities.actors.txt", FileKind::Actors, CITIES),
            ("g.txt", FileKind::Agents, AGENTS),
        ],
        &LoadOptions { strict: true },
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn coder() -> Coder {
    CoderBuilder::new()
        .dictionaries(dictionaries())
        .targetless_roots(&[14])
        .unnamed_attackers(true)
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A case: what it shows, the parse rows, the events wanted (sorted).
type Case<'a> = (&'a str, &'a [&'a str], &'a [&'a str]);

/// Parse rows of "<subject words> killed villagers <place words>".
const KILLED_IN_MOPTI: &[&str] = &[
    "Militants militant NOUN NNS 2 nsubj",
    "killed kill VERB VBD 0 root",
    "villagers villager NOUN NNS 2 obj",
    "near near ADP IN 5 case",
    "Mopti Mopti PROPN NNP 2 obl",
];

#[test]
fn place_of_the_act() {
    let c = coder();
    let cases: &[Case] = &[
        (
            "militants and their civilian victims take the country of the place",
            KILLED_IN_MOPTI,
            &["MLIREB MLICVL 180"],
        ),
        (
            "a local armed group that seizes someone in a place is the place's",
            &[
                "Militants militant NOUN NNS 2 nsubj",
                "seized seize VERB VBD 0 root",
                "tourists tourist NOUN NNS 2 obj",
                "in in ADP IN 5 case",
                "Mopti Mopti PROPN NNP 2 obl",
            ],
            &["MLIREB ---CVL 171"],
        ),
        (
            "a gunman is the unknown doer of one act: no country",
            &[
                "A a DET DT 2 det",
                "gunman gunman NOUN NN 3 nsubj",
                "killed kill VERB VBD 0 root",
                "villagers villager NOUN NNS 3 obj",
                "on on ADP IN 6 case",
                "beach beach NOUN NN 3 obl",
                "in in ADP IN 8 case",
                "Gao Gao PROPN NNP 6 nmod",
            ],
            &["---UAF MLICVL 180"],
        ),
        (
            "a \"where\" clause happens at the noun it describes",
            &[
                "the the DET DT 2 det",
                "town town NOUN NN 0 root",
                "in in ADP IN 4 case",
                "Mali Mali PROPN NNP 2 nmod",
                "where where ADV WRB 7 advmod",
                "militants militant NOUN NNS 7 nsubj",
                "killed kill VERB VBD 2 acl:relcl",
                "villagers villager NOUN NNS 7 obj",
            ],
            &["MLIREB MLICVL 180"],
        ),
        (
            "soldiers in a place may be foreign: no country, and no unconventional code",
            &[
                "Militants militant NOUN NNS 2 nsubj",
                "killed kill VERB VBD 0 root",
                "soldiers soldier NOUN NNS 2 obj",
                "in in ADP IN 5 case",
                "Mopti Mopti PROPN NNP 2 obl",
            ],
            &["MLIREB ---MIL 190"],
        ),
        (
            "a direction is not where the act is: militants firing into Israel are not Israeli",
            &[
                "Militants militant NOUN NNS 2 nsubj",
                "fired fire VERB VBD 0 root",
                "rockets rocket NOUN NNS 2 obj",
                "into into ADP IN 5 case",
                "Israel Israel PROPN NNP 2 obl",
            ],
            &["---REB ISR 194"],
        ),
        (
            "the place of the act's target is where it happens",
            &[
                "Militants militant NOUN NNS 2 nsubj",
                "fired fire VERB VBD 0 root",
                "rockets rocket NOUN NNS 2 obj",
                "toward toward ADP IN 6 case",
                "a a DET DT 6 det",
                "market market NOUN NN 2 obl",
                "in in ADP IN 8 case",
                "Gao Gao PROPN NNP 6 nmod",
            ],
            &["MLIREB MLI 194"],
        ),
        (
            "a place named by a modifier is not the place ('near the Niger border')",
            &[
                "Militants militant NOUN NNS 2 nsubj",
                "killed kill VERB VBD 0 root",
                "villagers villager NOUN NNS 2 obj",
                "near near ADP IN 7 case",
                "the the DET DT 7 det",
                "Niger Niger PROPN NNP 7 compound",
                "border border NOUN NN 2 obl",
            ],
            &["---REB ---CVL 180"],
        ),
        (
            "an attack named by its kind codes with no source",
            &[
                "A a DET DT 3 det",
                "bomb bomb NOUN NN 3 compound",
                "blast blast NOUN NN 4 nsubj",
                "killed kill VERB VBD 0 root",
                "villagers villager NOUN NNS 4 obj",
                "in in ADP IN 7 case",
                "Gao Gao PROPN NNP 4 obl",
            ],
            &["- MLICVL 183"],
        ),
        (
            "a crowd protesting in a place is of its country (the place is also the target, as before)",
            &[
                "Protesters protester NOUN NNS 2 nsubj",
                "marched march VERB VBD 0 root",
                "through through ADP IN 4 case",
                "Mopti Mopti PROPN NNP 2 obl",
            ],
            &["MLIOPP MLI 141"],
        ),
        (
            "two phrases of one role stay one actor: no event made by a country on one side",
            &[
                "Women woman NOUN NNS 2 nsubj",
                "held hold VERB VBD 0 root",
                "women woman NOUN NNS 2 obj",
                "hostage hostage NOUN NN 2 xcomp",
                "in in ADP IN 6 case",
                "Gao Gao PROPN NNP 2 obl",
            ],
            &[],
        ),
        (
            "aid goes to civilians where it is given: villagers helped in Mopti are Mali's",
            &[
                "Niger Niger PROPN NNP 2 nsubj",
                "sent send VERB VBD 0 root",
                "aid aid NOUN NN 2 obj",
                "to to ADP IN 5 case",
                "villagers villager NOUN NNS 2 obl",
                "in in ADP IN 7 case",
                "Mopti Mopti PROPN NNP 2 obl",
            ],
            &["NER MLICVL 070"],
        ),
        (
            "aid to tourists in a place: they are not of it",
            &[
                "Niger Niger PROPN NNP 2 nsubj",
                "sent send VERB VBD 0 root",
                "aid aid NOUN NN 2 obj",
                "to to ADP IN 5 case",
                "tourists tourist NOUN NNS 2 obl",
                "in in ADP IN 7 case",
                "Mopti Mopti PROPN NNP 2 obl",
            ],
            &["NER ---CVL 070"],
        ),
        (
            "aid to soldiers in a place: only civilians take its country",
            &[
                "Niger Niger PROPN NNP 2 nsubj",
                "sent send VERB VBD 0 root",
                "aid aid NOUN NN 2 obj",
                "to to ADP IN 5 case",
                "soldiers soldier NOUN NNS 2 obl",
                "in in ADP IN 7 case",
                "Mopti Mopti PROPN NNP 2 obl",
            ],
            &["NER ---MIL 070"],
        ),
    ];
    for (name, rows, want) in cases {
        let got = show(&c.code(&sent(rows), None));
        assert_eq!(got, *want, "{name}");
    }
}

#[test]
fn attacks_without_a_named_attacker() {
    let c = coder();
    let cases: &[Case] = &[
        (
            "a place is not who killed: a bare passive killing names no attacker",
            &[
                "Villagers villager NOUN NNS 3 nsubj:pass",
                "were be AUX VBD 3 aux:pass",
                "killed kill VERB VBN 0 root",
                "in in ADP IN 5 case",
                "Gao Gao PROPN NNP 3 obl",
            ],
            &[],
        ),
        (
            "the means named: a bombing with no source",
            &[
                "Villagers villager NOUN NNS 3 nsubj:pass",
                "were be AUX VBD 3 aux:pass",
                "killed kill VERB VBN 0 root",
                "in in ADP IN 7 case",
                "a a DET DT 7 det",
                "bomb bomb NOUN NN 7 compound",
                "blast blast NOUN NN 3 obl",
                "in in ADP IN 9 case",
                "Gao Gao PROPN NNP 7 nmod",
            ],
            &["- MLICVL 183"],
        ),
        (
            "a passive verb naming the kind of violence needs no attacker either",
            &[
                "A a DET DT 2 det",
                "villager villager NOUN NN 4 nsubj:pass",
                "was be AUX VBD 4 aux:pass",
                "beheaded behead VERB VBN 0 root",
                "near near ADP IN 6 case",
                "Mopti Mopti PROPN NNP 4 obl",
            ],
            &["- MLICVL 1823"],
        ),
        (
            "a passive subject with an object is a misparse of an active verb",
            &[
                "Mali Mali PROPN NNP 2 nsubj:pass",
                "beheaded behead VERB VBD 0 root",
                "villagers villager NOUN NNS 2 obj",
            ],
            &["MLI ---CVL 1823"],
        ),
    ];
    for (name, rows, want) in cases {
        let got = show(&c.code(&sent(rows), None));
        assert_eq!(got, *want, "{name}");
    }
}

#[test]
fn dateline_country_when_the_sentence_names_none() {
    let c = coder();
    let rows: &[&str] = &[
        "Militants militant NOUN NNS 2 nsubj",
        "killed kill VERB VBD 0 root",
        "villagers villager NOUN NNS 2 obj",
    ];
    let code = |home: Option<&str>, rows: &[&str]| {
        let mut d = Discourse::new();
        d.set_home(home);
        show(&c.code_in(&sent(rows), None, &mut d))
    };
    assert_eq!(code(Some("NER"), rows), ["NERREB NERCVL 180"]);
    assert_eq!(code(None, rows), ["---REB ---CVL 180"]);
    // A place named in the sentence comes first.
    assert_eq!(code(Some("NER"), KILLED_IN_MOPTI), ["MLIREB MLICVL 180"]);
    // Another country named: the dateline may not be where it happened.
    let abroad: &[&str] = &[
        "Militants militant NOUN NNS 2 nsubj",
        "killed kill VERB VBD 0 root",
        "villagers villager NOUN NNS 2 obj",
        "from from ADP IN 5 case",
        "Israel Israel PROPN NNP 3 nmod",
    ];
    assert_eq!(code(Some("NER"), abroad), ["---REB ISRCVL 180"]);
}

/// What the no-source rules must not read as an attack by no one, and the attackers
/// they must keep: one reviewer's finding a row, in words of our own.
#[test]
fn attackers_named_or_not() {
    let c = coder();
    let cases: &[Case] = &[
        (
            "a pattern's `+` that took a date is another sense of the verb",
            &[
                "The the DET DT 2 det",
                "mayor mayor NOUN NN 4 nsubj:pass",
                "was be AUX VBD 4 aux:pass",
                "sacked sack VERB VBN 0 root",
                "on on ADP IN 6 case",
                "Friday Friday PROPN NNP 4 obl",
            ],
            &[],
        ),
        (
            "a phrase that names no weapon (TO FLEE) names no attack",
            &[
                "Storms storm NOUN NNS 2 nsubj",
                "drove drive VERB VBD 0 root",
                "villagers villager NOUN NNS 2 obj",
                "to to PART TO 5 mark",
                "flee flee VERB VB 2 xcomp",
            ],
            &[],
        ),
        (
            "a country's word on a thing is no victim of a sourceless act",
            &[
                "The the DET DT 3 det",
                "Malian Malian ADJ JJ 3 amod",
                "website website NOUN NN 5 nsubj:pass",
                "was be AUX VBD 5 aux:pass",
                "hijacked hijack VERB VBN 0 root",
            ],
            &[],
        ),
        (
            "a verb particle is no compound: 'gunned down' is still a shooting",
            &[
                "The the DET DT 2 det",
                "mayor mayor NOUN NN 4 nsubj:pass",
                "was be AUX VBD 4 aux:pass",
                "gunned gun VERB VBN 0 root",
                "down down ADP RP 4 compound:prt",
            ],
            &["- ---GOV 193"],
        ),
        (
            "a 'by' phrase names a doer, even one the dictionaries lack",
            &[
                "Villagers villager NOUN NNS 3 nsubj:pass",
                "were be AUX VBD 3 aux:pass",
                "shot shoot VERB VBN 0 root",
                "by by ADP IN 6 case",
                "masked masked ADJ JJ 6 amod",
                "men man NOUN NNS 3 obl",
            ],
            &[],
        ),
        (
            "a participle after a comma: its verb's subject is the doer",
            &[
                "Mali Mali PROPN NNP 2 nsubj",
                "raided raid VERB VBD 0 root",
                "camps camp NOUN NNS 2 obj",
                ", , PUNCT , 5 punct",
                "killing kill VERB VBG 2 advcl",
                "militants militant NOUN NNS 5 obj",
            ],
            &["MLI ---REB 190"],
        ),
        (
            "after a violent verb the participle is its toll, not a second attack",
            &[
                "Mali Mali PROPN NNP 2 nsubj",
                "shot shoot VERB VBD 0 root",
                "militants militant NOUN NNS 2 obj",
                ", , PUNCT , 5 punct",
                "killing kill VERB VBG 2 advcl",
                "villagers villager NOUN NNS 5 obj",
            ],
            &["MLI ---REB 193"],
        ),
        (
            "a city inside the weapon's phrase says where, not whose",
            &[
                "Villagers villager NOUN NNS 3 nsubj:pass",
                "were be AUX VBD 3 aux:pass",
                "shot shoot VERB VBN 0 root",
                "in in ADP IN 8 case",
                "a a DET DT 8 det",
                "Timbuktu Timbuktu PROPN NNP 8 compound",
                "rocket rocket NOUN NN 8 compound",
                "attack attack NOUN NN 3 obl",
            ],
            &["- ---CVL 194"],
        ),
        (
            "tourists in a place are not of its country",
            &[
                "A a DET DT 2 det",
                "gunman gunman NOUN NN 3 nsubj",
                "killed kill VERB VBD 0 root",
                "tourists tourist NOUN NNS 3 obj",
                "in in ADP IN 6 case",
                "Mopti Mopti PROPN NNP 3 obl",
            ],
            &["---UAF ---CVL 180"],
        ),
        (
            "nor are foreign workers",
            &[
                "A a DET DT 2 det",
                "gunman gunman NOUN NN 3 nsubj",
                "killed kill VERB VBD 0 root",
                "foreign foreign ADJ JJ 5 amod",
                "workers worker NOUN NNS 3 obj",
                "in in ADP IN 7 case",
                "Mopti Mopti PROPN NNP 3 obl",
            ],
            &["---UAF ---LAB 180"],
        ),
    ];
    let mut wrong = Vec::new();
    for (name, rows, want) in cases {
        let got = show(&c.code(&sent(rows), None));
        if got != *want {
            wrong.push(format!("{name}: got {got:?}, want {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// "Mali launched a military offensive (into Niger)": a bare military role on a word
/// naming the means of violence is the source's own forces at work, not its target;
/// the target is looked for past them. A military role on people ("military convoys")
/// stays the target. (Case: what it shows, parse rows, events wanted.)
#[test]
fn own_forces_named_by_their_means() {
    let c = common::coder_from(
        &[
            (
                "v.txt",
                FileKind::Verbs,
                "--- LAUNCH [---] ---\nLAUNCH\n- * OFFENSIVE [190]\n--- ATTACK [190] ---\nATTACK\n",
            ),
            ("a.txt", FileKind::Actors, ACTORS),
            ("g.txt", FileKind::Agents, "MILITARY [~MIL]\n"),
        ],
        &[],
    );
    let cases: &[Case] = &[
        (
            "the offensive's target is past it",
            &[
                "Mali Mali PROPN NNP 2 nsubj",
                "launched launch VERB VBD 0 root",
                "a a DET DT 5 det",
                "military military ADJ JJ 5 amod",
                "offensive offensive NOUN NN 2 obj",
                "into into ADP IN 7 case",
                "Niger Niger PROPN NNP 5 nmod",
            ],
            &["MLIMIL NER 190"],
        ),
        (
            "with no one past it, the forces act with no target",
            &[
                "Mali Mali PROPN NNP 2 nsubj",
                "launched launch VERB VBD 0 root",
                "a a DET DT 5 det",
                "military military ADJ JJ 5 amod",
                "offensive offensive NOUN NN 2 obj",
            ],
            &["MLIMIL - 190"],
        ),
        (
            "a military role on people stays the target",
            &[
                "Mali Mali PROPN NNP 2 nsubj",
                "attacked attack VERB VBD 0 root",
                "military military ADJ JJ 4 amod",
                "convoys convoy NOUN NNS 2 obj",
            ],
            &["MLI ---MIL 190"],
        ),
    ];
    for (what, rows, want) in cases {
        assert_eq!(show(&c.code(&sent(rows), None)), *want, "{what}");
    }
}

/// Leaders and organisations that "clash" or "attack" each other argue; with soldiers on
/// one side it is a fight, and a leader killed is killed.
#[test]
fn verbal_clashes() {
    let d = Dictionaries::from_strs(
        &[
            (
                "v.txt",
                FileKind::Verbs,
                "--- CLASH [190] ---\nCLASH\n--- KILL [190] ---\nKILL\n",
            ),
            ("a.txt", FileKind::Actors, ACTORS),
            ("g.txt", FileKind::Agents, AGENTS),
        ],
        &LoadOptions { strict: true },
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let c = CoderBuilder::new()
        .dictionaries(d)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    // Killing is never words: "the Malian mayor killed the Niger mayor".
    let killed = [
        "Malian Malian ADJ JJ 2 amod",
        "mayor mayor NOUN NN 3 nsubj",
        "killed kill VERB VBD 0 root",
        "Niger Niger PROPN NNP 5 compound",
        "mayor mayor NOUN NN 3 obj",
    ];
    assert_eq!(show(&c.code(&sent(&killed), None)), ["MLIGOV NERGOV 190"]);
    for (other, lemma, want) in [
        ("mayor", "mayor", &[][..]),
        ("soldiers", "soldier", &["MLIGOV NERMIL 190"][..]),
    ] {
        let row = format!("{other} {lemma} NOUN NNS 3 obl");
        let rows = [
            "Malian Malian ADJ JJ 2 amod",
            "mayor mayor NOUN NN 3 nsubj",
            "clashed clash VERB VBD 0 root",
            "with with ADP IN 6 case",
            "Niger Niger PROPN NNP 6 compound",
            row.as_str(),
        ];
        assert_eq!(show(&c.code(&sent(&rows), None)), want, "{other}");
    }
}

#[test]
fn armed_strike_on_a_thing_or_place_codes_without_target() {
    let strikes = |yes: bool| {
        CoderBuilder::new()
            .dictionaries(dictionaries())
            .armed_strikes(yes)
            .build()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let on = strikes(true);
    let cases: &[Case] = &[
        (
            "named forces strike a thing: no one named as hit",
            &[
                "Malian malian ADJ JJ 2 amod",
                "soldiers soldier NOUN NNS 3 nsubj",
                "shot shoot VERB VBD 0 root",
                "at at ADP IN 5 case",
                "positions position NOUN NNS 3 obl",
            ],
            &["MLIMIL - 193"],
        ),
        (
            "an armed group with no country named: nothing",
            &[
                "Militants militant NOUN NNS 2 nsubj",
                "shot shoot VERB VBD 0 root",
                "at at ADP IN 4 case",
                "positions position NOUN NNS 2 obl",
            ],
            &[],
        ),
        (
            "a pronoun struck is a figure of speech as often: nothing",
            &[
                "Malian malian ADJ JJ 2 amod",
                "soldiers soldier NOUN NNS 3 nsubj",
                "shot shoot VERB VBD 0 root",
                "it it PRON PRP 3 obj",
            ],
            &[],
        ),
        (
            "a mayor is no armed force: nothing",
            &[
                "Malian malian ADJ JJ 2 amod",
                "mayors mayor NOUN NNS 3 nsubj",
                "shot shoot VERB VBD 0 root",
                "at at ADP IN 5 case",
                "positions position NOUN NNS 3 obl",
            ],
            &[],
        ),
    ];
    for (name, rows, want) in cases {
        assert_eq!(show(&on.code(&sent(rows), None)), *want, "{name}");
    }
    let off = strikes(false);
    assert!(
        off.code(&sent(cases[0].1), None).is_empty(),
        "off by default"
    );
}
