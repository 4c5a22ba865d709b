//! A political speaker's bare statement. "The Kremlin said the talks would go on",
//! "Conditions in the camps are worsening, UN agencies said": when nothing else in the
//! sentence codes (no act in the clause, no more specific cue), the statement itself is
//! the event, 010, as PETRARCH2/Phoenix, GDELT and ICEWS code it. Only from a named
//! political actor (a state or its organs, their opponents, an international body, an
//! armed movement; not a pronoun resolved across sentences, a company or the media), by
//! the main verb of the sentence, and aimed at the actor what is said is about (its subject), of
//! another country than the speaker's. Whether a statement about no one named codes
//! (`TARGETLESS`) was measured on the dev set and on real news: docs/devset.md,
//! "Session 5".

use crate::actors::Mention;
use crate::code::{Origin, VerbHit};
use crate::patterns::Captures;
use crate::slots::sector_of;
use crate::tree::{Rel, Tree};
use dyad_dict::{EventCode, VerbDict, VerbId};
use dyad_model::Upos;

/// Whether a bare statement that names no one of another country still codes (with no
/// target). See the module's documentation.
pub(crate) const TARGETLESS: bool = false;

/// Verbs of plain saying whose content clause is a statement.
fn is_statement_verb(lemma: &str) -> bool {
    matches!(lemma, "say" | "tell" | "state" | "declare")
}

/// The content clauses of verb `i`: a clausal complement ("said that X", "said X", and
/// the fronted "X, Y said" the parser hangs the same way) or a clause set beside it
/// (`parataxis`), whose predicate is a verb or has a copula (a bare noun heads no clause:
/// a misparse).
pub(crate) fn content_clauses(t: &Tree<'_>, i: usize) -> Vec<usize> {
    t.children(i)
        .iter()
        .copied()
        .filter(|&c| matches!(t.rels[c], Rel::Ccomp | Rel::Parataxis))
        .filter(|&c| t.is_verbal(c) || t.child(c, Rel::Cop).is_some())
        .collect()
}

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
///   war CRIME", "GENOCIDE", "TERRORISM": 112 at its subject.
///
/// The accused and the code; none when the clause is denied ("was not behind").
fn accused(t: &Tree<'_>, i: usize, c: usize) -> Option<(usize, &'static str)> {
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
            "violation" | "breach" | "provocation" | "betrayal" | "affront" | "insult" => {
                Some("111")
            }
            "attack" | "assault" if on => Some("111"),
            "crime" | "genocide" | "terrorism" => Some("112"),
            _ => None,
        };
        if let Some(code) = code {
            return t.child(c, Rel::Nsubj).map(|s| (s, code));
        }
    }
    accused_of_harm(t, i, c, kids, noun, cop()).map(|s| (s, "112"))
}

/// A clause or a verb of saying with "not", "never" or "no" ("was not behind", "no
/// violation", "did not say").
fn denied(t: &Tree<'_>, c: usize) -> bool {
    t.children(c).iter().any(|&k| {
        matches!(t.rels[k], Rel::Neg | Rel::Advmod | Rel::Other)
            && matches!(&t.forms[k], "not" | "n't" | "never" | "no")
    })
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
        out.push(hit(t, i, verb, code, cap, Origin::Accusation));
    }
    out
}

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

/// Hits for the main verb of saying of a sentence that has a content clause and no
/// dictionary code of its own: a statement (010), dropped in `code.rs` when anything
/// else in the sentence codes. Only where the dictionaries have the verb (so
/// `--dict-dir` sets without SAY code none), and not when it is negated ("did not say").
pub(crate) fn statement_hits(t: &Tree<'_>, v: &VerbDict, hits: &[VerbHit]) -> Vec<VerbHit> {
    let mut out = Vec::new();
    for i in 0..t.len() {
        let clauses = content_clauses(t, i);
        // A content clause with an act the dictionaries know reports that act, even
        // when it codes nothing ("Israel released six students, sources said"): no
        // statement of the speaker's own.
        let reports_act = hits
            .iter()
            .any(|h| clauses.iter().any(|&c| t.dominates(c, h.token)));
        if t.heads[i].is_some()
            || !is_statement_verb(&t.lemmas[i])
            || hits.iter().any(|h| h.token == i)
            || clauses.is_empty()
            || reports_act
        {
            continue;
        }
        if denied(t, i) {
            continue;
        }
        let Some(verb) = verb_of(t, v, i) else {
            continue;
        };
        out.push(hit(t, i, verb, "010", Captures::default(), Origin::Bare));
    }
    out
}

/// Keeps the targets of bare statement `i` that what is said is about (the subject of a
/// content clause: "said Iraqi forces are not ready") or whom the speaker told ("told
/// the EU that"), as for a clause of obligation (`reported.rs`), of another country than
/// the speaker, or an international body. False when the statement does not code: the
/// speaker is no political actor, or no target is left and `TARGETLESS` is off.
pub(crate) fn keep_targets(
    t: &Tree<'_>,
    i: usize,
    sources: &[Mention],
    targets: &mut Vec<Mention>,
) -> bool {
    let roles = ["", "GOV", "MIL", "LEG", "OPP", "REB", "COP", "JUD", "SPY"];
    // The media report, they do not make statements of their own ("the Nihon Keizai
    // newspaper reported"); nor are they what a statement is about.
    let media = |m: &Mention| m.code.starts_with("MED") || sector_of(&m.code) == "MED";
    if sources.iter().any(media) {
        return false;
    }
    let mut about: Vec<usize> = content_clauses(t, i)
        .into_iter()
        .filter_map(|c| {
            t.child(c, Rel::Nsubj)
                .or_else(|| t.child(c, Rel::NsubjPass))
        })
        .collect();
    about.extend(
        t.children(i)
            .iter()
            .copied()
            .filter(|&c| matches!(t.rels[c], Rel::Obj | Rel::Iobj)),
    );
    if !crate::reported::political_about(t, &roles, &about, sources, targets) {
        return false;
    }
    // The actor the clause is about is its subject or named in it ("the US's move",
    // "elements of the US administration"), not a place or a beneficiary: "conditions
    // for the displaced in Darfur continue to worsen" addresses no one.
    targets.retain(|m| about.iter().any(|&a| names_phrase(t, a, m)));
    // Not an international body's own organ ("OPEC's president said OPEC would").
    let own_body = |m: &Mention| {
        m.code.starts_with("IGO") && sources.iter().any(|s| s.code.get(..6) == m.code.get(..6))
    };
    targets.retain(|m| !media(m) && !own_body(m));
    TARGETLESS || !targets.is_empty()
}

/// True when mention `m` is the phrase at `a` itself, or hangs on it other than as a
/// place or a beneficiary: a phrase "in", "at", "across" ... a place ("the number of
/// troops in Iraq", "his aims in Syria") or "for" someone ("conditions for the
/// displaced") says where or for whom, not whom the statement is about (bounded: a
/// malformed parse may hold a cycle).
fn names_phrase(t: &Tree<'_>, a: usize, m: &Mention) -> bool {
    let mut x = m.last;
    for _ in 0..t.len() {
        if x == a {
            return true;
        }
        let Some(h) = t.heads[x] else {
            return false;
        };
        if t.rels[x] == Rel::Nmod && t.case_of(x).is_some_and(is_place_or_beneficiary) {
            return false;
        }
        x = h;
    }
    false
}

/// Prepositions of a phrase that names a place or a beneficiary.
fn is_place_or_beneficiary(case: &str) -> bool {
    matches!(
        case,
        "in" | "at" | "inside" | "within" | "across" | "throughout" | "near" | "around" | "for"
    )
}
