//! Sentence boundaries over a sequence of token spans.
//!
//! A sentence ends after `.`, `!`, `?`, `...` or `…` (with the closing quotes and brackets
//! attached to it, so `he said."` keeps its quote), when what follows can open a
//! sentence; after an abbreviation that may close a sentence (`Inc.`, `U.S.`) only when a
//! typical sentence opener follows; always at a blank line; and when the sentence
//! reaches the configured length limits.

use crate::chars::{at, is_closer, is_opener};
use crate::lexicon::{self, AbbrevKind};
use dyad_model::Span;

/// Length limits for one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limits {
    /// Most tokens in one sentence.
    pub tokens: usize,
    /// Most bytes in one sentence.
    pub bytes: usize,
}

/// Appends to `out` the exclusive end index (into `toks`) of every sentence.
pub(crate) fn boundaries(text: &str, toks: &[Span], limits: Limits, out: &mut Vec<usize>) {
    let n = toks.len();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let end = if i + 1 == n {
            Some(n)
        } else if i + 1 - start >= limits.tokens
            || toks[i + 1].end.saturating_sub(toks[start].start) > limits.bytes
            || is_blank_line(text, toks[i].end, toks[i + 1].start)
            || caps_label(text, toks, start, i)
        {
            Some(i + 1)
        } else {
            terminal_end(text, toks, start, i)
        };
        match end {
            Some(e) => {
                out.push(e);
                start = e;
                i = e;
            }
            None => i += 1,
        }
    }
}

/// Longest speaker or topic label before a colon, in tokens (`TONY EASTLEY:`).
const MAX_LABEL_TOKENS: usize = 6;

/// Words of a notice or mail header before a colon (`PLEASE NOTE:`, `RE:`, `COMPLETE
/// ARTICLE AT:`), which UD keeps in the sentence they open.
const NOTICE_WORDS: &[&str] = &[
    "AT", "ATTN", "FW", "FWD", "NB", "NOTE", "PLEASE", "PS", "RE", "SUBJECT",
];

/// True when token `i` is a colon after a sentence's first words, all in capitals: a
/// transcript's speaker or a headline's topic (`TONY EASTLEY: An Australian journalist
/// ...`, `NATO: Russia is massing troops`), a sentence of its own so that the words
/// after it parse as the sentence they are. Not a notice (`PLEASE NOTE:`).
fn caps_label(text: &str, toks: &[Span], start: usize, i: usize) -> bool {
    let word = |k: usize| text.get(toks[k].start..toks[k].end).unwrap_or("");
    let caps = |w: &str| {
        w.chars().any(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '&'))
    };
    i > start
        && i - start <= MAX_LABEL_TOKENS
        && i + 1 < toks.len()
        && word(i) == ":"
        && (start..i).all(|k| caps(word(k)) && !NOTICE_WORDS.contains(&word(k)))
}

/// True when the gap between two tokens holds a blank line.
fn is_blank_line(text: &str, from: usize, to: usize) -> bool {
    let gap = text.as_bytes().get(from..to).unwrap_or(&[]);
    gap.iter().filter(|&&b| b == b'\n').count() >= 2
}

/// If token `i` ends a sentence, the exclusive end index of that sentence.
fn terminal_end(text: &str, toks: &[Span], start: usize, i: usize) -> Option<usize> {
    // Cheap gate: a terminal starts with `.`, `!`, `?`, a non-ASCII mark, or ends in `.`.
    let b = text.as_bytes();
    let (f, l) = (b[toks[i].start], b[toks[i].end - 1]);
    if !(matches!(f, b'.' | b'!' | b'?') || f >= 0x80 || l == b'.') {
        return unpunctuated_end(text, toks, i);
    }
    let t = toks[i].slice(text);
    let Some(mut kind) = terminal_kind(t) else {
        return unpunctuated_end(text, toks, i);
    };
    if kind == Terminal::Period && i > start && toks[i - 1].slice(text) == "." {
        // The last dot of `. . .`: an ellipsis.
        kind = Terminal::Ellipsis;
    }
    // Closing quotes and brackets written right after the mark belong to the sentence.
    // At most MAX_CLOSERS of them: real text closes a few quotes and brackets at once;
    // the cap keeps a run of a million `)` from growing one sentence past the limits.
    const MAX_CLOSERS: usize = 8;
    let mut k = i + 1;
    while k < toks.len() && k <= i + MAX_CLOSERS && is_attached_closer(text, toks[k - 1], toks[k]) {
        k += 1;
    }
    let Some(next) = toks.get(k) else {
        return Some(k);
    };
    if k > i + 1 && is_blank_line(text, toks[k - 1].end, next.start) {
        return Some(k);
    }
    let word = next.slice(text);
    let first = at(text, next.start);
    if terminal_kind(word).is_some_and(|t| t != Terminal::Abbreviation) {
        // `. . .` written with spaces: the sentence goes on to the last mark.
        return None;
    }
    let opens = first.is_uppercase()
        || first.is_ascii_digit()
        || (is_opener(first) && word.chars().count() == 1)
        || !first.is_alphanumeric() && !matches!(first, ',' | ';' | ':' | ')' | ']' | '}');
    // `2. Iran's armaments`: a list number is not a sentence.
    if kind == Terminal::Period && i > start && is_list_marker(toks[i - 1].slice(text)) {
        let before = (i >= start + 2).then(|| toks[i - 2].slice(text));
        if before.is_none_or(|b| matches!(b, ":" | ")" | "." | "!" | "?" | ";")) {
            return None;
        }
    }
    let ends = match kind {
        // `"We will win." said Smith` goes on; `It ended. then...` (web text) does not.
        Terminal::Period => opens || first.is_lowercase() && k == i + 1,
        // `"Why?" he asked` goes on; `Why? because...` (web text) does not.
        Terminal::Question => {
            opens && !first.is_ascii_digit() || first.is_lowercase() && k == i + 1
        }
        // `dead...Long live`: an ellipsis glued to the next word joins it.
        Terminal::Ellipsis => opens && !first.is_ascii_digit() && next.start > toks[k - 1].end,
        Terminal::Abbreviation => {
            (first.is_uppercase() && lexicon::is_sentence_starter(word))
                || (matches!(first, '"' | '\u{201c}')
                    && word.chars().count() == 1
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| at(text, t.start).is_uppercase()))
        }
    };
    ends.then_some(k)
}

/// Ends without punctuation: around an e-mail header's time stamp
/// (`Kay Mann | 04/26/2001 07:17 AM | Will you...`) and after a link before a capital.
fn unpunctuated_end(text: &str, toks: &[Span], i: usize) -> Option<usize> {
    // Cheap gate on first bytes: a meridiem (`AM`), a date, a link or an emoticon.
    let b = text.as_bytes();
    let first = |k: usize| {
        toks.get(k)
            .and_then(|t| b.get(t.start))
            .copied()
            .unwrap_or(0)
    };
    let (this, next) = (first(i), first(i + 1));
    let gate = b"APapwWhHfF:;=";
    if !(gate.contains(&this) || next.is_ascii_digit()) {
        return None;
    }
    let tok = |k: usize| toks.get(k).map_or("", |t| t.slice(text));
    let stamp = |k: usize| is_date(tok(k)) && is_time(tok(k + 1)) && is_meridiem(tok(k + 2));
    let lower = tok(i).starts_with(char::is_lowercase);
    if (i >= 2 && stamp(i - 2)) || (stamp(i + 1) && !lower) {
        return Some(i + 1);
    }
    let link = |t: &str| {
        t.len() > 4
            && (t.starts_with("www.") || (t.as_bytes().contains(&b':') && t.contains("://")))
    };
    let next = tok(i + 1);
    let capital = next.starts_with(char::is_uppercase);
    // A colon before a capital (`Few points: Our time is limited.`) ends a sentence in
    // EWT about as often as not; splitting there measured no better, so it does not.
    ((link(tok(i)) && (capital || link(next))) || (is_emoticon(tok(i)) && capital)).then_some(i + 1)
}

/// The emoticons the tokenizer keeps whole (`:)`, `;-)`).
fn is_emoticon(t: &str) -> bool {
    t.len() >= 2 && t.starts_with([':', ';', '=']) && t.ends_with([')', '(', 'D', 'P', 'p'])
}

/// `04/26/2001`, `3/10/00`.
fn is_date(t: &str) -> bool {
    if !t.starts_with(|c: char| c.is_ascii_digit()) || t.len() < 5 {
        return false;
    }
    let mut parts = 0;
    for p in t.split('/') {
        if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        parts += 1;
    }
    parts == 3
}

/// `07:17`, `06:03:48`.
fn is_time(t: &str) -> bool {
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    t.contains(':')
        && t.split(':')
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

fn is_meridiem(t: &str) -> bool {
    matches!(t, "AM" | "PM" | "am" | "pm")
}

/// A list item's number or letter: `2`, `10`, `b`, `iv`.
fn is_list_marker(t: &str) -> bool {
    (t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()))
        || (t.len() == 1 && t.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A closing mark that belongs to the sentence before it: written right after it, or
/// (for marks that can only close: `”`, `»`, `)`) after spaces on the same line.
fn is_attached_closer(text: &str, prev: Span, tok: Span) -> bool {
    let t = tok.slice(text);
    if !t.chars().all(is_closer) {
        return false;
    }
    if tok.start == prev.end {
        return true;
    }
    let gap = text.get(prev.end..tok.start).unwrap_or("\n");
    !gap.contains('\n')
        && t.chars()
            .all(|c| matches!(c, '\u{201d}' | '\u{bb}' | ')' | ']'))
}

/// What kind of sentence-final mark a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Terminal {
    /// `.`
    Period,
    /// `!`, `?` and their runs.
    Question,
    /// `...`, `…`.
    Ellipsis,
    /// A word carrying a period that may close a sentence (`Inc.`, `U.S.`, `a.m.`).
    Abbreviation,
}

fn terminal_kind(t: &str) -> Option<Terminal> {
    match t {
        "." => return Some(Terminal::Period),
        "\u{2026}" => return Some(Terminal::Ellipsis),
        "\u{3002}" | "\u{ff0e}" => return Some(Terminal::Period),
        "\u{ff01}" | "\u{ff1f}" => return Some(Terminal::Question),
        _ => {}
    }
    let b = t.as_bytes();
    if b.len() > 1 && b.iter().all(|&x| x == b'.') {
        return Some(Terminal::Ellipsis);
    }
    if !b.is_empty() && b.iter().all(|&x| matches!(x, b'!' | b'?' | b'.')) {
        return Some(Terminal::Question);
    }
    let word = t.strip_suffix('.')?;
    if word.is_empty() {
        return None;
    }
    if word.contains('.') {
        return Some(Terminal::Abbreviation);
    }
    match lexicon::abbreviation(word) {
        Some(AbbrevKind::Final | AbbrevKind::State | AbbrevKind::Day) => {
            Some(Terminal::Abbreviation)
        }
        Some(AbbrevKind::Title | AbbrevKind::Numeric) => None,
        // A single capital: an initial ("George W. Bush"), ends only before an opener.
        None => Some(Terminal::Abbreviation),
    }
}
