//! Actor dictionaries: names, `+synonyms` and date-restricted codes.

use crate::error::Sink;
use crate::text::{phrase_words, strip_comment, XmlComments};
use crate::{ActorCode, DateRange, DictError, ErrorKind, FileId, Origin};
use chrono::NaiveDate;

/// Index of an actor in [`ActorDict::actors`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ActorId(pub u32);

/// One actor entry: its names and codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Names (the first is the entry's head), each as lowercased words.
    pub names: Vec<Vec<String>>,
    /// Codes in file order; the first whose range holds the date wins, then the undated.
    pub codes: Vec<ActorCode>,
    /// Where the entry starts.
    pub origin: Origin,
}

impl Actor {
    /// The code that applies on `date` (no date: the undated code, else the first).
    pub fn code_on(&self, date: Option<NaiveDate>) -> Option<&str> {
        if let Some(d) = date {
            if let Some(c) = self
                .codes
                .iter()
                .find(|c| c.range != DateRange::Always && c.range.contains(d))
            {
                return Some(&c.code);
            }
        }
        self.codes
            .iter()
            .find(|c| c.range == DateRange::Always)
            .or_else(|| {
                if date.is_none() {
                    self.codes.first()
                } else {
                    None
                }
            })
            .map(|c| c.code.as_str())
    }
}

/// All actor entries read.
#[derive(Debug, Clone, Default)]
pub struct ActorDict {
    /// The entries.
    pub actors: Vec<Actor>,
}

impl ActorDict {
    /// The actor with this id.
    pub fn actor(&self, id: ActorId) -> Option<&Actor> {
        self.actors.get(id.0 as usize)
    }

    /// Reads one actor file.
    pub(crate) fn read(
        &mut self,
        text: &str,
        file: FileId,
        sink: &mut Sink<'_>,
    ) -> Result<(), DictError> {
        let mut xml = XmlComments::default();
        let mut cur: Option<Actor> = None;
        let mut cur_line = 0usize;
        for (n, raw) in text.lines().enumerate() {
            let lineno = n + 1;
            let line = strip_comment(xml.strip(raw));
            let trimmed = line.trim();
            if trimmed.is_empty() {
                continue;
            }
            let (name_part, codes_part) = match trimmed.find('[') {
                Some(i) => (trimmed[..i].trim(), &trimmed[i..]),
                None => (trimmed, ""),
            };
            if let Some(syn) = name_part.strip_prefix('+') {
                match cur.as_mut() {
                    Some(a) => {
                        let w = phrase_words(syn);
                        if !w.is_empty() {
                            a.names.push(w);
                        }
                    }
                    None => sink.report(lineno, ErrorKind::OrphanSynonym(trimmed.to_string()))?,
                }
            } else if !name_part.is_empty() && cur.as_ref().is_some_and(|a| a.codes.is_empty()) {
                // Consecutive names before a code block share it (TABARI's layout).
                if let Some(a) = cur.as_mut() {
                    a.names.push(phrase_words(name_part));
                }
            } else if !name_part.is_empty() {
                self.finish(cur.take(), cur_line, sink)?;
                cur_line = lineno;
                let names = vec![phrase_words(name_part)];
                cur = Some(Actor {
                    names,
                    codes: Vec::new(),
                    origin: Origin {
                        file,
                        line: lineno as u32,
                    },
                });
            } else if cur.is_none() {
                sink.report(lineno, ErrorKind::BadLine(trimmed.to_string()))?;
                continue;
            }
            self.read_codes(codes_part, cur.as_mut(), lineno, sink)?;
        }
        self.finish(cur, cur_line, sink)
    }

    fn read_codes(
        &mut self,
        mut s: &str,
        cur: Option<&mut Actor>,
        lineno: usize,
        sink: &mut Sink<'_>,
    ) -> Result<(), DictError> {
        let Some(a) = cur else { return Ok(()) };
        while let Some(open) = s.find('[') {
            let Some(close) = s[open..].find(']') else {
                return sink.report(lineno, ErrorKind::Unbalanced('[', s.to_string()));
            };
            match ActorCode::parse(&s[open + 1..open + close]) {
                Ok(c) => a.codes.push(c),
                Err(k) => sink.report(lineno, k)?,
            }
            s = &s[open + close + 1..];
        }
        Ok(())
    }

    fn finish(
        &mut self,
        a: Option<Actor>,
        line: usize,
        sink: &mut Sink<'_>,
    ) -> Result<(), DictError> {
        let Some(a) = a else { return Ok(()) };
        if a.codes.is_empty() {
            let name = a.names.first().map(|n| n.join(" ")).unwrap_or_default();
            return sink.report(line, ErrorKind::NoActorCode(name));
        }
        self.actors.push(a);
        Ok(())
    }
}
