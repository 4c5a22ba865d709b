//! Sentence and word F1 from raw text against UD treebanks.
//!
//! `cargo run --release -p dyad-text --example eval -- ../shared/treebanks/UD_English-EWT/en_ewt-ud-test.conllu`
//! Add `--errors N` to print the first N sentence-boundary and word mismatches.

use dyad_text::{eval, Tokenizer};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut show = 0;
    if let Some(i) = args.iter().position(|a| a == "--errors") {
        show = args.get(i + 1).and_then(|n| n.parse().ok()).unwrap_or(20);
        args.drain(i..(i + 2).min(args.len()));
    }
    let tok = Tokenizer::new();
    for path in &args {
        let gold = eval::read_gold(Path::new(path))?;
        let s = eval::score(&gold, &tok);
        println!(
            "{path}\n  sentences: P {:.2} R {:.2} F1 {:.2} (gold {}, predicted {})\n  words:     P {:.2} R {:.2} F1 {:.2} (gold {}, predicted {})",
            s.sentences.precision(), s.sentences.recall(), s.sentences.f1(), s.sentences.gold, s.sentences.predicted,
            s.words.precision(), s.words.recall(), s.words.f1(), s.words.gold, s.words.predicted,
        );
        if show > 0 {
            errors(&gold, &tok, show);
        }
    }
    Ok(())
}

/// Prints gold words missed and sentence ends missed or invented, with context.
fn errors(gold: &eval::Gold, tok: &Tokenizer, n: usize) {
    let (mut spans, mut ends) = (Vec::new(), Vec::new());
    tok.sentence_spans_into(&gold.text, &mut spans, &mut ends);
    let pred: std::collections::HashSet<_> = spans.iter().copied().collect();
    let ctx = |s: usize, e: usize| {
        let a = gold.text.floor_char_boundary(s.saturating_sub(30));
        let b = gold.text.ceil_char_boundary((e + 30).min(gold.text.len()));
        gold.text[a..b].replace('\n', "⏎")
    };
    println!("-- word errors (gold word not predicted)");
    for w in gold.words.iter().filter(|w| !pred.contains(w)).take(n) {
        let got: Vec<&str> = spans
            .iter()
            .filter(|p| p.end > w.start && p.start < w.end)
            .map(|p| &gold.text[p.start..p.end])
            .collect();
        println!(
            "  gold {:?} got {:?}   | {}",
            w.slice(&gold.text),
            got,
            ctx(w.start, w.end)
        );
    }
    let pe: std::collections::HashSet<usize> = ends
        .iter()
        .filter(|&&e| e > 0)
        .map(|&e| spans[e - 1].end)
        .collect();
    let ge: std::collections::HashSet<usize> = gold.sentences.iter().map(|s| s.end).collect();
    println!("-- missed sentence ends");
    for e in gold
        .sentences
        .iter()
        .map(|s| s.end)
        .filter(|e| !pe.contains(e))
        .take(n)
    {
        println!("  | {}", ctx(e, e));
    }
    println!("-- invented sentence ends");
    let mut inv: Vec<usize> = pe.iter().copied().filter(|e| !ge.contains(e)).collect();
    inv.sort();
    for e in inv.into_iter().take(n) {
        println!("  | {}", ctx(e, e));
    }
}
