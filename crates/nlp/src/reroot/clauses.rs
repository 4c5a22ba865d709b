//! Clauses and coordination the neural parsers misread: a second verb after "and" taken
//! for an adjective of its object, a verb taken for an auxiliary of the participle
//! after it, and a "that"-clause taken for a phrase. The repairs
//! work on the written sentence (1-based heads, relation names), like the other
//! repairs in `reroot.rs`, and so apply to either parser.

use super::parent;
use dyad_model::{Sentence, Token, Upos};

/// A verb in the past right after "and", read as an adjective (`amod`) of the noun right
/// after it, with the "and" on that noun and the noun a conjunct of a noun inside an
/// earlier verb's phrase ("condemned an attack by soldiers in the south and promised aid
/// to the villages", with `aid` a conjunct of `south`): an adjective never follows "and"
/// bare, with the noun it describes coordinated into another verb's object. The verb is
/// that earlier verb's conjunct, the noun its object, the "and" its own; only where the
/// noun stands as an object would (see below), since "and convicted spy X" is a phrase.
pub(crate) fn verbs_read_as_modifiers(s: &mut Sentence) {
    let n = s.tokens.len();
    for v in 1..n.saturating_sub(1) {
        let t = &s.tokens;
        // The noun: right after the verb, or after modifiers of its own ("and blamed
        // Paraguayan police", with `Paraguayan` a `compound` of `police`; session 9).
        let Some(o) = parent(t, v).filter(|&o| o > v) else {
            continue;
        };
        let cc = v - 1;
        let modifiers = (v + 1..o).all(|k| {
            parent(t, k) == Some(o) && matches!(t[k].upos, Upos::Adj | Upos::Propn | Upos::Noun)
        });
        let shape = t[v].deprel == "amod"
            && t[v].upos == Upos::Verb
            && matches!(t[v].xpos.as_str(), "VBD" | "VBN")
            && modifiers
            && t[o].deprel == "conj"
            && matches!(t[o].upos, Upos::Noun | Upos::Propn)
            && t[cc].deprel == "cc"
            && t[cc].form.eq_ignore_ascii_case("and")
            && matches!(parent(t, cc), Some(h) if h == o || h == v);
        let Some(x) = parent(t, o).filter(|&x| shape && x < cc) else {
            continue;
        };
        if !matches!(t[x].upos, Upos::Noun | Upos::Propn | Upos::Pron) {
            continue;
        }
        // The verb whose phrase holds the first conjunct; clauses rarely nest deeper.
        let mut a = x;
        let mut up = None;
        for _ in 0..6 {
            match parent(t, a) {
                Some(h) if t[h].upos == Upos::Verb => {
                    up = Some(h);
                    break;
                }
                Some(h) => a = h,
                None => break,
            }
        }
        let Some(up) = up.filter(|&u| u < x) else {
            continue;
        };
        // A participle before a title ("and convicted spy Azzam Azzam") describes it.
        // The object must stand where a second verb's would: the first conjunct the
        // earlier verb's object ("revived farmland and built schools"), or the noun
        // with a phrase of its own ("and promised aid to the villages").
        let kids = |h: usize| (0..n).filter(move |&k| parent(t, k) == Some(h));
        let named = kids(o).any(|k| k > o && t[k].upos == Upos::Propn);
        let phrase = kids(o).any(|k| {
            k > o
                && (t[k].deprel.starts_with("nmod") || t[k].deprel.starts_with("obl"))
                && kids(k).any(|c| t[c].deprel == "case" && t[c].upos == Upos::Adp)
        });
        let object = a == x && t[x].deprel == "obj";
        if named || !(object || phrase) {
            continue;
        }
        let set = |t: &mut Token, h: usize, rel: &str| {
            t.head = h + 1;
            t.deprel.clear();
            t.deprel.push_str(rel);
        };
        set(&mut s.tokens[v], up, "conj");
        set(&mut s.tokens[o], v, "obj");
        set(&mut s.tokens[cc], v, "cc");
    }
}

/// A lexical verb read as an auxiliary of the participle after it ("Arnor will abandon
/// improved relations", with `abandon` an `aux` of `improved` and `improved` the
/// predicate, `relations` its object): a verb (the tagger's VERB, not AUX) is never an
/// auxiliary, so it is the predicate, takes the participle's place and dependents, and
/// the participle describes the object right after it. So too "used" with no "to"
/// before a verb whose object follows it ("police used tear gas": "tear" is a noun of
/// the object).
pub(crate) fn verbs_read_as_auxiliaries(s: &mut Sentence) {
    let n = s.tokens.len();
    for a in 0..n {
        let t = &s.tokens;
        let Some(p) = parent(t, a).filter(|&p| p == a + 1) else {
            continue;
        };
        let shape = t[a].deprel == "aux"
            && t[a].upos == Upos::Verb
            && t[a].xpos == "VB"
            && matches!(t[p].xpos.as_str(), "VBN" | "VBD");
        // "used" is an auxiliary only before "to" ("used to live"): "police used tear gas",
        // read as "used [to] tear gas", has `used` the predicate and "tear" a noun of
        // the object right after it.
        let used = t[a].deprel == "aux"
            && t[a].form.eq_ignore_ascii_case("used")
            && matches!(t[a].xpos.as_str(), "VBD" | "VBN")
            && t[p].upos == Upos::Verb;
        // The participle's object, after it with only the object's own words between.
        let object = (p + 1..n).find(|&o| parent(t, o) == Some(p) && t[o].deprel == "obj");
        let Some(o) = object.filter(|&o| {
            shape && (p + 1..o).all(|k| parent(t, k) == Some(o)) || used && o == p + 1
        }) else {
            continue;
        };
        let (head, deprel) = (s.tokens[p].head, s.tokens[p].deprel.clone());
        for (k, x) in s.tokens.iter_mut().enumerate() {
            if k != a && x.head == p + 1 {
                x.head = a + 1;
            }
        }
        let verb = &mut s.tokens[a];
        verb.head = head;
        verb.deprel = deprel;
        let participle = &mut s.tokens[p];
        participle.head = o + 1;
        participle.deprel = if used { "compound" } else { "amod" }.to_string();
        if used {
            participle.upos = Upos::Noun;
            participle.xpos = "NN".to_string();
        }
    }
}

/// Clause words read as phrase words. A subordinator "that" hung on the subject of the
/// clause as its `case` ("expressed hopes that Osgiliath could be drawn ...") marks the
/// clause's verb, and that clause is the `ccomp` the parser would have given it had it
/// seen the "that", not a `parataxis`. And a noun predicate with a subordinator and a
/// copula of its own ("allowed that Mordor isn't a place to visit", `place` read as the
/// object) is a clause too: an object takes neither.
pub(crate) fn clauses_read_as_phrases(s: &mut Sentence) {
    let n = s.tokens.len();
    for m in 0..n {
        let t = &s.tokens;
        let that = t[m].form.eq_ignore_ascii_case("that")
            && t[m].upos == Upos::Sconj
            && t[m].deprel == "case";
        let Some(subj) = parent(t, m).filter(|_| that) else {
            continue;
        };
        let Some(v) = parent(t, subj)
            .filter(|&v| v > subj && matches!(t[subj].deprel.as_str(), "nsubj" | "nsubj:pass"))
        else {
            continue;
        };
        if t[v].deprel == "parataxis" {
            s.tokens[v].deprel = "ccomp".to_string();
        }
        s.tokens[m].head = v + 1;
        s.tokens[m].deprel = "mark".to_string();
    }
    for p in 0..n {
        let t = &s.tokens;
        let child = |rel: &str| (0..p).any(|k| parent(t, k) == Some(p) && t[k].deprel == rel);
        if t[p].deprel == "obj" && child("mark") && child("cop") {
            s.tokens[p].deprel = "ccomp".to_string();
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// One word of a hand-written parse: (form, upos, xpos, head, deprel).
    pub(in crate::reroot) type Row = (&'static str, Upos, &'static str, usize, &'static str);

    /// A repair test: the words, and every word's (head, deprel) after the repair.
    pub(in crate::reroot) type Case = (&'static [Row], &'static [(usize, &'static str)]);

    /// (form, upos, xpos, head, deprel) rows; the lemma is the form.
    pub(in crate::reroot) fn sentence(rows: &[(&str, Upos, &str, usize, &str)]) -> Sentence {
        Sentence {
            tokens: rows
                .iter()
                .map(|&(form, upos, xpos, head, deprel)| Token {
                    form: form.into(),
                    lemma: form.into(),
                    upos,
                    xpos: xpos.into(),
                    head,
                    deprel: deprel.into(),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }

    /// Every word's (head, relation).
    pub(in crate::reroot) fn parse(s: &Sentence) -> Vec<(usize, &str)> {
        s.tokens
            .iter()
            .map(|t| (t.head, t.deprel.as_str()))
            .collect()
    }

    use Upos::{Adp, Cconj, Noun, Propn, Sconj, Verb};

    #[test]
    fn past_verbs_after_and_read_as_modifiers() {
        // x(nsubj) condemned(root) attack(obj) in(case) south(nmod of attack) and(cc of aid)
        // promised(amod of aid) aid(conj of south) to(case) villages(nmod of aid)
        let rows = [
            ("x", Propn, "NNP", 2, "nsubj"),
            ("condemned", Verb, "VBD", 0, "root"),
            ("attack", Noun, "NN", 2, "obj"),
            ("in", Adp, "IN", 5, "case"),
            ("south", Propn, "NNP", 3, "nmod"),
            ("and", Cconj, "CC", 8, "cc"),
            ("promised", Verb, "VBN", 8, "amod"),
            ("aid", Noun, "NN", 5, "conj"),
            ("to", Adp, "IN", 10, "case"),
            ("villages", Noun, "NNS", 8, "nmod"),
        ];
        let mut s = sentence(&rows);
        verbs_read_as_modifiers(&mut s);
        let got = parse(&s);
        assert_eq!(&got[5..8], [(7, "cc"), (2, "conj"), (7, "obj")]);
        // revived(root) farmland(obj) and built(amod) schools(conj of farmland)
        let mut s = sentence(&[
            ("zone", Noun, "NN", 2, "nsubj"),
            ("revived", Verb, "VBD", 0, "root"),
            ("farmland", Noun, "NN", 2, "obj"),
            ("and", Cconj, "CC", 6, "cc"),
            ("built", Verb, "VBN", 6, "amod"),
            ("schools", Noun, "NNS", 3, "conj"),
        ]);
        verbs_read_as_modifiers(&mut s);
        assert_eq!(parse(&s)[4], (2, "conj"));
        // revived(root) farmland(obj) and blamed(amod) Western(compound) police(conj
        // of farmland) for(case) deaths(nmod of police): modifiers between verb and noun
        let mut s = sentence(&[
            ("zone", Noun, "NN", 2, "nsubj"),
            ("revived", Verb, "VBD", 0, "root"),
            ("farmland", Noun, "NN", 2, "obj"),
            ("and", Cconj, "CC", 7, "cc"),
            ("blamed", Verb, "VBN", 7, "amod"),
            ("Western", Propn, "NNP", 7, "compound"),
            ("police", Noun, "NNS", 3, "conj"),
            ("for", Adp, "IN", 9, "case"),
            ("deaths", Noun, "NNS", 7, "nmod"),
        ]);
        verbs_read_as_modifiers(&mut s);
        let got = parse(&s);
        assert_eq!(
            &got[3..7],
            [(5, "cc"), (2, "conj"), (7, "compound"), (5, "obj")]
        );
        // Unchanged: a participle before a title and name inside a phrase ("freedom for
        // the businessman and convicted spy Azzam"), and an adjective after "and".
        let spy = [
            ("includes", Verb, "VBZ", 0, "root"),
            ("freedom", Noun, "NN", 1, "obj"),
            ("for", Adp, "IN", 4, "case"),
            ("businessman", Noun, "NN", 2, "nmod"),
            ("and", Cconj, "CC", 7, "cc"),
            ("convicted", Verb, "VBN", 7, "amod"),
            ("spy", Noun, "NN", 4, "conj"),
            ("Azzam", Propn, "NNP", 7, "flat"),
        ];
        let mut adjective = rows;
        adjective[6].1 = Upos::Adj;
        for rows in [&spy[..], &adjective[..]] {
            let mut s = sentence(rows);
            let before = s.clone();
            verbs_read_as_modifiers(&mut s);
            assert_eq!(s, before);
        }
        verbs_read_as_modifiers(&mut Sentence::default());
    }

    #[test]
    fn that_clauses_read_as_phrases() {
        // hoped(root) that(case of x) x(nsubj:pass) could be drawn(parataxis)
        let mut s = sentence(&[
            ("e", Propn, "NNP", 2, "nsubj"),
            ("hoped", Verb, "VBD", 0, "root"),
            ("that", Sconj, "IN", 4, "case"),
            ("x", Propn, "NNP", 5, "nsubj:pass"),
            ("drawn", Verb, "VBN", 2, "parataxis"),
        ]);
        clauses_read_as_phrases(&mut s);
        assert_eq!(
            parse(&s)[2..],
            [(5, "mark"), (5, "nsubj:pass"), (2, "ccomp")]
        );
        // allowed(root) that(mark of place) m(nsubj) is(cop) place(obj): a clause.
        let mut s = sentence(&[
            ("allowed", Verb, "VBD", 0, "root"),
            ("that", Sconj, "IN", 5, "mark"),
            ("m", Propn, "NNP", 5, "nsubj"),
            ("is", Upos::Aux, "VBZ", 5, "cop"),
            ("place", Noun, "NN", 1, "obj"),
        ]);
        clauses_read_as_phrases(&mut s);
        assert_eq!(s.tokens[4].deprel, "ccomp");
        // "that" as a determiner of an object stays, and so does a plain object.
        let mut s = sentence(&[
            ("saw", Verb, "VBD", 0, "root"),
            ("that", Upos::Det, "DT", 3, "det"),
            ("place", Noun, "NN", 1, "obj"),
        ]);
        let before = s.clone();
        clauses_read_as_phrases(&mut s);
        assert_eq!(s, before);
    }

    #[test]
    fn verbs_read_as_auxiliaries_are_predicates() {
        // a(nsubj of improved) will(aux) abandon(VERB aux of improved) improved(root)
        // relations(obj of improved) .(punct)
        let rows = [
            ("a", Propn, "NNP", 4, "nsubj"),
            ("will", Upos::Aux, "MD", 4, "aux"),
            ("abandon", Verb, "VB", 4, "aux"),
            ("improved", Verb, "VBN", 0, "root"),
            ("relations", Noun, "NNS", 4, "obj"),
            (".", Upos::Punct, ".", 4, "punct"),
        ];
        let mut s = sentence(&rows);
        verbs_read_as_auxiliaries(&mut s);
        let want = [
            (3, "nsubj"),
            (3, "aux"),
            (0, "root"),
            (5, "amod"),
            (3, "obj"),
            (3, "punct"),
        ];
        assert_eq!(parse(&s), want);
        // A true auxiliary ("will have improved relations") stays.
        let mut aux = rows;
        aux[2] = ("have", Upos::Aux, "VB", 4, "aux");
        let mut s = sentence(&aux);
        let before = s.clone();
        verbs_read_as_auxiliaries(&mut s);
        assert_eq!(s, before);
        verbs_read_as_auxiliaries(&mut Sentence::default());
    }

    #[test]
    fn used_without_to_is_the_predicate() {
        // police(nsubj of tear) used(aux of tear) tear(root) gas(obj of tear) .(punct)
        let rows = [
            ("police", Noun, "NNS", 3, "nsubj"),
            ("used", Verb, "VBD", 3, "aux"),
            ("tear", Verb, "VB", 0, "root"),
            ("gas", Noun, "NN", 3, "obj"),
            (".", Upos::Punct, ".", 3, "punct"),
        ];
        let mut s = sentence(&rows);
        verbs_read_as_auxiliaries(&mut s);
        let want = [
            (2, "nsubj"),
            (0, "root"),
            (4, "compound"),
            (2, "obj"),
            (2, "punct"),
        ];
        assert_eq!(parse(&s), want);
        assert_eq!(s.tokens[2].upos, Noun);
        // "used to" stays: "to" is no noun of an object.
        let mut to = rows.to_vec();
        to.insert(2, ("to", Upos::Part, "TO", 4, "mark"));
        for r in &mut to {
            if r.3 == 3 {
                r.3 = 4;
            }
        }
        to[3] = ("live", Verb, "VB", 0, "root");
        to[4] = ("here", Upos::Adv, "RB", 4, "advmod");
        let mut s = sentence(&to);
        let before = s.clone();
        verbs_read_as_auxiliaries(&mut s);
        assert_eq!(s, before);
    }
}
