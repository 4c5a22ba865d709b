//! Criticism said as a verdict on an actor's act: "the American decision was a grave
//! mistake", "the Greek move would have dangerous implications for the region", "the
//! US-led war has not made the world any safer". Under a verb of saying these disapprove
//! (111) of whoever owns the act, as "was illegal" does (`ILLEGAL` in the dictionaries).
//! Only verdicts that clearly disapprove, and only of an act a named actor owns: its
//! subject names the actor before its head ("the American decision", "Russia's
//! strikes") or in a "by" phrase ("the shelling by Eritrean forces"); "the war in Iraq"
//! names a place, not whose war it is.

use crate::actors::Mention;
use crate::slots::named_political;
use crate::tree::{Rel, Tree};
use dyad_model::Upos;

/// The subject of content clause `c` when the clause is a verdict of disapproval on an
/// act its subject's owner did (see the module's documentation).
/// `i` is the verb of saying: a subject with a clause of its own ("the decision to sell
/// arms was a mistake") is read as its object by the small parser, which leaves the
/// verdict with no subject.
pub(crate) fn disapproved(t: &Tree<'_>, i: usize, c: usize) -> Option<usize> {
    let verdict = is_blunder(t, c) || grave_implications(t, c) || made_no_safer(t, c);
    let misread = || {
        t.child(i, Rel::Obj)
            .filter(|&o| o < c && &t.lemmas[i] != "tell")
    };
    let s = t.child(c, Rel::Nsubj).or_else(misread)?;
    (verdict && owned_act(t, s)).then_some(s)
}

/// "X's decision was a (grave) mistake / a blunder / a disaster": a predicate noun of
/// failure with a copula, not denied ("was no mistake", "was not a mistake").
fn is_blunder(t: &Tree<'_>, c: usize) -> bool {
    let noun = matches!(t.upos(c), Upos::Noun);
    let failure = matches!(
        &t.lemmas[c][..],
        "mistake" | "blunder" | "disaster" | "catastrophe" | "fiasco"
    );
    noun && failure && t.child(c, Rel::Cop).is_some() && !crate::own::denied(t, c)
}

/// "X's move would have dangerous implications (for ...)": "have" with consequences or
/// implications that are dangerous, disastrous, catastrophic or destabilising. Not
/// "serious" or "grave" ones, which are as often a warning of what the speaker will do
/// ("strikes would have serious consequences").
fn grave_implications(t: &Tree<'_>, c: usize) -> bool {
    if &t.lemmas[c] != "have" || crate::own::denied(t, c) {
        return false;
    }
    t.children(c).iter().any(|&o| {
        t.rels[o] == Rel::Obj
            && matches!(
                &t.lemmas[o][..],
                "implication" | "consequence" | "repercussion"
            )
            && t.children(o).iter().any(|&a| {
                matches!(
                    t.lemmas[a].to_ascii_lowercase().as_str(),
                    "dangerous" | "disastrous" | "catastrophic" | "destabilizing" | "destabilising"
                )
            })
    })
}

/// "X's war has not made the world any safer": "make" denied with "safer" or "more
/// secure" on its object (the parsers hang the adjective on the object, as a modifier or
/// a conjunct, or on the verb); "has made the region less safe / more dangerous" says
/// the same without "not".
fn made_no_safer(t: &Tree<'_>, c: usize) -> bool {
    if &t.lemmas[c] != "make" {
        return false;
    }
    let mut words: Vec<usize> = t.children(c).to_vec();
    for &o in t.children(c) {
        if t.rels[o] == Rel::Obj {
            words.extend_from_slice(t.children(o));
        }
    }
    let degree = |a: usize, w: &str| {
        t.children(a)
            .iter()
            .any(|&k| t.forms[k].eq_ignore_ascii_case(w))
    };
    let safer = |a: usize| {
        let form = t.forms[a].to_ascii_lowercase();
        form == "safer"
            || (matches!(form.as_str(), "secure" | "stable" | "peaceful") && degree(a, "more"))
    };
    let worse = |a: usize| {
        let form = t.forms[a].to_ascii_lowercase();
        matches!(form.as_str(), "safe" | "secure" | "stable") && degree(a, "less")
            || form == "dangerous" && degree(a, "more")
    };
    let adjectives = words.iter().copied().filter(|&a| t.upos(a) == Upos::Adj);
    if crate::own::denied(t, c) {
        adjectives.clone().any(safer)
    } else {
        adjectives.clone().any(worse)
    }
}

/// True when the act at `s` (a noun) is owned by someone its phrase names: a
/// possessive, a name or a capitalised adjective before the head ("the American
/// decision", "Russia's strikes", "the US-led war"), or a "by" phrase. A name alone
/// ("said Turkey was a disaster") is an actor, not an act: left out.
fn owned_act(t: &Tree<'_>, s: usize) -> bool {
    if !matches!(t.upos(s), Upos::Noun) {
        return false;
    }
    t.children(s).iter().any(|&k| {
        let capital = t.s.tokens[k]
            .form
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        match t.rels[k] {
            Rel::Poss => true,
            Rel::Nmod => t.case_of(k) == Some("by"),
            Rel::Compound => t.upos(k) == Upos::Propn,
            Rel::Other => {
                capital && matches!(t.upos(k), Upos::Adj | Upos::Propn) && 0 < k && k < s
                    || led_by_name(t, k)
            }
            _ => false,
        }
    })
}

/// "The US-led war", "Saudi-backed forces": a participle "led" or "backed" before the
/// head with a name under it (the tokenizer splits the hyphen).
fn led_by_name(t: &Tree<'_>, k: usize) -> bool {
    matches!(&t.lemmas[k][..], "lead" | "led" | "back" | "backed")
        && t.children(k)
            .iter()
            .any(|&n| t.upos(n) == Upos::Propn && n < k)
}

/// Keeps the speakers of a verdict who are political actors (a state or its organs,
/// their opponents, an international or armed body): a pundit's or a company's verdict
/// is no event, nor is a group an apposition names beside the speaker ("the SDF, a group
/// of Kurdish and Arab units, said"). False when none is left.
pub(crate) fn keep_speakers(sources: &mut Vec<Mention>) -> bool {
    let roles = ["", "GOV", "MIL", "LEG", "OPP", "REB", "COP", "JUD", "SPY"];
    sources.retain(|s| named_political(s, &roles));
    !sources.is_empty()
}
