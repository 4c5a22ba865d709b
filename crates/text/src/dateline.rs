//! Wire-service datelines: `SIMFEROPOL, March 14 (AFP) - `, `WASHINGTON (Reuters) — `.

use crate::chars::{at, is_space};
use dyad_model::Span;

/// Longest dateline looked for, in bytes: real ones are under 100; the limit keeps the
/// search constant-time on a body that is one long line.
const MAX_DATELINE_BYTES: usize = 160;

/// A dateline found at the start of a text. Spans are byte offsets into that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// The whole dateline, through the dash and the space after it; the body starts at
    /// `span.end`.
    pub span: Span,
    /// The place (`SIMFEROPOL`, `KIEV, Ukraine`), if written.
    pub place: Option<Span>,
    /// The date as written (`March 14`), if any.
    pub date: Option<Span>,
    /// The agency inside the parentheses (`AFP`), if any.
    pub agency: Option<Span>,
}

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Finds a dateline at the start of `text` (after leading whitespace).
///
/// Accepted: a place (upper-case words; mixed case only when an agency follows),
/// optional comma-separated region and date parts, an optional `(AGENCY)`, then a dash
/// (`-`, `--`, `–`, `—`) and the body. `(Reuters) -` alone is accepted too.
///
/// ```
/// let text = "SIMFEROPOL, March 14 (AFP) - The leader of Crimea's Tatars said...";
/// let d = dyad_text::dateline(text).unwrap();
/// assert_eq!(d.place.unwrap().slice(text), "SIMFEROPOL");
/// assert_eq!(d.date.unwrap().slice(text), "March 14");
/// assert_eq!(d.agency.unwrap().slice(text), "AFP");
/// assert_eq!(&text[d.span.end..d.span.end + 3], "The");
/// ```
pub fn dateline(text: &str) -> Option<Dateline> {
    let mut s = 0;
    while s < text.len() && is_space(at(text, s)) {
        s += at(text, s).len_utf8();
    }
    let mut limit = (s + MAX_DATELINE_BYTES).min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &text[s..limit];
    let window = &window[..window.find('\n').unwrap_or(window.len())];
    let (dash, dash_len) = find_dash(window)?;
    let mut body = s + dash + dash_len;
    while body < text.len() && is_space(at(text, body)) {
        body += at(text, body).len_utf8();
    }
    let head = window[..dash].trim_end();
    let (mut head, agency) = match head.strip_suffix(')') {
        Some(h) => {
            let open = h.rfind('(')?;
            let name = h[open + 1..].trim();
            if name.is_empty() || name.len() > 40 || !name.starts_with(char::is_uppercase) {
                return None;
            }
            let a = s + open + 1 + (h[open + 1..].len() - h[open + 1..].trim_start().len());
            (h[..open].trim_end(), Some(Span::new(a, a + name.len())))
        }
        None => (head, None),
    };
    let mut date = None;
    if let Some(i) = date_start(head) {
        let d = head[i..].trim_end();
        date = Some(Span::new(s + i, s + i + d.len()));
        head = head[..i].trim_end().trim_end_matches(',').trim_end();
    }
    if head.is_empty() {
        return (agency.is_some() && date.is_none()).then_some(Dateline {
            span: Span::new(s, body),
            place: None,
            date: None,
            agency,
        });
    }
    if !is_place(head, agency.is_some()) {
        return None;
    }
    Some(Dateline {
        span: Span::new(s, body),
        place: Some(Span::new(s, s + head.len())),
        date,
        agency,
    })
}

/// The first dash that separates a dateline from its body: ` - `, ` -- `, `–`, `—`.
fn find_dash(w: &str) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for pat in [" - ", " -- ", "\u{2014}", "\u{2013}"] {
        if let Some(i) = w.find(pat) {
            let (i, len) = if pat.starts_with(' ') {
                (i + 1, pat.len() - 1)
            } else {
                (i, pat.len())
            };
            if best.is_none_or(|(b, _)| i < b) {
                best = Some((i, len));
            }
        }
    }
    best
}

/// Byte index in `head` where a date part (`March 14`, `Jan. 5, 2014`) starts.
fn date_start(head: &str) -> Option<usize> {
    let mut offset = 0;
    for part in head.split(',') {
        let p = part.trim_start();
        let i = offset + (part.len() - p.len());
        offset += part.len() + 1;
        let lower = p.get(..3).map(str::to_ascii_lowercase);
        if i > 0
            && lower.is_some_and(|m| MONTHS.contains(&m.as_str()))
            && p.bytes().any(|b| b.is_ascii_digit())
        {
            return Some(i);
        }
    }
    None
}

/// A place: comma-separated parts of capitalised words, upper case unless an agency
/// vouches for the dateline.
fn is_place(head: &str, has_agency: bool) -> bool {
    if head.len() > 80 || head.split(',').count() > 4 {
        return false;
    }
    let first = head.split(',').next().unwrap_or("");
    let letters = first.chars().filter(|c| c.is_alphabetic());
    let upper = letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase);
    let words_ok = head.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
        w.starts_with(char::is_uppercase) || matches!(w, "de" | "del" | "el" | "al" | "of" | "la")
    });
    words_ok && (upper || has_agency) && head.split(',').all(|p| p.trim().len() <= 40)
}
