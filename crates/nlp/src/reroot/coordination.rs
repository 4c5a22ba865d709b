//! Coordination the parser read as subordination.

use super::parent;
use dyad_model::{Sentence, Upos};

/// Relations of a clause hung on the verb before it that a clause opening with "and"
/// cannot have: UD gives a clause joined by a conjunction the `conj` relation. (An
/// `advcl` is left alone: on news the parses that give one to a clause after "and" are
/// wrong in other ways too.)
const SUBORDINATE: [&str; 3] = ["ccomp", "csubj", "parataxis"];

/// Nested heads followed up from a word; deeper nesting is pathological input.
const MAX_DEPTH: usize = 64;

/// A clause that opens with a coordinating conjunction and was hung on the verb before
/// it as a complement ("They have kept their language and Turkey's prime minister has
/// pledged his support", `pledged` read as a `ccomp` of `kept`, with `and` on its
/// subject): the clause is that verb's conjunct, the conjunction its `cc`. Only a clause
/// with a subject of its own whose conjunction hangs on that subject or on its verb; a
/// clause with a subordinator of its own ("and that ...") is left alone.
pub(crate) fn clauses_after_and(s: &mut Sentence) {
    let n = s.tokens.len();
    for v in 0..n {
        let t = &s.tokens;
        let Some(h) = parent(t, v).filter(|&h| h < v) else {
            continue;
        };
        if !SUBORDINATE.contains(&t[v].deprel.as_str()) {
            continue;
        }
        let marked = (0..n).any(|k| parent(t, k) == Some(v) && t[k].deprel == "mark");
        // The clause's first word: the leftmost word it dominates, after its head.
        let Some(first) = (h + 1..=v).find(|&k| dominates(s, v, k)) else {
            continue;
        };
        if marked || first == v || t[first].upos != Upos::Cconj {
            continue;
        }
        let subject = (first..v).find(|&k| {
            parent(t, k) == Some(v) && matches!(t[k].deprel.as_str(), "nsubj" | "nsubj:pass")
        });
        let Some(subject) = subject else { continue };
        if !matches!(parent(t, first), Some(p) if p == v || p == subject) {
            continue;
        }
        s.tokens[v].deprel = "conj".to_string();
        s.tokens[first].head = v + 1;
        s.tokens[first].deprel = "cc".to_string();
    }
}

/// Whether `k` is `v` or below it.
pub(super) fn dominates(s: &Sentence, v: usize, k: usize) -> bool {
    let mut at = k;
    for _ in 0..MAX_DEPTH {
        if at == v {
            return true;
        }
        match parent(&s.tokens, at) {
            Some(p) => at = p,
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reroot::clauses::tests::{parse, sentence, Case};
    use Upos::{Aux, Cconj, Noun, Pron, Propn, Sconj, Verb};

    #[test]
    fn clauses_after_and() {
        let cases: [Case; 3] = [
            (
                // they kept language and Gondor has pledged support, `pledged` a ccomp
                &[
                    ("they", Pron, "PRP", 2, "nsubj"),
                    ("kept", Verb, "VBD", 0, "root"),
                    ("language", Noun, "NN", 2, "obj"),
                    ("and", Cconj, "CC", 5, "cc"),
                    ("Gondor", Propn, "NNP", 7, "nsubj"),
                    ("has", Aux, "VBZ", 7, "aux"),
                    ("pledged", Verb, "VBN", 2, "ccomp"),
                    ("support", Noun, "NN", 7, "obj"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (2, "obj"),
                    (7, "cc"),
                    (7, "nsubj"),
                    (7, "aux"),
                    (2, "conj"),
                    (7, "obj"),
                ],
            ),
            (
                // a report's clause without "and" stays: they said Gondor pledged support
                &[
                    ("they", Pron, "PRP", 2, "nsubj"),
                    ("said", Verb, "VBD", 0, "root"),
                    ("Gondor", Propn, "NNP", 4, "nsubj"),
                    ("pledged", Verb, "VBD", 2, "ccomp"),
                    ("support", Noun, "NN", 4, "obj"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (4, "nsubj"),
                    (2, "ccomp"),
                    (4, "obj"),
                ],
            ),
            (
                // "and that" keeps its subordinator: said x and that Gondor pledged
                &[
                    ("they", Pron, "PRP", 2, "nsubj"),
                    ("said", Verb, "VBD", 0, "root"),
                    ("and", Cconj, "CC", 6, "cc"),
                    ("that", Sconj, "IN", 6, "mark"),
                    ("Gondor", Propn, "NNP", 6, "nsubj"),
                    ("pledged", Verb, "VBD", 2, "ccomp"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (6, "cc"),
                    (6, "mark"),
                    (6, "nsubj"),
                    (2, "ccomp"),
                ],
            ),
        ];
        for (rows, want) in cases {
            let mut s = sentence(rows);
            super::clauses_after_and(&mut s);
            assert_eq!(parse(&s), want, "{rows:?}");
        }
    }
}
