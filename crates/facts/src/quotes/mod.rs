//! Quotes (stub while being written).
use dyad_model::{Paragraph, Sentence};
/// A quote.
#[derive(Debug)]
pub struct Quote {
    /// Spans.
    pub spans: Vec<dyad_model::Span>,
    /// Speaker.
    pub speaker: Speaker,
}
/// Speaker.
#[derive(Debug)]
pub struct Speaker {
    /// Name.
    pub name: String,
}
/// Finds quotes.
pub fn find_quotes(_text: &str, _s: &[Sentence], _p: &[Paragraph]) -> Vec<Quote> {
    Vec::new()
}
