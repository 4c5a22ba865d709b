//! The country an article is about when its dateline names none: US political news
//! says "the administration", "the president" or "senators" without ever naming the
//! United States beside them, because every other sentence does. The country named
//! most often in the article, when it clearly outnumbers the others, is taken as the
//! article's own for a state organ of no country, as a dateline's would be.

use crate::actors::Matches;
use crate::slots::country_of;
use crate::tree::Tree;
use crate::Coder;
use chrono::NaiveDate;
use dyad_model::Sentence;
use std::collections::HashMap;

/// Fewest mentions of the leading country: one or two mentions (a one-paragraph wire
/// item naming Peru once) are too thin a ground for the sentences that name none.
const MIN_MENTIONS: usize = 4;

/// Sentences read for the count: the opening of an article sets its subject, and a
/// bound keeps the pass linear on book-length input.
const MAX_SENTENCES: usize = 200;

/// Role words that belong to one country, whichever the article names most: "the
/// administration" of news is the United States' (an undated story about Iraq that
/// speaks of "the administration" speaks of Washington's).
const OWN_ROLES: &[(&str, &str)] = &[("administration", "USA")];

/// A sentence's tree (its parse, repaired, with its dictionary symbols), built once by
/// [`Coder::tree`] and read by both [`Coder::main_country`] and [`Coder::code_tree_in`].
pub struct SentenceTree<'s>(pub(crate) Tree<'s>);

/// What one sentence names: each country mention, and the countries its role words
/// belong to.
#[derive(Default)]
struct Named {
    countries: Vec<String>,
    owners: Vec<&'static str>,
}

impl Coder {
    /// The tree of sentence `s`, for [`Coder::main_country`] and [`Coder::code_tree_in`].
    pub fn tree<'s>(&self, s: &'s Sentence) -> SentenceTree<'s> {
        SentenceTree(Tree::new(s, &self.d))
    }

    /// The country (ISO3 or CAMEO code) named by most dictionary actors of an article's
    /// sentences, when it has at least `MIN_MENTIONS` and at least twice as many as any
    /// other, and no role word of the article belongs to a country it never names
    /// (`OWN_ROLES`); else none. Pass it to [`crate::Discourse::set_main_country`].
    pub fn main_country(
        &self,
        trees: &[SentenceTree<'_>],
        date: Option<NaiveDate>,
    ) -> Option<String> {
        let named: Vec<Named> = trees
            .iter()
            .take(MAX_SENTENCES)
            .map(|t| self.named(&t.0, date))
            .collect();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for c in named.iter().flat_map(|n| &n.countries) {
            *counts.entry(c).or_default() += 1;
        }
        let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let (first, n) = *ranked.first()?;
        let second = ranked.get(1).map_or(0, |x| x.1);
        if !(n >= MIN_MENTIONS && n >= 2 * second) {
            return None;
        }
        // A role word of a country the article never names is that country's, not the
        // article's: no main country then.
        let owned_elsewhere = named
            .iter()
            .flat_map(|n| &n.owners)
            .any(|o| !ranked.iter().any(|(c, _)| c == o));
        if owned_elsewhere {
            return None;
        }
        Some(first.to_string())
    }

    /// The countries sentence `t` names and the owners of its role words.
    fn named(&self, t: &Tree<'_>, date: Option<NaiveDate>) -> Named {
        let mut out = Named::default();
        if t.len() == 0 {
            return out;
        }
        let m = Matches::new(t, &self.d);
        for k in 0..t.len() {
            if m.actor_at(k).is_none() && m.agent_at(k).is_some() {
                let owner = OWN_ROLES.iter().find(|(w, _)| *w == &t.lemmas[k][..]);
                out.owners.extend(owner.map(|(_, c)| *c));
            }
        }
        let mut k = 0;
        while k < t.len() {
            let Some((start, len, a)) = m.actor_at(k) else {
                k += 1;
                continue;
            };
            let code = self
                .d
                .actors
                .actor(a)
                .and_then(|x| x.code_on(date.or(t.s.date)));
            out.countries.extend(code.and_then(country_of));
            k = (start + len).max(k + 1);
        }
        out
    }
}
