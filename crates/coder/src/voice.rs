//! Who acts in a participle that modifies a noun. "The soldiers captured in Mariupol",
//! "prisoners detained under the former regime", "missiles fired at Syria": a past
//! participle after its noun is a reduced passive relative clause, so the noun is what
//! the act was done to, not who did it. Its agent is the "by" phrase, when there is one
//! ("fighters captured by US-backed forces"); without one the act has no source named
//! and codes nothing, rather than making the captives the captors.

use crate::tree::{Rel, Tree};

/// True when verb `i` is a past participle modifying a noun (`acl`, `VBN`) as a passive:
/// no subject, object, auxiliary, copula or marker of its own. An object would make it
/// an active verb the parser hung on a noun ("Kenyan protesters burned tyres" read as
/// one noun phrase), which is left as it is; so would a noun that is the root of the
/// sentence ("Russian police detained Navalny" read as a noun phrase with `detained`
/// under `police`: the main verb mistagged) or a bare noun after the participle ("praised
/// Ireland" with `Ireland` as a phrase without a preposition).
pub(crate) fn passive_participle(t: &Tree<'_>, i: usize) -> bool {
    if t.rels[i] != Rel::Acl || t.s.tokens.get(i).is_none_or(|x| x.xpos != "VBN") {
        return false;
    }
    let Some(n) = t.heads[i] else { return false };
    // The noun is an object or sits in a phrase; a subject, a conjunct, a clause of its
    // own or the object of a verb of saying ("said Turkish troops fired on militiamen",
    // the "that" left out) is a clause's subject whose verb was mistagged.
    // A subject of a verb after the participle is a reduced passive too ("three UN
    // workers abducted three weeks ago are still held"), unless that verb opens with
    // "and": then the participle is its coordinated, mistagged twin ("candidates called
    // on Obama ... and argued"). A participle of belief ("a woman believed linked to
    // ...") is left as the parse has it.
    let later_verb = |v: usize| {
        v > i
            && !crate::reported::is_saying(&t.lemmas[i])
            && t.is_verbal(v)
            && !t.children(v).iter().any(|&c| c < v && t.rels[c] == Rel::Cc)
    };
    let argument = (matches!(t.rels[n], Rel::Obj | Rel::Nmod)
        && t.heads[n].is_some_and(|v| !crate::reported::is_saying(&t.lemmas[v])))
        || (matches!(t.rels[n], Rel::Nsubj | Rel::NsubjPass) && t.heads[n].is_some_and(later_verb));
    // A sentence whose root is a noun has its main verb mistagged ("Hundreds of
    // thousands of people marched" read as one noun phrase): a true participle sits in a
    // sentence with a verb of its own.
    if !argument || !t.is_verbal(root_of(t, n)) {
        return false;
    }
    !t.children(i).iter().any(|&c| {
        let bare_noun = c > i
            && matches!(t.upos(c), dyad_model::Upos::Noun | dyad_model::Upos::Propn)
            && t.child(c, Rel::Case).is_none();
        bare_noun
            || matches!(
                t.rels[c],
                Rel::Obj
                    | Rel::Iobj
                    | Rel::Nsubj
                    | Rel::NsubjPass
                    | Rel::Aux
                    | Rel::Cop
                    | Rel::Mark
            )
    })
}

/// The root of the tree above token `n` (a malformed parse may hold a cycle: the walk
/// stops after as many steps as there are tokens).
fn root_of(t: &Tree<'_>, n: usize) -> usize {
    let mut x = n;
    for _ in 0..t.len() {
        match t.heads[x] {
            Some(h) => x = h,
            None => break,
        }
    }
    x
}
