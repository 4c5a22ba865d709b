//! Directives told to someone: "Russia told the United States to stop arming Kiev",
//! "the French president has told Britain it must take back its fighters". Telling an
//! actor to do something, or that it must or should do it, is an order: a demand (CAMEO
//! 10, "demand, order"), aimed at whom the speaker told, for the act told when the
//! dictionaries code it ("told Japan to withdraw its warships" 106 at Japan, never the
//! withdrawal as done), else 100. A verb of saying with no one told ("said Greece must
//! stay") stays a statement (`reported.rs`).

use crate::actors::Mention;
use crate::code::{Origin, VerbHit};
use crate::own::{denied, hit, verb_of};
use crate::patterns::Captures;
use crate::slots::{named_political, sector_of};
use crate::tree::{Rel, Tree};
use dyad_dict::VerbDict;

/// Hits for "tell" with an addressee and a directive (`directive_of`) that no dictionary
/// pattern coded: a demand aimed at the addressee (the demanded act's code is set in
/// `code.rs`, as for a subjunctive or a clause of obligation), the directive consumed.
pub(crate) fn directive_hits(t: &Tree<'_>, v: &VerbDict, hits: &[VerbHit]) -> Vec<VerbHit> {
    let mut out = Vec::new();
    for i in 0..t.len() {
        if &t.lemmas[i] != "tell" || hits.iter().any(|h| h.token == i) || denied(t, i) {
            continue;
        }
        // A telling to come, wanted or nearly done is none ("will tell X that", "came
        // close to telling X to").
        if crate::modality::unrealised(t, i) || !finite(t, i) {
            continue;
        }
        let Some(told) = addressee(t, i) else {
            continue;
        };
        let Some(act) = directive_of(t, i, told) else {
            continue;
        };
        let Some(verb) = verb_of(t, v, i) else {
            continue;
        };
        let code = hits
            .iter()
            .find(|h| h.token == act)
            .map_or("100", |h| crate::modality::as_demanded(&h.code.forward));
        let cap = Captures {
            target: Some(told),
            inner: Some(act),
            ..Captures::default()
        };
        out.push(hit(t, i, verb, code, cap, Origin::Directive));
    }
    out
}

/// Whom verb `i` tells: its object or indirect object.
fn addressee(t: &Tree<'_>, i: usize) -> Option<usize> {
    t.children(i)
        .iter()
        .copied()
        .find(|&c| matches!(t.rels[c], Rel::Obj | Rel::Iobj))
}

/// The act verb `i` tells `told` to do: an infinitive ("told Japan to withdraw", an
/// `xcomp`, or an `advcl` or `ccomp` with "to" where a parser read it as one: "told
/// Netanyahu to \"hold back\""), or a clause of
/// obligation whose subject is the addressee again ("told the EU it must take back",
/// "told Corbyn that he should step down": a pronoun, or the same word).
fn directive_of(t: &Tree<'_>, i: usize, told: usize) -> Option<usize> {
    t.children(i).iter().copied().find(|&c| {
        let to = t
            .children(c)
            .iter()
            .any(|&m| t.rels[m] == Rel::Mark && &t.forms[m] == "to");
        let infinitive = matches!(t.rels[c], Rel::Xcomp | Rel::Advcl | Rel::Ccomp)
            && to
            && t.is_verbal(c)
            && right_after(t, told, c);
        let obliged = crate::reported::obligation(t, c)
            && t.child(c, Rel::Nsubj).is_some_and(|s| {
                t.upos(s) == dyad_model::Upos::Pron && !is_speaker_pronoun(&t.forms[s])
                    || t.lemmas[s] == t.lemmas[told]
            });
        (infinitive && !denied(t, c)) || obliged
    })
}

/// True when infinitive `c` follows the addressee phrase at `told` with only
/// punctuation between ("told Japan to withdraw", "told him to \"hold back\""): an
/// infinitive further on is a purpose or a misattached clause ("will tell leaders that
/// the only way to combat terrorism is ...").
fn right_after(t: &Tree<'_>, told: usize, c: usize) -> bool {
    let end = (told..t.len())
        .take_while(|&k| k == told || t.dominates(told, k))
        .last()
        .unwrap_or(told);
    let Some(to) = t
        .children(c)
        .iter()
        .copied()
        .find(|&m| t.rels[m] == Rel::Mark && &t.forms[m] == "to")
    else {
        return false;
    };
    to > end && (end + 1..to).all(|k| t.rels[k] == Rel::Punct)
}

/// True when verb `i` is finite or a participle with an auxiliary ("told", "has
/// told"), not an infinitive or a gerund ("to tell", "telling").
fn finite(t: &Tree<'_>, i: usize) -> bool {
    let xpos = t.s.tokens.get(i).map_or("", |x| x.xpos.as_str());
    let marked = t
        .children(i)
        .iter()
        .any(|&m| t.rels[m] == Rel::Case || t.rels[m] == Rel::Mark && &t.forms[m] == "to");
    matches!(xpos, "VBD" | "VBZ" | "VBP" | "VBN") && !marked
}

/// First-person pronouns: "told Rome we must act" binds the speaker, not the addressee.
fn is_speaker_pronoun(w: &str) -> bool {
    matches!(w.to_ascii_lowercase().as_str(), "i" | "we")
}

/// Whether a directive's event stands: told by a political actor (a state or its organs,
/// their opponents, an international or armed body; not a pronoun from an earlier
/// sentence, a company or a reporter) to another such actor, not the media ("told
/// reporters to expect", "told the BBC it should") nor staff ("told employees to").
pub(crate) fn keep(sources: &[Mention], targets: &[Mention]) -> bool {
    let roles = ["", "GOV", "MIL", "LEG", "OPP", "REB", "COP", "JUD", "SPY"];
    let media = |m: &Mention| m.code.starts_with("MED") || sector_of(&m.code) == "MED";
    // A leader's word to their own group ("McConnell told Republicans to prepare") is
    // party business, not a demand between actors.
    let own = |m: &Mention| sources.iter().any(|s| s.code == m.code);
    !sources.is_empty()
        && sources.iter().all(|s| named_political(s, &roles))
        && !targets.is_empty()
        && targets
            .iter()
            .all(|m| named_political(m, &roles) && !media(m) && !own(m))
}
