//! Who made a report: the verb's subject in the parse (following a coordinated verb or a
//! participle up to the verb whose subject it shares, and a relative "who" to its noun),
//! else the noun phrase before the verb on the surface.

use super::{is_report_verb, is_sentence_end, words_in, MAX_TAIL_SPEAKER_WORDS};
use crate::quotes::lexicon::{is_in, FINITE_WORDS, SKIP_BEFORE_VERB};
use crate::quotes::mentions::{np_before, subject};
use crate::time::lexicon::{month, weekday};
use crate::words::{has_parse, scan, token_at, Word};
use dyad_model::{Sentence, Span, Upos};

/// Longest parse subject taken as a speaker, in words; longer is a parse error.
const MAX_SUBJECT_WORDS: usize = 24;

/// Hops up the parse from a participle or coordinated verb to the verb with a subject.
const MAX_HOPS: usize = 3;

/// A date is no speaker: "and on 10 January declared".
pub(crate) fn is_date_np(ws: &[Word]) -> bool {
    ws.iter().filter(|w| !w.is_punct()).all(|w| {
        w.text.chars().all(|c| c.is_ascii_digit())
            || month(w.text).is_some()
            || weekday(w.text).is_some()
            || w.is_any(&["on", "last", "week"])
    })
}

/// The speaker of verb `v`: its subject in the parse, else on the surface.
pub(super) fn speaker<'a>(
    text: &'a str,
    sentence: &Sentence,
    ws: &[Word<'a>],
    v: usize,
) -> Option<Vec<Word<'a>>> {
    if let Some(mut span) = parse_subject(sentence, ws[v].span) {
        // "Prakash's lawyer Mehmet Alper Unver said", "Russia's foreign ministry said": the
        // parse's subject may stop short of the verb; the words up to it belong to it.
        let between: Vec<&Word> = ws
            .iter()
            .filter(|w| w.span.start >= span.end && w.span.end <= ws[v].span.start)
            .collect();
        let np_like = between.iter().all(|w| {
            let adverb =
                is_in(SKIP_BEFORE_VERB, w.text) || w.text.ends_with("ly") && !w.is_capitalized();
            !w.is_punct() && !is_in(FINITE_WORDS, w.text) && !is_report_verb(w) && !adverb
        }) && between.len() <= 4;
        if span.end <= ws[v].span.start && np_like {
            if let Some(last) = between.last() {
                span = span.cover(last.span);
            }
        }
        let np = scan(text, span);
        if !np.is_empty() && words_in(&np) <= MAX_SUBJECT_WORDS && !is_date_np(&np) {
            return Some(np);
        }
    }
    let participle = ws[v].text.ends_with("ing") && v > 0 && ws[v - 1].text == ",";
    let coordinated = ws[..v]
        .iter()
        .rev()
        .take(5)
        .take_while(|w| !w.is_punct())
        .any(|w| w.is_any(&["and", "but"]));
    let sentence_start = ws[..v]
        .iter()
        .rposition(is_sentence_end)
        .map_or(0, |i| i + 1);
    let own = np_before(ws, v).filter(|&(s, e)| {
        !is_date_np(&ws[s..e])
            && (s == sentence_start
                || ws.get(s.wrapping_sub(1)).is_some_and(|w| {
                    w.text == "," || w.is_any(&["and", "but", "that", "which", "who", "whom"])
                }))
    });
    // "..., Turkey's president and foreign minister, who warned that": the noun the
    // relative pronoun stands for.
    let relative = (v >= 2 && ws[v - 1].is("who") && ws[v - 2].text == ",")
        .then(|| np_before(ws, v - 2))
        .flatten();
    if let Some((s, e)) = relative.filter(|_| own.is_none()) {
        return Some(ws[s..e].to_vec());
    }
    // "Alloush said, saying ...": the speaker of the verb just before.
    if participle && v >= 2 && is_report_verb(&ws[v - 2]) {
        if let Some((s, e)) = np_before(ws, v - 2) {
            return Some(ws[s..e].to_vec());
        }
    }
    let (s, e) = if participle || (coordinated && own.is_none()) {
        let (s, e) = subject(&ws[sentence_start..v])?;
        (s + sentence_start, e + sentence_start)
    } else if let Some(np) = own {
        np
    } else {
        // "Foreign Minister X, speaking after talks, said": subject, aside, verb.
        let (s, e) = subject(&ws[sentence_start..v])?;
        let (s, e) = (s + sentence_start, e + sentence_start);
        // "Police in London said": the subject with a place or body after it.
        let located = ws
            .get(e)
            .is_some_and(|w| w.is_any(&["in", "of", "for", "at", "near", "from", "on"]))
            && v - e <= MAX_TAIL_SPEAKER_WORDS
            && ws[e..v].iter().all(|w| {
                let adverb = is_in(SKIP_BEFORE_VERB, w.text)
                    || w.text.ends_with("ly") && !w.is_capitalized();
                !w.is_punct() && !is_in(FINITE_WORDS, w.text) && !is_report_verb(w) && !adverb
            });
        if located && s <= sentence_start + 8 {
            return Some(ws[s..v].to_vec());
        }
        // "The UN refugee agency, ... ," or "(UNHCR)" between subject and verb.
        if ws.get(e).is_none_or(|w| w.text != "," && w.text != "(") || s > sentence_start + 8 {
            return None;
        }
        let mut k = v;
        while k > e && (ws[k - 1].is_punct() || ws[k - 1].is_any(&["has", "had", "have", "also"])) {
            k -= 1;
        }
        let aside = ws.get(e + 1..k).unwrap_or(&[]);
        let named = aside.len() <= 4 && aside.first().is_some_and(Word::is_capitalized);
        if named {
            (s, k)
        } else {
            (s, e)
        }
    };
    // The parse knows a verb the surface took for a noun: "HTS grew bolder, and ...".
    let e = (s..e)
        .find(|&i| {
            i > s
                && token_at(sentence, ws[i].span)
                    .and_then(|id| sentence.token(id))
                    .is_some_and(|t| matches!(t.upos, Upos::Verb | Upos::Aux))
        })
        .unwrap_or(e);
    let np = ws[s..e].to_vec();
    (!np.is_empty() && !is_date_np(&np)).then_some(np)
}

/// Bytes of the parse subject of the verb at `verb`, following coordinated verbs and
/// participles up to the verb whose subject they share, and a relative "who" to the noun
/// it stands for.
fn parse_subject(sentence: &Sentence, verb: Span) -> Option<Span> {
    if !has_parse(sentence) {
        return None;
    }
    let mut id = token_at(sentence, verb)?;
    for _ in 0..=MAX_HOPS {
        let subj = sentence.children(id).find(|&c| {
            sentence
                .token(c)
                .is_some_and(|t| t.deprel == "nsubj" || t.deprel.starts_with("nsubj:"))
        });
        if let Some(s) = subj {
            let t = sentence.token(s)?;
            if t.form.eq_ignore_ascii_case("who") || t.form.eq_ignore_ascii_case("which") {
                let tok = sentence.token(id)?;
                return tok
                    .deprel
                    .starts_with("acl")
                    .then(|| noun_phrase(sentence, tok.head))
                    .flatten();
            }
            return noun_phrase(sentence, s);
        }
        let tok = sentence.token(id)?;
        let rel = tok.deprel.split(':').next().unwrap_or("");
        if !matches!(rel, "conj" | "advcl" | "xcomp") || tok.head == 0 {
            return None;
        }
        id = tok.head;
    }
    None
}

/// Bytes of token `id` and its dependents, without relative clauses hanging off the head
/// ("Pablo Beltrán, who leads the delegation,") nor punctuation at the ends.
fn noun_phrase(sentence: &Sentence, id: usize) -> Option<Span> {
    let head = sentence.token(id)?;
    let mut span = head.span;
    let skip: Vec<usize> = sentence
        .children(id)
        .filter(|&c| {
            sentence
                .token(c)
                .is_some_and(|t| t.deprel.starts_with("acl") || t.deprel == "punct")
        })
        .collect();
    for (i, t) in sentence.tokens.iter().enumerate() {
        let mut at = i + 1;
        for _ in 0..64 {
            if skip.contains(&at) {
                break;
            }
            if at == id {
                if t.deprel != "punct" {
                    span = span.cover(t.span);
                }
                break;
            }
            match sentence.token(at) {
                Some(tok) if tok.head != 0 => at = tok.head,
                _ => break,
            }
        }
    }
    Some(span)
}
