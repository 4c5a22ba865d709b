//! A person with dated codes named with a title in a sentence with no date: the title
//! says the office, the name the country ("President Bush" in an undated wire item is
//! USAGOV, not the last, undated code). Small dictionaries, hand-written parses, one
//! case a row.

use chrono::NaiveDate;
use dyad_coder::Coder;
use dyad_dict::FileKind;

mod common;
use common::{coder_from, sent, show};

const VERBS: &str = "--- CRITICIZE [111] ---\nCRITICIZE\n";
const PEOPLE: &str = "\
ARATHORN_ [GONGOV 20010101-20090101]
+PRESIDENT_ARATHORN_
\t[GONELI]
";
const ACTORS: &str = "ROHAN [ROH]\n";
const AGENTS: &str = "PRESIDENT [~GOV]\n";

fn coder() -> Coder {
    coder_from(
        &[
            ("v.txt", FileKind::Verbs, VERBS),
            ("people-x.actors.txt", FileKind::Actors, PEOPLE),
            ("a.txt", FileKind::Actors, ACTORS),
            ("g.txt", FileKind::Agents, AGENTS),
        ],
        &[],
    )
}

/// A case: what it shows, the words before "Arathorn", the date, the events wanted.
type Case<'a> = (&'a str, &'a [&'a str], Option<NaiveDate>, &'a [&'a str]);

#[test]
fn titles_date_an_undated_person() {
    let c = coder();
    let in_office = NaiveDate::from_ymd_opt(2004, 5, 1);
    let cases: &[Case] = &[
        (
            "undated, titled: the title's office",
            &["President"],
            None,
            &["GONGOV ROH 111"],
        ),
        (
            "undated, no title: the undated code",
            &[],
            None,
            &["GONELI ROH 111"],
        ),
        (
            "dated: the date's code",
            &[],
            in_office,
            &["GONGOV ROH 111"],
        ),
        (
            "a former holder is no holder",
            &["Former", "President"],
            None,
            &["GONELI ROH 111"],
        ),
    ];
    for (what, before, date, want) in cases {
        let n = before.len();
        let mut rows: Vec<String> = before
            .iter()
            .map(|w| {
                let tag = if *w == "Former" {
                    "ADJ JJ"
                } else {
                    "PROPN NNP"
                };
                format!("{w} {} {tag} {} compound", w.to_lowercase(), n + 1)
            })
            .collect();
        rows.push(format!("Arathorn Arathorn PROPN NNP {} nsubj", n + 2));
        rows.push("criticized criticize VERB VBD 0 root".into());
        rows.push(format!("Rohan Rohan PROPN NNP {} obj", n + 2));
        let refs: Vec<&str> = rows.iter().map(String::as_str).collect();
        let s = sent(&refs);
        assert_eq!(show(&c.code(&s, *date)), *want, "{what}");
    }
}

/// "Secretary of State Colin Powell urged China", parsed with `Secretary` and `Colin`
/// both subjects: the repair reads the title as an apposition before the name, and the
/// title still dates the name in an undated item.
#[test]
fn a_title_read_as_a_second_subject_dates_the_name() {
    let c = coder_from(
        &[
            ("v.txt", FileKind::Verbs, "--- URGE [020] ---\nURGE\n"),
            (
                "people-x.actors.txt",
                FileKind::Actors,
                "COLIN_POWELL_ [USAMIL <19930930]\n\t[USAGOV 20010120-20050126]\n\t[USAELI <20211018]\n",
            ),
            ("a.txt", FileKind::Actors, "CHINA [CHN]\n"),
            ("g.txt", FileKind::Agents, "SECRETARY_OF_STATE [~GOV]\n"),
        ],
        &[],
    );
    let rows = [
        "Secretary secretary PROPN NNP 6 nsubj",
        "of of ADP IN 3 case",
        "State state PROPN NNP 4 nmod:desc",
        "Colin Colin PROPN NNP 6 nsubj",
        "Powell Powell PROPN NNP 4 flat",
        "urged urge VERB VBD 0 root",
        "China China PROPN NNP 6 obj",
    ];
    assert_eq!(show(&c.code(&sent(&rows), None)), ["USAGOV CHN 020"]);
}
