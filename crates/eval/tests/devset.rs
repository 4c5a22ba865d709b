//! Floors on the event development set with dyad's own dictionaries (measured figures,
//! rounded down; they may only rise). Run in release: `cargo test --release -p dyad-eval`.

use dyad_eval::{load_items, score, Corpora, Report, Source};
use dyad_pipeline::Pipeline;
use std::collections::HashMap;

const DEVSET: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../eval/events/devset.jsonl"
);
const CORPORA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpora/news");

/// Floors: (subset, sentences with the right type %, right type + source + target %,
/// most false events per right one). Measured 2026-11-27 at the end of session 3 (the
/// session-3 coder rules and entries of docs/devset.md, merged with main at 4040af8):
/// written 80.5% / 68.8% / 0.30, all 78.0% / 65.5% / 0.36; session 4 scores an agent
/// with no actor ("---UAF") as having no country, like an unnamed expected source:
/// written 80.5% / 70.5% / 0.27, all 78.0% / 67.3% / 0.32; session 4's place of violent
/// acts (crates/coder/src/violence.rs): written 82.2% / 72.5% / 0.24, all 79.3% / 68.8%
/// / 0.30; unnamed attackers: written 82.2% / 72.8% / 0.23, all 79.5% / 69.3% / 0.29;
/// session 4's finite-verb repair in the tagger (crates/nlp): written 84.6% / 74.2% /
/// 0.25, all 81.3% / 70.3% / 0.30; with session 4's statement rules (docs/devset.md,
/// "Session 4 (statements)"): written 86.2% / 75.8% / 0.23, all 83.4% / 72.6% / 0.27.
/// Session 4 then added 36 real items at the end of the file (AG News World and Guardian
/// Syria, judged blind before any run; dyad scored 58.3% / 58.3% on them at first run).
/// So that no floor falls because the set grew, the suites are: "written" (the project's
/// own sentences), "first391" (the 391 items of before, whose floors keep rising:
/// 83.6% / 72.6% / 0.27 after the day-word repair), "real" (every corpus item, 129: 72.1%
/// / 62.0% / 0.50 when first measured) and "all" (427: 82.0% / 71.7% / 0.29 when first
/// measured). Session 5's reported speech (crates/coder/src/said.rs) alone: first391
/// 84.4% / 72.9% / 0.28, real 73.6% / 62.8% / 0.51, all 82.7% / 71.9% / 0.30; its
/// military patterns and force-posture rules alone (docs/devset.md, "Session 5 (force)"):
/// written 87.6% / 77.2% / 0.23, all 83.8% / 73.5% / 0.28. Merged with the session's
/// wire-noise, actor and statement work: written 87.6% / 77.2% / 0.23, first391 85.7% /
/// 74.4% / 0.27, real 76.7% / 65.1% / 0.48, all 84.3% / 73.5% / 0.29. The floors sit
/// about a point under, for parser retraining; raise them as dyad improves. Session 5
/// (compose: one role per code, regions inside countries): all 84.3 / 74.0 / 0.28,
/// first391 85.7 / 74.9 / 0.26, real 76.7 / 66.7 / 0.43; with `intent` (subjects hung
/// on "that", no place as a statement's target, "warned X against" 130) and `finite`
/// (the tagger's repair for coordinated and intransitive past verbs): written 88.6 / 78.2
/// / 0.22, first391 86.7 / 76.0 / 0.25, real 77.5 / 68.2 / 0.38, all 85.2 / 75.2 / 0.26;
/// `intent2` ("A and B promised to work together" 030 both ways): first391 87.0 / 76.2
/// / 0.25, real 78.3 / 69.0 / 0.37, all 85.5 / 75.4 / 0.26. Session 6 (allegiance:
/// "militants linked to X" are X's): first391 87.0 / 76.5 / 0.25, real 78.3 / 69.8 /
/// 0.35, all 85.5 / 75.6 / 0.26. Session 7 (venues: "met in Luxembourg" is aimed at no
/// one): written 88.3 / 78.2 / 0.22, first391 86.7 / 76.5 / 0.24, real 78.3 / 69.8 /
/// 0.35, all 85.2 / 75.6 / 0.25; with a preposition hung on a number repaired ("aid to
/// 50,000 people"): first391 87.0 / 76.7 / 0.24, real 79.1 / 70.5 / 0.35, all 85.5 /
/// 75.9 / 0.25. Session 9 (falsereal: guesses, purposes and opinions code no act, a
/// reduced passive read as active): first391 87.0 / 76.7 / 0.24, real 79.8 / 71.3 /
/// 0.33, all 85.7 / 76.1 / 0.25; missreal2 (named operations, military and air
/// campaigns, counterattacks): real 80.6 / 72.1 / 0.33, all 85.9 / 76.3 / 0.25. Session
/// 10 (entities decoded, armed strikes and targetless pledges, demands, condemnations
/// and sanctions): written 88.6 / 78.5 / 0.22, first391 87.7 / 77.5 / 0.24, real 82.9 /
/// 74.4 / 0.33, all 86.9 / 77.3 / 0.25; with `intent` (plans, agreements, invitations
/// and talks): first391 87.7 / 77.7 / 0.24, real 83.7 / 76.0 / 0.30, all 87.1 / 77.8 /
/// 0.24; with `reported` (directives, verdicts, labels) and "used tear gas": real 84.5
/// / 76.7 / 0.30, all 87.4 / 78.0 / 0.24; with `smallval`'s parse repairs: written
/// 88.9 / 78.9 / 0.22, first391 88.0 / 78.0 / 0.23, all 87.6 / 78.2 / 0.24.
const FLOORS: &[(&str, f64, f64, f64)] = &[
    ("written", 88.5, 78.5, 0.22),
    ("first391", 87.6, 77.6, 0.24),
    ("real", 84.1, 76.3, 0.31),
    ("all", 87.2, 77.8, 0.25),
];

/// The same with the small neural parser, dyad's default since session 8 (the floors
/// above hold the perceptron parser, `DYAD_PARSER_MODEL=perceptron`, on which the coder
/// was tuned until then). First measured when it became the default: written 90.6 /
/// 80.9 / 0.21, first391 87.2 / 77.2 / 0.26, real 75.2 / 65.9 / 0.53, all 85.9 / 76.3 /
/// 0.28. Its real-news items trailed the perceptron's; after session 8's coder repairs
/// for its parses (docs/devset.md, "Session 8 (realnews)"): first391 89.0 / 78.5 /
/// 0.26, real 80.6 / 70.5 / 0.51, all 87.6 / 77.8 / 0.28. Session 9 (falsereal, fewer
/// false events on real news; missreal, noun phrases, indirect objects, subjunctives):
/// written 90.9 / 81.2 / 0.21, first391 89.3 / 78.8 / 0.25, real 82.2 / 72.1 / 0.44, all
/// 88.3 / 78.5 / 0.27; missreal2 (named operations, military and air campaigns,
/// counterattacks): real 82.9 / 72.9 / 0.44, all 88.5 / 78.7 / 0.27. Session 10 (lead
/// and targetless): written 91.9 / 81.9 / 0.21, first391 90.5 / 79.8 / 0.25, real 84.5 /
/// 74.4 / 0.43, all 89.7 / 79.6 / 0.27; with `intent`: first391 91.0 / 80.3 / 0.24,
/// real 86.8 / 76.7 / 0.36, all 90.4 / 80.3 / 0.25; with `reported` and "used tear
/// gas": first391 91.6 / 80.8 / 0.24, real 89.1 / 79.1 / 0.34, all 91.1 / 81.0 / 0.24.
const FLOORS_NEURAL: &[(&str, f64, f64, f64)] = &[
    ("written", 91.5, 81.5, 0.22),
    ("first391", 91.2, 80.4, 0.25),
    ("real", 88.7, 78.7, 0.35),
    ("all", 90.7, 80.6, 0.25),
];

/// Items of the dev set as it stood before session 4 added real items at its end.
const FIRST_ITEMS: usize = 391;

fn corpus_texts(items: &[dyad_eval::Item]) -> Option<HashMap<String, String>> {
    let corpora = Corpora::open(CORPORA.as_ref());
    if !corpora.is_available() {
        if std::env::var_os("CI").is_some() {
            panic!("CI is set but {CORPORA} is missing: the corpus items of the dev set cannot be read");
        }
        eprintln!("skipping the corpus items of the dev set: {CORPORA} is missing");
        return None;
    }
    match corpora.resolve(items) {
        Ok(t) => Some(t),
        Err(e) => panic!("dev set corpus items: {e}"),
    }
}

fn check(parser: &str, floors: &[(&str, f64, f64, f64)], name: &str, report: &Report) {
    let c = report.counts();
    let (_, type_floor, dyad_floor, false_ceiling) = floors
        .iter()
        .find(|f| f.0 == name)
        .copied()
        .unwrap_or_else(|| panic!("no floor for {name}"));
    let right_type = 100.0 * report.right_type_share();
    let right_dyad = 100.0 * report.right_dyad_share();
    let false_per_right = c.false_events() as f64 / c.right_event.max(1) as f64;
    let name = format!("{parser} {name}");
    eprintln!(
        "{name}: {} sentences, right type {right_type:.1}%, right type+source+target {right_dyad:.1}%, \
         {:.2} false events per right one",
        c.items, false_per_right
    );
    assert!(
        right_type >= type_floor,
        "{name}: right type {right_type:.1}% < floor {type_floor}%"
    );
    assert!(
        right_dyad >= dyad_floor,
        "{name}: right dyad {right_dyad:.1}% < floor {dyad_floor}%"
    );
    assert!(
        false_per_right <= false_ceiling,
        "{name}: {false_per_right:.2} false events per right one > ceiling {false_ceiling}"
    );
}

#[test]
fn devset_floors_with_own_dictionaries() {
    for (parser, floors) in [
        (dyad_nlp::PERCEPTRON, FLOORS),
        (dyad_nlp::NEURAL_SMALL, FLOORS_NEURAL),
    ] {
        devset_floors(parser, floors);
    }
}

fn devset_floors(parser: &str, floors: &[(&str, f64, f64, f64)]) {
    let items = load_items(DEVSET.as_ref()).expect("the dev set parses");
    assert!(items.len() >= 300, "the dev set has {} items", items.len());
    let pipeline = Pipeline::builder()
        .parser(Some(parser))
        .build()
        .expect("the pipeline builds");
    let check = |name: &str, report: &Report| check(parser, floors, name, report);
    let written: Vec<_> = (items.iter())
        .filter(|i| matches!(i.source, Source::Text(_)))
        .cloned()
        .collect();
    let opts = Default::default();
    check(
        "written",
        &score(&pipeline, &written, &HashMap::new(), &opts),
    );
    if let Some(texts) = corpus_texts(&items) {
        let report = score(&pipeline, &items, &texts, &opts);
        assert!(
            report.unavailable.is_empty(),
            "unreadable: {:?}",
            report.unavailable
        );
        check("all", &report);
        let first = &items[..FIRST_ITEMS.min(items.len())];
        check("first391", &score(&pipeline, first, &texts, &opts));
        let real: Vec<_> = (items.iter())
            .filter(|i| !matches!(i.source, Source::Text(_)))
            .cloned()
            .collect();
        check("real", &score(&pipeline, &real, &texts, &opts));
    }
}
