//! Reading the store: events with filters, their mentions, full-text search, aggregates.

use crate::{Error, Result, Store};
use rusqlite::types::Value;
use rusqlite::{params, Row};
use serde::Serialize;

/// Which events to return. Empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// An actor code prefix matching the source or the target ("RUS", "UKRGOV").
    pub actor: Option<String>,
    /// Source actor code prefix.
    pub source: Option<String>,
    /// Target actor code prefix.
    pub target: Option<String>,
    /// CAMEO code prefix ("19", "0233").
    pub cameo: Option<String>,
    /// PLOVER event type ("ASSAULT").
    pub plover: Option<String>,
    /// Quad class 1-4.
    pub quad_class: Option<u8>,
    /// First day, inclusive (YYYY-MM-DD).
    pub from: Option<String>,
    /// Last day, inclusive.
    pub to: Option<String>,
    /// Place name or ISO3 country of the event's location.
    pub place: Option<String>,
    /// Bounding box: min lon, min lat, max lon, max lat.
    pub bbox: Option<[f64; 4]>,
    /// Words that must appear in one of the event's sentences (full-text over the article).
    pub text: Option<String>,
    /// Include negated events ("did not attack").
    pub include_negated: bool,
    /// Include events about the past (historical).
    pub include_historical: bool,
    /// At most this many rows (default 100).
    pub limit: Option<usize>,
    /// Skip this many rows.
    pub offset: usize,
}

/// One folded event.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventRow {
    /// Row id.
    pub id: i64,
    /// Day (YYYY-MM-DD), if known.
    pub day: Option<String>,
    /// How precise the day is: day, month, year or decade (first day of the period).
    pub date_precision: Option<String>,
    /// Source actor code.
    pub source: Option<String>,
    /// Target actor code.
    pub target: Option<String>,
    /// Source country (ISO3 or the code's leading three letters).
    pub source_country: Option<String>,
    /// Target country.
    pub target_country: Option<String>,
    /// CAMEO code.
    pub cameo: String,
    /// CAMEO root.
    pub root: String,
    /// Quad class.
    pub quad_class: Option<u8>,
    /// Goldstein weight.
    pub goldstein: Option<f64>,
    /// PLOVER type.
    pub plover: Option<String>,
    /// PLOVER mode.
    pub plover_mode: Option<String>,
    /// Negated.
    pub negated: bool,
    /// About the past.
    pub historical: bool,
    /// Sentences that report it.
    pub num_mentions: i64,
    /// Articles that report it.
    pub num_articles: i64,
    /// Distinct outlets that report it.
    pub num_sources: i64,
    /// Place name.
    pub place: Option<String>,
    /// Place country.
    pub place_country: Option<String>,
    /// First-level division of the place, when known.
    pub place_adm1: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
}

/// One sentence that reported an event, with the words that made it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MentionRow {
    /// Row id.
    pub id: i64,
    /// The folded event.
    pub event_id: i64,
    /// The article's row id.
    pub article_id: i64,
    /// The article's own id.
    pub doc_id: String,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// The sentence's text.
    pub sentence: String,
    /// Byte offsets within `sentence` of source, target and verb (start, end), if any.
    pub source_span: Option<(usize, usize)>,
    /// Target words within `sentence`.
    pub target_span: Option<(usize, usize)>,
    /// Verb words within `sentence`.
    pub verb_span: (usize, usize),
    /// Source words.
    pub source_text: Option<String>,
    /// Target words.
    pub target_text: Option<String>,
}

/// A full-text hit.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SearchHit {
    /// "article" or "quote".
    pub kind: String,
    /// The article's row id.
    pub article_id: i64,
    /// The article's own id.
    pub doc_id: String,
    /// Headline.
    pub title: Option<String>,
    /// A fragment around the match, with the match in [brackets].
    pub snippet: String,
    /// For quotes, the speaker.
    pub speaker: Option<String>,
}

/// An article as stored.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ArticleRow {
    /// Row id.
    pub id: i64,
    /// Its own id.
    pub doc_id: String,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publication time.
    pub published: Option<String>,
    /// Body text.
    pub text: String,
}

/// A quote as stored.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuoteRow {
    /// Row id.
    pub id: i64,
    /// The article's row id.
    pub article_id: i64,
    /// The words.
    pub text: String,
    /// Speaker, if known.
    pub speaker: Option<String>,
    /// person, group or unknown.
    pub speaker_kind: String,
    /// Attribution verb.
    pub verb: Option<String>,
    /// Publication day of its article.
    pub day: Option<String>,
}

/// Aggregation period for [`Store::stats`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Calendar day.
    Day,
    /// ISO-like week, labelled by its Monday.
    Week,
    /// Calendar month.
    Month,
}

/// One aggregate row.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StatRow {
    /// First day of the period.
    pub period: String,
    /// Source country or code prefix (by_dyad only).
    pub source: Option<String>,
    /// Target country or code prefix (by_dyad only).
    pub target: Option<String>,
    /// Quad class.
    pub quad_class: Option<u8>,
    /// Folded events.
    pub events: i64,
    /// Mentions behind them.
    pub mentions: i64,
    /// Mean Goldstein weight of the events.
    pub goldstein_mean: Option<f64>,
}

const EVENT_COLUMNS: &str = "e.id, e.day, e.source_code, e.target_code, e.cameo, e.root, e.quad_class, e.goldstein, \
    e.plover_event, e.negated, e.historical, e.num_mentions, e.num_articles, e.num_sources, e.place, \
    e.place_country, e.lat, e.lon, e.source_country, e.target_country, e.date_precision, e.place_adm1, e.plover_mode";

fn event_row(r: &Row) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        id: r.get(0)?,
        day: r.get(1)?,
        source: r.get(2)?,
        target: r.get(3)?,
        cameo: r.get(4)?,
        root: r.get(5)?,
        quad_class: r.get(6)?,
        goldstein: r.get(7)?,
        plover: r.get(8)?,
        negated: r.get(9)?,
        historical: r.get(10)?,
        num_mentions: r.get(11)?,
        num_articles: r.get(12)?,
        num_sources: r.get(13)?,
        place: r.get(14)?,
        place_country: r.get(15)?,
        lat: r.get(16)?,
        lon: r.get(17)?,
        source_country: r.get(18)?,
        target_country: r.get(19)?,
        date_precision: r.get(20)?,
        place_adm1: r.get(21)?,
        plover_mode: r.get(22)?,
    })
}

/// Escapes LIKE wildcards so a user's prefix matches literally.
fn like_prefix(p: &str) -> String {
    let mut s: String = p
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    s.push('%');
    s
}

/// Turns user words into an FTS5 query of quoted terms, so punctuation cannot break it.
pub(crate) fn fts_query(q: &str) -> String {
    q.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect::<Vec<_>>()
        .join(" ")
}

impl EventFilter {
    /// The WHERE clause and its values.
    pub(crate) fn where_clause(&self) -> (String, Vec<Value>) {
        let mut w = vec!["1 = 1".to_string()];
        let mut v: Vec<Value> = Vec::new();
        // Each `?` in a clause becomes a numbered parameter, left to right.
        let mut push = |clause: &str, vals: Vec<Value>, w: &mut Vec<String>| {
            let mut c = String::with_capacity(clause.len() + 8);
            let mut vals = vals.into_iter();
            for ch in clause.chars() {
                if ch == '?' {
                    if let Some(val) = vals.next() {
                        v.push(val);
                        c.push_str(&format!("?{}", v.len()));
                        continue;
                    }
                }
                c.push(ch);
            }
            w.push(c);
        };
        let text = |s: &str| Value::Text(s.to_string());
        if let Some(a) = &self.actor {
            let p = like_prefix(&a.to_uppercase());
            push(
                "(e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\')",
                vec![text(&p), text(&p)],
                &mut w,
            );
        }
        if let Some(s) = &self.source {
            push(
                "e.source_code LIKE ? ESCAPE '\\'",
                vec![text(&like_prefix(&s.to_uppercase()))],
                &mut w,
            );
        }
        if let Some(t) = &self.target {
            push(
                "e.target_code LIKE ? ESCAPE '\\'",
                vec![text(&like_prefix(&t.to_uppercase()))],
                &mut w,
            );
        }
        if let Some(c) = &self.cameo {
            push(
                "e.cameo LIKE ? ESCAPE '\\'",
                vec![text(&like_prefix(c))],
                &mut w,
            );
        }
        if let Some(p) = &self.plover {
            push("e.plover_event = ?", vec![text(&p.to_uppercase())], &mut w);
        }
        if let Some(q) = self.quad_class {
            push("e.quad_class = ?", vec![Value::Integer(q.into())], &mut w);
        }
        if let Some(f) = &self.from {
            push("e.day >= ?", vec![text(f)], &mut w);
        }
        if let Some(t) = &self.to {
            push("e.day <= ?", vec![text(t)], &mut w);
        }
        if let Some(p) = &self.place {
            push(
                "(e.place = ? OR e.place_country = ?)",
                vec![text(p), text(&p.to_uppercase())],
                &mut w,
            );
        }
        if let Some([x0, y0, x1, y1]) = self.bbox {
            push(
                "(e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?)",
                vec![
                    Value::Real(x0),
                    Value::Real(x1),
                    Value::Real(y0),
                    Value::Real(y1),
                ],
                &mut w,
            );
        }
        if let Some(t) = &self.text {
            push(
                "e.id IN (SELECT m.event_id FROM mentions m WHERE m.article_id IN \
                 (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))",
                vec![text(&fts_query(t))],
                &mut w,
            );
        }
        if !self.include_negated {
            w.push("e.negated = 0".into());
        }
        if !self.include_historical {
            w.push("e.historical = 0".into());
        }
        (w.join(" AND "), v)
    }
}

impl Store {
    /// Events matching `filter`, newest first.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>> {
        let (w, mut vals) = filter.where_clause();
        vals.push(Value::Integer(filter.limit.unwrap_or(100) as i64));
        vals.push(Value::Integer(filter.offset as i64));
        let n = vals.len();
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events e WHERE {w} ORDER BY e.day DESC, e.num_mentions DESC, e.id LIMIT ?{} OFFSET ?{}",
            n - 1,
            n
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(vals), event_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every event matching `filter`, oldest first, ignoring limit and offset.
    pub fn all_events(&self, filter: &EventFilter) -> Result<Vec<EventRow>> {
        let (w, vals) = filter.where_clause();
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e WHERE {w} ORDER BY e.day, e.id");
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(vals), event_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Articles stored per publication day (the volume of coverage), oldest first.
    pub fn articles_per_day(&self) -> Result<Vec<(String, i64)>> {
        let mut st = self.conn.prepare(
            "SELECT substr(published, 1, 10) AS d, COUNT(*) FROM articles WHERE published IS NOT NULL GROUP BY d ORDER BY d",
        )?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many events match `filter` (ignoring limit and offset).
    pub fn count_events(&self, filter: &EventFilter) -> Result<i64> {
        let (w, vals) = filter.where_clause();
        let sql = format!("SELECT COUNT(*) FROM events e WHERE {w}");
        Ok(self
            .conn
            .query_row(&sql, rusqlite::params_from_iter(vals), |r| r.get(0))?)
    }

    /// Total raw mentions and folded events.
    pub fn fold_counts(&self) -> Result<(i64, i64)> {
        Ok(self.conn.query_row(
            "SELECT (SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM events)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    /// Number of stored articles.
    pub fn count_articles(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))?)
    }

    /// One event by id.
    pub fn event(&self, id: i64) -> Result<Option<EventRow>> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e WHERE e.id = ?1");
        let mut st = self.conn.prepare(&sql)?;
        let mut rows = st.query_map([id], event_row)?;
        Ok(rows.next().transpose()?)
    }

    /// Every sentence that reported event `id`, with spans relative to the sentence.
    pub fn mentions(&self, event_id: i64) -> Result<Vec<MentionRow>> {
        let mut st = self.conn.prepare(
            "SELECT m.id, m.event_id, m.article_id, a.doc_id, a.title, a.source, a.url, a.text, s.start, s.end,
                    m.source_start, m.source_end, m.target_start, m.target_end, m.verb_start, m.verb_end,
                    m.source_text, m.target_text
             FROM mentions m JOIN articles a ON a.id = m.article_id
             LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence
             WHERE m.event_id = ?1 ORDER BY m.id LIMIT 500",
        )?;
        let rows = st.query_map([event_id], |r| {
            let text: String = r.get(7)?;
            let s0: Option<i64> = r.get(8)?;
            let s1: Option<i64> = r.get(9)?;
            let (s0, s1) = (
                s0.unwrap_or(0) as usize,
                s1.map_or(text.len(), |e| e as usize),
            );
            let rel = |a: Option<i64>, b: Option<i64>| match (a, b) {
                (Some(a), Some(b)) if a as usize >= s0 && b as usize <= s1 => {
                    Some((a as usize - s0, b as usize - s0))
                }
                _ => None,
            };
            Ok(MentionRow {
                id: r.get(0)?,
                event_id: r.get(1)?,
                article_id: r.get(2)?,
                doc_id: r.get(3)?,
                title: r.get(4)?,
                outlet: r.get(5)?,
                url: r.get(6)?,
                sentence: text.get(s0..s1).unwrap_or("").to_string(),
                source_span: rel(r.get(10)?, r.get(11)?),
                target_span: rel(r.get(12)?, r.get(13)?),
                verb_span: rel(r.get(14)?, r.get(15)?).unwrap_or((0, 0)),
                source_text: r.get(16)?,
                target_text: r.get(17)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One article by row id.
    pub fn article(&self, id: i64) -> Result<Option<ArticleRow>> {
        let mut st = self.conn.prepare(
            "SELECT id, doc_id, title, source, url, published, text FROM articles WHERE id = ?1",
        )?;
        let mut rows = st.query_map([id], |r| {
            Ok(ArticleRow {
                id: r.get(0)?,
                doc_id: r.get(1)?,
                title: r.get(2)?,
                source: r.get(3)?,
                url: r.get(4)?,
                published: r.get(5)?,
                text: r.get(6)?,
            })
        })?;
        Ok(rows.next().transpose()?)
    }

    /// Quotes, optionally by one speaker, newest first.
    pub fn quotes(
        &self,
        speaker: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<QuoteRow>> {
        let mut st = self.conn.prepare(
            "SELECT q.id, q.article_id, q.text, q.speaker, q.speaker_kind, q.verb, substr(a.published, 1, 10)
             FROM quotes q JOIN articles a ON a.id = q.article_id
             WHERE (?1 IS NULL OR q.speaker = ?1) ORDER BY a.published DESC, q.id LIMIT ?2 OFFSET ?3",
        )?;
        let rows = st.query_map(params![speaker, limit as i64, offset as i64], |r| {
            Ok(QuoteRow {
                id: r.get(0)?,
                article_id: r.get(1)?,
                text: r.get(2)?,
                speaker: r.get(3)?,
                speaker_kind: r.get(4)?,
                verb: r.get(5)?,
                day: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Full-text search over articles and quotes.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let q = fts_query(query);
        if q.is_empty() {
            return Err(Error::Invalid("the search has no words".into()));
        }
        let mut hits = Vec::new();
        let mut st = self.conn.prepare(
            "SELECT 'article', a.id, a.doc_id, a.title, snippet(articles_fts, 1, '[', ']', '…', 16), NULL
             FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
             WHERE articles_fts MATCH ?1 ORDER BY rank LIMIT ?2",
        )?;
        let map = |r: &Row| {
            Ok(SearchHit {
                kind: r.get(0)?,
                article_id: r.get(1)?,
                doc_id: r.get(2)?,
                title: r.get(3)?,
                snippet: r.get(4)?,
                speaker: r.get(5)?,
            })
        };
        hits.extend(
            st.query_map(params![q, limit as i64], map)?
                .collect::<rusqlite::Result<Vec<_>>>()?,
        );
        let mut st = self.conn.prepare(
            "SELECT 'quote', a.id, a.doc_id, a.title, snippet(quotes_fts, 0, '[', ']', '…', 16), qq.speaker
             FROM quotes_fts JOIN quotes qq ON qq.id = quotes_fts.rowid JOIN articles a ON a.id = qq.article_id
             WHERE quotes_fts MATCH ?1 ORDER BY rank LIMIT ?2",
        )?;
        hits.extend(
            st.query_map(params![q, limit as i64], map)?
                .collect::<rusqlite::Result<Vec<_>>>()?,
        );
        Ok(hits)
    }

    /// Counts and mean Goldstein per period and quad class; per dyad of countries when `by_dyad`.
    pub fn stats(
        &self,
        filter: &EventFilter,
        period: Period,
        by_dyad: bool,
    ) -> Result<Vec<StatRow>> {
        let (w, vals) = filter.where_clause();
        let p = match period {
            Period::Day => "e.day",
            Period::Week => {
                "date(e.day, '-' || ((CAST(strftime('%w', e.day) AS INTEGER) + 6) % 7) || ' days')"
            }
            Period::Month => "substr(e.day, 1, 7) || '-01'",
        };
        let (dy, dg) = if by_dyad {
            ("COALESCE(e.source_country, e.source_code), COALESCE(e.target_country, e.target_code)", ", 2, 3")
        } else {
            ("NULL, NULL", "")
        };
        let sql = format!(
            "SELECT {p} AS period, {dy}, e.quad_class, COUNT(*), SUM(e.num_mentions), AVG(e.goldstein)
             FROM events e WHERE {w} AND e.day IS NOT NULL
             GROUP BY 1{dg}, 4 ORDER BY 1, 2, 3, 4"
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(vals), |r| {
            Ok(StatRow {
                period: r.get(0)?,
                source: r.get(1)?,
                target: r.get(2)?,
                quad_class: r.get(3)?,
                events: r.get(4)?,
                mentions: r.get(5)?,
                goldstein_mean: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Runs a read-only closure on the connection (for the exporter and indicators).
    pub(crate) fn conn(&self) -> &rusqlite::Connection {
        &self.conn
    }
}
