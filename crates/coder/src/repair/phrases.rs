//! Repairs of phrases and their heads: objects read as parataxis, one name read as two,
//! prepositions on objects and subjects, verbs conjoined to nouns, bare objects,
//! participles before nouns, adverbs read as predicates.

use super::{Draft, MAX_CLIMB};
use crate::tree::Rel;
use dyad_model::Upos;

impl Draft<'_> {
    /// A relative clause read as a conjunct of the main verb ("looked favorably on
    /// Bernie Sanders, who ... had visited Cuba" with `visited` a `conj` of `looked`):
    /// a verb whose subject is "who" right after a comma that follows a noun is that
    /// noun's relative clause, so "who" stands for the noun, not for the main clause's
    /// subject. ("..., which" often stands for the whole clause before it: "accepted an
    /// invitation to meet Kim Jong Un, which would make him the first ...".)
    pub(super) fn relatives_read_as_conjuncts(&mut self) {
        for v in 0..self.len() {
            if self.rels[v] != Rel::Conj || !self.verbal(v) {
                continue;
            }
            let Some(w) = (0..v).find(|&k| {
                self.heads[k] == Some(v)
                    && self.rels[k] == Rel::Nsubj
                    && self
                        .toks
                        .get(k)
                        .is_some_and(|t| t.form.eq_ignore_ascii_case("who"))
            }) else {
                continue;
            };
            let comma = w >= 2 && self.toks.get(w - 1).is_some_and(|t| t.form == ",");
            if !comma || !matches!(self.upos(w - 2), Upos::Noun | Upos::Propn) {
                continue;
            }
            // The noun's phrase head: a name's last word hangs on its first ("flat").
            let mut n = w - 2;
            for _ in 0..MAX_CLIMB {
                match self.heads[n] {
                    Some(h) if h < n && self.rels[n] == Rel::Other && self.nominal(h) => n = h,
                    _ => break,
                }
            }
            self.heads[v] = Some(n);
            self.rels[v] = Rel::Relcl;
        }
    }

    /// A preposition hung on the number before its noun ("deliver aid to 50,000 people",
    /// with `to` a `case` of `50,000`) is the noun's, when the noun has none of its own.
    pub(super) fn prepositions_on_numbers(&mut self) {
        for c in 0..self.len() {
            let Some(n) = self.heads[c] else { continue };
            if self.rels[c] != Rel::Case || n <= c || self.upos(n) != Upos::Num {
                continue;
            }
            let Some(m) = self.heads[n] else { continue };
            let counted = self.toks.get(n).is_some_and(|t| t.deprel == "nummod")
                && matches!(self.upos(m), Upos::Noun | Upos::Propn)
                && n < m;
            if counted && !self.has_child(m, Rel::Case) {
                self.heads[c] = Some(m);
            }
        }
    }

    /// A noun right after a verb that has no object, attached to it as `parataxis`, is
    /// that object misread ("They imposed visa bans but ..."): parataxis joins clauses,
    /// not a verb and a bare noun.
    pub(super) fn nouns_read_as_parataxis(&mut self) {
        for i in 0..self.len() {
            let Some(h) = self.heads[i] else { continue };
            let noun = matches!(self.upos(i), Upos::Noun | Upos::Propn);
            let verb = self.upos(h) == Upos::Verb;
            // Only the noun's own modifiers ("visa", "the") stand between them.
            let between_ok = (h + 1..i).all(|k| {
                self.heads[k] == Some(i)
                    && matches!(self.upos(k), Upos::Noun | Upos::Adj | Upos::Det | Upos::Num)
            });
            if self.rels[i] == Rel::Parataxis
                && noun
                && verb
                && h < i
                && between_ok
                && !self.has_child(h, Rel::Obj)
            {
                self.rels[i] = Rel::Obj;
            }
        }
    }

    /// A proper name attached to the proper name beside it as `nmod`, `appos` or `conj`,
    /// with no preposition or conjunction, is one name read as two ("Bree Prime Minister
    /// Romendacil" with `Romendacil` an nmod of `Bree`; "Arnor President Umbardacil" with
    /// an appos): the words belong to one phrase, as `compound` and `flat` would have
    /// them.
    pub(super) fn names_read_as_two(&mut self) {
        let proper = |k: usize| self.upos(k) == Upos::Propn || self.xpos(k).starts_with("NNP");
        // Tokens with a preposition or conjunction of their own, in one pass.
        let mut marked = vec![false; self.len()];
        for k in 0..self.len() {
            if let (Some(h), Rel::Case | Rel::Cc) = (self.heads[k], self.rels[k]) {
                marked[h] = true;
            }
        }
        let mut one_name = vec![false; self.len()];
        for (i, one) in one_name.iter_mut().enumerate() {
            let Some(h) = self.heads[i] else { continue };
            if !matches!(self.rels[i], Rel::Nmod | Rel::Appos | Rel::Conj) {
                continue;
            }
            let (a, b) = (i.min(h), i.max(h));
            *one = !marked[i] && (a..=b).all(proper);
        }
        for (i, one) in one_name.into_iter().enumerate() {
            if one {
                self.rels[i] = Rel::Other;
            }
        }
    }

    /// Objects and subjects never take a preposition in UD: one that has one is a
    /// prepositional phrase ("criticized over its dispute" with `dispute` read as the
    /// object). A subject's is hung on the subject phrase it follows ("an embargo against
    /// Mordor would not work", with both nouns read as subjects).
    pub(super) fn prepositions_on_arguments(&mut self) {
        for i in 0..self.len() {
            let subject = self.is_subject(i);
            if !(subject || matches!(self.rels[i], Rel::Obj | Rel::Iobj)) {
                continue;
            }
            let Some(p) = self.preposition_of(i) else {
                continue;
            };
            self.rels[i] = Rel::Nmod;
            let Some(h) = self.heads[i] else { continue };
            if subject && p > 0 {
                let owner = self
                    .children(h)
                    .find(|&s| s != i && self.is_subject(s) && self.dominates(s, p - 1));
                if let Some(s) = owner {
                    self.heads[i] = Some(s);
                }
            }
        }
    }

    /// A verb coordinated with a noun ("condemned an attack ... and promised aid", with
    /// `promised` a conjunct of `attack` or of `aid`) is coordinated with the verb above
    /// that noun; a noun right after it that it was hung on is its object. A noun that is
    /// a predicate ("is a doctor and lives in X") keeps its conjunct, and so does a verb
    /// with a noun of its own before it ("after crowds burned", a clause of its own).
    pub(super) fn verbs_conjoined_to_nouns(&mut self) {
        for v in 0..self.len() {
            let Some(n) = self.heads[v] else { continue };
            let finite = matches!(self.xpos(v), "VBD" | "VBZ" | "VBP" | "VBN");
            if self.rels[v] != Rel::Conj
                || self.upos(v) != Upos::Verb
                || !finite
                || !matches!(self.upos(n), Upos::Noun | Upos::Propn)
                || self.has_child(n, Rel::Cop)
            {
                continue;
            }
            if self.heads[n].is_none() && n < v {
                self.verb_after_a_list(n, v);
                continue;
            }
            if self.children(v).any(|k| k < v && self.nominal(k)) {
                continue;
            }
            let mut a = n;
            let mut up = None;
            for _ in 0..MAX_CLIMB {
                match self.heads[a] {
                    Some(x) if self.verbal(x) => {
                        up = Some(x);
                        break;
                    }
                    Some(x) => a = x,
                    None => break,
                }
            }
            let Some(up) = up.filter(|&x| x < v) else {
                continue;
            };
            self.heads[v] = Some(up);
            let between_own = (v + 1..n).all(|k| self.heads[k] == Some(n));
            if n > v && between_own && !self.has_child(v, Rel::Obj) {
                self.heads[n] = Some(v);
                self.rels[n] = Rel::Obj;
            }
        }
    }

    /// A noun hung on some other word as a bare `nmod`/`obl` (no preposition, no time or
    /// measure subtype) right after a verb that has no object is that verb's object
    /// ("promised raids to the villages", with `raids` read as a phrase of an earlier
    /// noun).
    pub(super) fn bare_objects(&mut self) {
        for k in 0..self.len() {
            let plain = matches!(
                self.toks.get(k).map(|t| t.deprel.as_str()),
                Some("nmod" | "obl")
            );
            if self.rels[k] != Rel::Nmod
                || !plain
                || self.upos(k) != Upos::Noun
                || self.preposition_of(k).is_some()
            {
                continue;
            }
            // The verb before the noun, only the noun's own modifiers between.
            let mut v = k;
            while v > 0 && self.heads[v - 1] == Some(k) && self.rels[v - 1] == Rel::Other {
                v -= 1;
            }
            let Some(v) = v.checked_sub(1) else { continue };
            if self.upos(v) == Upos::Verb
                && !self.has_child(v, Rel::Obj)
                && !self.dominates(k, v)
                && self.heads[k] != Some(v)
            {
                self.heads[k] = Some(v);
                self.rels[k] = Rel::Obj;
            }
        }
    }

    /// A bare participle between a verb and its noun describes the noun ("will abandon
    /// improved relations with X", read with `improved` a clause and `relations` its
    /// object): the noun is the verb's object. So with a number or determiner read as
    /// the object before the participle ("repatriate 800 captured fighters"), which
    /// becomes the noun's.
    pub(super) fn participles_before_nouns(&mut self) {
        for p in 1..self.len() {
            let Some(v) = self.heads[p] else { continue };
            let q = p - 1;
            let counted = q > v
                && self.heads[q] == Some(v)
                && self.rels[q] == Rel::Obj
                && matches!(self.upos(q), Upos::Num | Upos::Det);
            // After a number the tagger's past tense is a participle too.
            let participle = self.xpos(p) == "VBN" || (counted && self.xpos(p) == "VBD");
            if !participle
                || !(v + 1 == p || counted)
                || !matches!(self.rels[p], Rel::Ccomp | Rel::Xcomp)
                || self.upos(v) != Upos::Verb
                || (!counted && self.has_child(v, Rel::Obj))
            {
                continue;
            }
            let Some(o) = self.children(p).next() else {
                continue;
            };
            let modifiers = (p + 1..o).all(|k| {
                self.heads[k] == Some(o) && matches!(self.rels[k], Rel::Other | Rel::Compound)
            });
            if self.rels[o] == Rel::Obj && o > p && modifiers && self.nominal(o) {
                // What else the participle held (later phrases, clauses) is the verb's.
                for k in o + 1..self.len() {
                    if self.heads[k] == Some(p) {
                        self.heads[k] = Some(v);
                    }
                }
                self.heads[o] = Some(v);
                self.heads[p] = Some(o);
                self.rels[p] = Rel::Other;
                if counted {
                    self.heads[q] = Some(o);
                    self.rels[q] = Rel::Other;
                }
            }
        }
    }

    /// An adverb with a copula is no predicate: "X was heavily and unjustly criticized",
    /// read with `heavily` as the predicate and `criticized` its conjunct, has the verb
    /// as predicate, the copula its auxiliary and the adverb its modifier.
    pub(super) fn adverbs_read_as_predicates(&mut self) {
        for a in 0..self.len() {
            if self.upos(a) != Upos::Adv {
                continue;
            }
            let Some(cop) = self.children(a).find(|&k| self.rels[k] == Rel::Cop) else {
                continue;
            };
            let verb = self
                .children(a)
                .find(|&k| k > a && self.rels[k] == Rel::Conj && self.upos(k) == Upos::Verb);
            let Some(v) = verb else { continue };
            let passive = self.xpos(v) == "VBN";
            self.heads[v] = self.heads[a];
            self.rels[v] = self.rels[a];
            for k in 0..self.len() {
                if k != v && self.heads[k] == Some(a) && (k > v || k < a || k == cop) {
                    self.heads[k] = Some(v);
                    if self.rels[k] == Rel::Nsubj && passive {
                        self.rels[k] = Rel::NsubjPass;
                    }
                }
            }
            self.heads[a] = Some(v);
            self.rels[a] = Rel::Advmod;
            self.rels[cop] = Rel::Aux;
        }
    }

    /// A passive verb takes no object: a preposition hung on it as an adverb right before its "object" heads that phrase ("was criticized over its
    /// dispute", with `over` an adverb of `criticized` and `dispute` its object).
    pub(super) fn prepositions_before_passive_objects(&mut self) {
        for o in 1..self.len() {
            let Some(v) = self.heads[o] else { continue };
            if self.rels[o] != Rel::Obj || !self.has_child(v, Rel::NsubjPass) {
                continue;
            }
            let (lo, _) = self.extent(o);
            let Some(p) = lo.checked_sub(1) else { continue };
            // A particle ("broken down a treaty") stays the verb's.
            let adverb = self.rels[p] == Rel::Advmod && self.xpos(p) != "RP";
            if self.upos(p) == Upos::Adp && adverb && self.heads[p] == Some(v) && p > v {
                self.heads[p] = Some(o);
                self.rels[p] = Rel::Case;
            }
        }
    }

    /// "rescheduled his mushroom hunting trip in X", read with `hunting` a clause of its
    /// own whose object is `trip`: a gerund between a singular noun object and a bare
    /// noun is a word of one compound, headed by the last noun, which is the object.
    pub(super) fn gerunds_inside_compounds(&mut self) {
        for g in 1..self.len().saturating_sub(1) {
            let (n, o) = (g - 1, g + 1);
            let Some(h) = self.heads[n].filter(|_| self.rels[n] == Rel::Obj) else {
                continue;
            };
            let clause = self
                .children(g)
                .any(|k| matches!(self.rels[k], Rel::Mark | Rel::Aux) || self.is_subject(k));
            if self.xpos(g) != "VBG"
                || !matches!(self.rels[g], Rel::Advcl | Rel::Acl | Rel::Xcomp)
                || !matches!(self.heads[g], Some(x) if x == h || x == n)
                || self.xpos(n) != "NN"
                || self.upos(o) != Upos::Noun
                || self.heads[o] != Some(g)
                || self.rels[o] != Rel::Obj
                || clause
            {
                continue;
            }
            for k in 0..self.len() {
                if k != o && self.heads[k] == Some(g) {
                    self.heads[k] = Some(o);
                }
            }
            self.heads[o] = Some(h);
            self.heads[n] = Some(o);
            self.rels[n] = Rel::Other;
            self.heads[g] = Some(o);
            self.rels[g] = Rel::Other;
        }
    }
}
