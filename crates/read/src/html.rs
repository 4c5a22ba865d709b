//! HTML pages to articles: charset decoding, parsing, main-text extraction and metadata.
//!
//! Parser choice: `scraper` (on html5ever, Servo's HTML5 parser). It implements the WHATWG
//! parsing algorithm, so unclosed `<p>`, stray end tags, misnested inline elements and
//! truncated documents are repaired the way browsers repair them, and it never fails or
//! panics on malformed input. `tl` is faster but does not implement the tree-building
//! rules, which makes the container scoring of the extractor unreliable on real pages.

use crate::extract::{extract, fragment_paragraphs};
use crate::meta::page_meta;
use dyad_model::{Article, Paragraph, Span};
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use scraper::Html;

/// The charset declaration is looked for in this many leading bytes, as browsers do.
const CHARSET_SNIFF: usize = 4096;

/// Decodes page bytes to text: BOM, then UTF-8 if the bytes are valid UTF-8, then
/// `<meta charset>`/`http-equiv`, else windows-1252 (the web's default for undeclared pages).
/// Undecodable bytes become U+FFFD, as in a browser.
pub fn decode_html(bytes: &[u8]) -> String {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return enc.decode(bytes).0.into_owned();
    }
    // Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the page declares: legacy
    // encodings almost never form valid UTF-8, while re-saved pages often keep a stale
    // declaration.
    if !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() {
        return String::from_utf8_lossy(bytes).into_owned();
    }
    let head = &bytes[..bytes.len().min(CHARSET_SNIFF)];
    let enc = declared_charset(head).unwrap_or(WINDOWS_1252);
    // A page declaring UTF-16 in ASCII bytes is really ASCII-compatible.
    let enc = if enc.is_ascii_compatible() {
        enc
    } else {
        UTF_8
    };
    enc.decode(bytes).0.into_owned()
}

/// The charset a page declares (`<meta charset>`, `http-equiv`) or an XML document
/// declares (`<?xml ... encoding="...">`).
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    for needle in [&b"charset"[..], &b"encoding"[..]] {
        let mut from = 0;
        while let Some(i) = find(&lower[from..], needle) {
            let mut j = from + i + needle.len();
            while j < lower.len() && matches!(lower[j], b' ' | b'=' | b'"' | b'\'') {
                j += 1;
            }
            let end = lower[j..]
                .iter()
                .position(|b| {
                    !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                })
                .map_or(lower.len(), |p| j + p);
            if let Some(enc) = Encoding::for_label(&lower[j..end]) {
                return Some(enc);
            }
            from = end.max(from + i + 1);
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Reads a whole page into an article (id left empty for the caller).
pub fn parse_html(page: &str) -> Article {
    let doc = Html::parse_document(page);
    let meta = page_meta(&doc);
    let found = extract(&doc);
    let (text, paragraphs) = join_paragraphs(&found.paragraphs);
    Article {
        title: meta.title,
        source: meta.site,
        byline: meta.byline.or(found.byline),
        published: meta.published,
        language: meta.language,
        url: meta.url,
        text,
        paragraphs,
        ..Article::default()
    }
}

/// The text of an HTML fragment (a feed item's description), every paragraph kept.
pub fn fragment_text(html: &str) -> (String, Vec<Paragraph>) {
    let doc = Html::parse_fragment(html);
    join_paragraphs(&fragment_paragraphs(&doc))
}

/// Joins paragraphs with blank lines, recording each one's span.
pub fn join_paragraphs(parts: &[String]) -> (String, Vec<Paragraph>) {
    let mut text = String::with_capacity(parts.iter().map(|p| p.len() + 2).sum());
    let mut spans = Vec::with_capacity(parts.len());
    for p in parts {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(p);
        spans.push(Paragraph {
            span: Span::new(start, text.len()),
        });
    }
    (text, spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charsets() {
        let cases: &[(&str, &[u8], &str)] = &[
            ("utf8 undeclared", "<p>Qırım</p>".as_bytes(), "Qırım"),
            (
                "latin1 declared",
                b"<meta charset=\"iso-8859-1\"><p>caf\xe9</p>",
                "café",
            ),
            ("cp1252 undeclared", b"<p>caf\xe9 \x93q\x94</p>", "café “q”"),
            ("bom", b"\xef\xbb\xbf<p>x</p>", "<p>x</p>"),
            (
                "xml encoding",
                b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>caf\xe9</t>",
                "café",
            ),
        ];
        for (name, bytes, want) in cases {
            assert!(
                decode_html(bytes).contains(want),
                "case {name}: {}",
                decode_html(bytes)
            );
        }
    }

    #[test]
    fn extracts_article_not_clutter() {
        let body =
            "The council met on Friday, and members argued for hours about the budget. ".repeat(4);
        let page = format!(
            r#"<html lang="fr"><head><title>Budget fight | Gazette</title></head><body>
            <nav><a href="/">Home</a> <a href="/w">World</a></nav>
            <div class="sidebar"><a href="/x">Most read one</a><a href="/y">Most read two</a></div>
            <article><h1>Budget fight</h1><p class="byline">By Ana Lopez</p>
            <p>{body}</p><p>{body}</p><p>Second, shorter, paragraph, with commas, here.</p></article>
            <div class="comments"><p>First comment, great article, thanks, really.</p></div>
            <footer>Copyright</footer></body></html>"#
        );
        let a = parse_html(&page);
        assert!(a.text.contains("The council met"), "{}", a.text);
        assert!(a.text.contains("Second, shorter"), "{}", a.text);
        for junk in ["Home", "Most read", "First comment", "Copyright"] {
            assert!(!a.text.contains(junk), "kept {junk}: {}", a.text);
        }
        assert_eq!(a.title.as_deref(), Some("Budget fight | Gazette"));
        assert_eq!(a.byline.as_deref(), Some("By Ana Lopez"));
        assert_eq!(a.language.as_deref(), Some("fr"));
        for p in &a.paragraphs {
            assert!(!p.span.slice(&a.text).is_empty());
        }
    }

    #[test]
    fn malformed_html_does_not_panic() {
        let long_nesting = "<div>".repeat(20_000) + "deep text" + &"</span>".repeat(5000);
        let cases: &[(&str, &str)] = &[
            ("unclosed", "<html><body><p>one<p>two<div><b>three"),
            ("stray end tags", "</p></div></body><p>text</html></html>"),
            ("garbage", "<<<>>><!--<p>&&&#xFFFFFFFF;<a href=\"x"),
            ("empty", ""),
            ("deep", &long_nesting),
        ];
        for (name, page) in cases {
            let a = parse_html(page);
            assert!(a.text.len() <= page.len() + 16, "case {name}");
        }
    }
}
