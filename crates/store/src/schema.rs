//! The schema and its migrations, tracked by SQLite's `user_version`.

use crate::{Error, Result};
use rusqlite::Connection;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 2;

/// Migration `i` takes a database from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 0 -> 1: articles, sentences, mentions, events, quotes, places, full-text indexes.
    r#"
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    title TEXT,
    source TEXT,
    byline TEXT,
    dateline TEXT,
    url TEXT,
    published TEXT,
    language TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_doc ON articles(doc_id);
CREATE TABLE sentences (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    day TEXT,
    date_precision TEXT,
    source_code TEXT,
    source_country TEXT,
    target_code TEXT,
    target_country TEXT,
    cameo TEXT NOT NULL,
    root TEXT NOT NULL,
    quad_class INTEGER,
    goldstein REAL,
    plover_event TEXT,
    plover_mode TEXT,
    negated INTEGER NOT NULL DEFAULT 0,
    historical INTEGER NOT NULL DEFAULT 0,
    num_mentions INTEGER NOT NULL DEFAULT 0,
    num_articles INTEGER NOT NULL DEFAULT 0,
    num_sources INTEGER NOT NULL DEFAULT 0,
    place TEXT,
    place_country TEXT,
    place_adm1 TEXT,
    lat REAL,
    lon REAL,
    first_seen TEXT,
    last_seen TEXT
);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_root ON events(root, day);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id),
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    source_code TEXT,
    source_text TEXT,
    source_start INTEGER,
    source_end INTEGER,
    target_code TEXT,
    target_text TEXT,
    target_start INTEGER,
    target_end INTEGER,
    cameo TEXT NOT NULL,
    negated INTEGER NOT NULL,
    day TEXT,
    date_precision TEXT,
    historical INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    verb_start INTEGER NOT NULL,
    verb_end INTEGER NOT NULL,
    place TEXT,
    place_country TEXT,
    lat REAL,
    lon REAL,
    explain TEXT
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_kind TEXT NOT NULL,
    verb TEXT,
    direct INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE TABLE places (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    adm1 TEXT,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    geonames_id INTEGER,
    feature TEXT NOT NULL,
    confidence REAL NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content='quotes', content_rowid='id');
"#,
    // 1 -> 2: which files an ingest has finished, so a crashed run resumes where it stopped;
    // alerts raised by the early-warning rules.
    r#"
CREATE TABLE ingested_files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    modified TEXT NOT NULL,
    articles INTEGER NOT NULL,
    finished_at TEXT NOT NULL
);
CREATE INDEX places_country ON places(country);
CREATE TABLE alerts (
    id TEXT PRIMARY KEY,
    rule TEXT NOT NULL,
    severity TEXT NOT NULL,
    subject TEXT NOT NULL,
    window_start TEXT NOT NULL,
    window_end TEXT NOT NULL,
    score REAL NOT NULL,
    raised_on TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX alerts_subject ON alerts(rule, subject, window_end);
"#,
];

/// Brings the database up to [`SCHEMA_VERSION`], one transaction per step.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(Error::TooNew {
            found,
            known: SCHEMA_VERSION,
        });
    }
    for (version, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// Creates a database at an older schema version (for migration tests).
#[doc(hidden)]
pub fn create_at_version(conn: &mut Connection, version: i64) -> Result<()> {
    for (v, sql) in MIGRATIONS.iter().enumerate().take(version as usize) {
        conn.execute_batch(sql)?;
        conn.pragma_update(None, "user_version", v as i64 + 1)?;
    }
    Ok(())
}
