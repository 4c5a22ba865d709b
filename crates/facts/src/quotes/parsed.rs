//! Indirect speech read from a dependency parse, when the sentence has one: a reporting
//! verb with a clausal complement (`ccomp`) and a subject (`nsubj`). It finds what the
//! surface patterns miss ("The head of the commission, who spoke on condition of
//! anonymity, said the count was over") and names the speaker by the parse's subject.

use super::lexicon::{is_in, INDIRECT_VERBS};
use crate::words::{has_parse, scan, Word};
use dyad_model::{Sentence, Span};

/// Deepest subtree walked; a parse with a cycle must not loop.
const MAX_DEPTH: usize = 64;

/// Indirect speech from the parse: (speaker words, verb, content span).
pub(crate) fn indirect<'a>(text: &'a str, s: &Sentence) -> Option<(Vec<Word<'a>>, Word<'a>, Span)> {
    if !has_parse(s) {
        return None;
    }
    for (i, verb) in s.tokens.iter().enumerate() {
        let id = i + 1;
        let lemma = if verb.lemma.is_empty() {
            &verb.form
        } else {
            &verb.lemma
        };
        let reporting = is_in(INDIRECT_VERBS, &verb.form)
            || is_in(
                &[
                    "say",
                    "tell",
                    "warn",
                    "claim",
                    "insist",
                    "add",
                    "announce",
                    "deny",
                    "argue",
                    "explain",
                    "note",
                    "declare",
                    "state",
                    "admit",
                    "acknowledge",
                    "predict",
                    "suggest",
                    "confirm",
                ],
                lemma,
            );
        if !reporting {
            continue;
        }
        let child = |rel: &str| {
            s.children(id).find(|&c| {
                s.token(c)
                    .is_some_and(|t| t.deprel.split(':').next() == Some(rel))
            })
        };
        let (Some(subj), Some(comp)) = (child("nsubj"), child("ccomp")) else {
            continue;
        };
        let subj_span = subtree(s, subj)?;
        // "and on 10 January declared": a date the parser took for the subject.
        if super::reports::is_date_np(&scan(text, subj_span)) {
            continue;
        }
        let mut content = subtree(s, comp)?;
        // Drop a leading "that".
        if let Some(mark) = s.children(comp).find_map(|c| {
            s.token(c)
                .filter(|t| t.deprel == "mark" && t.form.eq_ignore_ascii_case("that"))
        }) {
            if mark.span.start == content.start {
                let rest = text.get(mark.span.end..content.end).unwrap_or("");
                content.start = mark.span.end + (rest.len() - rest.trim_start().len());
            }
        }
        let np = scan(text, subj_span);
        let v = text.get(verb.span.start..verb.span.end)?;
        return Some((
            np,
            Word {
                span: verb.span,
                text: v,
            },
            content,
        ));
    }
    None
}

/// Bytes covered by token `id` and its descendants.
fn subtree(s: &Sentence, id: usize) -> Option<Span> {
    let mut span = s.token(id)?.span;
    for (i, t) in s.tokens.iter().enumerate() {
        let mut at = i + 1;
        for _ in 0..MAX_DEPTH {
            if at == id {
                if t.deprel != "punct" {
                    span = span.cover(t.span);
                }
                break;
            }
            match s.token(at) {
                Some(tok) if tok.head != 0 => at = tok.head,
                _ => break,
            }
        }
    }
    Some(span)
}
