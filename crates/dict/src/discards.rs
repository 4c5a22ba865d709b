//! Discard lists: phrases that drop a sentence, or (with `+`) a whole story.

use crate::error::Sink;
use crate::text::{phrase_words, strip_comment, XmlComments};
use crate::{DictError, FileId, Origin};

/// One discard phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discard {
    /// Its words, lowercased.
    pub words: Vec<String>,
    /// True (`+PHRASE`) when the whole story is dropped, not only the sentence.
    pub story: bool,
    /// Where it was written.
    pub origin: Origin,
}

/// All discards read.
#[derive(Debug, Clone, Default)]
pub struct DiscardDict {
    /// The entries.
    pub discards: Vec<Discard>,
}

impl DiscardDict {
    /// Reads one discards file.
    pub(crate) fn read(
        &mut self,
        text: &str,
        file: FileId,
        _sink: &mut Sink<'_>,
    ) -> Result<(), DictError> {
        let mut xml = XmlComments::default();
        for (n, raw) in text.lines().enumerate() {
            let line = strip_comment(xml.strip(raw)).trim();
            if line.is_empty() {
                continue;
            }
            let (story, phrase) = match line.strip_prefix('+') {
                Some(p) => (true, p),
                None => (false, line),
            };
            let words = phrase_words(phrase);
            if !words.is_empty() {
                let origin = Origin {
                    file,
                    line: n as u32 + 1,
                };
                self.discards.push(Discard {
                    words,
                    story,
                    origin,
                });
            }
        }
        Ok(())
    }
}
