//! Attributions after their content: "..., Kurdish commanders said, with ...", "..., the
//! BBC reported.", "..., said council head Y.".

use super::{
    is_possessive, is_report_verb, is_sentence_end, looks_finite, lower_verb, span_of, words_in,
    Report, FINITE_WINDOW, MAX_TAIL_SPEAKER_WORDS,
};
use crate::quotes::lexicon::{is_in, FINITE_WORDS, OBJECT_VERBS};
use crate::quotes::mentions::np_after;
use crate::words::Word;

/// "CONTENT, X said[, ...]" and "CONTENT, said X.": the attribution follows its content.
pub(super) fn tail<'a>(ws: &[Word<'a>], v: usize) -> Option<Report<'a>> {
    let comma = ws[..v].iter().rposition(|w| w.text == ",")?;
    let inverted = comma + 1 == v;
    let (np, after) = if inverted {
        let (s, e) = np_after(ws, v)?;
        // "..., says Muthana, 24, is prepared": a clause after the name is the content.
        let sentence_end = ws[e..]
            .iter()
            .position(is_sentence_end)
            .map_or(ws.len(), |i| e + i);
        if ws[e..sentence_end].chunks(FINITE_WINDOW).any(looks_finite) {
            return None;
        }
        (s..e, e)
    } else {
        let mut e = v;
        while e > comma + 1 && ws[e - 1].is_any(&["has", "have", "had", "also"]) {
            e -= 1;
        }
        let n = e - comma - 1;
        if n == 0 || n > MAX_TAIL_SPEAKER_WORDS {
            return None;
        }
        // The whole stretch from the comma names the speaker ("officials in Sindh
        // province said"), when it is a noun phrase: no verb, no clause opener.
        let seg = &ws[comma + 1..e];
        let opener = seg.first().is_some_and(|w| {
            w.is_any(&[
                "and", "but", "which", "who", "that", "as", "when", "while", "if", "because",
                "although", "though", "so", "where", "after", "before", "since", "until",
            ])
        });
        let verbish = seg.iter().any(|w| {
            w.is_punct() && !is_possessive(w) || is_in(FINITE_WORDS, w.text) || is_report_verb(w)
        });
        if opener || verbish {
            return None;
        }
        (comma + 1..e, v + 1)
    };
    // After the attribution: nothing, or an object and adverbials, up to a comma or the end.
    let rest_end = ws[after..]
        .iter()
        .position(|w| w.text == "," || is_sentence_end(w))
        .map_or(ws.len(), |i| after + i);
    let rest = &ws[after..rest_end];
    if words_in(rest) > 5 || rest.iter().any(|w| w.is("that")) || looks_finite(rest) {
        return None;
    }
    // "..., says Muthana, 24, is prepared": a name after the verb starts its content;
    // only a hearer ("told the Guardian") or an adverbial ("on Friday") may follow.
    if let Some(first) = rest.first().filter(|_| !inverted) {
        let adverbial = first.is_any(&[
            "on",
            "in",
            "at",
            "during",
            "last",
            "this",
            "earlier",
            "late",
            "yesterday",
            "today",
            "after",
            "before",
            "via",
            "through",
            "when",
            "while",
            "as",
        ]);
        if !adverbial && !lower_verb(&ws[v], OBJECT_VERBS) {
            return None;
        }
    }
    let start = ws[..comma]
        .iter()
        .rposition(is_sentence_end)
        .map_or(0, |i| i + 1);
    let content = span_of(ws, start, comma)?;
    // A clause, not an opening adverbial ("On Friday, police said"): a finite verb, or
    // five words and more not opening with a preposition ("He fled the country ...").
    let before = &ws[start..comma];
    let finite = before.chunks(FINITE_WINDOW).any(looks_finite);
    let adverbial = before.first().is_some_and(|w| {
        w.is_any(&[
            "in",
            "on",
            "at",
            "after",
            "before",
            "during",
            "according",
            "since",
            "for",
            "with",
            "from",
            "by",
            "as",
            "when",
            "while",
            "if",
            "asked",
            "speaking",
        ])
    });
    if !(finite || words_in(before) >= 5 && !adverbial) {
        return None;
    }
    let words = ws[np.clone()].to_vec();
    let clause = words.first()?.span.cover(ws[v].span);
    Some(Report {
        np: words,
        verb: ws[v],
        content,
        clause: if inverted {
            ws[v].span.cover(clause)
        } else {
            clause
        },
        tail: true,
    })
}
