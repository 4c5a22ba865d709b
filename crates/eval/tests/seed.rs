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

fn analysis(parser: &str) -> Option<Analysis> {
    dyad_testdata::shared_file("samples/000_e1a0ccd5a4f44810.txt")?;
    let reader = Reader::builder().build();
    let article = reader
        .read_path(SEED.as_ref())
        .next()
        .expect("the seed has an article")
        .expect("the seed reads");
    let pipeline = Pipeline::builder()
        .parser(Some(parser))
        .build()
        .expect("the pipeline builds");
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

/// Both embedded parsers: the small neural one (the default) and the perceptron.
const PARSERS: [&str; 2] = [dyad_nlp::NEURAL_SMALL, dyad_nlp::PERCEPTRON];

#[test]
fn seed_checklist() {
    for parser in PARSERS {
        checklist(parser);
    }
}

fn checklist(parser: &str) {
    let Some(a) = analysis(parser) else { return };
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
                "{parser}: regression on the seed: {what} is no longer coded with the right actors"
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
    for parser in PARSERS {
        nothing_absurd(parser);
    }
}

fn nothing_absurd(parser: &str) {
    let Some(a) = analysis(parser) else { return };
    for e in &a.events {
        for m in [&e.source, &e.target].into_iter().flatten() {
            assert!(
                !m.text.eq_ignore_ascii_case("sunday"),
                "{parser}: an actor named Sunday: {e:?}"
            );
        }
        let sentence = a.sentences.get(e.sentence).map_or("", |s| s.text.as_str());
        if sentence.contains("Stalin") {
            let year = e.date.map(|d| d.date.format("%Y").to_string());
            let news_of_the_day =
                year.as_deref() == Some("2014") || (year.is_none() && !e.historical);
            assert!(
                !news_of_the_day,
                "{parser}: the deportation under Stalin coded as 2014 news: {e:?}"
            );
        }
    }
}
