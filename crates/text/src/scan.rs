//! Tokenization of a stretch of text into token spans, following UD English (EWT).
//!
//! The text is cut at whitespace into chunks; each chunk is scanned left to right. A word
//! (letters and digits) may be joined across `.` `,` `:` `/` `'` `-` `&` by the rules in
//! [`word_end`]; every other mark is a token of its own, except runs (`...`, `--`, `?!`),
//! emoticons, hashtags, URLs and e-mail addresses, which are kept whole. Words then lose
//! their clitics (`do|n't`, `Crimea|'s`) and unit suffixes (`4.5|bn`, `8|pm`).

use crate::chars::{at, before, is_apostrophe, is_space, is_word};
use crate::clitic::{emit_word, is_clitic_tail};
use crate::link::{ext_end, find_link};
use crate::word::word_end;
use dyad_model::Span;

/// Longest token kept whole, in bytes. Real tokens (even long URLs) are far shorter; a
/// longer run without spaces is garbage (base64, a minified script) and is cut into
/// pieces of this size so no single token form becomes a huge allocation.
pub(crate) const MAX_TOKEN_BYTES: usize = 1024;

/// Appends the token spans of `text[start..end]` to `out`.
pub(crate) fn scan(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let end = end.min(text.len());
    let mut i = start;
    while i < end {
        let c = at(text, i);
        if is_space(c) {
            i += c.len_utf8();
            continue;
        }
        let mut j = i;
        while j < end {
            let b = bytes[j];
            if b < 0x80 {
                if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                    break;
                }
                j += 1;
            } else {
                let c = at(text, j);
                if is_space(c) {
                    break;
                }
                j += c.len_utf8().max(1);
            }
        }
        chunk(text, i, j.min(end), out);
        i = j;
    }
}

/// Pushes `[s, e)`, cut at char boundaries into pieces of at most [`MAX_TOKEN_BYTES`].
pub(crate) fn push(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let mut s = s;
    while e - s > MAX_TOKEN_BYTES {
        let mut cut = s + MAX_TOKEN_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push(Span::new(s, cut));
        s = cut;
    }
    if e > s {
        out.push(Span::new(s, e));
    }
}

/// One whitespace-free chunk.
fn chunk(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    match find_link(text, s, e) {
        Some((ls, le)) => {
            plain(text, s, ls, out);
            push(text, ls, le, out);
            plain(text, le, e, out);
        }
        None => plain(text, s, e, out),
    }
}

/// Emoticons kept as one token, as EWT does.
const EMOTICONS: &[&str] = &[
    ":-)", ":-(", ":-D", ";-)", ":'(", ":)", ":(", ":D", ":P", ":p", ";)", ";P", ":/", "<3", "=)",
    ":o", ":O",
];

/// Chunk text without links.
fn plain(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let mut p = s;
    while p < e {
        let c = at(text, p);
        let cl = c.len_utf8();
        if is_word(c) {
            let q = word_end(text, p, e);
            emit_word(text, p, q, out);
            p = q;
            continue;
        }
        let q = match c {
            ':' | ';' | '<' | '=' if emoticon(text, p, e).is_some() => {
                emoticon(text, p, e).unwrap_or(p + cl)
            }
            // Rules and arrows: `--`, `====`, `*****`, `==--` stay whole.
            '-' | '=' | '*' | '~' | '+' => {
                run(b, p, e, |x| matches!(x, b'-' | b'=' | b'*' | b'~' | b'+'))
            }
            '<' | '>' | '$' => run(b, p, e, |x| x == c as u8),
            // Doubled quotes written as two marks: `''`, `‘’`, `’’`, ``` `` ```.
            '\'' | '`' | '\u{2018}' | '\u{2019}' if is_quote_mark(at(text, p + cl)) => {
                p + cl + at(text, p + cl).len_utf8()
            }
            // A year with its apostrophe: `'07`, `’90s`.
            '\'' | '\u{2019}' if short_year(text, p + cl, e).is_some() => {
                short_year(text, p + cl, e).unwrap_or(p + cl)
            }
            // A decimal without its zero: `.5 oz`, `(BAC .15)`.
            '.' if p + 1 < e
                && b[p + 1].is_ascii_digit()
                && !is_word(before(text, p))
                && before(text, p) != '.' =>
            {
                run(b, p + 1, e, |x| x.is_ascii_digit())
            }
            // A file extension alone: `.doc`.
            '.' if p + 1 < e && ext_end(text, p + 1, e) == Some(e) => e,
            // `...`, `?!`, `.?`: one token each (EWT).
            '.' | '!' | '?' => run(b, p, e, |x| matches!(x, b'.' | b'!' | b'?')),
            '#' | '@' if p + 1 < e && at(text, p + 1).is_alphabetic() => {
                let mut q = p + 1;
                while q < e && is_word(at(text, q)) {
                    q += at(text, q).len_utf8();
                }
                q
            }
            '\u{2019}' | '\'' if clitic_len(&text[p..e]).is_some() => {
                p + clitic_len(&text[p..e]).unwrap_or(cl)
            }
            _ => p + cl,
        };
        push(text, p, q, out);
        p = q;
    }
}

/// Quote marks that pair up into one token when doubled.
fn is_quote_mark(c: char) -> bool {
    matches!(c, '\'' | '`' | '\u{2018}' | '\u{2019}')
}

/// End of two digits (and an optional `s`) at `k`, ending the word.
fn short_year(text: &str, k: usize, e: usize) -> Option<usize> {
    let b = text.as_bytes();
    if k + 2 > e || !b[k].is_ascii_digit() || !b[k + 1].is_ascii_digit() {
        return None;
    }
    let mut q = k + 2;
    if q < e && b[q] == b's' {
        q += 1;
    }
    (q >= e || !is_word(at(text, q))).then_some(q)
}

/// End of the run of bytes matching `f` from `p`.
fn run(b: &[u8], p: usize, e: usize, f: impl Fn(u8) -> bool) -> usize {
    let mut q = p;
    while q < e && f(b[q]) {
        q += 1;
    }
    q
}

/// An emoticon at `p`, followed by the end of the chunk or a non-word char.
fn emoticon(text: &str, p: usize, e: usize) -> Option<usize> {
    let rest = &text[p..e];
    EMOTICONS.iter().find_map(|emo| {
        let q = p + emo.len();
        (rest.starts_with(emo) && (q >= e || !is_word(at(text, q)))).then_some(q)
    })
}

/// Length of a stand-alone clitic (`'s`, `’re`) filling all of `rest`.
fn clitic_len(rest: &str) -> Option<usize> {
    let mut it = rest.char_indices();
    let (_, a) = it.next()?;
    if !is_apostrophe(a) {
        return None;
    }
    let tail = &rest[a.len_utf8()..];
    is_clitic_tail(tail).then_some(rest.len())
}
