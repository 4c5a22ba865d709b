//! Wire-service datelines: `SIMFEROPOL, March 14 (AFP) - `, `WASHINGTON (Reuters) — `,
//! `NAJAF, Iraq : `, `JERUSALEM Aug. 23, 2004 - `, and the agency bylines written before
//! them (`Reuters - `, `Canadian Press - VANCOUVER (CP) - `).

use crate::bare::PlaceNames;
use crate::chars::{at, is_opener, is_space};
use crate::wire;
use dyad_model::agency::written as written_agency;
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

/// Longest agency byline looked for, in bytes (`Agence France-Presse - `).
const MAX_AGENCY_BYTES: usize = 24;

/// Finds a dateline at the start of `text` (after leading whitespace).
///
/// Accepted: a place (upper-case words; mixed case only when an agency follows),
/// optional comma-separated region and date parts, an optional `(AGENCY)`, then a dash
/// (`-`, `--`, `–`, `—`) and the body. `(Reuters) -` alone is accepted too. A colon
/// ends a dateline only after a date (`QUETTA, Dec 3: `) or a known agency
/// (`Reuters: `, `KABUL (AFP) : `): a word in capitals before a colon is a headline's
/// topic as often (`NATO: Russia is massing troops`), and only a place list tells the
/// two apart, which the [`crate::Tokenizer`] has ([`crate::TokenizerBuilder::place_names`]).
/// An agency byline before it (`Reuters - `, `AP - `) is part of the dateline, with or
/// without a place after it.
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
    let clean = wire::clean(text, crate::DEFAULT_CLEAN_ENTITIES);
    let d = find(&clean.text, None)?;
    let map = |s: Span| clean.map.span(s);
    Some(Dateline {
        span: Span::new(map(d.span).start, clean.map.start(d.span.end)),
        place: d.place.map(map),
        date: d.date.map(map),
        agency: d.agency.map(map),
    })
}

/// [`dateline`] in text already cleaned of wire noise; with a place list, a colon also
/// ends a dateline after a place the list knows (`NDJAMENA : `).
pub(crate) fn find(text: &str, places: Option<&dyn PlaceNames>) -> Option<Dateline> {
    let s = skip_space(text, 0);
    let Some((agency, body)) = agency_byline(text, s) else {
        return located(text, s, places);
    };
    Some(match located(text, body, places) {
        Some(d) => Dateline {
            span: Span::new(s, d.span.end),
            agency: d.agency.or(Some(agency)),
            ..d
        },
        None => Dateline {
            span: Span::new(s, body),
            place: None,
            date: None,
            agency: Some(agency),
        },
    })
}

pub(crate) fn skip_space(text: &str, mut s: usize) -> usize {
    while s < text.len() && is_space(at(text, s)) {
        s += at(text, s).len_utf8();
    }
    s
}

/// An agency byline at `s` (`Reuters - `): the agency's span and where the rest starts.
fn agency_byline(text: &str, s: usize) -> Option<(Span, usize)> {
    let mut limit = (s + MAX_AGENCY_BYTES).min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &text[s..limit];
    let (dash, dash_len, _) = find_dash(window)?;
    let name = window[..dash].trim_end();
    written_agency(name)?;
    Some((
        Span::new(s, s + name.len()),
        skip_space(text, s + dash + dash_len),
    ))
}

/// A dateline with a place or an `(AGENCY)` at `s`.
fn located(text: &str, s: usize, places: Option<&dyn PlaceNames>) -> Option<Dateline> {
    let mut limit = (s + MAX_DATELINE_BYTES).min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &text[s..limit];
    let window = &window[..window.find('\n').unwrap_or(window.len())];
    let (dash, dash_len, colon) = find_dash(window)?;
    let body = skip_space(text, s + dash + dash_len);
    let head = window[..dash].trim_end();
    let (mut head, agency) = match head.strip_suffix(')') {
        Some(h) => {
            let open = h.rfind('(')?;
            let name = h[open + 1..].trim();
            let known = written_agency(name).is_some();
            if (colon && !known)
                || name.is_empty()
                || name.len() > 40
                || !(name.starts_with(char::is_uppercase) || known)
            {
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
        return (agency.is_some() && date.is_none() && !colon).then_some(Dateline {
            span: Span::new(s, body),
            place: None,
            date: None,
            agency,
        });
    }
    if !is_place(head, agency.is_some() && !colon) {
        return None;
    }
    // Before a colon, capitals are a place only when a date or an agency vouches for it
    // or the place list knows it: `NATO: Russia is massing troops` keeps its subject.
    let listed = || places.is_some_and(|p| is_listed(head, p));
    if colon && agency.is_none() && date.is_none() && !listed() {
        return None;
    }
    // A place with neither agency nor date is a dateline only before a sentence's
    // capital: `NEW YORK – Stocks fell`, not `NATO - the alliance`.
    let opens = |c: char| c.is_uppercase() || c.is_ascii_digit() || is_opener(c);
    if agency.is_none() && date.is_none() && !opens(at(text, body)) {
        return None;
    }
    // A name in brackets after words in title case may be a group's short name, not an
    // agency: "The Islamic Resistance Movement (Hamas) - which rules Gaza - said". Unless
    // the place is in capitals or the agency is known, the body opens with a capital and
    // the place with no article.
    let known = agency.is_some_and(|a| written_agency(a.slice(text)).is_some());
    let article = matches!(head.split(' ').next(), Some("The" | "A" | "An"));
    if agency.is_some() && !known && !is_upper(head) && (article || !opens(at(text, body))) {
        return None;
    }
    Some(Dateline {
        span: Span::new(s, body),
        place: Some(Span::new(s, s + head.len())),
        date,
        agency,
    })
}

/// The first dash that separates a dateline from its body: ` - `, ` -- `, `–`, `—`, or
/// a colon (` : ` in AFP's French typography, `Dec 3: ` in South Asian wires; `true` in
/// the result).
fn find_dash(w: &str) -> Option<(usize, usize, bool)> {
    let mut best: Option<(usize, usize, bool)> = None;
    for pat in [" - ", " -- ", "\u{2014}", "\u{2013}", " : ", ": "] {
        if let Some(i) = w.find(pat) {
            let (i, len) = if pat.starts_with(' ') {
                (i + 1, pat.len() - 1)
            } else {
                (i, pat.len())
            };
            if best.is_none_or(|(b, _, _)| i < b) {
                best = Some((i, len, pat.contains(':')));
            }
        }
    }
    best
}

/// Byte index in `head` where a date (`March 14`, `Jan. 5, 2014`, `Aug 25`) starts: a
/// month's name or abbreviation after the first word, then a number.
fn date_start(head: &str) -> Option<usize> {
    let mut words = head
        .split_inclusive([' ', ','])
        .scan(0, |at, w| {
            let i = *at;
            *at += w.len();
            Some((i, w.trim_end_matches([' ', ','])))
        })
        .filter(|(_, w)| !w.is_empty())
        .skip(1)
        .peekable();
    while let Some((i, w)) = words.next() {
        let month = dyad_model::month::number(w).is_some();
        let day = words
            .peek()
            .is_some_and(|(_, n)| n.starts_with(|c: char| c.is_ascii_digit()));
        if month && day {
            return Some(i);
        }
    }
    None
}

/// True when the place before its first comma is written in capitals (`KIEV, Ukraine`).
fn is_upper(head: &str) -> bool {
    let first = head.split(',').next().unwrap_or("");
    let letters = first.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase)
}

/// True when `head` is a city the place list knows (`NDJAMENA`), or any place in
/// capitals followed by regions it knows after commas (`NARATHIWAT, Thailand`: a town
/// too small to be a city of the list; an actor is not written with its country so).
fn is_listed(head: &str, places: &dyn PlaceNames) -> bool {
    let mut parts = head.split(',').map(str::trim);
    let city = parts.next().is_some_and(|c| places.is_city(c));
    let regions: Vec<&str> = parts.collect();
    (city || !regions.is_empty()) && regions.iter().all(|r| places.is_region(r))
}

/// A place: comma-separated parts of capitalised words, upper case unless an agency
/// vouches for the dateline.
fn is_place(head: &str, has_agency: bool) -> bool {
    if head.len() > 80 || head.split(',').count() > 4 {
        return false;
    }
    let upper = is_upper(head);
    let words_ok = head.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
        w.starts_with(char::is_uppercase) || matches!(w, "de" | "del" | "el" | "al" | "of" | "la")
    });
    words_ok && (upper || has_agency) && head.split(',').all(|p| p.trim().len() <= 40)
}
