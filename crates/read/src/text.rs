//! Plain-text wire reports: a headline line, an agency byline with an update time, then the
//! body, which may open with a dateline (`SIMFEROPOL, March 14 (AFP) -`).
//!
//! The body is kept byte for byte (only trailing whitespace is cut), so offsets computed on
//! [`Article::text`] point into the file's body unchanged.

use crate::date::parse_date;
use crate::para::paragraphs;
use dyad_model::Article;
use regex::Regex;
use std::sync::LazyLock;

/// A headline or byline longer than this is a paragraph of body text.
const MAX_HEADER_LINE: usize = 300;

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    // PLACE[, Region][, Month Day] [(Agency)] -
    Regex::new(concat!(
        r"^(?P<place>\p{Lu}[\p{Lu}'.\- ]{1,40}\p{Lu}\.?)",
        r"(?:,\s*(?P<region>\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?))?",
        r"(?:,?\s*(?P<month>\p{Lu}\p{Ll}{2,8}\.?)\s+(?P<day>\d{1,2})\.?(?:,\s*\d{4})?)?",
        r"\s*(?:\((?P<agency>[^)]{1,40})\))?",
        r"\s*(?:-{1,2}|–|—|:)\s"
    ))
    .unwrap_or_else(|e| panic!("dateline regex: {e}"))
});

/// The canonical name of a news agency named by `s` (`"Agence France-Presse"` gives `"AFP"`),
/// from [`dyad_model::agency`].
pub fn agency(s: &str) -> Option<&'static str> {
    dyad_model::agency::named(s).map(|a| a.name)
}

/// Reads a plain-text wire report into an article (id left empty for the caller).
pub fn parse_text(input: &str) -> Article {
    let mut art = Article::default();
    let lines = line_offsets(input);
    let non_blank: Vec<(usize, &str)> = lines
        .iter()
        .copied()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(3)
        .collect();
    let mut body_start = non_blank.first().map_or(input.len(), |(s, _)| *s);
    if let [(_, first), rest @ ..] = non_blank.as_slice() {
        let first = first.trim();
        let byline = rest.first().filter(|(_, l)| is_byline(l.trim()));
        let blank_after_first = lines
            .iter()
            .position(|(s, _)| *s == body_start)
            .and_then(|i| lines.get(i + 1))
            .is_some_and(|(_, l)| l.trim().is_empty());
        if is_headline(first) && (byline.is_some() || blank_after_first) {
            art.title = Some(first.to_string());
            body_start = rest.first().map_or(input.len(), |(s, _)| *s);
            if let Some((start, line)) = byline {
                read_byline(line.trim(), &mut art);
                body_start = start + line.len();
            }
        } else if is_byline(first) {
            read_byline(first, &mut art);
            body_start = non_blank[0].0 + non_blank[0].1.len();
        }
    }
    let body = input[body_start..].trim_start().trim_end();
    read_dateline(body, &mut art);
    art.text = body.to_string();
    art.paragraphs = paragraphs(&art.text);
    art
}

/// Sets the article's dateline (and its source, from an agency in brackets) when `body`
/// opens with one (`SIMFEROPOL, March 14 (AFP) -`, `BAGHDAD - `), also after an
/// agency's byline (`Canadian Press - VANCOUVER (CP) - `). The body keeps it.
pub(crate) fn read_dateline(body: &str, art: &mut Article) {
    let body = match agency_byline(body) {
        Some((a, rest)) => {
            art.source.get_or_insert_with(|| a.to_string());
            rest
        }
        None => body,
    };
    if let Some(c) = DATELINE.captures(body) {
        let place = c.name("place").map(|m| m.as_str().trim());
        let agency_ok = c.name("agency").map(|m| agency(m.as_str()));
        // A dateline is a place in capitals; "(AFP)" or a date makes it certain.
        if let Some(place) = place.filter(|p| p.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        {
            if agency_ok.is_some() || c.name("day").is_some() || place.len() >= 3 {
                // The region or country after the place is kept ("PARIS, Texas"): it tells
                // which Paris.
                art.dateline = Some(match c.name("region") {
                    Some(r) => format!("{place}, {}", r.as_str()),
                    None => place.to_string(),
                });
            }
        }
        if let Some(Some(a)) = agency_ok {
            art.source.get_or_insert_with(|| a.to_string());
        }
    }
}

/// An agency's name and a dash opening wire copy (`Reuters - `, `AP - `): the agency and
/// the text after it.
fn agency_byline(body: &str) -> Option<(&'static str, &str)> {
    // Agency names are short: the byline ends within this many bytes.
    const MAX_BYLINE: usize = 24;
    let dash = body.char_indices().take(MAX_BYLINE).find_map(|(i, _)| {
        [" - ", " -- ", " \u{2014} "]
            .iter()
            .find(|d| body[i..].starts_with(**d))
            .map(|d| (i, d.len()))
    })?;
    let name = agency(&body[..dash.0])?;
    Some((name, body[dash.0 + dash.1..].trim_start()))
}

/// Lines with their byte offsets (the line excludes its `\n`).
fn line_offsets(input: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in input.split_inclusive('\n') {
        out.push((pos, line.trim_end_matches(['\n', '\r'])));
        pos += line.len();
        if out.len() > 8 {
            break;
        }
    }
    out
}

fn is_headline(line: &str) -> bool {
    line.len() <= MAX_HEADER_LINE && !line.ends_with(['.', ',', ';']) && !DATELINE.is_match(line)
}

fn is_byline(line: &str) -> bool {
    if line.len() > MAX_HEADER_LINE || line.is_empty() {
        return false;
    }
    let lower = line.to_lowercase();
    let marker = [
        "written by",
        "updated:",
        "published:",
        "posted:",
        "last updated",
    ]
    .iter()
    .any(|m| lower.contains(m));
    marker
        || lower.starts_with("by ")
        || agency(line).is_some()
        || (line.contains(" | ") && line.split('|').any(|s| agency(strip_by(s)).is_some()))
}

fn strip_by(s: &str) -> &str {
    let t = s.trim();
    for prefix in ["Written by", "Posted by", "By", "BY", "written by", "by"] {
        if let Some(rest) = t.strip_prefix(prefix) {
            if rest.starts_with(' ') {
                return rest.trim();
            }
        }
    }
    t
}

/// Reads the parts of a byline line such as `Written by AFP | Simferopol | Updated: Mar 14
/// 2014, 19:14pm hrs` into source, byline, place and time.
fn read_byline(line: &str, art: &mut Article) {
    art.byline = Some(line.to_string());
    for part in line.split(['|', '•', '·']) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let lower = part.to_lowercase();
        let dated = ["updated", "published", "posted", "last updated"]
            .iter()
            .any(|m| lower.starts_with(m));
        // Index into `part`, not `lower`: lowercasing can change byte lengths.
        if let Some(i) = part.find(':').filter(|_| dated) {
            if let Some(d) = parse_date(&part[i + 1..]) {
                art.published = Some(d);
            }
            continue;
        }
        let who = strip_by(part);
        if let Some(a) = agency(who) {
            art.source.get_or_insert_with(|| a.to_string());
            continue;
        }
        if part.bytes().any(|b| b.is_ascii_digit()) {
            if let Some(d) = parse_date(part) {
                art.published.get_or_insert(d);
                continue;
            }
        }
        let words = who.split_whitespace().count();
        let titled = who.chars().next().is_some_and(char::is_uppercase);
        if who != part || !titled || words > 4 {
            continue; // an author name, kept in the byline as printed
        }
        if art.dateline.is_none() && words <= 3 {
            art.dateline = Some(who.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_headers() {
        // (name, input, title, source, dateline, published, text starts with)
        type Case = (
            &'static str,
            &'static str,
            Option<&'static str>,
            Option<&'static str>,
            Option<&'static str>,
            Option<&'static str>,
            &'static str,
        );
        let cases: &[Case] = &[
            (
                "seed form",
                "Leaders ask for help: envoy\n\nWritten by AFP | Kazan | Updated: Mar 2 2015, 08:05am hrs\nThe envoy said.\n\nMore.\n",
                Some("Leaders ask for help: envoy"), Some("AFP"), Some("Kazan"),
                Some("2015-03-02 08:05"), "The envoy said.",
            ),
            (
                "dateline with agency",
                "Talks stall\n\nODESA, May 3 (Reuters) - Talks stalled on Monday.\n",
                Some("Talks stall"), Some("Reuters"), Some("ODESA"), None,
                "ODESA, May 3 (Reuters) - Talks stalled",
            ),
            (
                "dateline with region",
                "KHARKIV, Ukraine (AP) — Crowds gathered.",
                None, Some("AP"), Some("KHARKIV, Ukraine"), None, "KHARKIV, Ukraine (AP)",
            ),
            (
                "by line",
                "Vote set for June\nBy Ana Lopez | Published: 2019-06-01 10:00\nThe vote.",
                Some("Vote set for June"), None, None, Some("2019-06-01 10:00"), "The vote.",
            ),
            (
                "unicode byline",
                "İSTANBUL TALKS\nBy İpek Ünal | Updated: 2 Mart 2020\nİSTANBUL (AFP) - Talks.",
                Some("İSTANBUL TALKS"), Some("AFP"), Some("İSTANBUL"), None, "İSTANBUL (AFP)",
            ),
            (
                "agency byline then dateline",
                "Canadian Press - VANCOUVER (CP) - The sister of a man said.",
                None, Some("Canadian Press"), Some("VANCOUVER"), None, "Canadian Press - VANCOUVER",
            ),
            (
                "agency byline alone",
                "Reuters - Iran said on Sunday.",
                None, Some("Reuters"), None, None, "Reuters - Iran",
            ),
            (
                "date after region",
                "PORT-AU-PRINCE, Haiti Oct. 2, 2004 - Gunmen fired.",
                None, None, Some("PORT-AU-PRINCE, Haiti"), None, "PORT-AU-PRINCE",
            ),
            (
                "body only",
                "The minister said the talks were over.\nHe left.",
                None, None, None, None, "The minister said",
            ),
        ];
        for (name, input, title, source, dateline, published, starts) in cases {
            let a = parse_text(input);
            assert_eq!(a.title.as_deref(), *title, "case {name}: title");
            assert_eq!(a.source.as_deref(), *source, "case {name}: source");
            assert_eq!(a.dateline.as_deref(), *dateline, "case {name}: dateline");
            let p = a.published.map(|d| d.format("%Y-%m-%d %H:%M").to_string());
            assert_eq!(p.as_deref(), *published, "case {name}: published");
            assert!(a.text.starts_with(starts), "case {name}: text {:?}", a.text);
            assert!(input.contains(&a.text), "case {name}: body kept verbatim");
        }
    }
}
