//! One small input per format, written for these tests, read through the public API.

use dyad_read::{Columns, Format, Reader};
use std::io::Write;

fn read_all(name: &str, bytes: &[u8]) -> Vec<dyad_model::Article> {
    let reader = Reader::builder().build();
    reader
        .read_bytes(name, bytes)
        .map(|r| r.unwrap_or_else(|e| panic!("{name}: {e}")))
        .collect()
}

const WIRE: &str = "Mayors call for ceasefire: union\n\nWritten by AFP | Mostar | Updated: Jun 2 2016, 21:40pm hrs\nMOSTAR, June 2 (AFP) - Mayors of six towns called on Thursday for a ceasefire.\n\n\"We want quiet,\" one mayor said.\n";

#[test]
fn plain_text_wire_report() {
    let a = &read_all("wire.txt", WIRE.as_bytes())[0];
    assert_eq!(a.id, "wire.txt");
    assert_eq!(a.title.as_deref(), Some("Mayors call for ceasefire: union"));
    assert_eq!(a.source.as_deref(), Some("AFP"));
    assert_eq!(a.dateline.as_deref(), Some("MOSTAR"));
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2016-06-02 21:40:00")
    );
    assert!(a
        .byline
        .as_deref()
        .is_some_and(|b| b.starts_with("Written by AFP")));
    assert_eq!(a.paragraphs.len(), 2);
    assert_eq!(
        a.paragraphs[1].span.slice(&a.text),
        "\"We want quiet,\" one mayor said."
    );
    assert!(WIRE.contains(&a.text), "body is kept verbatim");
}

#[test]
fn sniffing_without_extension() {
    let cases: &[(&str, &[u8], Format)] = &[
        (
            "html",
            b"<!DOCTYPE html><html><body><p>x</p></body></html>",
            Format::Html,
        ),
        (
            "rss",
            b"<?xml version=\"1.0\"?><rss><channel></channel></rss>",
            Format::Feed,
        ),
        (
            "atom",
            b"<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>",
            Format::Feed,
        ),
        ("jsonl", b"{\"text\":\"x\"}\n", Format::Jsonl),
        ("warc", b"WARC/1.0\r\n", Format::Warc),
        ("text", b"Headline\n\nBody.", Format::Text),
    ];
    for (name, bytes, want) in cases {
        assert_eq!(Format::sniff(bytes), *want, "case {name}");
    }
    assert_eq!(Format::from_name("a/b/feed.XML.gz"), Some(Format::Feed));
    assert_eq!(Format::from_name("noext"), None);
}

#[test]
fn jsonl_allsides_and_default_columns() {
    let input = concat!(
        "{\"ID\": \"a1\", \"date\": \"2016-09-20\", \"source\": \"Daily\", \"authors\": \"Ann Lee\", \"title\": \"T1\", \"url\": \"http://x/1\", \"content_original\": \"First. Second.\"}\n",
        "\n",
        "{\"id\": 7, \"text\": \"Plain text.\", \"date\": \"Fri, 14 Mar 2014 10:00:00 GMT\"}\n",
    );
    let got = read_all("recs.jsonl", input.as_bytes());
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].id, "a1");
    assert_eq!(got[0].text, "First. Second.");
    assert_eq!(got[0].byline.as_deref(), Some("Ann Lee"));
    assert_eq!(got[0].url.as_deref(), Some("http://x/1"));
    assert_eq!(got[1].id, "7");
    assert_eq!(
        got[1].published.map(|d| d.to_string()).as_deref(),
        Some("2014-03-14 10:00:00")
    );
}

#[test]
fn csv_guardian_shape_and_custom_columns() {
    let guardian = "\"\",\"date\",\"text\",\"source\"\n\"3\",2019-04-10,\"Talks, held \"\"quietly\"\".\",\"Guardian\"\n";
    let got = read_all("g.csv", guardian.as_bytes());
    assert_eq!(got[0].id, "3");
    assert_eq!(got[0].text, "Talks, held \"quietly\".");
    assert_eq!(got[0].source.as_deref(), Some("Guardian"));
    let custom = "key,when,story\nk1,2020-01-02,Body here.\n";
    let reader = Reader::builder()
        .columns(Columns::default().id("key").date("when").text("story"))
        .build();
    let a = reader.read_bytes("c.csv", custom.as_bytes()).next();
    let a = a.and_then(Result::ok).unwrap_or_default();
    assert_eq!((a.id.as_str(), a.text.as_str()), ("k1", "Body here."));
    assert!(a.published.is_some());
}

#[test]
fn rss_and_atom_items() {
    let rss = r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
      <item><title>One</title><link>http://x/1</link><pubDate>Mon, 03 Mar 2014 08:00:00 GMT</pubDate>
        <description>&lt;p&gt;Short &lt;b&gt;one&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</description></item>
      <item><title>Two</title><guid>g2</guid><content:encoded><![CDATA[<p>Full <a href="/">text</a> two.</p>]]></content:encoded><description>teaser</description></item>
    </channel></rss>"#;
    let got = read_all("f.rss", rss.as_bytes());
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].text, "Short one.\n\nTwo.");
    assert_eq!(got[0].paragraphs.len(), 2);
    assert_eq!(got[0].source.as_deref(), Some("Wire"));
    assert_eq!(got[0].id, "http://x/1");
    assert_eq!(got[1].text, "Full text two.");
    assert_eq!(got[1].id, "g2");
    let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E</title>
      <link rel="alternate" href="http://x/e"/><updated>2014-03-03T08:00:00Z</updated>
      <author><name>Ann Lee</name></author><content type="html">&lt;p&gt;Entry text.&lt;/p&gt;</content></entry></feed>"#;
    let got = read_all("f.atom", atom.as_bytes());
    assert_eq!(got[0].url.as_deref(), Some("http://x/e"));
    assert_eq!(got[0].byline.as_deref(), Some("Ann Lee"));
    assert_eq!(got[0].text, "Entry text.");
    assert!(got[0].published.is_some());
}

fn warc_record(kind: &str, ctype: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

pub fn sample_warc() -> Vec<u8> {
    let page = "<html><head><title>Page</title></head><body><article><p>The delegates met in the hall, and they argued, and they voted, and they left.</p></article></body></html>";
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{page}");
    let mut w = warc_record(
        "warcinfo",
        "application/warc-fields",
        "",
        b"software: test\r\n",
    );
    w.extend(warc_record(
        "request",
        "application/http; msgtype=request",
        "http://x/p",
        b"GET /p HTTP/1.1\r\n\r\n",
    ));
    w.extend(warc_record(
        "response",
        "application/http; msgtype=response",
        "http://x/p",
        http.as_bytes(),
    ));
    w
}

#[test]
fn warc_and_gzip() {
    let w = sample_warc();
    let got = read_all("crawl.warc", &w);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].url.as_deref(), Some("http://x/p"));
    assert!(got[0].text.starts_with("The delegates met"));
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let _ = gz.write_all(&w);
    let bytes = gz.finish().unwrap_or_default();
    let got = read_all("crawl.warc.gz", &bytes);
    assert_eq!(got.len(), 1, "gzip looked through");
}

#[test]
fn directory_is_recursive_and_sorted() {
    let dir = std::env::temp_dir().join(format!("dyad-read-dir-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::create_dir_all(dir.join("sub"));
    let _ = std::fs::write(dir.join("b.txt"), "Body b.");
    let _ = std::fs::write(dir.join("sub/a.txt"), "Body a.");
    let _ = std::fs::write(dir.join("a.txt"), "Body first.");
    let _ = std::fs::write(dir.join(".hidden"), "no");
    let reader = Reader::builder().build();
    let texts: Vec<String> = reader
        .read_path(&dir)
        .filter_map(Result::ok)
        .map(|a| a.text)
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(texts, ["Body first.", "Body b.", "Body a."]);
}

#[test]
fn whole_json_documents() {
    let array = br#"[{"id": "j1", "text": "One."}, {"id": "j2", "text": "Two."}, 3]"#;
    let got: Vec<_> = Reader::builder()
        .build()
        .read_bytes("a.json", array)
        .collect();
    assert_eq!(got.len(), 3);
    assert_eq!(got[1].as_ref().map(|a| a.id.as_str()).ok(), Some("j2"));
    assert!(got[2].as_ref().is_err_and(|e| e.record == Some(3)));
    let pretty = b"{\n  \"title\": \"T\",\n  \"text\": \"Body.\"\n}\n";
    let got = read_all("one.json", pretty);
    assert_eq!(got[0].text, "Body.");
    let lines = b"{\"text\":\"a\"}\n{\"text\":\"b\"}\n";
    assert_eq!(
        read_all("lines.json", lines).len(),
        2,
        "JSON Lines named .json"
    );
}

#[test]
fn records_keep_their_datelines() {
    let input = concat!(
        "{\"id\":\"a\",\"text\":\"BAGHDAD - The police arrested five men.\"}\n",
        "{\"id\":\"b\",\"text\":\"KABUL, Afghanistan (Reuters) -- Talks resumed.\"}\n",
        "{\"id\":\"c\",\"text\":\"The police arrested five men.\"}\n",
    );
    let got: Vec<(Option<String>, Option<String>)> = read_all("recs.jsonl", input.as_bytes())
        .into_iter()
        .map(|a| (a.dateline, a.source))
        .collect();
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        got,
        [
            (s("BAGHDAD"), None),
            (s("KABUL, Afghanistan"), s("Reuters")),
            (None, None)
        ]
    );
}
