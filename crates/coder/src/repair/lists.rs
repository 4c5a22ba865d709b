//! Lists of names the neural parsers read as appositions: "the ambassadors of Arnor,
//! Osgiliath and Gondor" comes out with `Osgiliath` an apposition of `ambassadors`, and
//! "Fornost and the evil Gondor" with `Gondor` one of `Fornost`. A treebank has neither:
//! an apposition takes no "and" of its own, and the middle of a list is a conjunct.

use super::Draft;
use crate::tree::Rel;
use dyad_model::Upos;

impl Draft<'_> {
    /// An apposition that carries a coordinator of its own ("Fornost and the evil
    /// Gondor") is a conjunct of the word it hangs on. A name apposition right after a
    /// comma that follows another name, whose own conjunct carries the coordinator, is
    /// the middle of a list ("Arnor, Osgiliath and Gondor" with `Osgiliath` on
    /// `ambassadors`, "Mordor, the awful Fornost, and Gondor" with `Fornost` on `Mordor`):
    /// it and its conjunct become conjuncts of the name before the comma.
    pub(super) fn appositions_in_lists(&mut self) {
        for x in 1..self.len() {
            let Some(h) = self.heads[x] else { continue };
            if self.rels[x] != Rel::Appos || h > x || !self.nominal(x) {
                continue;
            }
            let own_cc = self.children(x).any(|c| c < x && self.rels[c] == Rel::Cc);
            if own_cc {
                self.rels[x] = Rel::Conj;
                continue;
            }
            let listed = self
                .children(x)
                .any(|c| c > x && self.rels[c] == Rel::Conj && self.has_child(c, Rel::Cc));
            // The comma may hang on the apposition or on the word before it.
            let (lo, _) = self.extent(x);
            let is_comma = |k: usize| self.toks.get(k).is_some_and(|t| t.form == ",");
            let comma = if is_comma(lo) {
                Some(lo)
            } else {
                lo.checked_sub(1)
            };
            let Some((comma, n)) = comma.and_then(|c| Some((c, c.checked_sub(1)?))) else {
                continue;
            };
            let shape = listed
                && self.upos(x) == Upos::Propn
                && is_comma(comma)
                && self.upos(n) == Upos::Propn
                && self.dominates(h, n)
                && !self.dominates(x, n);
            if !shape {
                continue;
            }
            let conjuncts: Vec<usize> = self
                .children(x)
                .filter(|&c| c > x && self.rels[c] == Rel::Conj)
                .collect();
            self.heads[x] = Some(n);
            self.rels[x] = Rel::Conj;
            for c in conjuncts {
                self.heads[c] = Some(n);
            }
        }
    }
}
