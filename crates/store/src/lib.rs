//! dyad's event store: articles, their sentences, event mentions folded into events,
//! quotes and places, in one SQLite file (WAL mode).
//!
//! Mentions are what the coder finds in one sentence; events are mentions folded by day,
//! source, target and CAMEO code, counting their mentions, articles and sources as GDELT
//! does (NumMentions, NumArticles, NumSources). Ingest is idempotent: an article whose
//! content hash is already stored is skipped.
//!
//! ```
//! use dyad_store::{Store, EventFilter};
//! let store = Store::open_in_memory().unwrap();
//! assert_eq!(store.count_events(&EventFilter::default()).unwrap(), 0);
//! ```
#![deny(missing_docs)]

mod alerts;
mod error;
mod export;
mod ingest;
mod query;
mod schema;

pub use alerts::AlertRow;
pub use error::{Error, Result};
pub use export::{export, ExportFormat};
pub use ingest::content_hash;
pub use query::{
    ArticleRow, EventFilter, EventRow, MentionRow, Period, QuoteRow, SearchHit, StatRow,
};
pub use schema::SCHEMA_VERSION;

use rusqlite::Connection;
use std::path::Path;

/// An open event store.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path).map_err(|e| Error::Open {
            path: path.to_path_buf(),
            source: e,
        })?;
        Store::init(conn)
    }

    /// A throwaway database in memory (tests, benchmarks).
    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let mut store = Store { conn };
        schema::migrate(&mut store.conn)?;
        Ok(store)
    }

    /// Creates a database at `path` with an older schema `version`, as an older dyad would
    /// have left it (for migration tests).
    #[doc(hidden)]
    pub fn create_with_old_schema(path: &Path, version: i64) -> Result<()> {
        let mut conn = Connection::open(path)?;
        schema::create_at_version(&mut conn, version)
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}
