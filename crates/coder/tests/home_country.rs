//! The article's main country: with no dateline, a state organ of no country ("the
//! government", "police") is the country the article names far more than any other,
//! except police and courts acting on another country's place. Small dictionaries,
//! hand-written parses, one case a row.

use dyad_coder::{Coder, Discourse};
use dyad_dict::FileKind;
use dyad_model::Sentence;

mod common;
use common::{coder_from, sent, show};

const VERBS: &str = "\
--- CRITICIZE [111] ---
CRITICIZE
--- ARREST [173] ---
ARREST
";
const ACTORS: &str = "GONDOR [GON]\nROHAN [ROH]\nAMERICA [USA]\n";
const AGENTS: &str = "GOVERNMENT [~GOV]\nPOLICE [~COP]\nADMINISTRATION [~GOV]\n";

fn coder() -> Coder {
    coder_from(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("a.txt", FileKind::Actors, ACTORS),
            ("g.txt", FileKind::Agents, AGENTS),
        ],
        &[],
    )
}

/// "<Name> voted ." : a sentence that names a country and codes nothing.
fn voted(name: &str) -> Sentence {
    sent(&[
        &format!("{name} {name} PROPN NNP 2 nsubj"),
        "voted vote VERB VBD 0 root",
        ". . PUNCT . 2 punct",
    ])
}

/// "The government criticized Rohan ."
fn government_criticized() -> Sentence {
    sent(&[
        "The the DET DT 2 det",
        "government government NOUN NN 3 nsubj",
        "criticized criticize VERB VBD 0 root",
        "Rohan Rohan PROPN NNP 3 obj",
        ". . PUNCT . 3 punct",
    ])
}

/// "When government criticized Rohan ..." : government in general.
fn generic_government() -> Sentence {
    sent(&[
        "Government government NOUN NN 2 nsubj",
        "criticized criticize VERB VBD 0 root",
        "Rohan Rohan PROPN NNP 2 obj",
        ". . PUNCT . 2 punct",
    ])
}

/// "Police arrested protesters in Rohan ."
fn police_arrested() -> Sentence {
    sent(&[
        "Police police NOUN NNS 2 nsubj",
        "arrested arrest VERB VBD 0 root",
        "Rohan Rohan PROPN NNP 2 obj",
        ". . PUNCT . 2 punct",
    ])
}

/// "Rohan criticized police ."
fn criticized_police() -> Sentence {
    sent(&[
        "Rohan Rohan PROPN NNP 2 nsubj",
        "criticized criticize VERB VBD 0 root",
        "police police NOUN NNS 2 obj",
        ". . PUNCT . 2 punct",
    ])
}

/// "The government criticized foreign governments ."
fn criticized_foreign() -> Sentence {
    sent(&[
        "The the DET DT 2 det",
        "government government NOUN NN 3 nsubj",
        "criticized criticize VERB VBD 0 root",
        "foreign foreign ADJ JJ 5 amod",
        "governments government NOUN NNS 3 obj",
        ". . PUNCT . 3 punct",
    ])
}

/// A case: what it shows, sentences naming Gondor and Rohan before the last, the last
/// sentence, its events wanted.
type Case<'a> = (&'a str, usize, usize, fn() -> Sentence, &'a [&'a str]);

#[test]
fn main_country_of_an_article() {
    let c = coder();
    let cases: &[Case] = &[
        (
            "four mentions, twice any other: the government is Gondor's",
            4,
            1,
            government_criticized,
            &["GONGOV ROH 111"],
        ),
        (
            "three mentions are too few",
            3,
            0,
            government_criticized,
            &["---GOV ROH 111"],
        ),
        (
            "not twice the next country",
            4,
            2,
            government_criticized,
            &["---GOV ROH 111"],
        ),
        (
            "government with no determiner is government in general",
            4,
            0,
            generic_government,
            &["---GOV ROH 111"],
        ),
        (
            "police acting on another country are not the article's",
            5,
            0,
            police_arrested,
            &["---COP ROH 173"],
        ),
        (
            "a state organ acted on is the article's too",
            4,
            0,
            criticized_police,
            &["ROH GONCOP 111"],
        ),
        (
            "foreign governments are no one's, and never the source itself",
            4,
            0,
            criticized_foreign,
            &["GONGOV ---GOV 111"],
        ),
    ];
    for (what, gondor, rohan, last, want) in cases {
        let mut article: Vec<Sentence> = (0..*gondor).map(|_| voted("Gondor")).collect();
        article.extend((0..*rohan).map(|_| voted("Rohan")));
        article.push(last());
        let trees: Vec<_> = article.iter().map(|s| c.tree(s)).collect();
        let mut ctx = Discourse::new();
        ctx.set_main_country(c.main_country(&trees, None).as_deref());
        let mut events = Vec::new();
        for t in &trees {
            events.extend(c.code_tree_in(t, None, &mut ctx));
        }
        assert_eq!(show(&events), *want, "{what}");
        // A tree built once codes as the sentence coded afresh.
        let mut fresh_ctx = Discourse::new();
        fresh_ctx.set_main_country(c.main_country(&trees, None).as_deref());
        let mut fresh = Vec::new();
        for s in &article {
            fresh.extend(c.code_in(s, None, &mut fresh_ctx));
        }
        assert_eq!(show(&fresh), *want, "{what}: fresh");
    }
}

/// "The administration criticized Rohan ."
fn administration_criticized() -> Sentence {
    sent(&[
        "The the DET DT 2 det",
        "administration administration NOUN NN 3 nsubj",
        "criticized criticize VERB VBD 0 root",
        "Rohan Rohan PROPN NNP 3 obj",
        ". . PUNCT . 3 punct",
    ])
}

#[test]
fn role_word_of_a_country_never_named() {
    // (what, country named four times before the last sentence, the last, events wanted)
    type RoleCase<'a> = (&'a str, &'a str, fn() -> Sentence, &'a [&'a str]);
    let cases: &[RoleCase] = &[
        (
            "the administration of a story about Gondor is Washington's: no main country",
            "Gondor",
            administration_criticized,
            &["---GOV ROH 111"],
        ),
        (
            "the administration of a story about America is America's",
            "America",
            administration_criticized,
            &["USAGOV ROH 111"],
        ),
    ];
    let c = coder();
    for (what, country, last, want) in cases {
        let mut article: Vec<Sentence> = (0..4).map(|_| voted(country)).collect();
        article.push(last());
        let trees: Vec<_> = article.iter().map(|s| c.tree(s)).collect();
        let mut ctx = Discourse::new();
        ctx.set_main_country(c.main_country(&trees, None).as_deref());
        let events: Vec<_> = trees
            .iter()
            .flat_map(|t| c.code_tree_in(t, None, &mut ctx))
            .collect();
        assert_eq!(show(&events), *want, "{what}");
    }
}

#[test]
fn empty_sentence_has_a_tree_and_codes_nothing() {
    let c = coder();
    let empty = Sentence::default();
    let trees = [c.tree(&empty)];
    assert_eq!(c.main_country(&trees, None), None);
    assert!(c
        .code_tree_in(&trees[0], None, &mut Discourse::new())
        .is_empty());
}

/// A state organ of no country in a clause a state's official reports is that state's:
/// "Gondor's minister said police arrested farmers", not when a private person speaks.
#[test]
fn reported_organs_take_the_speaker_s_country() {
    let c = coder_from(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("a.txt", FileKind::Actors, ACTORS),
            (
                "g.txt",
                FileKind::Agents,
                "POLICE [~COP]\nMINISTER {MINISTERS} [~GOV]\nFARMER {FARMERS} [~AGR]\n",
            ),
        ],
        &[],
    );
    for (speaker, want) in [
        ("minister", "GONCOP ---AGR 173"),
        ("farmer", "---COP ---AGR 173"),
    ] {
        let who = format!("{speaker} {speaker} NOUN NN 4 nsubj");
        let s = sent(&[
            "Gondor Gondor PROPN NNP 3 nmod:poss",
            "'s 's PART POS 1 case",
            who.as_str(),
            "said say VERB VBD 0 root",
            "police police NOUN NNS 6 nsubj",
            "arrested arrest VERB VBD 4 ccomp",
            "farmers farmer NOUN NNS 6 obj",
            ". . PUNCT . 4 punct",
        ]);
        assert_eq!(show(&c.code(&s, None)), [want], "{speaker}");
    }
}
