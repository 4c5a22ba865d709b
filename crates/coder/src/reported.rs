//! What a speaker says another actor must or should do. "Merkel said that Greece must
//! stay in the eurozone", "the UN envoy said Sudan should grant autonomy to Darfur": the
//! verb of saying codes nothing on its own, but a clause of obligation makes it a
//! statement about the clause's subject (010), and when that clause names an act the
//! dictionaries code, the demand for it ("said Russia must withdraw its troops": 106, as
//! a subjunctive demand is, `modality::as_demanded`), never the act as done.

use crate::actors::Mention;
use crate::code::VerbHit;
use crate::patterns::Captures;
use crate::slots::country_of;
use crate::slots::is_that_clause;
use crate::tree::{Rel, Tree};
use dyad_dict::{EventCode, VerbDict};

/// Verbs that report speech or belief, whose "that" news often leaves out.
pub(crate) fn is_saying(lemma: &str) -> bool {
    matches!(
        lemma,
        "say"
            | "tell"
            | "report"
            | "add"
            | "claim"
            | "announce"
            | "confirm"
            | "state"
            | "warn"
            | "believe"
            | "think"
            | "insist"
            | "allege"
            | "show"
            | "reveal"
            | "suggest"
            | "deny"
            | "admit"
            | "acknowledge"
            | "note"
            | "know"
            | "learn"
            | "hear"
            | "fear"
    )
}

/// Verbs of plain saying whose clause of obligation is the statement's content.
fn is_plain_saying(lemma: &str) -> bool {
    matches!(
        lemma,
        "say" | "tell" | "state" | "add" | "stress" | "declare"
    )
}

/// True when verb `i` is a clause of obligation reported by a verb of plain saying: its
/// own subject and "must" or "should" ("said that Greece must stay"), not a guess about
/// the past ("said the gunmen must have known": "must" with "have" and a participle).
pub(crate) fn obligation(t: &Tree<'_>, i: usize) -> bool {
    let said = t.heads[i].is_some_and(|h| is_plain_saying(&t.lemmas[h]));
    if !said || !is_that_clause(t, i) || t.child(i, Rel::Nsubj).is_none() {
        return false;
    }
    let aux: Vec<&str> = t
        .children(i)
        .iter()
        .filter(|&&c| t.rels[c] == Rel::Aux)
        .map(|&c| &t.forms[c][..])
        .collect();
    let must = aux
        .iter()
        .any(|a| matches!(a.to_ascii_lowercase().as_str(), "must" | "should"));
    let perfect = aux
        .iter()
        .any(|a| matches!(a.to_ascii_lowercase().as_str(), "have" | "'ve"));
    must && !perfect
}

/// Hits for verbs of saying that no dictionary pattern coded but that report a clause of
/// obligation: a statement (010), which a coded clause turns into the demand for its act.
/// Only where the dictionaries have the verb (so `--dict-dir` sets without SAY code none).
pub(crate) fn obligation_hits(t: &Tree<'_>, v: &VerbDict, hits: &[VerbHit]) -> Vec<VerbHit> {
    let mut out = Vec::new();
    for i in 0..t.len() {
        if !is_plain_saying(&t.lemmas[i]) || hits.iter().any(|h| h.token == i) {
            continue;
        }
        if !t.children(i).iter().any(|&c| obligation(t, c)) {
            continue;
        }
        let Some(&verb) = v
            .lookup(&t.forms[i])
            .first()
            .or_else(|| v.lookup(&t.lemmas[i]).first())
        else {
            continue;
        };
        let mut depth = 0;
        let mut x = i;
        while let Some(h) = t.heads[x] {
            depth += 1;
            x = h;
            // A malformed parse may hold a cycle.
            if depth > t.len() {
                break;
            }
        }
        out.push(VerbHit {
            token: i,
            verb,
            pattern: None,
            code: EventCode {
                forward: "010".to_string(),
                reverse: None,
            },
            cap: Captures::default(),
            depth,
            reported: true,
        });
    }
    out
}

/// Keeps the targets of reported statement `h` (at `i`, the verb of saying) that it is
/// about: the subject of its clause of obligation or whom the speaker told ("told the EU
/// it must"), of another country than the speaker and named with one ("the corporation
/// must keep up" is no one's). The speaker is a political actor: a state or its organs,
/// its opponents, an international or armed body, not a company or a broadcaster.
/// False when nothing is left: a statement about no one is no event.
pub(crate) fn keep_targets(
    t: &Tree<'_>,
    i: usize,
    sources: &[Mention],
    targets: &mut Vec<Mention>,
) -> bool {
    let political = sources.iter().all(|s| {
        let sector = s.code.get(3..6).unwrap_or("");
        !s.resolved
            && (["IGO", "NGO", "IMG"].iter().any(|p| s.code.starts_with(p))
                || country_of(&s.code).is_some()
                    && matches!(sector, "" | "GOV" | "MIL" | "LEG" | "OPP" | "REB" | "COP"))
    });
    if sources.is_empty() || !political {
        return false;
    }
    let mut about: Vec<usize> = t
        .children(i)
        .iter()
        .copied()
        .filter(|&c| matches!(t.rels[c], Rel::Obj | Rel::Iobj))
        .collect();
    about.extend(
        t.children(i)
            .iter()
            .filter(|&&c| obligation(t, c))
            .filter_map(|&c| t.child(c, Rel::Nsubj)),
    );
    targets.retain(|m| {
        let named = about
            .iter()
            .any(|&a| (m.first..=m.last).contains(&a) || t.dominates(a, m.last));
        let other = country_of(&m.code).is_some_and(|c| {
            sources
                .iter()
                .all(|s| country_of(&s.code).as_deref() != Some(c.as_str()))
        }) || m.code.starts_with("IGO");
        named && other
    });
    !targets.is_empty()
}
