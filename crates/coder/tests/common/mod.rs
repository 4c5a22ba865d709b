//! Helpers shared by the coder's integration tests.
#![allow(dead_code)]

use dyad_coder::{Coder, CoderBuilder};
use dyad_dict::{Dictionaries, FileKind, LoadOptions};
use dyad_model::{Sentence, Span};

/// Small dictionaries written in the test, loaded strictly.
fn dictionaries(files: &[(&str, FileKind, &str)]) -> Dictionaries {
    Dictionaries::from_strs(files, &LoadOptions { strict: true }).unwrap_or_else(|e| panic!("{e}"))
}

/// A coder with the default settings over small dictionaries written in the test.
pub fn plain_coder(files: &[(&str, FileKind, &str)]) -> Coder {
    CoderBuilder::new()
        .dictionaries(dictionaries(files))
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A coder with the default settings over one verbs, one actors and one agents file
/// written in the test (the actors file is named as people's, so it is dated).
pub fn misparse_coder(verbs: &str, actors: &str, agents: &str) -> Coder {
    plain_coder(&[
        ("v.txt", FileKind::Verbs, verbs),
        ("people-test.actors.txt", FileKind::Actors, actors),
        ("g.txt", FileKind::Agents, agents),
    ])
}

/// A misparse: what it shows, its CoNLL-U rows (see [`sent`]), and the events (see
/// [`show`]) its right parse gives.
pub type Case<'a> = (&'a str, &'a [&'a str], &'a [&'a str]);

/// Codes every case and checks its events, listing every case that fails.
pub fn check_cases(c: &Coder, cases: &[Case]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(name, rows, want)| {
            let got = show(&c.code(&sent(rows), None));
            (got != *want).then(|| format!("{name}: got {got:?}, want {want:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A coder over small dictionaries written in the test, strict, with intentions, events
/// of the `targetless` roots kept without a target.
pub fn coder_from(files: &[(&str, FileKind, &str)], targetless: &[u8]) -> Coder {
    CoderBuilder::new()
        .dictionaries(dictionaries(files))
        .intentions(true)
        .targetless_roots(targetless)
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A parsed sentence from rows "form lemma UPOS [XPOS] head deprel" (XPOS optional), its
/// text the forms joined by spaces.
pub fn sent(rows: &[&str]) -> Sentence {
    let mut conllu = String::new();
    for (i, r) in rows.iter().enumerate() {
        let c: Vec<&str> = r.split_whitespace().collect();
        let (xpos, head, deprel) = match c.as_slice() {
            [_, _, _, x, h, d] => (*x, *h, *d),
            [_, _, _, h, d] => ("_", *h, *d),
            _ => panic!("row {r:?}: want 5 or 6 columns"),
        };
        conllu.push_str(&format!(
            "{}\t{}\t{}\t{}\t{xpos}\t_\t{head}\t{deprel}\t_\t_\n",
            i + 1,
            c[0],
            c[1],
            c[2],
        ));
    }
    let mut s = dyad_model::conllu::parse(&conllu)
        .unwrap_or_else(|e| panic!("{e}"))
        .remove(0);
    s.text = rows
        .iter()
        .filter_map(|r| r.split_whitespace().next())
        .collect::<Vec<_>>()
        .join(" ");
    s
}

/// Events as sorted "SOURCE TARGET CODE" lines, "-" for a missing actor.
pub fn show(events: &[dyad_model::Event]) -> Vec<String> {
    let code =
        |a: &Option<dyad_model::ActorMention>| a.as_ref().map_or("-".into(), |a| a.code.clone());
    let mut v: Vec<String> = events
        .iter()
        .map(|e| format!("{} {} {}", code(&e.source), code(&e.target), e.cameo))
        .collect();
    v.sort();
    v
}

/// Gives the tokens their byte spans in `text`, where they occur in order.
pub fn place(mut s: Sentence, text: &str) -> Sentence {
    let mut at = 0;
    for t in &mut s.tokens {
        let start = text[at..]
            .find(t.form.as_str())
            .map(|k| at + k)
            .unwrap_or_else(|| panic!("{:?} not in {text:?}", t.form));
        t.span = Span::new(start, start + t.form.len());
        at = start + t.form.len();
    }
    s.text = text.to_string();
    s
}
