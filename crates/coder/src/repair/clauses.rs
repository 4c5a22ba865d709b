//! Who is a clause's subject or object, where the neural parsers hang it elsewhere: a
//! name split into two objects ("investigated former prime minister Najib | Razak"), an apposition
//! set off by commas read as a second subject ("The Union, the leading rights group,
//! petitioned"), the subject of a clause after "after" or "since" read as the object of
//! that word ("after Trump urged ..."), and the subject of a conjoined clause read as a
//! conjunct of the noun before it ("talks with the government and the kidnappers have
//! dropped ..."). A treebank has none of these: a verb has one subject, a preposition
//! takes no clause's subject, and a verb with auxiliaries after a noun has that noun as
//! subject when it has none.

use super::Draft;
use crate::tree::Rel;
use dyad_model::Upos;

/// Words that introduce a clause and that the parsers also read as prepositions.
const CLAUSE_WORDS: &[&str] = &[
    "after", "before", "since", "until", "till", "as", "because", "while", "once", "when",
];

impl Draft<'_> {
    /// First and last token under `i`, leaving out punctuation at its edges.
    pub(super) fn words_extent(&self, i: usize) -> (usize, usize) {
        let (mut lo, mut hi) = self.extent(i);
        while lo < i && self.rels[lo] == Rel::Punct {
            lo += 1;
        }
        while hi > i && self.rels[hi] == Rel::Punct {
            hi -= 1;
        }
        (lo, hi)
    }

    pub(super) fn is_comma(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.form == ",")
    }

    /// A finite verb: a tensed form, or one with an auxiliary.
    pub(super) fn finite(&self, v: usize) -> bool {
        self.verbal(v)
            && (matches!(self.xpos(v), "VBD" | "VBZ" | "VBP") || self.has_child(v, Rel::Aux))
    }

    /// The tokens from `from` to `v` (excluded) are only `v`'s auxiliaries and adverbs.
    pub(super) fn only_auxiliaries(&self, from: usize, v: usize) -> bool {
        (from..v)
            .all(|k| self.heads[k] == Some(v) && matches!(self.rels[k], Rel::Aux | Rel::Advmod))
    }

    /// "A, B, verb" read with both A and B subjects of the verb: B, set off by commas on
    /// both sides, is an apposition of A. (Run before `two_subjects`, which reads two
    /// subjects with nothing between them as one phrase ending in its head.)
    pub(super) fn appositions_read_as_subjects(&mut self) {
        for b in 1..self.len() {
            let Some(h) = self.heads[b].filter(|&h| b < h && self.is_subject(b)) else {
                continue;
            };
            let a = self
                .children(h)
                .filter(|&a| a < b && self.is_subject(a))
                .last();
            let Some(a) = a else { continue };
            let (_, a_hi) = self.words_extent(a);
            let (b_lo, b_hi) = self.words_extent(b);
            let set_off = a_hi + 2 == b_lo
                && self.is_comma(a_hi + 1)
                && self.is_comma(b_hi + 1)
                && b_hi + 1 < h
                && self.nominal(a)
                && self.nominal(b);
            if set_off {
                self.heads[b] = Some(a);
                self.rels[b] = Rel::Appos;
            }
        }
    }

    /// "went on to defend Biden after Trump urged governments to ...", read with
    /// "after" the preposition of "Trump" and `urged` a clause with no subject: the
    /// noun right before a finite verb with no subject is its subject, and the word
    /// introduces the clause.
    pub(super) fn clause_subjects_read_as_objects(&mut self) {
        for p in 0..self.len() {
            let Some(n) = self.heads[p] else { continue };
            let word = self.toks.get(p).map(|t| t.form.to_lowercase());
            if self.rels[p] != Rel::Case
                || !word.is_some_and(|w| CLAUSE_WORDS.contains(&w.as_str()))
                || self.rels[n] != Rel::Nmod
                || !self.nominal(n)
            {
                continue;
            }
            let (lo, hi) = self.words_extent(n);
            if lo != p {
                continue;
            }
            let Some(v) = (hi + 1..self.len()).find(|&k| self.verbal(k)) else {
                continue;
            };
            // A phrase the parser hung under the verb itself is read as that verb's
            // modifier, its subject then being elsewhere ("a minister who could be key
            // ... after an Israeli pullout held a meeting"): left alone.
            if !self.finite(v)
                || !self.only_auxiliaries(hi + 1, v)
                || self.children(v).any(|s| self.is_subject(s))
                || self.dominates(v, n)
            {
                continue;
            }
            if self.heads[v] == Some(n) {
                self.heads[v] = self.heads[n];
                self.rels[v] = Rel::Advcl;
            }
            if self.dominates(n, v) {
                continue; // still under the noun through another word: leave it
            }
            self.heads[n] = Some(v);
            self.rels[n] = Rel::Nsubj;
            self.heads[p] = Some(v);
            self.rels[p] = Rel::Mark;
        }
    }

    /// "began talks with the government and the kidnappers have dropped their demands",
    /// read with `kidnappers` a conjunct of `government` and `dropped` a conjunct of
    /// `began` with no subject: the noun after the coordinator, right before the verb
    /// and its auxiliaries, is the verb's subject, and the coordinator joins the verbs.
    pub(super) fn conjoined_subjects_read_as_conjuncts(&mut self) {
        for n in 1..self.len() {
            let Some(m) = self.heads[n] else { continue };
            // Only the last conjunct: an earlier one's extent takes in the later ones.
            if self.rels[n] != Rel::Conj
                || m > n
                || !self.nominal(n)
                || !self.nominal(m)
                || self.has_child(n, Rel::Conj)
            {
                continue;
            }
            let Some(cc) = self.children(n).find(|&c| c < n && self.rels[c] == Rel::Cc) else {
                continue;
            };
            let (_, hi) = self.words_extent(n);
            let Some(v) = (hi + 1..self.len()).find(|&k| self.verbal(k)) else {
                continue;
            };
            let shape = self.rels[v] == Rel::Conj
                && self.heads[v].is_some_and(|h| h < n && self.verbal(h))
                && self.finite(v)
                && self.only_auxiliaries(hi + 1, v)
                && !self.children(v).any(|s| self.is_subject(s))
                && !self.dominates(n, v);
            if !shape {
                continue;
            }
            self.heads[n] = Some(v);
            self.rels[n] = Rel::Nsubj;
            self.heads[cc] = Some(v);
        }
    }

    /// "investigated former prime minister Najib Razak" read with `minister` and
    /// `Razak` both objects of the verb: two objects side by side, the second a name,
    /// are one phrase ending in its head, the name. When the name's own words name an
    /// actor, the words before it describe that actor; else they are part of its name.
    pub(super) fn names_read_as_two_objects(&mut self) {
        for b in 1..self.len() {
            let Some(v) = self.heads[b].filter(|&v| v < b && self.rels[b] == Rel::Obj) else {
                continue;
            };
            let a = self
                .children(v)
                .filter(|&a| v < a && a < b && self.rels[a] == Rel::Obj)
                .last();
            let Some(a) = a else { continue };
            let (_, a_hi) = self.words_extent(a);
            let (b_lo, _) = self.words_extent(b);
            let side_by_side = a_hi + 1 == b_lo
                && self.upos(b) == Upos::Propn
                && matches!(self.upos(a), Upos::Noun | Upos::Propn);
            if side_by_side {
                let own_name = self.names_actor(b_lo, b);
                self.heads[a] = Some(b);
                self.rels[a] = if own_name { Rel::Appos } else { Rel::Other };
            }
        }
    }
}
