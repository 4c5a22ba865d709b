//! Prints the parse and coded events (with explanations) of validation records.
//! `cargo run --example debug_record -- FILE.xml DICTDIR ID...`

use dyad_coder::validate::ValidationFile;
use dyad_coder::CoderBuilder;
use dyad_dict::{Dictionaries, FileKind, LoadOptions};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file, dir, ids @ ..] = args.as_slice() else {
        return Err("usage: debug_record FILE.xml DICTDIR ID...".into());
    };
    let dir = PathBuf::from(dir);
    let files = [
        (dir.join("PETR.Validate.verbs.2.0.txt"), FileKind::Verbs),
        (dir.join("PETR.Validate.actors.txt"), FileKind::Actors),
        (dir.join("PETR.Validate.agents.txt"), FileKind::Agents),
        (dir.join("PETR.Validate.discards.txt"), FileKind::Discards),
        (
            dir.join("PETR.Internal.Coding.Ontology.txt"),
            FileKind::Pico,
        ),
    ];
    let d = Dictionaries::load_files(&files, &LoadOptions::default())?;
    let coder = CoderBuilder::new()
        .dictionaries(d.clone())
        .explain(true)
        .build()?;
    let vf = ValidationFile::read(std::path::Path::new(file))?;
    for r in vf.records.iter().filter(|r| ids.contains(&r.id)) {
        println!("== {} {:?}\n{}", r.id, r.expected, r.text);
        for l in r.parse.lines().filter(|l| !l.trim().is_empty()) {
            let c: Vec<&str> = l.split('\t').collect();
            if c.len() >= 8 {
                println!("  {} {} {} {} {} {}", c[0], c[1], c[2], c[3], c[6], c[7]);
            }
        }
        let s = dyad_model::conllu::parse(&r.parse)?
            .into_iter()
            .next()
            .unwrap_or_default();
        for e in coder
            .with_requirements(true, r.require_dyad)
            .code(&s, r.date)
        {
            println!(
                "  -> {:?} {:?} {} {:?}",
                e.source.map(|a| a.code),
                e.target.map(|a| a.code),
                e.cameo,
                e.explain
            );
        }
    }
    Ok(())
}
