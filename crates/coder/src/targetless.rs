//! Events of roots whose acts usually have someone on the other end, coded with no
//! target when the sentence names none: "Russia demanded the handover of weapons"
//! (100), "Iran pledged to suspend enrichment" (0332), "France condemned the attack"
//! (111), "the EU imposed sanctions" (163).
//!
//! News uses the same verbs for much that is no event ("the threat demands it", "a
//! president who demands praise", "Trump offered a job"), so such an event needs a
//! named political source acting in the sentence's own clause, an act named by the
//! dictionary's pattern or an infinitive, and no event of the sentence under it.

use crate::actors::Mention;
use crate::code::VerbHit;
use crate::slots::named_political;
use crate::tree::{Rel, Tree};
use dyad_model::Upos;

/// Roles of a state that act for it with no one named on the other end.
const ROLES: &[&str] = &["", "GOV", "MIL", "LEG", "OPP", "REB", "INS", "SEP", "SPY"];

/// Roots whose targetless events this module judges; others pass (`slots.rs`'
/// `said_to_no_one` judges statements, appeals, threats, protests, investigations).
pub(crate) fn judged(root: u32) -> bool {
    matches!(root, 3 | 10 | 11 | 16)
}

/// Whether hit `h` at verb `i` may code with no target: see the module's comment.
/// `coded` marks the verbs of the sentence already coded (inner clauses come first).
pub(crate) fn stands_alone(
    t: &Tree<'_>,
    h: &VerbHit,
    source: Option<&Mention>,
    subj: Option<usize>,
    passive: bool,
    coded: &[bool],
) -> bool {
    let i = h.token;
    let root = h.root();
    if !judged(root) {
        return true;
    }
    let Some(src) = source else { return false };
    if passive || !named_political(src, ROLES) || !actor_is_subject(t, src, subj) {
        return false;
    }
    // An act the sentence codes with its own target is the event, not this one
    // ("demanded that Russia withdraw": the withdrawal's target makes it Russia's).
    if (0..t.len()).any(|k| k != i && coded.get(k) == Some(&true) && t.dominates(i, k)) {
        return false;
    }
    if !main_or_reported(t, i) || negated(t, i) {
        return false;
    }
    names_an_act(t, h, src)
}

/// A state itself, its government or military, or an international body.
fn state_level(src: &Mention) -> bool {
    named_political(src, &["", "GOV", "MIL"]) && !src.code.starts_with("IMG")
}

/// The source is the subject itself, not a word inside a thing's name ("the ISIL
/// threat demands it": the threat demands): a common noun heading the subject must be
/// a role word of the mention ("the Iranian government").
fn actor_is_subject(t: &Tree<'_>, src: &Mention, subj: Option<usize>) -> bool {
    subj.is_none_or(|s| t.upos(s) != Upos::Noun || !src.agents.is_empty())
}

/// The verb is the sentence's own or a reported clause's ("Russia demanded",
/// "officials said Iran would demand"), through coordination and control ("moved to
/// impose"), not a relative clause on a noun ("a president who demands praise"), an
/// adverbial or a subject clause.
fn main_or_reported(t: &Tree<'_>, i: usize) -> bool {
    let mut x = i;
    for _ in 0..t.len() {
        match (t.heads[x], t.rels[x]) {
            (None, _) => return true,
            (Some(h), Rel::Conj | Rel::Xcomp) => x = h,
            (Some(_), Rel::Ccomp | Rel::Parataxis) => return true,
            _ => return false,
        }
    }
    false
}

/// "Has not condemned the attacks", "nor has he condemned": no act to code with no one
/// on the other end.
fn negated(t: &Tree<'_>, i: usize) -> bool {
    t.children(i).iter().any(|&c| {
        t.rels[c] == Rel::Neg || matches!(&t.forms[c][..], "not" | "n't" | "never" | "nor")
    })
}

/// The act the verb is about is named: by a pattern of the dictionary ("demanded the
/// RELEASE", "imposed SANCTIONS") or, for a pledge, by the infinitive pledged ("vowed to
/// rebuild"; not "promises to be", "vowed to fight"). Bare "demanded changes" or "offered
/// a job" are no event of their own. Disapproval only as a state's or an international
/// body's condemnation of a thing done ("condemned the attack"), not the opposition and
/// complaints of domestic politics.
fn names_an_act(t: &Tree<'_>, h: &VerbHit, src: &Mention) -> bool {
    let i = h.token;
    match h.root() {
        3 => {
            let pledge = matches!(
                &t.lemmas[i][..],
                "pledge" | "promise" | "vow" | "guarantee" | "commit"
            );
            let act = t.child(i, Rel::Xcomp);
            let fight = act.is_some_and(|x| {
                matches!(
                    &t.lemmas[x][..],
                    "be" | "fight" | "resist" | "oppose" | "block"
                )
            });
            pledge && !fight && (h.pattern.is_some() || act.is_some())
        }
        11 => {
            let condemn = matches!(
                &t.lemmas[i][..],
                "condemn" | "denounce" | "criticize" | "criticise" | "deplore"
            );
            let obj = t.child(i, Rel::Obj).filter(|&o| t.upos(o) == Upos::Noun);
            condemn && obj.is_some() && state_level(src)
        }
        10 => h.pattern.is_some(),
        16 => h.code.forward.starts_with("163"),
        _ => false,
    }
}
