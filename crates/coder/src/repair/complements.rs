//! What follows a verb's object, where the small neural parser hangs it on the object:
//! the subject of a reported clause ("said Turkish troops fired on ..."), a predicate
//! noun after a relative clause ("said the explosions that brought down two airliners
//! were the work of ..."), and an infinitive the verb has the object do ("sent its
//! Revolutionary Guards to fight alongside ..."). A treebank hangs each on the verb.

use super::Draft;
use crate::tree::Rel;
use dyad_model::Upos;

impl Draft<'_> {
    /// "Syrian state media said Turkish troops fired on the militiamen", read with
    /// `troops` the object of `said` and `fired` a clause with no subject: a finite
    /// clause right after a verb's object, with no subject of its own, has that noun
    /// phrase as its subject (a verb's object is never followed by a bare clause of the
    /// same verb in a treebank).
    pub(super) fn reported_subjects_read_as_objects(&mut self) {
        for o in 0..self.len() {
            let Some(v) = self.heads[o].filter(|&v| v < o) else {
                continue;
            };
            if self.rels[o] != Rel::Obj || !self.nominal(o) {
                continue;
            }
            let (_, hi) = self.words_extent(o);
            let clause = self.children(v).find(|&c| {
                c > hi
                    && self.rels[c] == Rel::Ccomp
                    // A past tense the tagger read as a participle ("fired") is
                    // still a clause: `ccomp` says so.
                    && (self.finite(c) || self.xpos(c) == "VBN")
                    && self.only_auxiliaries(hi + 1, c)
                    && !self.children(c).any(|s| self.is_subject(s))
            });
            let Some(c) = clause else { continue };
            self.heads[o] = Some(c);
            self.rels[o] = Rel::Nsubj;
        }
    }

    /// "said the explosions that brought down two airliners were the work of
    /// terrorists", read with `work` (and its copula) an object inside the relative
    /// clause: a noun with a copula is a predicate, never an object, so after a relative
    /// clause it is the predicate of the noun the clause modifies, and that clause is the
    /// complement of the verb the noun was the object of.
    pub(super) fn predicates_read_as_objects(&mut self) {
        for n in 0..self.len() {
            let Some(r) = self.heads[n].filter(|&r| r < n) else {
                continue;
            };
            let Some(e) = self.heads[r].filter(|&e| e < r) else {
                continue;
            };
            let Some(v) = self.heads[e].filter(|&v| v < e) else {
                continue;
            };
            let copula = self
                .children(n)
                .any(|c| c > r && c < n && self.rels[c] == Rel::Cop);
            if self.rels[n] != Rel::Obj
                || !self.nominal(n)
                || !copula
                || self.rels[r] != Rel::Relcl
                || self.rels[e] != Rel::Obj
                || !self.verbal(v)
                || self
                    .children(v)
                    .any(|c| c > e && self.rels[c] == Rel::Ccomp)
            {
                continue;
            }
            self.heads[n] = Some(v);
            self.rels[n] = Rel::Ccomp;
            self.heads[e] = Some(n);
            self.rels[e] = Rel::Nsubj;
        }
    }

    /// "Iran has sent militia members and its Revolutionary Guards to fight alongside
    /// Syrian troops", read with `to fight` a clause of `Guards`: an infinitive right
    /// after a verb's object (or the object's last conjunct) that names an actor or an
    /// agent is what the verb has that actor do ("sent X to fight", "urged X to leave"),
    /// the verb's clause, as a treebank has it; "a plan to fight corruption" names none.
    pub(super) fn infinitives_of_actor_objects(&mut self) {
        for a in 0..self.len() {
            let Some(n) = self.heads[a].filter(|&n| n < a) else {
                continue;
            };
            let object = match self.rels[n] {
                Rel::Obj => self.heads[n],
                Rel::Conj => self.heads[n]
                    .filter(|&o| self.rels[o] == Rel::Obj)
                    .and_then(|o| self.heads[o]),
                _ => None,
            };
            let Some(v) = object.filter(|&v| v < n && self.verbal(v)) else {
                continue;
            };
            let to = self.children(a).any(|m| {
                m < a
                    && self.rels[m] == Rel::Mark
                    && self
                        .toks
                        .get(m)
                        .is_some_and(|t| t.form.eq_ignore_ascii_case("to"))
            });
            if self.rels[a] != Rel::Acl
                || !to
                || !self.verbal(a)
                || self.children(a).any(|s| self.is_subject(s))
            {
                continue;
            }
            // The object's own head word: "Trump's decision to withdraw" names an actor
            // only in its possessor.
            // Only people: a plural or a name ("has the authority to deploy", "told the
            // leader to resign" are the noun's or the verb's own meaning).
            let people = matches!(self.xpos(n), "NNS" | "NNPS") || self.upos(n) == Upos::Propn;
            if !people || !self.names_actor(n, n) && !self.names_agent(n, n) {
                continue;
            }
            self.heads[a] = Some(v);
            self.rels[a] = Rel::Advcl;
        }
    }
}
