//! Splitting a word into syntactic words as EWT does: clitics (`do` `n't`, `Crimea` `'s`),
//! fused forms (`can` `not`, `gon` `na`) and a unit after a number (`4.5` `bn`).

use crate::chars::is_apostrophe;
use crate::scan::push;
use crate::word::skip_space;
use dyad_model::Span;

/// `s`, `re`, `ve`, `ll`, `m`, `d` in any case.
pub(crate) fn is_clitic_tail(t: &str) -> bool {
    ["s", "re", "ve", "ll", "m", "d"]
        .iter()
        .any(|c| t.eq_ignore_ascii_case(c))
}

/// Words EWT splits without an apostrophe: (lowercase form, split point).
const FUSED: &[(&str, usize)] = &[
    ("cannot", 3),
    ("gonna", 3),
    ("gotta", 3),
    ("wanna", 3),
    ("dont", 2),
    ("didnt", 3),
    ("doesnt", 4),
    ("isnt", 2),
    ("wasnt", 3),
    ("arent", 3),
    ("couldnt", 5),
    ("wouldnt", 5),
    ("shouldnt", 6),
    ("havent", 4),
    ("hasnt", 3),
    ("hadnt", 3),
    ("werent", 4),
    ("wont", 2),
    ("cant", 2),
    ("im", 1),
    ("ive", 1),
];

/// Pushes the word `text[p..q]`, split into clitics and number + unit.
pub(crate) fn emit_word(text: &str, p: usize, q: usize, out: &mut Vec<Span>) {
    let w = &text[p..q];
    if w.ends_with('.') {
        return push(text, p, q, out);
    }
    if w.eq_ignore_ascii_case("its") && its_is_it_is(text, q) {
        push(text, p, p + 2, out);
        return push(text, p + 2, q, out);
    }
    // Cheap gates first: fused forms are 2-8 ASCII bytes; clitics need an apostrophe
    // (`'` or the first byte of `’`) among the last seven bytes.
    if (2..=8).contains(&w.len()) {
        if let Some(&(_, k)) = FUSED.iter().find(|(f, _)| f.eq_ignore_ascii_case(w)) {
            push(text, p, p + k, out);
            return push(text, p + k, q, out);
        }
    }
    let tail = &w.as_bytes()[w.len().saturating_sub(7)..];
    if !tail.iter().any(|&b| b == b'\'' || b == 0xE2) {
        if let Some(k) = unit_split(w) {
            push(text, p, p + k, out);
            return push(text, p + k, q, out);
        }
        return push(text, p, q, out);
    }
    if let Some(k) = clitic_split(w) {
        if k < w.len() && k > 0 {
            emit_word(text, p, p + k, out);
            return push(text, p + k, q, out);
        }
    }
    if let Some(k) = unit_split(w) {
        push(text, p, p + k, out);
        return push(text, p + k, q, out);
    }
    push(text, p, q, out)
}

/// Whether `its` (ending at `q`) is a misspelt `it's`, as EWT splits it (`it` `s`): true
/// when the next word cannot follow a possessive (`its not`, `its a`, `its really`).
fn its_is_it_is(text: &str, q: usize) -> bool {
    const AFTER_IT_IS: &[&str] = &[
        "a",
        "about",
        "actually",
        "also",
        "always",
        "an",
        "been",
        "definitely",
        "for",
        "from",
        "getting",
        "going",
        "in",
        "just",
        "like",
        "never",
        "not",
        "nothing",
        "now",
        "ok",
        "okay",
        "on",
        "probably",
        "really",
        "simply",
        "so",
        "still",
        "that",
        "the",
        "to",
        "too",
        "very",
        "what",
    ];
    let k = skip_space(text, q);
    let mut e = k;
    while e < text.len() && text.as_bytes()[e].is_ascii_alphabetic() {
        e += 1;
    }
    let next = &text[k..e];
    e > k && AFTER_IT_IS.iter().any(|a| a.eq_ignore_ascii_case(next))
}

/// Where a final clitic starts: `do|n't`, `Crimea|'s`, `they|'re`.
fn clitic_split(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    for nt in ["n't", "n\u{2019}t"] {
        if b.len() > nt.len() && w.is_char_boundary(b.len() - nt.len()) {
            let (head, tail) = w.split_at(b.len() - nt.len());
            if tail.eq_ignore_ascii_case(nt)
                && head.chars().next_back().is_some_and(char::is_alphabetic)
            {
                return Some(head.len());
            }
        }
    }
    let (k, apo) = w.char_indices().rev().find(|(_, c)| is_apostrophe(*c))?;
    let tail = &w[k + apo.len_utf8()..];
    // `80's` (the decade) stays whole.
    let head_digits = w[..k].bytes().all(|b| b.is_ascii_digit());
    (k > 0 && is_clitic_tail(tail) && !head_digits).then_some(k)
}

/// Where a unit starts after a number: `4.5|bn`, `8|pm`, `19:14|pm`, `35|mm` (not `1990s`,
/// `2nd`).
fn unit_split(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    if !b.first()?.is_ascii_digit() {
        return None;
    }
    let k = b.iter().position(|x| x.is_ascii_alphabetic())?;
    let (num, unit) = w.split_at(k);
    if !num
        .bytes()
        .all(|x| x.is_ascii_digit() || matches!(x, b'.' | b',' | b':'))
        || !num.as_bytes()[num.len() - 1].is_ascii_digit()
        || !unit.bytes().all(|x| x.is_ascii_alphabetic())
    {
        return None;
    }
    let keep = ["s", "st", "nd", "rd", "th", "d"];
    (!keep.iter().any(|x| unit.eq_ignore_ascii_case(x))).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_points() {
        let clitics = [
            ("don't", Some(2)),
            ("can't", Some(2)),
            ("Crimea's", Some(6)),
            ("they’re", Some(4)),
            ("80's", None),
            ("O'Brien", None),
            ("n't", None),
            ("'s", None),
        ];
        for (w, want) in clitics {
            assert_eq!(clitic_split(w), want, "{w}");
        }
        let units = [
            ("4.5bn", Some(3)),
            ("19:14pm", Some(5)),
            ("8am", Some(1)),
            ("1990s", None),
            ("2nd", None),
            ("4x4", None),
            ("F16", None),
        ];
        for (w, want) in units {
            assert_eq!(unit_split(w), want, "{w}");
        }
    }
}
