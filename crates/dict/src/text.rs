//! Small text helpers shared by the file readers.

/// Cuts a `#` comment off a line, except inside `[...]` (codes such as `[###]`).
pub(crate) fn strip_comment(line: &str) -> &str {
    let mut depth = 0usize;
    for (i, c) in line.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '#' if depth == 0 => return &line[..i],
            _ => {}
        }
    }
    line
}

/// Tracks `<!-- ... -->` comments, which the older dictionaries use, across lines.
#[derive(Default)]
pub(crate) struct XmlComments {
    open: bool,
}

impl XmlComments {
    /// The part of `line` outside `<!-- -->` comments (only whole-line or trailing
    /// comments occur in practice; text before `<!--` is kept).
    pub(crate) fn strip<'a>(&mut self, line: &'a str) -> &'a str {
        if self.open {
            match line.find("-->") {
                Some(i) => {
                    self.open = false;
                    let rest = &line[i + 3..];
                    if rest.trim().is_empty() {
                        ""
                    } else {
                        rest
                    }
                }
                None => "",
            }
        } else if let Some(i) = line.find("<!") {
            if !line[i..].contains('>')
                || (line[i..].starts_with("<!--") && !line[i + 4..].contains("-->"))
            {
                self.open = true;
            }
            &line[..i]
        } else {
            line
        }
    }
}

/// Splits a dictionary phrase (`MINAS_TIRITH`, `PRESIDENT HOSNI MURBARAK`) into
/// lowercased words; `_` and spaces both separate words; a trailing `_` is dropped.
pub(crate) fn phrase_words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// Finds the first `[...]` block, returning (before, inside, after).
pub(crate) fn split_code(line: &str) -> Option<(&str, &str, &str)> {
    let open = line.find('[')?;
    let close = line[open..].find(']')? + open;
    Some((&line[..open], &line[open + 1..close], &line[close + 1..]))
}
