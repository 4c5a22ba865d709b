//! Every report of speech in one sentence, by the form of its verb:
//!
//! * a clause after the verb: "X said (on Friday) (that) ...", "X told reporters ...",
//!   "X said in a statement that ...", "X estimated that ...";
//! * an infinitive: "X urged Tatars to ...", "X called on the EU to ...", "X vowed to ...";
//! * "X accused Russia of moving ...";
//! * a participle or a coordinated verb, whose speaker is the clause's subject:
//!   "X denied the claim, saying ...", "X called for calm and said ...";
//! * the attribution after its content: "..., Kurdish commanders said, with ...",
//!   "..., the BBC reported.", "..., said council head Y.".
//!
//! The speaker is the verb's subject in the parse when there is one (following a
//! coordinated verb or participle up to the verb whose subject it shares), else the noun
//! phrase before the verb on the surface.

use super::lexicon::{
    is_in, ACCUSE_VERBS, CLAUSE_VERBS, FINITE_WORDS, INFINITIVE_VERBS, OBJECT_VERBS,
    THAT_ONLY_VERBS,
};
use super::mentions::np_after;
use crate::words::{scan, token_at, Word};
use dyad_model::{Sentence, Span};

mod speaker;
mod tail;

pub(crate) use speaker::is_date_np;
use speaker::speaker;
use tail::tail;

/// Fewest words of reported content worth a quote.
const MIN_CONTENT_WORDS: usize = 3;

/// Most words looked at after the verb (and its object) for the "that", "to" or "of"
/// that opens the content: "said during a televised speech in Ankara on Wednesday that".
const MAX_LOOKAHEAD: usize = 10;

/// Look-ahead for "that" across an aside between commas.
const MAX_THAT_LOOKAHEAD: usize = 18;

/// Most words of a speaker between a comma and a verb that follows its content
/// ("..., senior western officials have told").
const MAX_TAIL_SPEAKER_WORDS: usize = 8;

/// Most candidate verbs examined in one sentence (news sentences have a handful).
const MAX_VERBS_PER_SENTENCE: usize = 32;

/// One report of speech.
#[derive(Debug, Clone)]
pub(crate) struct Report<'a> {
    pub np: Vec<Word<'a>>,
    pub verb: Word<'a>,
    pub content: Span,
    /// The speaker and verb: where another report's content must stop.
    clause: Span,
    /// The attribution follows its content ("..., X said").
    tail: bool,
}

fn lower_verb(w: &Word, list: &[&str]) -> bool {
    is_in(list, w.text) && w.text.chars().next().is_some_and(char::is_lowercase)
}

fn is_report_verb(w: &Word) -> bool {
    lower_verb(w, CLAUSE_VERBS) || lower_verb(w, INFINITIVE_VERBS) || lower_verb(w, ACCUSE_VERBS)
}

fn is_possessive(w: &Word) -> bool {
    w.text == "'s" || w.text == "’s"
}

fn words_in(ws: &[Word]) -> usize {
    ws.iter().filter(|w| !w.is_punct()).count()
}

fn is_sentence_end(w: &Word) -> bool {
    w.is_any(&[".", "!", "?", ";"])
}

/// Words from a verb within which its clause's own verb must come: a short subject, then
/// the verb ("said damage in Chatham County could exceed").
const FINITE_WINDOW: usize = 7;

/// "has a finite verb": a clause, not a noun phrase ("said the deal" is not a report).
fn looks_finite(ws: &[Word]) -> bool {
    let window = &ws[..ws.len().min(FINITE_WINDOW)];
    window.iter().enumerate().any(|(i, w)| {
        // A past form after a subject ("he missed"), not a second verb of the main
        // clause ("announced the deal and called for calm").
        let past = w.text.len() > 4
            && w.text.ends_with("ed")
            && w.text.chars().next().is_some_and(char::is_lowercase)
            && i > 0
            && !window[i - 1].is_any(&["and", "but", "or", "to", ","]);
        is_in(FINITE_WORDS, w.text) || past
    })
}

/// Span of the words `ws[a..b]` without punctuation at either end, except a closing
/// quotation mark whose opening one is inside ('to avert a "massacre"').
fn span_of(ws: &[Word], a: usize, b: usize) -> Option<Span> {
    let part = ws.get(a..b)?;
    let s = part.iter().position(|w| !w.is_punct())?;
    let mut e = part.iter().rposition(|w| !w.is_punct())?;
    let is_mark = |w: &Word| matches!(w.text, "\"" | "“" | "”");
    let open = part[s..=e].iter().filter(|w| is_mark(w)).count() % 2 == 1;
    if open && part.get(e + 1).is_some_and(is_mark) {
        e += 1;
    }
    (words_in(&part[s..=e]) >= MIN_CONTENT_WORDS).then(|| part[s].span.cover(part[e].span))
}

/// Finds every report in the words `ws` of `sentence` (whose parse may be empty).
pub(crate) fn find_all<'a>(text: &'a str, sentence: &Sentence, ws: &[Word<'a>]) -> Vec<Report<'a>> {
    let mut out: Vec<Report> = Vec::new();
    let mut tried = 0;
    for v in 0..ws.len() {
        if !is_report_verb(&ws[v]) || is_noun_here(sentence, ws, v) {
            continue;
        }
        // Each candidate scans its sentence; a "sentence" of thousands of verbs is no
        // prose, and quadratic work on it would stall the batch.
        tried += 1;
        if tried > MAX_VERBS_PER_SENTENCE {
            break;
        }
        // "would say", "to say", "did not say": no report made.
        let bare = ws[v].is("say")
            && v > 0
            && ws[v - 1].is_any(&[
                "would", "could", "will", "to", "did", "does", "do", "not", "can", "may", "might",
                "should", "must", "cannot", "never", "n't",
            ]);
        if bare {
            continue;
        }
        // Passive: "is said to", "were told to leave".
        if v > 0 && ws[v - 1].is_any(&["is", "are", "was", "were", "be", "been", "being"]) {
            continue;
        }
        // "\"...,\" said X": the attribution of a direct quote, found with the quote.
        let mark = |w: &Word| w.is_any(&["\"", "”", "’"]);
        if v > 0 && (mark(&ws[v - 1]) || ws[v - 1].text == "," && v > 1 && mark(&ws[v - 2])) {
            continue;
        }
        let prev = out.last().map(|r| r.np.clone());
        let found = tail(ws, v).or_else(|| forward(text, sentence, ws, v, prev.as_deref()));
        if let Some(r) = found {
            out.push(r);
        }
    }
    // A report relayed by a source after it ("The court said X, News Corp reported"):
    // the words are the court's; the relaying report goes.
    let spoken: Vec<Span> = out.iter().filter(|r| !r.tail).map(|r| r.clause).collect();
    out.retain(|r| {
        !r.tail
            || !spoken
                .iter()
                .any(|c| r.content.start <= c.start && c.end <= r.content.end)
    });
    // A report's content stops where an attribution after it begins: "Kyiv would not
    // give up territory, he said, and ..., the ministry said."
    let clauses: Vec<Span> = out.iter().filter(|r| r.tail).map(|r| r.clause).collect();
    for r in &mut out {
        for c in &clauses {
            if r.content.start < c.start && c.start < r.content.end {
                let keep: Vec<&Word> = ws
                    .iter()
                    .filter(|w| w.span.start >= r.content.start && w.span.end <= c.start)
                    .collect();
                if let Some(last) = keep.iter().rposition(|w| !w.is_punct()) {
                    r.content.end = keep[last].span.end;
                }
            }
        }
    }
    out.retain(|r| words_in(&scan(text, r.content)) >= MIN_CONTENT_WORDS);
    out
}

/// "X said (that) ...", "X urged Y to ...", "X accused Y of ...", "..., saying ...".
fn forward<'a>(
    text: &'a str,
    sentence: &Sentence,
    ws: &[Word<'a>],
    v: usize,
    prev: Option<&[Word<'a>]>,
) -> Option<Report<'a>> {
    let verb = ws[v];
    let end = ws[v..]
        .iter()
        .position(is_sentence_end)
        .map_or(ws.len(), |i| v + i);
    let mut c = v + 1;
    // "called on X to", "appealed to X to".
    if verb.is_any(&["called", "calls", "calling", "call"]) {
        if !ws.get(c).is_some_and(|w| w.is_any(&["on", "upon", "for"])) {
            return None;
        }
        c += 1;
    } else if verb.is_any(&["appealed", "appeals", "appealing"]) {
        if !ws.get(c).is_some_and(|w| w.is("to")) {
            return None;
        }
        c += 1;
    }
    if ws.get(c).is_some_and(|w| w.is_punct() && w.text != ",") {
        return None; // "X said:" opens a direct quote
    }
    // "argued for", "warned against", "spoke about": a topic, not a clause.
    let topic = ws.get(c).is_some_and(|w| {
        w.is_any(&[
            "for", "against", "about", "with", "over", "into", "from", "by", "of",
        ])
    });
    if topic && c == v + 1 {
        return None;
    }
    let infinitive = lower_verb(&verb, INFINITIVE_VERBS);
    let accuse = lower_verb(&verb, ACCUSE_VERBS);
    let clause_verb = lower_verb(&verb, CLAUSE_VERBS);
    let mut start = None;
    // Commas end the look-ahead, except around an aside of a clause verb before its
    // "that" ("said in a phone call with Russia's president, Vladimir Putin, that").
    let reach = if clause_verb {
        MAX_THAT_LOOKAHEAD
    } else {
        MAX_LOOKAHEAD
    };
    let mut commas = 0;
    for i in c..end.min(c + reach) {
        let w = &ws[i];
        if w.text == "," {
            commas += 1;
            let participle = ws.get(i + 1).is_some_and(|n| n.text.ends_with("ing"));
            let aside_ok = clause_verb
                && !participle
                && commas <= 2
                && ws[i..end.min(c + reach)].iter().any(|x| x.is("that"));
            if aside_ok {
                continue;
            }
            break;
        }
        if i >= c + MAX_LOOKAHEAD && !w.is("that") && commas == 0 {
            break;
        }
        if (w.text == "\"" || w.text == "“") && i > c {
            break;
        }
        // "called on both sides to \"return to ...\"": a quote may open the infinitive.
        let next_lower = ws.get(i + 1).is_some_and(|n| {
            n.text.chars().next().is_some_and(char::is_lowercase)
                || (n.text == "\"" || n.text == "“") && w.is("to")
        });
        if clause_verb && w.is("that") {
            start = Some(i + 1);
            break;
        }
        // "to" then a verb, not "to the ..." ("called for an end to the fighting").
        let to_verb = ws.get(i + 1).is_some_and(|n| {
            !n.is_any(&[
                "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those",
                "all", "some", "them", "him", "us", "me",
            ])
        });
        if infinitive && w.is("to") && next_lower && to_verb {
            // "who asked not to be named": anonymity, not a request reported.
            let anonymity = ws.get(i + 1).is_some_and(|n| n.is("be"))
                && ws
                    .get(i + 2)
                    .is_some_and(|n| n.is_any(&["named", "identified", "quoted"]));
            if anonymity {
                return None;
            }
            start = Some(i);
            break;
        }
        // A clause of its own began: "told ITV News he wanted to ..." is no "told X to".
        if w.is_any(&["he", "she", "it", "they", "we", "i"]) || is_in(FINITE_WORDS, w.text) {
            if !clause_verb {
                return None;
            }
            break;
        }
        if accuse && w.is("of") && ws.get(i + 1).is_some_and(|n| n.text.ends_with("ing")) {
            start = Some(i);
            break;
        }
    }
    let start = match start {
        Some(s) => s,
        None if clause_verb && !lower_verb(&verb, THAT_ONLY_VERBS) => {
            let mut s = c;
            if lower_verb(&verb, OBJECT_VERBS) {
                // "told ITV News he ...": the hearer first.
                s = np_after(ws, v).map_or(s, |(_, e)| e);
            }
            s = skip_time(ws, s);
            let has_ccomp = parse_has_ccomp(sentence, verb.span);
            // The clause must be the verb's own: "denied the claim, saying it had ..."
            // reports with "saying", not with "denied".
            let rest = ws.get(s..end).unwrap_or(&[]);
            let own = rest
                .windows(2)
                .position(|p| p[0].text == "," && p[1].text.ends_with("ing"))
                .map_or(rest, |k| &rest[..k]);
            if !(has_ccomp || looks_finite(own)) {
                return None;
            }
            s
        }
        None => return None,
    };
    // An infinitive or "of" report ends where a coordinated clause or report begins:
    // "urged Tatars to stay away from the polls, and a Tatar elder called the vote ...",
    // "urged NATO to intervene and called on the Tatars to ...".
    let end = if ws.get(start).is_some_and(|w| w.is_any(&["to", "of"])) {
        ws.get(start..end)
            .unwrap_or(&[])
            .windows(2)
            .position(|p| {
                (p[0].text == "," && p[1].is_any(&["and", "but", "while"]))
                    || (p[0].is_any(&["and", "but"]) && is_report_verb(&p[1]))
            })
            .map_or(end, |k| start + k)
    } else {
        end
    };
    let content = span_of(ws, start, end)?;
    // "X said A and said B": the second verb's speaker is the first's.
    let coordinated = v > 0 && ws[v - 1].is_any(&["and", "but"]);
    let np = match prev.filter(|_| coordinated) {
        Some(p) => p.to_vec(),
        None => speaker(text, sentence, ws, v)?,
    };
    let clause = np.first().map_or(verb.span, |f| f.span.cover(verb.span));
    Some(Report {
        np,
        verb,
        content,
        clause,
        tail: false,
    })
}

/// "The reports on state TV": a verb form used as a noun, after a determiner.
fn is_noun_here(sentence: &Sentence, ws: &[Word], v: usize) -> bool {
    let det = v > 0
        && ws[v - 1].is_any(&[
            "the", "a", "an", "his", "her", "its", "their", "these", "those",
        ]);
    // The tagger's NOUN for "estimates", "claims" is too often wrong to overrule the
    // surface; a noun's own dependents settle it ("The reports on state TV").
    let _ = sentence;
    det
}

/// Skips "on Thursday", "last week", "earlier", "late on Friday" after a verb.
fn skip_time(ws: &[Word], mut s: usize) -> usize {
    const TIME: &[&str] = &[
        "week",
        "month",
        "year",
        "night",
        "morning",
        "evening",
        "afternoon",
        "weekend",
        "today",
        "yesterday",
        "earlier",
        "later",
        "previously",
        "again",
        "also",
        "repeatedly",
    ];
    for _ in 0..2 {
        let Some(k) = ws[s.min(ws.len())..]
            .iter()
            .take(4)
            .position(|w| is_in(TIME, w.text) || crate::time::lexicon::weekday(w.text).is_some())
        else {
            break;
        };
        let lead = &ws[s..s + k];
        if lead
            .iter()
            .all(|w| w.is_any(&["on", "last", "this", "late", "early", "in", "the"]))
        {
            s += k + 1;
        } else {
            break;
        }
    }
    s
}

fn parse_has_ccomp(sentence: &Sentence, verb: Span) -> bool {
    let Some(id) = token_at(sentence, verb) else {
        return false;
    };
    sentence.children(id).any(|c| {
        sentence
            .token(c)
            .is_some_and(|t| t.deprel.starts_with("ccomp"))
    })
}
