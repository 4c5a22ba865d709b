//! The seed article (../shared/samples/000_e1a0ccd5a4f44810.txt, AFP from Crimea, 14 March
//! 2014), read from raw text with the default dictionaries: each check the pipeline passes
//! today is asserted so it cannot regress (all seven since the coder resolves pronouns
//! and keeps a leader's appeal to their own group); a check marked `false` would be a
//! known miss (see docs/devset.md), and the test says when one starts to pass.

use dyad_eval::country_of;
use dyad_model::{Analysis, Event};
use dyad_pipeline::Pipeline;
use dyad_read::Reader;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/samples/000_e1a0ccd5a4f44810.txt"
);

/// (what, root, source country, target country or "" for any, passes today).
const CHECKS: &[(&str, &str, &str, &str, bool)] = &[
    ("Dzhemilev's appeal to NATO", "02", "UKR", "IGO", true),
    (
        "his call to boycott the referendum",
        "02",
        "UKR",
        "UKR",
        true,
    ),
    ("his phone call with Putin", "04", "UKR", "RUS", true),
    ("his criticism of the West", "11", "UKR", "WST", true),
    ("the Western visa bans", "17", "WST", "", true),
    ("the Tatars' planned demonstrations", "14", "UKR", "", true),
    ("Erdogan's pledge of support", "03", "TUR", "UKR", true),
];

fn analysis() -> Option<Analysis> {
    dyad_testdata::shared_file("samples/000_e1a0ccd5a4f44810.txt")?;
    let reader = Reader::builder().build();
    let article = reader
        .read_path(SEED.as_ref())
        .next()
        .expect("the seed has an article")
        .expect("the seed reads");
    let pipeline = Pipeline::builder().build().expect("the pipeline builds");
    Some(pipeline.analyze(&article))
}

fn country(a: &Option<dyad_model::ActorMention>) -> String {
    a.as_ref()
        .and_then(|m| country_of(&m.code))
        .unwrap_or_default()
}

fn found(events: &[Event], root: &str, source: &str, target: &str) -> bool {
    events.iter().any(|e| {
        !e.negated
            && e.cameo_root == root
            && country(&e.source) == source
            && (target.is_empty() || country(&e.target) == target)
    })
}

#[test]
fn seed_checklist() {
    let Some(a) = analysis() else { return };
    for e in &a.events {
        eprintln!(
            "coded: {} {} {} ({})",
            e.source.as_ref().map_or("-", |m| m.code.as_str()),
            e.target.as_ref().map_or("-", |m| m.code.as_str()),
            e.cameo,
            a.sentences.get(e.sentence).map_or("", |s| s.text.as_str())
        );
    }
    for (what, root, source, target, passes) in CHECKS {
        let ok = found(&a.events, root, source, target);
        if *passes {
            assert!(
                ok,
                "regression on the seed: {what} is no longer coded with the right actors"
            );
        } else if ok {
            eprintln!("known miss now passes, promote it in CHECKS: {what}");
        } else {
            eprintln!("known miss: {what}");
        }
    }
}

#[test]
fn seed_codes_nothing_absurd() {
    let Some(a) = analysis() else { return };
    for e in &a.events {
        for m in [&e.source, &e.target].into_iter().flatten() {
            assert!(
                !m.text.eq_ignore_ascii_case("sunday"),
                "an actor named Sunday: {e:?}"
            );
        }
        let sentence = a.sentences.get(e.sentence).map_or("", |s| s.text.as_str());
        if sentence.contains("Stalin") {
            let year = e.date.map(|d| d.date.format("%Y").to_string());
            let news_of_the_day =
                year.as_deref() == Some("2014") || (year.is_none() && !e.historical);
            assert!(
                !news_of_the_day,
                "the deportation under Stalin coded as 2014 news: {e:?}"
            );
        }
    }
}
