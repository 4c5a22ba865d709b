//! dyad's readers: news inputs in the forms researchers have them, turned into
//! [`dyad_model::Article`]s.
//!
//! Formats, chosen by extension (looking through `.gz`) or by sniffing the content:
//! plain-text wire reports (headline, agency byline with update time, dateline), HTML pages
//! (main text by Readability-style scoring, metadata from JSON-LD, Open Graph and `<meta>`),
//! JSON Lines and CSV records with configurable [`Columns`], RSS/Atom feeds and WARC
//! archives. Every item is a `Result`, so one bad record never stops a batch; errors name
//! the input, line and record ([`ReadError`]).
//!
//! ```
//! use dyad_read::Reader;
//! let reader = Reader::builder().build();
//! let text = "Envoys meet\n\nWritten by AFP | Geneva | Updated: Mar 3 2014, 10:00am hrs\n\
//!             GENEVA, March 3 (AFP) - Envoys met on Monday.\n";
//! let articles: Vec<_> = reader.read_bytes("note.txt", text.as_bytes()).collect();
//! let a = articles[0].as_ref().unwrap();
//! assert_eq!(a.title.as_deref(), Some("Envoys meet"));
//! assert_eq!(a.source.as_deref(), Some("AFP"));
//! assert_eq!(a.dateline.as_deref(), Some("GENEVA"));
//! assert!(a.text.starts_with("GENEVA, March 3 (AFP)"));
//! ```
#![deny(missing_docs)]

mod candidate;
mod classes;
mod columns;
mod date;
mod error;
mod extract;
mod feed;
mod html;
mod meta;
mod para;
mod reader;
mod records;
mod render;
mod text;
mod warc;

pub use columns::Columns;
pub use date::parse_date;
pub use error::{ErrorKind, ReadError};
pub use html::{decode_html, parse_html};
pub use meta::{page_meta, PageMeta};
pub use para::paragraphs;
pub use reader::{Format, Items, Reader, ReaderBuilder, MAX_INPUT};
pub use records::MAX_RECORD;
pub use text::{agency, parse_text};
