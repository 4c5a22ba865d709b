//! Names the small parser breaks apart: a capitalized last word of an organisation's
//! name ("the Ministry of Silly Walks condemned ...") tagged a verb and read as the
//! auxiliary of the verb after it.

use super::parent;
use dyad_model::{Sentence, Upos};

fn name(t: &dyad_model::Token) -> bool {
    t.upos == Upos::Propn && matches!(t.xpos.as_str(), "NNP" | "NNPS")
}

/// A capitalized word after a proper noun, tagged a verb (not an auxiliary) and read as
/// the `aux` of the verb right after it ("the Ministry of Silly Walks condemned", with
/// `Walks` the auxiliary of `condemned` and `Ministry` its subject): a lexical verb is
/// no auxiliary, and a capital inside a sentence after a name continues the name. The
/// word becomes a proper noun in the place of the one before it (which becomes its
/// `compound`), and what hung on it (the subject) hangs on the verb.
pub(crate) fn names_read_as_auxiliaries(s: &mut Sentence) {
    let n = s.tokens.len();
    for a in 1..n.saturating_sub(1) {
        let t = &s.tokens;
        let capital = t[a].form.chars().next().is_some_and(|c| c.is_uppercase());
        let shape = t[a].deprel == "aux"
            && t[a].upos == Upos::Verb
            && capital
            && name(&t[a - 1])
            && parent(t, a) == Some(a + 1)
            && t[a + 1].upos == Upos::Verb;
        if !shape {
            continue;
        }
        let (v, before) = (a + 1, a - 1);
        // The word before takes the auxiliary's place unless it hung on it (the subject).
        let (head, deprel) = match parent(t, before) {
            Some(h) if h == a => (v + 1, t[before].deprel.clone()),
            _ => (t[before].head, t[before].deprel.clone()),
        };
        for k in 0..n {
            if k != before && parent(&s.tokens, k) == Some(a) {
                s.tokens[k].head = v + 1;
            }
            // The name's adposition and determiner go with its last word.
            let own = matches!(s.tokens[k].deprel.as_str(), "case" | "det");
            if k < before && own && parent(&s.tokens, k) == Some(before) {
                s.tokens[k].head = a + 1;
            }
        }
        let plural = s.tokens[a].form.ends_with('s');
        let w = &mut s.tokens[a];
        w.upos = Upos::Propn;
        w.xpos = if plural { "NNPS" } else { "NNP" }.to_string();
        w.lemma = w.form.clone();
        w.head = head;
        w.deprel = deprel;
        let b = &mut s.tokens[before];
        b.head = a + 1;
        b.deprel = "compound".to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::super::clauses::tests::{parse, sentence};
    use dyad_model::Upos::{Adp, Det, Noun, Propn, Verb};

    #[test]
    fn a_name_word_read_as_an_auxiliary_ends_the_name() {
        // The Bureau of Fine Walks condemned a raid: `Walks` aux of condemned, the
        // subject on it.
        let mut s = sentence(&[
            ("The", Det, "DT", 2, "det"),
            ("Bureau", Propn, "NNP", 5, "nsubj"),
            ("of", Adp, "IN", 4, "case"),
            ("Fine", Propn, "NNP", 2, "nmod"),
            ("Walks", Verb, "VBZ", 6, "aux"),
            ("condemned", Verb, "VBN", 0, "root"),
            ("raid", Noun, "NN", 6, "obj"),
        ]);
        super::names_read_as_auxiliaries(&mut s);
        let got = parse(&s);
        assert_eq!(
            got,
            [
                (2, "det"),
                (6, "nsubj"),
                (5, "case"),
                (5, "compound"),
                (2, "nmod"),
                (0, "root"),
                (6, "obj"),
            ]
        );
        assert_eq!(s.tokens[4].upos, Propn);
        // A lower-case verb read as an auxiliary is not a name.
        let mut s = sentence(&[
            ("Rohan", Propn, "NNP", 2, "nsubj"),
            ("wants", Verb, "VBZ", 3, "aux"),
            ("talks", Verb, "VBN", 0, "root"),
        ]);
        super::names_read_as_auxiliaries(&mut s);
        assert_eq!(s.tokens[1].upos, Verb);
    }
}
