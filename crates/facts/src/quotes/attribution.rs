//! Where a direct quote says who said it: after it (`"...," Dzhemilev said`), inside it
//! (`"...," he said, "..."`), before it (`He said: "..."`, `according to X, "..."`), or
//! around a partial quote (`He called the vote "a farce".`).

use super::lexicon::{is_in, FRAMING_VERBS, SLOGAN_WORDS, WRITTEN_WORDS};
use super::marks::Group;
use super::mentions::{
    clause_after, clause_before, is_pronoun, is_speech_verb, np_after, np_before, subject,
};
use crate::words::{scan, Word};
use dyad_model::Span;

/// How the attribution was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Frame {
    /// After the quote.
    After,
    /// Between the halves of a split quote.
    Inner,
    /// Before the quote, ending in ":" or ",".
    Before,
    /// A phrase quoted inside a sentence whose subject speaks.
    Partial,
    /// A slogan, sign or chant.
    Slogan,
    /// A phrase quoted inside a sentence with no speaking verb: scare quotes.
    Scare,
    /// Nothing around it.
    None,
}

/// What was found around a quote.
#[derive(Debug, Clone)]
pub(crate) struct Attribution<'a> {
    pub frame: Frame,
    /// The words naming the speaker.
    pub np: Vec<Word<'a>>,
    /// The attribution verb ("said", "according to").
    pub verb: Option<Word<'a>>,
    /// Bytes of the attribution clause, to extend the quote's span.
    pub clause: Option<Span>,
    /// The quote opens inside a sentence after a word (a partial quote).
    pub embedded: bool,
}

impl<'a> Attribution<'a> {
    fn new(frame: Frame) -> Self {
        Attribution {
            frame,
            np: Vec::new(),
            verb: None,
            clause: None,
            embedded: false,
        }
    }
}

fn first_word(ws: &[Word]) -> usize {
    ws.iter().position(|w| !w.is_punct()).unwrap_or(ws.len())
}

/// Finds the attribution of `g`. `floor` is where the paragraph's previous quote ended;
/// `limit` where the next one opens (or the paragraph ends).
pub(crate) fn attribute<'a>(
    text: &'a str,
    g: &Group,
    floor: usize,
    limit: usize,
) -> Attribution<'a> {
    let (Some(first), Some(last)) = (g.parts.first(), g.parts.last()) else {
        return Attribution::new(Frame::None);
    };
    let before_span = clause_before(text, floor, first.open);
    let before = scan(text, before_span);
    let embedded = before
        .last()
        .is_some_and(|w| !w.is_punct() && !w.is("saying"));
    let slogan = before
        .iter()
        .rev()
        .take(10)
        .any(|w| is_in(SLOGAN_WORDS, w.text));

    if let Some(inner) = g.inner {
        let ws = scan(text, inner);
        if let Some(mut a) = after_verb(&ws, 0, Frame::Inner) {
            a.clause = Some(inner);
            a.embedded = embedded;
            return a;
        }
    }
    let after_span = clause_after(text, last.after, limit);
    let after = scan(text, after_span);
    let content = last.content.slice(text);
    let open_ended = !content.ends_with('.') || after.first().is_some_and(|w| w.text == ",");
    if !slogan && last.closed {
        let f = first_word(&after);
        let verb_first = after.get(f).is_some_and(is_speech_verb);
        if open_ended || verb_first {
            if let Some(mut a) = after_verb(&after, f, Frame::After) {
                a.clause = Some(after_span);
                a.embedded = embedded;
                if a.verb
                    .is_some_and(|v| v.is_any(&["chanted", "chanting", "chant", "chants"]))
                {
                    a.frame = Frame::Slogan; // "\"No to war!\" chanted the crowd"
                }
                return a;
            }
        }
    }
    // Headline style: "'before massacre': Tatar leader".
    if last.closed && after.first().is_some_and(|w| w.text == ":") && after_span.end == limit {
        let rest = &after[1..];
        let n = rest.iter().filter(|w| !w.is_punct()).count();
        if (1..=6).contains(&n) && !rest.iter().any(|w| is_speech_verb(w) || w.is_punct()) {
            let mut a = Attribution::new(Frame::After);
            a.np = rest.to_vec();
            a.clause = Some(after_span);
            a.embedded = embedded;
            return a;
        }
    }
    if slogan
        || after
            .iter()
            .take(3)
            .any(|w| w.is_any(&["chanted", "chanting", "read"]))
    {
        let mut a = Attribution::new(Frame::Slogan);
        // Words on a sign, banner or placard have no speaker; a chant has the crowd.
        let near = || before.iter().rev().take(10).chain(after.iter().take(3));
        let chanted = near().any(|w| {
            w.text.starts_with("chant")
                || w.is_any(&["shouted", "shouting", "sang", "singing", "yelled"])
        });
        let written = near().any(|w| is_in(WRITTEN_WORDS, w.text));
        if chanted || !written {
            if let Some((s, e)) = subject(&before) {
                a.np = before[s..e].to_vec();
            }
        }
        return a;
    }
    // Before: "He said:", "saying:", "told reporters:", "according to X,".
    let n = before.len();
    if let Some(k) = before.iter().position(|w| w.is("according")) {
        if before.get(k + 1).is_some_and(|w| w.is("to")) {
            if let Some((s, e)) = np_after(&before, k + 1) {
                let mut a = Attribution::new(Frame::Before);
                a.np = before[s..e].to_vec();
                a.verb = Some(Word {
                    span: before[k].span.cover(before[k + 1].span),
                    text: before_span_text(text, before[k].span.cover(before[k + 1].span)),
                });
                a.clause = Some(before_span);
                return a;
            }
        }
    }
    let tail_punct = before.last().is_some_and(|w| w.is_any(&[":", ",", "—"]));
    let recent = before
        .iter()
        .enumerate()
        .skip(n.saturating_sub(9))
        .rev()
        .find(|(_, w)| is_speech_verb(w))
        .map(|(i, _)| i);
    if let Some(v) = recent.filter(|_| tail_punct || before.last().is_some_and(|w| w.is("that"))) {
        let np = np_before(&before, v)
            .filter(|_| !before[v].is("saying"))
            .or_else(|| {
                let subj = subject(&before[..v])?;
                // "The Kremlin spokesman, Dmitry Peskov, said:"
                let appo = (!before[v].is("saying"))
                    .then(|| apposition(&before, subj.0, v))
                    .flatten();
                Some(appo.unwrap_or(subj))
            });
        let mut a = Attribution::new(Frame::Before);
        if let Some((s, e)) = np {
            a.np = before[s..e].to_vec();
        }
        a.verb = Some(before[v]);
        a.clause = Some(before_span);
        return a;
    }
    if embedded {
        let frame_verb = before
            .iter()
            .rposition(|w| is_speech_verb(w) || is_in(FRAMING_VERBS, w.text));
        let mut a = Attribution::new(if frame_verb.is_some() {
            Frame::Partial
        } else {
            Frame::Scare
        });
        a.embedded = true;
        // The verb's own subject when it stands right before it ("which one former
        // senior US official described as"; "with the UN chief, X, describing"), else
        // the sentence's.
        let own = |v: usize| {
            np_before(&before, v).or_else(|| {
                let k = before[..v].iter().rposition(|w| w.is("with"))?;
                let np = (k + 1, v.checked_sub(1).filter(|&e| before[e].text == ",")?);
                (np.1 > np.0 && np.1 - np.0 <= 12).then_some(np)
            })
        };
        if let Some(v) = frame_verb {
            // A pronoun there stands for the sentence's subject: "Officials defended
            // what they called a \"measured\" response".
            let own = own(v).filter(|&(s, e)| !(e == s + 1 && is_pronoun(&before[s])));
            if let Some((s, e)) = own.or_else(|| subject(&before)) {
                a.np = before[s..e].to_vec();
                a.verb = Some(before[v]);
                a.clause = Some(before_span);
            }
        }
        return a;
    }
    Attribution::new(Frame::None)
}

fn before_span_text(text: &str, s: Span) -> &str {
    s.slice(text)
}

/// An attribution clause starting at word `f`: "said Dzhemilev", "Dzhemilev told AFP",
/// "the Tatar said", "he added".
fn after_verb<'a>(ws: &[Word<'a>], f: usize, frame: Frame) -> Option<Attribution<'a>> {
    let f = f.max(first_word(ws));
    // Room for an apposition: ", Brett McGurk, the US special envoy for the coalition,
    // tweeted".
    let window = ws.len().min(f + 16);
    let v = (f..window).find(|&i| is_speech_verb(&ws[i]))?;
    let np = if v == f {
        np_after(ws, v).map(|np| trailing_name(ws, np))
    } else {
        np_before(ws, v)
            .filter(|&(s, _)| s == f)
            .or_else(|| apposition(ws, f, v))
    }?;
    let mut a = Attribution::new(frame);
    a.np = ws[np.0..np.1].to_vec();
    a.verb = Some(ws[v]);
    Some(a)
}

/// "the German foreign minister, Heiko Maas, said": the whole stretch before the verb, for
/// the resolver to take the name from.
fn apposition(ws: &[Word], f: usize, v: usize) -> Option<(usize, usize)> {
    let mut e = v;
    while e > f && (ws[e - 1].is_punct() || ws[e - 1].is_any(&["who", "also", "has", "had"])) {
        e -= 1;
    }
    let words = ws[f..e].iter().filter(|w| !w.is_punct()).count();
    let has_comma = ws[f..e].iter().any(|w| w.text == ",");
    (has_comma && (1..=12).contains(&words) && ws[f..e].iter().any(|w| w.is_capitalized()))
        .then_some((f, e))
}

/// "said the head of the charity's office in Lagos, Grace Eze.": a name closing the
/// clause after a comma belongs to the speaker phrase.
fn trailing_name(ws: &[Word], (s, e): (usize, usize)) -> (usize, usize) {
    let end = ws.iter().rposition(|w| !w.is_punct()).map_or(e, |i| i + 1);
    let Some(comma) = ws[e.min(end)..end].iter().rposition(|w| w.text == ",") else {
        return (s, e);
    };
    let run = &ws[e + comma + 1..end];
    // "said Chuck Grassley, R-Iowa": a party and state tag, not a name.
    let party = |w: &Word| {
        let b = w.text.as_bytes();
        b.len() > 2 && matches!(b[0], b'R' | b'D' | b'I') && b[1] == b'-'
    };
    if run.first().is_some_and(party) {
        return (s, e);
    }
    let name_word = |w: &Word| w.is_capitalized() || w.text.contains('-');
    let names = !run.is_empty()
        && run.len() <= 4
        && run.first().is_some_and(Word::is_capitalized)
        && run.iter().all(name_word);
    if names && end - s <= 16 {
        (s, end)
    } else {
        (s, e)
    }
}
