//! Prints the sentences of a text file (or stdin), one per line, tokens separated by
//! spaces: `cargo run --release -p dyad-text --example split -- FILE`.

use dyad_text::{dateline, Tokenizer};
use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(path) => text = std::fs::read_to_string(path)?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    if let Some(d) = dateline(&text) {
        println!("# dateline: {:?}", d.span.slice(&text));
    }
    for s in Tokenizer::new().sentences(&text) {
        let forms: Vec<&str> = s.tokens.iter().map(|t| t.form.as_str()).collect();
        println!("{}", forms.join(" "));
    }
    Ok(())
}
