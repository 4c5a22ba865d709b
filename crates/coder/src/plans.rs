//! What an act not done codes as (`modality.rs` tells which acts are not done). A plan,
//! an arrangement or a schedule ("plans to lay a wreath", "is set to sign", "are due to
//! meet") is an intention (03) or a threat (13) or nothing, never the act. An agreement
//! to cooperate, meet or give aid ("agreed to establish a corridor and hold joint
//! patrols") is the intention to do it. A plan denied ("does not plan to deploy
//! forces") and a plan named as a noun ("working on plans to send troops") code nothing.

use crate::code::negated_by;
use crate::modality::{as_unrealised, is_intending, planned};
use crate::tree::{Rel, Tree};

/// The code an act found with `code` takes in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mood {
    /// Done, or reported as the act: keep the code.
    Done,
    /// Intended, promised or threatened: this code instead.
    As(&'static str),
    /// Planned or denied with nothing the codebook codes for it: no event.
    Nothing,
}

/// Words of a plan or a schedule: the act is arranged, not done.
fn is_planning(lemma: &str) -> bool {
    matches!(
        lemma,
        "plan" | "intend" | "set" | "due" | "schedule" | "expect" | "poised" | "prepare"
    )
}

/// Nouns of a plan, whose infinitive ("plans to send troops") names no act done.
fn is_plan_noun(lemma: &str) -> bool {
    matches!(lemma, "plan" | "intention" | "scheme" | "plot")
}

/// Words that negate a plan ("does not plan", "never intended"); not "no".
const NEGATORS: &[&str] = &["not", "n't", "never"];

/// Conjuncts a plan reaches; real sentences rarely list more.
const MAX_CONJUNCTS: usize = 4;

/// Verbs of phase, whose infinitive or gerund is the act itself ("would continue to
/// clear the border", "plans to start withdrawing"): the mood is theirs.
pub(crate) fn is_phase(lemma: &str) -> bool {
    matches!(lemma, "continue" | "keep" | "start" | "begin" | "resume")
}

/// The verb whose relation to its head decides the mood of verb `i`: `i` itself, the
/// verb of phase it completes, or the first of the verbs it is coordinated with when it
/// is a bare verb with no subject nor auxiliary of its own ("agreed to establish a
/// corridor and hold joint patrols": `hold` is `establish`'s; "will not attend but backs
/// the aim" is a finite verb of its own).
fn governing(t: &Tree<'_>, i: usize) -> usize {
    let mut x = i;
    for _ in 0..MAX_CONJUNCTS {
        if let Some(h) = t.heads[x].filter(|&h| t.rels[x] == Rel::Xcomp && is_phase(&t.lemmas[h])) {
            x = h;
            continue;
        }
        // Taggers read a bare verb after "and" as VBP as often as VB.
        let bare =
            t.s.tokens
                .get(x)
                .is_some_and(|k| matches!(&k.xpos[..], "VB" | "VBP"));
        let own = !bare
            || t.children(x).iter().any(|&c| {
                matches!(
                    t.rels[c],
                    Rel::Nsubj | Rel::NsubjPass | Rel::Aux | Rel::Mark
                )
            });
        match t.heads[x] {
            Some(h) if t.rels[x] == Rel::Conj && !own && t.is_verbal(h) => x = h,
            _ => break,
        }
    }
    x
}

/// The word of which the verb at `x` is the infinitive, when `pick` accepts it ("plans
/// to visit", "ready to meet").
fn complement_of(t: &Tree<'_>, x: usize, pick: fn(&str) -> bool) -> Option<usize> {
    let h = t.heads[x]?;
    let linked = t.rels[x] == Rel::Xcomp || crate::modality::infinitive_subject(t, x);
    (linked && (pick(&t.lemmas[h]) || pick(&t.forms[h]))).then_some(h)
}

/// True when the verb at `x` is the infinitive of a noun of plan ("Ankara's plans to
/// launch an operation"), as a clause of the noun or, as parsers also read it, of the
/// verb the noun's phrase hangs on ("working on plans to send troops"): its "to" right
/// after the noun.
fn plan_noun(t: &Tree<'_>, x: usize) -> bool {
    if !matches!(t.rels[x], Rel::Acl | Rel::Advcl) {
        return false;
    }
    t.children(x).iter().any(|&m| {
        t.rels[m] == Rel::Mark
            && t.forms[m].eq_ignore_ascii_case("to")
            && m.checked_sub(1)
                .is_some_and(|n| t.upos(n) == dyad_model::Upos::Noun && is_plan_noun(&t.lemmas[n]))
    })
}

/// True for codes that are an intention or a threat already ("plans to pledge
/// support" stays 032).
fn said_already(code: &str) -> bool {
    matches!(code.get(..2), Some("03" | "13"))
}

/// The mood of the act at verb `i` found with `code`.
pub(crate) fn mood(t: &Tree<'_>, i: usize, code: &str) -> Mood {
    let x = governing(t, i);
    if plan_noun(t, x) {
        return Mood::Nothing;
    }
    let intending = complement_of(t, x, is_intending);
    if intending.is_some_and(|h| negated_by(t, h, NEGATORS)) {
        return Mood::Nothing;
    }
    let intent = as_unrealised(code);
    // "set" of a plan is "is set to", not "set up a panel to investigate".
    let plan = complement_of(t, x, is_planning).is_some_and(|h| {
        &t.lemmas[h][..] != "set"
            || t.children(h)
                .iter()
                .any(|&c| matches!(t.rels[c], Rel::Cop | Rel::Aux))
    }) || planned(t, x);
    if plan {
        return match intent {
            Some(c) => Mood::As(c),
            None if said_already(code) => Mood::Done,
            None => Mood::Nothing,
        };
    }
    // Agreeing to cooperate, meet or give aid is the intention to; agreeing to yield
    // ("agreed to let monitors in") is the yield, as the dictionaries code it.
    let agreed = complement_of(t, x, |w| w == "agree").is_some();
    let cooperative = matches!(code.get(..2), Some("04" | "05" | "06" | "07"));
    let unrealised = crate::modality::unrealised(t, i)
        || (x != i && crate::modality::unrealised(t, x))
        || (agreed && cooperative);
    match intent {
        Some(c) if unrealised => Mood::As(c),
        _ => Mood::Done,
    }
}
