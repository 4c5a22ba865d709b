//! A small surface scanner shared by the time and quote finders.
//!
//! Both finders work on words they scan themselves from the article text, so they behave
//! the same whichever tokenizer produced the sentences (and when there are no tokens at
//! all). The parse, when there is one, is joined back by byte offsets.

use dyad_model::{Paragraph, Sentence, Span, Token};

/// Longest stretch of text scanned in one call. A "sentence" longer than this is not
/// prose (a table, a base64 blob, a run-on scrape) and scanning it whole would only cost
/// time; the rest is ignored.
pub(crate) const MAX_SCAN_BYTES: usize = 64 * 1024;

/// Longest line of a hard-wrapped text.
const HARD_WRAP_MAX: usize = 120;

/// One word or punctuation mark with its bytes in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word<'a> {
    pub span: Span,
    pub text: &'a str,
}

impl Word<'_> {
    /// Case-insensitive equality with an ASCII word.
    pub fn is(&self, w: &str) -> bool {
        self.text.eq_ignore_ascii_case(w)
    }

    /// True when the word is one of `ws` (case-insensitive).
    pub fn is_any(&self, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(w))
    }

    /// Starts with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// A single punctuation character (no letters or digits).
    pub fn is_punct(&self) -> bool {
        !self.text.chars().any(char::is_alphanumeric)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Scans `range` of `text` into words. Letters and digits join into words, kept whole
/// across inner hyphens, dots, slashes, colons and apostrophes ("70-year-old",
/// "2014-03-16", "haven't"); a possessive "'s" is its own word; every other non-space
/// character is a word of its own.
pub(crate) fn scan(text: &str, range: Span) -> Vec<Word<'_>> {
    let end = range.end.min(text.len()).min(range.start + MAX_SCAN_BYTES);
    let mut out = Vec::new();
    let Some(slice) = text.get(range.start..end).or_else(|| {
        // The cut may fall inside a character: back off to a boundary.
        (range.start..end)
            .rev()
            .find(|&e| text.is_char_boundary(e))
            .and_then(|e| text.get(range.start..e))
    }) else {
        return out;
    };
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            let stop = chars.get(i + 1).map_or(slice.len(), |&(b, _)| b);
            // "'s" after a word is a possessive, one word.
            if is_apostrophe(c)
                && matches!(chars.get(i + 1), Some((_, 's' | 'S')))
                && chars.get(i + 2).is_none_or(|&(_, n)| !n.is_alphanumeric())
                && i > 0
                && chars[i - 1].1.is_alphanumeric()
            {
                let stop = chars.get(i + 2).map_or(slice.len(), |&(b, _)| b);
                push(&mut out, text, range.start + at, range.start + stop);
                i += 2;
                continue;
            }
            push(&mut out, text, range.start + at, range.start + stop);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let cj = chars[j].1;
            if cj.is_alphanumeric() {
                j += 1;
                continue;
            }
            let next_alnum = chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
            let joins = matches!(cj, '-' | '.' | '/' | ':') || is_apostrophe(cj);
            if !joins || !next_alnum {
                break;
            }
            if is_apostrophe(cj)
                && matches!(chars.get(j + 1), Some((_, 's' | 'S')))
                && chars.get(j + 2).is_none_or(|&(_, n)| !n.is_alphanumeric())
            {
                break; // possessive: "Sunday" + "'s"
            }
            j += 1;
        }
        let stop = chars.get(j).map_or(slice.len(), |&(b, _)| b);
        push(&mut out, text, range.start + at, range.start + stop);
        i = j;
    }
    out
}

fn push<'a>(out: &mut Vec<Word<'a>>, text: &'a str, start: usize, end: usize) {
    if let Some(t) = text.get(start..end) {
        out.push(Word {
            span: Span::new(start, end),
            text: t,
        });
    }
}

/// The paragraphs to use: the caller's, or, when there are none, blocks of the text split
/// at blank lines (or at every line break when the text has no blank line).
pub(crate) fn paragraphs(text: &str, given: &[Paragraph]) -> Vec<Span> {
    if !given.is_empty() {
        return given.iter().map(|p| p.span).collect();
    }
    // Blank lines separate paragraphs only in hard-wrapped text; a text with long lines
    // has one paragraph a line (a byline or dateline line then stands alone).
    let wrapped = text.lines().all(|l| l.len() <= HARD_WRAP_MAX);
    let blank_lines = wrapped && (text.contains("\n\n") || text.contains("\r\n\r\n"));
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            let is_break = if blank_lines {
                text[i + 1..]
                    .trim_start_matches([' ', '\t', '\r'])
                    .starts_with('\n')
            } else {
                true
            };
            if is_break {
                push_trimmed(&mut out, text, start, i);
                start = i + 1;
            }
        }
        i += 1;
    }
    push_trimmed(&mut out, text, start, text.len());
    out
}

fn push_trimmed(out: &mut Vec<Span>, text: &str, start: usize, end: usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let body = s.trim();
    if !body.is_empty() {
        out.push(Span::new(start + lead, start + lead + body.len()));
    }
}

/// The token of `sentence` whose span overlaps `span` first, as a 1-based id.
pub(crate) fn token_at(sentence: &Sentence, span: Span) -> Option<usize> {
    sentence
        .tokens
        .iter()
        .position(|t| t.span.start < span.end && span.start < t.span.end)
        .map(|i| i + 1)
}

/// True when the sentence carries a dependency parse.
pub(crate) fn has_parse(sentence: &Sentence) -> bool {
    sentence.tokens.iter().any(|t| !t.deprel.is_empty())
}

/// The token's tense from its features or Penn tag: `Some(true)` past, `Some(false)`
/// present or base, `None` unknown.
pub(crate) fn token_is_past(t: &Token) -> Option<bool> {
    if t.feats.contains("Tense=Past") || t.xpos == "VBD" {
        Some(true)
    } else if t.feats.contains("Tense=Pres") || matches!(t.xpos.as_str(), "VBP" | "VBZ") {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_words_and_marks() {
        let text = "\"We haven't,\" Sunday's 2014-03-16 70-year-old U.S. end.";
        let got: Vec<&str> = scan(text, Span::new(0, text.len()))
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(
            got,
            [
                "\"",
                "We",
                "haven't",
                ",",
                "\"",
                "Sunday",
                "'s",
                "2014-03-16",
                "70-year-old",
                "U.S",
                ".",
                "end",
                "."
            ]
        );
    }

    #[test]
    fn paragraphs_by_blank_lines_or_lines() {
        let text = "One\nstill one.\n\n  Two.\n";
        let p = paragraphs(text, &[]);
        assert_eq!(p.len(), 2);
        assert_eq!(p[1].slice(text), "Two.");
        let text = "A\nB";
        assert_eq!(paragraphs(text, &[]).len(), 2);
        assert!(paragraphs("", &[]).is_empty());
    }

    #[test]
    fn odd_ranges_do_not_panic() {
        let text = "é”";
        for s in 0..=text.len() {
            for e in s..=text.len() + 3 {
                let _ = scan(text, Span::new(s, e));
            }
        }
    }
}
