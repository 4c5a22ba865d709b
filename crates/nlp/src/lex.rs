//! What the models see of a word: hashes of its form, affixes and shape, and its
//! ambiguity class from the training lexicon.

use crate::hash::{mix, str_hash, MAX_HASHED_CHARS};
use rustc_hash::FxHashMap;

/// Hashed views of one word.
#[derive(Clone, Copy, Default)]
pub(crate) struct Lex {
    pub(crate) word: u64,
    pub(crate) lower: u64,
    pub(crate) pre: [u64; 3],
    pub(crate) suf: [u64; 4],
    pub(crate) shape: u64,
    /// Ambiguity class: the set of tags the word took in training, or a class for
    /// unknown words.
    pub(crate) class: u64,
    /// Not in the lexicon and ending in "-ed": could be a past tense.
    pub(crate) unknown_ed: bool,
    /// Begins with a capital letter.
    pub(crate) capital: bool,
}

/// Stand-ins for positions before the first and after the last word.
pub(crate) const PAD: Lex = Lex {
    word: 0x1111,
    lower: 0x2222,
    pre: [0x3333; 3],
    suf: [0x4444; 4],
    shape: 0x5555,
    class: 0x6666,
    unknown_ed: false,
    capital: false,
};

/// Longest shape string kept, in chars: enough to tell "Xx", "dd.dd", "X.X." apart.
const MAX_SHAPE: usize = 12;

/// Computes a word's hashes; `lexicon` maps lowercase hashes to ambiguity classes.
pub(crate) fn lex(form: &str, lexicon: &FxHashMap<u64, u64>) -> Lex {
    const SEED: u64 = 0xCBF2_9CE4_8422_2325;
    let mut lower = SEED;
    let mut pre = [0u64; 3];
    let mut shape = SEED;
    let mut last_shape = '\0';
    let mut shape_len = 0;
    let mut n = 0;
    for c in form.chars().take(MAX_HASHED_CHARS) {
        for l in c.to_lowercase() {
            lower = (lower ^ u64::from(l)).wrapping_mul(0x0100_0000_01B3);
        }
        if n < 3 {
            pre[n] = mix(
                if n == 0 { 7 } else { pre[n - 1] },
                u64::from(c.to_lowercase().next().unwrap_or(c)),
            );
        }
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else if c.is_ascii_punctuation() {
            c
        } else if c.is_alphabetic() {
            'a'
        } else {
            'o'
        };
        if s != last_shape && shape_len < MAX_SHAPE {
            shape = mix(shape, u64::from(s));
            shape_len += 1;
            last_shape = s;
        }
        n += 1;
    }
    for p in pre.iter_mut().skip(n) {
        *p = 0x77;
    }
    let len = form.chars().take(MAX_HASHED_CHARS + 1).count() as u64;
    let lower = mix(lower, len);
    let mut suf = [0x88u64; 4];
    let mut h = 11u64;
    for (j, c) in form.chars().rev().take(4).enumerate() {
        h = mix(h, u64::from(c.to_lowercase().next().unwrap_or(c)));
        suf[j] = h;
    }
    let (class, unknown_ed) = match lexicon.get(&lower) {
        Some(&c) => (c, false),
        None => (
            mix(0x9999, shape),
            form.ends_with("ed") || form.ends_with("ED"),
        ),
    };
    Lex {
        word: str_hash(form),
        lower,
        pre,
        suf,
        shape,
        class,
        unknown_ed,
        capital: form.chars().next().is_some_and(char::is_uppercase),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_string_is_safe() {
        let lexicon = FxHashMap::default();
        for w in [
            "",
            "a",
            "Ünïcödé",
            "🙂🙂🙂",
            &"x".repeat(100_000),
            "İstanbul",
        ] {
            let _ = lex(w, &lexicon);
        }
        assert_eq!(
            lex("Urged", &lexicon).lower,
            crate::hash::lower_hash("urged")
        );
        assert_eq!(lex("Urged", &lexicon).suf, lex("urged", &lexicon).suf);
        assert_ne!(lex("Urged", &lexicon).shape, lex("urged", &lexicon).shape);
    }
}
