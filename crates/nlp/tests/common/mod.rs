//! Helpers shared by the analyzer's integration tests.
#![allow(dead_code)]

use dyad_model::{Sentence, Token};

/// `text` split on spaces into tokens, analyzed.
pub fn analyze(a: &dyad_nlp::Analyzer, text: &str) -> Sentence {
    let mut s = Sentence::default();
    for w in text.split(' ') {
        s.tokens.push(Token {
            form: w.to_string(),
            ..Default::default()
        });
    }
    a.analyze(&mut s);
    s
}
