//! Accusations under a verb of saying: "said the bombings were the work of
//! separatists", "said Russia was behind the strike", "said India is to blame": 112 (or
//! 111 for a violation, a provocation) aimed at the accused, whatever else the sentence
//! says.

use crate::code::{Origin, VerbHit};
use crate::own::{denied, hit, verb_of};
use crate::patterns::Captures;
use crate::said::content_clauses;
use crate::tree::{Rel, Tree};
use dyad_dict::VerbDict;
use dyad_model::Upos;

/// Verbs of saying whose content can be an accusation ("said X was behind the attack").
fn is_accusing_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "say" | "tell" | "state" | "add" | "claim" | "allege" | "insist" | "declare" | "charge"
    )
}

/// The accused of content clause `c` when it is an accusation frame, which codes 112 for
/// the speaker whatever else the sentence says:
/// - "the bombings were the WORK of separatists" (also handiwork, doing, fault): the
///   phrase with "of";
/// - "Russia was BEHIND the strike": a predicate noun with "behind", its subject;
/// - "India is TO BLAME for the clashes": "blame" with "to" and a copula, its subject
///   (or the verb of saying's object, where the parser took the subject for one);
/// - "Israeli shelling CAUSED the deaths", "neglect by its allies LED TO the massacre"
///   (also trigger, provoke, spark): harm brought about, the subject (whose phrase
///   names the actor).
/// - "the American plan was a VIOLATION of / an ATTACK on Syria's sovereignty", "a
///   provocation", "a betrayal": a predicate noun of condemnation, 111 at its subject; "a
///   war CRIME", "GENOCIDE", "TERRORISM": 112 at its subject; so when its subject
///   AMOUNTED TO or CONSTITUTES one.
///
/// - "the American decision was a grave mistake", "has not made the world any safer":
///   a verdict of disapproval on an owned act (`evaluate.rs`), 111 at its subject.
///
/// The accused (the "by" phrase of the act named, when it has one: "failures BY THE
/// GOVERNMENT led to the massacre") and the code; none when the clause is denied ("was
/// not behind").
fn accused(t: &Tree<'_>, i: usize, c: usize) -> Option<(usize, &'static str)> {
    accused_act(t, i, c).map(|(s, code)| (agent_of(t, s), code))
}

/// The "by" phrase that names who did act `s` ("neglect by its allies"), else `s`.
fn agent_of(t: &Tree<'_>, s: usize) -> usize {
    t.children(s)
        .iter()
        .copied()
        .find(|&k| t.rels[k] == Rel::Nmod && t.case_of(k) == Some("by"))
        .unwrap_or(s)
}

/// The act accused in clause `c` (its subject, or its author) and the code.
fn accused_act(t: &Tree<'_>, i: usize, c: usize) -> Option<(usize, &'static str)> {
    // "Has not made the world any safer" is a verdict said with "not".
    if let Some(s) = crate::evaluate::disapproved(t, i, c) {
        return Some((s, "111"));
    }
    if denied(t, c) {
        return None;
    }
    let kids = t.children(c);
    let cop = || {
        kids.iter()
            .any(|&k| matches!(t.rels[k], Rel::Cop | Rel::Aux))
    };
    let noun = matches!(t.upos(c), Upos::Noun | Upos::Propn);
    if noun && t.child(c, Rel::Cop).is_some() {
        let on = kids
            .iter()
            .any(|&k| t.rels[k] == Rel::Nmod && t.case_of(k) == Some("on"));
        let code = match &t.lemmas[c][..] {
            "betrayal" | "affront" | "insult" => Some("111"),
            "attack" | "assault" if on => Some("111"),
            lemma => condemned(lemma),
        };
        if let Some(code) = code {
            return t.child(c, Rel::Nsubj).map(|s| (s, code));
        }
    }
    // "Russia's strikes amounted to war crimes", "the blockade constitutes a violation
    // of the truce": the subject is accused of the crime.
    if matches!(&t.lemmas[c][..], "amount" | "constitute") {
        let crime = kids.iter().find_map(|&k| {
            // The small parser reads "to genocide" as an infinitive ("genocide" a verb).
            let infinitive = matches!(t.rels[k], Rel::Advcl | Rel::Xcomp)
                && t.children(k)
                    .iter()
                    .any(|&m| t.rels[m] == Rel::Mark && &t.forms[m] == "to");
            let arg = t.rels[k] == Rel::Obj
                || (t.rels[k] == Rel::Nmod && t.case_of(k) == Some("to"))
                || infinitive;
            match &t.lemmas[k][..] {
                _ if !arg => None,
                "cleansing" => Some("112"),
                lemma => condemned(lemma),
            }
        });
        if let Some(code) = crime {
            return t.child(c, Rel::Nsubj).map(|s| (s, code));
        }
    }
    accused_of_harm(t, i, c, kids, noun, cop()).map(|s| (s, "112"))
}

/// The code of a wrong an act is said to be: a violation 111, a crime 112.
fn condemned(lemma: &str) -> Option<&'static str> {
    match lemma {
        "violation" | "breach" | "provocation" => Some("111"),
        "crime" | "genocide" | "terrorism" => Some("112"),
        _ => None,
    }
}

/// The 112 frames of [`accused`]: the work of X, X was behind, X is to blame, X's act
/// caused harm.
fn accused_of_harm(
    t: &Tree<'_>,
    i: usize,
    c: usize,
    kids: &[usize],
    noun: bool,
    cop: bool,
) -> Option<usize> {
    if noun && matches!(&t.lemmas[c][..], "work" | "handiwork" | "doing" | "fault") && cop {
        return kids
            .iter()
            .copied()
            .find(|&k| t.rels[k] == Rel::Nmod && t.case_of(k) == Some("of"));
    }
    if noun && t.case_of(c) == Some("behind") && cop {
        return t.child(c, Rel::Nsubj);
    }
    // "negligence by its allies led to the massacre", "Israeli shelling caused the
    // deaths": the act whose actor the subject names brought about harm.
    let causes = matches!(
        &t.lemmas[c][..],
        "lead" | "cause" | "trigger" | "provoke" | "spark"
    );
    let harm = |k: usize| match t.rels[k] {
        Rel::Obj => is_harm(&t.lemmas[k]),
        Rel::Nmod => t.case_of(k) == Some("to") && is_harm(&t.lemmas[k]),
        _ => false,
    };
    if causes && kids.iter().any(|&k| harm(k)) {
        return t.child(c, Rel::Nsubj);
    }
    let to = kids
        .iter()
        .any(|&k| t.rels[k] == Rel::Mark && &t.forms[k] == "to");
    if &t.lemmas[c] == "blame" && to && cop {
        return t.child(c, Rel::Nsubj).or_else(|| t.child(i, Rel::Obj));
    }
    None
}

/// Harm an actor is accused of bringing about.
fn is_harm(lemma: &str) -> bool {
    matches!(
        lemma,
        "massacre" | "killing" | "death" | "bloodshed" | "casualty" | "atrocity" | "genocide"
    )
}

/// Hits for verbs of saying whose content clause is an accusation frame (`accused`):
/// 112 aimed at the accused, whatever the speaker.
pub(crate) fn accusation_hits(t: &Tree<'_>, v: &VerbDict, hits: &[VerbHit]) -> Vec<VerbHit> {
    let mut out = Vec::new();
    for i in 0..t.len() {
        if !is_accusing_verb(&t.lemmas[i]) || hits.iter().any(|h| h.token == i) {
            continue;
        }
        // A noun with a copula heads a clause whatever relation the parser gave it
        // ("said the blasts were the work of X" with "work" read as an oblique).
        let verdict = |c: usize| crate::evaluate::disapproved(t, i, c).is_some() && !denied(t, i);
        let origin = match t.children(i).iter().any(|&c| verdict(c)) {
            true => Origin::Verdict,
            false => Origin::Accusation,
        };
        let Some((target, code)) = t
            .children(i)
            .iter()
            .copied()
            .filter(|&c| content_clauses(t, i).contains(&c) || t.child(c, Rel::Cop).is_some())
            .find_map(|c| accused(t, i, c))
        else {
            continue;
        };
        if denied(t, i) {
            continue;
        }
        let Some(verb) = verb_of(t, v, i) else {
            continue;
        };
        let cap = Captures {
            target: Some(target),
            ..Captures::default()
        };
        out.push(hit(t, i, verb, code, cap, origin));
    }
    out
}
