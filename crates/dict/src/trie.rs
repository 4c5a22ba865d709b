//! Word interning and a token trie matched leftmost-longest on token boundaries.

use rustc_hash::FxHashMap;

/// An interned lowercased word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

/// Interns lowercased words so tries compare integers, not strings.
#[derive(Debug, Default, Clone)]
pub struct Interner {
    map: FxHashMap<Box<str>, Sym>,
    words: Vec<Box<str>>,
}

impl Interner {
    /// The symbol for `word` (already lowercased), adding it if new.
    pub fn intern(&mut self, word: &str) -> Sym {
        if let Some(&s) = self.map.get(word) {
            return s;
        }
        let s = Sym(self.words.len() as u32);
        self.words.push(word.into());
        self.map.insert(word.into(), s);
        s
    }

    /// The symbol for `word` (already lowercased), if any dictionary uses it.
    pub fn get(&self, word: &str) -> Option<Sym> {
        self.map.get(word).copied()
    }

    /// The word of a symbol.
    pub fn word(&self, s: Sym) -> &str {
        self.words.get(s.0 as usize).map_or("", |w| w)
    }

    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when no word is interned.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// A trie over word symbols; each phrase ends in a node holding values of type `V`.
#[derive(Debug, Clone)]
pub struct PhraseTrie<V> {
    edges: FxHashMap<(u32, Sym), u32>,
    values: Vec<Vec<V>>,
}

impl<V> Default for PhraseTrie<V> {
    fn default() -> Self {
        PhraseTrie {
            edges: FxHashMap::default(),
            values: vec![Vec::new()],
        }
    }
}

impl<V: Copy> PhraseTrie<V> {
    /// Adds a phrase; a phrase added twice keeps both values.
    pub fn insert(&mut self, phrase: &[Sym], value: V) {
        let mut node = 0u32;
        for &w in phrase {
            node = match self.edges.get(&(node, w)) {
                Some(&n) => n,
                None => {
                    let n = self.values.len() as u32;
                    self.values.push(Vec::new());
                    self.edges.insert((node, w), n);
                    n
                }
            };
        }
        if let Some(v) = self.values.get_mut(node as usize) {
            v.push(value);
        }
    }

    /// The longest phrase starting at `words[start]`: its length and values.
    /// `words` holds one symbol per token (`None` for words no dictionary knows).
    pub fn longest_at(&self, words: &[Option<Sym>], start: usize) -> Option<(usize, &[V])> {
        let mut node = 0u32;
        let mut best = None;
        for (i, w) in words.iter().enumerate().skip(start) {
            let Some(w) = w else { break };
            match self.edges.get(&(node, *w)) {
                Some(&n) => node = n,
                None => break,
            }
            if let Some(v) = self.values.get(node as usize).filter(|v| !v.is_empty()) {
                best = Some((i + 1 - start, v.as_slice()));
            }
        }
        best
    }

    /// Leftmost-longest matches over `words`, each as (start, length, values).
    pub fn find_all<'a>(
        &'a self,
        words: &'a [Option<Sym>],
    ) -> impl Iterator<Item = (usize, usize, &'a [V])> + 'a {
        let mut i = 0;
        std::iter::from_fn(move || {
            while i < words.len() {
                if let Some((len, v)) = self.longest_at(words, i) {
                    let start = i;
                    i += len;
                    return Some((start, len, v));
                }
                i += 1;
            }
            None
        })
    }

    /// Number of phrases stored (values).
    pub fn len(&self) -> usize {
        self.values.iter().map(Vec::len).sum()
    }

    /// True when no phrase is stored.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftmost_longest() {
        let mut int = Interner::default();
        let mut t = PhraseTrie::default();
        let new = int.intern("new");
        let zealand = int.intern("zealand");
        let york = int.intern("york");
        t.insert(&[zealand], 1);
        t.insert(&[new, zealand], 2);
        t.insert(&[new, york], 3);
        let words = [Some(new), Some(zealand), None, Some(zealand), Some(new)];
        let got: Vec<_> = t
            .find_all(&words)
            .map(|(s, l, v)| (s, l, v.to_vec()))
            .collect();
        assert_eq!(got, vec![(0, 2, vec![2]), (3, 1, vec![1])]);
    }
}
