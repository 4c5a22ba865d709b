//! Acts not (yet) done: "Japan said it would send aid", "Russia is ready to meet",
//! "he was preparing to meet NATO officials". CAMEO codes these as what they are, an
//! intention (03) for a cooperative act and a threat (13) for a hostile one, never as
//! the act itself.

use crate::tree::{Rel, Tree};

/// Auxiliaries that put the act in the future or make it a capability claimed ("warned
/// it could use nuclear weapons"); "may" and "might" are left out, as they mostly mark
/// a guess by the writer or a source, not an actor's intention (`speculation.rs` codes
/// no event for them).
fn is_modal(w: &str) -> bool {
    matches!(w, "would" | "will" | "'ll" | "shall" | "could" | "wo")
}

/// "'d" tagged as a modal, "would" ("said he'd end funding"), not as "had" ("he'd
/// heard"). The tagger lemmatizes the straight form only.
fn contracted_would(t: &Tree<'_>, c: usize) -> bool {
    matches!(&t.forms[c][..], "'d" | "’d") && t.s.tokens.get(c).is_some_and(|x| x.xpos == "MD")
}

/// Words whose infinitive is an act intended or planned, not done.
pub(crate) fn is_intending(lemma: &str) -> bool {
    matches!(
        lemma,
        "ready"
            | "willing"
            | "prepared"
            | "prepare"
            | "plan"
            | "intend"
            | "want"
            | "hope"
            | "seek"
            | "aim"
            | "expect"
            | "decide"
            | "set"
            | "due"
            | "schedule"
            | "poised"
    )
}

/// True when the verb at `i` names an act intended, planned, promised or threatened
/// rather than done: a modal auxiliary ("would send"), or the infinitive of a word of
/// intention ("ready to meet", "preparing to meet").
pub(crate) fn unrealised(t: &Tree<'_>, i: usize) -> bool {
    let modal = t
        .children(i)
        .iter()
        .any(|&c| t.rels[c] == Rel::Aux && (is_modal(&t.forms[c]) || contracted_would(t, c)));
    let intended = (t.rels[i] == Rel::Xcomp || infinitive_subject(t, i))
        && t.heads[i].is_some_and(|h| is_intending(&t.lemmas[h]) || is_intending(&t.forms[h]));
    modal || intended || planned(t, i)
}

/// "Karzai is to visit Pakistan": a verb with "be" and "to" of its own, as parsers
/// read the construction, is an arrangement made, an act not yet done. So is one with
/// "due to" as its marker ("the leaders are due to meet", "due" a `mark` with "to"
/// `fixed` and the copula on it).
pub(crate) fn planned(t: &Tree<'_>, i: usize) -> bool {
    let kids = t.children(i);
    let due = kids.iter().any(|&c| {
        t.rels[c] == Rel::Mark
            && t.forms[c].eq_ignore_ascii_case("due")
            && t.children(c)
                .iter()
                .any(|&f| t.forms[f].eq_ignore_ascii_case("to"))
            && t.children(c).iter().any(|&f| t.rels[f] == Rel::Cop)
    });
    due || kids
        .iter()
        .any(|&c| t.rels[c] == Rel::Cop && &t.lemmas[c] == "be")
        && kids
            .iter()
            .any(|&c| t.rels[c] == Rel::Mark && &t.forms[c] == "to")
}

/// The code of the intention or threat to do the act `code` names; `None` leaves the
/// code as it is (statements, appeals, intentions and threats already, demands,
/// disapproval, rejection and investigation, which are said, not done).
pub(crate) fn as_unrealised(code: &str) -> Option<&'static str> {
    // Specific codes first, then by root.
    let exact = match code {
        "061" => "0311",
        "062" => "0312",
        "063" => "0313",
        "064" => "0314",
        "071" => "0331",
        "072" => "0332",
        "073" => "0333",
        "074" => "0334",
        "081" | "0811" | "0812" | "0813" | "0814" => "0351",
        "082" => "0352",
        "084" | "0841" | "0842" => "0353",
        "085" => "0354",
        "086" | "0861" | "0862" | "0863" => "0355",
        "087" | "0871" | "0872" | "0873" | "0874" => "0356",
        "162" => "1311",
        "163" => "1312",
        "161" => "1313",
        "164" => "134",
        "165" => "135",
        "166" => "136",
        "1721" => "1321",
        "1722" => "1322",
        "1723" => "1323",
        "1724" => "1324",
        "191" => "1381",
        "192" => "1382",
        "204" | "2041" | "2042" => "1385",
        _ => "",
    };
    if !exact.is_empty() {
        return Some(exact);
    }
    Some(match code.get(..2)? {
        "04" => "036",
        "05" => "032",
        "06" => "031",
        "07" => "033",
        "08" => "035",
        "14" => "133",
        "15" | "18" | "19" => "138",
        "16" => "131",
        "17" => "137",
        "20" => "1383",
        _ => return None,
    })
}

/// True when the verb at `i` is the bare verb of a "that" clause with its own subject
/// and no auxiliary, the mandative subjunctive ("insisted that Washington lift
/// sanctions", "proposed that the UN send monitors"): an act asked for, not done. The
/// indicative would agree with a singular subject ("lifts") or carry a tense. Only under
/// a verb that takes the subjunctive: with a plural subject the tag alone cannot tell
/// "said that the rebels attack at night" from it.
pub(crate) fn subjunctive(t: &Tree<'_>, i: usize) -> bool {
    let Some(tok) = t.s.tokens.get(i) else {
        return false;
    };
    let mandative = t.heads[i].is_some_and(|h| {
        matches!(
            &t.lemmas[h][..],
            "insist"
                | "demand"
                | "propose"
                | "urge"
                | "recommend"
                | "ask"
                | "suggest"
                | "require"
                | "request"
                | "order"
                | "stipulate"
                | "move"
                | "call"
        )
    });
    mandative
        && crate::slots::is_that_clause(t, i)
        && tok.xpos == "VB"
        && t.child(i, Rel::Nsubj).is_some()
        && !t
            .children(i)
            .iter()
            .any(|&c| t.rels[c] == Rel::Aux || &t.forms[c] == "to")
}

/// The demand (root 10) for the act `code` names: what a statement asks for when its
/// "that" clause is in the subjunctive ("Iran insisted that Washington lift all
/// sanctions" demands an easing of economic sanctions, 1054).
pub(crate) fn as_demanded(code: &str) -> &'static str {
    match code {
        "0871" => return "107",
        "0874" => return "106",
        "0841" | "0842" => return "1053",
        "061" => return "1011",
        "062" => return "1012",
        "063" => return "1013",
        "064" => return "1014",
        "071" => return "1031",
        "072" => return "1032",
        "073" => return "1033",
        "074" => return "1034",
        // Acceding to a change of leader, policy, rights or institutions answers the
        // demand for it (CAMEO 0831-0834 and 1041-1044).
        "0831" => return "1041",
        "0832" => return "1042",
        "0833" => return "1043",
        "0834" => return "1044",
        _ => {}
    }
    match code.get(..3).unwrap_or("") {
        "081" => "1051",
        "082" => "1052",
        "083" => "104",
        "084" => "1053",
        "085" => "1054",
        "086" => "1055",
        "087" => "1056",
        _ => match code.get(..2).unwrap_or("") {
            "04" => "108",
            "05" => "102",
            "06" => "101",
            "07" => "103",
            "08" => "105",
            _ => "100",
        },
    }
}

/// An infinitive the parser made the clausal subject of an adjective of intention ("it
/// was ready to hold talks" with `hold` as `csubj` of `ready`): the act its subject is
/// ready, willing or prepared to do. Other adjectives keep the reading ("it is critical
/// to send", "preferable to arrest" have an empty "it").
pub(crate) fn infinitive_subject(t: &Tree<'_>, i: usize) -> bool {
    t.s.tokens
        .get(i)
        .is_some_and(|x| x.deprel.starts_with("csubj"))
        && t.heads[i]
            .is_some_and(|h| t.upos(h) == dyad_model::Upos::Adj && is_intending(&t.lemmas[h]))
        && t.children(i)
            .iter()
            .any(|&m| t.rels[m] == Rel::Mark && &t.forms[m] == "to")
}
