//! Turning a written expression into dates, given the publication day and the tense.

use super::lexicon::Unit;
use super::scan::{Part, Raw, Rel};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use dyad_model::{DatePrecision, EventDate};

/// Which way a clause points from the publication day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
}

/// A resolved expression: the date with its precision, and the last day it may mean.
pub(crate) struct Resolved {
    pub date: EventDate,
    pub end: NaiveDate,
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let m = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
    if n >= 0 {
        d.checked_add_months(m)
    } else {
        d.checked_sub_months(m)
    }
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let first = ymd(y, m, 1)?;
    add_days(add_months(first, 1)?, -1)
}

fn day(d: NaiveDate) -> (EventDate, NaiveDate) {
    (
        EventDate {
            date: d,
            precision: DatePrecision::Day,
        },
        d,
    )
}

fn span(start: NaiveDate, end: NaiveDate, precision: DatePrecision) -> (EventDate, NaiveDate) {
    (
        EventDate {
            date: start,
            precision,
        },
        end,
    )
}

/// The year span `[a, b]` with year precision.
fn years(a: i32, b: i32) -> Option<(EventDate, NaiveDate)> {
    Some(span(ymd(a, 1, 1)?, ymd(b, 12, 31)?, DatePrecision::Year))
}

/// Days from `from` to the weekday `wd` going forward (0..=6).
fn days_until(from: NaiveDate, wd: Weekday) -> i64 {
    let a = i64::from(from.weekday().num_days_from_monday());
    let b = i64::from(wd.num_days_from_monday());
    (b - a).rem_euclid(7)
}

fn part_of(start: i32, len: i32, part: Part) -> (i32, i32) {
    match part {
        Part::Early | Part::Before => (start, start + len * 3 / 10),
        Part::Mid => (start + len * 3 / 10, start + len * 7 / 10 - 1),
        Part::Late | Part::After => (start + len / 2, start + len - 1),
        Part::Whole => (start, start + len - 1),
    }
}

/// Resolves `raw` against the publication day `p`. `tense` is `None` when nothing in the
/// sentence says; a bare weekday or month then counts as past (news reports the past).
pub(crate) fn resolve(raw: Raw, p: NaiveDate, tense: Option<Tense>) -> Option<Resolved> {
    let future = tense == Some(Tense::Future);
    let (date, end) = match raw {
        Raw::DayOffset(n) => day(add_days(p, n)?),
        Raw::Weekday(wd, rel) => {
            let ahead = days_until(p, wd);
            let back = (7 - ahead) % 7;
            let n = match rel {
                Rel::Last => -(if back == 0 { 7 } else { back }),
                Rel::Next => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
                Rel::This => ahead,
                Rel::Bare if future => ahead,
                Rel::Bare => -back,
            };
            day(add_days(p, n)?)
        }
        Raw::Week(offset, part) => {
            let monday = add_days(
                p,
                -i64::from(p.weekday().num_days_from_monday()) + 7 * offset,
            )?;
            let sunday = add_days(monday, 6)?;
            match part {
                Part::Before if offset == 0 => {
                    span(monday, add_days(p, -1)?.max(monday), DatePrecision::Day)
                }
                Part::After if offset == 0 => {
                    let s = add_days(p, 1)?.min(sunday);
                    span(s, sunday, DatePrecision::Day)
                }
                _ => span(monday, sunday, DatePrecision::Day),
            }
        }
        Raw::Weekend(offset) => {
            let monday = add_days(
                p,
                -i64::from(p.weekday().num_days_from_monday()) + 7 * offset,
            )?;
            span(
                add_days(monday, 5)?,
                add_days(monday, 6)?,
                DatePrecision::Day,
            )
        }
        Raw::Month(offset, _) => {
            let first = add_months(ymd(p.year(), p.month(), 1)?, offset)?;
            span(
                first,
                month_end(first.year(), first.month())?,
                DatePrecision::Month,
            )
        }
        Raw::Year(offset, _) => {
            let y = p.year() + i32::try_from(offset).ok()?;
            years(y, y)?
        }
        Raw::NamedMonth {
            month,
            day: d,
            year,
            rel,
        } => {
            let y = match (year, rel) {
                (Some(y), _) => y,
                (None, Rel::Last) => {
                    if month < p.month() {
                        p.year()
                    } else {
                        p.year() - 1
                    }
                }
                (None, Rel::Next) => {
                    if month > p.month() {
                        p.year()
                    } else {
                        p.year() + 1
                    }
                }
                (None, _) => {
                    let here = ymd(p.year(), month, d.unwrap_or(1))?;
                    let cmp = if d.is_some() {
                        here.cmp(&p)
                    } else {
                        month.cmp(&p.month())
                    };
                    match (tense, cmp) {
                        (Some(Tense::Future), std::cmp::Ordering::Less) => p.year() + 1,
                        (Some(Tense::Past), std::cmp::Ordering::Greater) => p.year() - 1,
                        // Unknown tense: the nearest, within six months.
                        (None, _) => {
                            let gap = i64::from(month) - i64::from(p.month());
                            if gap > 6 {
                                p.year() - 1
                            } else if gap < -6 {
                                p.year() + 1
                            } else {
                                p.year()
                            }
                        }
                        _ => p.year(),
                    }
                }
            };
            match d {
                Some(d) => self::day(ymd(y, month, d)?),
                None => span(
                    ymd(y, month, 1)?,
                    month_end(y, month)?,
                    DatePrecision::Month,
                ),
            }
        }
        Raw::Date(d) => day(d),
        Raw::AbsYear(y, _) => years(y, y)?,
        Raw::Decade(d, part) => {
            let (a, b) = part_of(d, 10, part);
            span(
                ymd(d, 1, 1)?,
                ymd(b, 12, 31)?.max(ymd(a, 1, 1)?),
                DatePrecision::Decade,
            )
        }
        Raw::Ago(n, unit) => {
            let n = i64::from(n);
            match unit {
                Unit::Day => day(add_days(p, -n)?),
                Unit::Week => day(add_days(p, -7 * n)?),
                Unit::Month => {
                    let d = add_months(p, -n)?;
                    span(
                        ymd(d.year(), d.month(), 1)?,
                        month_end(d.year(), d.month())?,
                        DatePrecision::Month,
                    )
                }
                Unit::Year => {
                    let y = p.year() - i32::try_from(n).ok()?;
                    years(y, y)?
                }
                Unit::Decade => {
                    let y = p.year() - 10 * i32::try_from(n).ok()?;
                    let d = y - y.rem_euclid(10);
                    span(ymd(d, 1, 1)?, ymd(d + 9, 12, 31)?, DatePrecision::Decade)
                }
            }
        }
        Raw::Period(a, b) => years(a, b)?,
    };
    Some(Resolved { date, end })
}
