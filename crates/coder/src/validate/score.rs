//! Running a coder over validation records and scoring exact matches.

use super::{Expected, Record, Triple, ValidationFile};
use crate::Coder;
use dyad_model::Sentence;

/// The result of one record.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Record id.
    pub id: String,
    /// Line of the record in the file.
    pub line: usize,
    /// True when the coded set equals the expected set.
    pub passed: bool,
    /// Expected events, sorted (empty for no-event records).
    pub expected: Vec<Triple>,
    /// Coded events, sorted.
    pub got: Vec<Triple>,
    /// Set when the record could not be coded (bad parse): why.
    pub problem: Option<String>,
}

/// Scores of a whole file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Records passed.
    pub passed: usize,
    /// Records failed (including records that could not be coded).
    pub failed: usize,
    /// Records skipped (`sentence="false"`).
    pub skipped: usize,
    /// Records the file reader could not read: (line, message).
    pub unreadable: Vec<(usize, String)>,
    /// One outcome per record run, in file order.
    pub outcomes: Vec<Outcome>,
}

/// The record's own CoNLL-U parse as a sentence (`--parses given`). A parse that
/// covers less than half of the record's words is refused as bad input, as PETRARCH
/// refuses a truncated tree.
pub fn given_parse(r: &Record) -> Result<Sentence, String> {
    let mut s = dyad_model::conllu::parse(&r.parse).map_err(|e| format!("bad parse: {e}"))?;
    let mut first = if s.is_empty() {
        Sentence::default()
    } else {
        s.swap_remove(0)
    };
    let words = r.text.split_whitespace().count();
    if !first.tokens.is_empty() && first.tokens.len() * 2 < words {
        return Err(format!(
            "the parse covers {} tokens of a {words}-word text",
            first.tokens.len()
        ));
    }
    first.text.clone_from(&r.text);
    Ok(first)
}

/// Codes every record with the sentence `parse` gives for it and compares with what
/// the record expects. `parse` returns the record's sentence or why it has none.
pub fn run(
    file: &ValidationFile,
    coder: &Coder,
    parse: &dyn Fn(&Record) -> Result<Sentence, String>,
) -> Report {
    let mut report = Report {
        unreadable: file.problems.clone(),
        ..Report::default()
    };
    let strict = coder.with_requirements(true, true);
    let loose = coder.with_requirements(true, false);
    for rec in &file.records {
        if !rec.is_sentence {
            report.skipped += 1;
            continue;
        }
        let mut expected = match &rec.expected {
            Expected::Events(v) => v.clone(),
            Expected::NoEvents | Expected::Error(_) => Vec::new(),
        };
        expected.sort();
        expected.dedup();
        let (got, problem) = match parse(rec) {
            Ok(s) => {
                let c = if rec.require_dyad { &strict } else { &loose };
                let mut got: Vec<Triple> = c
                    .code(&s, rec.date)
                    .into_iter()
                    .map(|e| Triple {
                        source: e.source.map_or_else(|| "---".to_string(), |a| a.code),
                        target: e.target.map_or_else(|| "---".to_string(), |a| a.code),
                        code: e.cameo,
                    })
                    .collect();
                got.sort();
                got.dedup();
                (got, None)
            }
            Err(e) => (Vec::new(), Some(e)),
        };
        let passed = got == expected && problem.as_ref().is_none_or(|_| expected.is_empty());
        if passed {
            report.passed += 1;
        } else {
            report.failed += 1;
        }
        report.outcomes.push(Outcome {
            id: rec.id.clone(),
            line: rec.line,
            passed,
            expected,
            got,
            problem,
        });
    }
    report
}
