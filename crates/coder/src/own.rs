//! Helpers of the rules that code a verb on their own, with no dictionary pattern
//! (bare statements, accusations, clauses of obligation): the verb's dictionary entry,
//! the hit they make, and whether the verb is denied.

use crate::code::{Origin, VerbHit};
use crate::patterns::Captures;
use crate::tree::{Rel, Tree};
use dyad_dict::{EventCode, VerbDict, VerbId};

/// The dictionary verb of token `i`, by form then lemma.
pub(crate) fn verb_of(t: &Tree<'_>, v: &VerbDict, i: usize) -> Option<VerbId> {
    v.lookup(&t.forms[i])
        .first()
        .or_else(|| v.lookup(&t.lemmas[i]).first())
        .copied()
}

/// A hit of the coder's own (no dictionary pattern) at verb `i` with code `code`.
pub(crate) fn hit(
    t: &Tree<'_>,
    i: usize,
    verb: VerbId,
    code: &str,
    cap: Captures,
    origin: Origin,
) -> VerbHit {
    VerbHit {
        token: i,
        verb,
        pattern: None,
        code: EventCode {
            forward: code.to_string(),
            reverse: None,
        },
        cap,
        depth: t.depth(i),
        origin,
    }
}

/// A clause or a verb of saying with "not", "never" or "no" ("was not behind", "no
/// violation", "did not say").
pub(crate) fn denied(t: &Tree<'_>, c: usize) -> bool {
    t.children(c).iter().any(|&k| {
        matches!(t.rels[k], Rel::Neg | Rel::Advmod | Rel::Other)
            && matches!(&t.forms[k], "not" | "n't" | "never" | "no")
    })
}
