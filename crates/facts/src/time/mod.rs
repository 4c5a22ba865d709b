//! Temporal expressions, resolved against the publication date.
//!
//! [`resolve_sentence`] finds every expression in a sentence and resolves it;
//! [`sentence_date`] picks the one that dates the sentence's main event.
//!
//! # What is understood
//! * relative days: "today", "tonight", "yesterday", "tomorrow", "last night";
//! * weekdays: "last Friday" (strictly before), "next Friday" (strictly after), "this
//!   Friday" (on or after), and bare "on Friday" / "Sunday's vote". News names a bare
//!   weekday only within six days of publication, so a bare weekday is the most recent one
//!   on or before publication when its clause is past, the next one on or after
//!   publication when it is future or present ("will", "plans", "ahead of", "are holding");
//!   past when nothing says (see the `tense` rules in the source);
//! * weeks, weekends, months and years relative to publication: "this week", "earlier this
//!   week", "later this week", "last week", "next month", "earlier this year";
//! * named months and dates: "in March", "last March", "March 16", "16 March 2014",
//!   "March 16, 2014", "Mar 14 2014", "March 2014", "2014-03-16"; a month or day without a
//!   year takes the year that fits the tense (else the nearest within six months);
//! * years and decades: "in 1944", "in early 2013", "the 1990s", "in the late 1980s",
//!   "the mid-1990s";
//! * "N days/weeks/months/years/decades ago", "a decade ago", "a couple of years ago";
//! * named historical periods from a small table: the World Wars, the Cold War, the Soviet
//!   era, "under Stalin", the Gulf, Bosnian, Kosovo and Chechen wars, the Arab Spring...
//!
//! * deadlines: a future expression after "by", "until", "till", "before" or "within"
//!   ("cut emissions by 2050") is found but flagged [`TimeExpr::deadline`], and does not
//!   date the sentence or its events.
//!
//! # Precision
//! Days are [`DatePrecision::Day`], months `Month`, years and named periods `Year` (the
//! first year of the period, with [`TimeExpr::end`] its last day), decades `Decade`. The
//! model has no week precision: a week or weekend resolves to its first day with `Day`
//! precision, and [`TimeExpr::end`] gives its last day.
//!
//! # Historical
//! An expression is historical when the last day it may mean ([`TimeExpr::end`]) lies more
//! than [`HISTORICAL_DAYS`] (365) days before publication: "during World War II", "in the
//! late 1980s", "two years ago" are; "last month" and "last year" (from March) are not.

pub(crate) mod lexicon;
mod resolve;
mod scan;
mod tense;

use crate::words::{self, Word};
use chrono::NaiveDate;
use dyad_model::{EventDate, Sentence, Span};
use serde::{Deserialize, Serialize};

/// Days before publication beyond which a date is history rather than news.
pub const HISTORICAL_DAYS: i64 = 365;

/// A temporal expression found in a sentence, resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// Bytes of the article the expression covers.
    pub span: Span,
    /// The expression as written.
    pub text: String,
    /// The date it means, with its precision (the first day of a longer period).
    pub date: EventDate,
    /// The last day it may mean (equal to `date.date` for a single day).
    pub end: NaiveDate,
    /// True when it ends more than [`HISTORICAL_DAYS`] before publication.
    pub historical: bool,
    /// A time limit after publication ("by 2050", "until March", "before Sunday's vote"):
    /// it says when something is due, not when the reported event happened, so it does
    /// not date events.
    #[serde(default)]
    pub deadline: bool,
}

/// Every temporal expression in `sentence`, resolved against `published`, in text order.
///
/// `text` is the article text the sentence's spans point into. Expressions whose date
/// would fall outside the calendar are dropped.
pub fn resolve_sentence(sentence: &Sentence, text: &str, published: NaiveDate) -> Vec<TimeExpr> {
    let ws = words::scan(text, sentence.span);
    resolve_words(&ws, sentence, published)
}

fn resolve_words(ws: &[Word], sentence: &Sentence, published: NaiveDate) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    for f in scan::find(ws) {
        let tense = tense::tense(ws, f.start, f.end, sentence);
        let Some(r) = resolve::resolve(f.raw, published, tense) else {
            continue;
        };
        let (Some(first), Some(last)) = (ws.get(f.start), ws.get(f.end.saturating_sub(1))) else {
            continue;
        };
        let span = Span::new(first.span.start, last.span.end);
        let historical = (published - r.end).num_days() > HISTORICAL_DAYS;
        let limit_word = f
            .start
            .checked_sub(1)
            .and_then(|k| ws.get(k))
            .is_some_and(|w| DEADLINE_WORDS.iter().any(|d| w.is(d)));
        out.push(TimeExpr {
            span,
            text: span_text(ws, f.start, f.end),
            date: r.date,
            end: r.end,
            historical,
            deadline: limit_word && r.date.date >= published,
        });
    }
    out
}

/// Words before a future expression that make it a time limit.
const DEADLINE_WORDS: &[&str] = &["by", "until", "till", "before", "within"];

/// The words joined as written (single spaces between words that were apart).
fn span_text(ws: &[Word], start: usize, end: usize) -> String {
    let mut s = String::new();
    let mut prev_end = None;
    for w in &ws[start..end] {
        if prev_end.is_some_and(|e| e < w.span.start) {
            s.push(' ');
        }
        s.push_str(w.text);
        prev_end = Some(w.span.end);
    }
    s
}

/// The date of the sentence's main event and whether it is historical, if any expression
/// dates it.
///
/// With a parse, the first expression attached to the root verb (any of its words has the
/// root as head, as `obl:tmod`, `obl`, `advmod`, `nmod:tmod`...) is chosen; otherwise, and
/// without a parse, the first expression. A sentence with no expression gives `None`: the
/// caller decides whether the publication day applies, knowing that nothing dated it.
pub fn sentence_date(
    sentence: &Sentence,
    text: &str,
    published: NaiveDate,
) -> Option<(EventDate, bool)> {
    let found = resolve_sentence(sentence, text, published);
    choose(sentence, &found).map(|t| (t.date, t.historical))
}

/// The expression that governs the sentence's root verb, else the first; deadlines
/// ([`TimeExpr::deadline`]) are passed over.
pub fn choose<'a>(sentence: &Sentence, found: &'a [TimeExpr]) -> Option<&'a TimeExpr> {
    if words::has_parse(sentence) {
        let root = sentence
            .tokens
            .iter()
            .position(|t| t.head == 0)
            .map(|i| i + 1);
        if let Some(root) = root {
            let attached = found.iter().filter(|e| !e.deadline).find(|e| {
                sentence.tokens.iter().enumerate().any(|(i, t)| {
                    t.span.start < e.span.end
                        && e.span.start < t.span.end
                        && (t.head == root || i + 1 == root)
                })
            });
            if attached.is_some() {
                return attached;
            }
        }
    }
    found.iter().find(|e| !e.deadline)
}

#[cfg(test)]
mod tests;
