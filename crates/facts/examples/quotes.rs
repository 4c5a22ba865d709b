//! Prints the quotes of plain-text articles, one per line:
//! `file<TAB>offset<TAB>kind<TAB>speaker kind<TAB>speaker<TAB>mention<TAB>verb<TAB>text`.
//!
//! `cargo run --release -p dyad-facts --example quotes -- FILE...`

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        for q in dyad_facts::quotes::find_quotes(&text, &[], &[]) {
            let one_line = |s: &str| s.replace(['\n', '\t'], " ");
            println!(
                "{path}\t{}\t{:?}\t{:?}\t{}\t{}\t{}\t{}",
                q.span.start,
                q.kind,
                q.speaker.kind,
                q.speaker.name,
                q.speaker_mention.map(|m| m.text).unwrap_or_default(),
                q.verb.map(|v| v.text).unwrap_or_default(),
                one_line(&q.text)
            );
        }
    }
    status
}
