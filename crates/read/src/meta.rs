//! Page metadata: title, byline, date, language, canonical URL and site name, from
//! JSON-LD, `<meta>` (Open Graph, Dublin Core, `article:*`, `name=author`), `<link
//! rel=canonical>`, `<time>`, `<html lang>` and `<title>`.

use crate::date::parse_date;
use chrono::NaiveDateTime;
use scraper::{Html, Node};
use serde_json::Value;
use std::collections::HashMap;

/// JSON-LD blocks larger than this are data dumps, not article metadata.
const MAX_JSON_LD: usize = 1 << 20;

/// What the page says about itself.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PageMeta {
    /// Headline.
    pub title: Option<String>,
    /// Author(s) as one string.
    pub byline: Option<String>,
    /// Publication time.
    pub published: Option<NaiveDateTime>,
    /// Primary language subtag, lowercase (`en`).
    pub language: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Site or publisher name.
    pub site: Option<String>,
}

#[derive(Default)]
struct JsonLd {
    title: Option<String>,
    author: Option<String>,
    date: Option<String>,
    url: Option<String>,
    publisher: Option<String>,
}

/// Reads the metadata of a parsed page.
pub fn page_meta(doc: &Html) -> PageMeta {
    let mut metas: HashMap<String, String> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let (mut canonical, mut lang, mut title_tag, mut time_tag) = (None, None, None, None);
    let mut headings: Vec<String> = Vec::new();
    let mut ld = JsonLd::default();
    for node in doc.tree.root().descendants() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        match el.name() {
            "html" => lang = lang.or(el.attr("lang").or(el.attr("xml:lang")).map(str::to_string)),
            "meta" => {
                let key = el
                    .attr("property")
                    .or(el.attr("name"))
                    .or(el.attr("itemprop"));
                let key = key.or(el.attr("http-equiv"));
                if let (Some(k), Some(v)) = (key, el.attr("content")) {
                    let v = clean(v);
                    if !v.is_empty() {
                        // `property` may hold several space-separated names.
                        for k in k.split_whitespace() {
                            let k = k.to_lowercase();
                            if let std::collections::hash_map::Entry::Vacant(e) =
                                metas.entry(k.clone())
                            {
                                order.push(k);
                                e.insert(v.clone());
                            }
                        }
                    }
                }
            }
            "link"
                if el
                    .attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
            {
                canonical = canonical.or(el.attr("href").map(str::to_string));
            }
            "title" if title_tag.is_none() => title_tag = Some(clean(&text_of(node))),
            "time" if time_tag.is_none() => {
                time_tag = el.attr("datetime").map(str::to_string);
            }
            "h1" | "h2" if headings.len() < 20 => headings.push(clean(&text_of(node))),
            "script" if el.attr("type").is_some_and(|t| t.contains("ld+json")) => {
                let src = text_of(node);
                if src.len() <= MAX_JSON_LD {
                    let body = src.trim();
                    let body = body.strip_prefix("<![CDATA[").unwrap_or(body);
                    let body = body.trim().strip_suffix("]]>").unwrap_or(body).trim();
                    if let Ok(v) = serde_json::from_str::<Value>(body) {
                        read_json_ld(&v, &mut ld, 0);
                    }
                }
            }
            _ => {}
        }
    }
    let get = |keys: &[&str]| keys.iter().find_map(|k| metas.get(*k).cloned());
    let title = ld
        .title
        .or_else(|| {
            get(&[
                "dc:title",
                "dcterm:title",
                "og:title",
                "title",
                "twitter:title",
            ])
        })
        .or_else(|| title_tag.as_deref().map(|t| clean_title(t, &headings)))
        .filter(|t| !t.is_empty());
    let byline = ld
        .author
        .or_else(|| get(&["dc:creator", "dcterm:creator", "author", "parsely-author"]))
        .or_else(|| get(&["article:author"]).filter(|a| !a.starts_with("http")));
    let date_text = ld.date.or_else(|| {
        get(&[
            "article:published_time",
            "dcterms.available",
            "dcterms.created",
            "dcterms.issued",
            "parsely-pub-date",
            "og:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "date",
            "sailthru.date",
            "dc.date",
            "dc.date.issued",
        ])
    });
    // Sites name their own date fields ("article_date_original", "cxenseparse:recs:
    // publishtime"): any other key naming publication, in page order, parsed as a date.
    let date_text = date_text.or_else(|| {
        order
            .iter()
            .filter(|k| {
                (k.contains("publish") || k.contains("date_original") || k.contains("created"))
                    && !k.contains("modif")
                    && !k.contains("update")
                    && !k.contains("epoch")
            })
            .filter_map(|k| metas.get(k.as_str()))
            .find(|v| parse_date(v).is_some())
            .cloned()
    });
    let published = date_text.or(time_tag).as_deref().and_then(parse_date);
    let language = lang
        .or_else(|| get(&["content-language", "og:locale", "language"]))
        .and_then(|l| {
            let primary = l.split(['-', '_']).next()?.trim().to_lowercase();
            (2..=3).contains(&primary.len()).then_some(primary)
        });
    let url = canonical
        .or(ld.url)
        .or_else(|| get(&["og:url"]))
        .filter(|u| !u.is_empty());
    let site = get(&["og:site_name"]).or(ld.publisher);
    PageMeta {
        title,
        byline,
        published,
        language,
        url,
        site,
    }
}

/// Text of all text nodes below `node`, concatenated.
fn text_of(node: ego_tree::NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            s.push_str(t);
        }
    }
    s
}

/// Whitespace collapsed and trimmed.
pub(crate) fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn read_json_ld(v: &Value, ld: &mut JsonLd, depth: usize) {
    // JSON-LD nests @graph in arrays; deeper than this is not metadata.
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| read_json_ld(i, ld, depth + 1)),
        Value::Object(map) => {
            if let Some(g) = map.get("@graph") {
                read_json_ld(g, ld, depth + 1);
            }
            let is_article = match map.get("@type") {
                Some(Value::String(t)) => is_article_type(t),
                Some(Value::Array(ts)) => {
                    ts.iter().any(|t| t.as_str().is_some_and(is_article_type))
                }
                _ => false,
            };
            if !is_article {
                return;
            }
            let s = |k: &str| {
                map.get(k)
                    .and_then(Value::as_str)
                    .map(clean)
                    .filter(|x| !x.is_empty())
            };
            ld.title = ld
                .title
                .take()
                .or_else(|| s("headline"))
                .or_else(|| s("name"));
            ld.date = ld.date.take().or_else(|| s("datePublished"));
            ld.url = ld.url.take().or_else(|| s("url"));
            if ld.author.is_none() {
                ld.author = map.get("author").and_then(author_names);
            }
            if ld.publisher.is_none() {
                ld.publisher = map.get("publisher").and_then(author_names);
            }
        }
        _ => {}
    }
}

fn is_article_type(t: &str) -> bool {
    t.ends_with("Article")
        || matches!(
            t,
            "BlogPosting"
                | "LiveBlogPosting"
                | "SocialMediaPosting"
                | "DiscussionForumPosting"
                | "Report"
        )
}

fn author_names(v: &Value) -> Option<String> {
    let name = |v: &Value| match v {
        Value::String(s) => Some(clean(s)),
        Value::Object(m) => m.get("name").and_then(Value::as_str).map(clean),
        _ => None,
    };
    let names: Vec<String> = match v {
        Value::Array(items) => items.iter().filter_map(name).collect(),
        other => name(other).into_iter().collect(),
    };
    let names: Vec<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// The headline inside a `<title>` that also names the site (`Headline | Site`).
fn clean_title(orig: &str, headings: &[String]) -> String {
    const SEPS: &[char] = &['|', '-', '–', '—', '\\', '/', '>', '»'];
    let words = |s: &str| s.split_whitespace().count();
    let orig_words = words(orig);
    let mut cur = orig.to_string();
    let mut hierarchical = false;
    let sep_at = |s: &str| -> Vec<usize> {
        s.char_indices()
            .filter(|&(i, c)| {
                SEPS.contains(&c) && s[..i].ends_with(' ') && s[i + c.len_utf8()..].starts_with(' ')
            })
            .map(|(i, _)| i)
            .collect()
    };
    let seps = sep_at(orig);
    if let (Some(&first), Some(&last)) = (seps.first(), seps.last()) {
        hierarchical = seps
            .iter()
            .any(|&i| !orig[i..].starts_with(['-', '–', '—']));
        cur = orig[..last].trim().to_string();
        if words(&cur) < 3 {
            let c = orig[first..].chars().next().map_or(1, char::len_utf8);
            cur = orig[first + c..].trim().to_string();
        }
    } else if let Some(i) = orig.find(": ") {
        if !headings.iter().any(|h| h == orig) {
            cur = orig[orig.rfind(':').unwrap_or(i) + 1..].trim().to_string();
            if words(&cur) < 3 {
                cur = orig[i + 1..].trim().to_string();
            } else if words(&orig[..i]) > 5 {
                cur = orig.to_string();
            }
        }
    } else if orig.len() > 150 || orig.len() < 15 {
        if let [h] = headings {
            cur = h.clone();
        }
    }
    let cw = words(&cur);
    if cw <= 4 && (!hierarchical || cw + 1 != orig_words) {
        cur = orig.to_string();
    }
    cur
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_cleaning() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "site suffix",
                "Talks collapse over border dispute | Daily Planet",
                "Talks collapse over border dispute",
            ),
            (
                "dash suffix",
                "Talks collapse over border dispute - Daily Planet",
                "Talks collapse over border dispute",
            ),
            ("short keeps", "Home | Site", "Home | Site"),
            (
                "colon",
                "World: Talks collapse over the border dispute",
                "Talks collapse over the border dispute",
            ),
            (
                "plain",
                "Talks collapse over border dispute",
                "Talks collapse over border dispute",
            ),
        ];
        for (name, input, want) in cases {
            assert_eq!(clean_title(input, &[]), *want, "case {name}");
        }
    }

    #[test]
    fn meta_sources() {
        let page = r#"<html lang="en-GB"><head><title>T | S</title>
            <meta property="og:title" content="OG headline">
            <meta name="author" content="Ana Lopez">
            <meta property="article:published_time" content="2019-06-01T10:00:00+02:00">
            <link rel="canonical" href="https://example.org/a">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline",
              "author":[{"@type":"Person","name":"B One"},{"name":"C Two"}]}</script>
            </head><body><p>x</p></body></html>"#;
        let m = page_meta(&Html::parse_document(page));
        assert_eq!(m.title.as_deref(), Some("LD headline"));
        assert_eq!(m.byline.as_deref(), Some("B One, C Two"));
        assert_eq!(
            m.published.map(|d| d.to_string()).as_deref(),
            Some("2019-06-01 10:00:00")
        );
        assert_eq!(m.language.as_deref(), Some("en"));
        assert_eq!(m.url.as_deref(), Some("https://example.org/a"));
    }
}
