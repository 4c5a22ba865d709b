//! Coding throughput with given parses, dictionaries loaded, one thread:
//! UniversalPetrarch's UD unit-test records coded over and over.
//! `cargo bench -p dyad-coder --bench coding` (needs ../shared; skips without it).
//!
//! The bench checks the number of events it produced on every round, so a fast wrong
//! answer fails.

use dyad_coder::validate::ValidationFile;
use dyad_coder::CoderBuilder;
use dyad_dict::{Dictionaries, FileKind, LoadOptions};
use std::time::Instant;

fn main() {
    let Some(shared) = dyad_testdata::shared() else {
        return;
    };
    // Phoenix load and compile time.
    let t0 = Instant::now();
    let phoenix =
        Dictionaries::load_dir(shared.join("dictionaries/phoenix"), &LoadOptions::default());
    let load = t0.elapsed();
    let phoenix = match phoenix {
        Ok(p) => {
            println!(
                "phoenix load+compile: {:.3} s, {:?}",
                load.as_secs_f64(),
                p.stats()
            );
            p
        }
        Err(e) => panic!("{e}"),
    };

    let dir = shared.join("validation/universal-petrarch");
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
    let d =
        Dictionaries::load_files(&files, &LoadOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    let coder = CoderBuilder::new()
        .dictionaries(d)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let vf = ValidationFile::read(&dir.join("PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let sentences: Vec<_> = vf
        .records
        .iter()
        .filter(|r| r.is_sentence)
        .filter_map(|r| {
            dyad_model::conllu::parse(&r.parse)
                .ok()?
                .into_iter()
                .next()
                .map(|s| (s, r.date))
        })
        .collect();
    let count = |v: &mut Vec<dyad_model::Event>| {
        v.clear();
        for (s, date) in &sentences {
            coder.code_into(s, *date, v);
        }
        v.len()
    };
    let mut events = Vec::new();
    let expected = count(&mut events);
    assert!(
        expected > 150,
        "only {expected} events from {} sentences",
        sentences.len()
    );
    let rounds = 200;
    let cpu0 = cpu_seconds();
    let t = Instant::now();
    for _ in 0..rounds {
        assert_eq!(count(&mut events), expected, "coding is not deterministic");
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu0).map(|(a, b)| a - b);
    let n = (rounds * sentences.len()) as f64;
    println!(
        "coded {} sentences x {rounds} rounds ({expected} events per round) in {secs:.3} s wall: {:.0} sentences/s",
        sentences.len(),
        n / secs
    );
    // On a shared machine wall time counts other processes' turns; CPU time does not.
    if let Some(c) = cpu.filter(|c| *c > 0.0) {
        println!(
            "{c:.3} s of this thread's CPU time: {:.0} sentences/s per core",
            n / c
        );
    }

    // The same sentences with the full Phoenix dictionaries.
    let big = CoderBuilder::new()
        .dictionaries(phoenix)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let count_big = |v: &mut Vec<dyad_model::Event>| {
        v.clear();
        for (s, date) in &sentences {
            big.code_into(s, *date, v);
        }
        v.len()
    };
    let expected_big = count_big(&mut events);
    let cpu0 = cpu_seconds();
    let t = Instant::now();
    for _ in 0..rounds {
        assert_eq!(
            count_big(&mut events),
            expected_big,
            "coding is not deterministic"
        );
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu0).map(|(a, b)| a - b);
    println!(
        "phoenix dictionaries: {expected_big} events per round, {:.0} sentences/s wall",
        n / secs
    );
    if let Some(c) = cpu.filter(|c| *c > 0.0) {
        println!(
            "phoenix dictionaries: {:.0} sentences/s per core (CPU time)",
            n / c
        );
    }
}

/// This thread's user+system CPU time from /proc (Linux), in seconds.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest = s.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the name.
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}
