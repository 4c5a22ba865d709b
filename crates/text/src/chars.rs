//! Character classes and cheap character access at byte offsets.

/// The char starting at byte `i` of `text` (`'\0'` past the end or off a boundary).
#[inline]
pub(crate) fn at(text: &str, i: usize) -> char {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => b as char,
        Some(_) => text.get(i..).and_then(|s| s.chars().next()).unwrap_or('\0'),
        None => '\0',
    }
}

/// The char ending at byte `i` of `text` (`'\0'` at the start or off a boundary).
#[inline]
pub(crate) fn before(text: &str, i: usize) -> char {
    match i.checked_sub(1).and_then(|j| text.as_bytes().get(j)) {
        Some(&b) if b < 0x80 => b as char,
        Some(_) => text
            .get(..i)
            .and_then(|s| s.chars().next_back())
            .unwrap_or('\0'),
        None => '\0',
    }
}

/// Whitespace between tokens, including zero-width space and the byte-order mark.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
    } else {
        c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}')
    }
}

/// Letters, digits, `_`, and (outside ASCII) anything that is not punctuation, a symbol
/// or a control character, so combining marks stay with their letter.
#[inline]
pub(crate) fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    if c.is_alphanumeric() {
        return true;
    }
    let u = c as u32;
    !(c.is_control()
        || c.is_whitespace()
        || (0x00A0..=0x00BF).contains(&u)
        || u == 0x00D7
        || u == 0x00F7
        || (0x2000..=0x2BFF).contains(&u)
        || (0x2E00..=0x2E7F).contains(&u)
        || (0x3000..=0x303F).contains(&u)
        || (0xFE10..=0xFE1F).contains(&u)
        || (0xFE30..=0xFE6F).contains(&u)
        || (0xFF00..=0xFF0F).contains(&u)
        || (0xFF1A..=0xFF20).contains(&u)
        || (0xFF3B..=0xFF40).contains(&u)
        || (0xFF5B..=0xFF65).contains(&u)
        || (0xFFF0..=0xFFFF).contains(&u)
        || (0x1F000..=0x1FAFF).contains(&u))
}

/// Apostrophes that may join a word (`O'Brien`, `don’t`).
#[inline]
pub(crate) fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Marks that close a quotation or parenthesis and stay with the sentence they end.
#[inline]
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '\u{201d}' | '\u{2019}' | '\u{bb}' | '\u{203a}'
    )
}

/// Marks that open a quotation or parenthesis.
#[inline]
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '\u{201c}' | '\u{2018}' | '\u{ab}' | '\u{2039}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        let cases = [
            ('a', true),
            ('Z', true),
            ('7', true),
            ('_', true),
            ('é', true),
            ('\u{301}', true),
            ('ж', true),
            ('中', true),
            ('.', false),
            ('\u{201c}', false),
            ('\u{2014}', false),
            ('\u{2026}', false),
            ('€', false),
            ('😀', false),
            ('\u{a0}', false),
        ];
        for (c, want) in cases {
            assert_eq!(is_word(c), want, "{c:?}");
        }
        assert!(is_space('\u{a0}'));
        assert!(is_space('\u{200b}'));
        assert_eq!(at("aé", 1), 'é');
        assert_eq!(at("aé", 2), '\0');
        assert_eq!(before("aé", 3), 'é');
        assert_eq!(before("aé", 0), '\0');
    }
}
