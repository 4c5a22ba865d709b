//! Finding temporal expressions among a sentence's words.

use super::lexicon::{self, Unit, PERIODS};
use crate::words::Word;
use chrono::{NaiveDate, Weekday};

/// How a weekday is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    /// "last Friday": strictly before publication.
    Last,
    /// "next Friday": strictly after publication.
    Next,
    /// "this Friday": on or after publication.
    This,
    /// "on Friday", "Friday's vote": decided by tense.
    Bare,
}

/// Part of a week, decade or period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Whole,
    Early,
    Mid,
    Late,
    /// "earlier this week": before publication.
    Before,
    /// "later this week": after publication.
    After,
}

/// An expression as written, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Raw {
    DayOffset(i64),
    Weekday(Weekday, Rel),
    Week(i64, Part),
    Weekend(i64),
    Month(i64, Part),
    Year(i64, Part),
    NamedMonth {
        month: u32,
        day: Option<u32>,
        year: Option<i32>,
        rel: Rel,
    },
    Date(NaiveDate),
    AbsYear(i32, Part),
    Decade(i32, Part),
    Ago(u32, Unit),
    Period(i32, i32),
}

/// A match: word range `[start, end)` and what it says.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub raw: Raw,
}

/// Prepositions that make a bare four-digit number a year ("in 1944").
const YEAR_PREPS: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "to", "during", "before", "after", "around",
    "circa", "early", "late", "mid", "through", "between", "and",
];

fn year_of(w: &Word) -> Option<i32> {
    let t = w.text;
    if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = t.parse().ok()?;
        return (1000..=2200).contains(&y).then_some(y);
    }
    None
}

fn day_of(w: &Word) -> Option<u32> {
    let t = w.text;
    let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &t[digits.len()..];
    if digits.is_empty()
        || digits.len() > 2
        || !matches!(
            suffix.to_ascii_lowercase().as_str(),
            "" | "st" | "nd" | "rd" | "th"
        )
    {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// "1980s", "mid-1990s", "1990s" → (decade start, part).
fn decade_of(w: &Word) -> Option<(i32, Part)> {
    let lower = w.text.to_ascii_lowercase();
    let (part, rest) = match lower.strip_prefix("mid-") {
        Some(r) => (Part::Mid, r),
        None => (Part::Whole, lower.as_str()),
    };
    let digits = rest.strip_suffix('s')?;
    let d: i32 = digits.parse().ok().filter(|_| digits.len() == 4)?;
    (d % 10 == 0 && (1000..=2200).contains(&d)).then_some((d, part))
}

fn part_word(w: &Word) -> Option<Part> {
    if w.is("early") {
        Some(Part::Early)
    } else if w.is("mid") {
        Some(Part::Mid)
    } else if w.is("late") {
        Some(Part::Late)
    } else if w.is("earlier") {
        Some(Part::Before)
    } else if w.is("later") {
        Some(Part::After)
    } else {
        None
    }
}

/// Most expressions kept per sentence; real sentences have a handful, and a list of
/// thousands of dates is a table, not prose.
const MAX_PER_SENTENCE: usize = 64;

/// All expressions in `words`, left to right, longest first, not overlapping.
pub(crate) fn find(words: &[Word]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() && out.len() < MAX_PER_SENTENCE {
        match at(words, i) {
            Some(f) => {
                i = f.end.max(i + 1);
                out.push(f);
            }
            None => i += 1,
        }
    }
    out
}

fn at(w: &[Word], i: usize) -> Option<Found> {
    let get = |k: usize| w.get(k);
    let is = |k: usize, s: &str| w.get(k).is_some_and(|x| x.is(s));
    let found = |end: usize, raw: Raw| Some(Found { start: i, end, raw });
    let cur = &w[i];

    // Named periods: "World War II", "the Cold War", "under Stalin".
    for p in PERIODS {
        let n = p.words.len();
        if i + n <= w.len() && p.words.iter().zip(&w[i..i + n]).all(|(a, b)| b.is(a)) {
            return found(i + n, Raw::Period(p.start, p.end));
        }
    }
    // today, tonight, yesterday, tomorrow, last night, this morning.
    if cur.is_any(&["today", "tonight", "overnight"]) {
        return found(i + 1, Raw::DayOffset(0));
    }
    if cur.is("yesterday") {
        return found(i + 1, Raw::DayOffset(-1));
    }
    if cur.is("tomorrow") {
        return found(i + 1, Raw::DayOffset(1));
    }
    if cur.is("last") && is(i + 1, "night") {
        return found(i + 2, Raw::DayOffset(-1));
    }
    if cur.is("this") && get(i + 1).is_some_and(|x| x.is_any(&["morning", "afternoon", "evening"]))
    {
        return found(i + 2, Raw::DayOffset(0));
    }
    // (earlier|later) this week/month/year; last/next/this week/month/year/weekend.
    let (part, j) = match part_word(cur) {
        Some(p @ (Part::Before | Part::After)) if is(i + 1, "this") => (p, i + 1),
        _ => (Part::Whole, i),
    };
    if let Some(offset) = [("this", 0), ("last", -1), ("next", 1), ("past", -1)]
        .iter()
        .find(|(s, _)| is(j, s))
        .map(|&(_, o)| o)
    {
        if let Some(k) = get(j + 1) {
            if k.is("week") {
                return found(j + 2, Raw::Week(offset, part));
            }
            if k.is("weekend") {
                return found(j + 2, Raw::Weekend(offset));
            }
            if k.is("month") {
                return found(j + 2, Raw::Month(offset, part));
            }
            if k.is("year") {
                return found(j + 2, Raw::Year(offset, part));
            }
            if let Some(d) = lexicon::weekday(k.text) {
                let rel = match offset {
                    -1 => Rel::Last,
                    1 => Rel::Next,
                    _ => Rel::This,
                };
                return found(j + 2, Raw::Weekday(d, rel));
            }
            if let (Some((m, _)), true) = (lexicon::month(k.text), k.is_capitalized()) {
                let rel = match offset {
                    -1 => Rel::Last,
                    1 => Rel::Next,
                    _ => Rel::This,
                };
                return found(
                    j + 2,
                    Raw::NamedMonth {
                        month: m,
                        day: None,
                        year: None,
                        rel,
                    },
                );
            }
        }
    }
    // N units ago.
    if let (Some(n), Some(u)) = (
        lexicon::number(cur.text),
        get(i + 1).and_then(|x| lexicon::unit(x.text)),
    ) {
        if is(i + 2, "ago") {
            return found(i + 3, Raw::Ago(n, u));
        }
    }
    if cur.is("a") && is(i + 1, "couple") && is(i + 2, "of") {
        if let Some(u) = get(i + 3).and_then(|x| lexicon::unit(x.text)) {
            if is(i + 4, "ago") {
                return found(i + 5, Raw::Ago(2, u));
            }
        }
    }
    // Weekdays: "Friday", "Sunday's vote".
    if let Some(d) = lexicon::weekday(cur.text).filter(|_| cur.is_capitalized()) {
        return found(i + 1, Raw::Weekday(d, Rel::Bare));
    }
    // ISO dates.
    if cur.text.len() == 10 {
        if let Ok(d) = NaiveDate::parse_from_str(cur.text, "%Y-%m-%d") {
            return found(i + 1, Raw::Date(d));
        }
    }
    // (the) (early|mid|late) 1980s.
    let (dpart, j) = match part_word(cur) {
        Some(p @ (Part::Early | Part::Mid | Part::Late)) => (p, i + 1),
        _ => (Part::Whole, i),
    };
    if let Some((d, p)) = get(j).and_then(decade_of) {
        return found(
            j + 1,
            Raw::Decade(d, if p == Part::Mid { p } else { dpart }),
        );
    }
    // Day Month [Year]: "16 March 2014".
    if let (Some(day), Some(m)) = (day_of(cur), get(i + 1).and_then(|x| cap_month(x))) {
        let year = get(i + 2).and_then(year_of);
        let end = if year.is_some() { i + 3 } else { i + 2 };
        return found(end, named(m, Some(day), year));
    }
    // Month [Day][,] [Year]: "March 16", "March 16, 2014", "March 2014", "in March".
    if let Some(m) = cap_month(cur) {
        let abbreviated = lexicon::month(cur.text).is_some_and(|(_, a)| a);
        if let Some(day) = get(i + 1).and_then(day_of) {
            let k = if is(i + 2, ",") { i + 3 } else { i + 2 };
            return match get(k).and_then(year_of) {
                Some(y) => found(k + 1, named(m, Some(day), Some(y))),
                None => found(i + 2, named(m, Some(day), None)),
            };
        }
        if let Some(y) = get(i + 1).and_then(year_of) {
            return found(i + 2, named(m, None, Some(y)));
        }
        // A bare month needs a preposition before it ("in March"), and "May" more so.
        let prev = i.checked_sub(1).and_then(get);
        if !abbreviated
            && prev.is_some_and(|p| {
                p.is_any(&[
                    "in", "since", "until", "till", "by", "from", "during", "of", "early", "late",
                    "mid", "before", "after", "through",
                ])
            })
        {
            return found(i + 1, named(m, None, None));
        }
    }
    // (in|since|...) (early|late)? 1944.
    let (ypart, j) = match part_word(cur) {
        Some(p @ (Part::Early | Part::Mid | Part::Late)) => (p, i + 1),
        _ => (Part::Whole, i),
    };
    if let Some(y) = get(j).and_then(year_of) {
        let prev = i.checked_sub(1).and_then(get);
        if ypart != Part::Whole || prev.is_some_and(|p| p.is_any(YEAR_PREPS)) {
            return found(j + 1, Raw::AbsYear(y, ypart));
        }
    }
    None
}

fn cap_month(w: &Word) -> Option<u32> {
    lexicon::month(w.text)
        .filter(|_| w.is_capitalized())
        .map(|(m, _)| m)
}

fn named(month: u32, day: Option<u32>, year: Option<i32>) -> Raw {
    Raw::NamedMonth {
        month,
        day,
        year,
        rel: Rel::Bare,
    }
}
