//! A wire tag or dateline left at the start of a sentence: "Reuters - Israel dealt a
//! blow to Hamas", "TAIPEI (dpa) - Taiwan Foreign Minister Mark Chen apologised". The
//! parser reads the tag as the subject and hangs the real subject under it (as an
//! apposition), so the agency or the dateline's city becomes the actor. The tag says
//! who reported and from where, never who acted: the phrase after the dash takes the
//! tag's place in the clause, and the tag is set aside.

use super::Draft;
use crate::tree::Rel;
use dyad_model::Upos;

/// Most words a tag takes before its dash ("KHARTOUM, Sudan Sept. 19, 2004 -"); a dash
/// further in is part of the sentence.
const MAX_TAG: usize = 10;

/// Wire copy's dash: a hyphen or two. (An en or em dash at the start opens a
/// parenthetical: "Renas – one of a handful of British women – has come forward".)
fn is_dash(form: &str) -> bool {
    matches!(form, "-" | "--")
}

impl Draft<'_> {
    /// The tag is the words before the first dash (set apart by spaces), all names, numbers, punctuation or
    /// capitalised words. When the parse hangs words after the dash under the tag, the
    /// first of them takes the tag's head and relation, the others move under it, and
    /// the tag's top word hangs on the clause as a parenthetical.
    pub(super) fn wire_tags_read_as_subjects(&mut self) {
        let n = self.len();
        let Some(d) = (0..n.min(MAX_TAG + 1))
            .find(|&k| self.toks.get(k).is_some_and(|t| is_dash(t.form.as_str())))
        else {
            return;
        };
        if d == 0 || d + 1 >= n {
            return;
        }
        // A dash set apart by spaces, not one inside a name ("Al-Shabaab", "al-Yawar").
        let spaced = |a: usize, b: usize| self.toks[a].span.end < self.toks[b].span.start;
        if !(spaced(d - 1, d) && spaced(d, d + 1)) {
            return;
        }
        let tag_word = |k: usize| {
            let t = &self.toks[k];
            matches!(t.upos, Upos::Propn | Upos::Num | Upos::Punct)
                || t.form.chars().next().is_some_and(char::is_uppercase)
        };
        // Not an apposition set off by a pair of dashes ("The United States - the
        // world's largest economy - said"), nor a phrase opened by a determiner.
        let closed = (d + 1..n).any(|k| is_dash(self.toks[k].form.as_str()) && spaced(k - 1, k));
        if closed || self.upos(0) == Upos::Det || !(0..d).all(tag_word) {
            return;
        }
        let in_tag = |h: Option<usize>| h.is_some_and(|h| h <= d);
        // The tag's top word: its head lies outside the tag.
        let Some(top) = (0..=d).find(|&k| !in_tag(self.heads[k])) else {
            return;
        };
        let hung: Vec<usize> = (d + 1..n).filter(|&k| in_tag(self.heads[k])).collect();
        let Some(&first) = hung.iter().find(|&&k| self.upos(k) != Upos::Punct) else {
            return;
        };
        self.heads[first] = self.heads[top];
        self.rels[first] = self.rels[top];
        for &k in &hung {
            if k != first {
                self.heads[k] = Some(first);
            }
        }
        // Hung on the clause's head, as a parenthetical: no subject, object or phrase.
        let clause = self.heads[first].unwrap_or(first);
        self.heads[top] = Some(clause);
        self.rels[top] = Rel::Parataxis;
    }
}
