//! A reporting verb's arguments the parser hung elsewhere: its subject read as a bare
//! noun modifier, its clause read as a relative clause of the time word before it.

use super::coordination::dominates;
use super::parent;
use dyad_model::{Sentence, Upos};

/// Words that name a time, with the day words of [`dyad_model::day`]: a bare noun phrase
/// of one is a time modifier, and a "that" clause after one may be a relative clause of
/// it or the clause of a verb before it.
const TIME_WORDS: [&str; 14] = [
    "week",
    "month",
    "year",
    "day",
    "weekend",
    "night",
    "morning",
    "afternoon",
    "evening",
    "time",
    "hour",
    "decade",
    "season",
    "spring",
];

/// Words looked back over for the head of a phrase; news noun phrases are shorter.
const MAX_PHRASE: usize = 12;

/// Verbs that take a "that" clause of what was said or known.
const REPORTING: [&str; 30] = [
    "say",
    "tell",
    "announce",
    "warn",
    "report",
    "claim",
    "state",
    "confirm",
    "insist",
    "deny",
    "add",
    "argue",
    "suggest",
    "write",
    "reveal",
    "indicate",
    "note",
    "explain",
    "promise",
    "vow",
    "pledge",
    "threaten",
    "agree",
    "decide",
    "believe",
    "think",
    "fear",
    "predict",
    "acknowledge",
    "admit",
];

fn time_word(lemma: &str) -> bool {
    TIME_WORDS.iter().any(|w| lemma.eq_ignore_ascii_case(w)) || dyad_model::day::is_day(lemma)
}

fn has_subject(s: &Sentence, v: usize) -> bool {
    (0..s.tokens.len()).any(|k| {
        parent(&s.tokens, k) == Some(v)
            && matches!(
                s.tokens[k].deprel.as_str(),
                "nsubj" | "nsubj:pass" | "csubj" | "csubj:pass" | "expl"
            )
    })
}

/// "The prime minister, Binali Yildirim said ..." read with `minister` an
/// `obl:unmarked` of `said` and the verb left with no subject: a finite verb has one, and
/// a bare noun phrase before it that names no time is it.
pub(crate) fn subjects_read_as_modifiers(s: &mut Sentence) {
    for n in 0..s.tokens.len() {
        let t = &s.tokens;
        if !matches!(
            t[n].deprel.as_str(),
            "obl:unmarked" | "obl:npmod" | "obl:tmod"
        ) {
            continue;
        }
        if !matches!(t[n].upos, Upos::Noun | Upos::Propn | Upos::Pron) || time_word(&t[n].lemma) {
            continue;
        }
        let Some(v) = parent(t, n).filter(|&v| v > n) else {
            continue;
        };
        let finite = matches!(t[v].xpos.as_str(), "VBD" | "VBZ" | "VBP");
        if t[v].upos != Upos::Verb || !finite || has_subject(s, v) {
            continue;
        }
        s.tokens[n].deprel = "nsubj".to_string();
    }
}

/// "While the minister gave no date, Turkey's president, Erdogan, said ..." read with
/// `president` a conjunct of `date` (no conjunction; commas only) and `said` left with
/// no subject: the noun phrase that ends right before a finite verb with no subject is
/// its subject; a name read as a conjunct of it is its apposition.
pub(crate) fn subjects_read_as_conjuncts(s: &mut Sentence) {
    let n = s.tokens.len();
    for v in 1..n {
        let t = &s.tokens;
        let finite = matches!(t[v].xpos.as_str(), "VBD" | "VBZ" | "VBP");
        if t[v].upos != Upos::Verb || !finite || has_subject(s, v) {
            continue;
        }
        // The last word before the verb that is not punctuation, and the conjunct
        // (with no conjunction of its own) whose phrase it ends.
        let Some(last) = (0..v).rev().find(|&k| t[k].upos != Upos::Punct) else {
            continue;
        };
        // The outermost such conjunct ("the president, X," may be read as two).
        let conjunct = (0..=last).rev().take(MAX_PHRASE).filter(|&c| {
            t[c].deprel == "conj"
                && matches!(t[c].upos, Upos::Noun | Upos::Propn | Upos::Pron)
                && parent(t, c).is_some_and(|h| h < c)
                && dominates(s, c, last)
                && !(0..n).any(|k| parent(t, k) == Some(c) && t[k].deprel == "cc")
        });
        let conjunct = conjunct.last();
        let Some(c) = conjunct else { continue };
        if dominates(s, c, v) {
            continue;
        }
        s.tokens[c].head = v + 1;
        s.tokens[c].deprel = "nsubj".to_string();
        for k in c + 1..v {
            if parent(&s.tokens, k) == Some(c) && s.tokens[k].deprel == "conj" {
                s.tokens[k].deprel = "appos".to_string();
            }
        }
    }
}

/// Nouns of measure: a bare phrase of one after a verb ("rose 5 percent") is no object.
const MEASURES: [&str; 14] = [
    "percent",
    "%",
    "point",
    "mile",
    "kilometre",
    "kilometer",
    "km",
    "metre",
    "meter",
    "foot",
    "pound",
    "dollar",
    "time",
    "degree",
];

/// "Bolivian troops killed Paraguayan civilians" read with `civilians` an
/// `obl:unmarked` of `killed`: a bare noun phrase right after a verb with no object, that
/// names no time or measure, is its object.
pub(crate) fn objects_read_as_modifiers(s: &mut Sentence) {
    let n = s.tokens.len();
    for o in 0..n {
        let t = &s.tokens;
        if !matches!(
            t[o].deprel.as_str(),
            "obl:unmarked" | "obl:npmod" | "obl:tmod"
        ) {
            continue;
        }
        let lemma = t[o].lemma.to_ascii_lowercase();
        let nominal = matches!(t[o].upos, Upos::Noun | Upos::Propn | Upos::Pron);
        if !nominal || time_word(&lemma) || MEASURES.contains(&lemma.as_str()) {
            continue;
        }
        let Some(v) = parent(t, o).filter(|&v| v < o && t[v].upos == Upos::Verb) else {
            continue;
        };
        let object = (0..n).any(|k| parent(t, k) == Some(v) && t[k].deprel == "obj");
        // Only the phrase's own words between the verb and the noun; a bare singular
        // noun ("went home", "paid cash") is left as it is.
        let adjacent = (v + 1..o).all(|k| parent(t, k) == Some(o) && t[k].upos != Upos::Punct);
        let phrase = o > v + 1 || matches!(t[o].xpos.as_str(), "NNS" | "NNPS");
        if !object && adjacent && phrase {
            s.tokens[o].deprel = "obj".to_string();
        }
    }
}

/// "Erdogan said last week that Turkey would stall its offensive" read with the clause a
/// relative clause of `week` (`that` its object): a clause after a reporting verb's time
/// word whose subject is not the "that" is the verb's clause, "that" its subordinator.
pub(crate) fn reports_read_as_relatives(s: &mut Sentence) {
    let n = s.tokens.len();
    for c in 0..n {
        let t = &s.tokens;
        if t[c].deprel != "acl:relcl" {
            continue;
        }
        let Some(w) = parent(t, c).filter(|&w| w < c && time_word(&t[w].lemma)) else {
            continue;
        };
        let Some(v) = parent(t, w).filter(|&v| v < w) else {
            continue;
        };
        if !REPORTING.contains(&t[v].lemma.to_ascii_lowercase().as_str()) {
            continue;
        }
        // The "that" right after the time word, hung on the clause but not its subject.
        let that = w + 1;
        let opens = that < c
            && t[that].form.eq_ignore_ascii_case("that")
            && parent(t, that) == Some(c)
            && !t[that].deprel.starts_with("nsubj");
        if !opens || !has_subject(s, c) {
            continue;
        }
        let tok = &mut s.tokens[that];
        tok.deprel = "mark".to_string();
        tok.upos = Upos::Sconj;
        tok.xpos = "IN".to_string();
        s.tokens[c].head = v + 1;
        s.tokens[c].deprel = "ccomp".to_string();
    }
}

/// "Yildirim said the aim of the campaign would be to create a zone" read with the
/// clause a conjunct of `said`: a conjunct that starts right after its reporting verb,
/// with no conjunction, is the verb's clause.
pub(crate) fn reports_read_as_conjuncts(s: &mut Sentence) {
    let n = s.tokens.len();
    for c in 0..n {
        let t = &s.tokens;
        if t[c].deprel != "conj" {
            continue;
        }
        let Some(v) = parent(t, c).filter(|&v| v + 1 < c) else {
            continue;
        };
        if !REPORTING.contains(&t[v].lemma.to_ascii_lowercase().as_str()) {
            continue;
        }
        // A clause starts with a word ("is threatened, restricted" lists participles),
        // and a passive verb reports nothing ("is threatened" is no threat).
        let joined = (0..n).any(|k| {
            parent(t, k) == Some(c) && t[k].deprel == "cc"
                || parent(t, k) == Some(v) && t[k].deprel == "aux:pass"
        });
        if joined || t[v + 1].upos == Upos::Punct || !dominates(s, c, v + 1) {
            continue;
        }
        s.tokens[c].deprel = "ccomp".to_string();
    }
}

/// "urged NATO to intervene" read with `NATO` an `iobj`: UD gives a verb an indirect
/// object only beside a direct one or a clause ("told him that"); the one noun before an
/// infinitive clause (`xcomp`) is the object that clause is about, and so is one with
/// neither beside it ("warned Singapore officials against visiting Taiwan", with the
/// "against" clause an `advcl`; session 9).
pub(crate) fn objects_read_as_indirect(s: &mut Sentence) {
    let n = s.tokens.len();
    for o in 0..n {
        let t = &s.tokens;
        if t[o].deprel != "iobj" {
            continue;
        }
        let Some(v) = parent(t, o) else { continue };
        let child = |rel: &str| (0..n).any(|k| parent(t, k) == Some(v) && t[k].deprel == rel);
        if !child("obj") && !child("ccomp") {
            s.tokens[o].deprel = "obj".to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::reroot::clauses::tests::{parse, sentence, Case};
    use dyad_model::Upos::{
        Adj, Aux, Cconj, Det, Noun, Num, Part, Pron, Propn, Punct, Sconj, Verb,
    };

    #[test]
    fn subjects_read_as_modifiers() {
        let cases: [Case; 2] = [
            (
                // the minister, X said: `minister` obl:unmarked, `said` with no subject
                &[
                    ("the", Det, "DT", 2, "det"),
                    ("minister", Noun, "NN", 5, "obl:unmarked"),
                    (",", Punct, ",", 2, "punct"),
                    ("X", Propn, "NNP", 2, "appos"),
                    ("said", Verb, "VBD", 0, "root"),
                ],
                &[
                    (2, "det"),
                    (5, "nsubj"),
                    (2, "punct"),
                    (2, "appos"),
                    (0, "root"),
                ],
            ),
            (
                // a time word stays: last week said (a headline with no subject)
                &[
                    ("last", Adj, "JJ", 2, "amod"),
                    ("week", Noun, "NN", 3, "obl:unmarked"),
                    ("said", Verb, "VBD", 0, "root"),
                ],
                &[(2, "amod"), (3, "obl:unmarked"), (0, "root")],
            ),
        ];
        for (rows, want) in cases {
            let mut s = sentence(rows);
            super::subjects_read_as_modifiers(&mut s);
            assert_eq!(parse(&s), want, "{rows:?}");
        }
    }

    #[test]
    fn subjects_read_as_conjuncts() {
        let cases: [Case; 2] = [
            (
                // while Y gave no date, the president, X, said: `president` conj of date
                &[
                    ("while", Sconj, "IN", 3, "mark"),
                    ("Y", Propn, "NNP", 3, "nsubj"),
                    ("gave", Verb, "VBD", 10, "advcl"),
                    ("no", Det, "DT", 5, "det"),
                    ("date", Noun, "NN", 3, "obj"),
                    (",", Punct, ",", 7, "punct"),
                    ("president", Noun, "NN", 5, "conj"),
                    (",", Punct, ",", 8, "punct"),
                    ("X", Propn, "NNP", 7, "appos"),
                    ("said", Verb, "VBD", 0, "root"),
                ],
                &[
                    (3, "mark"),
                    (3, "nsubj"),
                    (10, "advcl"),
                    (5, "det"),
                    (3, "obj"),
                    (7, "punct"),
                    (10, "nsubj"),
                    (8, "punct"),
                    (7, "appos"),
                    (0, "root"),
                ],
            ),
            (
                // a conjunct with "and" stays: Y bought tea and rice, said (no subject)
                &[
                    ("Y", Propn, "NNP", 2, "nsubj"),
                    ("bought", Verb, "VBD", 0, "root"),
                    ("tea", Noun, "NN", 2, "obj"),
                    ("and", Cconj, "CC", 5, "cc"),
                    ("rice", Noun, "NN", 3, "conj"),
                    ("said", Verb, "VBD", 2, "parataxis"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (2, "obj"),
                    (5, "cc"),
                    (3, "conj"),
                    (2, "parataxis"),
                ],
            ),
        ];
        for (rows, want) in cases {
            let mut s = sentence(rows);
            super::subjects_read_as_conjuncts(&mut s);
            assert_eq!(parse(&s), want, "{rows:?}");
        }
    }

    #[test]
    fn objects_read_as_modifiers() {
        let cases: [Case; 3] = [
            (
                // troops killed Gondorian civilians, `civilians` obl:unmarked
                &[
                    ("troops", Noun, "NNS", 2, "nsubj"),
                    ("killed", Verb, "VBD", 0, "root"),
                    ("Gondorian", Adj, "JJ", 4, "amod"),
                    ("civilians", Noun, "NNS", 2, "obl:unmarked"),
                ],
                &[(2, "nsubj"), (0, "root"), (4, "amod"), (2, "obj")],
            ),
            (
                // a time stays: troops attacked Monday
                &[
                    ("troops", Noun, "NNS", 2, "nsubj"),
                    ("attacked", Verb, "VBD", 0, "root"),
                    ("monday", Propn, "NNP", 2, "obl:unmarked"),
                ],
                &[(2, "nsubj"), (0, "root"), (2, "obl:unmarked")],
            ),
            (
                // a measure stays: prices rose five percent
                &[
                    ("prices", Noun, "NNS", 2, "nsubj"),
                    ("rose", Verb, "VBD", 0, "root"),
                    ("five", Num, "CD", 4, "nummod"),
                    ("percent", Noun, "NN", 2, "obl:npmod"),
                ],
                &[(2, "nsubj"), (0, "root"), (4, "nummod"), (2, "obl:npmod")],
            ),
        ];
        for (rows, want) in cases {
            let mut s = sentence(rows);
            super::objects_read_as_modifiers(&mut s);
            assert_eq!(parse(&s), want, "{rows:?}");
        }
    }

    #[test]
    fn objects_read_as_indirect() {
        let cases: [Case; 4] = [
            (
                // X urged NATO to intervene, `NATO` an iobj
                &[
                    ("X", Propn, "NNP", 2, "nsubj"),
                    ("urged", Verb, "VBD", 0, "root"),
                    ("NATO", Propn, "NNP", 2, "iobj"),
                    ("to", Part, "TO", 5, "mark"),
                    ("intervene", Verb, "VB", 2, "xcomp"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (2, "obj"),
                    (5, "mark"),
                    (2, "xcomp"),
                ],
            ),
            (
                // beside an object it stays: X gave NATO aid
                &[
                    ("X", Propn, "NNP", 2, "nsubj"),
                    ("gave", Verb, "VBD", 0, "root"),
                    ("NATO", Propn, "NNP", 2, "iobj"),
                    ("aid", Noun, "NN", 2, "obj"),
                ],
                &[(2, "nsubj"), (0, "root"), (2, "iobj"), (2, "obj")],
            ),
            (
                // X warned NATO against intervening, the clause an advcl
                &[
                    ("X", Propn, "NNP", 2, "nsubj"),
                    ("warned", Verb, "VBD", 0, "root"),
                    ("NATO", Propn, "NNP", 2, "iobj"),
                    ("against", Sconj, "IN", 5, "mark"),
                    ("intervening", Verb, "VBG", 2, "advcl"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (2, "obj"),
                    (5, "mark"),
                    (2, "advcl"),
                ],
            ),
            (
                // beside a clause it stays: X told NATO that Y left
                &[
                    ("X", Propn, "NNP", 2, "nsubj"),
                    ("told", Verb, "VBD", 0, "root"),
                    ("NATO", Propn, "NNP", 2, "iobj"),
                    ("that", Sconj, "IN", 6, "mark"),
                    ("Y", Propn, "NNP", 6, "nsubj"),
                    ("left", Verb, "VBD", 2, "ccomp"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (2, "iobj"),
                    (6, "mark"),
                    (6, "nsubj"),
                    (2, "ccomp"),
                ],
            ),
        ];
        for (rows, want) in cases {
            let mut s = sentence(rows);
            super::objects_read_as_indirect(&mut s);
            assert_eq!(parse(&s), want, "{rows:?}");
        }
    }

    #[test]
    fn reports_read_as_conjuncts() {
        let cases: [Case; 2] = [
            (
                // X say the aim would be: `be` a conj of `say` right after it
                &[
                    ("X", Propn, "NNP", 2, "nsubj"),
                    ("say", Verb, "VBP", 0, "root"),
                    ("the", Det, "DT", 4, "det"),
                    ("aim", Noun, "NN", 6, "nsubj"),
                    ("would", Aux, "MD", 6, "aux"),
                    ("be", Verb, "VB", 2, "conj"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (4, "det"),
                    (6, "nsubj"),
                    (6, "aux"),
                    (2, "ccomp"),
                ],
            ),
            (
                // a conjunct with its conjunction stays: X say it and leave
                &[
                    ("X", Propn, "NNP", 2, "nsubj"),
                    ("say", Verb, "VBP", 0, "root"),
                    ("it", Pron, "PRP", 2, "obj"),
                    ("and", Cconj, "CC", 5, "cc"),
                    ("leave", Verb, "VBP", 2, "conj"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (2, "obj"),
                    (5, "cc"),
                    (2, "conj"),
                ],
            ),
        ];
        for (rows, want) in cases {
            let mut s = sentence(rows);
            super::reports_read_as_conjuncts(&mut s);
            assert_eq!(parse(&s), want, "{rows:?}");
        }
    }

    #[test]
    fn reports_read_as_relatives() {
        let cases: [Case; 2] = [
            (
                // X said last week that Gondor would stall, `stall` a relcl of week
                &[
                    ("X", Propn, "NNP", 2, "nsubj"),
                    ("say", Verb, "VBP", 0, "root"),
                    ("last", Adj, "JJ", 4, "amod"),
                    ("week", Noun, "NN", 2, "obl:unmarked"),
                    ("that", Pron, "WDT", 8, "obj"),
                    ("Gondor", Propn, "NNP", 8, "nsubj"),
                    ("would", Aux, "MD", 8, "aux"),
                    ("stall", Verb, "VB", 4, "acl:relcl"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (4, "amod"),
                    (2, "obl:unmarked"),
                    (8, "mark"),
                    (8, "nsubj"),
                    (8, "aux"),
                    (2, "ccomp"),
                ],
            ),
            (
                // a relative whose subject is "that" stays: said the week that passed
                &[
                    ("X", Propn, "NNP", 2, "nsubj"),
                    ("say", Verb, "VBP", 0, "root"),
                    ("week", Noun, "NN", 2, "obl:unmarked"),
                    ("that", Pron, "WDT", 5, "nsubj"),
                    ("passed", Verb, "VBD", 3, "acl:relcl"),
                ],
                &[
                    (2, "nsubj"),
                    (0, "root"),
                    (2, "obl:unmarked"),
                    (5, "nsubj"),
                    (3, "acl:relcl"),
                ],
            ),
        ];
        for (rows, want) in cases {
            let mut s = sentence(rows);
            super::reports_read_as_relatives(&mut s);
            assert_eq!(parse(&s), want, "{rows:?}");
        }
    }
}
