//! Reading validation files. Each record is read on its own, so one malformed record
//! is reported and the others still run.

use crate::CoderError;
use chrono::NaiveDate;
use quick_xml::events::{BytesStart, Event as Xml};
use quick_xml::Reader;

/// An expected or coded event as the validation compares them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Triple {
    /// Source actor code (`---` when none).
    pub source: String,
    /// Target actor code (`---` when none).
    pub target: String,
    /// CAMEO code.
    pub code: String,
}

impl std::fmt::Display for Triple {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} {}", self.source, self.target, self.code)
    }
}

/// What a record expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// Exactly these events.
    Events(Vec<Triple>),
    /// No event (`noevents="True"`).
    NoEvents,
    /// An input error or discard (`error="storydiscard"`): no event either.
    Error(String),
}

/// One `<Sentence>` record.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Its id.
    pub id: String,
    /// Its category (`source` attribute: DEMO, AGENT, ...).
    pub category: String,
    /// Its date.
    pub date: Option<NaiveDate>,
    /// False for `sentence="false"` records, which are skipped.
    pub is_sentence: bool,
    /// What it expects.
    pub expected: Expected,
    /// Its text.
    pub text: String,
    /// Its parse as CoNLL-U (may be empty).
    pub parse: String,
    /// Line of the `<Sentence>` tag in the file.
    pub line: usize,
    /// `require_dyad` in effect for it (default true).
    pub require_dyad: bool,
}

/// The dictionaries a file names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Environment {
    /// `<Verbfile>`.
    pub verbs: Option<String>,
    /// `<Actorfile>` (may list several, comma-separated).
    pub actors: Vec<String>,
    /// `<Agentfile>`.
    pub agents: Option<String>,
    /// `<Discardfile>`.
    pub discards: Option<String>,
}

/// A whole validation file.
#[derive(Debug, Clone, Default)]
pub struct ValidationFile {
    /// Its dictionaries.
    pub env: Environment,
    /// Records read.
    pub records: Vec<Record>,
    /// Records that could not be read: (line, message).
    pub problems: Vec<(usize, String)>,
}

/// Validation files above this size are refused: the PETRARCH suites are under 1 MB.
const MAX_BYTES: usize = 64 << 20;

impl ValidationFile {
    /// Reads a file.
    pub fn read(path: &std::path::Path) -> Result<ValidationFile, CoderError> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| CoderError::Io {
            file: name.clone(),
            message: e.to_string(),
        })?;
        if bytes.len() > MAX_BYTES {
            return Err(CoderError::Io {
                file: name,
                message: format!("{} bytes is too big for a validation file", bytes.len()),
            });
        }
        Ok(ValidationFile::parse(&String::from_utf8_lossy(&bytes)))
    }

    /// Reads a file's text.
    pub fn parse(text: &str) -> ValidationFile {
        let mut vf = ValidationFile::default();
        let mut require_dyad = true;
        let mut pos = 0;
        while pos < text.len() {
            let rest = &text[pos..];
            let Some(lt) = rest.find('<') else { break };
            let at = pos + lt;
            let tail = &text[at..];
            if tail.starts_with("<!--") {
                pos = tail.find("-->").map_or(text.len(), |e| at + e + 3);
            } else if tail.starts_with("<Environment") {
                let end = tail.find("</Environment>").map_or(text.len(), |e| at + e);
                vf.env = environment(&text[at..end]);
                pos = end.max(at + 1);
            } else if tail.starts_with("<Config") {
                let end = tail.find('>').map_or(text.len(), |e| at + e + 1);
                if let Some(v) = config(&text[at..end], "require_dyad") {
                    require_dyad = v;
                }
                pos = end;
            } else if tail.starts_with("<Sentence ") || tail.starts_with("<Sentence>") {
                let end = tail
                    .find("</Sentence>")
                    .map_or(text.len(), |e| at + e + "</Sentence>".len());
                let line = text[..at].bytes().filter(|&b| b == b'\n').count() + 1;
                let chunk = &text[at..end];
                // A <Config> inside the record applies to it and those after it.
                for (i, _) in chunk.match_indices("<Config") {
                    let c = &chunk[i..];
                    if let Some(v) =
                        config(&c[..c.find('>').map_or(c.len(), |e| e + 1)], "require_dyad")
                    {
                        require_dyad = v;
                    }
                }
                match record(chunk, line, require_dyad) {
                    Ok(r) => vf.records.push(r),
                    Err(e) => vf.problems.push((line, e)),
                }
                pos = end;
            } else {
                pos = at + 1;
            }
        }
        vf
    }
}

fn environment(s: &str) -> Environment {
    let tag = |name: &str| -> Option<String> {
        let open = format!("<{name}>");
        let i = s.find(&open)? + open.len();
        let j = s[i..].find('<')? + i;
        Some(s[i..j].trim().to_string()).filter(|x| !x.is_empty())
    };
    Environment {
        verbs: tag("Verbfile"),
        actors: tag("Actorfile")
            .map(|a| a.split(',').map(|x| x.trim().to_string()).collect())
            .unwrap_or_default(),
        agents: tag("Agentfile"),
        discards: tag("Discardfile"),
    }
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name.as_bytes())
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

fn config(tag: &str, option: &str) -> Option<bool> {
    let mut r = Reader::from_str(tag);
    match r.read_event() {
        Ok(Xml::Empty(e)) | Ok(Xml::Start(e)) => {
            if attr(&e, "option")?.as_str() != option {
                return None;
            }
            Some(attr(&e, "value")?.eq_ignore_ascii_case("true"))
        }
        _ => None,
    }
}

fn record(chunk: &str, line: usize, require_dyad: bool) -> Result<Record, String> {
    let mut r = Reader::from_str(chunk);
    let mut rec = Record {
        id: String::new(),
        category: String::new(),
        date: None,
        is_sentence: true,
        expected: Expected::Events(Vec::new()),
        text: String::new(),
        parse: String::new(),
        line,
        require_dyad,
    };
    let mut events = Vec::new();
    let mut no_events = false;
    let mut error = None;
    let mut field: Option<&'static str> = None;
    loop {
        let ev = r
            .read_event()
            .map_err(|e| format!("bad XML in record: {e}"))?;
        match ev {
            Xml::Start(e) | Xml::Empty(e) => match e.name().as_ref() {
                b"Sentence" => {
                    rec.id = attr(&e, "id").unwrap_or_default();
                    rec.category = attr(&e, "source").unwrap_or_default();
                    rec.is_sentence =
                        attr(&e, "sentence").is_none_or(|v| !v.eq_ignore_ascii_case("false"));
                    let d = attr(&e, "date").unwrap_or_default();
                    rec.date = dyad_dict::parse_date(d.trim());
                }
                b"EventCoding" => {
                    if attr(&e, "noevents").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
                        no_events = true;
                    } else if let Some(err) = attr(&e, "error") {
                        error = Some(err);
                    } else {
                        let get = |n: &str| {
                            attr(&e, n)
                                .map(|v| v.trim().to_string())
                                .filter(|v| !v.is_empty())
                        };
                        events.push(Triple {
                            source: get("sourcecode").unwrap_or_else(|| "---".into()),
                            target: get("targetcode").unwrap_or_else(|| "---".into()),
                            code: get("eventcode").unwrap_or_default(),
                        });
                    }
                }
                b"Text" => field = Some("text"),
                b"Parse" => field = Some("parse"),
                _ => {}
            },
            Xml::End(e) => {
                if matches!(e.name().as_ref(), b"Text" | b"Parse") {
                    field = None;
                }
            }
            Xml::Text(t) => {
                let s = t.unescape().map_err(|e| format!("bad text: {e}"))?;
                match field {
                    Some("text") => rec.text.push_str(&s),
                    Some("parse") => rec.parse.push_str(&s),
                    _ => {}
                }
            }
            Xml::CData(t) => {
                let s = String::from_utf8_lossy(&t).into_owned();
                match field {
                    Some("text") => rec.text.push_str(&s),
                    Some("parse") => rec.parse.push_str(&s),
                    _ => {}
                }
            }
            Xml::Eof => break,
            _ => {}
        }
    }
    if rec.id.is_empty() {
        return Err("record has no id".into());
    }
    rec.text = rec.text.split_whitespace().collect::<Vec<_>>().join(" ");
    rec.expected = match (error, no_events) {
        (Some(e), _) => Expected::Error(e),
        (None, true) if events.is_empty() => Expected::NoEvents,
        _ => Expected::Events(events),
    };
    Ok(rec)
}
