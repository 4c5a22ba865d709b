//! Objects the tagger took for something else. News writes military nouns that double
//! as adjectives ("offensive", "assault"), and the tagger reads them as adjectives: "Turkey
//! launched a major offensive a week ago" comes out with `offensive` an ADJ and the
//! verb's `ccomp`, so no pattern on the verb's object ("* OFFENSIVE") can see it. And a
//! coordinated modifier ("a fresh ground and air offensive") is read as two coordinated
//! objects, `ground` and `offensive`, with the noun that matters hidden in a conjunct.

use super::Draft;
use crate::tree::Rel;
use dyad_model::Upos;

/// Endings of the adjectives of peoples and countries ("Armenian", "Korean", "Chinese",
/// "British", "Iraqi", "French", "American"), not of country names.
const DEMONYM_ENDINGS: &[&str] = &["ian", "ean", "ese", "ish", "i", "ch", "can", "ic"];

impl Draft<'_> {
    /// A word hung on a verb as a clause (`ccomp`, `xcomp`, `advcl`, `parataxis`) that
    /// has an article of its own and nothing a clause has (no subject, copula, auxiliary
    /// or marker), right after a verb with no object, with only its own modifiers in
    /// between, is that verb's object: a clause never starts with "a" or "the".
    pub(super) fn objects_read_as_clauses(&mut self) {
        for k in 0..self.len() {
            let Some(v) = self.heads[k] else { continue };
            let clause = matches!(
                self.rels[k],
                Rel::Ccomp | Rel::Xcomp | Rel::Advcl | Rel::Parataxis
            );
            if !clause
                || v > k
                || !matches!(self.upos(k), Upos::Adj | Upos::Noun)
                || !self.verbal(v)
                || self.has_child(v, Rel::Obj)
            {
                continue;
            }
            let kids: Vec<usize> = self.children(k).collect();
            let article = kids.iter().any(|&c| {
                c < k
                    && self.toks.get(c).is_some_and(|t| {
                        t.deprel == "det"
                            && matches!(t.form.to_lowercase().as_str(), "a" | "an" | "the")
                    })
            });
            let clause_words = kids.iter().any(|&c| {
                matches!(
                    self.rels[c],
                    Rel::Nsubj | Rel::NsubjPass | Rel::Cop | Rel::Aux | Rel::Mark
                )
            });
            let own_modifiers = (v + 1..k).all(|x| self.heads[x] == Some(k));
            if article && !clause_words && own_modifiers {
                self.rels[k] = Rel::Obj;
            }
        }
    }

    /// An apposition hangs only on a nominal; one hung on a verb right after it (only
    /// its own modifiers in between, no comma), a noun phrase that the verb has no
    /// object besides, is its object ("Tokyo accused the West of \"cultural
    /// imperialism\"" read with `West` an `appos` of `accused`).
    pub(super) fn appositions_on_verbs(&mut self) {
        for k in 0..self.len() {
            let Some(v) = self.heads[k] else { continue };
            if self.rels[k] == Rel::Appos
                && v < k
                && self.upos(v) == Upos::Verb
                && self.nominal(k)
                && !self.has_child(v, Rel::Obj)
                && (v + 1..k).all(|x| self.heads[x] == Some(k) && self.upos(x) != Upos::Punct)
            {
                self.rels[k] = Rel::Obj;
            }
        }
    }

    /// "Azerbaijani and Armenian forces" read as three conjuncts (`Azerbaijani` heading
    /// the phrase, `Armenian` and `forces` its conjuncts): when the last conjunct is a
    /// common noun right after an adjective or name conjunct, with no conjunction, comma
    /// or article of its own, it is the head the modifiers share. It takes the first
    /// conjunct's place, with that conjunct (and the other through it) as its modifier.
    pub(super) fn conjoined_modifiers_read_as_heads(&mut self) {
        for y in 1..self.len() {
            let Some(x) = self.heads[y] else { continue };
            let a = y - 1;
            // A name is a modifier when it looks like a people's adjective ("Azerbaijani",
            // "Armenian"), not a country ("Ukraine and pro-Russian rebels" are two).
            let modifier = |k: usize| match self.upos(k) {
                Upos::Adj => true,
                Upos::Propn => self.toks.get(k).is_some_and(|t| {
                    let w = t.form.to_lowercase();
                    DEMONYM_ENDINGS.iter().any(|e| w.ends_with(e))
                }),
                _ => false,
            };
            let shape = self.rels[y] == Rel::Conj
                && self.upos(y) == Upos::Noun
                && x < a
                && self.heads[a] == Some(x)
                && self.rels[a] == Rel::Conj
                && modifier(a)
                && modifier(x);
            if !shape || self.children(y).next().is_some() {
                continue;
            }
            let x_kids: Vec<usize> = self.children(x).filter(|&c| c < x).collect();
            self.heads[y] = self.heads[x];
            self.rels[y] = self.rels[x];
            for c in x_kids {
                self.heads[c] = Some(y);
            }
            self.heads[x] = Some(y);
            self.rels[x] = Rel::Compound;
        }
    }

    /// "a ground and air offensive", read with `ground` the object and `offensive` its
    /// conjunct (holding `air` as a compound): when the first conjunct is a singular noun
    /// with "a"/"an" and no other modifier after the article, directly followed by the
    /// conjunction, and the second is a singular noun with a compound of its own right
    /// after the conjunction and no article, the first is a modifier coordinated with
    /// that compound, and the second heads the phrase.
    pub(super) fn coordinated_modifiers(&mut self) {
        for y in 0..self.len() {
            let Some(x) = self.heads[y] else { continue };
            if self.rels[y] != Rel::Conj || x > y || x + 3 > y {
                continue;
            }
            let singular = |i: usize| self.xpos(i) == "NN";
            let (cc, z) = (x + 1, x + 2);
            let cc_ok = self.heads[cc] == Some(y) && self.rels[cc] == Rel::Cc;
            let z_ok = self.heads[z] == Some(y) && self.rels[z] == Rel::Compound && z + 1 == y;
            let x_kids: Vec<usize> = self.children(x).collect();
            let indefinite = x_kids.iter().any(|&c| {
                self.toks
                    .get(c)
                    .is_some_and(|t| matches!(t.form.to_lowercase().as_str(), "a" | "an"))
            });
            let x_before_only = x_kids.iter().all(|&c| c < x || c == y);
            let y_article = self
                .children(y)
                .any(|c| self.toks.get(c).is_some_and(|t| t.deprel == "det"));
            if !(singular(x) && singular(y) && cc_ok && z_ok && indefinite && x_before_only)
                || y_article
            {
                continue;
            }
            // `y` takes `x`'s place; `x`'s modifiers before it (article, adjectives) go
            // to `y`, and `x` becomes a modifier of `y` with `z` its conjunct.
            self.heads[y] = self.heads[x];
            self.rels[y] = self.rels[x];
            for c in x_kids {
                if c < x {
                    self.heads[c] = Some(y);
                }
            }
            self.heads[x] = Some(y);
            self.rels[x] = Rel::Compound;
            self.heads[z] = Some(x);
            self.rels[z] = Rel::Conj;
            self.heads[cc] = Some(z);
        }
    }
}
