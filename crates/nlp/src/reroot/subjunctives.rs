//! A "that" clause whose verb the tagger took for a noun. After verbs of demanding news
//! writes the bare verb ("demanded that the president resign", "insisted that the prime
//! minister step down", "demanded that the United States lift sanctions"), which looks
//! like a noun after a noun. The parse then has a clause with a marker and no
//! predicate: its head a noun with "that" on it and no verb or copula anywhere under
//! it, which UD never builds (a nominal predicate takes a copula). The word after the
//! subject's noun phrase is the verb (session 9).

use super::coordination::dominates;
use super::parent;
use dyad_model::{Sentence, Token, Upos};

/// Words under a clause head this repair reads; a longer clause is left alone (a bound
/// on the scans below, which are quadratic in it).
const MAX_CLAUSE: usize = 24;

/// Makes token `v` a bare verb: the subjunctive's form is its lemma.
fn make_verb(t: &mut Token) {
    t.upos = Upos::Verb;
    t.xpos = "VB".to_string();
    t.lemma = t.form.to_lowercase();
}

/// Repairs every predicate-less "that" clause of a verb (`ccomp` or `obj`) headed by a
/// common noun `h`. Two shapes:
/// - the noun phrase before a singular `h` is one dependent `n` of `h` ending right
///   before it ("that the Zimbabwean president resign", `president` a `compound` of
///   `resign`):
///   `h` is the verb and `n` its subject, with `h`'s other words before it `n`'s;
/// - a `compound` `v` of `h` holds the phrase before it ("that the United States lift
///   sanctions", `lift` a `compound` of `sanctions` holding `States`): `v` is the verb
///   in `h`'s place, the phrase its subject and `h` its object.
pub(crate) fn subjunctives_read_as_nouns(s: &mut Sentence) {
    let n = s.tokens.len();
    for h in 1..n {
        let t = &s.tokens;
        let Some(v0) = parent(t, h) else { continue };
        let clause_rel = matches!(t[h].deprel.as_str(), "ccomp" | "obj");
        let kids: Vec<usize> = (0..n).filter(|&k| parent(t, k) == Some(h)).collect();
        let Some(&mark) = kids
            .iter()
            .find(|&&k| t[k].deprel == "mark" && t[k].form.eq_ignore_ascii_case("that"))
        else {
            continue;
        };
        let span: Vec<usize> = (mark + 1..n).filter(|&k| dominates(s, h, k)).collect();
        let predicate = span
            .iter()
            .any(|&k| matches!(t[k].upos, Upos::Verb | Upos::Aux) || t[k].deprel == "cop");
        if !clause_rel
            || !matches!(t[v0].upos, Upos::Verb)
            || t[h].upos != Upos::Noun
            || mark > h
            || span.len() > MAX_CLAUSE
            || predicate
        {
            continue;
        }
        // The dependents of `h` between the marker and `h`.
        let before: Vec<usize> = kids
            .iter()
            .copied()
            .filter(|&k| k > mark && k < h)
            .collect();
        let nominal = |k: usize| matches!(t[k].upos, Upos::Noun | Upos::Propn | Upos::Pron);
        let phrase_end = |k: usize| (k..n).take_while(|&x| dominates(s, k, x)).last();
        // First shape: the last dependent before `h` is a noun ending right before it,
        // and `h` is no plural (a bare verb has no "-s": "lift sanctions").
        let plural = matches!(t[h].xpos.as_str(), "NNS" | "NNPS");
        if let Some(&subj) = before.last().filter(|_| !plural) {
            let ends = phrase_end(subj) == Some(h - 1);
            let compound = matches!(t[subj].deprel.as_str(), "compound" | "nmod" | "nsubj");
            if ends && compound && nominal(subj) && subj + 1 == h {
                let others: Vec<usize> = before[..before.len() - 1].to_vec();
                make_verb(&mut s.tokens[h]);
                s.tokens[subj].deprel = "nsubj".to_string();
                for k in others {
                    s.tokens[k].head = subj + 1;
                }
                continue;
            }
        }
        // Second shape: a compound right before `h` holding the subject's phrase.
        let Some(&v) = before.last() else { continue };
        let subj = (mark + 1..v)
            .rev()
            .find(|&k| parent(t, k) == Some(v) && nominal(k));
        let Some(subj) = subj else { continue };
        if v + 1 != h || t[v].deprel != "compound" || phrase_end(subj) != Some(v - 1) {
            continue;
        }
        let others: Vec<usize> = before[..before.len() - 1]
            .iter()
            .copied()
            .filter(|&k| k != mark)
            .collect();
        let (head, deprel) = (t[h].head, t[h].deprel.clone());
        make_verb(&mut s.tokens[v]);
        s.tokens[v].head = head;
        s.tokens[v].deprel = if deprel == "obj" {
            "ccomp".into()
        } else {
            deprel
        };
        s.tokens[subj].deprel = "nsubj".to_string();
        s.tokens[mark].head = v + 1;
        for k in others {
            s.tokens[k].head = subj + 1;
        }
        s.tokens[h].head = v + 1;
        s.tokens[h].deprel = "obj".to_string();
    }
}

#[cfg(test)]
mod tests {
    use crate::reroot::clauses::tests::{parse, sentence, Case};
    use dyad_model::Upos::{Adj, Det, Noun, Propn, Punct, Sconj, Verb};

    #[test]
    fn subjunctives_read_as_nouns() {
        let cases: [Case; 3] = [
            (
                // X demanded that the Y president resign.
                &[
                    ("X", Propn, "NNP", 2, "nsubj"),
                    ("demanded", Verb, "VBD", 0, "root"),
                    ("that", Sconj, "IN", 7, "mark"),
                    ("the", Det, "DT", 7, "det"),
                    ("Y", Propn, "NNP", 6, "compound"),
                    ("president", Noun, "NN", 7, "compound"),
                    ("resign", Noun, "NN", 2, "ccomp"),
                    (".", Punct, ".", 2, "punct"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (7, "mark"),
                    (6, "det"),
                    (6, "compound"),
                    (7, "nsubj"),
                    (2, "ccomp"),
                    (2, "punct"),
                ],
            ),
            (
                // X demanded that the United States lift sanctions.
                &[
                    ("X", Propn, "NNP", 2, "nsubj"),
                    ("demanded", Verb, "VBD", 0, "root"),
                    ("that", Sconj, "IN", 8, "mark"),
                    ("the", Det, "DT", 8, "det"),
                    ("United", Adj, "NNP", 6, "amod"),
                    ("States", Propn, "NNPS", 7, "compound"),
                    ("lift", Noun, "NN", 8, "compound"),
                    ("sanctions", Noun, "NNS", 2, "ccomp"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (7, "mark"),
                    (6, "det"),
                    (6, "amod"),
                    (7, "nsubj"),
                    (2, "ccomp"),
                    (7, "obj"),
                ],
            ),
            (
                // a clause with its verb is left alone: X said that the talks failed
                &[
                    ("X", Propn, "NNP", 2, "nsubj"),
                    ("said", Verb, "VBD", 0, "root"),
                    ("that", Sconj, "IN", 6, "mark"),
                    ("the", Det, "DT", 5, "det"),
                    ("talks", Noun, "NNS", 6, "nsubj"),
                    ("failed", Verb, "VBD", 2, "ccomp"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (6, "mark"),
                    (5, "det"),
                    (6, "nsubj"),
                    (2, "ccomp"),
                ],
            ),
        ];
        for (rows, want) in cases {
            let mut s = sentence(rows);
            super::subjunctives_read_as_nouns(&mut s);
            assert_eq!(parse(&s), want, "{rows:?}");
        }
    }
}
