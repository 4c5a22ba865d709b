//! Fuzz-like checks: odd and random Unicode never panics, and every output keeps the
//! offset invariants (tokens slice to their forms, in order, covering all non-space
//! text; sentences cover their tokens).

use dyad_text::{dateline, pretokenized, Tokenizer};
use std::time::Instant;

/// Small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "a",
    "Z",
    "7",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    ".",
    "..",
    "...",
    ",",
    ";",
    ":",
    "!",
    "?",
    "'",
    "\"",
    "’",
    "‘",
    "“",
    "”",
    "—",
    "–",
    "-",
    "--",
    "…",
    "(",
    ")",
    "[",
    "]",
    "$",
    "%",
    "#",
    "@",
    "&",
    "/",
    "_",
    "*",
    "=",
    "<",
    ">",
    "é",
    "\u{301}",
    "ж",
    "中",
    "😀",
    "\u{200d}",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{2028}",
    "\0",
    "\u{7f}",
    "\u{fffd}",
    "U.S.",
    "n't",
    "'s",
    "http://",
    "www.",
    "x@y.com",
    ".com",
    "(AFP) - ",
    "SIMFEROPOL, ",
    "March 14 ",
    "Gen. ",
    "Mr.",
    "Inc.",
    "a.m.",
    "19:14pm",
    "$4.5bn",
    "1,000",
    "3.5",
    "2014-03-14",
    "don't",
    "can't",
    "Dzhemilev's",
    "pro-Russian",
    "well-known",
    ":)",
    "''",
    "'07",
    "its a",
    "Sat. ",
    "No. 5",
    "etc. ",
    "The",
    "he said.\" ",
    "cannot",
    "01-Feb-02",
    "US$",
    "e-mail",
    " #39;",
    " quot;",
    "&amp;",
    "\\",
    "&lt;b&gt;",
    " lt;",
    " gt;",
    "Reuters - ",
    " : ",
];

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}')
}

/// Text and forms are the original's, except where wire noise was cleaned (`#39;s` reads
/// `'s`, a backslash a space, `&lt;b&gt;` nothing): only there may they differ.
fn noisy(orig: &str) -> bool {
    orig.contains([';', '\\'])
}

/// A dateline with an agency opening a later sentence is left out: it fills `from..to`.
fn dateline_gap(text: &str, from: usize, to: usize) -> bool {
    dateline(&text[from..]).is_some_and(|d| d.agency.is_some() && from + d.span.end == to)
}

fn check(tok: &Tokenizer, text: &str, from: usize) {
    let sents = tok.sentences(text);
    let mut prev_end = from;
    for (i, s) in sents.iter().enumerate() {
        assert_eq!(s.index, i);
        assert!(!s.tokens.is_empty(), "empty sentence in {text:?}");
        assert!(
            s.span.slice(text) == s.text || noisy(s.span.slice(text)),
            "sentence text differs in {text:?}"
        );
        assert_eq!(s.span.start, s.tokens[0].span.start);
        assert_eq!(s.span.end, s.tokens[s.tokens.len() - 1].span.end);
        for t in &s.tokens {
            assert!(!t.form.is_empty(), "empty token in {text:?}");
            assert!(
                t.span.slice(text) == t.form || noisy(t.span.slice(text)),
                "span/form mismatch in {text:?}"
            );
            assert!(t.span.start >= prev_end, "overlap in {text:?}");
            let gap = &text[prev_end..t.span.start];
            assert!(
                gap.chars().all(is_space)
                    || noisy(gap)
                    || dateline_gap(text, prev_end, t.span.start),
                "text {gap:?} lost from {text:?}"
            );
            assert!(
                !t.form.chars().any(is_space),
                "space inside {:?} in {text:?}",
                t.form
            );
            prev_end = t.span.end;
        }
    }
    let tail = &text[prev_end..];
    assert!(
        tail.chars().all(is_space) || noisy(tail),
        "tail lost from {text:?}"
    );
}

#[test]
fn random_text_keeps_invariants() {
    let keep = Tokenizer::builder().skip_dateline(false).build();
    let entities = Tokenizer::builder()
        .skip_dateline(false)
        .clean_entities(true)
        .build();
    let skip = Tokenizer::new();
    let small = Tokenizer::builder()
        .max_sentence_tokens(3)
        .max_sentence_bytes(10)
        .skip_dateline(false)
        .build();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut tokens = Vec::new();
    for _ in 0..20_000 {
        let n = (rng.next() % 24) as usize;
        let text: String = (0..n).map(|_| rng.pick(PIECES)).collect();
        check(&keep, &text, 0);
        check(&small, &text, 0);
        check(&entities, &text, 0);
        let from = dateline(&text).map_or(0, |d| d.span.end);
        check(&skip, &text, from);
        skip.tokenize_into(&text, &mut tokens);
        let _ = pretokenized(&text);
    }
}

#[test]
fn random_bytes_as_lossy_utf8() {
    let tok = Tokenizer::builder().skip_dateline(false).build();
    let mut rng = Rng(42);
    for _ in 0..5_000 {
        let n = (rng.next() % 64) as usize;
        let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        check(&tok, &String::from_utf8_lossy(&bytes), 0);
    }
}

#[test]
fn pathological_inputs_are_linear() {
    let tok = Tokenizer::new();
    let inputs = [
        ("no_spaces", "a".repeat(500_000)),
        ("dotted", "a.".repeat(500_000)),
        ("periods", ".".repeat(500_000)),
        ("hyphens", "ab-".repeat(700_000)),
        ("digits_commas", "1,000,".repeat(300_000)),
        ("closers", format!("end.{}", ")".repeat(500_000))),
        ("newlines", "\n".repeat(500_000)),
        ("no_punctuation", "word ".repeat(400_000)),
        ("url", format!("http://{}", "x".repeat(500_000))),
        ("apostrophes", "a'".repeat(500_000)),
        ("entities", "a #39;".repeat(200_000)),
        ("escaped_tags", "&lt;b".repeat(200_000)),
        ("backslashes", "a\\".repeat(500_000)),
    ];
    let entities = Tokenizer::builder().clean_entities(true).build();
    for ((name, text), tok) in inputs.iter().flat_map(|i| [(i, &tok), (i, &entities)]) {
        let t = Instant::now();
        let sents = tok.sentences(text);
        let secs = t.elapsed().as_secs_f64();
        assert!(secs < 5.0, "{name}: {secs:.1}s");
        assert!(
            sents
                .iter()
                .all(|s| s.tokens.len() <= dyad_text::DEFAULT_MAX_SENTENCE_TOKENS
                    // The limit is on what the parser reads: the clean text.
                    && s.text.len() <= dyad_text::DEFAULT_MAX_SENTENCE_BYTES),
            "{name}: a sentence exceeds the limits"
        );
    }
}
