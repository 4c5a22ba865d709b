//! Relations that a case marker rules out: UD gives an adposition's noun `obl` (on a
//! verb) or `nmod` (on a noun), never `obj`, and EWT has no `obj` with an adposition of
//! its own. The labellers still give one after a past tense ("people marched through
//! Hong Kong" with `Kong` an `obj`), which hides the verb's place and its object's
//! absence from the coder.

use super::parent;
use dyad_model::{Sentence, Upos};

/// An `obj` with an adposition (`case`, ADP) among its dependents becomes an `obl`.
pub(crate) fn objects_with_prepositions(s: &mut Sentence) {
    let t = &s.tokens;
    let fix: Vec<usize> = (0..t.len())
        .filter(|&o| t[o].deprel == "obj")
        .filter(|&o| {
            (0..o)
                .any(|c| parent(t, c) == Some(o) && t[c].deprel == "case" && t[c].upos == Upos::Adp)
        })
        .collect();
    for o in fix {
        s.tokens[o].deprel.clear();
        s.tokens[o].deprel.push_str("obl");
    }
}

/// A name's last word read as a phrase of its own: two proper nouns in a row on one
/// head, the first with an adposition and the second an `obl` or `nmod` without one
/// ("left for Minas Tirith", with `Tirith` a second `obl` of `left`). A phrase has its
/// own adposition, so the second word continues the first one's name (`flat`).
pub(crate) fn names_split_from_their_case(s: &mut Sentence) {
    let n = s.tokens.len();
    for k in 1..n {
        let t = &s.tokens;
        let name = |i: usize| matches!(t[i].xpos.as_str(), "NNP" | "NNPS");
        let case = |h: usize| (0..h).any(|c| parent(t, c) == Some(h) && t[c].deprel == "case");
        let phrase = t[k].deprel.starts_with("obl") || t[k].deprel.starts_with("nmod");
        let head = parent(t, k);
        if !(name(k - 1) && name(k) && phrase && head.is_some() && head == parent(t, k - 1)) {
            continue;
        }
        if case(k - 1) && !case(k) {
            let w = &mut s.tokens[k];
            w.head = k;
            w.deprel.clear();
            w.deprel.push_str("flat");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::clauses::tests::sentence;
    use super::*;

    /// A token row of [`sentence`]: form, UPOS, Penn tag, head, relation.
    type Row = (&'static str, Upos, &'static str, usize, &'static str);

    #[test]
    fn objects_with_prepositions_are_obliques() {
        // (rows, relation of the object after the repair)
        let cases: [(&[Row], &str); 3] = [
            // people marched through(case of Kong) Kong(obj): an oblique.
            (
                &[
                    ("people", Upos::Noun, "NNS", 2, "nsubj"),
                    ("marched", Upos::Verb, "VBD", 0, "root"),
                    ("through", Upos::Adp, "IN", 4, "case"),
                    ("Kong", Upos::Propn, "NNP", 2, "obj"),
                ],
                "obl",
            ),
            // A possessive "'s" is no adposition: "saw Mordor 's gates".
            (
                &[
                    ("they", Upos::Pron, "PRP", 2, "nsubj"),
                    ("saw", Upos::Verb, "VBD", 0, "root"),
                    ("'s", Upos::Part, "POS", 4, "case"),
                    ("gates", Upos::Noun, "NNS", 2, "obj"),
                ],
                "obj",
            ),
            // An adposition after the object is another word's.
            (
                &[
                    ("they", Upos::Pron, "PRP", 2, "nsubj"),
                    ("saw", Upos::Verb, "VBD", 0, "root"),
                    ("gates", Upos::Noun, "NNS", 2, "obj"),
                    ("of", Upos::Adp, "IN", 3, "case"),
                ],
                "obj",
            ),
        ];
        for (rows, want) in cases {
            let mut s = sentence(rows);
            objects_with_prepositions(&mut s);
            names_split_from_their_case(&mut s);
            let o = if rows[2].4 == "obj" { 2 } else { 3 };
            assert_eq!(s.tokens[o].deprel, want, "{rows:?}");
        }
    }

    #[test]
    fn a_name_split_from_its_case_is_one_name() {
        // (rows, head and relation of the last word after the repair)
        let cases: [(&[Row], (usize, &str)); 3] = [
            // left for(case of Minas) Minas(obl) Tirith(obl): one name.
            (
                &[
                    ("left", Upos::Verb, "VBD", 0, "root"),
                    ("for", Upos::Adp, "IN", 3, "case"),
                    ("Minas", Upos::Propn, "NNP", 1, "obl"),
                    ("Tirith", Upos::Propn, "NNP", 1, "obl"),
                ],
                (3, "flat"),
            ),
            // With an adposition of its own the second is a phrase of its own.
            (
                &[
                    ("went", Upos::Verb, "VBD", 0, "root"),
                    ("from", Upos::Adp, "IN", 3, "case"),
                    ("Rohan", Upos::Propn, "NNP", 1, "obl"),
                    ("to", Upos::Adp, "IN", 5, "case"),
                    ("Gondor", Upos::Propn, "NNP", 1, "obl"),
                ],
                (1, "obl"),
            ),
            // A common noun after the name ("to Rohan today") is no part of it.
            (
                &[
                    ("went", Upos::Verb, "VBD", 0, "root"),
                    ("to", Upos::Adp, "IN", 3, "case"),
                    ("Rohan", Upos::Propn, "NNP", 1, "obl"),
                    ("today", Upos::Noun, "NN", 1, "obl"),
                ],
                (1, "obl"),
            ),
        ];
        for (rows, (head, rel)) in cases {
            let mut s = sentence(rows);
            names_split_from_their_case(&mut s);
            let last = &s.tokens[rows.len() - 1];
            assert_eq!((last.head, last.deprel.as_str()), (head, rel), "{rows:?}");
        }
    }
}
