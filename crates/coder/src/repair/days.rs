//! Day words the parser read as a verb's argument. Wire copy puts the day right after
//! the verb ("said Sunday that ...", "freed Wednesday two soldiers"), and a line break
//! left in the text ("an order on\Tuesday against ...") cuts the day from its
//! preposition: the parser then makes the day the verb's subject or object and hangs
//! the rest of the clause on it. On AG News World items, 18% of day words were read so.

use super::Draft;
use crate::tree::Rel;
use dyad_model::Upos;

/// Words that name a day relative to the story: the time of a clause, never who acts or
/// is acted on.
fn is_day(form: &str) -> bool {
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
    ]
    .iter()
    .any(|d| form.eq_ignore_ascii_case(d))
}

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
            let misread = match self.rels[d] {
                Rel::Obj | Rel::Iobj => true,
                Rel::Nsubj | Rel::NsubjPass => {
                    d > h || self.children(h).any(|s| s != d && self.is_subject(s))
                }
                _ => false,
            };
            if !misread {
                continue;
            }
            // The clause the day belongs to: after a preposition ("on\Tuesday"), the
            // nearest verb before it, which the parse may have put under another.
            let mut owner = h;
            if self.preposition_of(d).is_some() {
                if let Some(v) = (0..d).rev().find(|&v| self.verbal(v)) {
                    owner = v;
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
}
