//! Tolerant parsing of the date and time forms that news pages and wire copy print.
//!
//! Times keep the article's local clock: an offset such as `-05:00` or `GMT` is dropped, not
//! applied, because event dates are reckoned in the place where the report was written.
//! A time like `19:14pm` (a 24-hour clock with a stray suffix) is read as 19:14. All-numeric
//! dates with both fields up to 12 (`03/04/2014`) are read month first, as US outlets print
//! them; `14/03/2014` is unambiguous and read day first.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use regex::Regex;
use std::sync::LazyLock;

/// Dates longer than this are not dates but paragraphs; scanning them would only find noise.
const MAX_DATE_LEN: usize = 200;

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
        .unwrap_or_else(|e| panic!("ISO date regex: {e}"))
});
static ISO_BASIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?")
        .unwrap_or_else(|e| panic!("ISO basic regex: {e}"))
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,4})([./-])(\d{1,2})[./-](\d{2,4})\b")
        .unwrap_or_else(|e| panic!("numeric date regex: {e}"))
});
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?")
        .unwrap_or_else(|e| panic!("time regex: {e}"))
});
static HOUR_AMPM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)(?:\W|$)")
        .unwrap_or_else(|e| panic!("hour regex: {e}"))
});

/// Parses a date, with a time when one is given, from the forms news uses:
/// ISO 8601 and RFC 3339 (`2014-03-14T19:14:00Z`), RFC 2822 (`Fri, 14 Mar 2014 19:14:00 +0000`),
/// wire styles (`Mar 14 2014, 19:14pm hrs`, `March 14, 2014 7:14 PM`, `14 March 2014`,
/// `Friday 14 March 2014 19.14 GMT`) and numeric forms (`2014/03/14`, `14.03.2014`).
/// Returns `None` for anything without at least a year and a month.
pub fn parse_date(input: &str) -> Option<NaiveDateTime> {
    if input.len() > MAX_DATE_LEN {
        return None;
    }
    if let Some(c) = ISO.captures(input) {
        let date = ymd(num(&c, 1)?, num(&c, 2)?, num(&c, 3)?)?;
        let time = match (num(&c, 4), num(&c, 5)) {
            (Some(h), Some(m)) => hms(h, m, num(&c, 6).unwrap_or(0), None)?,
            _ => NaiveTime::MIN,
        };
        return Some(date.and_time(time));
    }
    if let Some(c) = ISO_BASIC.captures(input) {
        let date = ymd(num(&c, 1)?, num(&c, 2)?, num(&c, 3)?)?;
        let time = match (num(&c, 4), num(&c, 5)) {
            (Some(h), Some(m)) => hms(h, m, num(&c, 6).unwrap_or(0), None)?,
            _ => NaiveTime::MIN,
        };
        return Some(date.and_time(time));
    }
    if input.trim().len() == 8 && input.trim().bytes().all(|b| b.is_ascii_digit()) {
        let s = input.trim();
        let date = ymd(
            s[..4].parse().ok()?,
            s[4..6].parse().ok()?,
            s[6..].parse().ok()?,
        )?;
        return Some(date.and_time(NaiveTime::MIN));
    }
    let mut rest = input.to_string();
    let mut date = None;
    if let Some(c) = NUMERIC.captures(input) {
        let (a, b, c3) = (num(&c, 1)?, num(&c, 3)?, num(&c, 4)?);
        let sep_dot = c.get(2).is_some_and(|m| m.as_str() == ".");
        date = if a > 31 {
            ymd(a, b, c3)
        } else {
            let year = if c3 < 100 { c3 + 2000 } else { c3 };
            if a > 12 || sep_dot {
                ymd(year, b, a)
            } else {
                ymd(year, a, b).or_else(|| ymd(year, b, a))
            }
        };
        if let Some(m) = c.get(0) {
            rest.replace_range(m.range(), " ");
        }
    }
    let mut time = None;
    if let Some(c) = TIME.captures(&rest) {
        let suffix = c.get(4).map(|m| m.as_str());
        time = hms(num(&c, 1)?, num(&c, 2)?, num(&c, 3).unwrap_or(0), suffix);
        if let Some(m) = c.get(0) {
            rest.replace_range(m.range(), " ");
        }
    } else if let Some(c) = HOUR_AMPM.captures(&rest) {
        let suffix = c.get(2).map(|m| m.as_str());
        time = hms(num(&c, 1)?, 0, 0, suffix);
        if let Some(m) = c.get(0) {
            rest.replace_range(m.range(), " ");
        }
    }
    if date.is_none() {
        date = words_date(&rest);
    }
    Some(date?.and_time(time.unwrap_or(NaiveTime::MIN)))
}

/// A date from words and numbers: a month name, a four-digit year, a day of the month.
fn words_date(s: &str) -> Option<NaiveDate> {
    let (mut year, mut month, mut day) = (None, None, None);
    for word in s.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            let suffix = &word[digits.len()..];
            let ordinal = matches!(suffix, "" | "st" | "nd" | "rd" | "th");
            let n: u32 = digits.parse().ok()?;
            if digits.len() == 4 && (1800..=2200).contains(&n) && suffix.is_empty() {
                year.get_or_insert(n);
            } else if digits.len() <= 2 && (1..=31).contains(&n) && ordinal && day.is_none() {
                day = Some(n);
            }
        } else if month.is_none() {
            month = dyad_model::month::number(word);
        }
    }
    ymd(year?, month?, day.unwrap_or(1))
}

fn num(c: &regex::Captures<'_>, i: usize) -> Option<u32> {
    c.get(i)?.as_str().parse().ok()
}

/// Earliest year accepted as a publication date: news records with "0001-11-30" exist, and a
/// placeholder year must not pull every relative date in the text back two millennia.
const MIN_YEAR: u32 = 1800;

fn ymd(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    if y < MIN_YEAR {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

fn hms(h: u32, m: u32, s: u32, suffix: Option<&str>) -> Option<NaiveTime> {
    let pm = suffix.is_some_and(|x| x.starts_with(['p', 'P']));
    let am = suffix.is_some_and(|x| x.starts_with(['a', 'A']));
    let hour = match h {
        12 if am => 0,
        1..=11 if pm => h + 12,
        _ => h,
    };
    NaiveTime::from_hms_opt(hour, m, s.min(59))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_forms() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "seed byline",
                "Mar 14 2014, 19:14pm hrs",
                Some("2014-03-14 19:14"),
            ),
            ("iso z", "2014-03-14T19:14:00Z", Some("2014-03-14 19:14")),
            (
                "iso offset kept local",
                "2023-11-07T02:00:00-05:00",
                Some("2023-11-07 02:00"),
            ),
            (
                "iso fraction",
                "2018-06-18T13:57:57.123+00:00",
                Some("2018-06-18 13:57"),
            ),
            ("iso date", "2016-09-20", Some("2016-09-20 00:00")),
            ("placeholder year is no date", "0001-11-30", None),
            ("iso space", "2014-12-27 12:06:00", Some("2014-12-27 12:06")),
            (
                "rfc 2822",
                "Fri, 14 Mar 2014 19:14:00 +0000",
                Some("2014-03-14 19:14"),
            ),
            (
                "us long pm",
                "March 14, 2014 7:14 PM",
                Some("2014-03-14 19:14"),
            ),
            (
                "us am noon",
                "March 14, 2014 12:05 a.m.",
                Some("2014-03-14 00:05"),
            ),
            ("day month year", "14 March 2014", Some("2014-03-14 00:00")),
            (
                "guardian",
                "Friday 14 March 2014 19.14 GMT",
                Some("2014-03-14 19:14"),
            ),
            ("ordinal", "March 14th, 2014", Some("2014-03-14 00:00")),
            ("slashes ymd", "2014/03/14", Some("2014-03-14 00:00")),
            ("dots dmy", "14.03.2014", Some("2014-03-14 00:00")),
            ("us numeric", "03/14/2014 5pm", Some("2014-03-14 17:00")),
            ("compact", "20140314", Some("2014-03-14 00:00")),
            (
                "iso basic",
                "20180619T055000+0900",
                Some("2018-06-19 05:50"),
            ),
            (
                "weekday long",
                "Saturday, December 27, 2014, 12:06 PM",
                Some("2014-12-27 12:06"),
            ),
            ("month year", "March 2014", Some("2014-03-01 00:00")),
            ("sept", "Sept. 5, 2019", Some("2019-09-05 00:00")),
            ("relative", "2 hours ago", None),
            ("no year", "Friday", None),
            ("bad day", "2014-02-30", None),
            ("empty", "", None),
        ];
        for (name, input, want) in cases {
            let got = parse_date(input).map(|d| d.format("%Y-%m-%d %H:%M").to_string());
            assert_eq!(got.as_deref(), *want, "case {name}: {input:?}");
        }
    }
}
