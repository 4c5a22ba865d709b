//! Sentences and tokens in Universal Dependencies form.

use crate::Span;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Universal part-of-speech tags (UD v2).
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    #[default]
    X,
}

impl Upos {
    /// All tags, in the order of their index.
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// Parses a tag as written in CoNLL-U ("NOUN"); `CONJ` (UD v1) reads as `CCONJ`.
    pub fn parse(s: &str) -> Option<Upos> {
        Some(match s {
            "ADJ" => Upos::Adj,
            "ADP" => Upos::Adp,
            "ADV" => Upos::Adv,
            "AUX" => Upos::Aux,
            "CCONJ" | "CONJ" => Upos::Cconj,
            "DET" => Upos::Det,
            "INTJ" => Upos::Intj,
            "NOUN" => Upos::Noun,
            "NUM" => Upos::Num,
            "PART" => Upos::Part,
            "PRON" => Upos::Pron,
            "PROPN" => Upos::Propn,
            "PUNCT" => Upos::Punct,
            "SCONJ" => Upos::Sconj,
            "SYM" => Upos::Sym,
            "VERB" => Upos::Verb,
            "X" | "_" => Upos::X,
            _ => return None,
        })
    }

    /// The tag as written in CoNLL-U.
    pub fn as_str(&self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    /// Position of the tag in [`Upos::ALL`].
    pub fn index(&self) -> usize {
        *self as usize
    }
}

/// One token (a syntactic word) with its analysis.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Token {
    /// Bytes of the article this token covers.
    pub span: Span,
    /// The word as written.
    pub form: String,
    /// Dictionary form ("urged" -> "urge").
    pub lemma: String,
    /// Universal part of speech.
    pub upos: Upos,
    /// Penn Treebank tag ("VBD").
    pub xpos: String,
    /// Morphological features as in CoNLL-U ("Tense=Past|VerbForm=Fin"), or "_".
    pub feats: String,
    /// Index of the head token, 1-based; 0 for the root.
    pub head: usize,
    /// Dependency relation to the head ("nsubj", "obj", "obl:tmod").
    pub deprel: String,
}

/// A sentence: a span of the article and its tokens.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Position of the sentence in its article, from 0.
    pub index: usize,
    /// Bytes of the article this sentence covers.
    pub span: Span,
    /// The sentence's text.
    pub text: String,
    /// Its tokens; token `i` has CoNLL-U id `i + 1`.
    pub tokens: Vec<Token>,
    /// The date events in this sentence default to (usually the publication date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
}

impl Sentence {
    /// Token with CoNLL-U id `id` (1-based), if any.
    pub fn token(&self, id: usize) -> Option<&Token> {
        id.checked_sub(1).and_then(|i| self.tokens.get(i))
    }

    /// Ids (1-based) of the dependents of token `id`, in order.
    pub fn children(&self, id: usize) -> impl Iterator<Item = usize> + '_ {
        self.tokens
            .iter()
            .enumerate()
            .filter(move |(_, t)| t.head == id)
            .map(|(i, _)| i + 1)
    }
}
