//! WARC files (ISO 28500): every `response` record holding an HTML page, and every
//! `resource` record of type `text/html`, becomes an article. A small hand-written record
//! reader: the format is a header block and a `Content-Length`-framed body, and the crates
//! that read it pull in far more than that.

use crate::error::{ErrorKind, ReadError};
use crate::html::{decode_html, parse_html};
use dyad_model::Article;
use flate2::read::MultiGzDecoder;
use std::io::Read;

/// A page larger than this after decompression is not an article; bounds a gzip bomb.
const MAX_PAGE: usize = 32 << 20;

struct Record<'a> {
    headers: Vec<(String, String)>,
    block: &'a [u8],
    line: usize,
}

impl Record<'_> {
    fn header(&self, key: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }
}

/// The articles of a (decompressed) WARC file.
pub fn read_warc(name: &str, data: &[u8]) -> Vec<Result<Article, ReadError>> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut n = 0;
    let line_at = |p: usize| {
        data[..p.min(data.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    };
    while pos < data.len() {
        while pos < data.len() && matches!(data[pos], b'\r' | b'\n') {
            pos += 1;
        }
        if pos >= data.len() {
            break;
        }
        n += 1;
        let err = |msg: &str, p: usize| {
            ReadError::new(ErrorKind::Warc(msg.to_string()), name)
                .at_line(line_at(p))
                .at_record(n)
        };
        if !data[pos..].starts_with(b"WARC/") {
            out.push(Err(err("expected a WARC/ version line", pos)));
            // Resynchronise on the next record, if any.
            match find(&data[pos..], b"\nWARC/") {
                Some(i) => {
                    pos += i + 1;
                    continue;
                }
                None => break,
            }
        }
        let Some(head_len) = find(&data[pos..], b"\r\n\r\n")
            .map(|i| i + 4)
            .or_else(|| find(&data[pos..], b"\n\n").map(|i| i + 2))
        else {
            out.push(Err(err("truncated record header", pos)));
            break;
        };
        let head = String::from_utf8_lossy(&data[pos..pos + head_len]);
        let headers: Vec<(String, String)> = head
            .lines()
            .skip(1)
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect();
        let line = line_at(pos);
        let body_start = pos + head_len;
        let len = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
            .and_then(|(_, v)| v.parse::<usize>().ok());
        let Some(len) = len else {
            out.push(Err(err("missing or bad Content-Length", pos)));
            match find(&data[body_start..], b"\nWARC/") {
                Some(i) => {
                    pos = body_start + i + 1;
                    continue;
                }
                None => break,
            }
        };
        let Some(block) = body_start
            .checked_add(len)
            .and_then(|end| data.get(body_start..end))
        else {
            out.push(Err(err("truncated record body", pos)));
            break;
        };
        pos = body_start + len;
        let rec = Record {
            headers,
            block,
            line,
        };
        if let Some(result) = record_article(&rec, name, n) {
            out.push(result);
        }
    }
    out
}

/// The article of a record, or `None` for records that hold no page (requests, metadata).
fn record_article(rec: &Record<'_>, name: &str, n: usize) -> Option<Result<Article, ReadError>> {
    let kind = rec.header("WARC-Type").unwrap_or("");
    let ctype = rec
        .header("Content-Type")
        .unwrap_or("")
        .to_ascii_lowercase();
    let err = |msg: &str| {
        ReadError::new(ErrorKind::Warc(msg.to_string()), name)
            .at_line(rec.line)
            .at_record(n)
    };
    let page: Vec<u8> = match kind {
        "response" if ctype.contains("application/http") => {
            let (head, body) = split_http(rec.block)?;
            let head = String::from_utf8_lossy(head).to_ascii_lowercase();
            let http_type = head.lines().find_map(|l| l.strip_prefix("content-type:"));
            if http_type.is_some_and(|t| !t.contains("html")) {
                return None;
            }
            let status_ok = head
                .split_whitespace()
                .nth(1)
                .is_some_and(|s| s.starts_with('2'));
            if !status_ok {
                return None;
            }
            let mut body = body.to_vec();
            if head.contains("transfer-encoding: chunked") {
                match dechunk(&body) {
                    Some(b) => body = b,
                    None => return Some(Err(err("bad chunked HTTP body"))),
                }
            }
            if head.contains("content-encoding: gzip") {
                let mut plain = Vec::new();
                let mut dec = MultiGzDecoder::new(body.as_slice()).take(MAX_PAGE as u64 + 1);
                if dec.read_to_end(&mut plain).is_err() {
                    return Some(Err(err("bad gzip HTTP body")));
                }
                if plain.len() > MAX_PAGE {
                    return Some(Err(err("page larger than the limit")));
                }
                body = plain;
            }
            body
        }
        "resource" if ctype.contains("html") => rec.block.to_vec(),
        _ => return None,
    };
    let mut article = parse_html(&decode_html(&page));
    if article.text.trim().is_empty() {
        return Some(Err(ReadError::new(ErrorKind::NoText, name)
            .at_line(rec.line)
            .at_record(n)));
    }
    let uri = rec
        .header("WARC-Target-URI")
        .map(|u| u.trim_matches(['<', '>']).to_string());
    if article.url.is_none() {
        article.url = uri.clone();
    }
    article.id = uri
        .or_else(|| rec.header("WARC-Record-ID").map(str::to_string))
        .unwrap_or_else(|| format!("{name}#{n}"));
    Some(Ok(article))
}

fn split_http(block: &[u8]) -> Option<(&[u8], &[u8])> {
    if let Some(i) = find(block, b"\r\n\r\n") {
        return Some((&block[..i], &block[i + 4..]));
    }
    find(block, b"\n\n").map(|i| (&block[..i], &block[i + 2..]))
}

fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let eol = find(body, b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..eol]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body.strip_prefix(b"\r\n").unwrap_or(body);
    }
}

pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}
