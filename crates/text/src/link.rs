//! Links kept as one token: URLs, scheme-less links with a path, e-mail addresses.

/// A URL or e-mail address inside `text[s..e]`, trimmed of trailing punctuation.
pub(crate) fn find_link(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
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

/// End of a file extension or domain suffix (letters) at `k`.
pub(crate) fn ext_end(text: &str, k: usize, e: usize) -> Option<usize> {
    let mut q = k;
    while q < e && text.as_bytes()[q].is_ascii_alphanumeric() {
        q += 1;
    }
    (q > k && is_tld(&text[k..q])).then_some(q)
}

/// Common top-level domains and file extensions, for `Amazon.com`, `bbc.co.uk` and
/// `report.pdf`.
pub(crate) fn is_tld(s: &str) -> bool {
    const TLDS: &[&str] = &[
        "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "uk", "us",
        "ca", "au", "de", "fr", "ru", "cn", "in", "jp", "ua", "eu", "tv", "doc", "docx", "xls",
        "xlsx", "pdf", "htm", "html", "txt", "ppt", "pptx", "jpg", "jpeg", "gif", "png", "zip",
        "exe", "csv", "url", "mp3", "mp4",
    ];
    TLDS.iter().any(|t| t.eq_ignore_ascii_case(s))
}
