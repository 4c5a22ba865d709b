//! A subject read as the root: "Gollum, centre of a row between X and Y, called on Z"
//! without its commas, read with `centre` the root and `called` its conjunct.

use super::parent;
use dyad_model::{Sentence, Upos};

/// A noun at the root with a finite verb after it as its `conj`, the verb with no
/// subject, no conjunction and no comma of its own: a conjunct needs a conjunction or a
/// comma, and a finite verb a subject, so the noun is the verb's subject and the verb
/// the root, taking the noun's dependents after it (the final stop). Runs after the
/// other subject repairs, so a verb they give a subject keeps it.
pub(crate) fn subjects_read_as_roots(s: &mut Sentence) {
    let n = s.tokens.len();
    let Some(r) = s.tokens.iter().position(|t| t.head == 0) else {
        return;
    };
    let t = &s.tokens;
    if !matches!(t[r].upos, Upos::Noun | Upos::Propn) {
        return;
    }
    let kids = |h: usize| (0..n).filter(move |&k| parent(t, k) == Some(h));
    let verb = kids(r).find(|&v| {
        v > r
            && t[v].deprel == "conj"
            && t[v].upos == Upos::Verb
            && matches!(t[v].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            && !kids(v).any(|k| {
                k < v
                    && (matches!(t[k].deprel.as_str(), "cc" | "nsubj" | "nsubj:pass" | "expl")
                        || t[k].upos == Upos::Punct)
            })
    });
    // No comma or conjunction before the verb on the noun either ("X, Y and Z met").
    let Some(v) = verb
        .filter(|&v| !kids(r).any(|k| k < v && (t[k].deprel == "cc" || t[k].upos == Upos::Punct)))
    else {
        return;
    };
    for k in v + 1..n {
        if parent(&s.tokens, k) == Some(r) {
            s.tokens[k].head = v + 1;
        }
    }
    let verb = &mut s.tokens[v];
    verb.head = 0;
    verb.deprel = "root".to_string();
    let noun = &mut s.tokens[r];
    noun.head = v + 1;
    noun.deprel = "nsubj".to_string();
}

#[cfg(test)]
mod tests {
    use super::super::clauses::tests::{parse, sentence};
    use dyad_model::Upos::{Adp, Cconj, Det, Noun, Propn, Punct, Verb};

    #[test]
    fn a_noun_root_with_a_bare_verb_conjunct_is_its_subject() {
        // Frodo focus of a dispute between Rohan and Gondor urged Bree to act.
        let rows = [
            ("Frodo", Propn, "NNP", 2, "compound"),
            ("focus", Noun, "NN", 0, "root"),
            ("of", Adp, "IN", 5, "case"),
            ("a", Det, "DT", 5, "det"),
            ("dispute", Noun, "NN", 2, "nmod"),
            ("between", Adp, "IN", 7, "case"),
            ("Rohan", Propn, "NNP", 10, "obl"),
            ("and", Cconj, "CC", 9, "cc"),
            ("Gondor", Propn, "NNP", 7, "conj"),
            ("urged", Verb, "VBD", 2, "conj"),
            ("Bree", Propn, "NNP", 10, "obj"),
            (".", Punct, ".", 2, "punct"),
        ];
        let mut s = sentence(&rows);
        super::subjects_read_as_roots(&mut s);
        let got = parse(&s);
        assert_eq!(got[1], (10, "nsubj"));
        assert_eq!(got[9], (0, "root"));
        assert_eq!(got[11], (10, "punct"));
        // A list of headlines with a comma keeps its conjunct.
        let mut rows = rows;
        rows[9] = ("urged", Verb, "VBD", 2, "conj");
        let mut s = sentence(&rows);
        s.tokens.insert(9, s.tokens[11].clone());
        s.tokens[9].form = ",".to_string();
        for t in s.tokens.iter_mut() {
            if t.head >= 10 {
                t.head += 1;
            }
        }
        s.tokens[9].head = 11;
        super::subjects_read_as_roots(&mut s);
        assert_eq!(parse(&s)[1], (0, "root"));
    }
}
