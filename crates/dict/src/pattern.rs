//! Verb patterns: `- $ words * (PREP words) {NOUN PHRASE} + [code]`.

use crate::{ErrorKind, EventCode, FamilyId, Origin};

/// Index of a pattern in [`crate::VerbDict::patterns`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PatternId(pub u32);

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    /// A word, lowercased.
    Word(String),
    /// `&NAME`: any member of the synset (name uppercased, trailing `_` dropped).
    Synset(String),
    /// `{...}`: words that must be adjacent, inside one noun phrase.
    Group(Vec<Elem>),
    /// `(PREP ...)`: a prepositional phrase; the first element is the preposition.
    Prep(Vec<Elem>),
    /// `$`: the source actor is here.
    Source,
    /// `+`: the target actor is here.
    Target,
    /// `%`: a compound actor here is both source and target.
    Compound,
    /// `^`: skip a noun phrase.
    Skip,
}

/// A pattern of a verb family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// The family it belongs to.
    pub family: FamilyId,
    /// Elements before the verb, in sentence order.
    pub before: Vec<Elem>,
    /// Elements after the verb, in sentence order.
    pub after: Vec<Elem>,
    /// What it codes.
    pub code: EventCode,
    /// Where it was written.
    pub origin: Origin,
    /// The pattern as written, for `--explain`.
    pub text: String,
}

impl Pattern {
    /// How specific the pattern is: the number of elements that must match words.
    pub fn weight(&self) -> usize {
        fn w(e: &[Elem]) -> usize {
            e.iter()
                .map(|e| match e {
                    Elem::Word(_) | Elem::Synset(_) => 1,
                    Elem::Group(g) | Elem::Prep(g) => w(g) + 1,
                    _ => 0,
                })
                .sum()
        }
        w(&self.before) + w(&self.after)
    }
}

/// Splits pattern text into tokens: brackets alone, `_` and spaces separate words.
fn tokens(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let sep = c.is_whitespace() || c == '_';
        let br = matches!(c, '(' | ')' | '{' | '}' | '*');
        if sep || br {
            if let Some(st) = start.take() {
                out.push(&s[st..i]);
            }
            if br {
                out.push(&s[i..i + 1]);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push(&s[st..]);
    }
    out
}

/// Reads pattern elements (text without the code); `*` splits before from after.
/// Returns (before, after, saw_star).
pub(crate) fn parse_elems(s: &str) -> Result<(Vec<Elem>, Vec<Elem>, bool), ErrorKind> {
    // Nesting deeper than this is no pattern anyone writes; it bounds the stack.
    const MAX_DEPTH: usize = 8;
    let mut stack: Vec<(char, Vec<Elem>)> = Vec::new();
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut star = false;
    for t in tokens(s) {
        let elem = match t {
            "(" | "{" => {
                if stack.len() >= MAX_DEPTH {
                    return Err(ErrorKind::Unbalanced(
                        t.chars().next().unwrap_or('('),
                        s.to_string(),
                    ));
                }
                stack.push((if t == "(" { ')' } else { '}' }, Vec::new()));
                continue;
            }
            ")" | "}" => {
                let close = if t == ")" { ')' } else { '}' };
                match stack.pop() {
                    Some((want, inner)) if want == close => {
                        if close == ')' {
                            Elem::Prep(inner)
                        } else {
                            Elem::Group(inner)
                        }
                    }
                    _ => return Err(ErrorKind::Unbalanced(close, s.to_string())),
                }
            }
            "*" => {
                if !stack.is_empty() {
                    return Err(ErrorKind::Unbalanced(
                        stack.last().map_or('(', |x| x.0),
                        s.to_string(),
                    ));
                }
                star = true;
                continue;
            }
            "$" => Elem::Source,
            "+" => Elem::Target,
            "%" => Elem::Compound,
            "^" => Elem::Skip,
            w => match w.strip_prefix('&') {
                Some(name) => Elem::Synset(synset_key(name)),
                None => Elem::Word(w.to_lowercase()),
            },
        };
        match stack.last_mut() {
            Some((_, inner)) => inner.push(elem),
            None if star => after.push(elem),
            None => before.push(elem),
        }
    }
    if let Some((c, _)) = stack.last() {
        return Err(ErrorKind::Unbalanced(
            if *c == ')' { '(' } else { '{' },
            s.to_string(),
        ));
    }
    Ok((before, after, star))
}

/// The lookup key of a synset name: uppercased, without `&` and trailing `_`.
pub(crate) fn synset_key(name: &str) -> String {
    name.trim_start_matches('&')
        .trim_end_matches('_')
        .to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Elem {
        Elem::Word(s.into())
    }

    #[test]
    fn elements() {
        let (b, a, star) = parse_elems("$ ^ (FOR) * THEIR {A &TIETYPES} +").unwrap_or_default();
        assert!(star);
        assert_eq!(
            b,
            vec![Elem::Source, Elem::Skip, Elem::Prep(vec![w("for")])]
        );
        assert_eq!(
            a,
            vec![
                w("their"),
                Elem::Group(vec![w("a"), Elem::Synset("TIETYPES".into())]),
                Elem::Target
            ]
        );
        let (b, a, _) = parse_elems("IN_AND_*_OUT").unwrap_or_default();
        assert_eq!((b.len(), a.len()), (2, 1));
    }

    #[test]
    fn errors() {
        for bad in ["* (TO {PEACE PLAN)", "* TO)", "( * )", "* {A"] {
            assert!(parse_elems(bad).is_err(), "case {bad:?}");
        }
    }
}
