//! Relations a word's head or its own words rule out: an adjective describing a verb,
//! a verb with a preposition, a correlative "neither" hung on the verb.

use super::parent;
use dyad_model::{Sentence, Upos};

/// Words of a phrase between a pre-modifier and its noun.
const MAX_PHRASE: usize = 6;

/// An adjective before its verb's subject read as the verb's `amod` ("Rohan's bold and
/// able envoy Hama warned ...", `bold` on `warned`): UD's `amod` is for nominals, and an
/// adjective before the subject describes the subject's first noun after it (with the
/// adjectives coordinated with it between).
pub(crate) fn adjectives_on_verbs(s: &mut Sentence) {
    let n = s.tokens.len();
    for a in 0..n {
        let t = &s.tokens;
        let Some(v) = parent(t, a).filter(|&v| v > a) else {
            continue;
        };
        if !(t[a].deprel == "amod" && t[a].upos == Upos::Adj && t[v].upos == Upos::Verb) {
            continue;
        }
        let noun = (a + 1..v.min(a + 1 + MAX_PHRASE))
            .find(|&k| matches!(t[k].upos, Upos::Noun | Upos::Propn))
            .filter(|&k| {
                (a + 1..k).all(|j| matches!(t[j].upos, Upos::Adj | Upos::Cconj | Upos::Punct))
            });
        // Only inside the subject: the noun's phrase ends at the verb's subject.
        let subject = (a + 1..v).find(|&k| {
            parent(t, k) == Some(v) && matches!(t[k].deprel.as_str(), "nsubj" | "nsubj:pass")
        });
        let Some(noun) = noun.filter(|&k| subject.is_some_and(|s| k <= s)) else {
            continue;
        };
        s.tokens[a].head = noun + 1;
    }
}

/// A verb with "to" as its `case`, read as a phrase (`obl`, `nmod`) of the word before
/// ("inching nearer to accord with X", `accord` an `obl`): "to" before a verb is the
/// infinitive's marker, and the verb a clause (`advcl` on a verb or adjective, `acl` on
/// a noun).
pub(crate) fn infinitives_read_as_phrases(s: &mut Sentence) {
    for v in 1..s.tokens.len() {
        let t = &s.tokens;
        let phrase = t[v].deprel == "obl" || t[v].deprel == "nmod";
        let to = t[v - 1].form.eq_ignore_ascii_case("to")
            && t[v - 1].deprel == "case"
            && parent(t, v - 1) == Some(v);
        let Some(h) = parent(t, v).filter(|_| phrase && to && t[v].upos == Upos::Verb) else {
            continue;
        };
        let clause = if matches!(t[h].upos, Upos::Noun | Upos::Propn | Upos::Pron) {
            "acl"
        } else {
            "advcl"
        };
        let verb = &mut s.tokens[v];
        verb.deprel = clause.to_string();
        if verb.xpos.starts_with("NN") {
            verb.xpos = "VB".to_string();
        }
        let marker = &mut s.tokens[v - 1];
        marker.deprel = "mark".to_string();
        marker.upos = Upos::Part;
        marker.xpos = "TO".to_string();
    }
}

/// A correlative ("neither", "either", "both") hung on the verb ("Neither X nor Y
/// boycotted", `Neither` an `expl` of `boycotted`): it opens the coordination of the
/// phrase right after it, whose conjunct carries the matching "nor", "or" or "and", and
/// is that phrase's `cc:preconj`.
pub(crate) fn correlatives_on_verbs(s: &mut Sentence) {
    let n = s.tokens.len();
    for c in 0..n {
        let t = &s.tokens;
        let partner = match t[c].form.to_ascii_lowercase().as_str() {
            "neither" => "nor",
            "either" => "or",
            "both" => "and",
            _ => continue,
        };
        let on_verb = parent(t, c).is_some_and(|v| v > c && t[v].upos == Upos::Verb);
        if t[c].upos != Upos::Cconj || !on_verb || t[c].deprel == "cc:preconj" {
            continue;
        }
        // The first conjunct: the first word after, or the noun its words hang on.
        let paired = |k: usize| {
            (0..n).any(|j| {
                parent(t, j) == Some(k)
                    && t[j].deprel == "conj"
                    && (0..n).any(|x| {
                        parent(t, x) == Some(j)
                            && t[x].deprel == "cc"
                            && t[x].form.eq_ignore_ascii_case(partner)
                    })
            })
        };
        let Some(first) = (c + 1..n.min(c + 2 + MAX_PHRASE))
            .find(|&k| (c + 1..k).all(|j| parent(t, j) == Some(k)) && paired(k))
        else {
            continue;
        };
        let w = &mut s.tokens[c];
        w.head = first + 1;
        w.deprel = "cc:preconj".to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::super::clauses::tests::{parse, sentence};
    use dyad_model::Upos::{Adj, Adp, Cconj, Noun, Part, Propn, Verb};

    #[test]
    fn an_adjective_before_the_subject_describes_it() {
        // Rohan 's bold and able envoy Hama warned Gondor: `bold` amod of warned.
        let mut s = sentence(&[
            ("Rohan", Propn, "NNP", 3, "nmod:poss"),
            ("'s", Part, "POS", 1, "case"),
            ("bold", Adj, "JJ", 8, "amod"),
            ("and", Cconj, "CC", 5, "cc"),
            ("able", Adj, "JJ", 6, "amod"),
            ("envoy", Noun, "NN", 7, "nmod:desc"),
            ("Hama", Propn, "NNP", 8, "nsubj"),
            ("warned", Verb, "VBD", 0, "root"),
        ]);
        super::adjectives_on_verbs(&mut s);
        assert_eq!(parse(&s)[2], (6, "amod"));
        // An adjective after the subject is left alone.
        let mut s = sentence(&[
            ("Hama", Propn, "NNP", 3, "nsubj"),
            ("angry", Adj, "JJ", 3, "amod"),
            ("left", Verb, "VBD", 0, "root"),
        ]);
        super::adjectives_on_verbs(&mut s);
        assert_eq!(parse(&s)[1], (3, "amod"));
    }

    #[test]
    fn to_before_a_verb_marks_an_infinitive() {
        // Rohan is moving closer to reconcile with Gondor: `reconcile` an obl.
        let mut s = sentence(&[
            ("Rohan", Propn, "NNP", 2, "nsubj"),
            ("moving", Verb, "VBG", 0, "root"),
            ("closer", Adj, "JJR", 2, "xcomp"),
            ("to", Adp, "IN", 5, "case"),
            ("reconcile", Verb, "NN", 2, "obl"),
            ("with", Adp, "IN", 7, "case"),
            ("Gondor", Propn, "NNP", 5, "nmod"),
        ]);
        super::infinitives_read_as_phrases(&mut s);
        assert_eq!(parse(&s)[3..5], [(5, "mark"), (2, "advcl")]);
        assert_eq!(s.tokens[4].xpos, "VB");
        // A noun after "to" stays a phrase.
        let mut s = sentence(&[
            ("moving", Verb, "VBG", 0, "root"),
            ("to", Adp, "IN", 3, "case"),
            ("talks", Noun, "NNS", 1, "obl"),
        ]);
        super::infinitives_read_as_phrases(&mut s);
        assert_eq!(parse(&s)[1..], [(3, "case"), (1, "obl")]);
    }

    #[test]
    fn neither_opens_the_coordination_after_it() {
        // Neither Rohan nor Bree signed the pact: `Neither` an expl of signed.
        let rows = [
            ("Neither", Cconj, "CC", 5, "expl"),
            ("Rohan", Propn, "NNP", 5, "nsubj"),
            ("nor", Cconj, "CC", 4, "cc"),
            ("Bree", Propn, "NNP", 2, "conj"),
            ("signed", Verb, "VBD", 0, "root"),
        ];
        let mut s = sentence(&rows);
        super::correlatives_on_verbs(&mut s);
        assert_eq!(parse(&s)[0], (2, "cc:preconj"));
        // With "and" after "neither" there is no correlative pair.
        let mut rows = rows;
        rows[2] = ("and", Cconj, "CC", 4, "cc");
        let mut s = sentence(&rows);
        super::correlatives_on_verbs(&mut s);
        assert_eq!(parse(&s)[0], (5, "expl"));
    }
}
