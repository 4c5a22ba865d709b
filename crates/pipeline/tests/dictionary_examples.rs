//! Every `#ex:` example of dyad's own dictionaries, run through the whole pipeline
//! (tokenizer, tagger and parser, coder with the embedded dictionaries), issue 4.
//!
//! `#ex: SENTENCE => SRC TGT CODE` passes when an event has CODE and the same countries
//! (first three letters; `-` matches anything); `#ex: SENTENCE => -` passes when nothing is
//! coded. Parses are statistical, so the test holds the share that passes to a floor that
//! only rises, and prints every failure for whoever edits a dictionary.

use dyad_model::{ActorMention, Event};
use dyad_pipeline::{embedded_files, Pipeline};

/// Share of coded examples with the right code and countries: 0.905 at the start of
/// session 4, 0.910 (1394/1532) after its statement rules, 0.935 (1444/1544) with the
/// finite-verb repair, the violence rules and the actors merged; 0.942 (1517/1610) with
/// session 5's extended repair (1510/1610 before it); session 10: small neural parser
/// 0.958 (1626/1698), perceptron 0.946 (1606/1698).
const CODED_FLOOR: f64 = 0.945;
/// Share of no-event examples (verbs and discards) that code nothing.
const EMPTY_FLOOR: f64 = 1.0;

fn c3(code: &str) -> String {
    code.chars().take(3).collect()
}

fn matches(e: &Event, src: &str, tgt: &str, code: &str) -> bool {
    let same = |a: &Option<ActorMention>, w: &str| {
        w == "-" || a.as_ref().is_some_and(|a| c3(&a.code) == c3(w))
    };
    e.cameo == code && same(&e.source, src) && same(&e.target, tgt)
}

/// Both embedded parsers hold the floors (the small neural one, the default since session
/// 8: 1535/1620 when it became the default; the perceptron 1527/1620).
#[test]
fn dictionary_examples_code_as_written() {
    for parser in [dyad_nlp::NEURAL_SMALL, dyad_nlp::PERCEPTRON] {
        examples_with(parser);
    }
}

fn examples_with(parser: &str) {
    let pipeline = Pipeline::builder()
        .facts(false)
        .parser(Some(parser))
        .build()
        .expect("pipeline");
    let (mut coded, mut right, mut empty, mut empty_ok) = (0usize, 0usize, 0usize, 0usize);
    let mut failures = Vec::new();
    for (name, _, text) in embedded_files() {
        for (ln, line) in text.lines().enumerate() {
            let Some((sentence, want)) = line
                .strip_prefix("#ex: ")
                .and_then(|r| r.rsplit_once(" => "))
            else {
                continue;
            };
            let want: Vec<&str> = want.split_whitespace().collect();
            let mut got = Vec::new();
            match want.as_slice() {
                [src, tgt, code] => {
                    let coder = pipeline.coder().with_requirements(*src != "-", *tgt != "-");
                    for s in pipeline.parse(sentence) {
                        got.extend(coder.code(&s, None));
                    }
                    coded += 1;
                    if got.iter().any(|e| matches(e, src, tgt, code)) {
                        right += 1;
                    } else {
                        failures.push(format!(
                            "{name}:{}: {sentence} => want {src} {tgt} {code}",
                            ln + 1
                        ));
                    }
                }
                _ => {
                    for s in pipeline.parse(sentence) {
                        got.extend(pipeline.code(&s, None));
                    }
                    empty += 1;
                    if got.is_empty() {
                        empty_ok += 1;
                    } else {
                        failures.push(format!("{name}:{}: {sentence} => want nothing", ln + 1));
                    }
                }
            }
        }
    }
    for f in &failures {
        eprintln!("{parser}: example fails: {f}");
    }
    let coded_share = right as f64 / coded.max(1) as f64;
    let empty_share = empty_ok as f64 / empty.max(1) as f64;
    eprintln!("{parser}: {right}/{coded} coded examples right ({coded_share:.3}); {empty_ok}/{empty} no-event examples empty ({empty_share:.3})");
    assert!(
        coded > 1000 && empty > 100,
        "examples went missing: {coded} coded, {empty} empty"
    );
    assert!(
        coded_share >= CODED_FLOOR,
        "{parser}: {coded_share:.3} < {CODED_FLOOR}"
    );
    assert!(
        empty_share >= EMPTY_FLOOR,
        "{parser}: {empty_share:.3} < {EMPTY_FLOOR}"
    );
}
