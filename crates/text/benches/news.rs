//! Split + tokenize throughput on real news: the AllSides sample (12,518 articles).
//!
//! `cargo bench -p dyad-text --bench news`
//!
//! Prints MB/s, sentences/s and tokens/s for one full pass on one core, and checks the
//! number of sentences and tokens produced, so a fast wrong answer fails.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad_text::Tokenizer;
use std::io::{BufRead, BufReader};
use std::time::Instant;

/// Output counts on the whole sample with the current rules. A change to the tokenizer
/// or splitter that moves them must update them here, on purpose.
const EXPECTED_ARTICLES: usize = 12_518;
const EXPECTED_SENTENCES: usize = 588_640;
const EXPECTED_TOKENS: usize = 14_153_573;

fn load() -> Option<Vec<String>> {
    let path = dyad_testdata::shared_file("corpora/news/allsides/articles_every3rd.jsonl.gz")?;
    let file = std::fs::File::open(path).ok()?;
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut bodies = Vec::new();
    for line in reader.lines() {
        let line = line.ok()?;
        let v: serde_json::Value = serde_json::from_str(&line).ok()?;
        if let Some(body) = v.get("content_original").and_then(|c| c.as_str()) {
            bodies.push(body.to_string());
        }
    }
    Some(bodies)
}

/// CPU time of this thread so far (Linux), in seconds.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}

/// Splits and tokenizes every article; returns (sentences, tokens).
fn run(tok: &Tokenizer, bodies: &[String]) -> (usize, usize) {
    let (mut sentences, mut tokens) = (0, 0);
    let mut out = Vec::new();
    for body in bodies {
        tok.sentences_into(body, &mut out);
        sentences += out.len();
        tokens += out.iter().map(|s| s.tokens.len()).sum::<usize>();
    }
    (sentences, tokens)
}

/// Token and sentence spans only, into reused buffers; returns the number of tokens.
fn spans_only(tok: &Tokenizer, bodies: &[String]) -> usize {
    let (mut spans, mut ends) = (Vec::new(), Vec::new());
    let mut tokens = 0;
    for body in bodies {
        tok.sentence_spans_into(body, &mut spans, &mut ends);
        tokens += spans.len();
    }
    tokens
}

fn bench(c: &mut Criterion) {
    let Some(bodies) = load() else { return };
    let bytes: usize = bodies.iter().map(String::len).sum();
    let tok = Tokenizer::new();
    let t = Instant::now();
    let cpu = cpu_seconds();
    let (sentences, tokens) = run(&tok, &bodies);
    let wall = t.elapsed().as_secs_f64();
    // On a shared machine wall time counts other processes' turns; the thread's own CPU
    // time is the one-core figure.
    let secs = match (cpu, cpu_seconds()) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => wall,
    };
    println!(
        "news: {} articles, {:.1} MB, {sentences} sentences, {tokens} tokens in {secs:.2} s CPU \
         ({wall:.2} s wall): {:.1} MB/s, {:.0} sentences/s, {:.0} tokens/s on one core",
        bodies.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs,
        sentences as f64 / secs,
        tokens as f64 / secs,
    );
    assert_eq!(bodies.len(), EXPECTED_ARTICLES, "articles read");
    assert_eq!(sentences, EXPECTED_SENTENCES, "sentences produced");
    assert_eq!(tokens, EXPECTED_TOKENS, "tokens produced");

    // The same work without building `Sentence`s (no token `String`s): what the
    // allocation of forms costs.
    let cpu = cpu_seconds();
    let spans = spans_only(&tok, &bodies);
    if let (Some(a), Some(b)) = (cpu, cpu_seconds()) {
        println!(
            "news, spans only: {spans} tokens in {:.2} s CPU: {:.1} MB/s",
            b - a,
            bytes as f64 / 1e6 / (b - a)
        );
    }
    assert_eq!(spans, EXPECTED_TOKENS, "token spans produced");

    let mut group = c.benchmark_group("split_tokenize");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("allsides", |b| b.iter(|| run(&tok, &bodies)));
    group.bench_function("allsides_spans_only", |b| {
        b.iter(|| spans_only(&tok, &bodies))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
