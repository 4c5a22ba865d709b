//! A reduced passive read as an active verb: "its 800 Isis fighters captured in Syria by
//! US-backed forces", "two soldiers killed by Taliban gunmen" (a headline), with
//! `captured` tagged VBD and `fighters` its subject. The coder then makes the captives
//! the captors. A past form with no auxiliary, no object and no clause of its own, whose
//! "by" phrase names an actor, is a passive: its subject is what was acted on.

use super::Draft;
use crate::tree::Rel;

/// Verbs whose "by" phrase is no agent when active ("Turkey stood by NATO", "abide by
/// the deal", "swore by", "came by", "went by", "lived by").
fn by_is_no_agent(lemma: &str) -> bool {
    matches!(
        lemma,
        "stand" | "abide" | "swear" | "come" | "go" | "live" | "pass" | "drop" | "stop" | "sit"
    )
}

/// Prepositions of place and time, which any verb takes.
fn is_place_or_time(p: &str) -> bool {
    [
        "in", "at", "on", "near", "during", "after", "before", "inside", "outside", "across",
        "over", "since", "along", "around",
    ]
    .iter()
    .any(|w| p.eq_ignore_ascii_case(w))
}

impl Draft<'_> {
    /// Turns the subject of such a verb into a passive subject.
    pub(super) fn passives_read_as_actives(&mut self) {
        for v in 0..self.len() {
            if !self.verbal(v) || !matches!(self.xpos(v), "VBD" | "VBN") {
                continue;
            }
            let lemma = self.toks.get(v).map_or("", |t| t.lemma.as_str());
            if by_is_no_agent(&lemma.to_lowercase()) {
                continue;
            }
            let own = |r: Rel| self.has_child(v, r);
            if [
                Rel::Aux,
                Rel::Cop,
                Rel::Obj,
                Rel::Iobj,
                Rel::NsubjPass,
                Rel::Ccomp,
                Rel::Xcomp,
            ]
            .into_iter()
            .any(own)
            {
                continue;
            }
            let Some(s) = self
                .children(v)
                .find(|&s| s < v && self.rels[s] == Rel::Nsubj && self.nominal(s))
            else {
                continue;
            };
            let agent = self.children(v).find(|&b| {
                b > v
                    && self.rels[b] == Rel::Nmod
                    && self
                        .preposition_of(b)
                        .is_some_and(|p| self.toks[p].form.eq_ignore_ascii_case("by"))
            });
            let Some(b) = agent else { continue };
            // Other phrases say where and when ("in Syria", "on Sunday"); one that
            // completes an intransitive or reflexive verb ("appealed to X for help",
            // "defended itself against accusations") makes the "by" phrase the parse's
            // misattachment, not an agent.
            let completes = self.children(v).any(|c| {
                c != b
                    && self.rels[c] == Rel::Nmod
                    && self
                        .preposition_of(c)
                        .is_some_and(|p| !is_place_or_time(&self.toks[p].form))
            });
            if completes {
                continue;
            }
            // The phrase up to its noun: "by phone about the migrants" names no agent.
            let (lo, _) = self.extent(b);
            if self.names_actor(lo, b) || self.names_agent(lo, b) {
                self.rels[s] = Rel::NsubjPass;
            }
        }
    }
}
