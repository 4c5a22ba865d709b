//! Noun phrases the small neural parser splits where the perceptron keeps them whole
//! (session 9): two coordinated adjectives read as two modifiers of the noun ("the
//! Chinese and Indian foreign ministers"), the "by" phrase that names who did the act a
//! noun object names hung on the verb ("requested an intervention by Senegal"), and a
//! bare noun object read as a predicate ("promised backing for Moldova"), and the last
//! word of a compound after a preposition read as a clause ("accused X of money
//! laundering").

use super::Draft;
use crate::tree::Rel;
use dyad_model::Upos;

/// Verbs whose complement is a predicate noun ("became president", "remained chairman",
/// "turned traitor"): their bare noun `xcomp` is no object.
const LINKING: &[&str] = &[
    "be", "become", "remain", "stay", "seem", "appear", "turn", "prove", "look", "sound", "feel",
    "grow", "get", "go", "come", "continue", "return", "die", "serve", "act",
];

impl Draft<'_> {
    /// "the Chinese and Indian ministers" read with both adjectives `amod`s of the noun
    /// and the conjunction on the second: the second is the first's conjunct, as UD
    /// coordinates modifiers, so that each names its own actor. Only when the two are
    /// next to each other but for the conjunction (and a comma), and the second has no
    /// other word of its own.
    pub(super) fn coordinated_adjectives(&mut self) {
        for b in 2..self.len() {
            let Some(n) = self.heads[b] else { continue };
            let a = b - 2;
            let cc = b - 1;
            let amod = |k: usize| self.toks.get(k).is_some_and(|t| t.deprel == "amod");
            let adjective = |k: usize| matches!(self.upos(k), Upos::Adj | Upos::Propn);
            let shape = n > b
                && amod(a)
                && amod(b)
                && adjective(a)
                && adjective(b)
                && self.heads[a] == Some(n)
                && self.heads[cc] == Some(b)
                && self.rels[cc] == Rel::Cc
                && self.children(b).all(|k| k == cc);
            if shape {
                self.heads[b] = Some(a);
                self.rels[b] = Rel::Conj;
            }
        }
    }

    /// "requested an intervention by Senegal", "investigated war crimes by Russian
    /// troops", read with the "by" phrase an oblique of the verb: on an active verb
    /// (no passive subject or auxiliary), a "by" phrase right after the verb's noun
    /// object that names an actor or agent says who did what the noun names, so it is
    /// the noun's. A "by" phrase of means or measure ("by force", "by 10 percent")
    /// names no actor and stays.
    pub(super) fn agents_read_as_obliques(&mut self) {
        for p in 1..self.len() {
            let Some(v) = self.heads[p] else { continue };
            if self.rels[p] != Rel::Nmod || !self.verbal(v) || p < v {
                continue;
            }
            let Some(by) = self.preposition_of(p) else {
                continue;
            };
            let by_word = self
                .toks
                .get(by)
                .is_some_and(|t| t.form.eq_ignore_ascii_case("by"));
            // A participle is passive unless "have" makes it perfect ("the journalist
            // taken hostage by Islamic State").
            let perfect = self.children(v).any(|c| {
                self.rels[c] == Rel::Aux && self.toks.get(c).is_some_and(|t| t.lemma == "have")
            });
            let passive = self.has_child(v, Rel::NsubjPass)
                || (self.xpos(v) == "VBN" && !perfect)
                || self.children(v).any(|c| {
                    self.toks
                        .get(c)
                        .is_some_and(|t| t.deprel == "aux:pass" || t.deprel == "auxpass")
                });
            let Some(o) = self
                .children(v)
                .find(|&c| self.rels[c] == Rel::Obj && c < by)
            else {
                continue;
            };
            let (lo, hi) = self.extent(p);
            let next_to_object = self.extent(o).1 + 1 == lo.min(by);
            if !by_word
                || passive
                || self.upos(o) != Upos::Noun
                || !next_to_object
                || !(self.names_actor(lo, hi) || self.names_agent(lo, hi))
            {
                continue;
            }
            self.heads[p] = Some(o);
        }
    }

    /// "promised backing for Moldova", read with `backing` an `xcomp`: a bare common
    /// noun right after a verb that has no object and is no linking verb ("became
    /// president"), with no word of a clause under it (subject, copula, auxiliary,
    /// marker, object: "helped rescue two brothers" is a verb the tagger took for a
    /// noun), is the verb's object. It runs last, so that no repair before it reads the
    /// new object ("a statement urging restraint" stays a clause).
    pub(super) fn objects_read_as_predicates(&mut self) {
        for k in 1..self.len() {
            let Some(v) = self.heads[k] else { continue };
            if self.rels[k] != Rel::Xcomp
                || v + 1 != k
                || self.upos(k) != Upos::Noun
                || !self.verbal(v)
                || self.has_child(v, Rel::Obj)
                || self.has_child(v, Rel::NsubjPass)
                || self
                    .toks
                    .get(v)
                    .is_some_and(|t| LINKING.contains(&t.lemma.to_lowercase().as_str()))
            {
                continue;
            }
            let clause_words = self.children(k).any(|c| {
                matches!(
                    self.rels[c],
                    Rel::Nsubj | Rel::NsubjPass | Rel::Cop | Rel::Aux | Rel::Mark | Rel::Obj
                )
            });
            if !clause_words {
                self.rels[k] = Rel::Obj;
            }
        }
    }

    /// "accused Singapore of money laundering", read with "of money" a phrase of
    /// `Singapore` and `laundering` a clause of the verb with no word of its own: a bare
    /// noun or gerund hung as a clause on a verb, or on the noun the phrase hangs on,
    /// right after a prepositional phrase's noun that ends that phrase, is the phrase's
    /// head, the noun before it a compound.
    pub(super) fn compounds_split_by_clauses(&mut self) {
        for g in 2..self.len() {
            let m = g - 1;
            let Some(v) = self.heads[g] else { continue };
            let clause =
                matches!(self.rels[g], Rel::Advcl | Rel::Xcomp | Rel::Ccomp) && self.verbal(v);
            // Or a clause of the noun the phrase hangs on ("of arms | smuggling", with
            // `smuggling` an `acl` of the object).
            let noun_clause = self.rels[g] == Rel::Acl && self.heads[m] == Some(v);
            let word = matches!(self.xpos(g), "NN" | "VBG");
            if !(clause || noun_clause)
                || !word
                || self.children(g).next().is_some()
                || self.rels[m] != Rel::Nmod
                || self.upos(m) != Upos::Noun
                || self.preposition_of(m).is_none()
                || self.extent(m).1 != m
            {
                continue;
            }
            let kids: Vec<usize> = self.children(m).collect();
            for k in kids {
                self.heads[k] = Some(g);
            }
            self.heads[g] = self.heads[m];
            self.rels[g] = Rel::Nmod;
            self.heads[m] = Some(g);
            self.rels[m] = Rel::Compound;
        }
    }
}
