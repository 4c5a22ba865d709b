//! Floor on actor accuracy over the hand-judged events of real news in
//! `eval/actors/judged.jsonl` (AG News World 2004, AllSides 2012-2020, Guardian Syria
//! 2017-2019). The scorer is the `actors_eval` example, included so both measure alike.

#[allow(dead_code, missing_docs)]
#[path = "../examples/actors_eval.rs"]
mod actors_eval;

use dyad_pipeline::Pipeline;
use std::path::Path;

/// Share of judged events with both actor codes right: measured 58.7% (91/155) after
/// titles before a known name took the name's country; 58.1% when judged; 59.4% (92/155)
/// once backslash line breaks read as spaces and agency bylines left sentences, or
/// once role words describing a thing ("a military response") stopped being actors;
/// 61.3% (95/155) with the article's main country for state organs of no country;
/// 61.9% (96/155) once a title dates an undated person ("President Bush" USAGOV);
/// 62.6% (97/155) with wire tags ("TAIPEI (dpa) - ") no longer read as subjects;
/// 63.2% (98/155) with US advocacy groups in the actor dictionaries (ACLU USANGO);
/// 63.9% (99/155) once "US-backed X" stopped naming the backer as X; 64.5% (100/155)
/// with "government" alone (no determiner) read as government in general; 63.9%
/// (99/155) once a forecast ("the conference is expected to reiterate that ...", 010,
/// gu-20) stopped coding as a statement made (session 10, `plans.rs`).
const FLOOR: f64 = 0.638;

/// The same with the small neural parser, the default since session 8 (`FLOOR` holds the
/// perceptron, `DYAD_PARSER_MODEL=perceptron`). The events were sampled from the
/// perceptron's output and one no longer coded counts as wrong, so the set leans to that
/// parser: 52.9% (82/155) when first measured, 58.1% (90/155) after session 8's coder
/// work for its parses (docs/devset.md, "Session 8 (actsmall)"); in session 10, 58.7%
/// (91/155) with entities decoded and #36 rejudged (`eval/actors/judged.jsonl`), then
/// 58.1% (90/155) once the forecast of gu-20 stopped coding (see `FLOOR`).
const FLOOR_NEURAL: f64 = 0.58;

#[test]
fn judged_actors_hold_their_floor() {
    for (parser, floor) in [
        (dyad_nlp::PERCEPTRON, FLOOR),
        (dyad_nlp::NEURAL_SMALL, FLOOR_NEURAL),
    ] {
        judged_actors(parser, floor);
    }
}

fn judged_actors(parser: &str, floor: f64) {
    let Some(shared) = dyad_testdata::shared() else {
        return;
    };
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/actors/judged.jsonl");
    let judged = actors_eval::load(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(judged.len() >= 150, "only {} judged events", judged.len());
    let pipeline = Pipeline::builder()
        .parser(Some(parser))
        .build()
        .unwrap_or_else(|e| panic!("pipeline: {e}"));
    let s = actors_eval::evaluate(&judged, &pipeline, &shared).unwrap_or_else(|e| panic!("{e}"));
    for f in &s.failures {
        println!("{f}");
    }
    println!(
        "{parser}: actors right: {}/{} = {:.3}",
        s.right,
        s.total,
        s.accuracy()
    );
    assert!(
        s.accuracy() >= floor,
        "{parser}: actor accuracy {:.3} fell below the floor {floor}",
        s.accuracy()
    );
}
