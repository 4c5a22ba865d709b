//! One consistency check between the tagger and the parse: a past tense (VBD) with no
//! subject cannot be a bare `acl`, `amod` or `appos` of a noun (UD gives `acl` to
//! non-finite clauses, a finite one being `acl:relcl`; the other two are for adjectives
//! and nominals). The parser, trained on web text where "troops attacked ..." hardly
//! occurs, reads "supporters stoned police vehicles" as the noun `supporters` at the
//! root with `stoned` its `acl`, and "the new mayor left yesterday" with `left` an
//! `appos`, even when the tagger has made the verb finite. Where the noun is the root,
//! the verb becomes the root, the noun its subject, and what the noun held after the
//! verb (its object, the final stop) the verb's. The same holds for a verb on a noun
//! inside the root's phrase ("leaders from the region called on ..."), whose words
//! after the verb follow it too. A past participle (VBN) with an object of its own
//! ("police in the capital used tear gas") is taken the same way when the sentence has
//! no finite verb at all: a reduced passive ("three soldiers killed in a bombing") has
//! no object.

use dyad_model::Upos;

mod arguments;
mod cases;
mod clauses;
mod coordination;
mod heads;
mod modals;
mod names;
mod roots;
mod subjunctives;
use arguments::{
    objects_read_as_indirect, objects_read_as_modifiers, reports_read_as_conjuncts,
    reports_read_as_relatives, subjects_read_as_conjuncts, subjects_read_as_modifiers,
};
use cases::{names_split_from_their_case, objects_with_prepositions};
use clauses::{clauses_read_as_phrases, verbs_read_as_auxiliaries, verbs_read_as_modifiers};
use coordination::clauses_after_and;
use heads::{adjectives_on_verbs, correlatives_on_verbs, infinitives_read_as_phrases};
use modals::modals_read_as_nouns;
use names::names_read_as_auxiliaries;
use roots::subjects_read_as_roots;
use subjunctives::subjunctives_read_as_nouns;

/// Relation ids the check needs.
pub(crate) struct Ids {
    /// `acl`, `amod`, `appos`.
    pub(crate) modifiers: [usize; 3],
    pub(crate) nsubj: usize,
    pub(crate) nsubj_pass: usize,
    pub(crate) cop: usize,
    pub(crate) root: usize,
    pub(crate) obj: usize,
    /// The Penn tag id of the past tense.
    pub(crate) vbd: usize,
    /// The Penn tag id of the past participle.
    pub(crate) vbn: usize,
    /// The Penn tag ids of finite verbs: VBD, VBZ, VBP, MD.
    pub(crate) finite: [usize; 4],
}

impl Ids {
    /// The ids in `deprels` and `xpos` names; `None` if one is missing.
    pub(crate) fn new(deprels: &[String], xpos: &[String]) -> Option<Ids> {
        let d = |n: &str| deprels.iter().position(|x| x == n);
        let t = |n: &str| xpos.iter().position(|x| x == n);
        Some(Ids {
            modifiers: [d("acl")?, d("amod")?, d("appos")?],
            nsubj: d("nsubj")?,
            nsubj_pass: d("nsubj:pass")?,
            cop: d("cop")?,
            root: d("root")?,
            obj: d("obj")?,
            vbd: t("VBD")?,
            vbn: t("VBN")?,
            finite: [t("VBD")?, t("VBZ")?, t("VBP")?, t("MD")?],
        })
    }
}

/// Applies the check to a parse: `heads` 0-based with `heads.len()` for the root,
/// `labels` relation ids, `xpos` Penn tag ids, `upos` indices into `Upos::ALL`.
pub(crate) fn finite_acl_of_root(
    ids: &Ids,
    xpos: &[usize],
    upos: &[usize],
    heads: &mut [usize],
    labels: &mut [usize],
) {
    let n = heads.len();
    let Some(r) = heads.iter().position(|&h| h >= n) else {
        return;
    };
    let noun = matches!(
        upos.get(r).and_then(|&u| Upos::ALL.get(u)),
        Some(Upos::Noun | Upos::Propn)
    );
    let child = |h: usize, l: usize| (0..n).any(|k| heads[k] == h && labels.get(k) == Some(&l));
    if !noun || child(r, ids.cop) {
        return;
    }
    let nominal = |k: usize| {
        matches!(
            upos.get(k).and_then(|&u| Upos::ALL.get(u)),
            Some(Upos::Noun | Upos::Propn)
        )
    };
    // The verb may hang on the root or on a noun inside the root's phrase ("leaders from
    // the region called on ...": `called` an `acl` of `region`, an `nmod` of `leaders`).
    let in_root_phrase = |mut h: usize| {
        for _ in 0..n {
            if h == r {
                return true;
            }
            if h >= n || !nominal(h) {
                return false;
            }
            h = heads[h];
        }
        false
    };
    let no_finite = xpos.iter().all(|x| !ids.finite.contains(x));
    let past = |v: usize| match xpos.get(v) {
        Some(&x) if x == ids.vbd => true,
        Some(&x) if x == ids.vbn => no_finite && child(v, ids.obj),
        _ => false,
    };
    let Some(v) = (r + 1..n).find(|&v| {
        in_root_phrase(heads[v])
            && labels.get(v).is_some_and(|l| ids.modifiers.contains(l))
            && past(v)
            && !child(v, ids.nsubj)
            && !child(v, ids.nsubj_pass)
    }) else {
        return;
    };
    let h = heads[v];
    for k in heads.iter_mut().skip(v + 1) {
        if *k == r || *k == h {
            *k = v;
        }
    }
    heads[v] = n;
    labels[v] = ids.root;
    heads[r] = v;
    labels[r] = ids.nsubj;
}

/// The repairs that work on a parse written into the tokens, in order, after either
/// parser: the noun "might" tagged as the modal (`modals.rs`), a "that" clause's bare
/// verb tagged as a noun (`subjunctives.rs`), auxiliary roots, passive labels on active verbs, the clause repairs of
/// `clauses.rs`, `coordination.rs` and `arguments.rs`, then objects with a preposition
/// and names split from their preposition (`cases.rs`).
pub(crate) fn written_repairs(s: &mut dyad_model::Sentence) {
    names_read_as_auxiliaries(s);
    adjectives_on_verbs(s);
    correlatives_on_verbs(s);
    infinitives_read_as_phrases(s);
    modals_read_as_nouns(s);
    subjunctives_read_as_nouns(s);
    auxiliary_roots(s);
    active_voice_labels(s);
    verbs_read_as_modifiers(s);
    clauses_read_as_phrases(s);
    verbs_read_as_auxiliaries(s);
    clauses_after_and(s);
    subjects_read_as_modifiers(s);
    subjects_read_as_conjuncts(s);
    subjects_read_as_roots(s);
    reports_read_as_relatives(s);
    reports_read_as_conjuncts(s);
    objects_with_prepositions(s);
    names_split_from_their_case(s);
    objects_read_as_indirect(s);
    objects_read_as_modifiers(s);
}

/// The 0-based head of token `k`, `None` for the root or a head out of range.
pub(super) fn parent(t: &[dyad_model::Token], k: usize) -> Option<usize> {
    t.get(k)
        .and_then(|x| x.head.checked_sub(1))
        .filter(|&h| h < t.len())
}

/// An auxiliary at the root with the participle right after it hung elsewhere ("Ethiopia
/// has broken relations with Libya" read with `has` the root and `broken` an `amod` of
/// `relations`): the participle is the predicate, the auxiliary its `aux` (`aux:pass`
/// for "be" with a past participle), and the root's dependents are the participle's.
pub(crate) fn auxiliary_roots(s: &mut dyad_model::Sentence) {
    let n = s.tokens.len();
    let Some(r) = s.tokens.iter().position(|t| t.head == 0) else {
        return;
    };
    let root = &s.tokens[r];
    let lemma = root.lemma.as_str();
    if root.upos != dyad_model::Upos::Aux || !matches!(lemma, "have" | "be") {
        return;
    }
    // The participle right after, an adverb ("has also broken") allowed between.
    let mut v = r + 1;
    while v < n && s.tokens[v].xpos == "RB" {
        v += 1;
    }
    let Some(p) = s.tokens.get(v) else { return };
    let participle = matches!(p.xpos.as_str(), "VBN" | "VBG");
    if !participle || !matches!(p.deprel.as_str(), "amod" | "acl" | "compound") {
        return;
    }
    let passive = lemma == "be" && p.xpos == "VBN";
    for (k, t) in s.tokens.iter_mut().enumerate() {
        if k != v && t.head == r + 1 {
            t.head = v + 1;
        }
    }
    let p = &mut s.tokens[v];
    p.head = 0;
    p.deprel = "root".to_string();
    let a = &mut s.tokens[r];
    a.head = v + 1;
    a.deprel = if passive { "aux:pass" } else { "aux" }.to_string();
}

/// A passive subject or agent on a finite active verb ("officials spoke by phone" with
/// `officials` an `nsubj:pass`, "by phone" an `obl:agent`): a verb in the past, present
/// or third-person form, or a perfect ("refugees that had arrived"), with no passive
/// auxiliary is active, so its relations are the active ones, `nsubj` and `obl`. The
/// parsers label each word on its own and may disagree with the tags of the verb they
/// attach it to.
pub(crate) fn active_voice_labels(s: &mut dyad_model::Sentence) {
    let mut fix = Vec::new();
    for (i, t) in s.tokens.iter().enumerate() {
        let to = match t.deprel.as_str() {
            "nsubj:pass" => "nsubj",
            "csubj:pass" => "csubj",
            "obl:agent" => "obl",
            _ => continue,
        };
        let Some(h) = parent(&s.tokens, i) else {
            continue;
        };
        let finite = matches!(s.tokens[h].xpos.as_str(), "VBD" | "VBZ" | "VBP");
        let aux = |rel: &str, lemma: Option<&str>| {
            s.tokens
                .iter()
                .any(|k| k.head == h + 1 && k.deprel == rel && lemma.is_none_or(|l| k.lemma == l))
        };
        // "had arrived": a perfect is active too.
        let perfect = aux("aux", Some("have"));
        if (finite || perfect) && !aux("aux:pass", None) {
            fix.push((i, to));
        }
    }
    for (i, to) in fix {
        s.tokens[i].deprel.clear();
        s.tokens[i].deprel.push_str(to);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auxiliary_root_gives_way_to_its_participle() {
        use super::clauses::tests::sentence;
        // Ethiopia(nsubj of has) has(AUX root) broken(VBN amod of relations) relations(obj).
        let mut s = sentence(&[
            ("Ethiopia", Upos::Propn, "NNP", 2, "nsubj"),
            ("has", Upos::Aux, "VBZ", 0, "root"),
            ("broken", Upos::Verb, "VBN", 4, "amod"),
            ("relations", Upos::Noun, "NNS", 2, "obj"),
        ]);
        s.tokens[1].lemma = "have".into();
        auxiliary_roots(&mut s);
        let heads: Vec<usize> = s.tokens.iter().map(|t| t.head).collect();
        let rels: Vec<&str> = s.tokens.iter().map(|t| t.deprel.as_str()).collect();
        assert_eq!(heads, [3, 3, 0, 3]);
        assert_eq!(rels, ["nsubj", "aux", "root", "obj"]);
        // A copula root ("is ready") has no participle after it: unchanged.
        let mut s = sentence(&[
            ("It", Upos::Pron, "PRP", 2, "nsubj"),
            ("is", Upos::Aux, "VBZ", 0, "root"),
            ("ready", Upos::Adj, "JJ", 2, "xcomp"),
        ]);
        s.tokens[1].lemma = "be".into();
        auxiliary_roots(&mut s);
        assert_eq!(s.tokens[1].head, 0);
    }

    #[test]
    fn passive_labels_on_active_verbs() {
        // (form, xpos, head, deprel); "had" is a form of "have".
        let sentence = |rows: &[(&str, &str, usize, &str)]| {
            let rows: Vec<_> = rows
                .iter()
                .map(|&(form, xpos, head, deprel)| (form, Upos::X, xpos, head, deprel))
                .collect();
            let mut s = super::clauses::tests::sentence(&rows);
            for t in &mut s.tokens {
                if t.form == "had" {
                    t.lemma = "have".into();
                }
            }
            s
        };
        // officials(nsubj:pass) spoke(VBD root) by phone(obl:agent): active.
        let mut s = sentence(&[
            ("officials", "NNS", 2, "nsubj:pass"),
            ("spoke", "VBD", 0, "root"),
            ("by", "IN", 4, "case"),
            ("phone", "NN", 2, "obl:agent"),
        ]);
        active_voice_labels(&mut s);
        let rels: Vec<&str> = s.tokens.iter().map(|t| t.deprel.as_str()).collect();
        assert_eq!(rels, ["nsubj", "root", "case", "obl"]);
        // refugees that(nsubj:pass) had(aux) arrived(VBN): a perfect, active.
        let mut s = sentence(&[
            ("that", "WDT", 3, "nsubj:pass"),
            ("had", "VBD", 3, "aux"),
            ("arrived", "VBN", 0, "root"),
        ]);
        active_voice_labels(&mut s);
        assert_eq!(s.tokens[0].deprel, "nsubj");
        // With a passive auxiliary, or on a participle, the labels stay.
        for rows in [
            &[
                ("men", "NNS", 3, "nsubj:pass"),
                ("were", "VBD", 3, "aux:pass"),
                ("held", "VBN", 0, "root"),
            ][..],
            &[("men", "NNS", 2, "nsubj:pass"), ("held", "VBN", 0, "root")][..],
            &[
                ("men", "NNS", 3, "nsubj:pass"),
                ("had", "VBD", 3, "aux"),
                ("been", "VBN", 3, "aux:pass"),
                ("held", "VBN", 0, "root"),
            ][..],
        ] {
            let mut s = sentence(rows);
            active_voice_labels(&mut s);
            assert_eq!(s.tokens[0].deprel, "nsubj:pass");
        }
    }

    #[test]
    fn finite_acl_becomes_root() {
        let ids = Ids {
            modifiers: [0, 5, 6],
            nsubj: 1,
            nsubj_pass: 2,
            cop: 3,
            root: 4,
            obj: 7,
            vbd: 9,
            vbn: 5,
            finite: [9, 20, 21, 22],
        };
        let (noun, verb) = (Upos::Noun.index(), Upos::Verb.index());
        // supporters(root) stoned(acl, VBD) vehicles(obj of stoned) .(punct of supporters)
        let xpos = [1, 9, 1, 2];
        let upos = [noun, verb, noun, noun];
        let mut heads = [4, 0, 1, 0];
        let mut labels = [4, 0, 7, 8];
        finite_acl_of_root(&ids, &xpos, &upos, &mut heads, &mut labels);
        assert_eq!(heads, [1, 4, 1, 1]);
        assert_eq!(labels, [1, 4, 7, 8]);
        // A participle (VBN) with no object is left alone, and so is one with an object
        // in a sentence with a finite verb; with an object and no finite verb it is the
        // root.
        let mut heads = [4, 0, 1, 0];
        let mut labels = [4, 0, 9, 8];
        finite_acl_of_root(&ids, &[1, 5, 1, 2], &upos, &mut heads, &mut labels);
        assert_eq!(heads, [4, 0, 1, 0]);
        let mut labels = [4, 0, 7, 8];
        finite_acl_of_root(&ids, &[1, 5, 1, 21], &upos, &mut heads, &mut labels);
        assert_eq!(heads, [4, 0, 1, 0]);
        finite_acl_of_root(&ids, &[1, 5, 1, 2], &upos, &mut heads, &mut labels);
        assert_eq!(heads, [1, 4, 1, 1]);
        let mut heads = [4, 0, 1, 0];
        let mut labels2 = [4, 0, 1, 8];
        finite_acl_of_root(&ids, &xpos, &upos, &mut heads, &mut labels2);
        assert_eq!(heads, [4, 0, 1, 0]);
        // A verb on a noun inside the root's phrase: leaders(root) from(case of region)
        // region(nmod of leaders) called(acl of region, VBD) Nigeria(obl of called)
        // .(punct of leaders).
        let xpos = [1, 3, 1, 9, 1, 2];
        let upos = [noun, Upos::Adp.index(), noun, verb, noun, noun];
        let mut heads = [6, 2, 0, 2, 3, 0];
        let mut labels = [4, 10, 11, 0, 12, 8];
        finite_acl_of_root(&ids, &xpos, &upos, &mut heads, &mut labels);
        assert_eq!(heads, [3, 2, 0, 6, 3, 3]);
        assert_eq!(labels, [1, 10, 11, 4, 12, 8]);
        // Not through a verb: a VBD under a clause of the root's phrase stays.
        let upos = [noun, Upos::Adp.index(), verb, verb, noun, noun];
        let mut heads = [6, 2, 0, 2, 3, 0];
        finite_acl_of_root(&ids, &xpos, &upos, &mut heads, &mut [4, 10, 11, 0, 12, 8]);
        assert_eq!(heads, [6, 2, 0, 2, 3, 0]);
        // Empty and rootless parses are safe.
        finite_acl_of_root(&ids, &[], &[], &mut [], &mut []);
        finite_acl_of_root(&ids, &xpos, &upos, &mut [1, 0, 1, 0], &mut [0; 4]);
    }
}
