//! The configured tokenizer: text to sentences of tokens with byte offsets.

use crate::dateline::dateline;
use crate::scan::scan;
use crate::split::{boundaries, Limits};
use dyad_model::{Sentence, Span, Token};

/// Default cap on tokens per sentence. EWT's longest sentence has 159 tokens; a longer
/// "sentence" is a list or text without punctuation, and the parser's cost grows with
/// its length, so it is cut into pieces of this size.
pub const DEFAULT_MAX_SENTENCE_TOKENS: usize = 250;

/// Default cap on bytes per sentence, for the same reason (long tokens, no spaces).
pub const DEFAULT_MAX_SENTENCE_BYTES: usize = 4096;

/// Builds a [`Tokenizer`].
#[derive(Debug, Clone)]
pub struct TokenizerBuilder {
    max_tokens: usize,
    max_bytes: usize,
    skip_dateline: bool,
}

impl Default for TokenizerBuilder {
    fn default() -> Self {
        TokenizerBuilder::new()
    }
}

impl TokenizerBuilder {
    /// Defaults: 250 tokens and 4096 bytes per sentence, datelines skipped.
    pub fn new() -> TokenizerBuilder {
        TokenizerBuilder {
            max_tokens: DEFAULT_MAX_SENTENCE_TOKENS,
            max_bytes: DEFAULT_MAX_SENTENCE_BYTES,
            skip_dateline: true,
        }
    }

    /// Most tokens in one sentence (at least 1); longer runs are cut.
    pub fn max_sentence_tokens(mut self, n: usize) -> TokenizerBuilder {
        self.max_tokens = n.max(1);
        self
    }

    /// Most bytes in one sentence (at least 1); longer runs are cut at a token boundary.
    pub fn max_sentence_bytes(mut self, n: usize) -> TokenizerBuilder {
        self.max_bytes = n.max(1);
        self
    }

    /// Whether [`Tokenizer::sentences`] leaves out a dateline at the start of the text
    /// (default `true`; find it with [`crate::dateline`]).
    pub fn skip_dateline(mut self, yes: bool) -> TokenizerBuilder {
        self.skip_dateline = yes;
        self
    }

    /// The tokenizer.
    pub fn build(&self) -> Tokenizer {
        Tokenizer {
            limits: Limits {
                tokens: self.max_tokens,
                bytes: self.max_bytes,
            },
            skip_dateline: self.skip_dateline,
        }
    }
}

/// Splits text into sentences and tokens (UD English conventions). Cheap to build and
/// to share; it holds no per-text state.
#[derive(Debug, Clone)]
pub struct Tokenizer {
    limits: Limits,
    skip_dateline: bool,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer::new()
    }
}

impl Tokenizer {
    /// A tokenizer with the default settings.
    pub fn new() -> Tokenizer {
        TokenizerBuilder::new().build()
    }

    /// A builder for other settings.
    pub fn builder() -> TokenizerBuilder {
        TokenizerBuilder::new()
    }

    /// The sentences of `text` (an article body), numbered from 0, with their tokens'
    /// forms and spans filled in (tags and heads left empty).
    pub fn sentences(&self, text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        self.sentences_into(text, &mut out);
        out
    }

    /// Like [`Tokenizer::sentences`], into `out`, replacing what it held. The sentences
    /// and token forms already in `out` are reused, so a loop over many articles with
    /// one `out` allocates almost nothing once warm (the output equals a fresh call).
    pub fn sentences_into(&self, text: &str, out: &mut Vec<Sentence>) {
        let mut spans = Vec::new();
        let mut ends = Vec::new();
        self.sentence_spans_into(text, &mut spans, &mut ends);
        let mut n = 0;
        let mut start = 0;
        for &end in &ends {
            let toks = &spans[start..end];
            start = end;
            let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
                continue;
            };
            if n == out.len() {
                out.push(Sentence::default());
            }
            let s = &mut out[n];
            s.index = n;
            s.span = Span::new(first.start, last.end);
            s.text.clear();
            s.text.push_str(s.span.slice(text));
            s.date = None;
            s.tokens.truncate(toks.len());
            let reused = s.tokens.len();
            for (t, &span) in s.tokens.iter_mut().zip(toks) {
                let mut form = std::mem::take(&mut t.form);
                form.clear();
                form.push_str(span.slice(text));
                *t = Token {
                    span,
                    form,
                    ..Token::default()
                };
            }
            s.tokens
                .extend(toks[reused..].iter().map(|&t| token(text, t)));
            n += 1;
        }
        out.truncate(n);
    }

    /// The allocation-free core: fills the cleared `spans` with every token span and
    /// `ends` with each sentence's exclusive end index into `spans`.
    pub fn sentence_spans_into(&self, text: &str, spans: &mut Vec<Span>, ends: &mut Vec<usize>) {
        spans.clear();
        ends.clear();
        let start = match self.skip_dateline {
            true => dateline(text).map_or(0, |d| d.span.end),
            false => 0,
        };
        scan(text, start, text.len(), spans);
        boundaries(text, spans, self.limits, ends);
    }

    /// Tokenizes `text` as one sentence into the cleared `out` (no splitting, no
    /// dateline handling).
    pub fn tokenize_into(&self, text: &str, out: &mut Vec<Token>) {
        out.clear();
        let mut spans = Vec::new();
        scan(text, 0, text.len(), &mut spans);
        out.extend(spans.iter().map(|&t| token(text, t)));
    }

    /// Token spans of `text` (one sentence) into the cleared `out`.
    pub fn token_spans_into(&self, text: &str, out: &mut Vec<Span>) {
        out.clear();
        scan(text, 0, text.len(), out);
    }
}

fn token(text: &str, span: Span) -> Token {
    Token {
        span,
        form: span.slice(text).to_string(),
        ..Token::default()
    }
}

/// Sentences of text that is already tokenized: one sentence per non-blank line, tokens
/// separated by whitespace (PETRARCH and CoNLL-style input). Spans point into `text`.
pub fn pretokenized(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let base = line_start;
        line_start += line.len();
        let tokens: Vec<Token> = line
            .split_whitespace()
            .map(|w| {
                let s = base + (w.as_ptr() as usize - line.as_ptr() as usize);
                token(text, Span::new(s, s + w.len()))
            })
            .collect();
        let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
            continue;
        };
        let span = Span::new(first.span.start, last.span.end);
        out.push(Sentence {
            index: out.len(),
            span,
            text: span.slice(text).to_string(),
            tokens,
            date: None,
        });
    }
    out
}
