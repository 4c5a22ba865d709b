//! Quotation marks to quoted stretches, and stretches to quotes.
//!
//! Within a paragraph, straight marks alternate open/close; curly and guillemet marks say
//! which they are. A mark left open runs to the paragraph's end. News convention: a
//! paragraph that opens a quote and does not close it continues into the next paragraph
//! when that one opens with a quotation mark; those stretches form one quote. Two
//! stretches in one paragraph separated only by a short attribution ending in a comma
//! (`"We want it," he said, "before ..."`) form one quote too.

use super::lexicon::{is_in, SPEECH_VERBS};
use crate::words;
use dyad_model::Span;

/// Most paragraphs one quote may run over: a stray mark must not swallow an article.
const MAX_PARAGRAPHS_PER_QUOTE: usize = 20;

/// Longest attribution between the two halves of a split quote, in words.
const MAX_SPLIT_WORDS: usize = 12;

/// One quoted stretch: the text between a pair of marks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Stretch {
    /// Byte of the opening mark.
    pub open: usize,
    /// The quoted text, trimmed.
    pub content: Span,
    /// Byte just after the closing mark, or the paragraph's end when unclosed.
    pub after: usize,
    /// True when a closing mark was found.
    pub closed: bool,
    /// Index of its paragraph.
    pub para: usize,
}

/// A quote: one or more stretches, and where a split attribution sits, if any.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    pub parts: Vec<Stretch>,
    /// The attribution between two parts of a split quote.
    pub inner: Option<Span>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Either,
}

fn mark(c: char) -> Option<Mark> {
    match c {
        '“' | '„' | '«' => Some(Mark::Open),
        '”' | '»' => Some(Mark::Close),
        '"' => Some(Mark::Either),
        _ => None,
    }
}

/// The quoted stretches of one paragraph, in order.
pub(crate) fn stretches(text: &str, para: Span, index: usize) -> Vec<Stretch> {
    let mut out = Vec::new();
    let body = para.slice(text);
    let mut open: Option<usize> = None;
    for (at, c) in body.char_indices() {
        let Some(m) = mark(c) else { continue };
        let abs = para.start + at;
        match (open, m) {
            (None, Mark::Open | Mark::Either) => open = Some(abs),
            (None, Mark::Close) => {} // a stray closing mark
            (Some(o), Mark::Open) => {
                // A new opening before a close: the last one was left open.
                push(&mut out, text, o, abs, abs, false, index);
                open = Some(abs);
            }
            (Some(o), Mark::Close | Mark::Either) => {
                push(&mut out, text, o, abs, abs + c.len_utf8(), true, index);
                open = None;
            }
        }
    }
    if let Some(o) = open {
        push(&mut out, text, o, para.end, para.end, false, index);
    }
    if out.is_empty() && !body.chars().any(|c| mark(c).is_some()) {
        singles(text, para, index, &mut out);
    }
    out
}

/// Single quotation marks, in a paragraph with no double ones (British headlines: "NATO
/// should intervene 'before massacre': leader"). An apostrophe looks the same, so a mark
/// opens only after a space and before a letter, closes only after a non-space and before
/// a space or punctuation, and an opening left unclosed is dropped as an apostrophe.
fn singles(text: &str, para: Span, index: usize, out: &mut Vec<Stretch>) {
    let body = para.slice(text);
    let mut open: Option<usize> = None;
    let mut prev: Option<char> = None;
    let mut it = body.char_indices().peekable();
    while let Some((at, c)) = it.next() {
        let next = it.peek().map(|&(_, n)| n);
        if matches!(c, '\'' | '‘' | '’') {
            let abs = para.start + at;
            let can_open = c != '’'
                && prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—'))
                && next.is_some_and(char::is_alphabetic);
            let can_close = c != '‘'
                && prev.is_some_and(|p| !p.is_whitespace())
                && next.is_none_or(|n| {
                    n.is_whitespace() || matches!(n, '.' | ',' | ';' | ':' | '!' | '?' | ')')
                });
            match open {
                Some(o) if can_close => {
                    push(out, text, o, abs, abs + c.len_utf8(), true, index);
                    open = None;
                }
                None if can_open => open = Some(abs),
                _ => {}
            }
        }
        prev = Some(c);
    }
}

fn push(
    out: &mut Vec<Stretch>,
    text: &str,
    open: usize,
    end: usize,
    after: usize,
    closed: bool,
    para: usize,
) {
    let start = open + text[open..].chars().next().map_or(1, char::len_utf8);
    let Some(raw) = text.get(start..end) else {
        return;
    };
    let lead = raw.len() - raw.trim_start().len();
    let body = raw.trim();
    if body.is_empty() {
        return;
    }
    out.push(Stretch {
        open,
        content: Span::new(start + lead, start + lead + body.len()),
        after,
        closed,
        para,
    });
}

/// Groups the stretches of all paragraphs into quotes.
pub(crate) fn groups(text: &str, paras: &[Span]) -> Vec<Group> {
    let per_para: Vec<Vec<Stretch>> = paras
        .iter()
        .enumerate()
        .map(|(i, p)| stretches(text, *p, i))
        .collect();
    let mut out: Vec<Group> = Vec::new();
    let mut carried: Option<(Group, usize)> = None; // open quote running on, paragraphs used
    for (pi, list) in per_para.iter().enumerate() {
        let mut rest = list.as_slice();
        if let Some((mut g, n)) = carried.take() {
            let opens_para = rest.first().is_some_and(|s| s.open == paras[pi].start);
            if opens_para && n < MAX_PARAGRAPHS_PER_QUOTE {
                let s = rest[0];
                g.parts.push(s);
                rest = &rest[1..];
                if !s.closed && rest.is_empty() {
                    carried = Some((g, n + 1));
                    continue;
                }
            }
            out.push(g);
        }
        for (k, s) in rest.iter().enumerate() {
            // Join a split quote: `"...," he said, "..."`.
            if let Some(last) = out.last_mut() {
                if last.inner.is_none() && last.parts.len() == 1 && k > 0 {
                    let prev = last.parts[0];
                    if prev.para == pi && prev.closed {
                        if let Some(inner) = split_attribution(text, &prev, s) {
                            last.parts.push(*s);
                            last.inner = Some(inner);
                            continue;
                        }
                    }
                }
            }
            let g = Group {
                parts: vec![*s],
                inner: None,
            };
            let last_in_para = k + 1 == rest.len();
            let opens_para = s.open == paras[pi].start;
            if !s.closed && last_in_para && opens_para {
                carried = Some((g, 1));
            } else {
                out.push(g);
            }
        }
    }
    if let Some((g, _)) = carried {
        out.push(g);
    }
    out
}

/// The attribution between two stretches when they are halves of one quote.
fn split_attribution(text: &str, a: &Stretch, b: &Stretch) -> Option<Span> {
    let between = Span::new(a.after, b.open);
    let mid = between.slice(text).trim();
    let a_text = a.content.slice(text);
    let comma_before = a_text.ends_with(',') || mid.starts_with(',');
    let comma_after = mid.ends_with(',') || mid.ends_with(':');
    if !comma_before || !comma_after {
        return None;
    }
    let ws = words::scan(text, between);
    let n = ws.iter().filter(|w| !w.is_punct()).count();
    if n == 0 || n > MAX_SPLIT_WORDS || !ws.iter().any(|w| is_in(SPEECH_VERBS, w.text)) {
        return None;
    }
    Some(between)
}
