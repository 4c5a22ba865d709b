//! Repairs of who is the subject: two subjects of one verb, a conjunct before its verb,
//! a list read with its first item as the root, a pronoun read as an object, a word of
//! a name read as the verb.

use super::{Draft, MAX_CLIMB};
use crate::tree::Rel;
use dyad_model::Upos;

impl Draft<'_> {
    /// A past participle with a passive auxiliary ("was killed") has a passive subject,
    /// whatever the parser called it ("One of the leaders ... was killed" with `nsubj`
    /// or `nsubj:outer`), unless it has a nominal one already (then the other is
    /// something else); a number split off its noun ("Two | Iranians were indicted") is
    /// no such subject.
    pub(super) fn subjects_of_passives(&mut self) {
        for k in 0..self.len() {
            let Some(v) = self.heads[k] else { continue };
            if self.rels[k] == Rel::Nsubj
                && matches!(self.xpos(v), "VBN" | "VBD")
                && !self.children(v).any(|p| {
                    self.rels[p] == Rel::NsubjPass
                        && matches!(self.upos(p), Upos::Noun | Upos::Propn | Upos::Pron)
                })
                && self.children(v).any(|c| {
                    self.toks
                        .get(c)
                        .is_some_and(|t| t.deprel == "aux:pass" || t.deprel == "auxpass")
                })
            {
                self.rels[k] = Rel::NsubjPass;
            }
        }
    }

    /// A conjunct always follows its head. A noun hung as `conj` on a verb after it is
    /// the verb's subject ("Ithilen's awful and evil minister Calimehtar warned", with
    /// `awful` read as the subject and `Calimehtar` as a conjunct of `warned`): the word
    /// read as subject, when it is no noun, is a modifier of it; when it is a noun, the
    /// two are coordinated subjects.
    pub(super) fn conjuncts_before_their_verb(&mut self) {
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

    /// "X, Y and Z welcomed ...", read with X as the sentence's root, `welcomed` its
    /// conjunct and Z the subject: the verb is the root and X one of its subjects (which
    /// `two_subjects` then coordinates with Z).
    pub(super) fn verb_after_a_list(&mut self, n: usize, v: usize) {
        let own_subject = self
            .children(v)
            .any(|s| n < s && s < v && self.is_subject(s) && self.nominal(s));
        if !own_subject {
            return;
        }
        self.verb_over_its_subject(v, n);
    }

    /// A verb has one subject. Two before it are one phrase read as two ("Dagolath's
    /// first Deputy | Prime Minister Telemar left"), coordinated subjects with the
    /// conjunction hung elsewhere ("The lions and the evil Gondor welcomed"), or a stray
    /// noun of another clause.
    pub(super) fn two_subjects(&mut self) {
        // Heads with two subjects before them, found in one pass (most have none).
        let mut seen = vec![0u8; self.len()];
        let mut twice = Vec::new();
        for s in 0..self.len() {
            if let Some(h) = self.heads[s].filter(|&h| s < h && self.is_subject(s)) {
                seen[h] = seen[h].saturating_add(1);
                if seen[h] == 2 {
                    twice.push(h);
                }
            }
        }
        for h in twice {
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
        // "X killed Y, the government said", read with `killed` a modifier of X and X a
        // second subject of `said`: a past tense modifying a noun, or a participle with
        // an object (a passive one has none), is the noun's clause, which the later verb
        // reports.
        let clause = self.children(a).find(|&v| {
            let active = match self.xpos(v) {
                "VBD" => true,
                "VBN" => self.has_child(v, Rel::Obj),
                _ => false,
            };
            v > a && v < b && self.rels[v] == Rel::Acl && active
        });
        if let Some(v) = clause.filter(|&v| !self.children(v).any(|s| self.is_subject(s))) {
            self.heads[v] = Some(h);
            self.rels[v] = Rel::Ccomp;
            self.heads[a] = Some(v);
            self.rels[a] = Rel::Nsubj;
            return;
        }
        let adjacent = (hi + 1..b).all(|k| self.dominates(b, k) || self.rels[k] == Rel::Punct);
        // "Donald Trump and Theresa | May spoke": a name right after the last conjunct of
        // names, with nothing between, ends that conjunct's name.
        let last = self
            .children(a)
            .filter(|&c| self.rels[c] == Rel::Conj)
            .max();
        if let Some(c) = last.filter(|&c| {
            c == hi && b == c + 1 && self.upos(c) == Upos::Propn && self.upos(b) == Upos::Propn
        }) {
            self.heads[b] = Some(c);
            self.rels[b] = Rel::Other;
            return;
        }
        if adjacent && matches!(self.upos(b), Upos::Noun | Upos::Propn) {
            // One phrase: the later noun is its head (English phrases end in their head).
            // When that noun's own words name an actor ("Tatar community leader Mustafa
            // Dzhemilev"), the words before it describe that actor; else they are part
            // of its name ("Dagolath's first Deputy | Prime Minister Telemar").
            let own_name = self.names_actor(hi + 1, b);
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

    /// "Sudan said that the council's resolution threatening sanctions if it failed
    /// was unfair", read with `resolution` hung on `that`: a subordinating word (`mark`)
    /// heads nothing in a treebank, so a subject under it is the subject of the clause
    /// the word introduces.
    pub(super) fn subjects_hung_on_marks(&mut self) {
        for s in 0..self.len() {
            let Some(m) = self.heads[s].filter(|_| self.is_subject(s)) else {
                continue;
            };
            if self.rels[m] != Rel::Mark || self.upos(m) != Upos::Sconj {
                continue;
            }
            // The clause's head, unless the parse makes the subject head it (a cycle).
            if let Some(h) = self.heads[m].filter(|&h| !self.dominates(s, h)) {
                self.heads[s] = Some(h);
            }
        }
    }

    /// "Ethiopia indicated it deplored Libya", with `it` read as the object of
    /// `indicated` and `deplored` a clause without subject: the pronoun is that clause's
    /// subject.
    pub(super) fn pronoun_objects_of_reports(&mut self) {
        for o in 0..self.len() {
            let Some(v) = self.heads[o].filter(|_| self.rels[o] == Rel::Obj) else {
                continue;
            };
            let nominative = self.toks.get(o).is_some_and(|t| {
                ["it", "he", "she", "they", "we"]
                    .iter()
                    .any(|w| t.form.eq_ignore_ascii_case(w))
            });
            if !nominative || o < v {
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

    /// A capitalized word inside a name read as the verb ("The Ministry of Silly Walks
    /// condemned ...", with `Walks` the root and `condemned` its clause): the clause's
    /// verb right after it, which has no subject of its own, is the sentence's verb, and
    /// the word is part of the name before it.
    pub(super) fn capitalized_verbs_in_names(&mut self) {
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

    /// "X's new mayor left yesterday for Y", read with `mayor` as the root and `left` a
    /// clause beside it: a verb right after the root noun, with no subject of its own, is
    /// the sentence's verb and the noun its subject. (A participle modifying the noun,
    /// `acl`, is left alone: "troops sent to Mali" may be a headline with no verb.)
    pub(super) fn root_nouns_before_their_verb(&mut self) {
        for n in 0..self.len().saturating_sub(1) {
            let v = n + 1;
            let finite = matches!(self.xpos(v), "VBD" | "VBZ" | "VBP" | "VBN");
            if self.heads[n].is_some()
                || !matches!(self.upos(n), Upos::Noun | Upos::Propn)
                || self.has_child(n, Rel::Cop)
                || self.heads[v] != Some(n)
                || !matches!(self.rels[v], Rel::Parataxis | Rel::Conj)
                || !self.verbal(v)
                || !finite
                || self.children(v).any(|s| self.is_subject(s))
            {
                continue;
            }
            self.verb_over_its_subject(v, n);
        }
    }

    /// Puts verb `v` where noun `n` stood (the root, or its relation) with `n` as its
    /// subject; what `n` held after the verb (the final stop) becomes the verb's.
    fn verb_over_its_subject(&mut self, v: usize, n: usize) {
        self.heads[v] = self.heads[n];
        self.rels[v] = self.rels[n];
        self.heads[n] = Some(v);
        self.rels[n] = Rel::Nsubj;
        for k in v + 1..self.len() {
            if self.heads[k] == Some(n) {
                self.heads[k] = Some(v);
            }
        }
    }
}
