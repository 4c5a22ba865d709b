//! What a speaker says another actor must or should do. "Merkel said that Greece must
//! stay in the eurozone", "the UN envoy said Sudan should grant autonomy to Darfur": the
//! verb of saying codes nothing on its own, but a clause of obligation makes it a
//! statement about the clause's subject (010), and when that clause names an act the
//! dictionaries code, the demand for it ("said Russia must withdraw its troops": 106, as
//! a subjunctive demand is, `modality::as_demanded`), never the act as done.

use crate::actors::{ActorFinder, Mention};
use crate::code::{Origin, VerbHit};
use crate::patterns::Captures;
use crate::slots::is_that_clause;
use crate::slots::{country_of, named_political, sector_of, take_dateline_country};
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
        let Some(verb) = crate::own::verb_of(t, v, i) else {
            continue;
        };
        let cap = Captures::default();
        out.push(crate::own::hit(t, i, verb, "010", cap, Origin::Obligation));
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
    let roles = ["", "GOV", "MIL", "LEG", "OPP", "REB", "COP"];
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
    political_about(t, &roles, &about, sources, targets) && !targets.is_empty()
}

/// The targets of a political speaker's statement: false when there is no source or one
/// is no political actor of `roles` (`named_political`); else keeps the targets named
/// under one of the `about` tokens (or holding one), of another country than every
/// source, or an international body.
pub(crate) fn political_about(
    t: &Tree<'_>,
    roles: &[&str],
    about: &[usize],
    sources: &[Mention],
    targets: &mut Vec<Mention>,
) -> bool {
    if sources.is_empty() || !sources.iter().all(|s| named_political(s, roles)) {
        return false;
    }
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
    true
}

/// A promise, vow or offer coded only by its verb's default (030) whose infinitive names
/// a cooperative act the dictionaries code is the intention to do that act
/// (`modality::as_unrealised`): "promised to release all political prisoners" 0353,
/// "pledged to back X" 032. A threat coded by default (130) takes the threat of its act
/// the same way ("threatened to kill a hostage" 138). A
/// pattern of the outer verb, which names its complement, is left as it is; so is an
/// agreement (019), which the dev set and the codebook read both ways ("agreed to let
/// monitors in" 086, "agreed to hold joint patrols" 0312).
pub(crate) fn promised_acts(t: &Tree<'_>, hits: &mut [VerbHit]) {
    let acts: Vec<(usize, &'static str, usize, bool)> = hits
        .iter()
        .filter(|x| t.rels[x.token] == Rel::Xcomp || infinitive(t, x.token))
        // "Pledged to cooperate" with no kind of cooperation named stays 030, as the
        // dictionaries' convention has it.
        .filter(|x| x.code.forward != "060")
        .filter_map(|x| {
            let code = crate::modality::as_unrealised(&x.code.forward)?;
            Some((promising(t, x.token)?, code, x.token, x.cap.compound))
        })
        .collect();
    for h in hits.iter_mut().filter(|h| h.pattern.is_none()) {
        let Some(&(_, code, inner, compound)) = acts.iter().find(|a| a.0 == h.token) else {
            continue;
        };
        // A promise of a hostile act may be one to a third party ("promised to cut ties
        // with al-Qaeda" under a deal with Washington): only cooperative acts are read,
        // and force, which a vow aims at its target ("vowed to keep attacking Kurdish
        // militants" threatens them, 138), unless it is "fight", as often a political
        // contest ("vowed to fight the news media tooth and nail").
        let force = code.starts_with("138") && &t.lemmas[inner][..] != "fight";
        let fits = match h.code.forward.as_str() {
            "030" => code.starts_with("03") || force,
            "130" => code.starts_with("13"),
            _ => false,
        };
        if fits {
            h.code = EventCode {
                forward: code.to_string(),
                reverse: None,
            };
            // The act is consumed as a pattern's would be: its target ("offered to send
            // doctors TO NEPAL") and its pairing of both subjects ("X and Y agreed to
            // hold joint patrols") are the intention's.
            h.cap.inner = Some(inner);
            h.cap.compound |= compound;
        }
    }
}

/// The verb whose complement the act at `i` is, through a verb of phase ("vowed to
/// continue attacking": `vowed`).
fn promising(t: &Tree<'_>, i: usize) -> Option<usize> {
    let h = t.heads[i]?;
    let phase = crate::plans::is_phase(&t.lemmas[h])
        && (t.rels[h] == Rel::Xcomp || infinitive(t, h))
        && (t.rels[i] == Rel::Xcomp || infinitive(t, i));
    match phase {
        true => t.heads[h],
        false => Some(h),
    }
}

/// An infinitive the parser made an adverbial clause ("vowed to wage war").
fn infinitive(t: &Tree<'_>, i: usize) -> bool {
    t.rels[i] == Rel::Advcl
        && t.children(i)
            .iter()
            .any(|&m| t.rels[m] == Rel::Mark && &t.forms[m] == "to")
}

/// The speaker of a predicate adjective said of something ("Annan said the war was
/// illegal"): the subject of the verb of saying whose "that" clause the adjective heads.
pub(crate) fn speaker_of(c: &crate::Coder, t: &Tree<'_>, i: usize) -> Option<usize> {
    if !crate::slots::predicate_adjective(t, i) || !is_that_clause(t, i) {
        return None;
    }
    let h = t.heads[i]?;
    if !is_saying(&t.lemmas[h]) {
        return None;
    }
    c.subject(t, h)
}

impl crate::Coder {
    /// A state organ of no country in what a state's official reports is that state's
    /// ("Peru's interior minister said police killed three farmers": PERCOP), by the
    /// rules of [`take_dateline_country`].
    pub(crate) fn take_reporter_country(
        &self,
        t: &Tree<'_>,
        f: &ActorFinder<'_, '_>,
        i: usize,
        sources: &mut [Mention],
        targets: &[Mention],
    ) {
        if !sources.iter().any(|m| m.code.starts_with("---")) {
            return;
        }
        let Some(s) = reporter_of(self, t, i) else {
            return;
        };
        let mut found = Vec::new();
        f.with_conjuncts(s, &mut found);
        let [who] = found.as_slice() else { return };
        let state = matches!(sector_of(&who.code), "GOV" | "MIL" | "COP" | "JUD");
        if let Some(c) = country_of(&who.code).filter(|_| state) {
            for m in sources.iter_mut() {
                take_dateline_country(t, m, &c, targets);
            }
        }
    }
}

/// The speaker of the clause verb `i` stands in: the subject of the verb of saying that
/// reports it ("Peru's interior minister said police acted in self-defence when they
/// killed three farmers"), through the clauses coordinated with or completing it.
pub(crate) fn reporter_of(c: &crate::Coder, t: &Tree<'_>, i: usize) -> Option<usize> {
    let mut x = i;
    // Reports nest a few clauses deep; further up is another sentence's frame.
    for _ in 0..4 {
        let h = t.heads[x]?;
        match t.rels[x] {
            Rel::Ccomp | Rel::Parataxis if is_saying(&t.lemmas[h]) => return c.subject(t, h),
            Rel::Conj | Rel::Xcomp | Rel::Advcl | Rel::Ccomp => x = h,
            _ => return None,
        }
    }
    None
}

/// "China warned Singapore officials against visiting Taiwan": a warning to someone
/// (an object) against doing something (a gerund clause marked "against") is a threat,
/// 130, where the warning verb coded only its default statement (012). A warning to no
/// one ("warned against overreacting") or against a thing stays a comment.
pub(crate) fn warned_against(t: &Tree<'_>, hits: &mut [VerbHit]) {
    for h in hits.iter_mut() {
        let i = h.token;
        if h.pattern.is_some()
            || h.code.forward != "012"
            || !matches!(&t.lemmas[i][..], "warn" | "caution")
            || t.child(i, Rel::Obj).is_none()
        {
            continue;
        }
        let against = t.children(i).iter().any(|&c| {
            t.rels[c] == Rel::Advcl
                && t.children(c)
                    .iter()
                    .any(|&m| t.rels[m] == Rel::Mark && &t.forms[m] == "against")
        });
        if against {
            h.code = EventCode {
                forward: "130".to_string(),
                reverse: None,
            };
        }
    }
}
