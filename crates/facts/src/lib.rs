//! Facts that sit beside events: **when** things happened and **who said what**.
//!
//! * [`time`] finds temporal expressions in a sentence ("on Friday", "Sunday's vote",
//!   "in the late 1980s", "during World War II", "2014-03-16") and resolves them against the
//!   article's publication date, with a precision and a `historical` flag for the past.
//! * [`quotes`] finds direct quotes (straight or curly marks, split by an attribution,
//!   running over several sentences or paragraphs, partial quotes inside a sentence) and
//!   indirect speech, and resolves each speaker to a person or a group through names,
//!   titles, nominal mentions and pronouns. Slogans and quotes nobody is credited with say
//!   so rather than guessing.
//!
//! Both work from the article text and its [`dyad_model::Sentence`]s. When the sentences
//! carry a dependency parse (non-empty `deprel`), it is used to choose the expression that
//! governs the main verb and to read verb tense; otherwise surface patterns are used.
//!
//! ```
//! use chrono::NaiveDate;
//! use dyad_model::{DatePrecision, Sentence, Span};
//!
//! let text = "Tatars will protest ahead of Sunday's vote.";
//! let sentence = Sentence { span: Span::new(0, text.len()), text: text.into(), ..Default::default() };
//! let published = NaiveDate::from_ymd_opt(2014, 3, 14).unwrap(); // a Friday
//! let found = dyad_facts::time::resolve_sentence(&sentence, text, published);
//! assert_eq!(found[0].date.date, NaiveDate::from_ymd_opt(2014, 3, 16).unwrap());
//! assert_eq!(found[0].date.precision, DatePrecision::Day);
//!
//! let text = "\"We want it to happen,\" Ali Veli said, \"before it is too late.\"";
//! let quotes = dyad_facts::quotes::find_quotes(text, &[], &[]);
//! assert_eq!(quotes.len(), 1);
//! assert_eq!(quotes[0].spans.len(), 2);
//! assert_eq!(quotes[0].speaker.name, "Ali Veli");
//! ```
#![deny(missing_docs)]

pub mod quotes;
pub mod time;
mod words;
