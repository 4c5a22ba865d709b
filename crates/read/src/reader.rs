//! The [`Reader`]: picks a format by extension or by content, opens files, directories,
//! gzip streams and standard input, and yields one `Result` per article.

use crate::columns::Columns;
use crate::error::{ErrorKind, ReadError};
use crate::feed::read_feed;
use crate::html::{decode_html, parse_html};
use crate::records::{csv, json_document, jsonl};
use crate::text::parse_text;
use crate::warc::read_warc;
use dyad_model::Article;
use flate2::read::MultiGzDecoder;
use std::io::{BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

/// A whole-file input (a page, a feed, a WARC file, a text) larger than this is refused:
/// such inputs are read into memory, and the HTML tree costs several times the bytes.
/// Line-based JSONL and CSV stream instead and only bound each record.
pub const MAX_INPUT: usize = 256 << 20;
/// Directories nested deeper than this are a symlink loop, not a corpus.
const MAX_DIR_DEPTH: usize = 64;
/// Bytes looked at to sniff the format.
const SNIFF: usize = 2048;

/// The input formats dyad reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A plain-text wire report: headline, byline, body.
    Text,
    /// An HTML page.
    Html,
    /// JSON Lines, one article object per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// An RSS or Atom feed.
    Feed,
    /// A WARC web archive.
    Warc,
}

impl Format {
    /// The format a file name's extension names (`.gz` looked through), if any.
    pub fn from_name(name: &str) -> Option<Format> {
        let lower = name.to_ascii_lowercase();
        let lower = lower.strip_suffix(".gz").unwrap_or(&lower);
        let ext = lower.rsplit_once('.').map(|(_, e)| e)?;
        Some(match ext {
            "txt" | "text" => Format::Text,
            "html" | "htm" | "xhtml" | "shtml" => Format::Html,
            "jsonl" | "ndjson" | "json" => Format::Jsonl,
            "csv" => Format::Csv,
            "rss" | "atom" | "xml" => Format::Feed,
            "warc" => Format::Warc,
            _ => return None,
        })
    }

    /// The format the first bytes of an input look like.
    pub fn sniff(bytes: &[u8]) -> Format {
        let head = &bytes[..bytes.len().min(SNIFF)];
        let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
        let start = head
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(head.len());
        let head = &head[start..];
        let lower = head.to_ascii_lowercase();
        let has = |n: &[u8]| memchr::memmem::find(&lower, n).is_some();
        if head.starts_with(b"WARC/") {
            Format::Warc
        } else if head.starts_with(b"{") {
            Format::Jsonl
        } else if head.starts_with(b"<") {
            let feed_root = has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf");
            if feed_root || (lower.starts_with(b"<?xml") && !has(b"<html")) {
                Format::Feed
            } else {
                Format::Html
            }
        } else {
            Format::Text
        }
    }
}

/// Builds a [`Reader`].
#[derive(Debug, Clone, Default)]
pub struct ReaderBuilder {
    columns: Columns,
    format: Option<Format>,
}

impl ReaderBuilder {
    /// Column names for JSONL and CSV records.
    pub fn columns(mut self, columns: Columns) -> ReaderBuilder {
        self.columns = columns;
        self
    }

    /// Reads every input as `format` instead of guessing from names and content.
    pub fn format(mut self, format: Format) -> ReaderBuilder {
        self.format = Some(format);
        self
    }

    /// The reader.
    pub fn build(self) -> Reader {
        Reader {
            columns: self.columns,
            format: self.format,
        }
    }
}

/// The items of one input.
pub type Items<'a> = Box<dyn Iterator<Item = Result<Article, ReadError>> + 'a>;

/// Reads files, directories, byte buffers and standard input into articles.
///
/// Every item is a `Result`: a bad record, page or file is reported with its name and line,
/// and the iteration goes on with the next one.
///
/// Invalid UTF-8 is an error (naming the byte offset and line) for text, JSONL and CSV,
/// because silently replaced characters would corrupt names and quotes downstream; HTML and
/// feeds are decoded by their declared charset instead, as a browser does.
#[derive(Debug, Clone, Default)]
pub struct Reader {
    columns: Columns,
    format: Option<Format>,
}

impl Reader {
    /// A builder with the default columns and format guessing.
    pub fn builder() -> ReaderBuilder {
        ReaderBuilder::default()
    }

    /// Reads a file or, recursively and in sorted order, every file of a directory
    /// (hidden files skipped). `-` reads standard input.
    pub fn read_path<'a>(&'a self, path: &Path) -> Items<'a> {
        if path == Path::new("-") {
            return self.read_stdin();
        }
        if path.is_dir() {
            let mut files = Vec::new();
            let mut errors = Vec::new();
            walk(path, 0, &mut files, &mut errors);
            let errors = errors.into_iter().map(Err);
            return Box::new(errors.chain(files.into_iter().flat_map(move |f| self.read_file(&f))));
        }
        self.read_file(path)
    }

    /// Reads all of standard input.
    pub fn read_stdin(&self) -> Items<'_> {
        let mut bytes = Vec::new();
        let stdin = std::io::stdin().lock();
        match stdin.take(MAX_INPUT as u64 + 1).read_to_end(&mut bytes) {
            Ok(_) if bytes.len() > MAX_INPUT => {
                one_err(ErrorKind::TooLarge { limit: MAX_INPUT }, "-")
            }
            Ok(_) => self.read_bytes("-", &bytes),
            Err(e) => one_err(ErrorKind::Io(e.to_string()), "-"),
        }
    }

    /// Reads an input held in memory; `name` names it in ids and errors and its extension,
    /// if any, picks the format.
    pub fn read_bytes<'a>(&'a self, name: &str, bytes: &[u8]) -> Items<'a> {
        if bytes.starts_with(&[0x1f, 0x8b]) {
            return match gunzip(bytes) {
                Ok(plain) => {
                    self.read_plain(name, name.strip_suffix(".gz").unwrap_or(name), &plain)
                }
                Err(kind) => one_err(kind, name),
            };
        }
        self.read_plain(name, name, bytes)
    }

    /// Reads decompressed bytes; `format_name` (the name without `.gz`) picks the format.
    fn read_plain<'a>(&'a self, name: &str, format_name: &str, bytes: &[u8]) -> Items<'a> {
        let format = self.format_of(format_name, bytes);
        let whole_json =
            format == Format::Jsonl && format_name.to_ascii_lowercase().ends_with(".json");
        match format {
            Format::Jsonl if !whole_json => {
                Box::new(jsonl(name.to_string(), boxed(bytes), self.columns.clone()))
            }
            Format::Csv => Box::new(csv(name.to_string(), boxed(bytes), self.columns.clone())),
            _ => Box::new(self.read_whole(name, bytes, format).into_iter()),
        }
    }

    fn format_of(&self, name: &str, bytes: &[u8]) -> Format {
        self.format
            .or_else(|| Format::from_name(name))
            .unwrap_or_else(|| Format::sniff(bytes))
    }

    fn read_file<'a>(&'a self, path: &Path) -> Items<'a> {
        let name = path.display().to_string();
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) => return one_err(ErrorKind::Io(e.to_string()), &name),
        };
        let mut reader = BufReader::with_capacity(1 << 16, file);
        let gz = reader
            .fill_buf()
            .is_ok_and(|b| b.starts_with(&[0x1f, 0x8b]));
        let plain_name = if gz {
            name.strip_suffix(".gz").unwrap_or(&name)
        } else {
            &name
        };
        let named = self.format.or_else(|| Format::from_name(plain_name));
        let stream: Box<dyn BufRead> = if gz {
            Box::new(BufReader::with_capacity(
                1 << 16,
                MultiGzDecoder::new(reader),
            ))
        } else {
            Box::new(reader)
        };
        let mut stream = stream;
        let format = match named {
            Some(f) => f,
            None => match stream.fill_buf() {
                Ok(head) => Format::sniff(head),
                Err(e) => return one_err(read_kind(&e, gz), &name),
            },
        };
        let columns = self.columns.clone();
        let whole_json =
            format == Format::Jsonl && plain_name.to_ascii_lowercase().ends_with(".json");
        match format {
            Format::Jsonl if !whole_json => {
                Box::new(jsonl(name, stream, columns).map(move |r| r.map_err(|e| gz_err(e, gz))))
            }
            Format::Csv => {
                Box::new(csv(name, stream, columns).map(move |r| r.map_err(|e| gz_err(e, gz))))
            }
            _ => {
                let mut bytes = Vec::new();
                match stream.take(MAX_INPUT as u64 + 1).read_to_end(&mut bytes) {
                    Ok(_) if bytes.len() > MAX_INPUT => {
                        one_err(ErrorKind::TooLarge { limit: MAX_INPUT }, &name)
                    }
                    Ok(_) => Box::new(self.read_whole(&name, &bytes, format).into_iter()),
                    Err(e) => one_err(read_kind(&e, gz), &name),
                }
            }
        }
    }

    fn read_whole(
        &self,
        name: &str,
        bytes: &[u8],
        format: Format,
    ) -> Vec<Result<Article, ReadError>> {
        let err = |kind| vec![Err(ReadError::new(kind, name))];
        if bytes.len() > MAX_INPUT {
            return err(ErrorKind::TooLarge { limit: MAX_INPUT });
        }
        if is_binary(bytes) {
            return err(ErrorKind::Binary);
        }
        match format {
            Format::Html => {
                let mut a = parse_html(&decode_html(bytes));
                if a.text.trim().is_empty() {
                    return err(ErrorKind::NoText);
                }
                a.id = name.to_string();
                vec![Ok(a)]
            }
            Format::Feed => read_feed(name, &decode_html(bytes)),
            Format::Warc => read_warc(name, bytes),
            Format::Jsonl if std::str::from_utf8(bytes).is_ok() => {
                let text = String::from_utf8_lossy(bytes);
                json_document(name, &text, &self.columns).unwrap_or_else(|| {
                    jsonl(name.to_string(), boxed(bytes), self.columns.clone()).collect()
                })
            }
            Format::Text | Format::Jsonl | Format::Csv => {
                let text = match std::str::from_utf8(bytes) {
                    Ok(t) => t,
                    Err(e) => {
                        let offset = e.valid_up_to();
                        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
                        let kind = ErrorKind::InvalidUtf8 { offset };
                        return vec![Err(ReadError::new(kind, name).at_line(line))];
                    }
                };
                let text = text.strip_prefix('\u{feff}').unwrap_or(text);
                let mut a = parse_text(text);
                if a.text.trim().is_empty() {
                    return err(ErrorKind::NoText);
                }
                a.id = name.to_string();
                vec![Ok(a)]
            }
        }
    }
}

/// NUL bytes, or many control bytes, in the first kilobytes: not a text format. (WARC and
/// gzip are handled before this; UTF-16 text is refused here too.)
fn is_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > head.len().max(1)
}

fn boxed<'a>(bytes: &[u8]) -> Box<dyn BufRead + 'a> {
    Box::new(Cursor::new(bytes.to_vec()))
}

fn one_err<'a>(kind: ErrorKind, name: &str) -> Items<'a> {
    Box::new(std::iter::once(Err(ReadError::new(kind, name))))
}

fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, ErrorKind> {
    let mut out = Vec::new();
    let mut dec = MultiGzDecoder::new(bytes).take(MAX_INPUT as u64 + 1);
    dec.read_to_end(&mut out)
        .map_err(|e| ErrorKind::Gzip(e.to_string()))?;
    if out.len() > MAX_INPUT {
        return Err(ErrorKind::TooLarge { limit: MAX_INPUT });
    }
    Ok(out)
}

fn read_kind(e: &std::io::Error, gz: bool) -> ErrorKind {
    if gz {
        ErrorKind::Gzip(e.to_string())
    } else {
        ErrorKind::Io(e.to_string())
    }
}

/// In a gzip stream, an I/O error while reading a record is a gzip error.
fn gz_err(mut e: ReadError, gz: bool) -> ReadError {
    if let (true, ErrorKind::Io(msg)) = (gz, &e.kind) {
        e.kind = ErrorKind::Gzip(msg.clone());
    }
    e
}

fn walk(dir: &Path, depth: usize, files: &mut Vec<PathBuf>, errors: &mut Vec<ReadError>) {
    let name = dir.display().to_string();
    if depth > MAX_DIR_DEPTH {
        errors.push(ReadError::new(
            ErrorKind::Io("directories nested too deep".into()),
            &name,
        ));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(ReadError::new(ErrorKind::Io(e.to_string()), &name));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, depth + 1, files, errors);
        } else {
            files.push(p);
        }
    }
}
