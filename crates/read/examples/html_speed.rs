//! Throughput of HTML reading and extraction on one core: decode, parse, extract, metadata.
//!
//! `cargo run --release -p dyad-read --example html_speed -- ../shared/corpora/html`
//!
//! Asserts the number of pages and of extracted words, so a fast wrong answer fails.

use std::path::{Path, PathBuf};
use std::time::Instant;

/// Pages in the two corpora with an HTML source (130 + 30).
const PAGES: usize = 160;
/// Words extracted from them (measured; extraction changes must update it knowingly).
const MIN_WORDS: usize = 195_000;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.file_name().is_some_and(|n| n == "source.html")
            || (p.extension().is_some_and(|e| e == "html")
                && p.parent().is_some_and(|d| d.ends_with("data/html")))
        {
            out.push(p);
        }
    }
}

fn main() {
    let root = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/corpora/html"));
    let mut files = Vec::new();
    collect(&root, &mut files);
    let pages: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let rounds = 3;
    let cpu0 = cpu_seconds();
    let mut words = 0;
    let start = Instant::now();
    for _ in 0..rounds {
        words = 0;
        for page in &pages {
            let a = dyad_read::parse_html(&dyad_read::decode_html(page));
            words += a.text.split_whitespace().count();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{} pages, {:.1} MB, {} words extracted; {:.1} MB/s ({:.2} ms/page)",
        pages.len(),
        bytes as f64 / 1e6,
        words,
        mb / secs,
        secs * 1000.0 / (pages.len() * rounds) as f64
    );
    if let Some(cpu) = cpu.filter(|c| *c > 0.0) {
        // On a shared machine wall time counts other processes; CPU time is this one's.
        println!("{:.1} MB/s per CPU second ({cpu:.2} s of CPU)", mb / cpu);
    }
    assert_eq!(pages.len(), PAGES, "page count");
    assert!(words >= MIN_WORDS, "only {words} words extracted");
}

/// User + system CPU seconds of this process (Linux `/proc/self/stat`, 100 ticks/s).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}
