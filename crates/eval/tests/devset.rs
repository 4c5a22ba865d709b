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
/// Session 5 added 36 real items (AG News World and Guardian Syria, judged blind before
/// any run), harder than the rest: dyad scored 58.3% / 58.3% on them as first run, and
/// "all" (427 items) fell to 81.3% / 71.4% / 0.29 (74/255) with no change to dyad; after
/// the day-word repair and the UNFAIR / SOLDIERS / REMAIN entries, all 82.0% / 71.7% /
/// 0.29 (75/256; written unchanged). The "all" floors are reset to a point under that
/// new measure and the ceiling to 0.30: they move only because the set grew, not because
/// dyad got worse (on the 391 items of before it scores 83.6% / 72.6%). The floors sit
/// about a point under, for parser
/// retraining; raise them as dyad improves.
const FLOORS: &[(&str, f64, f64, f64)] =
    &[("written", 85.2, 74.8, 0.25), ("all", 81.0, 70.7, 0.30)];

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

fn check(name: &str, report: &Report) {
    let c = report.counts();
    let (_, type_floor, dyad_floor, false_ceiling) = FLOORS
        .iter()
        .find(|f| f.0 == name)
        .copied()
        .unwrap_or_else(|| panic!("no floor for {name}"));
    let right_type = 100.0 * report.right_type_share();
    let right_dyad = 100.0 * report.right_dyad_share();
    let false_per_right = c.false_events() as f64 / c.right_event.max(1) as f64;
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
    let items = load_items(DEVSET.as_ref()).expect("the dev set parses");
    assert!(items.len() >= 300, "the dev set has {} items", items.len());
    let pipeline = Pipeline::builder().build().expect("the pipeline builds");
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
    }
}
