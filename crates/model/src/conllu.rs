//! Reading and writing sentences in CoNLL-U.
//!
//! Multi-word token lines (`1-2`) and empty nodes (`1.1`) are skipped: dyad works on
//! syntactic words. Offsets come from `TokenRange=start:end` in MISC when present.

use crate::{Sentence, Span, Token, Upos};
use std::fmt::Write as _;

/// What is wrong with a CoNLL-U line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConlluError {
    /// 1-based line number within the text given.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ConlluError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ConlluError {}

/// Parses every sentence in `text`. Comment `# text = ...` fills [`Sentence::text`].
pub fn parse(text: &str) -> Result<Vec<Sentence>, ConlluError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        let lineno = n + 1;
        if line.trim().is_empty() {
            if !cur.tokens.is_empty() {
                cur.index = out.len();
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            if let Some(t) = c.trim_start().strip_prefix("text =") {
                cur.text = t.trim().to_string();
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 {
            return Err(ConlluError {
                line: lineno,
                message: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let id: usize = cols[0].parse().map_err(|_| ConlluError {
            line: lineno,
            message: format!("token id {:?} is not a number", cols[0]),
        })?;
        if id != cur.tokens.len() + 1 {
            return Err(ConlluError {
                line: lineno,
                message: format!(
                    "token id {id} out of order (expected {})",
                    cur.tokens.len() + 1
                ),
            });
        }
        let head = match cols[6] {
            "_" => 0,
            h => h.parse().map_err(|_| ConlluError {
                line: lineno,
                message: format!("head {h:?} is not a number"),
            })?,
        };
        let upos = Upos::parse(cols[3]).ok_or_else(|| ConlluError {
            line: lineno,
            message: format!("unknown UPOS tag {:?}", cols[3]),
        })?;
        let span = cols
            .get(9)
            .and_then(|m| m.split('|').find_map(|kv| kv.strip_prefix("TokenRange=")))
            .and_then(|r| r.split_once(':'))
            .and_then(|(a, b)| Some(Span::new(a.parse().ok()?, b.parse().ok()?)))
            .unwrap_or_default();
        cur.tokens.push(Token {
            span,
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos,
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
        });
    }
    if !cur.tokens.is_empty() {
        cur.index = out.len();
        out.push(cur);
    }
    for s in &mut out {
        if s.text.is_empty() {
            s.text = s
                .tokens
                .iter()
                .map(|t| t.form.as_str())
                .collect::<Vec<_>>()
                .join(" ");
        }
        let n = s.tokens.len();
        if let Some(t) = s.tokens.iter().find(|t| t.head > n) {
            return Err(ConlluError {
                line: 0,
                message: format!(
                    "sentence {}: head {} beyond the sentence's {n} tokens",
                    s.index + 1,
                    t.head
                ),
            });
        }
    }
    Ok(out)
}

/// Writes one sentence as CoNLL-U, with `# text` and byte offsets (`TokenRange`) in MISC.
pub fn write_into(sentence: &Sentence, sent_id: &str, out: &mut String) {
    let _ = writeln!(out, "# sent_id = {sent_id}");
    let _ = writeln!(out, "# text = {}", sentence.text.replace('\n', " "));
    for (i, t) in sentence.tokens.iter().enumerate() {
        let dash = |s: &str| {
            if s.is_empty() {
                "_".to_string()
            } else {
                s.to_string()
            }
        };
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\tTokenRange={}:{}",
            i + 1,
            t.form,
            dash(&t.lemma),
            t.upos.as_str(),
            dash(&t.xpos),
            dash(&t.feats),
            t.head,
            dash(&t.deprel),
            t.span.start,
            t.span.end
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: &str = "# text = Arnor attacked.\n1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\tTokenRange=0:5\n2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n";

    #[test]
    fn reads_sentences_tokens_and_offsets() {
        let s = parse(TWO).expect("parses");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].text, "Arnor attacked.");
        assert_eq!(s[0].tokens[0].span, Span::new(0, 5));
        assert_eq!(s[0].tokens[1].lemma, "attack");
        assert_eq!(s[1].index, 1);
    }

    #[test]
    fn errors_name_the_line() {
        let cases = [
            ("1\tA\ta\tNOUN\n", 1, "columns"),
            ("1\tA\ta\tFOO\tNN\t_\t0\troot\t_\t_\n", 1, "UPOS"),
            ("2\tA\ta\tNOUN\tNN\t_\t0\troot\t_\t_\n", 1, "out of order"),
            ("# c\n1\tA\ta\tNOUN\tNN\t_\tx\troot\t_\t_\n", 2, "head"),
        ];
        for (text, line, what) in cases {
            let e = parse(text).expect_err(text);
            assert_eq!(e.line, line, "{text}");
            assert!(e.message.contains(what), "{}", e.message);
        }
    }

    #[test]
    fn write_then_read_round_trips() {
        let s = parse(TWO).expect("parses");
        let mut out = String::new();
        write_into(&s[0], "1", &mut out);
        let back = parse(&out).expect("reparses");
        assert_eq!(
            back[0].tokens,
            s[0].tokens
                .iter()
                .cloned()
                .map(|mut t| {
                    if t.span == Span::default() {
                        t.span = Span::new(0, 0)
                    }
                    t
                })
                .collect::<Vec<_>>()
        );
    }
}
