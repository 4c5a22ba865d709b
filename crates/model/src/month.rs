//! English month names as news writes them (`March`, `Mar.`, `Sept`): one table for the
//! readers of datelines and of publication dates.
//!
//! ```
//! assert_eq!(dyad_model::month::number("Sept."), Some(9));
//! assert_eq!(dyad_model::month::number("MARCH"), Some(3));
//! assert_eq!(dyad_model::month::number("Marc"), None);
//! ```

/// The months' full names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The number (1-12) of the month `word` names: its full name, its first three letters
/// or `Sept`, in any case, with or without a full stop.
pub fn number(word: &str) -> Option<u32> {
    let w = word.strip_suffix('.').unwrap_or(word);
    if w.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    let abbreviates =
        |m: &str| w.len() == 3 && m.get(..3).is_some_and(|a| a.eq_ignore_ascii_case(w));
    (1..)
        .zip(MONTHS)
        .find(|(_, m)| m.eq_ignore_ascii_case(w) || abbreviates(m))
        .map(|(n, _)| n)
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn month_numbers() {
        let cases = [
            ("full", "January", Some(1)),
            ("abbreviated", "Dec", Some(12)),
            ("full stop", "Aug.", Some(8)),
            ("sept", "Sept.", Some(9)),
            ("capitals", "OCTOBER", Some(10)),
            ("lower case", "may", Some(5)),
            ("prefix", "Janu", None),
            ("two letters", "Ma", None),
            ("two stops", "Mar..", None),
            ("word", "Marine", None),
            ("empty", "", None),
        ];
        for (name, word, want) in cases {
            assert_eq!(number(word), want, "{name}");
        }
    }
}
