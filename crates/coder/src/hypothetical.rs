//! Sentences and clauses that report no act: questions ("Who else is imprisoned in
//! Kashmir?", "Do GOP's Benghazi Charges Harm Hillary Clinton?"), conditions ("would
//! be crossing a red line if he looked into his family's finances", "weighing whether
//! to participate") and denials ("denied a missile hit the airplane"). News asks,
//! supposes and denies; CAMEO codes what was done or said (the denial itself is 016).

use crate::tree::{Rel, Tree};
use dyad_model::Upos;

/// True when the sentence is a question: its last mark, closing quotes and brackets
/// aside, is a question mark. A quoted question inside a statement ends in a period
/// ("'Why now?' he asked.") and stays a statement.
pub(crate) fn is_question(t: &Tree<'_>) -> bool {
    for i in (0..t.len()).rev() {
        let w = &t.forms[i];
        if t.upos(i) != Upos::Punct {
            return false;
        }
        if w.contains('?') {
            return true;
        }
        let closing = w
            .chars()
            .all(|c| matches!(c, '"' | '\'' | '’' | '”' | ')' | ']' | '»' | '`'));
        if !closing {
            return false;
        }
    }
    false
}

/// Words that open a clause of condition or open question: what it says may not happen.
fn is_conditional(w: &str) -> bool {
    matches!(w, "if" | "unless" | "whether")
}

/// Verbs whose clause is said not to have happened.
fn is_denial(lemma: &str) -> bool {
    matches!(lemma, "deny" | "refute" | "rebut" | "dispute" | "doubt")
}

/// True when the verb at `i` lies in a clause of condition, an open question or a
/// denial, at any depth ("if the government decides to attack": the attack too).
pub(crate) fn in_condition(t: &Tree<'_>, i: usize) -> bool {
    let mut x = i;
    let mut bare_conj = false;
    // Bounded: a malformed parse may hold a cycle.
    for _ in 0..t.len() {
        let clause = matches!(
            t.rels[x],
            Rel::Advcl | Rel::Ccomp | Rel::Xcomp | Rel::Acl | Rel::Relcl | Rel::Parataxis
        ) || t.heads[x].is_none();
        if clause
            && t.children(x)
                .iter()
                .any(|&c| t.rels[c] == Rel::Mark && is_conditional(&t.forms[c]))
        {
            return true;
        }
        let denied = matches!(t.rels[x], Rel::Ccomp | Rel::Xcomp)
            && t.heads[x].is_some_and(|h| is_denial(&t.lemmas[h]));
        if denied && !bare_conj {
            return true;
        }
        // "denied that its soldiers had attacked the village and blamed the police": a
        // verb with no subject of its own after "and" may be the denier's next act, which
        // parsers often hang on the denied clause.
        bare_conj |= t.rels[x] == Rel::Conj
            && t.child(x, Rel::Nsubj).is_none()
            && t.child(x, Rel::NsubjPass).is_none();
        match t.heads[x] {
            Some(h) => x = h,
            None => return false,
        }
    }
    false
}
