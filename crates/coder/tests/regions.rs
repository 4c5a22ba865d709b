//! A people's region inside a named country is that country in a material conflict
//! act: "Gondor attacked the Dunlending region in Rhun" is aimed at Rhun; a people's
//! fighters keep their own code, and so does a region praised (a verbal act). Small
//! dictionaries, hand-written parses, one case a row.

use dyad_dict::FileKind;

mod common;
use common::{coder_from, sent, show};

const VERBS: &str = "--- ATTACK [190] ---\nATTACK\n--- PRAISE [051] ---\nPRAISE\n";
const ACTORS: &str = "GONDOR [GON]\nRHUN [RHU]\nDUNLENDING [KUR]\n";

/// A case: what it shows, the rows after "Gondor <verb>" (heads counted from 1, the verb
/// is 2), the verb's lemma, the events wanted.
type Case<'a> = (&'a str, &'a [&'a str], &'a str, &'a str);

#[test]
fn regions_inside_countries() {
    let c = coder_from(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("a.txt", FileKind::Actors, ACTORS),
        ],
        &[],
    );
    let region_in_rhun: &[&str] = &[
        "the the DET DT 5 det",
        "Dunlending Dunlending ADJ JJ 5 amod",
        "region region NOUN NN 2 obj",
        "in in ADP IN 7 case",
        "Rhun Rhun PROPN NNP 5 nmod",
    ];
    let cases: &[Case] = &[
        (
            "a region named inside the phrase",
            region_in_rhun,
            "attack",
            "GON RHU 190",
        ),
        (
            "a place hung on the verb says where the act is",
            &[
                "Dunlending Dunlending ADJ JJ 4 amod",
                "villages village NOUN NNS 2 obj",
                "in in ADP IN 6 case",
                "Rhun Rhun PROPN NNP 2 obl",
            ],
            "attack",
            "GON RHU 190",
        ),
        (
            "people are no place",
            &[
                "Dunlending Dunlending ADJ JJ 4 amod",
                "fighters fighter NOUN NNS 2 obj",
                "in in ADP IN 6 case",
                "Rhun Rhun PROPN NNP 4 nmod",
            ],
            "attack",
            "GON KUR 190",
        ),
        (
            "a verbal act keeps the people's code",
            region_in_rhun,
            "praise",
            "GON KUR 051",
        ),
    ];
    for (name, rest, verb, want) in cases {
        let v = format!("{verb}ed {verb} VERB VBD 0 root").replace("eed", "ed");
        let mut rows = vec!["Gondor Gondor PROPN NNP 2 nsubj", v.as_str()];
        rows.extend_from_slice(rest);
        let got = show(&c.code(&sent(&rows), None));
        assert_eq!(got, [*want], "{name}");
    }
}

/// Militiamen a state's forces attack are not that state's: "the militiamen" take no
/// country from Gondorian troops, but do from Gondorian rebels fighting at home.
#[test]
fn militias_under_a_state_s_fire() {
    let c = coder_from(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("a.txt", FileKind::Actors, "GONDOR [GON]\n+GONDORIAN\n"),
            (
                "g.txt",
                FileKind::Agents,
                "TROOPS {} [~MIL]\nREBEL {REBELS} [~REB]\nMILITIAMAN {MILITIAMEN} [~UAF]\n",
            ),
        ],
        &[],
    );
    for (who, lemma, want) in [
        ("troops", "troops", "GONMIL ---UAF 190"),
        ("rebels", "rebel", "GONREB GONUAF 190"),
    ] {
        let subject = format!("{who} {lemma} NOUN NNS 3 nsubj");
        let rows = [
            "Gondorian Gondorian ADJ JJ 2 amod",
            subject.as_str(),
            "attacked attack VERB VBD 0 root",
            "the the DET DT 5 det",
            "militiamen militiaman NOUN NNS 3 obj",
        ];
        assert_eq!(show(&c.code(&sent(&rows), None)), [want], "{who}");
    }
}
