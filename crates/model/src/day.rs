//! Words for the day of a story (`Monday`, `today`): one list for the parse repairs and
//! the coder, which both read a day misparsed as who acts or is acted on as the time of
//! its clause.
//!
//! ```
//! assert!(dyad_model::day::is_day("Sunday"));
//! assert!(dyad_model::day::is_day("TODAY"));
//! assert!(!dyad_model::day::is_day("Sundays"));
//! ```

/// Names of days (lowercase), and words for the day of the story.
pub const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
];

/// Whether `word` is one of [`DAYS`], in any case.
pub fn is_day(word: &str) -> bool {
    DAYS.iter().any(|d| word.eq_ignore_ascii_case(d))
}
