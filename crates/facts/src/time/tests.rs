//! Table-driven cases, all against a Friday: 14 March 2014.

use super::*;
use chrono::NaiveDate;
use dyad_model::{DatePrecision, Token, Upos};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
}

fn published() -> NaiveDate {
    d(2014, 3, 14)
}

fn sentence(text: &str) -> Sentence {
    Sentence {
        span: Span::new(0, text.len()),
        text: text.to_string(),
        ..Default::default()
    }
}

use DatePrecision::{Day, Decade, Month, Year};

/// (name, sentence, expression text, date, precision, historical)
type Case = (
    &'static str,
    &'static str,
    &'static str,
    (i32, u32, u32),
    DatePrecision,
    bool,
);

const CASES: &[Case] = &[
    (
        "friday past same day",
        "Dzhemilev met officials on Friday.",
        "Friday",
        (2014, 3, 14),
        Day,
        false,
    ),
    (
        "friday future same day",
        "He will meet NATO officials on Friday.",
        "Friday",
        (2014, 3, 14),
        Day,
        false,
    ),
    (
        "monday past",
        "The envoys met on Monday in Kiev.",
        "Monday",
        (2014, 3, 10),
        Day,
        false,
    ),
    (
        "monday future",
        "Talks will resume on Monday.",
        "Monday",
        (2014, 3, 17),
        Day,
        false,
    ),
    (
        "sunday's vote upcoming",
        "Tatars are planning protests today ahead of Sunday's vote.",
        "Sunday",
        (2014, 3, 16),
        Day,
        false,
    ),
    (
        "sunday's vote past",
        "Sunday's vote was marred by violence.",
        "Sunday",
        (2014, 3, 9),
        Day,
        false,
    ),
    (
        "preparing to meet",
        "He was preparing to meet officials on Friday.",
        "Friday",
        (2014, 3, 14),
        Day,
        false,
    ),
    (
        "today",
        "Tatars are planning protests today.",
        "today",
        (2014, 3, 14),
        Day,
        false,
    ),
    (
        "yesterday",
        "Gunmen seized the building yesterday.",
        "yesterday",
        (2014, 3, 13),
        Day,
        false,
    ),
    (
        "tomorrow",
        "Voting starts tomorrow.",
        "tomorrow",
        (2014, 3, 15),
        Day,
        false,
    ),
    (
        "last night",
        "Troops moved in last night.",
        "last night",
        (2014, 3, 13),
        Day,
        false,
    ),
    (
        "earlier this week",
        "He spoke with Putin earlier this week.",
        "earlier this week",
        (2014, 3, 10),
        Day,
        false,
    ),
    (
        "this week",
        "The parliament met this week.",
        "this week",
        (2014, 3, 10),
        Day,
        false,
    ),
    (
        "last week",
        "Soldiers arrived last week.",
        "last week",
        (2014, 3, 3),
        Day,
        false,
    ),
    (
        "last month",
        "Prices rose sharply last month.",
        "last month",
        (2014, 2, 1),
        Month,
        false,
    ),
    (
        "next month",
        "Elections are due next month.",
        "next month",
        (2014, 4, 1),
        Month,
        false,
    ),
    (
        "next year",
        "Elections are due next year.",
        "next year",
        (2015, 1, 1),
        Year,
        false,
    ),
    (
        "last year",
        "The ministry was reorganised last year.",
        "last year",
        (2013, 1, 1),
        Year,
        false,
    ),
    (
        "in march past",
        "Protests began in March.",
        "March",
        (2014, 3, 1),
        Month,
        false,
    ),
    (
        "in november past",
        "The vote was held in November.",
        "November",
        (2013, 11, 1),
        Month,
        false,
    ),
    (
        "in february future",
        "The summit will take place in February.",
        "February",
        (2015, 2, 1),
        Month,
        false,
    ),
    (
        "in may",
        "He will travel to Brussels in May.",
        "May",
        (2014, 5, 1),
        Month,
        false,
    ),
    (
        "last march",
        "The treaty was signed last March.",
        "last March",
        (2013, 3, 1),
        Month,
        false,
    ),
    (
        "march 16",
        "The referendum is set for March 16.",
        "March 16",
        (2014, 3, 16),
        Day,
        false,
    ),
    (
        "16 march 2014",
        "The referendum was held on 16 March 2014.",
        "16 March 2014",
        (2014, 3, 16),
        Day,
        false,
    ),
    (
        "march 16, 2014",
        "It was held on March 16, 2014, in Crimea.",
        "March 16, 2014",
        (2014, 3, 16),
        Day,
        false,
    ),
    (
        "byline date",
        "Updated: Mar 14 2014, 19:14pm hrs",
        "Mar 14 2014",
        (2014, 3, 14),
        Day,
        false,
    ),
    (
        "iso date",
        "The vote took place on 2014-03-16 as planned.",
        "2014-03-16",
        (2014, 3, 16),
        Day,
        false,
    ),
    (
        "march 2014",
        "Crimea was annexed in March 2014.",
        "March 2014",
        (2014, 3, 1),
        Month,
        false,
    ),
    (
        "in 1944",
        "The Tatars were deported in 1944.",
        "1944",
        (1944, 1, 1),
        Year,
        true,
    ),
    (
        "early 2013",
        "Talks collapsed in early 2013.",
        "early 2013",
        (2013, 1, 1),
        Year,
        false,
    ),
    (
        "late 1980s",
        "They only started returning home in the late 1980s.",
        "late 1980s",
        (1980, 1, 1),
        Decade,
        true,
    ),
    (
        "the 1990s",
        "The economy shrank in the 1990s.",
        "1990s",
        (1990, 1, 1),
        Decade,
        true,
    ),
    (
        "mid-1990s",
        "The mine closed in the mid-1990s.",
        "mid-1990s",
        (1990, 1, 1),
        Decade,
        true,
    ),
    (
        "world war ii",
        "They were deported en masse to Central Asia during World War II.",
        "World War II",
        (1939, 1, 1),
        Year,
        true,
    ),
    (
        "second world war",
        "The town was destroyed in the Second World War.",
        "Second World War",
        (1939, 1, 1),
        Year,
        true,
    ),
    (
        "cold war",
        "Such talk recalls the Cold War.",
        "Cold War",
        (1947, 1, 1),
        Year,
        true,
    ),
    (
        "under stalin",
        "Thousands died under Stalin.",
        "under Stalin",
        (1924, 1, 1),
        Year,
        true,
    ),
    (
        "soviet era",
        "The plant was built in the Soviet era.",
        "Soviet era",
        (1922, 1, 1),
        Year,
        true,
    ),
    (
        "two years ago",
        "The law was passed two years ago.",
        "two years ago",
        (2012, 1, 1),
        Year,
        true,
    ),
    (
        "a decade ago",
        "He left the party a decade ago.",
        "a decade ago",
        (2000, 1, 1),
        Decade,
        true,
    ),
    (
        "three days ago",
        "The convoy left three days ago.",
        "three days ago",
        (2014, 3, 11),
        Day,
        false,
    ),
    (
        "six months ago",
        "He was arrested six months ago.",
        "six months ago",
        (2013, 9, 1),
        Month,
        false,
    ),
    (
        "last friday",
        "Gunmen attacked the base last Friday.",
        "last Friday",
        (2014, 3, 7),
        Day,
        false,
    ),
    (
        "next friday",
        "The envoy arrives next Friday.",
        "next Friday",
        (2014, 3, 21),
        Day,
        false,
    ),
    (
        "this sunday",
        "Crimeans vote this Sunday.",
        "this Sunday",
        (2014, 3, 16),
        Day,
        false,
    ),
];

#[test]
fn time_cases() {
    let mut failures = Vec::new();
    for &(name, text, expr, (y, m, day), precision, historical) in CASES {
        let found = resolve_sentence(&sentence(text), text, published());
        let Some(e) = found
            .iter()
            .find(|e| e.text == expr || e.text.starts_with(expr))
        else {
            failures.push(format!("{name}: {expr:?} not found in {found:?}"));
            continue;
        };
        let want = (d(y, m, day), precision, historical);
        let got = (e.date.date, e.date.precision, e.historical);
        if got != want {
            failures.push(format!("{name}: got {got:?}, want {want:?}"));
        }
        if e.span.slice(text) != e.text {
            failures.push(format!(
                "{name}: span {:?} does not give {:?}",
                e.span, e.text
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Words that look like time but are not.
#[test]
fn no_false_expressions() {
    for text in [
        "Thousands marched to the square.",
        "They may protest again.",
        "A 70-year-old man was hurt.",
        "The town has a population of 2000 people.",
        "It costs 1944 dollars.",
        "",
        "\"\"\"",
    ] {
        let found = resolve_sentence(&sentence(text), text, published());
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
}

#[test]
fn sentence_date_prefers_historical_over_nothing() {
    let text = "Suspicion is high among the Tatars, who were deported during World War II.";
    let got = sentence_date(&sentence(text), text, published());
    assert_eq!(
        got.map(|(d, h)| (d.date.year_ce().1, h)),
        Some((1939, true))
    );
    let text = "Nothing here is dated.";
    assert_eq!(sentence_date(&sentence(text), text, published()), None);
}

#[test]
fn deadlines_do_not_date_the_sentence() {
    type Ymd = (i32, u32, u32);
    // (sentence, the date chosen, or None)
    let cases: &[(&str, Option<Ymd>)] = &[
        ("The government pledged to cut emissions by 2050.", None),
        ("Rebels must leave the city by Friday, the army said.", None),
        ("The curfew stays in force until April.", None),
        (
            "On Thursday the council voted to close the mine by 2030.",
            Some((2014, 3, 13)),
        ),
        ("The mine was closed by 2010.", Some((2010, 1, 1))),
    ];
    for &(text, want) in cases {
        let found = resolve_sentence(&sentence(text), text, published());
        assert!(!found.is_empty(), "{text:?}: no expression found");
        let got = sentence_date(&sentence(text), text, published())
            .map(|(d, _)| (d.date.year(), d.date.month(), d.date.day()));
        assert_eq!(got, want, "{text:?}: {found:?}");
    }
}

fn tok(text: &str, start: usize, form: &str, upos: Upos, head: usize, deprel: &str) -> Token {
    let at = text[start..].find(form).map_or(start, |i| start + i);
    Token {
        span: Span::new(at, at + form.len()),
        form: form.to_string(),
        upos,
        head,
        deprel: deprel.to_string(),
        ..Default::default()
    }
}

/// With a parse, the expression on the root verb wins over an earlier one.
#[test]
fn parse_picks_root_attachment() {
    let text = "Sunday's vote failed yesterday.";
    let mut s = sentence(text);
    s.tokens = vec![
        tok(text, 0, "Sunday", Upos::Propn, 3, "nmod:poss"),
        tok(text, 6, "'s", Upos::Part, 1, "case"),
        tok(text, 9, "vote", Upos::Noun, 4, "nsubj"),
        tok(text, 14, "failed", Upos::Verb, 0, "root"),
        tok(text, 21, "yesterday", Upos::Noun, 4, "obl:tmod"),
        tok(text, 30, ".", Upos::Punct, 4, "punct"),
    ];
    s.tokens[3].xpos = "VBD".into();
    let all = resolve_sentence(&s, text, published());
    assert_eq!(all.len(), 2);
    // The parse says "failed" is past, so Sunday is the one before publication.
    assert_eq!(all[0].date.date, d(2014, 3, 9));
    let chosen = choose(&s, &all).map(|e| e.text.as_str());
    assert_eq!(chosen, Some("yesterday"));
}

use chrono::Datelike;

#[test]
fn odd_input_does_not_panic() {
    let long = "on Friday ".repeat(20_000);
    for text in [
        "",
        " ",
        "’s",
        "'s 's",
        "Friday's",
        "March",
        "31 February 2014",
        "9999-99-99",
        "in 1000s",
        long.as_str(),
    ] {
        let s = sentence(text);
        let _ = resolve_sentence(&s, text, published());
        let _ = sentence_date(&s, text, published());
        let mut bad = s.clone();
        bad.span = Span::new(text.len() + 5, text.len() + 50);
        let _ = resolve_sentence(&bad, text, published());
    }
    for p in [NaiveDate::MIN, NaiveDate::MAX] {
        let text = "Yesterday, last month, next year and two decades ago, next Friday.";
        let _ = resolve_sentence(&sentence(text), text, p);
    }
}

/// The seed article in ../shared: "Sunday's vote" is 16 March, "on Friday" 14 March, the
/// deportation "during World War II" and the return "in the late 1980s" are history.
#[test]
fn seed_article_dates() {
    let Some(path) = dyad_testdata::shared_file("samples/000_e1a0ccd5a4f44810.txt") else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    // Test-only sentence split: at ". " and line breaks.
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end_here = c == '\n' || (c == '.' && text[i + 1..].starts_with(' '));
        if end_here {
            sentences.push(Span::new(start, i + 1));
            start = i + 1;
        }
    }
    sentences.push(Span::new(start, text.len()));
    let mut found = Vec::new();
    for span in sentences {
        let s = Sentence {
            span,
            ..Default::default()
        };
        let date = sentence_date(&s, &text, published());
        for e in resolve_sentence(&s, &text, published()) {
            found.push((
                e.text.clone(),
                e.date.date,
                e.historical,
                span.slice(&text).to_string(),
                date,
            ));
        }
    }
    let get = |t: &str| found.iter().find(|f| f.0 == t).cloned();
    assert_eq!(
        get("Sunday").map(|f| f.1),
        Some(d(2014, 3, 16)),
        "{found:#?}"
    );
    assert_eq!(
        get("Friday").map(|f| f.1),
        Some(d(2014, 3, 14)),
        "{found:#?}"
    );
    assert_eq!(
        get("today").map(|f| f.1),
        Some(d(2014, 3, 14)),
        "{found:#?}"
    );
    assert_eq!(
        get("earlier this week").map(|f| f.1),
        Some(d(2014, 3, 10)),
        "{found:#?}"
    );
    let war = get("World War II").expect("World War II found");
    assert!(
        war.2 && war.4.is_some_and(|(date, h)| h && date.date.year() == 1939),
        "{war:?}"
    );
    let late = get("late 1980s").expect("late 1980s found");
    assert!(late.2 && late.4.is_some_and(|(_, h)| h), "{late:?}");
}

/// Regression (issue 5): "have taken ... since late February" is the past, not next February.
#[test]
fn perfect_tense_is_past() {
    let text = "Troops have taken the airports since late February.";
    let mut s = sentence(text);
    s.tokens = vec![
        tok(text, 0, "Troops", Upos::Noun, 3, "nsubj"),
        tok(text, 7, "have", Upos::Aux, 3, "aux"),
        tok(text, 12, "taken", Upos::Verb, 0, "root"),
        tok(text, 18, "the", Upos::Det, 5, "det"),
        tok(text, 22, "airports", Upos::Noun, 3, "obj"),
        tok(text, 31, "since", Upos::Adp, 8, "case"),
        tok(text, 37, "late", Upos::Adj, 8, "amod"),
        tok(text, 42, "February", Upos::Propn, 3, "obl"),
        tok(text, 50, ".", Upos::Punct, 3, "punct"),
    ];
    s.tokens[2].xpos = "VBN".into();
    let all = resolve_sentence(&s, text, published());
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].date.date.year_ce().1, 2014, "{all:?}");
}
