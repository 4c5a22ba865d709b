//! Indirect speech: "Dzhemilev said the referendum had no meaning.", "X told reporters
//! that ...", "according to X, ...", "..., X said."

use super::lexicon::{is_in, INDIRECT_VERBS};
use super::mentions::{np_after, np_before, subject};
use crate::words::Word;
use dyad_model::Span;

/// Fewest words of reported content worth a quote.
const MIN_CONTENT_WORDS: usize = 3;

/// Indirect speech found in one sentence.
pub(crate) struct Indirect<'a> {
    pub np: Vec<Word<'a>>,
    pub verb: Word<'a>,
    pub content: Span,
}

fn content_span(ws: &[Word]) -> Option<Span> {
    let s = ws.iter().position(|w| !w.is_punct())?;
    let e = ws.iter().rposition(|w| !w.is_punct())?;
    let words = ws[s..=e].iter().filter(|w| !w.is_punct()).count();
    (words >= MIN_CONTENT_WORDS).then(|| ws[s].span.cover(ws[e].span))
}

fn is_verb(w: &Word) -> bool {
    is_in(INDIRECT_VERBS, w.text) && w.text.chars().next().is_some_and(char::is_lowercase)
}

/// Finds reported speech in the words of one sentence.
pub(crate) fn find<'a>(ws: &[Word<'a>]) -> Option<Indirect<'a>> {
    let start = ws.iter().position(|w| !w.is_punct())?;
    // "According to X, CONTENT."
    if ws[start].is("according") && ws.get(start + 1).is_some_and(|w| w.is("to")) {
        let (s, e) = np_after(ws, start + 1)?;
        let comma = ws.iter().skip(e).position(|w| w.text == ",")? + e;
        return Some(Indirect {
            np: ws[s..e].to_vec(),
            verb: according(ws, start),
            content: content_span(&ws[comma + 1..])?,
        });
    }
    // "CONTENT, according to X."
    if let Some(k) = ws.iter().rposition(|w| w.is("according")) {
        if k > 0 && ws[k - 1].text == "," && ws.get(k + 1).is_some_and(|w| w.is("to")) {
            let (s, e) = np_after(ws, k + 1)?;
            return Some(Indirect {
                np: ws[s..e].to_vec(),
                verb: according(ws, k),
                content: content_span(&ws[..k - 1])?,
            });
        }
    }
    // "CONTENT, X said." / "CONTENT, said X."
    if let Some(c) = ws.iter().rposition(|w| w.text == ",") {
        let tail = &ws[c + 1..];
        let words = tail.iter().filter(|w| !w.is_punct()).count();
        if (2..=6).contains(&words) {
            if let Some(v) = tail.iter().position(is_verb) {
                let np = if v == 0 {
                    np_after(tail, 0)
                } else {
                    np_before(tail, v).filter(|&(s, _)| s == 0)
                };
                // The attribution ends the sentence, or only an adverbial follows
                // ("..., said the minister on Friday"), not a clause ("said the count
                // was over").
                let last = np.map_or(0, |(_, e)| e.max(v + 1));
                let rest = &tail[last.min(tail.len())..];
                let np = np.filter(|_| {
                    rest.iter().find(|w| !w.is_punct()).is_none_or(|w| {
                        w.is_any(&[
                            "on",
                            "in",
                            "at",
                            "during",
                            "after",
                            "before",
                            "yesterday",
                            "today",
                            "late",
                            "earlier",
                            "last",
                            "this",
                        ])
                    })
                });
                if let Some((s, e)) = np {
                    return Some(Indirect {
                        np: tail[s..e].to_vec(),
                        verb: tail[v],
                        content: content_span(&ws[..c])?,
                    });
                }
            }
        }
    }
    // "X said (on Friday) (that) CONTENT", "X told reporters (that) CONTENT",
    // "X criticised the West, saying CONTENT".
    let v = ws
        .iter()
        .take(14)
        .position(|w| is_verb(w) || w.is("saying"))?;
    if v > 0 && ws[v - 1].is_any(&["was", "were", "is", "are", "be", "been"]) {
        return None; // passive: "is said to"
    }
    let np = if ws[v].is("saying") {
        subject(&ws[..v])
    } else {
        np_before(ws, v)
            .filter(|&(s, _)| {
                s == start
                    || s.checked_sub(1)
                        .and_then(|p| ws.get(p))
                        .is_some_and(|w| w.text == ",")
            })
            .or_else(|| {
                // "Foreign Minister Lukas Brandt, speaking after talks, said ...": the
                // subject, then an aside between commas, then the verb.
                let subj = subject(&ws[..v]).filter(|&(s, _)| s <= start + 4)?;
                if ws.get(subj.1).is_none_or(|w| w.text != ",") {
                    return None;
                }
                // "The Turkish president, Recep Tayyip Erdoğan, has said": keep the name.
                let mut e = v;
                while e > subj.1
                    && (ws[e - 1].is_punct() || ws[e - 1].is_any(&["has", "had", "have", "also"]))
                {
                    e -= 1;
                }
                let aside = ws.get(subj.1 + 1..e).unwrap_or(&[]);
                let named = aside.len() <= 4 && aside.first().is_some_and(Word::is_capitalized);
                Some(if named { (subj.0, e) } else { subj })
            })
    }?;
    let mut c = v + 1;
    if let Some(t) = ws.iter().skip(c).take(8).position(|w| w.is("that")) {
        c += t + 1;
    } else if ws[v].is_any(&["told", "tells"]) {
        let (_, e) = np_after(ws, v)?;
        c = e;
    }
    if ws.get(c).is_some_and(|w| w.is_punct() && w.text != ",") {
        return None; // "X said:" introduces a direct quote, handled elsewhere
    }
    Some(Indirect {
        np: ws[np.0..np.1].to_vec(),
        verb: ws[v],
        content: content_span(&ws[c..])?,
    })
}

fn according<'a>(ws: &[Word<'a>], k: usize) -> Word<'a> {
    let span = ws
        .get(k + 1)
        .map_or(ws[k].span, |to| ws[k].span.cover(to.span));
    Word {
        span,
        text: "according to",
    }
}
