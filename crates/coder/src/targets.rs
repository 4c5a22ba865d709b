//! Where an event's target comes from when the verb has no object naming an actor:
//! its phrases, nested phrases, the clauses it reports or demands, and (as a last
//! resort) the word-order fallbacks of `linear.rs`.

use crate::actors::{ActorFinder, Mention};
use crate::code::VerbHit;
use crate::linear;
use crate::slots::{is_that_clause, resolve_pronoun, takes_that_clause};
use crate::tree::{Rel, Tree};
use crate::Coder;
use dyad_model::Upos;

impl Coder {
    /// Targets the parse does not give. A cooperative act with no one named after it
    /// ("Erdogan has also pledged his support") is aimed at the subject of the clause
    /// it is coordinated with, when that is another actor; else, as TABARI reads, the
    /// first actor after the verb in its clause.
    pub(crate) fn fallback_targets(
        &self,
        t: &Tree<'_>,
        f: &ActorFinder<'_, '_>,
        h: &VerbHit,
        sources: &[Mention],
        out: &mut Vec<Mention>,
    ) {
        let i = h.token;
        let root = h.root();
        if (3..=8).contains(&root) {
            if let Some(s) = linear::coordinated_subject(t, i) {
                let mut found = Vec::new();
                f.with_conjuncts(s, &mut found);
                if found.is_empty() {
                    found.extend(resolve_pronoun(t, s, f.ctx));
                }
                found.retain(|m| sources.iter().all(|x| x.code != m.code));
                if !found.is_empty() {
                    out.extend(found);
                    return;
                }
            }
        }
        linear::actor_in_object(t, f, i, out);
    }

    /// Targets of an active verb: its object, else indirect object, else the first
    /// prepositional phrase with an actor, else the subject of a clause it reports
    /// when that clause coded nothing itself.
    // The recursion into complements carries the clause state along with the tree.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn find_targets(
        &self,
        t: &Tree<'_>,
        f: &ActorFinder<'_, '_>,
        i: usize,
        by: Option<usize>,
        coded: &[bool],
        through: Option<&str>,
        verbal_act: bool,
        out: &mut Vec<Mention>,
    ) {
        let objs = objects_of(t, i);
        for &o in &objs {
            f.with_conjuncts(o, out);
            if !out.is_empty() {
                // People of no country moved somewhere ("threatened to send millions of
                // refugees to Europe"): the act is aimed at where they are sent.
                if out.iter().all(people_of_no_country) {
                    let mut to = Vec::new();
                    destination(t, f, i, &objs, &mut to);
                    if !to.is_empty() {
                        *out = to;
                    }
                }
                return;
            }
        }
        if let Some(o) = t.child(i, Rel::Iobj) {
            f.with_conjuncts(o, out);
            if !out.is_empty() {
                return;
            }
        }
        self.phrase_actors(t, f, i, &objs, by, out);
        if !out.is_empty() {
            return;
        }
        // A reported clause that coded nothing itself: its subject, else its
        // object or phrases ("said that an embargo against X would not work"); also
        // the "that" clause of the object noun of a verbal act ("expressed doubt that
        // the Iraqi elections would be held", `acl` of `doubt`; not "set off fears
        // that ..." read as a bombing).
        let marked = |c: usize, w: &str| {
            t.children(c)
                .iter()
                .any(|&m| t.rels[m] == Rel::Mark && &t.forms[m] == w)
        };
        let contents: Vec<usize> = objs
            .iter()
            .flat_map(|&o| t.children(o).iter().copied())
            .filter(|&c| verbal_act && t.rels[c] == Rel::Acl && t.is_verbal(c) && marked(c, "that"))
            .collect();
        for &c in t.children(i).iter().chain(&contents) {
            let infinitive = t.rels[c] == Rel::Advcl && marked(c, "to");
            let that = is_that_clause(t, c) || contents.contains(&c);
            let via = match that {
                true => through.is_some_and(takes_that_clause),
                false => through.is_some(),
            };
            // A clause whose predicate, or a clause it embeds, coded ("said Arnor is about
            // to restore ties": the restoring) is reported, not the report's target.
            let coded_in = (0..t.len()).any(|k| coded[k] && embeds(t, c, k));
            // A noun without a copula heads no clause: a misparse, no report.
            let clause =
                !matches!(t.upos(c), Upos::Noun | Upos::Propn) || t.child(c, Rel::Cop).is_some();
            if (that || t.rels[c] == Rel::Xcomp || infinitive) && clause && (!coded_in || via) {
                if let Some(s) = t
                    .child(c, Rel::Nsubj)
                    .or_else(|| t.child(c, Rel::NsubjPass))
                {
                    f.with_conjuncts(s, out);
                    if out.is_empty() {
                        self.phrase_actors(t, f, s, &[], None, out);
                    }
                }
                // Not into a clause above this one: a malformed parse may hold a cycle.
                if out.is_empty() && t.is_verbal(c) && !t.dominates(c, i) {
                    self.find_targets(t, f, c, None, coded, through, verbal_act, out);
                }
                // A predicate adjective's phrases are the verb's ("marched close to the
                // border with Mordor").
                if out.is_empty() && t.rels[c] == Rel::Xcomp && t.upos(c) == Upos::Adj {
                    self.phrase_actors(t, f, c, &[], None, out);
                }
                if !out.is_empty() {
                    return;
                }
            }
        }
    }

    /// Actors in the prepositional phrases of `i` and of `objs`, then in phrases nested in
    /// those, level by level ("resumption of ties with X"); `skip` is left out.
    pub(crate) fn phrase_actors(
        &self,
        t: &Tree<'_>,
        f: &ActorFinder<'_, '_>,
        i: usize,
        objs: &[usize],
        skip: Option<usize>,
        out: &mut Vec<Mention>,
    ) {
        self.phrase_actors_where(t, f, i, objs, skip, &|_| true, out);
    }

    /// The same, keeping only the actors `keep` accepts, so the search goes on past a
    /// phrase that names none of them ("reduce its number of troops in Iraq": past the
    /// troops to Iraq).
    // The search carries the tree, the finder and the phrase to skip along.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn phrase_actors_where(
        &self,
        t: &Tree<'_>,
        f: &ActorFinder<'_, '_>,
        i: usize,
        objs: &[usize],
        skip: Option<usize>,
        keep: &dyn Fn(&Mention) -> bool,
        out: &mut Vec<Mention>,
    ) {
        let mut level: Vec<usize> = phrases_under(t, i)
            .into_iter()
            .filter(|&c| Some(c) != skip)
            .collect();
        for &o in objs {
            level.extend(phrases_under(t, o));
        }
        // Deeper nesting than this is a different topic, not the verb's argument.
        const MAX_LEVELS: usize = 3;
        for _ in 0..MAX_LEVELS {
            level.sort_unstable();
            for &c in &level {
                let before = out.len();
                f.with_conjuncts(c, out);
                let mut k = 0;
                out.retain(|m| {
                    k += 1;
                    k <= before || keep(m)
                });
                if !out.is_empty() {
                    return;
                }
            }
            level = level.iter().flat_map(|&c| phrases_under(t, c)).collect();
            if level.is_empty() {
                break;
            }
        }
    }
}

/// The agent of an act named as the object of `i` ("condemned the killing of 21
/// Egyptians BY Islamic State militants"): disapproval and rejection (roots 11, 12) are
/// aimed at who did the act, not at its victims.
pub(crate) fn agent_of_object(t: &Tree<'_>, i: usize) -> Option<usize> {
    objects_of(t, i).into_iter().find_map(|o| {
        t.children(o)
            .iter()
            .copied()
            .find(|&c| t.rels[c] == Rel::Nmod && t.case_of(c) == Some("by"))
    })
}

/// The "by" phrase of a passive verb `i` that a parser hung on a word of the clause
/// other than the verb ("was opposed earlier by X", with "by X" under `earlier`): the
/// first under `i` reached through nouns, adjectives and adverbs only, not through
/// another verb ("a decision taken by X" is X's decision, not X's act).
pub(crate) fn hung_by_phrase(t: &Tree<'_>, i: usize) -> Option<usize> {
    (i + 1..t.len()).find(|&k| {
        if t.rels[k] != Rel::Nmod || t.case_of(k) != Some("by") {
            return false;
        }
        let mut x = t.heads[k];
        // Phrases nest a few deep; further is another clause's.
        for _ in 0..4 {
            match x {
                Some(h) if h == i => return true,
                Some(h) if !t.is_verbal(h) && !matches!(t.rels[h], Rel::Punct) => x = t.heads[h],
                _ => return false,
            }
        }
        false
    })
}

/// True when verb `k` is the predicate of clause `c` or of a clause `c` embeds through
/// complements, adverbial clauses and coordination, not through a noun ("armed the
/// gunmen who attacked police": the attack is no part of the arming).
fn embeds(t: &Tree<'_>, c: usize, k: usize) -> bool {
    let mut x = k;
    // Clauses nest a few deep in news; deeper is another topic.
    for _ in 0..6 {
        if x == c {
            return true;
        }
        if !matches!(t.rels[x], Rel::Xcomp | Rel::Ccomp | Rel::Advcl | Rel::Conj) {
            return false;
        }
        match t.heads[x] {
            Some(h) => x = h,
            None => return false,
        }
    }
    false
}

/// The direct objects of `i`, and a second nominal subject after it: a clause has one
/// subject, and in a statement it comes before the verb, so a noun the parser made a
/// second subject after the verb ("Iraq asked the United States for air strikes" with
/// both names as `nsubj`) is its object.
pub(crate) fn objects_of(t: &Tree<'_>, i: usize) -> Vec<usize> {
    let kids = t.children(i);
    let before = kids
        .iter()
        .any(|&c| c < i && matches!(t.rels[c], Rel::Nsubj | Rel::NsubjPass));
    kids.iter()
        .copied()
        .filter(|&c| {
            t.rels[c] == Rel::Obj
                || before
                    && c > i
                    && t.rels[c] == Rel::Nsubj
                    && matches!(t.upos(c), Upos::Noun | Upos::Propn)
        })
        .collect()
}

/// Phrases hanging under a noun: its prepositional phrases, and those (and objects)
/// of a participle modifying it ("roads leading into X", "trip in X").
///
/// Left out: phrases of time and circumstance ("after the shooting in Cape Town", "during
/// the protests"), which say when, not to whom. (The "by" phrase of a participle stays:
/// "welcomed memos sent by Bree" is aimed at Bree, as TABARI's records expect.)
fn phrases_under(t: &Tree<'_>, n: usize) -> Vec<usize> {
    let circumstance = |x: usize| {
        matches!(
            t.case_of(x),
            Some("after" | "before" | "during" | "since" | "following" | "amid" | "until")
        )
    };
    // A span of time without a preposition ("five years after ...") says when, not to
    // whom. (Other bare phrases are often a misread object: "killed five Palestinians",
    // "cordoned off for construction the roads leading into X".)
    let bare = |x: usize| {
        t.child(x, Rel::Case).is_none()
            && matches!(
                &t.lemmas[x],
                "year" | "month" | "week" | "day" | "hour" | "minute" | "decade" | "century"
            )
    };
    let mut out = Vec::new();
    for &c in t.children(n) {
        match t.rels[c] {
            Rel::Nmod if !circumstance(c) && !bare(c) => out.push(c),
            // A phrase a parser hung on the verb's adverb ("act now with X") is the
            // verb's.
            Rel::Advmod if t.is_verbal(n) => out.extend(
                t.children(c)
                    .iter()
                    .copied()
                    .filter(|&x| t.rels[x] == Rel::Nmod && !circumstance(x) && !bare(x)),
            ),
            Rel::Acl => out.extend(
                t.children(c)
                    .iter()
                    .copied()
                    .filter(|&x| matches!(t.rels[x], Rel::Nmod | Rel::Obj) && !circumstance(x)),
            ),
            _ => {}
        }
    }
    out
}

/// Civilians or refugees named by a role word alone, with no country.
fn people_of_no_country(m: &Mention) -> bool {
    m.actor.is_none() && matches!(m.code.as_str(), "---REF" | "---CVL")
}

/// Named actors (countries, regions, international bodies) in the "to", "into" or
/// "toward" phrases of verb `i` or of its objects: where something is sent.
fn destination(
    t: &Tree<'_>,
    f: &ActorFinder<'_, '_>,
    i: usize,
    objs: &[usize],
    out: &mut Vec<Mention>,
) {
    for &h in std::iter::once(&i).chain(objs) {
        for &c in t.children(h) {
            let to = matches!(t.case_of(c), Some("to" | "into" | "toward" | "towards"));
            if t.rels[c] == Rel::Nmod && to {
                f.with_conjuncts(c, out);
                out.retain(|m| m.actor.is_some());
                if !out.is_empty() {
                    return;
                }
            }
        }
    }
}
