//! Day words the parser read as a verb's argument. Wire copy puts the day right after
//! the verb ("said Sunday that ...", "freed Wednesday two soldiers"), and a line break
//! left in the text ("an order on\Tuesday against ...") cuts the day from its
//! preposition: the parser then makes the day the verb's subject or object and hangs
//! the rest of the clause on it. On AG News World items, 18% of day words were read so.

use super::Draft;
use crate::tree::Rel;
use dyad_model::day::is_day;
use dyad_model::Upos;

impl Draft<'_> {
    /// A day read as the subject or object of a verb is a time of the clause. Only a
    /// day after its verb, or beside another subject, is taken as misread: "Sunday saw
    /// heavy fighting" keeps its subject. What the parser hung on the day goes back to
    /// the clause: a clause ("said Sunday that the resolution was unfair") becomes the
    /// verb's complement, a phrase with a preposition ("on Tuesday against Fischer") the
    /// verb's phrase.
    pub(super) fn days_read_as_arguments(&mut self) {
        for d in 0..self.len() {
            let Some(h) = self.heads[d] else { continue };
            let form = self.toks.get(d).map_or("", |t| t.form.as_str());
            if !is_day(form) || !self.verbal(h) {
                continue;
            }
            // The clause the day belongs to: after a preposition ("on\\Tuesday"), the
            // nearest verb before it, which the parse may have put under another.
            // The preposition may hang on the verb instead ("Iran on Sunday turned").
            let preposition = self.preposition_of(d).is_some()
                || d.checked_sub(1).is_some_and(|p| self.upos(p) == Upos::Adp);
            let owner = match (0..d).rev().find(|&v| self.verbal(v)) {
                Some(v) if preposition => v,
                _ => h,
            };
            let misread = match self.rels[d] {
                Rel::Obj | Rel::Iobj => true,
                // Before its verb, only a day with a preposition beside another subject
                // ("Iran on Sunday turned down"), and not when that subject is a wire
                // service's tag ("Reuters - Israeli police on Tuesday arrested", read
                // with `Reuters` the subject): the repair would make the wire the actor.
                Rel::Nsubj | Rel::NsubjPass => {
                    d > h
                        || preposition
                            && self
                                .children(h)
                                .filter(|&s| s != d && self.is_subject(s))
                                .any(|s| !self.dash_after(s))
                }
                _ => false,
            };
            if !misread {
                if self.rels[d] == Rel::Nmod {
                    self.phrases_after_day(d, h);
                }
                continue;
            }
            // A noun the parser made a modifier of the day ("accused North Korea
            // Tuesday of ...", with `Korea` a compound of `Tuesday`) is the argument.
            let arg = self
                .children(d)
                .filter(|&c| c < d)
                .find(|&c| c + 1 == d && self.rels[c] == Rel::Other && self.nominal(c));
            if let Some(a) = arg {
                self.heads[a] = self.heads[d];
                self.rels[a] = self.rels[d];
                let before: Vec<usize> = self.children(d).filter(|&c| c < a).collect();
                for c in before {
                    self.heads[c] = Some(a);
                }
            }
            self.heads[d] = Some(owner);
            self.rels[d] = Rel::Other;
            let kids: Vec<usize> = self.children(d).collect();
            for c in kids {
                let clause = self.verbal(c) || self.upos(c) == Upos::Adj;
                match self.rels[c] {
                    Rel::Relcl | Rel::Acl | Rel::Ccomp if clause => {
                        self.heads[c] = Some(h);
                        self.rels[c] = Rel::Ccomp;
                    }
                    Rel::Nmod | Rel::Appos if self.preposition_of(c).is_some() => {
                        self.heads[c] = Some(owner);
                        self.rels[c] = Rel::Nmod;
                    }
                    _ => {}
                }
            }
        }
    }

    /// "launched an offensive on Sunday against rebel positions", read as one phrase:
    /// `positions` with the case "on", the day a compound of it and "against" the day's
    /// case. A preposition follows no word it belongs to, so the day and the preposition
    /// before it are a phrase of their own, of the same head as the noun's, and the
    /// preposition after the day is the noun's.
    pub(super) fn days_inside_phrases(&mut self) {
        for d in 0..self.len() {
            let form = self.toks.get(d).map_or("", |t| t.form.as_str());
            let Some(n) = self.heads[d].filter(|&n| n > d + 1) else {
                continue;
            };
            if !is_day(form) || !matches!(self.rels[d], Rel::Compound | Rel::Other) {
                continue;
            }
            let Some(p) = (d + 1..n).find(|&k| {
                self.rels[k] == Rel::Case && matches!(self.heads[k], Some(h) if h == d || h == n)
            }) else {
                continue;
            };
            let Some(c) = self.preposition_of(n).filter(|&c| c < d) else {
                continue;
            };
            if self.heads[n].is_none() || self.rels[n] != Rel::Nmod {
                continue;
            }
            self.heads[d] = self.heads[n];
            self.rels[d] = Rel::Nmod;
            self.heads[c] = Some(d);
            self.heads[p] = Some(n);
        }
    }

    /// A day that is its verb's time ("called on Thursday on Nigeria to intervene") holds
    /// no phrase of its own: a phrase with a preposition hung on it is the verb's.
    fn phrases_after_day(&mut self, d: usize, verb: usize) {
        let phrases: Vec<usize> = self
            .children(d)
            .filter(|&c| c > d && self.rels[c] == Rel::Nmod && self.preposition_of(c).is_some())
            .collect();
        for c in phrases {
            self.heads[c] = Some(verb);
        }
    }

    /// True when the word after `s` is a dash: `s` is a wire tag ("Reuters - ...").
    fn dash_after(&self, s: usize) -> bool {
        self.toks
            .get(s + 1)
            .is_some_and(|t| matches!(t.form.as_str(), "-" | "--" | "\u{2013}" | "\u{2014}"))
    }
}
