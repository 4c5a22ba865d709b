//! Datelines with no dash: `BAGHDAD US warplanes fired`, `SEOUL North Korea is`,
//! `MANILA, Philippines At least three`. Only a place list can tell `BAGHDAD` from
//! `TONY Blair` or `PRIME Minister`, so the caller supplies one ([`PlaceNames`]).

use crate::chars::{at, is_space};
use crate::dateline::Dateline;
use dyad_model::Span;
use std::fmt;
use std::sync::Arc;

/// Most words in a dateline's place (`US NAVAL BASE GUANTANAMO BAY` has five; a bare
/// dateline is a city) and in its region (`New York`).
const MAX_PLACE_WORDS: usize = 3;
const MAX_REGION_WORDS: usize = 2;

/// Tells which names a dateline may open with.
pub trait PlaceNames: Send + Sync {
    /// Whether `name` (as written, `BAGHDAD`, `NEW YORK`) is a city a dateline names.
    fn is_city(&self, name: &str) -> bool;
    /// Whether `name` (`Iraq`, `Texas`) is a country or a state a dateline adds.
    fn is_region(&self, name: &str) -> bool;
}

/// A shared place list, as the tokenizer holds it.
#[derive(Clone)]
pub(crate) struct Places(pub Arc<dyn PlaceNames>);

impl fmt::Debug for Places {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Places")
    }
}

/// Words at the start of `text`: (start, end) of each, up to `max`, on the first line.
fn words(text: &str, from: usize, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = from;
    while out.len() < max {
        while i < text.len() && at(text, i) == ' ' {
            i += 1;
        }
        let s = i;
        while i < text.len() && !is_space(at(text, i)) && at(text, i) != ',' {
            i += at(text, i).len_utf8();
        }
        if i == s {
            break;
        }
        out.push((s, i));
    }
    out
}

fn is_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''))
}

/// A dateline of an upper-case city, maybe a region after a comma, and no dash, at the
/// start of `text`: only when the body after it opens with a capital or a digit.
pub(crate) fn bare(text: &str, places: &dyn PlaceNames) -> Option<Dateline> {
    let s = crate::dateline::skip_space(text, 0);
    let ws = words(text, s, MAX_PLACE_WORDS + 1);
    let caps = ws
        .iter()
        .take_while(|&&(a, b)| is_caps(&text[a..b]))
        .count();
    // The longest upper-case run that names a city (`BAGHDAD`, not `BAGHDAD US`).
    let place_end = (1..=caps.min(MAX_PLACE_WORDS))
        .rev()
        .map(|n| ws[n - 1].1)
        .find(|&e| places.is_city(&text[s..e]))?;
    let mut body = place_end;
    let mut region = None;
    if at(text, place_end) == ',' {
        let rs = crate::dateline::skip_space(text, place_end + 1);
        let rw = words(text, rs, MAX_REGION_WORDS);
        let re = (1..=rw.len())
            .rev()
            .map(|n| rw[n - 1].1)
            .find(|&e| places.is_region(&text[rs..e]))?;
        region = Some(Span::new(rs, re));
        body = re;
    }
    if !at(text, body).is_ascii_whitespace() {
        return None;
    }
    let body = crate::dateline::skip_space(text, body);
    let c = at(text, body);
    if !(c.is_uppercase() || c.is_ascii_digit()) {
        return None;
    }
    Some(Dateline {
        span: Span::new(s, body),
        place: Some(Span::new(s, region.map_or(place_end, |r| r.end))),
        date: None,
        agency: None,
    })
}
