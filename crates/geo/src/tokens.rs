//! The tokenizer shared by the name index and the text scanner, so that a name and its
//! mention split the same way ("Washington, D.C." is `Washington` `,` `D.C` `.`).

/// One token: a word or a single punctuation character, as byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub is_word: bool,
}

/// Characters that may join two word characters inside one token ("Ivano-Frankivsk",
/// "Ras al-'Ain", "U.S"). An apostrophe before a final "s" is a possessive and splits.
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.')
}

/// Splits `text` into tokens, appending them to the cleared `out`.
pub(crate) fn tokenize_into(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                start: i,
                end: i + c.len_utf8(),
                is_word: false,
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        loop {
            let rest = &text[end..];
            let mut chars = rest.chars();
            match chars.next() {
                Some(n) if n.is_alphanumeric() => end += n.len_utf8(),
                Some(j) if is_joiner(j) => {
                    let after = chars.next();
                    let possessive = (j == '\'' || j == '’')
                        && matches!(after, Some('s'))
                        && !chars.next().is_some_and(char::is_alphanumeric);
                    match after {
                        Some(a) if a.is_alphanumeric() && !possessive => {
                            end += j.len_utf8() + a.len_utf8();
                        }
                        _ => break,
                    }
                }
                _ => break,
            }
        }
        // Skip the chars consumed beyond `c`.
        while it.peek().is_some_and(|&(k, _)| k < end) {
            it.next();
        }
        out.push(Tok {
            start: i,
            end,
            is_word: true,
        });
    }
}

/// The index key of a name: its tokens joined by one space.
pub(crate) fn key_of(name: &str, toks: &mut Vec<Tok>, out: &mut String) {
    tokenize_into(name, toks);
    out.clear();
    for (n, t) in toks.iter().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(&name[t.start..t.end]);
    }
}

/// True when the word starts with an upper-case letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_names() {
        let cases: &[(&str, &[&str])] = &[
            ("Washington, D.C.", &["Washington", ",", "D.C", "."]),
            ("Kiev's mayor", &["Kiev", "'", "s", "mayor"]),
            ("Ivano-Frankivsk", &["Ivano-Frankivsk"]),
            ("the U.S. and", &["the", "U.S", ".", "and"]),
            ("Simferopol'", &["Simferopol", "'"]),
            ("", &[]),
            ("«Kyiv»", &["«", "Kyiv", "»"]),
        ];
        let mut toks = Vec::new();
        for (text, want) in cases {
            tokenize_into(text, &mut toks);
            let got: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
            assert_eq!(&got, want, "tokens of {text:?}");
        }
    }
}
