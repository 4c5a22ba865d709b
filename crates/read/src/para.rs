//! Paragraph spans: blank lines separate paragraphs; a text without blank lines but with
//! several lines has one paragraph per line (feeds and records often print it so).

use dyad_model::{Paragraph, Span};

/// The paragraphs of `text`, each trimmed of surrounding whitespace, in order.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let has_blank_line = text.trim().lines().any(|l| l.trim().is_empty());
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        if blank || !has_blank_line {
            if let Some(s) = start.take() {
                push(&mut out, text, s, end);
            }
        }
        if !blank {
            start.get_or_insert(pos);
            end = pos + line.len();
            if !has_blank_line {
                if let Some(s) = start.take() {
                    push(&mut out, text, s, end);
                }
            }
        }
        pos += line.len();
    }
    if let Some(s) = start {
        push(&mut out, text, s, end);
    }
    out
}

fn push(out: &mut Vec<Paragraph>, text: &str, start: usize, end: usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if start + lead < end - trail {
        out.push(Paragraph {
            span: Span::new(start + lead, end - trail),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_cases() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "blank lines",
                "One.\n\nTwo\nstill two.\n",
                &["One.", "Two\nstill two."],
            ),
            ("lines only", "One.\nTwo.\n", &["One.", "Two."]),
            ("crlf", "One.\r\n\r\nTwo.", &["One.", "Two."]),
            ("indent", "  One.  \n\n\n  Two.", &["One.", "Two."]),
            ("empty", "  \n ", &[]),
            ("unicode", "Qırım.\n\n«Да».", &["Qırım.", "«Да»."]),
        ];
        for (name, text, want) in cases {
            let got: Vec<&str> = paragraphs(text)
                .iter()
                .map(|p| p.span.slice(text))
                .collect();
            assert_eq!(&got, want, "case {name}");
        }
    }
}
