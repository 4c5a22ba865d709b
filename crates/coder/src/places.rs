//! A state acting on a place of its own: "Iran threatened to close the Strait of
//! Hormuz", "Bosnia marked the anniversary of the Srebrenica massacre", "Ethiopia cut
//! the internet in Tigray". Source and target carry one code, so the event used to be
//! dropped as an actor acting on itself; there is no one else on the other end, and the
//! act codes with no target where its root may, as a statement to no one would.
//!
//! And the venue of a meeting, statement or signing, which is no party to it ("EU
//! ministers meeting in Luxembourg"): `drop_venues`.

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
        !passive && !aux_pass && named && said_to_no_one(t, &h.code.forward, Some(a))
    }
}

/// Roots whose acts happen at a venue that takes no part in them: statements (01),
/// consultations (04) and diplomatic cooperation (05). "EU ministers meeting in
/// Luxembourg", "signed a ceasefire in Minsk": the place is where, not with whom.
fn has_venues(root: u32) -> bool {
    matches!(root, 1 | 4 | 5)
}

/// Drops the targets a search found in an "in" or "at" phrase of verb `i` (or of its
/// object, or of such a phrase: "met at the summit in Japan") naming a bare country or a
/// place of one, for roots of [`has_venues`]. A place deeper in ("pessimistic about the
/// prospects for peace in Syria") is what is spoken of, and stays.
pub(crate) fn drop_venues(t: &Tree<'_>, i: usize, code: &str, targets: &mut Vec<Mention>) {
    let root = crate::code::code_root(code);
    // A visit's place is its host ("arrived in Gondor on his first visit"); a claim or
    // denial of an act is aimed where the act was ("claimed the blasts in Kabul").
    let aimed = ["015", "016", "042", "043"]
        .iter()
        .any(|c| code.starts_with(c));
    if !has_venues(root) || aimed || ARRIVALS.contains(&&t.lemmas[i]) {
        return;
    }
    let objs = crate::targets::objects_of(t, i);
    targets.retain(|m| {
        !(m.code.len() == 3
            && m.agents.is_empty()
            && venue_phrase(t, m).is_some_and(|k| venue_of(t, k, i, &objs)))
    });
}

/// Verbs of arriving and travelling: where they end is whom the visitor comes to.
const ARRIVALS: &[&str] = &[
    "arrive", "land", "travel", "fly", "come", "go", "return", "visit", "tour", "reach", "stop",
    "head",
];

/// The "in" or "at" phrase mention `m` heads, or whose head it modifies as a compound
/// ("in Luxembourg", "at a Geneva hotel").
fn venue_phrase(t: &Tree<'_>, m: &Mention) -> Option<usize> {
    let mut k =
        (m.first..=m.last).find(|&k| t.heads[k].is_none_or(|h| h < m.first || h > m.last))?;
    if t.rels[k] == Rel::Compound {
        k = t.heads[k]?;
    }
    is_venue(t, k).then_some(k)
}

/// Whether `k` heads an "in" or "at" phrase.
fn is_venue(t: &Tree<'_>, k: usize) -> bool {
    t.rels[k] == Rel::Nmod && matches!(t.case_of(k), Some("in" | "at"))
}

/// Whether venue phrase `k` belongs to verb `i` or its objects `objs`, directly or
/// through other venue phrases.
fn venue_of(t: &Tree<'_>, k: usize, i: usize, objs: &[usize]) -> bool {
    let mut x = k;
    // Venues nest a few deep ("at a hotel in the resort of X"); a cycle in a malformed
    // parse stops here too.
    for _ in 0..4 {
        let Some(h) = t.heads[x] else { return false };
        if h == i || objs.contains(&h) {
            return true;
        }
        if !is_venue(t, h) {
            return false;
        }
        x = h;
    }
    false
}

/// Whether `m` may make a visit (042): a state, its organs or leaders, an organisation,
/// an armed group named as itself ("the SDF's political chief toured Paris"). People
/// travelling ("the family travelled to London", "refugees that had arrived in Greece",
/// "French fighters travelled to Afghanistan") and anyone of no country make none.
pub(crate) fn visitor(m: &Mention) -> bool {
    const TRAVELLERS: &[&str] = &[
        "CVL", "REF", "CRM", "EDU", "MED", "LAB", "BUS", "HLH", "REL", "AGR",
    ];
    const FIGHTERS: &[&str] = &["REB", "INS", "UAF", "SEP"];
    let sector = crate::slots::sector_of(&m.code);
    let named_group = m.actor.is_some() && m.agents.is_empty();
    !m.code.starts_with("---")
        && !TRAVELLERS.contains(&sector)
        && (named_group || !FIGHTERS.contains(&sector))
}

/// Weapons named as the target of cooperation, aid or a pledge are things traded or
/// given, not a military acted on: "pledged $3.5bn to buy US Patriot missiles" is aimed
/// at the United States. The role word goes and the country stays (roots 03-08).
pub(crate) fn weapons_as_things(t: &Tree<'_>, root: u32, targets: &mut [Mention]) {
    const WEAPONS: &[&str] = &[
        "missile", "tank", "warplane", "warship", "jet", "drone", "rocket", "weapon",
    ];
    if !(3..=8).contains(&root) {
        return;
    }
    for m in targets {
        let head = t.lemmas[m.last].to_ascii_lowercase();
        let weapon = WEAPONS.contains(&head.as_str());
        if weapon && crate::slots::sector_of(&m.code) == "MIL" && !m.code.starts_with("---") {
            m.code.truncate(3);
            m.agents.clear();
        }
    }
}
