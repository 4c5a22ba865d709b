//! Writing one article's analysis: the article, its sentences, mentions folded into
//! events, quotes and places, all in one transaction.

use crate::{Result, Store};
use dyad_model::{Analysis, Event};
use rusqlite::{params, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

/// The content hash that identifies an article across re-ingests: title and text.
pub fn content_hash(title: Option<&str>, text: &str) -> String {
    let mut h = Sha256::new();
    h.update(title.unwrap_or("").as_bytes());
    h.update([0u8]);
    h.update(text.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The folding key of an event: its day, dyad, code and polarity. An undated mention
/// folds only within its own article: without a day, two reports cannot be known to
/// tell of the same event.
fn fold_key(day: Option<&str>, article_id: i64, e: &Event) -> String {
    fn code(a: &Option<dyad_model::ActorMention>) -> &str {
        a.as_ref().map_or("", |m| m.code.as_str())
    }
    format!(
        "{}|{}|{}|{}|{}",
        day.map_or_else(|| format!("article:{article_id}"), str::to_string),
        code(&e.source),
        code(&e.target),
        e.cameo,
        u8::from(e.negated)
    )
}

impl Store {
    /// True when an article with this content hash is stored.
    pub fn has_article(&self, hash: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM articles WHERE hash = ?1", [hash], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Stores an analysed article. Returns its row id, or `None` when it was already stored.
    pub fn insert(&mut self, analysis: &Analysis) -> Result<Option<i64>> {
        let a = &analysis.article;
        let hash = content_hash(a.title.as_deref(), &a.text);
        let tx = self.conn.transaction()?;
        let exists = tx
            .query_row(
                "SELECT 1 FROM articles WHERE hash = ?1",
                [&hash],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if exists {
            return Ok(None);
        }
        let published = a
            .published
            .map(|p| p.format("%Y-%m-%dT%H:%M:%S").to_string());
        tx.execute(
            "INSERT INTO articles (doc_id, hash, title, source, byline, dateline, url, published, language, text, ingested_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, datetime('now'))",
            params![a.id, hash, a.title, a.source, a.byline, a.dateline, a.url, published, a.language, a.text],
        )?;
        let article_id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO articles_fts (rowid, title, text) VALUES (?1, ?2, ?3)",
            params![article_id, a.title.as_deref().unwrap_or(""), a.text],
        )?;
        {
            let mut st = tx.prepare_cached(
                "INSERT INTO sentences (article_id, idx, start, end) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for s in &analysis.sentences {
                st.execute(params![
                    article_id,
                    s.index as i64,
                    s.span.start as i64,
                    s.span.end as i64
                ])?;
            }
        }
        let default_day = a.published.map(|p| p.date().format("%Y-%m-%d").to_string());
        let mut touched = BTreeSet::new();
        for e in &analysis.events {
            touched.insert(insert_mention(&tx, article_id, e, default_day.as_deref())?);
        }
        refresh_counts(&tx, &touched)?;
        insert_quotes(&tx, article_id, analysis)?;
        insert_places(&tx, article_id, analysis)?;
        tx.commit()?;
        Ok(Some(article_id))
    }

    /// Records that every article of `path` is stored (for resuming an interrupted ingest).
    pub fn mark_file_done(
        &self,
        path: &str,
        size: u64,
        modified: &str,
        articles: usize,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT OR REPLACE INTO ingested_files (path, size, modified, articles, finished_at)
             VALUES (?1, ?2, ?3, ?4, datetime('now'))",
            params![path, size as i64, modified, articles as i64],
        )?;
        Ok(())
    }

    /// True when `path` was fully ingested with the same size and modification time.
    pub fn is_file_done(&self, path: &str, size: u64, modified: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM ingested_files WHERE path = ?1 AND size = ?2 AND modified = ?3",
                params![path, size as i64, modified],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }
}

fn insert_mention(
    tx: &Transaction,
    article_id: i64,
    e: &Event,
    default_day: Option<&str>,
) -> Result<i64> {
    let day = e
        .date
        .map(|d| d.date.format("%Y-%m-%d").to_string())
        .or_else(|| {
            (!e.historical)
                .then(|| default_day.map(str::to_string))
                .flatten()
        });
    let key = fold_key(day.as_deref(), article_id, e);
    let src = e.source.as_ref();
    let tgt = e.target.as_ref();
    let loc = e.location.as_ref();
    let event_id: i64 = tx.query_row(
        "INSERT INTO events (key, day, date_precision, source_code, source_country, target_code, target_country, cameo, root,
                             quad_class, goldstein, plover_event, plover_mode, negated, historical, num_mentions,
                             place, place_country, place_adm1, lat, lon, first_seen, last_seen)
         VALUES (?1, ?2, ?19, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1, ?15, ?16, ?20, ?17, ?18, datetime('now'), datetime('now'))
         ON CONFLICT(key) DO UPDATE SET num_mentions = num_mentions + 1, last_seen = datetime('now'),
             place = COALESCE(place, excluded.place), place_country = COALESCE(place_country, excluded.place_country),
             place_adm1 = COALESCE(place_adm1, excluded.place_adm1),
             lat = COALESCE(lat, excluded.lat), lon = COALESCE(lon, excluded.lon)
         RETURNING id",
        params![
            key,
            day,
            src.map(|m| &m.code),
            src.and_then(|m| m.country.as_ref()),
            tgt.map(|m| &m.code),
            tgt.and_then(|m| m.country.as_ref()),
            e.cameo,
            e.cameo_root,
            e.quad_class.map(u8::from),
            e.goldstein,
            e.plover.event,
            e.plover.mode,
            e.negated,
            e.historical,
            loc.map(|p| &p.name),
            loc.map(|p| &p.country),
            loc.map(|p| p.lat),
            loc.map(|p| p.lon),
            e.date.map(|d| format!("{:?}", d.precision).to_lowercase()),
            loc.and_then(|p| p.adm1.as_ref()),
        ],
        |r| r.get(0),
    )?;
    let explain = e.explain.as_ref().map(serde_json::to_string).transpose()?;
    tx.prepare_cached(
        "INSERT INTO mentions (event_id, article_id, sentence, source_code, source_text, source_start, source_end,
                               target_code, target_text, target_start, target_end, cameo, negated, day, date_precision,
                               historical, start, end, verb_start, verb_end, place, place_country, lat, lon, explain)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
    )?
    .execute(params![
        event_id,
        article_id,
        e.sentence as i64,
        src.map(|m| &m.code),
        src.map(|m| &m.text),
        src.map(|m| m.span.start as i64),
        src.map(|m| m.span.end as i64),
        tgt.map(|m| &m.code),
        tgt.map(|m| &m.text),
        tgt.map(|m| m.span.start as i64),
        tgt.map(|m| m.span.end as i64),
        e.cameo,
        e.negated,
        day,
        e.date.map(|d| format!("{:?}", d.precision).to_lowercase()),
        e.historical,
        e.span.start as i64,
        e.span.end as i64,
        e.verb_span.start as i64,
        e.verb_span.end as i64,
        loc.map(|p| &p.name),
        loc.map(|p| &p.country),
        loc.map(|p| p.lat),
        loc.map(|p| p.lon),
        explain,
    ])?;
    Ok(event_id)
}

/// Recounts articles and distinct sources for the events an article touched.
fn refresh_counts(tx: &Transaction, events: &BTreeSet<i64>) -> Result<()> {
    let mut st = tx.prepare_cached(
        "UPDATE events SET
            num_articles = (SELECT COUNT(DISTINCT article_id) FROM mentions WHERE event_id = ?1),
            num_sources = (SELECT COUNT(DISTINCT COALESCE(a.source, a.url, a.doc_id))
                           FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?1)
         WHERE id = ?1",
    )?;
    for id in events {
        st.execute([id])?;
    }
    Ok(())
}

fn insert_quotes(tx: &Transaction, article_id: i64, analysis: &Analysis) -> Result<()> {
    let mut st = tx.prepare_cached(
        "INSERT INTO quotes (article_id, text, speaker, speaker_kind, verb, direct, start, end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let mut fts =
        tx.prepare_cached("INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?1, ?2, ?3)")?;
    for q in &analysis.quotes {
        let start = q.spans.iter().map(|s| s.start).min().unwrap_or(0);
        let end = q.spans.iter().map(|s| s.end).max().unwrap_or(0);
        let kind = format!("{:?}", q.speaker_kind).to_lowercase();
        st.execute(params![
            article_id,
            q.text,
            q.speaker,
            kind,
            q.verb,
            q.direct,
            start as i64,
            end as i64
        ])?;
        fts.execute(params![
            tx.last_insert_rowid(),
            q.text,
            q.speaker.as_deref().unwrap_or("")
        ])?;
    }
    Ok(())
}

fn insert_places(tx: &Transaction, article_id: i64, analysis: &Analysis) -> Result<()> {
    let mut st = tx.prepare_cached(
        "INSERT INTO places (article_id, text, name, country, adm1, lat, lon, geonames_id, feature, confidence, start, end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    for p in &analysis.places {
        st.execute(params![
            article_id,
            p.text,
            p.name,
            p.country,
            p.adm1,
            p.lat,
            p.lon,
            p.geonames_id.map(|g| g as i64),
            p.feature,
            p.confidence,
            p.span.start as i64,
            p.span.end as i64
        ])?;
    }
    Ok(())
}
