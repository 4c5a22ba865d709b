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
            let o = if rows[2].4 == "obj" { 2 } else { 3 };
            assert_eq!(s.tokens[o].deprel, want, "{rows:?}");
        }
    }
}
