//! What the network sees of a word: its lowercase form (digits as 0) if known, its Penn
//! tag, a hashed suffix and a shape class. Position 0 of every sentence is the root.

use crate::hash::{str_hash, MAX_HASHED_CHARS};
use rustc_hash::FxHashMap;

/// Id of an unknown word or tag.
pub(crate) const UNK: u32 = 0;
/// Id of the root's word and tag.
pub(crate) const ROOT: u32 = 1;
/// Shape class of the root.
const ROOT_SHAPE: u8 = 9;
/// Suffix length, in chars.
const SUFFIX_CHARS: usize = 3;

/// Word, tag and relation names of a model.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Vocab {
    /// Known lowercase forms and their ids (from 2).
    pub(crate) words: FxHashMap<String, u32>,
    /// Penn tag names; id = index + 2.
    pub(crate) tags: Vec<String>,
    /// Relation names; id = index.
    pub(crate) labels: Vec<String>,
}

/// One sentence as network inputs, the root first.
#[derive(Debug, Clone, Default)]
pub(crate) struct Input {
    pub(crate) word: Vec<u32>,
    pub(crate) tag: Vec<u32>,
    pub(crate) suf: Vec<u32>,
    pub(crate) shape: Vec<u8>,
}

impl Input {
    /// Positions, the root included.
    pub(crate) fn len(&self) -> usize {
        self.word.len()
    }

    /// Empties the input and puts the root in (for reuse).
    pub(crate) fn start(&mut self, buckets: usize) {
        self.word.clear();
        self.tag.clear();
        self.suf.clear();
        self.shape.clear();
        self.word.push(ROOT);
        self.tag.push(ROOT);
        self.suf
            .push((str_hash("\u{0}root") % buckets.max(1) as u64) as u32);
        self.shape.push(ROOT_SHAPE);
    }
}

/// Lowercases `form` into `out` with every digit as `0`. Only the first
/// `MAX_HASHED_CHARS` chars are kept: a 1 MB "word" costs no more than a long one.
pub(crate) fn normalize_into(form: &str, out: &mut String) {
    out.clear();
    for c in form.chars().take(MAX_HASHED_CHARS) {
        if c.is_ascii_digit() {
            out.push('0');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Shape class of a word (0-8).
pub(crate) fn shape(form: &str) -> u8 {
    let (mut upper, mut lower, mut digit, mut other) = (0, 0, 0, 0);
    let mut first_upper = false;
    for (i, c) in form.chars().take(MAX_HASHED_CHARS).enumerate() {
        if c.is_uppercase() {
            upper += 1;
            first_upper |= i == 0;
        } else if c.is_lowercase() {
            lower += 1;
        } else if c.is_numeric() {
            digit += 1;
        } else {
            other += 1;
        }
    }
    if form.contains('@') || form.contains("://") || form.starts_with("www.") {
        7
    } else if digit > 0 {
        3
    } else if upper + lower == 0 {
        if other > 0 {
            4
        } else {
            8
        }
    } else if form.contains('-') {
        6
    } else if upper == 0 {
        0
    } else if lower == 0 {
        if upper > 1 {
            2
        } else {
            1
        }
    } else if first_upper && upper == 1 {
        1
    } else {
        5
    }
}

impl Vocab {
    /// Id of a Penn tag name (`UNK` if the model never saw it).
    pub(crate) fn tag_id(&self, name: &str) -> u32 {
        self.tags
            .iter()
            .position(|t| t == name)
            .map_or(UNK, |i| i as u32 + 2)
    }

    /// Appends one word to `input`; `lower` is a scratch buffer.
    pub(crate) fn push(
        &self,
        input: &mut Input,
        form: &str,
        tag: u32,
        buckets: usize,
        lower: &mut String,
    ) {
        normalize_into(form, lower);
        input
            .word
            .push(self.words.get(lower.as_str()).copied().unwrap_or(UNK));
        input.tag.push(tag);
        let start = lower
            .char_indices()
            .rev()
            .nth(SUFFIX_CHARS - 1)
            .map_or(0, |(i, _)| i);
        let suffix = lower.get(start..).unwrap_or("");
        input
            .suf
            .push((str_hash(suffix) % buckets.max(1) as u64) as u32);
        input.shape.push(shape(form));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        for (form, want) in [
            ("the", 0),
            ("Obama", 1),
            ("I", 1),
            ("NATO", 2),
            ("1999", 3),
            ("3rd", 3),
            (",", 4),
            ("iPhone", 5),
            ("well-known", 6),
            ("a@b.com", 7),
            ("", 8),
        ] {
            assert_eq!(shape(form), want, "{form}");
        }
    }

    #[test]
    fn normalize() {
        let mut s = String::new();
        normalize_into("Route66", &mut s);
        assert_eq!(s, "route00");
    }
}
