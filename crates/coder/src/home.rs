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

impl Coder {
    /// The country (ISO3 or CAMEO code) named by most dictionary actors of an article's
    /// sentences, when it has at least `MIN_MENTIONS` and at least twice as many as any
    /// other; else none. Pass it to [`crate::Discourse::set_main_country`].
    pub fn main_country(&self, sentences: &[Sentence], date: Option<NaiveDate>) -> Option<String> {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for s in sentences.iter().take(MAX_SENTENCES) {
            if s.tokens.is_empty() {
                continue;
            }
            let t = Tree::new(s, &self.d);
            let m = Matches::new(&t, &self.d);
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
                    .and_then(|x| x.code_on(date.or(s.date)));
                if let Some(c) = code.and_then(country_of) {
                    *counts.entry(c).or_default() += 1;
                }
                k = (start + len).max(k + 1);
            }
        }
        let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let (first, n) = ranked.first()?;
        let second = ranked.get(1).map_or(0, |x| x.1);
        (*n >= MIN_MENTIONS && *n >= 2 * second).then(|| first.clone())
    }
}
