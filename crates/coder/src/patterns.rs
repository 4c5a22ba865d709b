//! Matching a verb family's patterns against the words around one verb.

use crate::tree::{Rel, Tree};
use dyad_dict::{Elem, Pattern, VerbDict};
use dyad_model::Upos;

/// What a matched pattern captured.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Captures {
    /// Head token of the noun phrase marked `$`.
    pub(crate) source: Option<usize>,
    /// Head token of the noun phrase marked `+`.
    pub(crate) target: Option<usize>,
    /// The pattern holds `%`.
    pub(crate) compound: bool,
    /// Tokens the pattern's words covered (ties go to the longer match).
    pub(crate) matched: usize,
    /// A verb of the verb's complement that a pattern word matched ("threatened to
    /// ATTACK"): the pattern consumed that clause, which codes no event of its own.
    pub(crate) inner: Option<usize>,
}

/// Names of months (lowercase); a date only with a number ("May 5"), as "May" and
/// "March" are names and words too.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "sep.",
    "oct.",
    "nov.",
    "dec.",
];

/// Synsets nest (`&ACCORDSYN` holds `&TIETYPES`); deeper nesting would be a loop.
const MAX_SYNSET_DEPTH: usize = 4;

pub(crate) struct Matcher<'a, 't> {
    pub(crate) t: &'a Tree<'t>,
    pub(crate) v: &'a VerbDict,
    /// The verb the patterns are matched around.
    pub(crate) verb: usize,
    /// First words of each synset's members.
    pub(crate) firsts: &'a rustc_hash::FxHashMap<String, Option<rustc_hash::FxHashSet<String>>>,
}

impl Matcher<'_, '_> {
    /// Matches a pattern: `before` elements in `pre` (tokens before the verb), `after`
    /// elements in `post`, each as an ordered subsequence.
    pub(crate) fn matches(&self, p: &Pattern, pre: &[usize], post: &[usize]) -> Option<Captures> {
        let mut cap = Captures::default();
        self.seq(&p.before, pre, 0, &mut cap, None)?;
        self.seq(&p.after, post, 0, &mut cap, None)?;
        Some(cap)
    }

    /// Matches elements in order from position `k` of `region`, gaps allowed; the
    /// position after the last match.
    /// With `scope`, only tokens under that token can start an element.
    fn seq(
        &self,
        elems: &[Elem],
        region: &[usize],
        mut k: usize,
        cap: &mut Captures,
        scope: Option<usize>,
    ) -> Option<usize> {
        for e in elems {
            match e {
                Elem::Source => cap.source = self.np_from(region, k),
                Elem::Target => cap.target = self.np_from(region, k),
                Elem::Compound => cap.compound = true,
                Elem::Skip => {}
                _ => {
                    let (start, end) = (k..region.len())
                        .filter(|&s| scope.is_none_or(|h| self.t.dominates(h, region[s])))
                        .find_map(|s| self.at(e, region, s, cap, 0).map(|e| (s, e)))?;
                    cap.matched += end.saturating_sub(start);
                    k = end;
                }
            }
        }
        Some(k)
    }

    /// Matches one element starting exactly at `region[k]`; the position after it.
    fn at(
        &self,
        e: &Elem,
        region: &[usize],
        k: usize,
        cap: &mut Captures,
        depth: usize,
    ) -> Option<usize> {
        let &i = region.get(k)?;
        match e {
            Elem::Word(w) => {
                if !self.word_is(i, w) {
                    return None;
                }
                if i != self.verb && cap.inner.is_none() && self.t.is_verbal(i) {
                    cap.inner = Some(i);
                }
                Some(k + 1)
            }
            Elem::Synset(name) => {
                if depth > MAX_SYNSET_DEPTH {
                    return None;
                }
                if let Some(Some(first)) = self.firsts.get(name) {
                    if !first.contains(&self.t.forms[i]) && !first.contains(&self.t.lemmas[i]) {
                        return None;
                    }
                }
                let members = self.v.synsets.get(name)?;
                members
                    .iter()
                    .filter_map(|m| self.contiguous(m, region, k, cap, depth + 1))
                    .max()
            }
            Elem::Group(g) => self.group(g, region, k, cap, depth),
            Elem::Prep(g) => self.prep(g, region, k, cap, depth),
            _ => Some(k),
        }
    }

    /// Elements matched one after the other with no gap.
    fn contiguous(
        &self,
        elems: &[Elem],
        region: &[usize],
        mut k: usize,
        cap: &mut Captures,
        depth: usize,
    ) -> Option<usize> {
        for e in elems {
            k = self.at(e, region, k, cap, depth)?;
        }
        Some(k)
    }

    /// `{A B C}`: a noun phrase ending in C with B right before it; A may come earlier
    /// in the phrase ("new global economic relations" matches {NEW &TIETYPES RELATIONS}).
    fn group(
        &self,
        g: &[Elem],
        region: &[usize],
        k: usize,
        cap: &mut Captures,
        depth: usize,
    ) -> Option<usize> {
        // Markers inside a group mean nothing; groups never hold them in practice.
        match g.split_first() {
            None => Some(k),
            Some((first, [])) => self.at(first, region, k, cap, depth),
            Some((first, rest)) => {
                let start = self.at(first, region, k, cap, depth)?;
                // The tail is contiguous; in phrases of three or more words it may
                // start a few words after the first ("new global economic relations").
                const MAX_GAP: usize = 3;
                let reach = if rest.len() >= 2 { MAX_GAP } else { 1 };
                (start..(start + reach).min(region.len())).find_map(|s| {
                    let gap_ok = region[start..s]
                        .iter()
                        .all(|&x| !matches!(self.t.upos(x), Upos::Verb | Upos::Punct | Upos::Adp));
                    if !gap_ok {
                        return None;
                    }
                    let mut c = *cap;
                    let end = rest
                        .iter()
                        .try_fold(s, |pos, e| self.at(e, region, pos, &mut c, depth))?;
                    *cap = c;
                    Some(end)
                })
            }
        }
    }

    /// `(PREP ...)`: the preposition, then the rest inside the phrase it introduces.
    fn prep(
        &self,
        g: &[Elem],
        region: &[usize],
        k: usize,
        cap: &mut Captures,
        depth: usize,
    ) -> Option<usize> {
        let (first, rest) = g.split_first()?;
        let i = region[k];
        let Elem::Word(p) = first else {
            return self.contiguous(g, region, k, cap, depth);
        };
        if !self.word_is(i, p) {
            return None;
        }
        // The verb's own infinitive "to" is not a preposition before it.
        if self.t.rels[i] == Rel::Mark && self.t.heads[i] == Some(self.verb) {
            return None;
        }
        let np = self.t.heads[i].filter(|_| {
            matches!(
                self.t.rels[i],
                Rel::Case | Rel::Mark | Rel::Other | Rel::Compound | Rel::Advmod
            )
        });
        let mut end = k + 1;
        let mut inner = Captures::default();
        if !rest.is_empty() {
            // The rest must lie inside the phrase the preposition belongs to.
            let h = np?;
            let after = self.seq(rest, region, k + 1, &mut inner, Some(h))?;
            // The phrase's own words: a phrase nested in it ("at X with Y", where
            // parsers hang "with Y" on X or on the verb alike) is left to later elements.
            let phrase_end = region
                .iter()
                .rposition(|&x| self.t.dominates(h, x) && !self.nested_phrase(h, x))
                .map_or(k + 1, |p| p + 1);
            // A group ending in words lets the next element start right after them,
            // still inside this phrase: "by phone with Japan" (with "with Japan" under
            // "phone") matches `(BY PHONE) (WITH +)`. One ending in a marker (`^`, `+`)
            // takes the whole phrase.
            let ends_in_word = rest.last().is_some_and(|e| {
                !matches!(e, Elem::Source | Elem::Target | Elem::Skip | Elem::Compound)
            });
            end = if ends_in_word { after } else { phrase_end }.max(k + 1);
        }
        let has = |m: &Elem| rest.contains(m);
        // A date is no actor: "(ON +)" does not match "on Wednesday" or "on July 17",
        // which would outrank a pattern with no marker and leave the event no target.
        if (has(&Elem::Source) || has(&Elem::Target)) && np.is_some_and(|h| self.is_date(h)) {
            return None;
        }
        if has(&Elem::Source) {
            cap.source = np;
        }
        if has(&Elem::Target) {
            cap.target = np;
        }
        if inner.compound {
            cap.compound = true;
        }
        if cap.inner.is_none() {
            cap.inner = inner.inner;
        }
        Some(end)
    }

    /// True when phrase head `h` is a date: a day's name, or a number and a month's name
    /// ("July 17", "17 July"), either one the head.
    fn is_date(&self, h: usize) -> bool {
        let month = |i: usize| MONTHS.contains(&&self.t.forms[i][..]);
        let number = |i: usize| self.t.upos(i) == Upos::Num;
        let kids = self.t.children(h);
        dyad_model::day::DAYS.contains(&&self.t.forms[h][..])
            || number(h) && kids.iter().any(|&c| month(c))
            || month(h) && kids.iter().any(|&c| number(c))
    }

    /// Head of the first noun phrase at or after position `k`.
    fn np_from(&self, region: &[usize], k: usize) -> Option<usize> {
        let &i = region[k.min(region.len())..]
            .iter()
            .find(|&&i| matches!(self.t.upos(i), Upos::Noun | Upos::Propn | Upos::Pron))?;
        let mut x = i;
        for _ in 0..8 {
            match self.t.heads[x] {
                Some(h)
                    if matches!(self.t.upos(h), Upos::Noun | Upos::Propn)
                        && !matches!(self.t.rels[x], Rel::Nmod | Rel::Conj | Rel::Appos) =>
                {
                    x = h
                }
                _ => break,
            }
        }
        Some(x)
    }

    /// True when `x` lies in a prepositional phrase nested under phrase head `h`, or in
    /// an apposition of it ("on Wednesday, just days after ...", with `days` an
    /// apposition of `Wednesday`): words of another phrase, which must not make a
    /// pattern's match longer than one that matched more of its own words.
    fn nested_phrase(&self, h: usize, mut x: usize) -> bool {
        // Bounded: a malformed parse may hold a cycle.
        for _ in 0..self.t.len() {
            if x == h {
                return false;
            }
            if self.t.rels[x] == Rel::Appos
                || self.t.rels[x] == Rel::Nmod && self.t.child(x, Rel::Case).is_some()
            {
                return true;
            }
            match self.t.heads[x] {
                Some(p) => x = p,
                None => return false,
            }
        }
        false
    }

    fn word_is(&self, i: usize, w: &str) -> bool {
        &self.t.forms[i] == w || &self.t.lemmas[i] == w
    }
}
