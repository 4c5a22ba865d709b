//! One dictionary name, one phrase.

use super::Draft;
use crate::tree::Rel;

impl Draft<'_> {
    /// A dictionary actor's name the parser split across two phrases ("appealed to the
    /// United Nations and the Organization for Security and Co-operation in Europe to
    /// send observers", with `in Europe` hung on `send`): the words of one name are one
    /// phrase, so a prepositional piece of the name hung outside it joins the name's
    /// first word hung outside it.
    pub(super) fn names_split_by_the_parse(&mut self) {
        let names: Vec<(usize, usize)> = self
            .dict
            .actor_trie
            .find_all(self.syms)
            .map(|(start, len, _)| (start, len))
            .filter(|&(_, len)| len >= 2)
            .collect();
        for (start, len) in names {
            let span = start..start + len;
            let outside: Vec<usize> = span
                .clone()
                .filter(|&k| !matches!(self.heads[k], Some(h) if span.contains(&h)))
                .collect();
            let [head, ref rest @ ..] = outside[..] else {
                continue;
            };
            for &k in rest {
                // Only a prepositional piece ("in Europe"): two nouns of a name on two
                // heads ("Hong | Kong democrats") are a modifier the other repairs join.
                if self.dominates(k, head) || self.preposition_of(k).is_none() {
                    continue;
                }
                self.heads[k] = Some(head);
                self.rels[k] = Rel::Nmod;
            }
        }
    }
}
