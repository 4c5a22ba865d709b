//! The noun "might" ("its military might", "the economic might of China") tagged as
//! the modal: news writes the noun after a possessive or an adjective, where a modal,
//! which comes after its subject and before its verb, cannot stand. The parsers then
//! hang it on the verb as a clause of its own and leave the word before it heading the
//! phrase ("showed its military might" with `military` the object), so nothing reads
//! "military might" as one phrase (session 9).

use super::parent;
use dyad_model::{Sentence, Upos};

/// Words that end a noun phrase before the noun "might": a possessive, an article or a
/// demonstrative, an adjective or a noun (as a modifier).
fn ends_modifier(xpos: &str) -> bool {
    matches!(xpos, "PRP$" | "DT" | "JJ" | "JJR" | "JJS" | "NN" | "NNP")
}

/// A "might" tagged MD that no verb takes as its auxiliary, right after a possessive,
/// article, adjective or noun that is not its subject, and before no verb, adverb or
/// "not", is a noun (NN). It takes the place of the phrase's head before it when that
/// head is the word right before it ("its military might", `military` the object); the
/// old head becomes its modifier (`amod` for an adjective, `compound` for a noun) and
/// the head's other dependents are the noun's.
pub(crate) fn modals_read_as_nouns(s: &mut Sentence) {
    let n = s.tokens.len();
    for m in 1..n {
        let t = &s.tokens;
        let p = m - 1;
        let next_verbal = t.get(m + 1).is_some_and(|x| {
            matches!(x.upos, Upos::Verb | Upos::Aux | Upos::Adv | Upos::Part)
                || x.form.eq_ignore_ascii_case("not")
        });
        let subject = parent(t, p) == Some(m) && t[p].deprel.starts_with("nsubj");
        if t[m].xpos != "MD"
            || !t[m].form.eq_ignore_ascii_case("might")
            || t[m].deprel.starts_with("aux")
            || !ends_modifier(&t[p].xpos)
            || next_verbal
            || subject
        {
            continue;
        }
        let own_kids = (0..n).any(|k| parent(t, k) == Some(m));
        let p_heads_phrase = !own_kids
            && matches!(t[p].xpos.as_str(), "JJ" | "JJR" | "JJS" | "NN" | "NNP")
            && parent(t, m) != Some(p);
        let adjective = t[p].xpos.starts_with("JJ");
        let tok = &mut s.tokens[m];
        tok.upos = Upos::Noun;
        tok.xpos = "NN".to_string();
        tok.lemma = "might".to_string();
        if !p_heads_phrase {
            continue;
        }
        for k in 0..n {
            if k != m && parent(&s.tokens, k) == Some(p) {
                s.tokens[k].head = m + 1;
            }
        }
        let (head, deprel) = (s.tokens[p].head, s.tokens[p].deprel.clone());
        s.tokens[m].head = head;
        s.tokens[m].deprel = deprel;
        s.tokens[p].head = m + 1;
        s.tokens[p].deprel = if adjective { "amod" } else { "compound" }.to_string();
    }
}

#[cfg(test)]
mod tests {
    use crate::reroot::clauses::tests::{parse, sentence, Case};
    use dyad_model::Upos::{Adj, Aux, Det, Noun, Pron, Propn, Punct, Verb};

    #[test]
    fn modals_read_as_nouns() {
        let cases: [Case; 3] = [
            (
                // X showed its military might. (`might` a ccomp, `military` the object)
                &[
                    ("X", Propn, "NNP", 2, "nsubj"),
                    ("showed", Verb, "VBD", 0, "root"),
                    ("its", Pron, "PRP$", 4, "nmod:poss"),
                    ("military", Adj, "JJ", 2, "obj"),
                    ("might", Aux, "MD", 2, "ccomp"),
                    (".", Punct, ".", 2, "punct"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (5, "nmod:poss"),
                    (5, "amod"),
                    (2, "obj"),
                    (2, "punct"),
                ],
            ),
            (
                // the modal stays: the army might attack
                &[
                    ("the", Det, "DT", 2, "det"),
                    ("army", Noun, "NN", 4, "nsubj"),
                    ("might", Aux, "MD", 4, "aux"),
                    ("attack", Verb, "VB", 0, "root"),
                ],
                &[(2, "det"), (4, "nsubj"), (4, "aux"), (0, "root")],
            ),
            (
                // and so does an elided verb's: the army might.
                &[
                    ("the", Det, "DT", 2, "det"),
                    ("army", Noun, "NN", 3, "nsubj"),
                    ("might", Aux, "MD", 0, "root"),
                    (".", Punct, ".", 3, "punct"),
                ],
                &[(2, "det"), (3, "nsubj"), (0, "root"), (3, "punct")],
            ),
        ];
        for (rows, want) in cases {
            let mut s = sentence(rows);
            super::modals_read_as_nouns(&mut s);
            assert_eq!(parse(&s), want, "{rows:?}");
        }
    }
}
