//! Sentences and clauses that report no act: questions ("Who else is imprisoned in
//! Kashmir?", "Do GOP's Benghazi Charges Harm Hillary Clinton?"), conditions ("would
//! be crossing a red line if he looked into his family's finances", "weighing whether
//! to participate", "will not disarm until the US agrees") and denials ("denied a missile hit the airplane"). News asks,
//! supposes and denies; CAMEO codes what was done or said (the denial itself is 016).

use crate::tree::{Rel, Tree};
use dyad_model::Upos;

/// True when the sentence is a question: its last mark, closing quotes and brackets
/// aside, is a question mark. A quoted question inside a statement is the statement's
/// ("'Why now?' he asked.", "Kyiv asked: \"Why now?\"").
pub(crate) fn is_question(t: &Tree<'_>) -> bool {
    let is_quote = |w: &str| {
        w.chars()
            .all(|c| matches!(c, '"' | '\'' | '’' | '”' | '“' | '‘' | '»' | '«' | '`'))
    };
    let mut quoted = false;
    for i in (0..t.len()).rev() {
        let w = &t.forms[i];
        if t.upos(i) != Upos::Punct {
            return false;
        }
        if w.contains('?') {
            // The question is quoted: a statement when words come before its quote.
            let opening = (0..i).rev().find(|&k| is_quote(&t.forms[k]));
            return !(quoted && opening.is_some_and(|k| (0..k).any(|j| t.upos(j) != Upos::Punct)));
        }
        if is_quote(w) {
            quoted = true;
        } else if !matches!(w, ")" | "]") {
            return false;
        }
    }
    false
}

/// Words that open a clause of condition or open question: what it says may not happen.
fn is_conditional(w: &str) -> bool {
    matches!(w, "if" | "unless" | "whether")
}

/// Words that open a clause of time, which in the present tense tells of something yet
/// to come ("will not disarm until the United States agrees to ...", "before Congress
/// votes"), and in the past of something done ("until the State Department rejected it").
fn is_temporal(w: &str) -> bool {
    matches!(w, "until" | "till" | "before" | "once")
}

/// True when clause `x` is in the present tense: its verb, auxiliaries or copula hold a
/// present or modal form and no past one.
fn in_present(t: &Tree<'_>, x: usize) -> bool {
    let xpos = |i: usize| t.s.tokens.get(i).map_or("", |tok| tok.xpos.as_str());
    let words = std::iter::once(x).chain(
        t.children(x)
            .iter()
            .copied()
            .filter(|&c| matches!(t.rels[c], Rel::Aux | Rel::Cop)),
    );
    let mut present = false;
    for w in words {
        match xpos(w) {
            "VBD" => return false,
            "VBZ" | "VBP" | "MD" => present = true,
            _ => {}
        }
    }
    present
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
            && t.children(x).iter().any(|&c| {
                t.rels[c] == Rel::Mark
                    && (is_conditional(&t.forms[c]) || is_temporal(&t.forms[c]) && in_present(t, x))
            })
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
