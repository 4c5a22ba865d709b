//! Word-order fallbacks for an actor slot the parse leaves empty, as TABARI codes: it
//! reads the source before the verb and the target after it, and looks before the verb
//! when nothing follows it. They run only where the dependency rules found nothing.

use crate::actors::{ActorFinder, Mention};
use crate::tree::{Rel, Tree};
use dyad_model::Upos;

/// Words searched after the verb for a target: a clause rarely runs longer, and beyond
/// it the words belong to another event.
const MAX_AFTER: usize = 30;

/// A finite verb with no subject in the parse: the head of the noun phrase that ends
/// right before it, its auxiliaries and adverbs aside ("... and Turkish Prime Minister
/// Erdogan has also pledged his support", where the parser hung the verb elsewhere).
pub(crate) fn adjacent_subject(t: &Tree<'_>, i: usize) -> Option<usize> {
    let tok = t.s.tokens.get(i)?;
    let finite = matches!(tok.xpos.as_str(), "VBD" | "VBZ" | "VBP")
        || t.children(i).iter().any(|&c| t.rels[c] == Rel::Aux);
    // Non-finite clauses get their subject from the clause above (`Coder::subject`).
    let open = matches!(
        t.rels[i],
        Rel::Xcomp | Rel::Acl | Rel::Relcl | Rel::Advcl | Rel::Ccomp
    );
    if !finite || open {
        return None;
    }
    let mut j = i.checked_sub(1)?;
    while t.heads[j] == Some(i) && matches!(t.rels[j], Rel::Aux | Rel::Advmod | Rel::Neg) {
        j = j.checked_sub(1)?;
    }
    if !matches!(t.upos(j), Upos::Propn | Upos::Noun) {
        return None;
    }
    // Up through the name's own words (flat, compound) to its head.
    let mut h = j;
    for _ in 0..8 {
        match t.heads[h] {
            Some(p)
                if matches!(t.rels[h], Rel::Other | Rel::Compound)
                    && p < i
                    && matches!(t.upos(p), Upos::Propn | Upos::Noun) =>
            {
                h = p
            }
            _ => break,
        }
    }
    // A noun inside a prepositional phrase ("after Calenardhon crowds") is no subject.
    if t.child(h, Rel::Case).is_some() {
        return None;
    }
    Some(h)
}

/// The subject of the clause before the verb that it is coordinated with ("They have
/// kept their language and Erdogan has pledged his support": they). A verb a parser
/// hung under the previous clause as a clausal subject is read as coordinated too.
pub(crate) fn coordinated_subject(t: &Tree<'_>, i: usize) -> Option<usize> {
    let v = t.heads[i].filter(|&v| v < i && t.is_verbal(v))?;
    if !matches!(
        t.rels[i],
        Rel::Conj | Rel::Parataxis | Rel::Nsubj | Rel::NsubjPass
    ) {
        return None;
    }
    t.children(v)
        .iter()
        .copied()
        .find(|&c| matches!(t.rels[c], Rel::Nsubj | Rel::NsubjPass) && c != i && !t.is_verbal(c))
}

/// The first phrase inside the verb's object, at any depth and through its clauses,
/// that names a dictionary actor ("imposed visa bans, which those in Russia shrug off").
pub(crate) fn actor_in_object(
    t: &Tree<'_>,
    f: &ActorFinder<'_, '_>,
    i: usize,
    out: &mut Vec<Mention>,
) {
    let Some(o) = t.child(i, Rel::Obj) else {
        return;
    };
    // Not inside a phrase of time (as `phrases_under` in targets.rs).
    let aside = |k: usize| {
        let mut x = k;
        for _ in 0..t.len() {
            if x == o {
                return false;
            }
            let case = t.case_of(x);
            if matches!(
                case,
                Some("after" | "before" | "during" | "since" | "following" | "amid")
            ) {
                return true;
            }
            match t.heads[x] {
                Some(p) => x = p,
                None => return true,
            }
        }
        true
    };
    for k in o + 1..t.len().min(o + 1 + MAX_AFTER) {
        if !t.dominates(o, k) || !matches!(t.rels[k], Rel::Obj | Rel::Nmod | Rel::Iobj) || aside(k)
        {
            continue;
        }
        let mut ms = Vec::new();
        f.with_conjuncts(k, &mut ms);
        ms.retain(|m| m.actor.is_some());
        if !ms.is_empty() {
            out.extend(ms);
            return;
        }
    }
}
