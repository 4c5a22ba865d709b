//! RSS 2.0, RSS 1.0 (RDF) and Atom feeds: every `<item>`/`<entry>` is an article; its
//! HTML (`content:encoded`, `content`, `description`, `summary`) goes through the HTML
//! fragment renderer.

use crate::date::parse_date;
use crate::error::{ErrorKind, ReadError};
use crate::html::fragment_text;
use crate::meta::clean;
use crate::para::paragraphs;
use dyad_model::Article;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader as XmlReader;

/// Items nested deeper than this are not in any real feed; the limit bounds the work
/// a hostile document can ask for.
const MAX_DEPTH: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Link,
    Summary,
    Content,
    Published,
    Updated,
    Author,
    Id,
}

#[derive(Default)]
struct Item {
    title: String,
    link: String,
    summary: String,
    content: String,
    published: String,
    updated: String,
    author: String,
    id: String,
    line: usize,
}

impl Item {
    fn slot(&mut self, f: Field) -> &mut String {
        match f {
            Field::Title => &mut self.title,
            Field::Link => &mut self.link,
            Field::Summary => &mut self.summary,
            Field::Content => &mut self.content,
            Field::Published => &mut self.published,
            Field::Updated => &mut self.updated,
            Field::Author => &mut self.author,
            Field::Id => &mut self.id,
        }
    }
}

fn field_of(name: &[u8], in_author: bool) -> Option<Field> {
    Some(match name {
        b"title" => Field::Title,
        b"link" => Field::Link,
        b"description" | b"summary" => Field::Summary,
        b"content:encoded" | b"content" => Field::Content,
        b"pubDate" | b"pubdate" | b"published" | b"dc:date" | b"issued" => Field::Published,
        b"updated" | b"modified" => Field::Updated,
        b"dc:creator" | b"creator" => Field::Author,
        b"name" if in_author => Field::Author,
        b"author" if !in_author => Field::Author,
        b"guid" | b"id" => Field::Id,
        _ => return None,
    })
}

fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The articles of a feed. An XML error ends the feed with an error naming its line, after
/// the items read before it.
pub fn read_feed(name: &str, text: &str) -> Vec<Result<Article, ReadError>> {
    let mut reader = XmlReader::from_str(text);
    reader.config_mut().check_end_names = false;
    let mut out = Vec::new();
    let mut item: Option<Item> = None;
    let mut field: Option<(Field, usize)> = None;
    let (mut depth, mut author_depth) = (0usize, None::<usize>);
    let mut channel_title: Option<String> = None;
    let mut in_channel_title = false;
    let mut channel_buf = String::new();
    loop {
        let pos = reader.buffer_position() as usize;
        let event = match reader.read_event() {
            Ok(e) => e,
            Err(e) => {
                let err = ReadError::new(ErrorKind::Xml(e.to_string()), name)
                    .at_line(line_at(text, reader.error_position() as usize))
                    .at_record(out.len() + 1);
                out.push(Err(err));
                break;
            }
        };
        match event {
            Event::Start(e) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    let err = ReadError::new(ErrorKind::Xml("nesting too deep".into()), name)
                        .at_line(line_at(text, pos));
                    out.push(Err(err));
                    break;
                }
                let qname = e.name();
                let tag = qname.as_ref();
                if tag == b"item" || tag == b"entry" {
                    item = Some(Item {
                        line: line_at(text, pos),
                        ..Item::default()
                    });
                    field = None;
                } else if let Some(it) = item.as_mut() {
                    if tag == b"author" {
                        author_depth = Some(depth);
                    }
                    if tag == b"link" {
                        atom_link(&e, it);
                    }
                    if field.is_none() {
                        field = field_of(tag, author_depth.is_some()).map(|f| (f, depth));
                    }
                } else if tag == b"title" && channel_title.is_none() {
                    in_channel_title = true;
                }
            }
            Event::Empty(e) => {
                if let Some(it) = item.as_mut() {
                    if e.name().as_ref() == b"link" {
                        atom_link(&e, it);
                    }
                }
            }
            Event::Text(t) => {
                let s = t
                    .unescape()
                    .map(|c| c.into_owned())
                    .unwrap_or_else(|_| String::from_utf8_lossy(&t).into_owned());
                append(&mut item, field, &s, in_channel_title, &mut channel_buf);
            }
            Event::CData(t) => {
                let s = String::from_utf8_lossy(&t).into_owned();
                append(&mut item, field, &s, in_channel_title, &mut channel_buf);
            }
            Event::End(e) => {
                let qname = e.name();
                let tag = qname.as_ref();
                if field.is_some_and(|(_, d)| d == depth) {
                    field = None;
                }
                if author_depth == Some(depth) {
                    author_depth = None;
                }
                if in_channel_title {
                    in_channel_title = false;
                    channel_title = Some(clean(&channel_buf)).filter(|t| !t.is_empty());
                }
                if (tag == b"item" || tag == b"entry") && item.is_some() {
                    if let Some(it) = item.take() {
                        let n = out.len() + 1;
                        out.push(to_article(it, name, n, channel_title.as_deref()));
                    }
                }
                depth = depth.saturating_sub(1);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if out.is_empty() {
        let msg = "no <item> or <entry> in the feed".to_string();
        out.push(Err(ReadError::new(ErrorKind::Xml(msg), name)));
    }
    out
}

fn append(
    item: &mut Option<Item>,
    field: Option<(Field, usize)>,
    s: &str,
    in_channel_title: bool,
    channel_buf: &mut String,
) {
    match (item.as_mut(), field) {
        (Some(it), Some((f, _))) => it.slot(f).push_str(s),
        (None, _) if in_channel_title => channel_buf.push_str(s),
        _ => {}
    }
}

/// Atom's `<link rel="alternate" href="...">` (or without `rel`).
fn atom_link(e: &BytesStart<'_>, it: &mut Item) {
    let (mut href, mut rel) = (None, None);
    for attr in e.attributes().flatten() {
        let value = attr.unescape_value().map(|v| v.into_owned()).ok();
        match attr.key.as_ref() {
            b"href" => href = value,
            b"rel" => rel = value,
            _ => {}
        }
    }
    if let Some(h) = href {
        if it.link.is_empty() && !matches!(rel.as_deref(), Some(r) if r != "alternate") {
            it.link = h;
        }
    }
}

fn to_article(it: Item, name: &str, n: usize, channel: Option<&str>) -> Result<Article, ReadError> {
    let body = if it.content.trim().is_empty() {
        &it.summary
    } else {
        &it.content
    };
    let (text, paras) = if body.contains('<') {
        fragment_text(body)
    } else {
        let t = body.trim().to_string();
        let p = paragraphs(&t);
        (t, p)
    };
    if text.trim().is_empty() {
        return Err(ReadError::new(ErrorKind::NoText, name)
            .at_line(it.line)
            .at_record(n));
    }
    let opt = |s: &str| Some(clean(s)).filter(|s| !s.is_empty());
    let date = if it.published.trim().is_empty() {
        &it.updated
    } else {
        &it.published
    };
    Ok(Article {
        id: opt(&it.id)
            .or_else(|| opt(&it.link))
            .unwrap_or_else(|| format!("{name}#{n}")),
        title: opt(&it.title),
        source: channel.map(str::to_string),
        byline: opt(&it.author),
        published: parse_date(date.trim()),
        url: opt(&it.link),
        text,
        paragraphs: paras,
        ..Article::default()
    })
}
