//! The text of corpus items, read from `../shared/corpora/news` (never copied into the repo).

use crate::{EvalError, Item, Source};
use flate2::read::GzDecoder;
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// Longest AllSides line read: the largest article is a few hundred kilobytes; a longer line
/// is a damaged file and is skipped rather than held in memory.
const MAX_RECORD: usize = 8 * 1024 * 1024;

/// The news corpora a development-set item can point into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CorpusKind {
    /// `allsides/articles_every3rd.jsonl.gz`: `doc` is `ID`, offsets into `content_original`.
    AllSides,
    /// `guardian_syria/Guardian_SDF_sample.csv`: `doc` is `index`, offsets into `text`.
    Guardian,
    /// `ag_news/test.csv`: `doc` is the 1-based row after the header, offsets into `description`.
    AgNews,
}

impl CorpusKind {
    /// Reads "allsides", "guardian" or "agnews".
    pub fn from_name(name: &str) -> Option<CorpusKind> {
        match name {
            "allsides" => Some(CorpusKind::AllSides),
            "guardian" => Some(CorpusKind::Guardian),
            "agnews" => Some(CorpusKind::AgNews),
            _ => None,
        }
    }

    /// The name used in the development set.
    pub fn name(self) -> &'static str {
        match self {
            CorpusKind::AllSides => "allsides",
            CorpusKind::Guardian => "guardian",
            CorpusKind::AgNews => "agnews",
        }
    }

    fn file(self) -> &'static str {
        match self {
            CorpusKind::AllSides => "allsides/articles_every3rd.jsonl.gz",
            CorpusKind::Guardian => "guardian_syria/Guardian_SDF_sample.csv",
            CorpusKind::AgNews => "ag_news/test.csv",
        }
    }
}

/// The folder of news corpora (`../shared/corpora/news`).
#[derive(Debug, Clone)]
pub struct Corpora {
    dir: PathBuf,
}

impl Corpora {
    /// Points at the corpora folder; nothing is read until [`Corpora::resolve`].
    pub fn open(dir: &Path) -> Corpora {
        Corpora {
            dir: dir.to_path_buf(),
        }
    }

    /// True when the folder exists.
    pub fn is_available(&self) -> bool {
        self.dir.is_dir()
    }

    /// The sentence text of every corpus item, by item id (each corpus read once, and only
    /// the documents the items name are kept).
    pub fn resolve(&self, items: &[Item]) -> Result<HashMap<String, String>, EvalError> {
        let mut wanted: HashMap<CorpusKind, HashSet<&str>> = HashMap::new();
        for item in items {
            if let Source::Corpus { kind, doc, .. } = &item.source {
                wanted.entry(*kind).or_default().insert(doc.as_str());
            }
        }
        let mut docs: HashMap<(CorpusKind, String), String> = HashMap::new();
        for (kind, ids) in &wanted {
            let path = self.dir.join(kind.file());
            let io = |source| EvalError::Io {
                path: path.clone(),
                source,
            };
            let file = std::fs::File::open(&path).map_err(io)?;
            let found = match kind {
                CorpusKind::AllSides => read_allsides(BufReader::new(GzDecoder::new(file)), ids),
                CorpusKind::Guardian => read_csv(file, ids, CsvKey::Column(0), 2),
                CorpusKind::AgNews => read_csv(file, ids, CsvKey::Row, 2),
            }
            .map_err(io)?;
            for (doc, text) in found {
                docs.insert((*kind, doc), text);
            }
        }
        let mut out = HashMap::new();
        for item in items {
            if let Source::Corpus {
                kind,
                doc,
                start,
                end,
            } = &item.source
            {
                let err = |message: String| EvalError::Corpus {
                    id: item.id.clone(),
                    message,
                };
                let text = docs
                    .get(&(*kind, doc.clone()))
                    .ok_or_else(|| err(format!("no document {doc} in {}", kind.name())))?;
                let span = char_slice(text, *start, *end)
                    .ok_or_else(|| err(format!("{start}..{end} is past the end of {doc}")))?;
                out.insert(item.id.clone(), span.to_string());
            }
        }
        Ok(out)
    }
}

/// The characters `start..end` of `text`.
fn char_slice(text: &str, start: usize, end: usize) -> Option<&str> {
    let mut idx = text.char_indices().map(|(i, _)| i).chain([text.len()]);
    let a = idx.nth(start)?;
    let b = if end == start {
        a
    } else {
        text.char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .nth(end)?
    };
    text.get(a..b)
}

fn read_allsides(
    reader: impl BufRead,
    ids: &HashSet<&str>,
) -> std::io::Result<Vec<(String, String)>> {
    #[derive(serde::Deserialize)]
    struct Rec {
        #[serde(rename = "ID")]
        id: String,
        content_original: String,
    }
    let mut out = Vec::new();
    for line in reader.lines() {
        let line = line?;
        if line.len() > MAX_RECORD || !ids.iter().any(|id| line.contains(id)) {
            continue;
        }
        if let Ok(rec) = serde_json::from_str::<Rec>(&line) {
            if ids.contains(rec.id.as_str()) {
                out.push((rec.id, rec.content_original));
            }
        }
    }
    Ok(out)
}

enum CsvKey {
    Column(usize),
    Row,
}

fn read_csv(
    file: std::fs::File,
    ids: &HashSet<&str>,
    key: CsvKey,
    text_col: usize,
) -> std::io::Result<Vec<(String, String)>> {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(file);
    let mut out = Vec::new();
    for (row, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(std::io::Error::other)?;
        let id = match key {
            CsvKey::Column(c) => rec.get(c).unwrap_or("").to_string(),
            CsvKey::Row => (row + 1).to_string(),
        };
        if ids.contains(id.as_str()) {
            out.push((id, rec.get(text_col).unwrap_or("").to_string()));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_characters_not_bytes() {
        let cases = [
            ("ascii", "Kyiv said", 0, 4, Some("Kyiv")),
            ("accent", "Erdoğan met", 0, 7, Some("Erdoğan")),
            ("after accent", "Erdoğan met", 8, 11, Some("met")),
            ("to end", "abc", 1, 3, Some("bc")),
            ("past end", "abc", 1, 4, None),
        ];
        for (name, text, a, b, want) in cases {
            assert_eq!(char_slice(text, a, b), want, "{name}");
        }
    }
}
