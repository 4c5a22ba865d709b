//! HTML entities in wire copy, whole (`&amp;`, `&#39;`) or with their ampersand lost to
//! a space (`Burundi #39;s`), and markup or tickers escaped as text (`&lt;b&gt;`,
//! `&lt;DELL.O&gt;`), read for [`crate::wire::clean`].

use std::borrow::Cow;

/// Longest escaped tag removed (`&lt;A HREF="..."&gt;`), in bytes: real ones are under
/// 200; the cap keeps a stray `&lt;` from making the search run to the end of the text.
const MAX_TAG_BYTES: usize = 400;

/// Named entities decoded, with their text.
const NAMED: &[(&str, &str)] = &[
    ("quot", "\""),
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("apos", "'"),
    ("nbsp", " "),
    ("hellip", "..."),
    ("mdash", "\u{2014}"),
    ("ndash", "\u{2013}"),
    ("lsquo", "\u{2018}"),
    ("rsquo", "\u{2019}"),
    ("ldquo", "\u{201c}"),
    ("rdquo", "\u{201d}"),
];

/// Markup tags removed when written escaped (`&lt;b&gt;`, `&lt;/A&gt;`).
const TAGS: &[&str] = &[
    "a", "b", "i", "u", "p", "br", "em", "strong", "font", "span", "div", "img", "sup", "sub",
];

/// An entity name and `;` at `k` (after its `&` or the space that replaced it): its end
/// and text.
pub(crate) fn entity(text: &str, k: usize) -> Option<(usize, &'static str)> {
    let rest = text.get(k..)?;
    let semi = rest.as_bytes().iter().take(8).position(|&c| c == b';')?;
    let name = &rest[..semi];
    let with = match name.strip_prefix('#') {
        Some(num) => numeric(num)?,
        None => NAMED.iter().find(|(n, _)| *n == name).map(|(_, w)| *w)?,
    };
    Some((k + semi + 1, with))
}

/// `39`, `x27`, and the Windows-1252 codes wire copy carries (`146` for `’`).
fn numeric(num: &str) -> Option<&'static str> {
    let code = match num.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => num.parse::<u32>().ok()?,
    };
    Some(match code {
        34 => "\"",
        36 => "$",
        38 => "&",
        39 => "'",
        60 => "<",
        62 => ">",
        133 | 8230 => "...",
        145 | 8216 => "\u{2018}",
        146 | 8217 => "\u{2019}",
        147 | 8220 => "\u{201c}",
        148 | 8221 => "\u{201d}",
        150 | 8211 => "\u{2013}",
        151 | 8212 => "\u{2014}",
        160 => " ",
        _ => return None,
    })
}

/// An escaped tag or ticker (`&lt;/b&gt;`, `&lt;DELL.O&gt;`) opening with the `<` that
/// ends at `end`: removed, read as a space.
pub(crate) fn escaped_tag(
    text: &str,
    i: usize,
    end: usize,
    with: &str,
) -> Option<(usize, usize, Cow<'static, str>)> {
    if with != "<" {
        return None;
    }
    let limit = floor_boundary(text, (end + MAX_TAG_BYTES).min(text.len()));
    let window = &text[end..limit];
    let close = ["&gt;", " gt;"]
        .iter()
        .filter_map(|g| window.find(g).map(|p| (p, g.len())))
        .min()?;
    let inner = &window[..close.0];
    let name_end = inner
        .find(|c: char| !c.is_ascii_alphanumeric() && c != '/')
        .unwrap_or(inner.len());
    let name = inner[..name_end]
        .trim_start_matches('/')
        .to_ascii_lowercase();
    let is_tag = TAGS.contains(&name.as_str()) && !inner[name_end..].contains(['<', '>']);
    let is_ticker = inner.len() <= 12
        && inner.split_once('.').is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && b.len() <= 3
                && a.bytes()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && b.bytes().all(|c| c.is_ascii_uppercase())
        });
    (is_tag || is_ticker).then_some((i, end + close.0 + close.1, Cow::Borrowed(" ")))
}

fn floor_boundary(text: &str, mut k: usize) -> usize {
    while !text.is_char_boundary(k) {
        k -= 1;
    }
    k
}
