//! Does the clause around a time expression look back or ahead?
//!
//! With a parse: climb from the expression to the verb it attaches to and read that verb
//! ("will" among its auxiliaries → future; past tense → past; an infinitive under "plan",
//! "prepare", "expect" → future; present tense → future, because news names a weekday in
//! the present only for what is coming: "Tatars hold a rally on Sunday").
//! Without one, or when the parse says nothing: the nearest tense cue in the sentence
//! decides ("will", "plans", "ahead of" ahead; "was", "-ed" forms, "ago" back); reporting
//! verbs ("said", "told") date the report, not the event, and are skipped.

use super::lexicon::{FUTURE_CUES, NOT_PAST_ED, PAST_CUES, REPORTING};
use super::resolve::Tense;
use crate::words::{token_at, token_is_past, Word};
use dyad_model::{Sentence, Upos};

/// Verbs whose infinitive complement points ahead ("plans to vote on Sunday").
const AHEAD_VERBS: &[&str] = &[
    "plan", "prepare", "expect", "intend", "schedule", "set", "want", "hope", "aim", "vow",
    "promise", "threaten", "agree", "decide", "due",
];

/// Words looked at on each side for a tense cue: a cue further away belongs to another
/// clause, and the bound keeps long sentences linear.
const CUE_WINDOW: usize = 16;

/// Longest head chain followed; a parse with a cycle must not loop.
const MAX_CLIMB: usize = 32;

/// The tense governing words `[start, end)` of `words`.
pub(crate) fn tense(
    words: &[Word],
    start: usize,
    end: usize,
    sentence: &Sentence,
) -> Option<Tense> {
    if let Some(w) = words.get(start) {
        if let Some(t) = from_parse(sentence, w) {
            return Some(t);
        }
    }
    from_surface(words, start, end)
}

fn from_parse(sentence: &Sentence, w: &Word) -> Option<Tense> {
    if !crate::words::has_parse(sentence) {
        return None;
    }
    let mut id = token_at(sentence, w.span)?;
    let mut steps = 0;
    // Climb to the first verb above the expression.
    loop {
        let t = sentence.token(id)?;
        if matches!(t.upos, Upos::Verb | Upos::Aux) && steps > 0 {
            break;
        }
        if t.head == 0 || steps > MAX_CLIMB {
            return None;
        }
        id = t.head;
        steps += 1;
    }
    for _ in 0..MAX_CLIMB {
        let verb = sentence.token(id)?;
        let mut infinitive = false;
        for c in sentence.children(id) {
            let Some(ct) = sentence.token(c) else {
                continue;
            };
            let f = ct.form.to_ascii_lowercase();
            if ct.deprel.starts_with("aux") {
                if matches!(f.as_str(), "will" | "shall" | "'ll" | "wo") {
                    return Some(Tense::Future);
                }
                // The perfect ("have taken", "has been") reports what has happened.
                if matches!(f.as_str(), "have" | "has" | "had" | "'ve" | "'d") && verb.xpos == "VBN"
                {
                    return Some(Tense::Past);
                }
                if let Some(p) = token_is_past(ct) {
                    return Some(if p { Tense::Past } else { Tense::Future });
                }
            }
            if ct.deprel == "mark" && f == "to" {
                infinitive = true;
            }
        }
        if infinitive {
            let head = sentence.token(verb.head)?;
            let lemma = if head.lemma.is_empty() {
                head.form.to_ascii_lowercase()
            } else {
                head.lemma.to_ascii_lowercase()
            };
            if AHEAD_VERBS.contains(&lemma.as_str()) {
                return Some(Tense::Future);
            }
            id = verb.head;
            continue;
        }
        return match token_is_past(verb) {
            Some(true) => Some(Tense::Past),
            Some(false) => Some(Tense::Future),
            None => None,
        };
    }
    None
}

fn cue(w: &Word) -> Option<(Tense, usize)> {
    if w.is_any(REPORTING) {
        return None;
    }
    if w.is_any(FUTURE_CUES) {
        return Some((Tense::Future, 0));
    }
    if w.is_any(PAST_CUES) {
        return Some((Tense::Past, 0));
    }
    if w.is_any(&["is", "are", "am"]) {
        // Present tense leans ahead, weakly.
        return Some((Tense::Future, 2));
    }
    let t = w.text;
    if t.len() > 4
        && t.ends_with("ed")
        && t.chars().all(|c| c.is_ascii_lowercase())
        && !w.is_any(NOT_PAST_ED)
    {
        return Some((Tense::Past, 0));
    }
    None
}

fn from_surface(words: &[Word], start: usize, end: usize) -> Option<Tense> {
    let mut best: Option<(usize, Tense)> = None;
    let lo = start.saturating_sub(CUE_WINDOW);
    let hi = end.saturating_add(CUE_WINDOW).min(words.len());
    for (k, w) in words.iter().enumerate().take(hi).skip(lo) {
        if (start..end).contains(&k) {
            continue;
        }
        let Some((t, penalty)) = cue(w) else { continue };
        let d = if k < start { start - k } else { k + 1 - end } + penalty;
        best = match best {
            Some((bd, bt)) if bd < d || (bd == d && bt == Tense::Future) => Some((bd, bt)),
            _ => Some((d, t)),
        };
    }
    best.map(|(_, t)| t)
}
