//! Words for time: months, weekdays, numbers, units and named historical periods.
//!
//! These are facts of English and of history written in the project's own form.

use chrono::Weekday;

/// Month names and abbreviations (matched case-insensitively, but only when capitalized
/// in the text, so "march" the verb and "may" the modal do not count).
pub(crate) const MONTHS: [(&str, u32); 24] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// The month a word names, with whether it is an abbreviation.
pub(crate) fn month(word: &str) -> Option<(u32, bool)> {
    let w = word.strip_suffix('.').unwrap_or(word);
    MONTHS
        .iter()
        .position(|(m, _)| w.eq_ignore_ascii_case(m))
        .map(|i| (MONTHS[i].1, i >= 12))
}

/// The weekday a word names ("Friday", "Fri").
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    const DAYS: [(&str, Weekday); 7] = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    DAYS.iter()
        .find(|(d, _)| word.eq_ignore_ascii_case(d))
        .map(|&(_, w)| w)
}

/// A small count written as a word or in digits ("two", "a", "12").
pub(crate) fn number(word: &str) -> Option<u32> {
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    if let Some(n) = WORDS.iter().position(|w| word.eq_ignore_ascii_case(w)) {
        return u32::try_from(n).ok();
    }
    for (w, n) in [("thirty", 30), ("forty", 40), ("fifty", 50)] {
        if word.eq_ignore_ascii_case(w) {
            return Some(n);
        }
    }
    if word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok();
    }
    None
}

/// Units of "N units ago".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
}

pub(crate) fn unit(word: &str) -> Option<Unit> {
    let w = word.to_ascii_lowercase();
    Some(match w.trim_end_matches('s') {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        "decade" => Unit::Decade,
        _ => return None,
    })
}

/// A named historical period: its words (lowercase, as scanned) and its years.
pub(crate) struct Period {
    pub words: &'static [&'static str],
    pub start: i32,
    pub end: i32,
}

const fn p(words: &'static [&'static str], start: i32, end: i32) -> Period {
    Period { words, start, end }
}

/// Named wars, eras and rules, longest phrases first where they share a start.
pub(crate) const PERIODS: &[Period] = &[
    p(&["world", "war", "ii"], 1939, 1945),
    p(&["world", "war", "2"], 1939, 1945),
    p(&["world", "war", "two"], 1939, 1945),
    p(&["second", "world", "war"], 1939, 1945),
    p(&["great", "patriotic", "war"], 1941, 1945),
    p(&["world", "war", "i"], 1914, 1918),
    p(&["world", "war", "1"], 1914, 1918),
    p(&["world", "war", "one"], 1914, 1918),
    p(&["first", "world", "war"], 1914, 1918),
    p(&["the", "holocaust"], 1941, 1945),
    p(&["cold", "war"], 1947, 1991),
    p(&["soviet", "era"], 1922, 1991),
    p(&["soviet", "times"], 1922, 1991),
    p(&["soviet", "period"], 1922, 1991),
    p(&["soviet", "rule"], 1922, 1991),
    p(&["under", "stalin"], 1924, 1953),
    p(&["stalin", "era"], 1924, 1953),
    p(&["stalinist", "era"], 1924, 1953),
    p(&["russian", "revolution"], 1917, 1917),
    p(&["spanish", "civil", "war"], 1936, 1939),
    p(&["great", "depression"], 1929, 1939),
    p(&["korean", "war"], 1950, 1953),
    p(&["vietnam", "war"], 1955, 1975),
    p(&["soviet", "invasion", "of", "afghanistan"], 1979, 1989),
    p(&["iran-iraq", "war"], 1980, 1988),
    p(&["first", "gulf", "war"], 1990, 1991),
    p(&["gulf", "war"], 1990, 1991),
    p(&["bosnian", "war"], 1992, 1995),
    p(&["kosovo", "war"], 1998, 1999),
    p(&["yugoslav", "wars"], 1991, 2001),
    p(&["first", "chechen", "war"], 1994, 1996),
    p(&["second", "chechen", "war"], 1999, 2009),
    p(&["rwandan", "genocide"], 1994, 1994),
    p(&["iraq", "war"], 2003, 2011),
    p(&["orange", "revolution"], 2004, 2005),
    p(&["arab", "spring"], 2010, 2012),
];

/// Words that mark the clause as about the future ("will", "plans", "ahead of").
#[rustfmt::skip]
pub(crate) const FUTURE_CUES: &[&str] = &[
    "will", "'ll", "shall", "won't", "plan", "plans", "planned", "planning", "upcoming",
    "ahead", "expected", "due", "scheduled", "forthcoming", "preparing", "prepares", "next",
    "tomorrow", "coming", "until",
];

/// Words that mark the clause as about the past, beside regular "-ed" forms.
#[rustfmt::skip]
pub(crate) const PAST_CUES: &[&str] = &[
    "was", "were", "had", "did", "ago", "yesterday", "last", "met", "went", "came", "took",
    "gave", "made", "held", "began", "left", "fled", "fell", "won", "lost", "spoke", "saw",
    "sent", "led", "ran", "struck", "shot", "hit", "killed", "fought", "broke", "became",
    "earlier",
];

/// Reporting verbs: they date the report, not the event, so they are no tense cue.
#[rustfmt::skip]
pub(crate) const REPORTING: &[&str] = &[
    "said", "told", "added", "stated", "reported", "announced", "explained",
];

/// "-ed" words that are not past cues (they look past but point ahead, or are adjectives).
#[rustfmt::skip]
pub(crate) const NOT_PAST_ED: &[&str] = &[
    "planned", "expected", "scheduled", "proposed", "intended", "united", "red", "need",
    "indeed", "speed", "feed", "bed",
];
