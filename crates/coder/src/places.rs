//! A state acting on a place of its own: "Iran threatened to close the Strait of
//! Hormuz", "Bosnia marked the anniversary of the Srebrenica massacre", "Ethiopia cut
//! the internet in Tigray". Source and target carry one code, so the event used to be
//! dropped as an actor acting on itself; there is no one else on the other end, and the
//! act codes with no target where its root may, as a statement to no one would.

use crate::actors::Mention;
use crate::code::VerbHit;
use crate::slots::{said_to_no_one, same_actor};
use crate::tree::{Rel, Tree};
use crate::Coder;

impl Coder {
    /// True when source `a` of verb hit `h` acts only on places of its own (`targets`
    /// all carry its bare country code: not "Obama urged Trump", both USAGOV) and the
    /// act may stand with no target: its root is one the coder lets code without one,
    /// `said_to_no_one` accepts the source, and the source is the verb's own named
    /// subject, or the one an infinitive takes from the verb it completes ("threatened to
    /// close"). A subject found further away, a pronoun or a passive's agent read from a
    /// phrase is too weak a ground for an event with no target.
    pub(crate) fn on_own_place(
        &self,
        t: &Tree<'_>,
        h: &VerbHit,
        passive: bool,
        a: &Mention,
        targets: &[Mention],
    ) -> bool {
        let i = h.token;
        let root = h.root();
        let own = !targets.is_empty()
            && targets
                .iter()
                .all(|b| b.code.len() == 3 && a.code == b.code && same_actor(t, &self.d, a, b));
        if !own || root > 20 || self.opts.targetless_roots & (1 << root) == 0 {
            return false;
        }
        let aux_pass = t
            .children(i)
            .iter()
            .any(|&c| t.s.tokens.get(c).is_some_and(|x| x.deprel == "aux:pass"));
        let subject = t.child(i, Rel::Nsubj).or_else(|| {
            (t.rels[i] == Rel::Xcomp)
                .then(|| t.heads[i].and_then(|hd| t.child(hd, Rel::Nsubj)))
                .flatten()
        });
        let named = subject
            .is_some_and(|k| t.upos(k) != dyad_model::Upos::Pron && a.first <= k && k <= a.last);
        !passive && !aux_pass && named && said_to_no_one(&h.code.forward, Some(a))
    }
}
