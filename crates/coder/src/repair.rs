//! Repairs of parse errors that a statistical parser makes on news text and that the
//! coder would otherwise read literally. Each repair finds a structure a treebank would
//! not have (two subjects of one verb, a conjunct before its head, a preposition on an
//! object, a verb coordinated with a noun) and turns it into the one it would; a
//! well-formed parse passes through unchanged. They run once per sentence, before the
//! tree's child lists are built.

use crate::tree::Rel;
use dyad_model::{Token, Upos};

/// A parse being repaired: heads (0-based, `None` for the root) and relations.
pub(crate) struct Draft<'a> {
    pub(crate) toks: &'a [Token],
    pub(crate) heads: &'a mut [Option<usize>],
    pub(crate) rels: &'a mut [Rel],
    /// Tokens inside a dictionary actor's name.
    pub(crate) named: &'a [bool],
}

/// Applies every repair, in an order where each one sees the earlier ones' results.
pub(crate) fn repair(d: &mut Draft<'_>) {
    d.capitalized_verbs_in_names();
    d.prepositions_on_arguments();
    d.conjuncts_before_their_verb();
    d.verbs_conjoined_to_nouns();
    d.bare_objects();
    d.two_subjects();
    d.pronoun_objects_of_reports();
    d.participles_before_nouns();
}

/// Nested clauses a repair walks up through; real sentences rarely nest deeper.
const MAX_CLIMB: usize = 6;

impl Draft<'_> {
    fn len(&self) -> usize {
        self.heads.len()
    }

    fn upos(&self, i: usize) -> Upos {
        self.toks.get(i).map_or(Upos::X, |t| t.upos)
    }

    fn xpos(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.xpos.as_str())
    }

    fn nominal(&self, i: usize) -> bool {
        matches!(
            self.upos(i),
            Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num
        )
    }

    fn verbal(&self, i: usize) -> bool {
        self.upos(i) == Upos::Verb || (self.xpos(i).starts_with("VB") && self.upos(i) != Upos::Aux)
    }

    fn is_subject(&self, i: usize) -> bool {
        matches!(self.rels[i], Rel::Nsubj | Rel::NsubjPass)
    }

    fn children(&self, h: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.len()).filter(move |&k| self.heads[k] == Some(h))
    }

    fn has_child(&self, h: usize, rel: Rel) -> bool {
        self.children(h).any(|k| self.rels[k] == rel)
    }

    fn dominates(&self, b: usize, a: usize) -> bool {
        crate::tree::dominates(self.heads, b, a)
    }

    /// First and last token under `i`.
    fn extent(&self, i: usize) -> (usize, usize) {
        let mut lo = i;
        let mut hi = i;
        for k in 0..self.len() {
            if self.dominates(i, k) {
                lo = lo.min(k);
                hi = hi.max(k);
            }
        }
        (lo, hi)
    }

    /// A preposition (not the possessive "'s") among the children of `i`.
    fn preposition_of(&self, i: usize) -> Option<usize> {
        self.children(i)
            .find(|&c| self.rels[c] == Rel::Case && c < i && self.xpos(c) != "POS")
    }

    /// Objects and subjects never take a preposition in UD: one that has one is a
    /// prepositional phrase ("criticized over its dispute" with `dispute` read as the
    /// object). A subject's is hung on the subject phrase it follows ("an embargo against
    /// Mordor would not work", with both nouns read as subjects).
    fn prepositions_on_arguments(&mut self) {
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

    /// A conjunct always follows its head. A noun hung as `conj` on a verb after it is
    /// the verb's subject ("Ithilen's awful and evil minister Calimehtar warned", with
    /// `awful` read as the subject and `Calimehtar` as a conjunct of `warned`): the word
    /// read as subject, when it is no noun, is a modifier of it; when it is a noun, the
    /// two are coordinated subjects.
    fn conjuncts_before_their_verb(&mut self) {
        for c in 0..self.len() {
            let Some(h) = self.heads[c] else { continue };
            if self.rels[c] != Rel::Conj || c > h || !self.nominal(c) || !self.verbal(h) {
                continue;
            }
            let subj = self
                .children(h)
                .find(|&s| s != c && s < h && self.is_subject(s));
            match subj {
                None => self.rels[c] = Rel::Nsubj,
                Some(s) if s < c && !self.nominal(s) => {
                    self.rels[c] = self.rels[s];
                    self.heads[s] = Some(c);
                    self.rels[s] = Rel::Other;
                }
                Some(s) if s < c => self.heads[c] = Some(s),
                Some(_) => {}
            }
        }
    }

    /// A verb coordinated with a noun ("condemned an attack ... and promised aid", with
    /// `promised` a conjunct of `attack` or of `aid`) is coordinated with the verb above
    /// that noun; a noun right after it that it was hung on is its object. A noun that is
    /// a predicate ("is a doctor and lives in X") keeps its conjunct, and so does a verb
    /// with a noun of its own before it ("after crowds burned", a clause of its own).
    fn verbs_conjoined_to_nouns(&mut self) {
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

    /// "X, Y and Z welcomed ...", read with X as the sentence's root, `welcomed` its
    /// conjunct and Z the subject: the verb is the root and X one of its subjects (which
    /// `two_subjects` then coordinates with Z).
    fn verb_after_a_list(&mut self, n: usize, v: usize) {
        let own_subject = self
            .children(v)
            .any(|s| n < s && s < v && self.is_subject(s) && self.nominal(s));
        if !own_subject {
            return;
        }
        self.heads[v] = None;
        self.rels[v] = self.rels[n];
        self.heads[n] = Some(v);
        self.rels[n] = Rel::Nsubj;
        // What the root held after the verb (the final stop) is the verb's.
        for k in v + 1..self.len() {
            if self.heads[k] == Some(n) {
                self.heads[k] = Some(v);
            }
        }
    }

    /// A noun hung on some other word as a bare `nmod`/`obl` (no preposition, no time or
    /// measure subtype) right after a verb that has no object is that verb's object
    /// ("promised raids to the villages", with `raids` read as a phrase of an earlier
    /// noun).
    fn bare_objects(&mut self) {
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

    /// A verb has one subject. Two before it are one phrase read as two ("Dagolath's
    /// first Deputy | Prime Minister Telemar left"), coordinated subjects with the
    /// conjunction hung elsewhere ("The lions and the evil Gondor welcomed"), or a stray
    /// noun of another clause.
    fn two_subjects(&mut self) {
        for h in 0..self.len() {
            // Bounded by the number of subjects, each pass removes one.
            for _ in 0..MAX_CLIMB {
                let subjects: Vec<usize> = self
                    .children(h)
                    .filter(|&s| s < h && self.is_subject(s))
                    .collect();
                let [.., a, b] = subjects[..] else { break };
                self.join_subjects(h, a, b);
            }
        }
    }

    /// Settles subjects `a` < `b` of verb `h`, leaving one.
    fn join_subjects(&mut self, h: usize, a: usize, b: usize) {
        let (lo, hi) = self.extent(a);
        // A conjunction between them hung on the verb or on the second subject (one of
        // another conjunct, "X shot and killed", joins that conjunct).
        let cc = (hi + 1..b).find(|&k| {
            self.rels[k] == Rel::Cc && matches!(self.heads[k], Some(x) if x == h || x == b)
        });
        if let Some(cc) = cc {
            // "X and Y verb": Y is the conjunct of X.
            self.heads[b] = Some(a);
            self.rels[b] = Rel::Conj;
            self.heads[cc] = Some(b);
            return;
        }
        let adjacent = (hi + 1..b).all(|k| self.dominates(b, k) || self.rels[k] == Rel::Punct);
        if adjacent && matches!(self.upos(b), Upos::Noun | Upos::Propn) {
            // One phrase: the later noun is its head (English phrases end in their head).
            // When that noun's own words name an actor ("Tatar community leader Mustafa
            // Dzhemilev"), the words before it describe that actor; else they are part
            // of its name ("Dagolath's first Deputy | Prime Minister Telemar").
            let own_name = (hi + 1..=b).any(|k| self.named.get(k).copied().unwrap_or(false));
            self.heads[a] = Some(b);
            self.rels[a] = if own_name { Rel::Appos } else { Rel::Other };
            return;
        }
        // A noun of another clause: the object of the verb right before it, else no
        // argument of this verb.
        let obj_of = lo
            .checked_sub(1)
            .filter(|&v| self.upos(v) == Upos::Verb && !self.has_child(v, Rel::Obj));
        match obj_of {
            Some(v) if v != h && !self.dominates(a, v) => {
                self.heads[a] = Some(v);
                self.rels[a] = Rel::Obj;
            }
            _ => self.rels[a] = Rel::Other,
        }
    }

    /// "Ethiopia indicated it deplored Libya", with `it` read as the object of
    /// `indicated` and `deplored` a clause without subject: the pronoun is that clause's
    /// subject.
    fn pronoun_objects_of_reports(&mut self) {
        for o in 0..self.len() {
            let Some(v) = self.heads[o] else { continue };
            let nominative = self.toks.get(o).is_some_and(|t| {
                matches!(
                    t.form.to_lowercase().as_str(),
                    "it" | "he" | "she" | "they" | "we"
                )
            });
            if self.rels[o] != Rel::Obj || !nominative || o < v {
                continue;
            }
            let clause = self.children(v).find(|&c| {
                c > o
                    && self.rels[c] == Rel::Ccomp
                    && self.verbal(c)
                    && !self.children(c).any(|s| self.is_subject(s))
                    && (o + 1..c).all(|k| {
                        self.heads[k] == Some(c) && matches!(self.rels[k], Rel::Aux | Rel::Advmod)
                    })
            });
            if let Some(c) = clause {
                self.heads[o] = Some(c);
                self.rels[o] = Rel::Nsubj;
            }
        }
    }

    /// A bare participle between a verb and its noun describes the noun ("will abandon
    /// improved relations with X", read with `improved` a clause and `relations` its
    /// object): the noun is the verb's object.
    fn participles_before_nouns(&mut self) {
        for p in 1..self.len() {
            let Some(v) = self.heads[p] else { continue };
            if self.xpos(p) != "VBN"
                || v + 1 != p
                || !matches!(self.rels[p], Rel::Ccomp | Rel::Xcomp)
                || self.upos(v) != Upos::Verb
                || self.has_child(v, Rel::Obj)
            {
                continue;
            }
            let Some(o) = self.children(p).next() else {
                continue;
            };
            let modifiers =
                (p + 1..o).all(|k| self.heads[k] == Some(o) && self.rels[k] == Rel::Other);
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
            }
        }
    }

    /// A capitalized word inside a name read as the verb ("The Ministry of Silly Walks
    /// condemned ...", with `Walks` the root and `condemned` its clause): the clause's
    /// verb right after it, which has no subject of its own, is the sentence's verb, and
    /// the word is part of the name before it.
    fn capitalized_verbs_in_names(&mut self) {
        for v in 1..self.len().saturating_sub(1) {
            let c = v + 1;
            let capital = self
                .toks
                .get(v)
                .is_some_and(|t| t.form.starts_with(|x: char| x.is_uppercase()));
            let in_name = self.upos(v - 1) == Upos::Propn || self.xpos(v - 1).starts_with("NNP");
            if !capital
                || !in_name
                || !self.verbal(v)
                || self.heads[c] != Some(v)
                || !matches!(self.xpos(c), "VBD" | "VBZ" | "VBP" | "VBN")
                || !matches!(
                    self.rels[c],
                    Rel::Ccomp | Rel::Parataxis | Rel::Conj | Rel::Xcomp
                )
                || self.children(c).any(|s| self.is_subject(s))
                || self.heads[v - 1] == Some(v) && !self.is_subject(v - 1)
            {
                continue;
            }
            self.heads[c] = self.heads[v];
            self.rels[c] = self.rels[v];
            for k in 0..self.len() {
                if k != c && self.heads[k] == Some(v) {
                    self.heads[k] = Some(c);
                }
            }
            self.heads[v] = Some(v - 1);
            self.rels[v] = Rel::Other;
        }
    }
}
