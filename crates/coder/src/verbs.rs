//! Finding the verbs of a sentence: every dictionary verb with the pattern that fits
//! it best, and the clause depth that orders them for coding.

use crate::actors::ActorFinder;
use crate::code::VerbHit;
use crate::patterns::{Captures, Matcher};
use crate::slots::predicate_adjective;
use crate::tree::{Rel, Tree};
use crate::Coder;
use dyad_dict::{PatternId, VerbId};

impl Coder {
    /// Every dictionary verb of the sentence with its best pattern.
    pub(crate) fn find_verbs(&self, t: &Tree<'_>, f: &ActorFinder<'_, '_>) -> Vec<VerbHit> {
        let v = &self.d.verbs;
        // Per head token: the verb, its first token, its length, and the token that is
        // syntactically the verb (a multiword verb's head may be parsed as a noun:
        // "wire tap").
        let mut best: Vec<Option<(VerbId, usize, usize, usize)>> = vec![None; t.len()];
        #[allow(clippy::needless_range_loop)] // `i` indexes the tree and `best`
        for i in 0..t.len() {
            if matches!(t.rels[i], Rel::Aux | Rel::Cop) {
                continue;
            }
            // A participle used as an adjective ("US-backed fighters", "the affected
            // villages", or one a repair hung on its noun: "800 captured fighters")
            // describes a noun; it is not an event.
            let prenominal = t.rels[i] == Rel::Other
                && t.heads[i].is_some_and(|h| h > i && t.upos(h) == dyad_model::Upos::Noun);
            if (t.s.tokens[i].deprel == "amod" || prenominal) && t.child(i, Rel::Nsubj).is_none() {
                continue;
            }
            let verbal = t.is_verbal(i) || predicate_adjective(t, i) || in_talks(t, i);
            let by_form = v.lookup(&t.forms[i]);
            // Regular forms are generated from the dictionary, so a regular-looking
            // form it lacks ("departes") is not that verb; irregular ones fall back on
            // the parser's lemma.
            let f = &t.forms[i];
            let regular = f.ends_with('s') || f.ends_with("ed") || f.ends_with("ing");
            let by_lemma = if regular || t.forms[i] == t.lemmas[i] {
                &[][..]
            } else {
                v.lookup(&t.lemmas[i])
            };
            for &c in by_form.iter().chain(by_lemma) {
                let Some(verb) = v.verb(c) else { continue };
                let lo = i.checked_sub(verb.head);
                let Some(lo) = lo else { continue };
                let hi = lo + verb.words.len();
                if hi > t.len() {
                    continue;
                }
                let ok = verb.words.iter().enumerate().all(|(k, w)| {
                    k == verb.head || t.forms[lo + k] == **w || t.lemmas[lo + k] == **w
                });
                let anchor = if verbal {
                    Some(i)
                } else if hi - lo > 1 {
                    (lo..hi).find(|&k| t.is_verbal(k) && !matches!(t.rels[k], Rel::Aux | Rel::Cop))
                } else {
                    None
                };
                if let (true, Some(a)) = (ok, anchor) {
                    if verb.words.len() > best[i].map_or(0, |b| b.2) {
                        best[i] = Some((c, lo, verb.words.len(), a));
                    }
                }
            }
        }
        let mut hits = Vec::new();
        let mut words: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
        if best.iter().any(Option::is_some) {
            for k in 0..t.len() {
                words.insert(&t.forms[k]);
                words.insert(&t.lemmas[k]);
            }
        }
        let mut pre = Vec::new();
        let mut post = Vec::new();
        let mut region = Vec::new();
        let mut subj = Vec::new();
        for i in 0..t.len() {
            let Some((vid, _, _, anchor)) = best[i] else {
                continue;
            };
            // Words of a longer multiword verb are not verbs of their own.
            if best.iter().enumerate().any(|(j, b)| {
                j != i && b.is_some_and(|(_, lo, n, _)| n > 1 && lo <= i && i < lo + n)
            }) {
                continue;
            }
            let i = anchor;
            t.subtree_into(i, &other_clause, &mut region);
            // An infinitive of purpose is part of the verb's phrase ("vowed to wage war"),
            // and so is a gerund after "of"/"from" ("accused X of attacking", "barred X
            // from running"), which EWT-style parsers attach as `advcl`.
            for &c in t.children(i) {
                if t.rels[c] == Rel::Advcl
                    && t.children(c).iter().any(|&m| {
                        t.rels[m] == Rel::Mark && matches!(&t.forms[m], "to" | "of" | "from")
                    })
                {
                    let mut extra = Vec::new();
                    t.subtree_into(c, &other_clause, &mut extra);
                    region.extend(extra);
                }
            }
            // "Russian warplanes fired on X", read with the noun as the sentence's root
            // and the verb its `acl`: the noun phrase is the verb's subject, and a
            // pattern on the subject ("&AIRSTRIKES * (ON +)") must see it. The noun may
            // sit in a phrase of the root ("Thousands of people massed").
            if let Some(top) = acl_subject_root(t, i) {
                let mut extra = Vec::new();
                t.subtree_into(top, &other_clause, &mut extra);
                region.extend(extra.into_iter().filter(|&x| x < i && !t.dominates(i, x)));
            }
            region.sort_unstable();
            region.dedup();
            pre.clear();
            post.clear();
            // Patterns read the verb's own phrase: not adverbs before it.
            pre.extend(region.iter().copied().filter(|&x| {
                x < i
                    && t.rels[x] != Rel::Cc
                    && !(t.heads[x] == Some(i) && t.rels[x] == Rel::Advmod)
            }));
            post.extend(region.iter().copied().filter(|&x| x > i));
            subj.clear();
            if let Some(sh) = self.subject(t, i) {
                f.with_conjuncts(sh, &mut subj);
            }
            let Some(verb) = v.verb(vid) else { continue };
            let Some(fam) = v.families.get(verb.family.0 as usize) else {
                continue;
            };
            let matcher = Matcher {
                t,
                v,
                verb: i,
                firsts: &self.synset_firsts,
            };
            let mut chosen: Option<(PatternId, Captures, (usize, usize))> = None;
            for &pid in &fam.patterns {
                let Some(p) = v.patterns.get(pid.0 as usize) else {
                    continue;
                };
                if !self
                    .anchors
                    .get(pid.0 as usize)
                    .is_some_and(|a| a.iter().all(|w| words.contains(w.as_str())))
                {
                    continue;
                }
                let Some(cap) = matcher.matches(p, &pre, &post) else {
                    continue;
                };
                // "A and B clashed" fight each other; "A and B forces battled militants"
                // fight a third side named as the object, which a pattern of the verb
                // alone does not read ("A and B fought a war" is each other still).
                let third_side = p.after.is_empty()
                    && t.child(i, Rel::Obj).is_some_and(|o| {
                        let mut named = Vec::new();
                        f.with_conjuncts(o, &mut named);
                        !named.is_empty()
                    });
                if cap.compound && (subj.len() < 2 || third_side) {
                    continue;
                }
                // Markers the sentence satisfies make a pattern more specific.
                let w = 2 * p.weight()
                    + usize::from(cap.compound)
                    + usize::from(cap.source.is_some())
                    + usize::from(cap.target.is_some());
                // Equal specificity: the match covering more words wins, then file order.
                let w = (w, cap.matched);
                if chosen.as_ref().is_none_or(|c| w > c.2) {
                    chosen = Some((pid, cap, w));
                }
            }
            let (pattern, code, cap) = match chosen {
                Some((pid, cap, _)) => (Some(pid), v.patterns[pid.0 as usize].code.clone(), cap),
                None => match v.default_code(vid) {
                    Some(c) if !shown_not_protested(t, i, &c.forward) => {
                        (None, c.clone(), Captures::default())
                    }
                    _ => continue,
                },
            };
            if code.is_null() {
                continue;
            }
            let depth = t.depth(i);
            hits.push(VerbHit {
                token: i,
                verb: vid,
                pattern,
                code,
                cap,
                depth,
                origin: crate::code::Origin::Dictionary,
            });
        }
        hits
    }
}

/// "Baghdad and Washington are in talks", "Kenya is in talks with Ethiopia": the noun
/// "talks" after "in", with a copula and a subject, is the clause's predicate, which
/// the patterns of TALK read as a verb.
fn in_talks(t: &Tree<'_>, i: usize) -> bool {
    t.forms[i].eq_ignore_ascii_case("talks")
        && t.child(i, Rel::Cop).is_some()
        && t.child(i, Rel::Nsubj).is_some()
        && t.children(i)
            .iter()
            .any(|&c| t.rels[c] == Rel::Case && t.forms[c].eq_ignore_ascii_case("in"))
}

/// Whether protest verb `i` (a default code of root 14) means "show" or "object":
/// "it demonstrates how reckless Russia is", "Iran has demonstrated that it can strike"
/// (a clause), "they demonstrate the power of debates" (an object of "demonstrate";
/// "protested the war" stays a protest).
fn shown_not_protested(t: &Tree<'_>, i: usize, code: &str) -> bool {
    code.starts_with("14")
        && (t.child(i, Rel::Ccomp).is_some()
            || (&t.lemmas[i] == "demonstrate" && t.child(i, Rel::Obj).is_some()))
}

/// The root noun of a sentence whose only verb `i` the parser hung on it, or on a phrase
/// of it, as `acl` with no subject of its own: that noun phrase is the verb's subject.
fn acl_subject_root(t: &Tree<'_>, i: usize) -> Option<usize> {
    let n = t.heads[i].filter(|&n| n < i)?;
    if t.rels[i] != Rel::Acl || t.child(i, Rel::Nsubj).is_some() {
        return None;
    }
    // Up through at most two phrases ("thousands of people"); deeper is another reading.
    let mut x = n;
    for _ in 0..3 {
        match t.heads[x] {
            None => return Some(x),
            Some(h) if t.rels[x] == Rel::Nmod => x = h,
            Some(_) => return None,
        }
    }
    None
}

/// Relations that start another clause: a verb's pattern region stops at them.
fn other_clause(r: Rel) -> bool {
    matches!(
        r,
        Rel::Conj | Rel::Parataxis | Rel::Punct | Rel::Advcl | Rel::Relcl | Rel::Ccomp
    )
}
