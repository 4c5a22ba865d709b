//! Class and id hints: words in `class`/`id` that mark blocks as content or as clutter.
//! The word lists follow what Readability-style extractors look for.

use regex::Regex;
use scraper::node::Element;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("class regex {pattern}: {e}"))
}

static UNLIKELY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|cookie|subscribe",
    )
});
static MAYBE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)and|article|body|column|content|main|mathjax|shadow"));
static POSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story")
});
static NEGATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget",
    )
});
static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)byline|author|dateline|writtenby|p-author"));

fn class_and_id(el: &Element) -> (&str, &str) {
    (el.attr("class").unwrap_or(""), el.attr("id").unwrap_or(""))
}

/// True when class or id say "clutter" (comments, sidebars, menus) and nothing says content.
pub fn is_unlikely(el: &Element) -> bool {
    let (class, id) = class_and_id(el);
    if class.is_empty() && id.is_empty() {
        return false;
    }
    let matches = |r: &Regex| r.is_match(class) || r.is_match(id);
    matches(&UNLIKELY) && !matches(&MAYBE)
}

/// +25 for each of class and id that hints at content, -25 for each that hints at clutter.
pub fn class_weight(el: &Element) -> f32 {
    let (class, id) = class_and_id(el);
    let mut w = 0.0;
    for s in [class, id] {
        if s.is_empty() {
            continue;
        }
        if NEGATIVE.is_match(s) {
            w -= 25.0;
        }
        if POSITIVE.is_match(s) {
            w += 25.0;
        }
    }
    w
}

/// True for an element that names the author: `rel=author`, `itemprop=author`, or a class
/// or id such as `byline`.
pub fn is_byline_hint(el: &Element) -> bool {
    if el.attr("rel") == Some("author") {
        return true;
    }
    if el.attr("itemprop").is_some_and(|p| p.contains("author")) {
        return true;
    }
    let (class, id) = class_and_id(el);
    BYLINE.is_match(class) || BYLINE.is_match(id)
}

/// True for elements hidden by `hidden`, `aria-hidden` or an inline `display:none`.
pub fn is_hidden(el: &Element) -> bool {
    if el.attr("hidden").is_some() {
        return true;
    }
    if el.attr("aria-hidden") == Some("true")
        && !el
            .attr("class")
            .is_some_and(|c| c.contains("fallback-image"))
    {
        return true;
    }
    el.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}
