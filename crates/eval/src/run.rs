//! Running the pipeline on every item and collecting the comparisons.

use crate::{match_events, Coded, Expected, Item, Matched, Report, Source};
use chrono::NaiveDate;
use dyad_model::{Article, Event};
use dyad_pipeline::Pipeline;
use std::collections::HashMap;

/// Which coded events count.
#[derive(Debug, Clone, Copy)]
pub struct ScoreOptions {
    /// Leave out events the coder marks as negated ("did not attack").
    pub skip_negated: bool,
    /// Leave out events the coder dates to the past ("in 1944 ...").
    pub skip_historical: bool,
}

impl Default for ScoreOptions {
    fn default() -> Self {
        ScoreOptions {
            skip_negated: true,
            skip_historical: true,
        }
    }
}

/// One item after coding.
#[derive(Debug, Clone)]
pub struct ItemResult {
    /// The item's id.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// `w` for written by the project, else the corpus name.
    pub kind: String,
    /// Its region.
    pub region: String,
    /// Expected events.
    pub expected: Vec<Expected>,
    /// Coded events that count.
    pub coded: Vec<Coded>,
    /// Coded events left out by [`ScoreOptions`].
    pub left_out: usize,
    /// Pairs of expected and coded events.
    pub matched: Matched,
    /// The main event's root is coded (or, with no event expected, nothing is coded).
    pub right_type: bool,
    /// ... with its source and target countries.
    pub right_dyad: bool,
}

/// Codes `text` as a one-sentence article published on `date`.
pub fn code_sentence(pipeline: &Pipeline, id: &str, text: &str, date: NaiveDate) -> Vec<Event> {
    let article = Article {
        id: id.to_string(),
        text: text.to_string(),
        published: date.and_hms_opt(12, 0, 0),
        ..Default::default()
    };
    pipeline.analyze(&article).events
}

/// Scores every item whose text is known (`corpus_texts` holds corpus items' text by id;
/// corpus items missing from it are listed in [`Report::unavailable`]).
pub fn score(
    pipeline: &Pipeline,
    items: &[Item],
    corpus_texts: &HashMap<String, String>,
    opts: &ScoreOptions,
) -> Report {
    let mut report = Report::default();
    for item in items {
        let (text, kind) = match &item.source {
            Source::Text(t) => (t.clone(), "w".to_string()),
            Source::Corpus { kind, .. } => match corpus_texts.get(&item.id) {
                Some(t) => (t.clone(), kind.name().to_string()),
                None => {
                    report.unavailable.push(item.id.clone());
                    continue;
                }
            },
        };
        let events = code_sentence(pipeline, &item.id, &text, item.date);
        let kept: Vec<&Event> = events
            .iter()
            .filter(|e| !(opts.skip_negated && e.negated))
            .filter(|e| !(opts.skip_historical && e.historical))
            .collect();
        let coded: Vec<Coded> = kept.iter().map(|e| Coded::from_event(e)).collect();
        let matched = match_events(&item.events, &coded);
        let (right_type, right_dyad) = if item.events.is_empty() {
            (coded.is_empty(), coded.is_empty())
        } else {
            (
                matched.by_root.iter().any(|p| p.0 == 0),
                matched.dyad_of(0).is_some(),
            )
        };
        report.add(ItemResult {
            id: item.id.clone(),
            text,
            kind,
            region: item.region.clone(),
            expected: item.events.clone(),
            left_out: events.len() - kept.len(),
            coded,
            matched,
            right_type,
            right_dyad,
        });
    }
    report
}
