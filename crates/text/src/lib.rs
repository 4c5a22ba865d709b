//! Sentence splitting and tokenization of news text for dyad.
//!
//! A [`Tokenizer`] turns an article body into [`dyad_model::Sentence`]s whose tokens carry
//! their form and byte span in the text; tags, lemmas and heads are left for the tagger
//! and parser. Tokens follow UD English (EWT) conventions: clitics are split
//! (`do` `n't`, `Crimea` `'s`), punctuation is separated, numbers, abbreviations, URLs
//! and e-mail addresses stay whole. Sentences end at `.`, `!`, `?` and ellipses (with
//! closing quotes kept), at blank lines, but not after titles and initials. A dateline
//! (`SIMFEROPOL, March 14 (AFP) -`, `NAJAF, Iraq : `, an agency byline `Reuters - `) is
//! found by [`dateline`] and left out of the body, and so is one with an agency opening a
//! later sentence. Wire-copy noise is read clean where the text is tokenized: backslashes
//! standing for line breaks (`during\Congo`) are spaces and, unless
//! [`TokenizerBuilder::clean_entities`] turns it off, entities (`Burundi #39;s`, `&quot;`)
//! are their characters; a token's form is then the clean word and its span still covers the
//! original bytes.
//! [`eval`] scores the whole thing against a UD treebank from raw text.
//!
//! ```
//! let tok = dyad_text::Tokenizer::new();
//! let text = "SIMFEROPOL, March 14 (AFP) - Gen. Ivanov didn't say. \"It's over,\" he said.";
//! let sents = tok.sentences(text);
//! assert_eq!(sents.len(), 2);
//! let forms: Vec<&str> = sents[0].tokens.iter().map(|t| t.form.as_str()).collect();
//! assert_eq!(forms, ["Gen.", "Ivanov", "did", "n't", "say", "."]);
//! assert_eq!(sents[1].text, "\"It's over,\" he said.");
//! for t in &sents[1].tokens {
//!     assert_eq!(t.span.slice(text), t.form);
//! }
//! ```
#![deny(missing_docs)]

mod bare;
mod chars;
mod clitic;
mod dateline;
mod entity;
mod error;
pub mod eval;
mod lexicon;
mod link;
mod scan;
mod split;
mod tokenizer;
mod wire;
mod word;

pub use bare::PlaceNames;
pub use dateline::{dateline, Dateline};
pub use error::Error;
pub use tokenizer::{
    pretokenized, Tokenizer, TokenizerBuilder, DEFAULT_CLEAN_ENTITIES, DEFAULT_MAX_SENTENCE_BYTES,
    DEFAULT_MAX_SENTENCE_TOKENS,
};
