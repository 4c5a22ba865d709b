//! Where a word ends: which of `.` `,` `:` `/` `'` `-` `&` `@` join two runs of letters
//! and digits into one token (EWT conventions), and whether a final period belongs to the
//! word (abbreviations, initials).

use crate::chars::{at, before, is_apostrophe, is_space, is_word};
use crate::lexicon::{self, AbbrevKind};
use crate::link::is_tld;

/// End of the word starting at `p` (a word char), including an abbreviation's period.
pub(crate) fn word_end(text: &str, p: usize, e: usize) -> usize {
    let mut q = p;
    let mut seg = p;
    loop {
        while q < e {
            let c = at(text, q);
            if !is_word(c) {
                break;
            }
            q += c.len_utf8();
        }
        if q >= e {
            break;
        }
        let j = at(text, q);
        let after = q + j.len_utf8();
        if after >= e || !is_word(at(text, after)) {
            break;
        }
        let last = before(text, q);
        let next = at(text, after);
        let joined = match j {
            '.' => join_period(&text[p..q], &text[seg..q], text, after, e),
            ',' => last.is_ascii_digit() && three_digits(text.as_bytes(), after, e),
            ':' => last.is_ascii_digit() && next.is_ascii_digit(),
            // `11/29/2000`, `b/c`; `blog/site` splits.
            '/' => {
                (last.is_ascii_digit() && next.is_ascii_digit())
                    || (q - seg == 1 && !is_word(at(text, after + next.len_utf8())))
            }
            // `AT&T`, `S&P`, `B&W`, `a&m`.
            '&' => {
                (last.is_uppercase() && next.is_uppercase())
                    || (q - seg <= 2 && last.is_alphabetic() && short_word(text, after, e, 2))
            }
            // `Rice@ENRON` (addresses with a dot are links, found before).
            '@' => last.is_alphanumeric() && next.is_alphanumeric(),
            '-' => join_hyphen(text, p, seg, q, after, e),
            // `O'Brien`, `don't`; `80's` (a decade) too.
            c if is_apostrophe(c) => {
                (last.is_alphabetic() && next.is_alphabetic())
                    || (last.is_ascii_digit() && next == 's' && !is_word(at(text, after + 1)))
            }
            _ => false,
        };
        if !joined {
            break;
        }
        q = after;
        if j != '\'' && j != '\u{2019}' {
            seg = after;
        }
    }
    if at(text, q) == '.' && q < e && attach_period(text, p, q, e) {
        q += 1;
    } else if at(text, q) == '$' && q - p <= 3 && text[p..q].bytes().all(|x| x.is_ascii_uppercase())
    {
        // `US$`, `HK$`, `C$`: one token, as EWT writes them.
        q += 1;
    }
    q
}

/// True when the letters at `k` end the word within `max` bytes.
fn short_word(text: &str, k: usize, e: usize, max: usize) -> bool {
    let mut q = k;
    while q < e && at(text, q).is_ascii_alphabetic() {
        q += 1;
    }
    q > k && q - k <= max && (q >= e || !is_word(at(text, q)))
}

/// Exactly three digits at `i`, then no digit.
fn three_digits(b: &[u8], i: usize, e: usize) -> bool {
    i + 3 <= e
        && b[i..i + 3].iter().all(u8::is_ascii_digit)
        && (i + 3 == e || !b[i + 3].is_ascii_digit())
}

/// Whether `left.next` stays one word: decimals, `U.S`, `e.g`, domain names.
fn join_period(word: &str, left: &str, text: &str, after: usize, e: usize) -> bool {
    let next = at(text, after);
    let last = left.chars().next_back().unwrap_or('\0');
    if last.is_ascii_digit() && next.is_ascii_digit() {
        return true;
    }
    // The segment after the period, up to the next non-letter.
    let mut q = after;
    while q < e && at(text, q).is_ascii_alphanumeric() {
        q += 1;
    }
    let right = &text[after..q];
    let ends = q >= e || !is_word(at(text, q)) || at(text, q) == '.';
    // `U.S`, `e.g`, `Ph.D`, `a.m`; not `Inc.One` or `end.Okay` (a missing space).
    let (l, r) = (left.chars().count(), right.len());
    if !last.is_ascii_digit() && ((l <= 2 && r <= 2) || (l.min(r) == 1 && l.max(r) <= 3)) {
        return true;
    }
    // Usenet group names: `alt.animals.cat`, `comp.sources.unix`.
    const GROUPS: &[&str] = &["alt", "comp", "misc", "news", "rec", "sci", "soc", "talk"];
    let top = word.split('.').next().unwrap_or("");
    if GROUPS.contains(&top) && !right.is_empty() && right.bytes().all(|b| b.is_ascii_lowercase()) {
        return true;
    }
    // `Amazon.com`, `report4.pdf`; not `war.The` or `box.other`.
    ends && right.bytes().all(|b| b.is_ascii_alphabetic()) && is_tld(right)
}

/// Whether the hyphen at `q` stays inside the word that began at `p`.
fn join_hyphen(text: &str, p: usize, seg: usize, q: usize, after: usize, e: usize) -> bool {
    let left = &text[seg..q];
    let mut r = after;
    while r < e && is_word(at(text, r)) {
        r += at(text, r).len_utf8();
    }
    let right = &text[after..r];
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if digits(left) && digits(right) {
        let whole = &text[p..q];
        // Phone numbers (713-654-0365), ZIP+4 (94720-5180), dates (2014-03-14,
        // 11-20-2000).
        return (left.len() == 3 && (right.len() == 4 || (right.len() == 3 && at(text, r) == '-')))
            || (left.len() == 5 && right.len() == 4)
            || (whole.len() == 4 && right.len() == 2 && at(text, r) == '-')
            || (whole.len() == 7 && left.len() == 2 && right.len() == 2 && seg == p + 5)
            || (whole.len() <= 2 && right.len() <= 2 && at(text, r) == '-')
            || (seg > p
                && whole.len() <= 5
                && left.len() <= 2
                && (right.len() == 2 || right.len() == 4)
                && digits(&text[p..seg - 1]));
    }
    // `01-Feb-02`, `14-Mar-2014`.
    let month = |s: &str| s.len() == 3 && s.bytes().all(|b| b.is_ascii_alphabetic());
    if (digits(left) && left.len() <= 2 && month(right) && at(text, r) == '-')
        || (month(left) && seg >= p + 2 && digits(&text[p..seg - 1]) && digits(right))
    {
        return true;
    }
    let single = left.chars().count() == 1 && left.chars().all(char::is_alphabetic);
    (single && right.chars().all(char::is_alphabetic)) || lexicon::is_hyphen_prefix(left)
}

/// Whether the period at `q` belongs to the word `text[p..q]` (an abbreviation).
fn attach_period(text: &str, p: usize, q: usize, e: usize) -> bool {
    // Look at the part after the last hyphen: `D-N.Y.`, `R-Tenn.`, `ex-Gov.`.
    let p = text[p..q].rfind('-').map_or(p, |h| p + h + 1);
    if p >= q {
        return false;
    }
    let word = &text[p..q];
    let after = q + 1;
    let next = if after < e { at(text, after) } else { '\0' };
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|s| !s.is_empty() && s.chars().count() <= 3)
        && word.chars().any(char::is_alphabetic)
        && word.split('.').all(|s| s.chars().all(char::is_alphabetic));
    if dotted {
        return true;
    }
    if next == '.' {
        return false;
    }
    let mut ch = word.chars();
    if let (Some(c), None) = (ch.next(), ch.next()) {
        return c.is_uppercase();
    }
    match lexicon::abbreviation(word) {
        // EWT writes a sentence-final "etc." as `etc` `.`.
        Some(_) if word.eq_ignore_ascii_case("etc") => {
            let k = skip_space(text, after);
            let c = at(text, k);
            c.is_lowercase() || matches!(c, ',' | ';' | ':' | ')')
        }
        Some(AbbrevKind::Title | AbbrevKind::Final) => true,
        Some(AbbrevKind::Day) => {
            let c = at(text, skip_space(text, after));
            word.starts_with(|x: char| x.is_ascii_uppercase())
                && (c.is_ascii_digit() || c.is_ascii_uppercase())
        }
        Some(AbbrevKind::Numeric) => {
            let k = skip_space(text, after);
            at(text, k).is_ascii_digit() || at(text, k) == '#'
        }
        // `Springfield, Ill.`, `(Calif.)`, `(D-Nev.)`.
        Some(AbbrevKind::State) => {
            let mut k = p;
            while k > 0 && is_space(before(text, k)) {
                k -= before(text, k).len_utf8();
            }
            matches!(before(text, k), ',' | '(' | '-')
        }
        None => false,
    }
}

/// The first non-space byte at or after `k`.
pub(crate) fn skip_space(text: &str, mut k: usize) -> usize {
    while k < text.len() && is_space(at(text, k)) {
        k += at(text, k).len_utf8();
    }
    k
}
