//! Hyphenated names split by the tokenizer, matched as the dictionaries' one word.

use crate::tree::Tree;
use dyad_dict::Dictionaries;

/// A hyphenated word split by the tokenizer, as UD does ("Al - Qaeda"), is one word in
/// the dictionaries ("AL-QAEDA"): the sentence's words with each such run joined back
/// into the dictionary's word, and where each joined word came from.
pub(crate) struct Joined {
    /// Words of the sentence, runs joined; empty when nothing was joined.
    syms: Vec<Option<dyad_dict::Sym>>,
    /// First token of each word of `syms`, and one past the last.
    starts: Vec<usize>,
}

/// Parts of a hyphenated word joined back: names rarely hold more ("Barad-dur",
/// "Guinea-Bissau", "Al-Aqsa"); the limit bounds the work on a run of hyphens.
const MAX_HYPHEN_PARTS: usize = 4;

impl Joined {
    pub(crate) fn new(t: &Tree<'_>, d: &Dictionaries) -> Joined {
        let mut j = Joined {
            syms: Vec::new(),
            starts: Vec::new(),
        };
        let toks = &t.s.tokens;
        // "a - b" with no space on either side of the hyphen.
        let glued = |k: usize| {
            matches!(toks.get(k).map(|x| x.form.as_str()), Some("-"))
                && k > 0
                && k + 1 < t.len()
                && toks[k - 1].span.end == toks[k].span.start
                && toks[k].span.end == toks[k + 1].span.start
        };
        if !(1..t.len()).any(glued) {
            return j;
        }
        let mut word = String::new();
        let mut i = 0;
        while i < t.len() {
            // The longest run from `i` that the dictionaries know as one word.
            let mut best = None;
            word.clear();
            word.push_str(&t.forms[i]);
            let mut k = i;
            for _ in 1..MAX_HYPHEN_PARTS {
                if !glued(k + 1) {
                    break;
                }
                word.push('-');
                word.push_str(&t.forms[k + 2]);
                k += 2;
                if let Some(s) = d.sym(&word) {
                    best = Some((s, k));
                }
            }
            j.starts.push(i);
            match best {
                Some((s, end)) => {
                    j.syms.push(Some(s));
                    i = end + 1;
                }
                None => {
                    j.syms.push(t.syms[i]);
                    i += 1;
                }
            }
        }
        j.starts.push(t.len());
        j
    }

    /// The words to match: the joined ones, else the sentence's own.
    pub(crate) fn syms<'a>(&'a self, t: &'a Tree<'_>) -> &'a [Option<dyad_dict::Sym>] {
        if self.syms.is_empty() {
            &t.syms
        } else {
            &self.syms
        }
    }

    /// A match over words `start..start + len` as tokens: first token and count.
    pub(crate) fn tokens(&self, start: usize, len: usize) -> (usize, usize) {
        if self.syms.is_empty() {
            return (start, len);
        }
        let a = self.starts.get(start).copied().unwrap_or(start);
        let b = self.starts.get(start + len).copied().unwrap_or(a + len);
        (a, b.saturating_sub(a).max(1))
    }
}
