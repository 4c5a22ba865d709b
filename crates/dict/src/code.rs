//! Codes in `[...]` blocks: event codes of verbs and patterns, dated actor codes.

use crate::ErrorKind;
use chrono::NaiveDate;

/// The code of a verb or pattern: `[050]`, the paired `[040:040]`, `[:080]`, or the null
/// code `[---]` (matches, but codes nothing).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventCode {
    /// Code of the source-to-target event; empty when only the reverse is coded.
    pub forward: String,
    /// Code of the reverse (target-to-source) event of a paired code.
    pub reverse: Option<String>,
}

impl EventCode {
    /// Reads the inside of a `[...]` block.
    pub fn parse(inside: &str) -> Result<EventCode, ErrorKind> {
        let s = inside.trim();
        let ok = |p: &str| {
            p.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-+#".contains(c))
        };
        let (f, r) = match s.split_once(':') {
            Some((f, r)) => (f.trim(), Some(r.trim())),
            None => (s, None),
        };
        if (f.is_empty() && r.is_none_or(str::is_empty)) || !ok(f) || !r.is_none_or(ok) {
            return Err(ErrorKind::BadCode(inside.to_string()));
        }
        Ok(EventCode {
            forward: f.to_string(),
            reverse: r.filter(|r| !r.is_empty()).map(str::to_string),
        })
    }

    /// True for `[---]`: the verb or pattern is known and deliberately codes nothing.
    pub fn is_null(&self) -> bool {
        self.forward.starts_with("---") && self.reverse.is_none()
    }
}

/// When an actor code applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRange {
    /// No restriction: the default code.
    Always,
    /// `<DATE`: strictly before the date.
    Before(NaiveDate),
    /// `>DATE`: on or after the date.
    After(NaiveDate),
    /// `DATE-DATE`: from the first to the second date, both included.
    Between(NaiveDate, NaiveDate),
}

impl DateRange {
    /// True when the range holds `date`.
    pub fn contains(&self, date: NaiveDate) -> bool {
        match *self {
            DateRange::Always => true,
            DateRange::Before(d) => date < d,
            DateRange::After(d) => date >= d,
            DateRange::Between(a, b) => a <= date && date <= b,
        }
    }
}

/// One code of an actor with its date restriction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorCode {
    /// The CAMEO actor code ("UKRGOV"); `---` means a known non-actor.
    pub code: String,
    /// When it applies.
    pub range: DateRange,
}

impl ActorCode {
    /// Reads the inside of an actor `[...]` block: `CODE`, `CODE <D`, `CODE >D`, `CODE D-D`.
    /// A bare `CODE D` (seen in the Phoenix files) is read as `CODE >D`.
    pub fn parse(inside: &str) -> Result<ActorCode, ErrorKind> {
        let s = inside.trim();
        let bad = || ErrorKind::BadCode(inside.to_string());
        let (code, rest) = match s.find(|c: char| c.is_whitespace() || c == '<' || c == '>') {
            Some(i) => (&s[..i], s[i..].trim()),
            None => (s, ""),
        };
        if code.is_empty()
            || !code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-+#/~".contains(c))
        {
            return Err(bad());
        }
        let code = code.to_ascii_uppercase();
        let bad_date = || ErrorKind::BadDate(inside.to_string());
        let range = if rest.is_empty() {
            DateRange::Always
        } else if let Some(d) = rest.strip_prefix('<') {
            DateRange::Before(parse_date(d.trim()).ok_or_else(bad_date)?)
        } else if let Some(d) = rest.strip_prefix('>') {
            DateRange::After(parse_date(d.trim()).ok_or_else(bad_date)?)
        } else if let Some((a, b)) = rest.split_once('-') {
            let a = parse_date(a.trim()).ok_or_else(bad_date)?;
            let b = parse_date(b.trim()).ok_or_else(bad_date)?;
            DateRange::Between(a, b)
        } else {
            DateRange::After(parse_date(rest).ok_or_else(bad_date)?)
        };
        Ok(ActorCode { code, range })
    }
}

/// Reads `YYYYMMDD` or TABARI's `YYMMDD` (years 00-30 are 20xx, the rest 19xx).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    let (y, m, d) = match s.len() {
        8 => (num(0..4)? as i32, num(4..6)?, num(6..8)?),
        6 => {
            let yy = num(0..2)? as i32;
            (
                if yy <= 30 { 2000 + yy } else { 1900 + yy },
                num(2..4)?,
                num(4..6)?,
            )
        }
        _ => return None,
    };
    NaiveDate::from_ymd_opt(y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap_or_default()
    }

    #[test]
    fn event_codes() {
        type Case<'a> = (&'a str, Option<(&'a str, Option<&'a str>)>);
        let cases: &[Case] = &[
            ("050", Some(("050", None))),
            ("040:040", Some(("040", Some("040")))),
            (":080", Some(("", Some("080")))),
            ("---", Some(("---", None))),
            (" 0233 ", Some(("0233", None))),
            ("", None),
            ("0 5", None),
        ];
        for (input, want) in cases {
            let got = EventCode::parse(input).ok();
            let got = got
                .as_ref()
                .map(|c| (c.forward.as_str(), c.reverse.as_deref()));
            assert_eq!(got, *want, "case {input:?}");
        }
        assert!(EventCode::parse("---").is_ok_and(|c| c.is_null()));
    }

    #[test]
    fn actor_codes() {
        let cases: &[(&str, Option<(&str, DateRange)>)] = &[
            ("GON", Some(("GON", DateRange::Always))),
            (
                "HOB < 950601",
                Some(("HOB", DateRange::Before(d("19950601")))),
            ),
            (
                "HOBREB > 990816",
                Some(("HOBREB", DateRange::After(d("19990816")))),
            ),
            (
                "HOBCIV <20080120",
                Some(("HOBCIV", DateRange::Before(d("20080120")))),
            ),
            (
                "HOBGOV 19950601 - 19990815",
                Some(("HOBGOV", DateRange::Between(d("19950601"), d("19990815")))),
            ),
            (
                "MNEGOV 20121204",
                Some(("MNEGOV", DateRange::After(d("20121204")))),
            ),
            ("pse", Some(("PSE", DateRange::Always))),
            ("ARMUNR 9008223-911221", None),
            ("GBRGOV >201005011", None),
            ("", None),
        ];
        for (input, want) in cases {
            let got = ActorCode::parse(input).ok().map(|c| (c.code, c.range));
            let want = want.as_ref().map(|(c, r)| (c.to_string(), *r));
            assert_eq!(got, want, "case {input:?}");
        }
    }

    #[test]
    fn ranges() {
        let r = DateRange::Between(d("20080120"), d("20121109"));
        assert!(r.contains(d("20080120")) && r.contains(d("20121109")));
        assert!(!r.contains(d("20121110")));
        assert!(!DateRange::Before(d("19950601")).contains(d("19950601")));
        assert!(DateRange::After(d("19950601")).contains(d("19950601")));
    }
}
