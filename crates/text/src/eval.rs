//! Scoring sentence splitting and tokenization from raw text against a UD treebank, as
//! the CoNLL 2018 shared task does: a word or sentence counts when its span matches.
//!
//! The raw text is rebuilt from the treebank: the surface tokens joined by a space unless
//! `SpaceAfter=No`, sentences of one paragraph joined likewise, a blank line before each
//! `# newpar` and `# newdoc`, and lines wrapped at 80 columns (as UD's `conllu_to_text`
//! does; a single newline is only a space to the splitter). Multi-word tokens (`don't`)
//! count as their syntactic words (`do` `n't`), each with its sub-span, which is also
//! what the tokenizer outputs, so the word score is the stricter CoNLL "Words" metric.

use crate::{Error, Tokenizer};
use dyad_model::Span;
use std::path::{Path, PathBuf};

/// Raw text with its gold sentences and words.
#[derive(Debug, Clone, Default)]
pub struct Gold {
    /// The rebuilt raw text.
    pub text: String,
    /// Gold sentence spans, in order.
    pub sentences: Vec<Span>,
    /// Gold syntactic-word spans, in order.
    pub words: Vec<Span>,
}

/// Counts for precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Items in the gold standard.
    pub gold: usize,
    /// Items predicted.
    pub predicted: usize,
    /// Predicted items matching a gold item exactly.
    pub correct: usize,
}

impl Counts {
    /// Precision in percent.
    pub fn precision(&self) -> f64 {
        pct(self.correct, self.predicted)
    }
    /// Recall in percent.
    pub fn recall(&self) -> f64 {
        pct(self.correct, self.gold)
    }
    /// F1 in percent.
    pub fn f1(&self) -> f64 {
        pct(2 * self.correct, self.gold + self.predicted)
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// Sentence and word scores.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    /// Sentence spans.
    pub sentences: Counts,
    /// Syntactic-word spans.
    pub words: Counts,
}

/// Reads a CoNLL-U file and rebuilds its raw text and gold spans.
pub fn read_gold(path: &Path) -> Result<Gold, Error> {
    let data = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    gold_from_conllu(&data).map_err(|e| match e {
        Error::Conllu { line, message, .. } => Error::Conllu {
            path: path.to_path_buf(),
            line,
            message,
        },
        other => other,
    })
}

/// Rebuilds raw text and gold spans from CoNLL-U text.
pub fn gold_from_conllu(conllu: &str) -> Result<Gold, Error> {
    let mut g = Gold::default();
    let mut sentence_start: Option<usize> = None;
    let mut break_before = false;
    // Syntactic words of the multi-word token being read: (end id, span start).
    let mut mwt: Option<(usize, usize)> = None;
    let err = |line: usize, message| Error::Conllu {
        path: PathBuf::new(),
        line,
        message,
    };
    for (n, line) in conllu.lines().enumerate() {
        let line_no = n + 1;
        if line.starts_with("# newdoc") || line.starts_with("# newpar") {
            break_before = true;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            if let Some(s) = sentence_start.take() {
                let end = g.words.last().map_or(s, |w| w.end);
                g.sentences.push(Span::new(s, end));
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(err(line_no, "expected 10 tab-separated columns"));
        }
        let (id, form, misc) = (cols[0], cols[1], cols[9]);
        if id.contains('.') {
            continue;
        }
        let no_space = misc.split('|').any(|m| m == "SpaceAfter=No");
        if sentence_start.is_none() && !g.text.is_empty() && break_before {
            g.text.truncate(g.text.trim_end().len());
            g.text.push_str("\n\n");
        }
        break_before = false;
        if let Some((a, b)) = id.split_once('-') {
            let (Ok(a), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) else {
                return Err(err(line_no, "bad multi-word token range"));
            };
            sentence_start.get_or_insert(g.text.len());
            mwt = Some((b.max(a), g.text.len()));
            g.text.push_str(form);
            if !no_space {
                g.text.push(' ');
            }
            continue;
        }
        let Ok(id) = id.parse::<usize>() else {
            return Err(err(line_no, "bad token id"));
        };
        match mwt {
            Some((last, at)) => {
                g.words.push(Span::new(at, at + form.len()));
                mwt = (id < last).then_some((last, at + form.len()));
            }
            None => {
                sentence_start.get_or_insert(g.text.len());
                let s = g.text.len();
                g.text.push_str(form);
                g.words.push(Span::new(s, s + form.len()));
                if !no_space {
                    g.text.push(' ');
                }
            }
        }
    }
    if let Some(s) = sentence_start {
        let end = g.words.last().map_or(s, |w| w.end);
        g.sentences.push(Span::new(s, end));
    }
    // Spaces are pushed eagerly after each token (so between sentences too).
    g.text.truncate(g.text.trim_end().len());
    wrap(&mut g.text, 80);
    Ok(g)
}

/// Replaces spaces by newlines so no line is longer than `width` (where possible).
/// Byte offsets do not change.
fn wrap(text: &mut String, width: usize) {
    let mut cuts = Vec::new();
    let mut line_start = 0;
    let mut last_space = None;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            line_start = i + 1;
            last_space = None;
            continue;
        }
        if i - line_start >= width {
            if let Some(sp) = last_space.take() {
                cuts.push(sp);
                line_start = sp + 1;
            }
        }
        if c == ' ' {
            last_space = Some(i);
        }
    }
    if cuts.is_empty() {
        return;
    }
    let mut out = String::with_capacity(text.len());
    let mut next = cuts.iter().peekable();
    for (i, c) in text.char_indices() {
        if next.peek() == Some(&&i) {
            next.next();
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    *text = out;
}

/// Splits and tokenizes `gold.text` with `tokenizer` and scores it.
pub fn score(gold: &Gold, tokenizer: &Tokenizer) -> Scores {
    let mut spans = Vec::new();
    let mut ends = Vec::new();
    tokenizer.sentence_spans_into(&gold.text, &mut spans, &mut ends);
    let mut sentences = Vec::with_capacity(ends.len());
    let mut start = 0;
    for &e in &ends {
        if e > start {
            sentences.push(Span::new(spans[start].start, spans[e - 1].end));
        }
        start = e;
    }
    Scores {
        sentences: matches(&gold.sentences, &sentences),
        words: matches(&gold.words, &spans),
    }
}

/// Exact-span matches between two sorted span lists.
fn matches(gold: &[Span], pred: &[Span]) -> Counts {
    let (mut i, mut j, mut correct) = (0, 0, 0);
    while i < gold.len() && j < pred.len() {
        match gold[i].cmp(&pred[j]) {
            std::cmp::Ordering::Equal => {
                correct += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    Counts {
        gold: gold.len(),
        predicted: pred.len(),
        correct,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# newdoc id = a\n# newpar\n# text = I don't know.\n\
1\tI\tI\tPRON\t_\t_\t3\tnsubj\t_\t_\n\
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tdo\tdo\tAUX\t_\t_\t4\taux\t_\t_\n\
3\tn't\tnot\tPART\t_\t_\t4\tadvmod\t_\t_\n\
4\tknow\tknow\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n\
5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n\n\
# text = Fine.\n\
1\tFine\tfine\tADJ\t_\t_\t0\troot\t_\tSpaceAfter=No\n\
2\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n\
# newpar\n# text = Next\n\
1\tNext\tnext\tADJ\t_\t_\t0\troot\t_\t_\n\n";

    #[test]
    fn gold_text_and_spans() {
        let g = gold_from_conllu(DOC).unwrap_or_default();
        assert_eq!(g.text, "I don't know. Fine.\n\nNext");
        let words: Vec<&str> = g.words.iter().map(|w| w.slice(&g.text)).collect();
        assert_eq!(words, ["I", "do", "n't", "know", ".", "Fine", ".", "Next"]);
        let sents: Vec<&str> = g.sentences.iter().map(|s| s.slice(&g.text)).collect();
        assert_eq!(sents, ["I don't know.", "Fine.", "Next"]);
    }

    #[test]
    fn perfect_score_on_easy_text() {
        let g = gold_from_conllu(DOC).unwrap_or_default();
        let s = score(&g, &Tokenizer::new());
        assert_eq!(s.words.f1(), 100.0);
        assert_eq!(s.sentences.f1(), 100.0);
    }

    #[test]
    fn bad_lines_are_errors_with_line_numbers() {
        let cases = [
            ("too_few_columns", "1\tI\n", 1),
            ("bad_id", "# c\nx\tI\t_\t_\t_\t_\t_\t_\t_\t_\n", 2),
            ("bad_range", "a-b\tI\t_\t_\t_\t_\t_\t_\t_\t_\n", 1),
        ];
        for (name, text, want) in cases {
            match gold_from_conllu(text) {
                Err(Error::Conllu { line, .. }) => assert_eq!(line, want, "{name}"),
                other => panic!("{name}: {other:?}"),
            }
        }
    }

    #[test]
    fn wrap_keeps_offsets() {
        let mut t = "word ".repeat(40);
        let len = t.len();
        wrap(&mut t, 80);
        assert_eq!(t.len(), len);
        assert!(t.lines().all(|l| l.len() <= 80));
    }
}
