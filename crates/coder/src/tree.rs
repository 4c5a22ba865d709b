//! A read-only view of a UD sentence: lowercased words, children, relations
//! normalised across UD v1 and v2.

use dyad_dict::{Dictionaries, Sym};
use dyad_model::{Sentence, Token, Upos};

/// Dependency relations the coder distinguishes, UD v1 and v2 names folded together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    Nsubj,
    NsubjPass,
    Obj,
    Iobj,
    /// `nmod`, `obl` (prepositional and oblique phrases), but not their `:tmod`/`:poss`
    /// (nor UD 2.14's `:unmarked` and `:desc`, which are bare nouns inside a phrase).
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
    Relcl,
    Appos,
    Aux,
    Cop,
    /// `compound` itself, not `compound:prt` ("gunned down") nor `:svc`.
    Compound,
    Mark,
    Punct,
    Other,
}

impl Rel {
    fn parse(deprel: &str) -> Rel {
        let (base, sub) = deprel.split_once(':').unwrap_or((deprel, ""));
        match (base, sub) {
            ("nsubj" | "csubj", "pass") | ("nsubjpass", _) | ("csubjpass", _) => Rel::NsubjPass,
            ("nsubj", _) | ("csubj", _) => Rel::Nsubj,
            ("obj" | "dobj", _) => Rel::Obj,
            ("iobj", _) => Rel::Iobj,
            ("nmod" | "obl", "poss") => Rel::Poss,
            // Bare nominals: times and measures ("Sunday", UD 2.14 `obl:unmarked`), and
            // titles before a name ("Prime Minister Telemar", `nmod:desc`), which belong
            // to the phrase they sit in.
            ("nmod" | "obl", "tmod" | "npmod" | "unmarked" | "desc") => Rel::Other,
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
            ("acl", "relcl") => Rel::Relcl,
            ("acl", _) => Rel::Acl,
            ("appos", _) => Rel::Appos,
            ("aux", _) | ("auxpass", _) => Rel::Aux,
            ("cop", _) => Rel::Cop,
            ("compound", "") => Rel::Compound,
            ("mark", _) => Rel::Mark,
            ("punct", _) => Rel::Punct,
            _ => Rel::Other,
        }
    }
}

/// UD English's `advcl:relcl` is a relative clause on a predicate ("He resigned, which
/// surprised no one"). Hung on a word that is no verb ("sentenced another militant who
/// plotted to kill ...", with `militant` read as an adjective), it is the relative
/// clause of that word, as `acl:relcl` would be: its relative pronoun stands for it.
fn relatives_of_nominals(toks: &[Token], heads: &[Option<usize>], rels: &mut [Rel]) {
    for (i, t) in toks.iter().enumerate() {
        let head = heads.get(i).copied().flatten().and_then(|h| toks.get(h));
        if t.deprel == "advcl:relcl"
            && head.is_some_and(|h| {
                matches!(
                    h.upos,
                    Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num | Upos::Adj
                )
            })
        {
            rels[i] = Rel::Relcl;
        }
    }
}

/// Longest sentence the coder reads, in tokens: longer "sentences" are run-on text or
/// tables, and the per-sentence work is quadratic in places.
pub(crate) const MAX_TOKENS: usize = 400;

/// Heads, 0-based, of the given tokens (`None` for the root, a head out of range or a
/// token its own head).
fn raw_heads(toks: &[Token]) -> Vec<Option<usize>> {
    let n = toks.len();
    toks.iter()
        .enumerate()
        .map(|(i, t)| t.head.checked_sub(1).filter(|&h| h < n && h != i))
        .collect()
}

/// One sentence prepared for coding. Token indices are 0-based.
pub(crate) struct Tree<'s> {
    pub(crate) s: &'s Sentence,
    pub(crate) forms: Words,
    pub(crate) lemmas: Words,
    pub(crate) syms: Vec<Option<Sym>>,
    pub(crate) heads: Vec<Option<usize>>,
    pub(crate) rels: Vec<Rel>,
    /// Children of token `i` are `kids[starts[i]..starts[i + 1]]`, in order.
    starts: Vec<usize>,
    kids: Vec<usize>,
}

impl<'s> Tree<'s> {
    /// Heads and relations as the parser gave them (relations folded as the coder reads
    /// them), before any repair.
    pub(crate) fn unrepaired(s: &Sentence) -> Vec<(Option<usize>, Rel)> {
        let n = s.tokens.len().min(MAX_TOKENS);
        let toks = &s.tokens[..n];
        let heads = raw_heads(toks);
        let mut rels: Vec<Rel> = toks.iter().map(|t| Rel::parse(&t.deprel)).collect();
        relatives_of_nominals(toks, &heads, &mut rels);
        heads.into_iter().zip(rels).collect()
    }

    pub(crate) fn new(s: &'s Sentence, d: &Dictionaries) -> Tree<'s> {
        let n = s.tokens.len().min(MAX_TOKENS);
        let toks = &s.tokens[..n];
        let forms = Words::lowercase(toks.iter().map(|t| t.form.as_str()));
        let lemmas = Words::lowercase(toks.iter().map(|t| t.lemma.as_str()));
        let syms: Vec<Option<Sym>> = (0..n).map(|i| d.sym(&forms[i])).collect();
        let mut heads = raw_heads(toks);
        let mut rels: Vec<Rel> = toks.iter().map(|t| Rel::parse(&t.deprel)).collect();
        relatives_of_nominals(toks, &heads, &mut rels);
        crate::repair::repair(&mut crate::repair::Draft {
            toks,
            heads: &mut heads,
            rels: &mut rels,
            syms: &syms,
            dict: d,
        });
        // Children in one flat array (counting sort by head), not a vector per token.
        let mut starts = vec![0usize; n + 1];
        for h in heads.iter().flatten() {
            starts[*h + 1] += 1;
        }
        for i in 0..n {
            starts[i + 1] += starts[i];
        }
        let mut fill = starts.clone();
        let mut kids = vec![0usize; starts[n]];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = h {
                kids[fill[*h]] = i;
                fill[*h] += 1;
            }
        }
        Tree {
            s,
            forms,
            lemmas,
            syms,
            heads,
            rels,
            starts,
            kids,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.heads.len()
    }

    pub(crate) fn children(&self, i: usize) -> &[usize] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => self.kids.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }

    pub(crate) fn child(&self, i: usize, rel: Rel) -> Option<usize> {
        self.children(i)
            .iter()
            .copied()
            .find(|&c| self.rels[c] == rel)
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
        self.child(i, Rel::Case).map(|c| &self.forms[c])
    }

    /// How many heads lie above token `i` (0 for the root); bounded by the sentence's
    /// length, as a malformed parse may hold a cycle.
    pub(crate) fn depth(&self, i: usize) -> usize {
        let mut depth = 0;
        let mut x = i;
        while let Some(h) = self.heads[x] {
            depth += 1;
            x = h;
            if depth > self.len() {
                break;
            }
        }
        depth
    }

    /// True when `a` is `b` or lies under it.
    pub(crate) fn dominates(&self, b: usize, a: usize) -> bool {
        dominates(&self.heads, b, a)
    }

    /// Tokens under `i` (itself included), in sentence order, not descending into
    /// children whose relation `skip` refuses.
    pub(crate) fn subtree_into(&self, i: usize, skip: &dyn Fn(Rel) -> bool, out: &mut Vec<usize>) {
        out.clear();
        let mut stack = Vec::with_capacity(16);
        stack.push(i);
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

/// True when token `a` is `b` or lies under it in `heads`.
pub(crate) fn dominates(heads: &[Option<usize>], b: usize, mut a: usize) -> bool {
    // Bounded: a malformed parse may hold a cycle.
    for _ in 0..=heads.len() {
        if a == b {
            return true;
        }
        match heads.get(a).copied().flatten() {
            Some(h) => a = h,
            None => return false,
        }
    }
    false
}

/// Lowercased words of a sentence in one buffer (one allocation, not one per token).
pub(crate) struct Words {
    buf: String,
    ends: Vec<usize>,
}

impl Words {
    fn lowercase<'a>(words: impl Iterator<Item = &'a str>) -> Words {
        let mut w = Words {
            buf: String::with_capacity(256),
            ends: Vec::with_capacity(64),
        };
        for x in words {
            if x.is_ascii() {
                let at = w.buf.len();
                w.buf.push_str(x);
                w.buf[at..].make_ascii_lowercase();
            } else {
                w.buf.extend(x.chars().flat_map(char::to_lowercase));
            }
            w.ends.push(w.buf.len());
        }
        w
    }
}

impl std::ops::Index<usize> for Words {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        let start = if i == 0 {
            0
        } else {
            self.ends.get(i - 1).copied().unwrap_or(0)
        };
        let end = self.ends.get(i).copied().unwrap_or(start);
        self.buf.get(start..end).unwrap_or("")
    }
}
