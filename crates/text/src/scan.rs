//! Tokenization of a stretch of text into token spans, following UD English (EWT).
//!
//! The text is cut at whitespace into chunks; each chunk is scanned left to right. A word
//! (letters and digits) may be joined across `.` `,` `:` `/` `'` `-` `&` by the rules in
//! [`word_end`]; every other mark is a token of its own, except runs (`...`, `--`, `?!`),
//! emoticons, hashtags, URLs and e-mail addresses, which are kept whole. Words then lose
//! their clitics (`do|n't`, `Crimea|'s`) and unit suffixes (`4.5|bn`, `8|pm`).

use crate::chars::{at, before, is_apostrophe, is_space, is_word};
use crate::lexicon::{self, AbbrevKind};
use dyad_model::Span;

/// Longest token kept whole, in bytes. Real tokens (even long URLs) are far shorter; a
/// longer run without spaces is garbage (base64, a minified script) and is cut into
/// pieces of this size so no single token form becomes a huge allocation.
pub(crate) const MAX_TOKEN_BYTES: usize = 1024;

/// Appends the token spans of `text[start..end]` to `out`.
pub(crate) fn scan(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let end = end.min(text.len());
    let mut i = start;
    while i < end {
        let c = at(text, i);
        if is_space(c) {
            i += c.len_utf8();
            continue;
        }
        let mut j = i;
        while j < end {
            let b = bytes[j];
            if b < 0x80 {
                if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                    break;
                }
                j += 1;
            } else {
                let c = at(text, j);
                if is_space(c) {
                    break;
                }
                j += c.len_utf8().max(1);
            }
        }
        chunk(text, i, j.min(end), out);
        i = j;
    }
}

/// Pushes `[s, e)`, cut at char boundaries into pieces of at most [`MAX_TOKEN_BYTES`].
fn push(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let mut s = s;
    while e - s > MAX_TOKEN_BYTES {
        let mut cut = s + MAX_TOKEN_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push(Span::new(s, cut));
        s = cut;
    }
    if e > s {
        out.push(Span::new(s, e));
    }
}

/// One whitespace-free chunk.
fn chunk(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    match find_link(text, s, e) {
        Some((ls, le)) => {
            plain(text, s, ls, out);
            push(text, ls, le, out);
            plain(text, le, e, out);
        }
        None => plain(text, s, e, out),
    }
}

/// A URL or e-mail address inside `text[s..e]`, trimmed of trailing punctuation.
fn find_link(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let c = &text[s..e];
    let b = c.as_bytes();
    // Candidate, then verify: one cheap byte scan rules out almost every chunk.
    if !b.iter().any(|&x| matches!(x, b':' | b'@' | b'.')) {
        return None;
    }
    let start = if let Some(k) = c.find("mailto:") {
        k
    } else if let Some(k) = c.find("://") {
        let mut a = k;
        while a > 0 && b[a - 1].is_ascii_alphabetic() {
            a -= 1;
        }
        if a == k {
            return None;
        }
        a
    } else if let Some(k) = c.find("www.") {
        if k > 0 && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'.') {
            return None;
        }
        k
    } else if let Some(k) = domain_path(b) {
        k
    } else if let Some(k) = c.find('@') {
        let is_local = |x: u8| x.is_ascii_alphanumeric() || matches!(x, b'.' | b'_' | b'%' | b'+');
        let mut a = k;
        while a > 0 && (is_local(b[a - 1]) || b[a - 1] == b'-') {
            a -= 1;
        }
        let domain = &b[k + 1..];
        let dot = domain.iter().position(|&x| x == b'.')?;
        if a == k || dot == 0 || !domain.get(dot + 1).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        while a < k && !b[a].is_ascii_alphanumeric() {
            a += 1;
        }
        if a == k {
            return None;
        }
        a
    } else {
        return None;
    };
    let mut end = b.len();
    let count = |x: u8, end: usize| b[start..end].iter().filter(|&&z| z == x).count();
    while end > start {
        let trim = match b[end - 1] {
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'"' | b'\'' | b'>' => true,
            // Keep a closing parenthesis the link itself opened (Wikipedia links).
            b')' => count(b'(', end) < count(b')', end),
            b']' => count(b'[', end) < count(b']', end),
            x => x >= 0x80,
        };
        if !trim {
            break;
        }
        end -= 1;
        while end > start && !c.is_char_boundary(end) {
            end -= 1;
        }
    }
    (end > start + 3).then_some((s + start, s + end))
}

/// Start of a scheme-less link with a path (`pic.twitter.com/abc`, `bit.ly/x`): a
/// dotted name ending in a common top-level domain, then `/`.
fn domain_path(b: &[u8]) -> Option<usize> {
    let slash = b.iter().position(|&x| x == b'/')?;
    let dot = b[..slash].iter().rposition(|&x| x == b'.')?;
    let tld = std::str::from_utf8(&b[dot + 1..slash]).ok()?;
    let short = (2..=3).contains(&tld.len()) && tld.bytes().all(|x| x.is_ascii_lowercase());
    if !(is_tld(tld) || short) {
        return None;
    }
    let mut a = dot;
    while a > 0 && (b[a - 1].is_ascii_alphanumeric() || matches!(b[a - 1], b'.' | b'-')) {
        a -= 1;
    }
    (a < dot).then_some(a)
}

/// Emoticons kept as one token, as EWT does.
const EMOTICONS: &[&str] = &[
    ":-)", ":-(", ":-D", ";-)", ":'(", ":)", ":(", ":D", ":P", ":p", ";)", ";P", ":/", "<3", "=)",
    ":o", ":O",
];

/// Chunk text without links.
fn plain(text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let mut p = s;
    while p < e {
        let c = at(text, p);
        let cl = c.len_utf8();
        if is_word(c) {
            let q = word_end(text, p, e);
            emit_word(text, p, q, out);
            p = q;
            continue;
        }
        let q = match c {
            ':' | ';' | '<' | '=' if emoticon(text, p, e).is_some() => {
                emoticon(text, p, e).unwrap_or(p + cl)
            }
            // Rules and arrows: `--`, `====`, `*****`, `==--` stay whole.
            '-' | '=' | '*' | '~' | '+' => {
                run(b, p, e, |x| matches!(x, b'-' | b'=' | b'*' | b'~' | b'+'))
            }
            '<' | '>' | '$' => run(b, p, e, |x| x == c as u8),
            // Doubled quotes written as two marks: `''`, `‘’`, `’’`, ``` `` ```.
            '\'' | '`' | '\u{2018}' | '\u{2019}' if is_quote_mark(at(text, p + cl)) => {
                p + cl + at(text, p + cl).len_utf8()
            }
            // A year with its apostrophe: `'07`, `’90s`.
            '\'' | '\u{2019}' if short_year(text, p + cl, e).is_some() => {
                short_year(text, p + cl, e).unwrap_or(p + cl)
            }
            // A decimal without its zero: `.5 oz`, `(BAC .15)`.
            '.' if p + 1 < e
                && b[p + 1].is_ascii_digit()
                && !is_word(before(text, p))
                && before(text, p) != '.' =>
            {
                run(b, p + 1, e, |x| x.is_ascii_digit())
            }
            // A file extension alone: `.doc`.
            '.' if p + 1 < e && ext_end(text, p + 1, e) == Some(e) => e,
            // `...`, `?!`, `.?`: one token each (EWT).
            '.' | '!' | '?' => run(b, p, e, |x| matches!(x, b'.' | b'!' | b'?')),
            '#' | '@' if p + 1 < e && at(text, p + 1).is_alphabetic() => {
                let mut q = p + 1;
                while q < e && is_word(at(text, q)) {
                    q += at(text, q).len_utf8();
                }
                q
            }
            '\u{2019}' | '\'' if clitic_len(&text[p..e]).is_some() => {
                p + clitic_len(&text[p..e]).unwrap_or(cl)
            }
            _ => p + cl,
        };
        push(text, p, q, out);
        p = q;
    }
}

/// Quote marks that pair up into one token when doubled.
fn is_quote_mark(c: char) -> bool {
    matches!(c, '\'' | '`' | '\u{2018}' | '\u{2019}')
}

/// End of two digits (and an optional `s`) at `k`, ending the word.
fn short_year(text: &str, k: usize, e: usize) -> Option<usize> {
    let b = text.as_bytes();
    if k + 2 > e || !b[k].is_ascii_digit() || !b[k + 1].is_ascii_digit() {
        return None;
    }
    let mut q = k + 2;
    if q < e && b[q] == b's' {
        q += 1;
    }
    (q >= e || !is_word(at(text, q))).then_some(q)
}

/// End of a file extension or domain suffix (letters) at `k`.
fn ext_end(text: &str, k: usize, e: usize) -> Option<usize> {
    let mut q = k;
    while q < e && text.as_bytes()[q].is_ascii_alphanumeric() {
        q += 1;
    }
    (q > k && is_tld(&text[k..q])).then_some(q)
}

/// End of the run of bytes matching `f` from `p`.
fn run(b: &[u8], p: usize, e: usize, f: impl Fn(u8) -> bool) -> usize {
    let mut q = p;
    while q < e && f(b[q]) {
        q += 1;
    }
    q
}

/// An emoticon at `p`, followed by the end of the chunk or a non-word char.
fn emoticon(text: &str, p: usize, e: usize) -> Option<usize> {
    let rest = &text[p..e];
    EMOTICONS.iter().find_map(|emo| {
        let q = p + emo.len();
        (rest.starts_with(emo) && (q >= e || !is_word(at(text, q)))).then_some(q)
    })
}

/// Length of a stand-alone clitic (`'s`, `’re`) filling all of `rest`.
fn clitic_len(rest: &str) -> Option<usize> {
    let mut it = rest.char_indices();
    let (_, a) = it.next()?;
    if !is_apostrophe(a) {
        return None;
    }
    let tail = &rest[a.len_utf8()..];
    is_clitic_tail(tail).then_some(rest.len())
}

/// `s`, `re`, `ve`, `ll`, `m`, `d` in any case.
fn is_clitic_tail(t: &str) -> bool {
    ["s", "re", "ve", "ll", "m", "d"]
        .iter()
        .any(|c| t.eq_ignore_ascii_case(c))
}

/// End of the word starting at `p` (a word char), including an abbreviation's period.
fn word_end(text: &str, p: usize, e: usize) -> usize {
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
            '.' => join_period(&text[seg..q], text, after, e),
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
fn join_period(left: &str, text: &str, after: usize, e: usize) -> bool {
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
    // `Amazon.com`, `report4.pdf`; not `war.The` or `box.other`.
    ends && right.bytes().all(|b| b.is_ascii_alphabetic()) && is_tld(right)
}

/// Common top-level domains and file extensions, for `Amazon.com`, `bbc.co.uk` and
/// `report.pdf`.
fn is_tld(s: &str) -> bool {
    const TLDS: &[&str] = &[
        "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "uk", "us",
        "ca", "au", "de", "fr", "ru", "cn", "in", "jp", "ua", "eu", "tv", "doc", "docx", "xls",
        "xlsx", "pdf", "htm", "html", "txt", "ppt", "pptx", "jpg", "jpeg", "gif", "png", "zip",
        "exe", "csv", "url", "mp3", "mp4",
    ];
    TLDS.iter().any(|t| t.eq_ignore_ascii_case(s))
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
        return (left.len() == 3 && (right.len() == 3 || right.len() == 4))
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
fn skip_space(text: &str, mut k: usize) -> usize {
    while k < text.len() && is_space(at(text, k)) {
        k += at(text, k).len_utf8();
    }
    k
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
fn emit_word(text: &str, p: usize, q: usize, out: &mut Vec<Span>) {
    let w = &text[p..q];
    if w.ends_with('.') {
        return push(text, p, q, out);
    }
    if w.eq_ignore_ascii_case("its") && its_is_it_is(text, q) {
        push(text, p, p + 2, out);
        return push(text, p + 2, q, out);
    }
    if let Some(&(_, k)) = FUSED.iter().find(|(f, _)| f.eq_ignore_ascii_case(w)) {
        push(text, p, p + k, out);
        return push(text, p + k, q, out);
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
