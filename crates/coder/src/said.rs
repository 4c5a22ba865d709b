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
use crate::own::{denied, hit, verb_of};
use crate::patterns::Captures;
use crate::slots::sector_of;
use crate::tree::{Rel, Tree};
use dyad_dict::VerbDict;

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
