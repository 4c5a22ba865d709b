//! Clauses around a quote, and the noun phrase that names its speaker.

use super::lexicon::{is_in, SKIP_BEFORE_VERB, SPEECH_VERBS, STOP};
use super::speakers::is_acronym;
use crate::words::Word;
use dyad_model::Span;

/// Most opening adverbials skipped before a subject.
const MAX_OPENERS: usize = 3;

/// Words opening an adverbial that ends at a comma before the subject.
#[rustfmt::skip]
const ADVERBIAL_OPENERS: &[&str] = &[
    "at", "in", "on", "after", "before", "during", "speaking", "asked", "later", "earlier",
    "meanwhile", "however", "instead", "despite", "unlike", "like", "with", "without", "for",
    "as", "while", "although", "though", "because", "if", "when", "since", "by", "under",
    "amid", "following", "nonetheless", "nevertheless", "still", "yet", "now", "then",
];

/// Longest speaker noun phrase, in words.
const MAX_NP_WORDS: usize = 8;

/// Abbreviations whose dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sen", "rep", "gov", "jr", "sr", "prof",
    "u.s", "u.n", "u.k", "e.g", "i.e", "no", "vs", "capt", "maj", "sgt", "jan", "feb", "mar",
    "apr", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// True when the byte at `at` (a '.', '!' or '?') ends a sentence.
fn ends_sentence(text: &str, at: usize) -> bool {
    let Some(c) = text[at..].chars().next() else {
        return false;
    };
    if !matches!(c, '.' | '!' | '?') {
        return false;
    }
    let next = text[at + 1..].chars().next();
    if !next.is_none_or_space_or_quote() {
        return false;
    }
    if c == '.' {
        let before = &text[..at];
        let word_start = before
            .char_indices()
            .rev()
            .find(|&(_, ch)| !(ch.is_alphanumeric() || ch == '.'))
            .map_or(0, |(i, ch)| i + ch.len_utf8());
        let word = &before[word_start..];
        if is_in(ABBREVIATIONS, word) || (word.len() == 1 && word.chars().all(char::is_uppercase)) {
            return false;
        }
    }
    true
}

trait NextChar {
    fn is_none_or_space_or_quote(&self) -> bool;
}

impl NextChar for Option<char> {
    fn is_none_or_space_or_quote(&self) -> bool {
        match self {
            None => true,
            Some(c) => c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | ')' | '»'),
        }
    }
}

/// From `from` to the end of its sentence (inclusive of the end mark), stopping before
/// `limit`.
pub(crate) fn clause_after(text: &str, from: usize, limit: usize) -> Span {
    let limit = limit.min(text.len());
    let Some(body) = text.get(from..limit) else {
        return Span::new(from, from);
    };
    for (i, c) in body.char_indices() {
        if matches!(c, '.' | '!' | '?') && ends_sentence(text, from + i) {
            return Span::new(from, from + i + 1);
        }
    }
    Span::new(from, limit)
}

/// From the start of the sentence holding `to` (not before `floor`) up to `to`.
pub(crate) fn clause_before(text: &str, floor: usize, to: usize) -> Span {
    let Some(body) = text.get(floor..to) else {
        return Span::new(to, to);
    };
    let mut start = floor;
    for (i, c) in body.char_indices() {
        if matches!(c, '.' | '!' | '?') && ends_sentence(text, floor + i) {
            start = floor + i + 1;
        }
    }
    Span::new(start, to)
}

/// Is `w` a speech verb?
pub(crate) fn is_speech_verb(w: &Word) -> bool {
    is_in(SPEECH_VERBS, w.text) && w.text.chars().next().is_some_and(char::is_lowercase)
}

/// Could `w` be part of a speaker's noun phrase?
fn np_word(w: &Word) -> bool {
    if w.is_punct() {
        return w.text == "'s" || w.text == "’s" || w.text == "-";
    }
    let t = w.text;
    // "WHO", "US": an acronym is a name, not the function word it spells.
    if w.is_capitalized() && (!is_in(STOP, t) || is_acronym(t)) {
        return true;
    }
    let function_word = is_in(STOP, t) && !is_in(&["the", "a", "an", "of", "for"], t);
    !function_word
        && !is_in(SPEECH_VERBS, t)
        && !(t.len() > 4 && (t.ends_with("ed") || t.ends_with("ing")) && !t.contains('-'))
}

/// "his", "her", "their": a possessive that may open a speaker phrase ("her father").
fn is_possessive(w: &Word) -> bool {
    w.is_any(&["his", "her", "their", "its"])
}

/// The words `[start, end)` naming whoever does verb `v`, found before it:
/// "Dzhemilev (also) said", "the Tatar leader told".
pub(crate) fn np_before(ws: &[Word], v: usize) -> Option<(usize, usize)> {
    let mut end = v;
    let adverb = |w: &Word| {
        is_in(SKIP_BEFORE_VERB, w.text)
            || (w.text.len() > 4 && w.text.ends_with("ly") && !w.is_capitalized())
    };
    while end > 0 && adverb(&ws[end - 1]) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && end - start < MAX_NP_WORDS {
        let w = &ws[start - 1];
        if is_pronoun(w) && start == end {
            start -= 1;
            break;
        }
        if !np_word(w) {
            break;
        }
        start -= 1;
    }
    // "of"/"for" cannot start the phrase.
    while start < end && is_in(&["of", "for", "'s", "’s"], ws[start].text) {
        start += 1;
    }
    if start > 0 && start < end && is_possessive(&ws[start - 1]) {
        start -= 1;
    }
    (start < end).then_some((start, end))
}

/// The words naming the speaker after verb `v`: "said Dzhemilev, ...", "said the minister".
pub(crate) fn np_after(ws: &[Word], v: usize) -> Option<(usize, usize)> {
    let start = v + 1;
    let first = ws.get(start)?;
    if is_pronoun(first) {
        return Some((start, start + 1));
    }
    let mut end = start;
    while end < ws.len() && end - start < MAX_NP_WORDS {
        let w = &ws[end];
        // "said Sen. John Kennedy": the dot of a title's abbreviation is part of it.
        let abbreviation_dot = w.text == "."
            && end > start
            && is_in(ABBREVIATIONS, ws[end - 1].text)
            && ws.get(end + 1).is_some_and(Word::is_capitalized);
        if !abbreviation_dot && (!np_word(w) || (w.is("of") && end == start)) {
            break;
        }
        end += 1;
    }
    // Trailing "of"/"for" belongs to what follows.
    while end > start && is_in(&["of", "for", "the", "a", "an"], ws[end - 1].text) {
        end -= 1;
    }
    (start < end).then_some((start, end))
}

/// A personal pronoun that can name a speaker.
pub(crate) fn is_pronoun(w: &Word) -> bool {
    w.is_any(&["he", "she", "it", "they", "we", "i"])
}

/// The subject at the head of a clause: the first noun phrase before its first verb-like
/// word ("Dzhemilev also criticised ..., saying:").
pub(crate) fn subject(ws: &[Word]) -> Option<(usize, usize)> {
    let mut i = 0;
    // Skip opening adverbials up to their commas: "At the UN, the ambassador told ...",
    // "Instead of retreating, however, HTS grew ...".
    for _ in 0..MAX_OPENERS {
        while ws
            .get(i)
            .is_some_and(|w| w.is_punct() || w.is_any(&["but", "and", "so"]))
        {
            i += 1;
        }
        if !ws.get(i).is_some_and(|w| is_in(ADVERBIAL_OPENERS, w.text)) {
            break;
        }
        match ws[i..].iter().take(10).position(|w| w.text == ",") {
            Some(c) if i + c + 1 < ws.len() => i += c + 1,
            _ => break,
        }
    }
    // Skip openers: punctuation, "But", "And", "On Friday,".
    while i < ws.len() && (ws[i].is_punct() || ws[i].is_any(&["but", "and", "so", "meanwhile"])) {
        i += 1;
    }
    if ws.get(i).is_some_and(is_pronoun) {
        return Some((i, i + 1));
    }
    let start = i;
    if ws.get(i).is_some_and(is_possessive) {
        i += 1;
    }
    while i < ws.len() && i - start < MAX_NP_WORDS && np_word(&ws[i]) {
        i += 1;
    }
    (i > start).then_some((start, i))
}
