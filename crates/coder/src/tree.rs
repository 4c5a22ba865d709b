//! A read-only view of a UD sentence: lowercased words, children, relations
//! normalised across UD v1 and v2.

use dyad_dict::{Dictionaries, Sym};
use dyad_model::{Sentence, Upos};

/// Dependency relations the coder distinguishes, UD v1 and v2 names folded together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    Nsubj,
    NsubjPass,
    Obj,
    Iobj,
    /// `nmod`, `obl` (prepositional and oblique phrases), but not their `:tmod`/`:poss`.
    Nmod,
    Poss,
    Case,
    Conj,
    Cc,
    Neg,
    Advmod,
    Xcomp,
    Ccomp,
    Parataxis,
    Advcl,
    Acl,
    RelCl,
    Appos,
    Aux,
    Cop,
    Mark,
    Punct,
    Other,
}

impl Rel {
    fn parse(deprel: &str) -> Rel {
        let (base, sub) = deprel.split_once(':').unwrap_or((deprel, ""));
        match (base, sub) {
            ("nsubj", "pass") | ("nsubjpass", _) | ("csubjpass", _) => Rel::NsubjPass,
            ("nsubj", _) | ("csubj", _) => Rel::Nsubj,
            ("obj" | "dobj", _) => Rel::Obj,
            ("iobj", _) => Rel::Iobj,
            ("nmod" | "obl", "poss") => Rel::Poss,
            ("nmod" | "obl", "tmod" | "npmod") => Rel::Other,
            ("nmod" | "obl", _) => Rel::Nmod,
            ("case", _) => Rel::Case,
            ("conj", _) => Rel::Conj,
            ("cc", _) => Rel::Cc,
            ("neg", _) => Rel::Neg,
            ("advmod", _) => Rel::Advmod,
            ("xcomp", _) => Rel::Xcomp,
            ("ccomp", _) => Rel::Ccomp,
            ("parataxis", _) => Rel::Parataxis,
            ("advcl", _) => Rel::Advcl,
            ("acl", "relcl") => Rel::RelCl,
            ("acl", _) => Rel::Acl,
            ("appos", _) => Rel::Appos,
            ("aux", _) | ("auxpass", _) => Rel::Aux,
            ("cop", _) => Rel::Cop,
            ("mark", _) => Rel::Mark,
            ("punct", _) => Rel::Punct,
            _ => Rel::Other,
        }
    }
}

/// Longest sentence the coder reads, in tokens: longer "sentences" are run-on text or
/// tables, and the per-sentence work is quadratic in places.
pub(crate) const MAX_TOKENS: usize = 400;

/// One sentence prepared for coding. Token indices are 0-based.
pub(crate) struct Tree<'s> {
    pub(crate) s: &'s Sentence,
    pub(crate) forms: Vec<String>,
    pub(crate) lemmas: Vec<String>,
    pub(crate) syms: Vec<Option<Sym>>,
    pub(crate) heads: Vec<Option<usize>>,
    pub(crate) rels: Vec<Rel>,
    children: Vec<Vec<usize>>,
}

impl<'s> Tree<'s> {
    pub(crate) fn new(s: &'s Sentence, d: &Dictionaries) -> Tree<'s> {
        let n = s.tokens.len().min(MAX_TOKENS);
        let toks = &s.tokens[..n];
        let forms: Vec<String> = toks.iter().map(|t| t.form.to_lowercase()).collect();
        let lemmas: Vec<String> = toks.iter().map(|t| t.lemma.to_lowercase()).collect();
        let syms = forms.iter().map(|f| d.sym(f)).collect();
        let heads: Vec<Option<usize>> = toks
            .iter()
            .enumerate()
            .map(|(i, t)| t.head.checked_sub(1).filter(|&h| h < n && h != i))
            .collect();
        let rels = toks.iter().map(|t| Rel::parse(&t.deprel)).collect();
        let mut children = vec![Vec::new(); n];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = h {
                children[*h].push(i);
            }
        }
        Tree { s, forms, lemmas, syms, heads, rels, children }
    }

    pub(crate) fn len(&self) -> usize {
        self.forms.len()
    }

    pub(crate) fn children(&self, i: usize) -> &[usize] {
        self.children.get(i).map_or(&[], Vec::as_slice)
    }

    pub(crate) fn child(&self, i: usize, rel: Rel) -> Option<usize> {
        self.children(i).iter().copied().find(|&c| self.rels[c] == rel)
    }

    pub(crate) fn upos(&self, i: usize) -> Upos {
        self.s.tokens.get(i).map_or(Upos::X, |t| t.upos)
    }

    pub(crate) fn is_verbal(&self, i: usize) -> bool {
        let t = &self.s.tokens[i];
        matches!(t.upos, Upos::Verb) || (t.xpos.starts_with("VB") && !matches!(t.upos, Upos::Aux))
    }

    /// The preposition (`case` child) of a nominal, lowercased.
    pub(crate) fn case_of(&self, i: usize) -> Option<&str> {
        self.child(i, Rel::Case).map(|c| self.forms[c].as_str())
    }

    /// True when `a` is `b` or lies under it.
    pub(crate) fn dominates(&self, b: usize, mut a: usize) -> bool {
        // Bounded: a malformed parse may hold a cycle.
        for _ in 0..self.len() + 1 {
            if a == b {
                return true;
            }
            match self.heads[a] {
                Some(h) => a = h,
                None => return false,
            }
        }
        false
    }

    /// Tokens under `i` (itself included), in sentence order, not descending into
    /// children whose relation `skip` refuses.
    pub(crate) fn subtree_into(&self, i: usize, skip: &dyn Fn(Rel) -> bool, out: &mut Vec<usize>) {
        out.clear();
        let mut stack = vec![i];
        let mut seen = 0;
        while let Some(x) = stack.pop() {
            seen += 1;
            if seen > self.len() {
                break; // a cycle in a malformed parse
            }
            out.push(x);
            for &c in self.children(x) {
                if !skip(self.rels[c]) {
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
    }
}
