//! Random parses, with head cycles and nonsense relations as a broken parser or a
//! hand-edited CoNLL-U file may give, go through the coder without a panic or a hang.

use dyad_coder::{CoderBuilder, Discourse};
use dyad_dict::{Dictionaries, FileKind, LoadOptions};
use dyad_model::{Sentence, Span, Token, Upos};

const VERBS: &str = "--- ATTACK [190] ---\nATTACK\n--- SAY [010] ---\nSAY {SAID}\n\
--- DENY [016] ---\nDENY\n--- PROMISE [030] ---\nPROMISE\n--- INSIST [010] ---\nINSIST\n\
--- LIFT [085] ---\nLIFT\n--- MASS [150] ---\nMASS\n--- APPEAL [020] ---\nAPPEAL\n\
--- WARN [130] ---\nWARN\n--- URGE [020] ---\nURGE\n";
const ACTORS: &str = "ISRAEL [ISR]\nEGYPT [EGY]\nAL-SHABAB [SOMREB]\nTALIBAN [AFGREB]\n";
const AGENTS: &str = "TROOPS {} [~MIL]\nPOLICE [~COP]\nGOVERNMENT [~GOV]\nREBELS [~REB]\n";

const FORMS: &[&str] = &[
    "Israel",
    "attacked",
    "Egypt",
    "the",
    "police",
    "government",
    "said",
    "it",
    "that",
    "if",
    "denied",
    "and",
    ",",
    "-",
    "Al",
    "Shabab",
    "troops",
    "by",
    "with",
    "Taliban",
    "insisted",
    "lift",
    "rebels",
    "?",
    "\"",
    "promised",
    "Ministry",
    "a",
    "two",
    "whether",
    "massed",
    "appealed",
    "he",
    "they",
    "relations",
    "years",
    "now",
    ".",
];
const UPOS: &[Upos] = &[
    Upos::Noun,
    Upos::Propn,
    Upos::Verb,
    Upos::Aux,
    Upos::Adj,
    Upos::Pron,
    Upos::Det,
    Upos::Adp,
    Upos::Punct,
    Upos::Cconj,
    Upos::Num,
    Upos::Sconj,
    Upos::Adv,
    Upos::Part,
];
const XPOS: &[&str] = &[
    "NN", "NNP", "VBD", "VBZ", "VB", "VBN", "JJ", "PRP", "DT", "IN", ".", "CC", "CD", "POS",
];
const RELS: &[&str] = &[
    "nsubj",
    "nsubj:pass",
    "obj",
    "iobj",
    "obl",
    "nmod",
    "obl:tmod",
    "case",
    "conj",
    "cc",
    "advmod",
    "xcomp",
    "ccomp",
    "parataxis",
    "advcl",
    "acl",
    "acl:relcl",
    "appos",
    "aux",
    "cop",
    "mark",
    "punct",
    "root",
    "compound",
    "amod",
    "det",
    "nmod:poss",
    "flat",
];

/// A small linear congruential generator: the same cases on every run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

fn sentence(r: &mut Lcg, acyclic: bool) -> Sentence {
    let n = 1 + r.below(14);
    // A random tree: each word but the first in a shuffled order hangs on an earlier one.
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        order.swap(i, r.below(i + 1));
    }
    let mut tree_head = vec![0usize; n];
    for k in 1..n {
        tree_head[order[k]] = order[r.below(k)] + 1;
    }
    let mut s = Sentence::default();
    for (i, &tree) in tree_head.iter().enumerate() {
        let f = FORMS[r.below(FORMS.len())];
        if i > 0 && r.below(3) != 0 {
            s.text.push(' ');
        }
        let start = s.text.len();
        s.text.push_str(f);
        let head = r.below(n + 1);
        s.tokens.push(Token {
            form: f.to_string(),
            lemma: f.trim_end_matches("ed").to_lowercase(),
            upos: UPOS[r.below(UPOS.len())],
            xpos: XPOS[r.below(XPOS.len())].to_string(),
            head: if acyclic { tree } else { head },
            deprel: RELS[r.below(RELS.len())].to_string(),
            span: Span::new(start, s.text.len()),
            ..Token::default()
        });
    }
    s
}

fn coder() -> dyad_coder::Coder {
    let files = [
        ("v.txt", FileKind::Verbs, VERBS),
        ("a.actors.txt", FileKind::Actors, ACTORS),
        ("g.txt", FileKind::Agents, AGENTS),
    ];
    let d = Dictionaries::from_strs(&files, &LoadOptions { strict: true })
        .unwrap_or_else(|e| panic!("{e}"));
    CoderBuilder::new()
        .dictionaries(d)
        .targetless_roots(&[1, 2, 8, 12, 13, 17])
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

fn run(acyclic: bool) {
    let coder = coder();
    let mut r = Lcg(12345);
    for _ in 0..20_000 {
        let s = sentence(&mut r, acyclic);
        let mut ctx = Discourse::new();
        ctx.set_home(Some("AFG"));
        let _ = coder.code_in(&s, None, &mut ctx);
        let _ = coder.code(&s, None);
    }
}

#[test]
fn clauses_that_are_each_others_complement_do_not_overflow() {
    // "warned" and "urged" each the other's complement, a cycle off the root.
    let conllu = "1\tEgypt\tEgypt\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n\
                  2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\
                  3\twarned\twarn\tVERB\tVBD\t_\t4\tccomp\t_\t_\n\
                  4\turged\turge\tVERB\tVBD\t_\t3\tccomp\t_\t_\n\
                  5\tIsrael\tIsrael\tPROPN\tNNP\t_\t2\tobj\t_\t_\n";
    let s = dyad_model::conllu::parse(conllu)
        .unwrap_or_else(|e| panic!("{e}"))
        .remove(0);
    let _ = coder().code(&s, None);
}

#[test]
fn random_parses_with_cycles_do_not_panic() {
    run(false);
}

#[test]
fn random_trees_do_not_panic() {
    run(true);
}
