//! Column names for JSONL and CSV records: which field holds the text, date, title and so on.

/// The field names tried, in order, for each article field of a JSONL or CSV record.
///
/// The defaults cover dyad's own names (`id,text,date,title,url,source`), AllSides
/// (`ID`, `content_original`, `authors`), the Guardian CSV (an unnamed index column) and
/// AG News (`description`). A name set with a method is tried first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    pub(crate) id: Vec<String>,
    pub(crate) text: Vec<String>,
    pub(crate) date: Vec<String>,
    pub(crate) title: Vec<String>,
    pub(crate) url: Vec<String>,
    pub(crate) source: Vec<String>,
    pub(crate) byline: Vec<String>,
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

impl Default for Columns {
    fn default() -> Columns {
        Columns {
            id: names(&["id", "ID", "", "index", "guid", "uuid"]),
            text: names(&[
                "text",
                "content_original",
                "content",
                "body",
                "description",
                "article",
            ]),
            date: names(&[
                "date",
                "published",
                "publish_date",
                "pubdate",
                "datetime",
                "timestamp",
            ]),
            title: names(&["title", "headline"]),
            url: names(&["url", "link"]),
            source: names(&["source", "outlet", "publication"]),
            byline: names(&["authors", "author", "byline"]),
        }
    }
}

macro_rules! setter {
    ($name:ident, $doc:literal) => {
        #[doc = $doc]
        pub fn $name(mut self, column: &str) -> Columns {
            self.$name.retain(|c| c != column);
            self.$name.insert(0, column.to_string());
            self
        }
    };
}

impl Columns {
    setter!(id, "Tries `column` first for the record's id.");
    setter!(text, "Tries `column` first for the article text.");
    setter!(date, "Tries `column` first for the publication date.");
    setter!(title, "Tries `column` first for the headline.");
    setter!(url, "Tries `column` first for the URL.");
    setter!(source, "Tries `column` first for the outlet or agency.");
    setter!(byline, "Tries `column` first for the authors.");
}

/// Where each article field sits in a CSV header (column indexes).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Positions {
    pub id: Option<usize>,
    pub text: Option<usize>,
    pub date: Option<usize>,
    pub title: Option<usize>,
    pub url: Option<usize>,
    pub source: Option<usize>,
    pub byline: Option<usize>,
}

impl Columns {
    /// Finds each field's column in a header: exact names first, then ignoring case.
    pub(crate) fn positions(&self, header: &[String]) -> Positions {
        let find = |wanted: &[String]| {
            wanted
                .iter()
                .find_map(|w| header.iter().position(|h| h == w))
                .or_else(|| {
                    wanted
                        .iter()
                        .filter(|w| !w.is_empty())
                        .find_map(|w| header.iter().position(|h| h.eq_ignore_ascii_case(w)))
                })
        };
        Positions {
            id: find(&self.id),
            text: find(&self.text),
            date: find(&self.date),
            title: find(&self.title),
            url: find(&self.url),
            source: find(&self.source),
            byline: find(&self.byline),
        }
    }
}
