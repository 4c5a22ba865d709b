//! Development-set items: one JSON object a line.

use crate::{CorpusKind, EvalError};
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::HashSet;
use std::path::Path;

/// Longest line accepted: an item is one sentence and its codings, far below this; a longer
/// line is a broken file, not an item.
const MAX_LINE: usize = 64 * 1024;

/// Where an item's sentence comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Written by the project; the text is in the item.
    Text(String),
    /// A span of a document in `../shared/corpora/news`.
    Corpus {
        /// Which corpus.
        kind: CorpusKind,
        /// Document id: AllSides `ID`, Guardian `index`, AG News 1-based row number.
        doc: String,
        /// Start, in characters (Unicode scalar values) of the document's text field.
        start: usize,
        /// End (exclusive), in characters.
        end: usize,
    },
}

/// One event a person coded for the sentence.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Expected {
    /// Source actor code ("RUSGOV", "UKRTAT"), or none (an unnamed attacker).
    #[serde(default)]
    pub source: Option<String>,
    /// Target actor code, or none.
    #[serde(default)]
    pub target: Option<String>,
    /// CAMEO event code ("0234").
    pub code: String,
}

impl Expected {
    /// The CAMEO root ("02").
    pub fn root(&self) -> &str {
        self.code.get(..2).unwrap_or(&self.code)
    }
}

/// One sentence with its expected events (none for a sentence without an event).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Unique id ("w001", "as-12").
    pub id: String,
    /// Its text, or where to find it.
    pub source: Source,
    /// Publication date the sentence is coded with.
    pub date: NaiveDate,
    /// World region the sentence is about (EUR, MEA, AFR, ASI, AME, GLB).
    pub region: String,
    /// Expected events; the first is the main event.
    pub events: Vec<Expected>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    id: String,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    corpus: Option<String>,
    #[serde(default)]
    doc: Option<String>,
    #[serde(default)]
    start: Option<usize>,
    #[serde(default)]
    end: Option<usize>,
    date: String,
    #[serde(default)]
    region: Option<String>,
    events: Vec<Expected>,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

/// Reads and checks a development set file.
pub fn load_items(path: &Path) -> Result<Vec<Item>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_items(path, &text)
}

/// Parses development set lines (blank lines and lines starting with `//` are skipped).
pub fn parse_items(path: &Path, text: &str) -> Result<Vec<Item>, EvalError> {
    let mut items = Vec::new();
    let mut seen = HashSet::new();
    for (i, line) in text.lines().enumerate() {
        let err = |message: String| EvalError::Item {
            path: path.to_path_buf(),
            line: i + 1,
            message,
        };
        let line = line.trim();
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        if line.len() > MAX_LINE {
            return Err(err(format!("line longer than {MAX_LINE} bytes")));
        }
        let raw: Raw = serde_json::from_str(line).map_err(|e| err(e.to_string()))?;
        let item = to_item(raw).map_err(err)?;
        if !seen.insert(item.id.clone()) {
            return Err(err(format!("duplicate id {}", item.id)));
        }
        items.push(item);
    }
    Ok(items)
}

fn to_item(raw: Raw) -> Result<Item, String> {
    let date = NaiveDate::parse_from_str(&raw.date, "%Y-%m-%d")
        .map_err(|e| format!("date {:?}: {e}", raw.date))?;
    for e in &raw.events {
        if !dyad_model::cameo::is_event_code(&e.code) {
            return Err(format!("{:?} is not a CAMEO event code", e.code));
        }
    }
    let source = match (raw.text, raw.corpus) {
        (Some(t), None) if !t.trim().is_empty() => Source::Text(t),
        (None, Some(c)) => {
            let kind = CorpusKind::from_name(&c).ok_or_else(|| format!("unknown corpus {c:?}"))?;
            let (doc, start, end) = match (raw.doc, raw.start, raw.end) {
                (Some(d), Some(s), Some(e)) if s < e => (d, s, e),
                _ => return Err("a corpus item needs doc, start < end".into()),
            };
            Source::Corpus {
                kind,
                doc,
                start,
                end,
            }
        }
        _ => return Err("an item has either a non-empty text or a corpus reference".into()),
    };
    Ok(Item {
        id: raw.id,
        source,
        date,
        region: raw.region.unwrap_or_else(|| "GLB".into()),
        events: raw.events,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_and_bad_lines() {
        let p = Path::new("t.jsonl");
        let cases: &[(&str, &str, bool)] = &[
            (
                "text",
                r#"{"id":"a","text":"X.","date":"2014-03-14","events":[]}"#,
                true,
            ),
            (
                "corpus",
                r#"{"id":"a","corpus":"guardian","doc":"3","start":1,"end":9,"date":"2018-01-01","events":[{"source":"SYR","code":"190"}]}"#,
                true,
            ),
            (
                "bad code",
                r#"{"id":"a","text":"X.","date":"2014-03-14","events":[{"source":"RUS","code":"999"}]}"#,
                false,
            ),
            (
                "no source",
                r#"{"id":"a","text":"X.","date":"2014-03-14","events":[{"code":"190"}]}"#,
                true,
            ),
            (
                "bad date",
                r#"{"id":"a","text":"X.","date":"14/03/2014","events":[]}"#,
                false,
            ),
            (
                "both",
                r#"{"id":"a","text":"X.","corpus":"agnews","date":"2014-03-14","events":[]}"#,
                false,
            ),
            (
                "empty span",
                r#"{"id":"a","corpus":"agnews","doc":"1","start":5,"end":5,"date":"2014-03-14","events":[]}"#,
                false,
            ),
            (
                "unknown field",
                r#"{"id":"a","text":"X.","date":"2014-03-14","events":[],"x":1}"#,
                false,
            ),
        ];
        for (name, line, ok) in cases {
            assert_eq!(parse_items(p, line).is_ok(), *ok, "{name}");
        }
    }

    #[test]
    fn duplicate_ids_name_the_line() {
        let text = "{\"id\":\"a\",\"text\":\"X.\",\"date\":\"2014-03-14\",\"events\":[]}\n\n\
                    {\"id\":\"a\",\"text\":\"Y.\",\"date\":\"2014-03-14\",\"events\":[]}";
        let e = parse_items(Path::new("t.jsonl"), text).expect_err("duplicate ids are refused");
        assert!(e.to_string().starts_with("t.jsonl:3:"), "{e}");
    }
}
