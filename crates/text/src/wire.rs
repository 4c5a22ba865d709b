//! Wire-copy noise, cleaned before tokenization: HTML entities that lost their ampersand
//! to a space (`Burundi #39;s`, `said  quot;no quot;`, `AT amp;T`), whole entities
//! (`&amp;`, `&#39;`), markup escaped as text (`&lt;b&gt;`, `&lt;A HREF=...&gt;`,
//! Reuters tickers `&lt;DELL.O&gt;`) and backslashes standing for line breaks
//! (`during\Congo`).
//!
//! [`clean`] returns the text the tokenizer reads and an [`OffsetMap`] from its byte
//! offsets back to the original's, so a token's form is the clean word (`Burundi` `'s`)
//! while its span still covers the original bytes (`#39;s`). Text without noise is
//! borrowed as it is, with an empty map.

use crate::entity::{entity, escaped_tag};
use dyad_model::Span;
use std::borrow::Cow;

/// Text cleaned of wire noise, with the way back to the original offsets.
#[derive(Debug)]
pub(crate) struct Cleaned<'a> {
    /// The text the tokenizer reads.
    pub text: Cow<'a, str>,
    /// Clean offsets to original ones.
    pub map: OffsetMap,
}

/// One replaced stretch: original `orig..orig_end` reads as clean `clean..clean_end`.
#[derive(Debug, Clone, Copy)]
struct Repl {
    clean: usize,
    clean_end: usize,
    orig: usize,
    orig_end: usize,
}

/// Maps byte offsets in the clean text to the original text. Between replacements the
/// two texts are equal, shifted by what the replacements before added or removed.
#[derive(Debug, Default)]
pub(crate) struct OffsetMap {
    repl: Vec<Repl>,
}

impl OffsetMap {
    /// The original offset where something starting at clean offset `c` starts.
    pub fn start(&self, c: usize) -> usize {
        let i = self.repl.partition_point(|r| r.clean <= c);
        match i.checked_sub(1).map(|i| self.repl[i]) {
            Some(r) if c < r.clean_end => r.orig,
            Some(r) => r.orig_end + (c - r.clean_end),
            None => c,
        }
    }

    /// The original offset where something ending at clean offset `c` ends.
    pub fn end(&self, c: usize) -> usize {
        let i = self.repl.partition_point(|r| r.clean < c);
        match i.checked_sub(1).map(|i| self.repl[i]) {
            Some(r) if c <= r.clean_end => r.orig_end,
            Some(r) => r.orig_end + (c - r.clean_end),
            None => c,
        }
    }

    /// A clean span as an original one.
    pub fn span(&self, s: Span) -> Span {
        if self.repl.is_empty() {
            return s;
        }
        Span::new(
            self.start(s.start),
            self.end(s.end).max(self.start(s.start)),
        )
    }
}

/// `text` cleaned of wire noise (borrowed when there is none); entities only when
/// `entities` is set.
pub(crate) fn clean(text: &str, entities: bool) -> Cleaned<'_> {
    if !has_noise(text.as_bytes(), entities) {
        return Cleaned {
            text: Cow::Borrowed(text),
            map: OffsetMap::default(),
        };
    }
    let mut out = String::with_capacity(text.len());
    let mut repl = Vec::new();
    let mut copied = 0;
    let mut i = 0;
    while i < text.len() {
        let Some((from, to, with)) = noise_at(text, i, entities) else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        out.push_str(&text[copied..from]);
        let from = match text.as_bytes()[from] {
            // The space that stood for the lost `&` is dropped; the entity starts after it.
            b' ' => {
                repl.push(Repl {
                    clean: out.len(),
                    clean_end: out.len(),
                    orig: from,
                    orig_end: from + 1,
                });
                from + 1
            }
            _ => from,
        };
        repl.push(Repl {
            clean: out.len(),
            clean_end: out.len() + with.len(),
            orig: from,
            orig_end: to,
        });
        out.push_str(&with);
        copied = to;
        i = to;
    }
    out.push_str(&text[copied..]);
    Cleaned {
        text: Cow::Owned(out),
        map: OffsetMap { repl },
    }
}

/// Cheap gate: a backslash, or an entity's `;`, somewhere.
fn has_noise(b: &[u8], entities: bool) -> bool {
    b.contains(&b'\\') || (entities && b.windows(2).any(|w| w[1] == b';' && w[0] != b' '))
}

/// The noise starting at byte `i`: original range and its clean text.
fn noise_at(text: &str, i: usize, entities: bool) -> Option<(usize, usize, Cow<'static, str>)> {
    let b = text.as_bytes();
    match b[i] {
        b'\\' => backslash(b, i),
        _ if !entities => None,
        b'&' => {
            let (end, with) = entity(text, i + 1)?;
            escaped_tag(text, i, end, with).or(Some((i, end, Cow::Borrowed(with))))
        }
        // The space that stood for the lost `&` goes with the entity.
        b' ' => {
            let (end, with) = entity(text, i + 1)?;
            escaped_tag(text, i, end, with).or(Some((i, end, Cow::Borrowed(with))))
        }
        _ => None,
    }
}

/// A run of backslashes between two non-space characters reads as a space; `\\//` and
/// `C:\dir` (slashes and colons beside it) stay.
fn backslash(b: &[u8], i: usize) -> Option<(usize, usize, Cow<'static, str>)> {
    if i > 0 && b[i - 1] == b'\\' {
        return None;
    }
    let mut j = i;
    while j < b.len() && b[j] == b'\\' {
        j += 1;
    }
    let left = i.checked_sub(1).map(|k| b[k]);
    let right = b.get(j).copied();
    let stays = |c: Option<u8>| {
        c.is_none_or(|c| c.is_ascii_whitespace() || matches!(c, b'/' | b':' | b'|' | b'_'))
    };
    (j - i <= 2 && !stays(left) && !stays(right)).then_some((i, j, Cow::Borrowed(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans() {
        let cases = [
            ("plain", "Kiev; Moscow", "Kiev; Moscow"),
            ("apostrophe", "Burundi #39;s capital", "Burundi's capital"),
            ("quotes", "said  quot;no quot;.", "said \"no\"."),
            ("amp glued", "AT amp;T", "AT&T"),
            (
                "amp spaced",
                "SCOTTISH  amp; Southern",
                "SCOTTISH & Southern",
            ),
            (
                "whole entity",
                "Tom&#39;s &amp; Jerry&quot;",
                "Tom's & Jerry\"",
            ),
            ("dollar", "the  #36;10 prize", "the $10 prize"),
            ("cp1252", "Sony #146;s  #151; new", "Sony’s — new"),
            ("backslash", "during\\Congo's war", "during Congo's war"),
            ("backslash art", "\\\\//", "\\\\//"),
            ("path", "C:\\dir", "C:\\dir"),
            ("tag", "a &lt;b&gt;big&lt;/b&gt; day", "a  big  day"),
            (
                "ticker",
                "Dell Inc. &lt;DELL.O&gt;, the",
                "Dell Inc.  , the",
            ),
            ("lt kept", "x &lt; y", "x < y"),
            ("unknown", "an &foo; here", "an &foo; here"),
            ("no space", "year;s", "year;s"),
        ];
        for (name, input, want) in cases {
            assert_eq!(clean(input, true).text, want, "{name}");
        }
    }

    #[test]
    fn entities_only_when_asked() {
        assert_eq!(
            clean("Burundi #39;s\\army", false).text,
            "Burundi #39;s army"
        );
    }

    #[test]
    fn maps_offsets_back() {
        let text = "Burundi #39;s  quot;capital quot; x";
        let c = clean(text, true);
        // Every clean word maps to the original bytes it came from.
        let cases = [
            ("Burundi", "Burundi"),
            ("'s", "#39;s"),
            ("\"capital", "quot;capital"),
            ("capital\"", "capital quot;"),
            ("x", "x"),
        ];
        for (word, orig) in cases {
            let s = c.text.find(word).unwrap_or(usize::MAX);
            let span = c.map.span(Span::new(s, s + word.len()));
            let got = span.slice(text);
            assert_eq!(got, orig, "{word}");
        }
    }
}
