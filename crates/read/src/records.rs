//! JSONL and CSV records, read as streams: one article per line or row.

use crate::columns::Columns;
use crate::date::parse_date;
use crate::error::{ErrorKind, ReadError};
use crate::para::paragraphs;
use dyad_model::Article;
use serde_json::{Map, Value};
use std::io::{BufRead, Read};

/// A JSON line or CSV record longer than this is corrupt or not an article (a whole
/// newspaper archive is a few MB); refusing it bounds memory per item.
pub const MAX_RECORD: usize = 16 << 20;

/// The articles of a JSON Lines stream, one `Result` per non-blank line.
pub fn jsonl<'a>(
    name: String,
    mut input: Box<dyn BufRead + 'a>,
    columns: Columns,
) -> impl Iterator<Item = Result<Article, ReadError>> + 'a {
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    let mut failed = false;
    std::iter::from_fn(move || loop {
        if failed {
            return None;
        }
        buf.clear();
        line_no += 1;
        let limit = (MAX_RECORD + 1) as u64;
        let n = match input.by_ref().take(limit).read_until(b'\n', &mut buf) {
            Ok(n) => n,
            Err(e) => {
                // A failed stream (truncated gzip, I/O error) cannot be resumed: stop here.
                failed = true;
                return Some(Err(io_error(&name, e).at_line(line_no)));
            }
        };
        if n == 0 {
            return None;
        }
        if buf.len() > MAX_RECORD && !buf.ends_with(b"\n") {
            // Skip the rest of the over-long line.
            let mut sink = Vec::new();
            loop {
                sink.clear();
                match input.by_ref().take(1 << 20).read_until(b'\n', &mut sink) {
                    Ok(0) | Err(_) => break,
                    Ok(_) if sink.ends_with(b"\n") => break,
                    Ok(_) => {}
                }
            }
            let err = ReadError::new(ErrorKind::TooLarge { limit: MAX_RECORD }, &name);
            return Some(Err(err.at_line(line_no)));
        }
        let line = match std::str::from_utf8(&buf) {
            Ok(s) => s.trim(),
            Err(e) => {
                let kind = ErrorKind::InvalidUtf8 {
                    offset: e.valid_up_to(),
                };
                return Some(Err(ReadError::new(kind, &name).at_line(line_no)));
            }
        };
        if line.is_empty() {
            continue;
        }
        let fail = |kind| Some(Err(ReadError::new(kind, &name).at_line(line_no)));
        let obj = match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(map)) => map,
            Ok(_) => return fail(ErrorKind::Json("a line is not a JSON object".into())),
            Err(e) => return fail(ErrorKind::Json(e.to_string())),
        };
        let article = json_article(&obj, &columns);
        return Some(finish(
            article,
            format!("{name}:{line_no}"),
            &name,
            line_no,
            None,
        ));
    })
}

/// The articles of a whole JSON document (`.json`): an array of record objects, or one
/// object. `None` when the bytes are not one JSON document (then they are read as lines).
pub fn json_document(
    name: &str,
    text: &str,
    columns: &Columns,
) -> Option<Vec<Result<Article, ReadError>>> {
    let items = match serde_json::from_str::<Value>(text).ok()? {
        Value::Array(items) => items,
        obj @ Value::Object(_) => vec![obj],
        _ => return None,
    };
    let out = items
        .iter()
        .enumerate()
        .map(|(i, v)| match v {
            Value::Object(map) => finish(
                json_article(map, columns),
                format!("{name}#{}", i + 1),
                name,
                0,
                Some(i + 1),
            ),
            _ => {
                let kind = ErrorKind::Json("an array item is not a JSON object".into());
                Err(ReadError::new(kind, name).at_record(i + 1))
            }
        })
        .collect();
    Some(out)
}

fn json_article(obj: &Map<String, Value>, columns: &Columns) -> Article {
    let get = |names: &[String]| -> Option<String> {
        let v = names.iter().find_map(|n| obj.get(n)).or_else(|| {
            names.iter().filter(|n| !n.is_empty()).find_map(|n| {
                obj.iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(n))
                    .map(|(_, v)| v)
            })
        })?;
        let s = match v {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Array(items) => items
                .iter()
                .filter_map(|i| i.as_str().map(str::to_string))
                .collect::<Vec<_>>()
                .join(", "),
            _ => return None,
        };
        (!s.trim().is_empty()).then_some(s)
    };
    Article {
        id: get(&columns.id).unwrap_or_default(),
        title: get(&columns.title).map(|s| s.trim().to_string()),
        source: get(&columns.source),
        byline: get(&columns.byline),
        published: get(&columns.date).as_deref().and_then(parse_date),
        url: get(&columns.url),
        text: get(&columns.text).unwrap_or_default(),
        ..Article::default()
    }
}

/// The articles of a CSV stream with a header row, one `Result` per record.
pub fn csv<'a>(
    name: String,
    input: Box<dyn BufRead + 'a>,
    columns: Columns,
) -> impl Iterator<Item = Result<Article, ReadError>> + 'a {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let header: Result<Vec<String>, ReadError> = reader
        .byte_headers()
        .map(|h| {
            h.iter()
                .map(|f| String::from_utf8_lossy(f).trim().to_string())
                .collect()
        })
        .map_err(|e| ReadError::new(ErrorKind::Csv(e.to_string()), &name).at_line(1));
    let pos = header
        .as_ref()
        .map(|h| columns.positions(h))
        .unwrap_or_default();
    let no_text = header.as_ref().is_ok_and(|_| pos.text.is_none());
    let mut first_error = header.err().or_else(|| {
        no_text.then(|| {
            let msg = "no text column in the header (set one with Columns::text)".to_string();
            ReadError::new(ErrorKind::Csv(msg), &name).at_line(1)
        })
    });
    let mut records = reader.into_byte_records();
    let mut index = 0usize;
    let mut done = false;
    std::iter::from_fn(move || {
        if let Some(e) = first_error.take() {
            // Without a usable header no row can be read.
            done = true;
            return Some(Err(e));
        }
        if done {
            return None;
        }
        let rec = records.next()?;
        index += 1;
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                // A failed stream (truncated gzip, I/O error) cannot be resumed.
                done = e.is_io_error();
                let line = e.position().map_or(0, |p| p.line() as usize);
                let err = ReadError::new(ErrorKind::Csv(e.to_string()), &name).at_record(index);
                return Some(Err(if line > 0 { err.at_line(line) } else { err }));
            }
        };
        let line = rec.position().map_or(0, |p| p.line() as usize);
        if rec.as_slice().len() > MAX_RECORD {
            let err = ReadError::new(ErrorKind::TooLarge { limit: MAX_RECORD }, &name);
            return Some(Err(err.at_line(line).at_record(index)));
        }
        let field = |i: Option<usize>| -> Result<Option<String>, usize> {
            let Some(bytes) = i.and_then(|i| rec.get(i)) else {
                return Ok(None);
            };
            let s = std::str::from_utf8(bytes).map_err(|e| e.valid_up_to())?;
            Ok((!s.trim().is_empty()).then(|| s.to_string()))
        };
        let get_all = || -> Result<Article, usize> {
            Ok(Article {
                id: field(pos.id)?.unwrap_or_default(),
                title: field(pos.title)?.map(|s| s.trim().to_string()),
                source: field(pos.source)?,
                byline: field(pos.byline)?,
                published: field(pos.date)?.as_deref().and_then(parse_date),
                url: field(pos.url)?,
                text: field(pos.text)?.unwrap_or_default(),
                ..Article::default()
            })
        };
        Some(match get_all() {
            Ok(a) => finish(a, format!("{name}#{index}"), &name, line, Some(index)),
            Err(offset) => Err(ReadError::new(ErrorKind::InvalidUtf8 { offset }, &name)
                .at_line(line)
                .at_record(index)),
        })
    })
}

/// Fills id and paragraphs, or reports a record without text.
fn finish(
    mut a: Article,
    fallback_id: String,
    name: &str,
    line: usize,
    record: Option<usize>,
) -> Result<Article, ReadError> {
    if a.text.trim().is_empty() {
        let mut err = ReadError::new(ErrorKind::NoText, name);
        if line > 0 {
            err = err.at_line(line);
        }
        return Err(match record {
            Some(r) => err.at_record(r),
            None => err,
        });
    }
    if a.id.is_empty() {
        a.id = fallback_id;
    }
    // A record's text opens with its dateline as often as a wire report's does.
    if a.dateline.is_none() {
        let text = std::mem::take(&mut a.text);
        crate::text::read_dateline(text.trim_start(), &mut a);
        a.text = text;
    }
    a.paragraphs = paragraphs(&a.text);
    Ok(a)
}

fn io_error(name: &str, e: std::io::Error) -> ReadError {
    ReadError::new(ErrorKind::Io(e.to_string()), name)
}
