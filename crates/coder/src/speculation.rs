//! Acts a sentence guesses at or names as a purpose, not reports as done. "Militants may
//! have aspired to attack the embassy", "troops might have been killed", "she might be
//! deported": "may" and "might" mark a guess by the writer or a source (`modality.rs`
//! keeps them out of intentions for that reason), so the act they govern is no event.
//! "Units raised by Washington to fight Isis", "released the journalist to pressure the
//! government": an infinitive of purpose after a complete clause says what the act was
//! for, not a second act done. "Lawmakers should encourage competition", "the US and
//! China could reach a deal", "candidates must meet voters": in the writer's own voice
//! (a clause no verb reports) "must", "should" and "could" give an opinion or a
//! possibility, not an act. Under a verb of saying the same clause is the speaker's
//! demand or threat, which `reported.rs` and `modality.rs` read.

use crate::tree::{Rel, Tree};

/// True when the verb at `i`, found with `code`, names no act done: a guess, a material
/// purpose, an opinion in the writer's voice or an act feared. A purpose in words is
/// done by the act that carries it ("used his speech to urge").
pub(crate) fn no_act(t: &Tree<'_>, i: usize, code: &str) -> bool {
    let chain = chain(t, i);
    guessed(t, &chain)
        || opinion(t, &chain)
        || feared(t, &chain)
        || (purpose(t, i) && !said_in(code))
}

/// Auxiliaries of a guess.
fn is_guess(w: &str) -> bool {
    w.eq_ignore_ascii_case("may") || w.eq_ignore_ascii_case("might")
}

/// Clauses a guess reaches down through; real sentences rarely chain more.
const MAX_CHAIN: usize = 4;

/// The verb at `i` and the verbs it completes ("may have aspired to attack": `attack`,
/// then `aspired`) or shares its subject with ("may attack and occupy"), nearest first.
fn chain(t: &Tree<'_>, i: usize) -> Vec<usize> {
    let mut out = vec![i];
    let mut x = i;
    while out.len() < MAX_CHAIN {
        let own_subject = t.child(x, Rel::Nsubj).is_some() || t.child(x, Rel::NsubjPass).is_some();
        let up = match t.rels[x] {
            Rel::Xcomp => true,
            Rel::Conj => !own_subject,
            _ => false,
        };
        match t.heads[x] {
            Some(h) if up => {
                out.push(h);
                x = h;
            }
            _ => break,
        }
    }
    out
}

/// True when verb `x` has an auxiliary `aux` accepts.
fn has_aux(t: &Tree<'_>, x: usize, aux: fn(&str) -> bool) -> bool {
    t.children(x)
        .iter()
        .any(|&c| t.rels[c] == Rel::Aux && aux(&t.forms[c]))
}

/// True when a verb of `chain` (a verb and its [`chain`]) carries "may" or "might".
fn guessed(t: &Tree<'_>, chain: &[usize]) -> bool {
    chain.iter().any(|&x| has_aux(t, x, is_guess))
}

/// Verbs whose clause is an act feared or risked, not done nor threatened ("officials
/// fear Iran could attack", "the prime minister risks being assassinated").
fn is_fearing(lemma: &str) -> bool {
    matches!(lemma, "fear" | "worry" | "risk" | "dread")
}

/// True when a verb of `chain` is the clause of a verb of fearing.
fn feared(t: &Tree<'_>, chain: &[usize]) -> bool {
    chain.iter().any(|&x| {
        matches!(t.rels[x], Rel::Ccomp | Rel::Xcomp)
            && t.heads[x].is_some_and(|h| is_fearing(&t.lemmas[h]))
    })
}

/// Auxiliaries of obligation or possibility.
fn is_unasserting(w: &str) -> bool {
    ["must", "should", "ought", "could"]
        .iter()
        .any(|m| w.eq_ignore_ascii_case(m))
}

/// True when a verb of `chain` carries "must", "should", "ought" or "could" in a clause
/// no verb reports: the sentence's main clause, a clause joined to it by "and" or set
/// beside it, or a clause modifying a noun ("a law that should protect voters").
fn opinion(t: &Tree<'_>, chain: &[usize]) -> bool {
    chain
        .iter()
        .copied()
        .find(|&x| has_aux(t, x, is_unasserting))
        .is_some_and(|x| writers_voice(t, x))
}

/// True when clause `x` is no verb's report: the root, or a conjunct, parataxis or
/// relative clause of the root or of a noun. A quotation the parse made the root
/// ("\"Russia must withdraw,\" Obama said", with "said" as parataxis, or as an
/// adverbial clause: "Until then, the nominee said, he could not concede") is a report.
fn writers_voice(t: &Tree<'_>, x: usize) -> bool {
    let reported_here = t.children(x).iter().any(|&c| {
        matches!(t.rels[c], Rel::Parataxis | Rel::Advcl) && crate::reported::is_saying(&t.lemmas[c])
    });
    if reported_here {
        return false;
    }
    match t.heads[x] {
        None => true,
        Some(h) => match t.rels[x] {
            Rel::Relcl | Rel::Acl => true,
            Rel::Conj | Rel::Parataxis => t.heads[h].is_none() && writers_voice(t, h),
            _ => false,
        },
    }
}

/// True when the verb at `i` is an infinitive of purpose ("to fight", "in order to
/// pressure") on a clause that is complete without it: a verb with an object ("sent
/// troops to fight") or a passive ("units raised by Washington to fight"). An
/// infinitive on a verb without either is often the verb's own complement misread
/// ("moved to block", "vowed to attack"), which the coder reads elsewhere.
fn purpose(t: &Tree<'_>, i: usize) -> bool {
    if t.rels[i] != Rel::Advcl || !t.is_verbal(i) {
        return false;
    }
    let to = t
        .children(i)
        .iter()
        .any(|&m| t.rels[m] == Rel::Mark && t.forms[m].eq_ignore_ascii_case("to"));
    let Some(h) = t.heads[i].filter(|_| to) else {
        return false;
    };
    // "used a televised address to castigate Russia", "fired tear gas to disperse the
    // crowd" after "use": the means named, the act is done.
    if t.lemmas[h].eq_ignore_ascii_case("use") || directs(&t.lemmas[h]) {
        return false;
    }
    let object = t.child(h, Rel::Obj).is_some();
    let passive = t.child(h, Rel::NsubjPass).is_some() || crate::voice::passive_participle(t, h);
    (object || passive) && t.is_verbal(h)
}

/// True for verbs that take an object and an infinitive naming what the object is to do
/// ("instructed the office to reverse", "ordered troops to attack", "allowed monitors to
/// enter"): an infinitive after them is their complement misread as an adverbial clause,
/// the act directed or allowed, never a purpose.
fn directs(lemma: &str) -> bool {
    matches!(
        lemma,
        "instruct"
            | "order"
            | "tell"
            | "ask"
            | "urge"
            | "force"
            | "allow"
            | "permit"
            | "authorize"
            | "authorise"
            | "direct"
            | "command"
            | "persuade"
            | "compel"
            | "encourage"
            | "invite"
            | "require"
            | "press"
            | "pressure"
            | "push"
            | "call"
            | "enable"
            | "help"
            | "forbid"
            | "warn"
    )
}

/// True for the codes of acts done in words (statements, appeals, intentions, verbal
/// defence, apologies, demands, disapproval, rejection, threats): as a purpose they are
/// done by the act that carries them ("issued a statement to express outrage", "visited
/// Las Vegas to call on Congress to act", "sent an emissary to offer him command"), unlike
/// a material act ("sent troops to fight", "would build a force to patrol the border"),
/// which was only meant.
fn said_in(code: &str) -> bool {
    matches!(
        code.get(..2),
        Some("01" | "02" | "03" | "10" | "11" | "12" | "13")
    ) || matches!(code.get(..3), Some("052" | "055" | "056"))
}
