//! The configured tokenizer: text to sentences of tokens with byte offsets.

use crate::bare::{bare, PlaceNames, Places};
use crate::dateline::{self, Dateline};
use crate::scan::scan;
use crate::split::{boundaries, Limits};
use crate::wire::{self, OffsetMap};
use dyad_model::{Sentence, Span, Token};
use std::sync::Arc;

/// Default cap on tokens per sentence. EWT's longest sentence has 159 tokens; a longer
/// "sentence" is a list or text without punctuation, and the parser's cost grows with
/// its length, so it is cut into pieces of this size.
pub const DEFAULT_MAX_SENTENCE_TOKENS: usize = 250;

/// Whether entities are decoded by default (see [`TokenizerBuilder::clean_entities`]).
/// On since session 10: off in session 5, when decoding measured better on real news (AG
/// News, judged) but took the dev set's false-event rate over its ceiling by one event;
/// with today's parsers the dev set no longer changes for the worse (docs/devset.md,
/// "Session 10 (lead)").
pub const DEFAULT_CLEAN_ENTITIES: bool = true;

/// Default cap on bytes per sentence, for the same reason (long tokens, no spaces).
pub const DEFAULT_MAX_SENTENCE_BYTES: usize = 4096;

/// Builds a [`Tokenizer`].
#[derive(Debug, Clone)]
pub struct TokenizerBuilder {
    max_tokens: usize,
    max_bytes: usize,
    skip_dateline: bool,
    entities: bool,
    places: Option<Places>,
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
            entities: DEFAULT_CLEAN_ENTITIES,
            places: None,
        }
    }

    /// Most tokens in one sentence (at least 1); longer runs are cut.
    pub fn max_sentence_tokens(mut self, n: usize) -> TokenizerBuilder {
        self.max_tokens = n.max(1);
        self
    }

    /// Most bytes in one sentence, counted in the text the tokenizer reads once wire noise
    /// is cleaned (at least 1); longer runs are cut at a token boundary.
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

    /// Whether HTML entities in the text, and the ones wire copy carries without their
    /// ampersand (`Burundi #39;s`, ` quot;`), are read as their characters (default
    /// [`DEFAULT_CLEAN_ENTITIES`]). Token forms are then the decoded words and spans
    /// still cover the original bytes. Backslashes standing for line breaks are always
    /// read as spaces.
    pub fn clean_entities(mut self, yes: bool) -> TokenizerBuilder {
        self.entities = yes;
        self
    }

    /// The place list that tells a dateline written with no dash (`BAGHDAD US warplanes
    /// fired`, `MANILA, Philippines At least`) from a sentence's first words (`TONY Blair
    /// was`); without one, only datelines with a dash, a colon or an agency are found.
    pub fn place_names(mut self, places: Arc<dyn PlaceNames>) -> TokenizerBuilder {
        self.places = Some(Places(places));
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
            entities: self.entities,
            places: self.places.clone(),
        }
    }
}

/// Splits text into sentences and tokens (UD English conventions). Cheap to build and
/// to share; it holds no per-text state.
#[derive(Debug, Clone)]
pub struct Tokenizer {
    limits: Limits,
    skip_dateline: bool,
    entities: bool,
    places: Option<Places>,
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
    /// one `out` allocates almost nothing once warm (the output equals a fresh call); a
    /// text with wire noise is first copied clean.
    pub fn sentences_into(&self, text: &str, out: &mut Vec<Sentence>) {
        let clean = wire::clean(text, self.entities);
        let ct = clean.text.as_ref();
        let mut spans = Vec::new();
        let mut ends = Vec::new();
        self.clean_spans_into(ct, &mut spans, &mut ends);
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
            let span = Span::new(first.start, last.end);
            s.index = n;
            s.span = clean.map.span(span);
            s.text.clear();
            s.text.push_str(span.slice(ct));
            s.date = None;
            s.tokens.truncate(toks.len());
            let reused = s.tokens.len();
            for (t, &span) in s.tokens.iter_mut().zip(toks) {
                let mut form = std::mem::take(&mut t.form);
                form.clear();
                form.push_str(span.slice(ct));
                *t = Token {
                    span: clean.map.span(span),
                    form,
                    ..Token::default()
                };
            }
            s.tokens
                .extend(toks[reused..].iter().map(|&t| token(ct, &clean.map, t)));
            n += 1;
        }
        out.truncate(n);
    }

    /// The core (allocation-free unless the text has wire noise to clean): fills the
    /// cleared `spans` with every token span (into `text`) and `ends` with each
    /// sentence's exclusive end index into `spans`. Where wire noise was cleaned
    /// (`#39;s`), a span covers the noisy original bytes.
    pub fn sentence_spans_into(&self, text: &str, spans: &mut Vec<Span>, ends: &mut Vec<usize>) {
        let clean = wire::clean(text, self.entities);
        self.clean_spans_into(&clean.text, spans, ends);
        for s in spans.iter_mut() {
            *s = clean.map.span(*s);
        }
    }

    /// Spans into the clean text `ct`.
    fn clean_spans_into(&self, ct: &str, spans: &mut Vec<Span>, ends: &mut Vec<usize>) {
        spans.clear();
        ends.clear();
        let start = match self.skip_dateline {
            true => dateline::find(ct, self.places.as_ref().map(|p| p.0.as_ref()))
                .or_else(|| self.places.as_ref().and_then(|p| bare(ct, p.0.as_ref())))
                .map_or(0, |d| d.span.end),
            false => 0,
        };
        scan(ct, start, ct.len(), spans);
        boundaries(ct, spans, self.limits, ends);
        if self.skip_dateline {
            drop_inner_datelines(ct, spans, ends);
        }
    }

    /// Tokenizes `text` as one sentence into the cleared `out` (no splitting, no
    /// dateline handling; wire noise is cleaned as in [`Tokenizer::sentences`]).
    pub fn tokenize_into(&self, text: &str, out: &mut Vec<Token>) {
        out.clear();
        let clean = wire::clean(text, self.entities);
        let mut spans = Vec::new();
        scan(&clean.text, 0, clean.text.len(), &mut spans);
        out.extend(spans.iter().map(|&t| token(&clean.text, &clean.map, t)));
    }

    /// Token spans of `text` (one sentence) into the cleared `out`.
    pub fn token_spans_into(&self, text: &str, out: &mut Vec<Span>) {
        out.clear();
        let clean = wire::clean(text, self.entities);
        scan(&clean.text, 0, clean.text.len(), out);
        for s in out.iter_mut() {
            *s = clean.map.span(*s);
        }
    }
}

/// Leaves out a dateline with an agency that opens a later sentence (wire copy pasted
/// after a caption: `... October 4. AP. BAGHDAD (AFP) - Britain's ...`), compacting
/// `spans` and `ends` in place.
fn drop_inner_datelines(ct: &str, spans: &mut Vec<Span>, ends: &mut Vec<usize>) {
    let (mut read, mut write, mut kept) = (0, 0, 0);
    for e in 0..ends.len() {
        let end = ends[e];
        let mut from = read;
        if read > 0 && read < end {
            let at = spans[read].start;
            // The sentence's own body must follow the dateline.
            let body = |d: &Dateline| spans[end - 1].start >= at + d.span.end;
            if let Some(d) =
                dateline::find(&ct[at..], None).filter(|d| d.agency.is_some() && body(d))
            {
                while from < end && spans[from].start < at + d.span.end {
                    from += 1;
                }
            }
        }
        for k in from..end {
            spans[write] = spans[k];
            write += 1;
        }
        read = end;
        ends[kept] = write;
        kept += 1;
    }
    spans.truncate(write);
    ends.truncate(kept);
}

/// A token read from the clean text `ct`, its span mapped back to the original.
fn token(ct: &str, map: &OffsetMap, span: Span) -> Token {
    Token {
        span: map.span(span),
        form: span.slice(ct).to_string(),
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
                token(text, &OffsetMap::default(), Span::new(s, s + w.len()))
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
