//! Prints the time expressions of plain-text articles, one per line:
//! `file<TAB>offset<TAB>text<TAB>date<TAB>precision<TAB>historical`.
//!
//! Reads `PUBLISHED<TAB>FILE` lines (PUBLISHED as 2014-03-14) from standard input; sentences
//! are cut at ". " and line breaks, which is enough to look at the expressions.
//!
//! `cargo run --release -p dyad-facts --example times < list.tsv`

use chrono::NaiveDate;
use dyad_model::{Sentence, Span};
use std::io::BufRead;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let Some((date, path)) = line.split_once('\t') else {
            continue;
        };
        let (Ok(published), Ok(text)) = (
            NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d"),
            std::fs::read_to_string(path),
        ) else {
            eprintln!("{path}: bad date {date:?} or unreadable file");
            status = ExitCode::FAILURE;
            continue;
        };
        let mut start = 0;
        let cut = |end: usize, start: &mut usize| {
            let s = Sentence {
                span: Span::new(*start, end),
                ..Default::default()
            };
            *start = end;
            s
        };
        let mut sentences = Vec::new();
        for (i, c) in text.char_indices() {
            if c == '\n' || (c == '.' && text[i + 1..].starts_with(' ')) {
                sentences.push(cut(i + 1, &mut start));
            }
        }
        sentences.push(cut(text.len(), &mut start));
        for s in &sentences {
            for e in dyad_facts::time::resolve_sentence(s, &text, published) {
                println!(
                    "{path}\t{}\t{}\t{}\t{:?}\t{}",
                    e.span.start, e.text, e.date.date, e.date.precision, e.historical
                );
            }
        }
    }
    status
}
