//! The public entry point: tag, lemmatize and parse a sentence.

use crate::labeller::{self, LWord};
use crate::lex::{lex, Lex};
use crate::model::Model;
use crate::parser;
use crate::pasts::PastTags;
use crate::supertag;
use crate::{NeuralParser, NlpError, MAX_NEURAL_WORDS};
use dyad_model::{Sentence, Upos};
use std::path::Path;

/// The committed English tagger, lemmatizer and perceptron parser (trained on UD
/// English-EWT), embedded in the binary.
static EMBEDDED: &[u8] = include_bytes!("../model/en-ewt.bin");

/// The committed small neural parser (distilled from the large one; `docs/parser.md`),
/// embedded in the binary. It parses with the tags of [`EMBEDDED`].
static EMBEDDED_NEURAL: &[u8] = include_bytes!("../model/en-ewt-neural-small.bin");

/// Tags, lemmatizes and parses sentences. Immutable once loaded: share one across
/// threads (it is `Send + Sync`) and reuse it for every sentence.
pub struct Analyzer {
    model: Model,
    /// Parses and labels instead of the perceptrons when a neural model was loaded.
    neural: Option<NeuralParser>,
    /// The tag classes of the participle repair (`pasts.rs`), run before parsing.
    pasts: Option<PastTags>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("xpos_tags", &self.model.xpos_names.len())
            .field("relations", &self.model.deprels.len())
            .field("parser_features", &self.model.parser.len())
            .field("neural", &self.neural.is_some())
            .finish()
    }
}

/// The environment variable naming the parser to use instead of the default one: one of
/// the embedded parsers by name ([`PERCEPTRON`], [`NEURAL_SMALL`]) or a model file.
pub const MODEL_VAR: &str = "DYAD_PARSER_MODEL";

/// `DYAD_PARSER_MODEL` value for the embedded greedy perceptron parser.
pub const PERCEPTRON: &str = "perceptron";

/// `DYAD_PARSER_MODEL` value for the embedded small neural parser.
pub const NEURAL_SMALL: &str = "neural-small";

impl Analyzer {
    /// Loads the default analysis embedded in the binary: the embedded tagger with the
    /// small neural parser (the perceptron parser parses sentences longer than
    /// [`MAX_NEURAL_WORDS`]).
    pub fn embedded() -> Result<Analyzer, NlpError> {
        Analyzer::embedded_neural()
    }

    /// Loads the embedded tagger with the embedded perceptron parser.
    pub fn embedded_perceptron() -> Result<Analyzer, NlpError> {
        Analyzer::from_bytes(EMBEDDED)
    }

    /// Loads the embedded tagger with the embedded small neural parser.
    pub fn embedded_neural() -> Result<Analyzer, NlpError> {
        Analyzer::from_bytes(EMBEDDED_NEURAL)
    }

    /// Loads the parser named by the environment variable `DYAD_PARSER_MODEL`: an
    /// embedded one by name ([`PERCEPTRON`], [`NEURAL_SMALL`]) or a model file (for
    /// example the slower, more accurate `model/en-ewt-neural.bin`); the default one when
    /// it is unset. Every dyad command that parses loads its model this way.
    pub fn from_env() -> Result<Analyzer, NlpError> {
        match std::env::var_os(MODEL_VAR) {
            Some(name) if !name.is_empty() => Analyzer::named(name),
            _ => Analyzer::embedded(),
        }
    }

    /// Loads an embedded parser by name ([`PERCEPTRON`], [`NEURAL_SMALL`]), else the
    /// model file `name` names.
    pub fn named(name: impl AsRef<std::ffi::OsStr>) -> Result<Analyzer, NlpError> {
        let name = name.as_ref();
        if name == PERCEPTRON {
            Analyzer::embedded_perceptron()
        } else if name == NEURAL_SMALL {
            Analyzer::embedded_neural()
        } else {
            Analyzer::from_file(name)
        }
    }

    /// Loads a model from its bytes (as written by training). A neural parser model
    /// (see [`NeuralParser`]) is paired with the embedded tagger and lemmatizer; it then
    /// parses and labels every sentence of up to [`MAX_NEURAL_WORDS`] words, the
    /// perceptron parser the longer ones.
    pub fn from_bytes(bytes: &[u8]) -> Result<Analyzer, NlpError> {
        if NeuralParser::is_model(bytes) {
            return Ok(Analyzer::new(
                Model::from_bytes(EMBEDDED)?,
                Some(NeuralParser::from_bytes(bytes)?),
            ));
        }
        Ok(Analyzer::new(Model::from_bytes(bytes)?, None))
    }

    fn new(model: Model, neural: Option<NeuralParser>) -> Analyzer {
        let pasts = PastTags::new(&model.xpos_names);
        Analyzer {
            model,
            neural,
            pasts,
        }
    }

    /// Loads a model file.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Analyzer, NlpError> {
        Analyzer::from_bytes(&crate::error::read_model_file(path.as_ref())?)
    }

    /// Which parser parses sentences of up to [`MAX_NEURAL_WORDS`] words: "neural" or
    /// "perceptron".
    pub fn parser_kind(&self) -> &'static str {
        if self.neural.is_some() {
            "neural"
        } else {
            "perceptron"
        }
    }

    /// Drops weights smaller than `min` (absolute) from the Penn tagger, UPOS, parser,
    /// labeller and supertagger tables, in that order: a smaller, faster, slightly less
    /// exact model.
    pub fn prune(&mut self, min: [f32; 5]) {
        self.model.prune(min);
    }

    /// Number of features kept in the Penn tagger, UPOS, parser, labeller and
    /// supertagger tables.
    pub fn table_sizes(&self) -> [usize; 5] {
        self.model.sizes()
    }

    /// The model as bytes, as read by [`Analyzer::from_bytes`].
    pub fn to_bytes(&self) -> Vec<u8> {
        self.model.to_bytes()
    }

    pub(crate) fn model(&self) -> &Model {
        &self.model
    }

    /// The lexicon's view of each token's form.
    fn lexes(&self, sentence: &Sentence) -> Vec<Lex> {
        sentence
            .tokens
            .iter()
            .map(|t| lex(&t.form, &self.model.lexicon))
            .collect()
    }

    /// Fills `upos`, `xpos`, `lemma`, `head` and `deprel` of every token from its `form`.
    /// `feats` is left as it is.
    pub fn analyze(&self, sentence: &mut Sentence) {
        let m = &self.model;
        let lexes = self.lexes(sentence);
        let mut feats = Vec::with_capacity(96);
        let mut scores = Vec::with_capacity(64);
        let mut xpos = Vec::with_capacity(lexes.len());
        let mut upos = Vec::with_capacity(lexes.len());
        let mut alt = Vec::with_capacity(lexes.len());
        m.tagger
            .tag_xpos(&lexes, &mut feats, &mut scores, &mut xpos, &mut alt);
        // The participle repair serves the neural parser, which labels the subject of a
        // VBN `nsubj:pass`. The perceptron parser reads the same clauses as a noun with
        // an `acl`, which the coder already reads as subject and verb; on its parses the
        // repair gains `#ex:` examples and news events but, by making "A and B clashed"
        // a clause, loses dev-set items to a coder rule (soldiers take no country from
        // the place of a fight), so it stays off there (docs/devset.md, Session 8).
        let neural = self.neural.is_some() && sentence.tokens.len() <= MAX_NEURAL_WORDS;
        if let Some(p) = self.pasts.as_ref().filter(|_| neural) {
            let forms: Vec<&str> = sentence.tokens.iter().map(|t| t.form.as_str()).collect();
            p.repair(&forms, &mut xpos, &mut alt, crate::tagger::NO_ALT);
        }
        m.tagger
            .tag_upos(&lexes, &xpos, &mut feats, &mut scores, &mut upos);
        if self.parse_neural(sentence, &xpos, &upos) {
            return;
        }
        self.parse_tagged(sentence, &lexes, &xpos, &upos, &alt, &mut feats);
    }

    /// Lemmatizes and parses with the sentence's own Penn tags and UPOS (for
    /// diagnostics: parsing with gold tags).
    pub(crate) fn analyze_gold_tags(&self, sentence: &mut Sentence) {
        let m = &self.model;
        let lexes = self.lexes(sentence);
        let xpos: Vec<usize> = sentence
            .tokens
            .iter()
            .map(|t| m.xpos_names.iter().position(|x| *x == t.xpos).unwrap_or(0))
            .collect();
        let upos: Vec<usize> = sentence.tokens.iter().map(|t| t.upos.index()).collect();
        if self.parse_neural(sentence, &xpos, &upos) {
            return;
        }
        let alt = vec![crate::tagger::NO_ALT; upos.len()];
        let mut feats = Vec::with_capacity(96);
        self.parse_tagged(sentence, &lexes, &xpos, &upos, &alt, &mut feats);
    }

    /// Lemmatizes and parses with the given tags (also used to evaluate with gold tags).
    pub(crate) fn parse_tagged(
        &self,
        sentence: &mut Sentence,
        lexes: &[Lex],
        xpos: &[usize],
        upos: &[usize],
        alt: &[u64],
        feats: &mut Vec<u64>,
    ) {
        let m = &self.model;
        let mut words = parser::words(
            lexes
                .iter()
                .zip(xpos.iter().zip(upos).zip(alt))
                .zip(&sentence.tokens)
                .map(|((l, ((&x, &u), &a)), tok)| {
                    (
                        l.lower,
                        l.class,
                        parser::joint_tag(x, u),
                        a,
                        tok.form.as_str(),
                    )
                }),
        );
        let extended = m.supertagger.is_some();
        if let Some(t) = &m.supertagger {
            supertag::tag(t, &mut words, feats);
        }
        let mut heads = parser::parse(&m.parser, &words, extended, feats);
        let lwords: Vec<LWord> = words
            .iter()
            .map(|w| LWord {
                lower: w.lower,
                tag: w.tag,
                class: w.class,
                alt: w.alt,
                st: w.st,
            })
            .collect();
        let mut labels = labeller::label(
            &m.labeller,
            &lwords,
            &heads,
            &m.core,
            m.root,
            &m.fixed,
            extended,
            feats,
        );
        if let Some(ids) = &m.reroot {
            crate::reroot::finite_acl_of_root(ids, xpos, upos, &mut heads, &mut labels);
        }
        self.write_tokens(sentence, xpos, upos, &heads, &labels);
        crate::reroot::written_repairs(sentence);
    }

    /// Parses a tagged sentence with the neural parser, when one is loaded and the
    /// sentence is short enough for it; false when the perceptron parser must.
    fn parse_neural(&self, sentence: &mut Sentence, xpos: &[usize], upos: &[usize]) -> bool {
        let Some(neural) = &self.neural else {
            return false;
        };
        if sentence.tokens.len() > MAX_NEURAL_WORDS {
            return false;
        }
        self.write_tokens(sentence, xpos, upos, &[], &[]);
        neural.parse(sentence);
        self.reroot_written(sentence, xpos, upos);
        crate::reroot::written_repairs(sentence);
        true
    }

    /// The tagger-parse consistency check of `reroot.rs` on a parse already written into
    /// the tokens (the neural parser's), so both parsers give the coder the same repair.
    fn reroot_written(&self, sentence: &mut Sentence, xpos: &[usize], upos: &[usize]) {
        let m = &self.model;
        let Some(ids) = &m.reroot else { return };
        let n = sentence.tokens.len();
        let mut heads = crate::parser::heads_of(sentence);
        let Some(mut labels) = sentence
            .tokens
            .iter()
            .map(|t| m.deprels.iter().position(|d| *d == t.deprel))
            .collect::<Option<Vec<usize>>>()
        else {
            return;
        };
        let before = (heads.clone(), labels.clone());
        crate::reroot::finite_acl_of_root(ids, xpos, upos, &mut heads, &mut labels);
        if before == (heads.clone(), labels.clone()) {
            return;
        }
        for (i, t) in sentence.tokens.iter_mut().enumerate() {
            t.head = if heads[i] < n { heads[i] + 1 } else { 0 };
            t.deprel.clear();
            t.deprel
                .push_str(m.deprels.get(labels[i]).map_or("dep", |s| s.as_str()));
        }
    }

    /// Writes tags, lemmas, heads and relations into the tokens (missing heads become
    /// 0, missing relations the root's).
    fn write_tokens(
        &self,
        sentence: &mut Sentence,
        xpos: &[usize],
        upos: &[usize],
        heads: &[usize],
        labels: &[usize],
    ) {
        let m = &self.model;
        let n = sentence.tokens.len();
        for (i, t) in sentence.tokens.iter_mut().enumerate() {
            let x = xpos.get(i).copied().unwrap_or(0);
            t.xpos.clear();
            t.xpos
                .push_str(m.xpos_names.get(x).map_or("X", |s| s.as_str()));
            t.upos = upos
                .get(i)
                .and_then(|&u| Upos::ALL.get(u))
                .copied()
                .unwrap_or_default();
            let name = m.xpos_names.get(x).map_or("X", |s| s.as_str());
            t.lemma = m
                .lemmatizer
                .lemma(&t.form, x as u16, crate::spelling::verb_ending(name));
            t.head = match heads.get(i) {
                Some(&h) if h < n => h + 1,
                _ => 0,
            };
            t.deprel.clear();
            let l = labels.get(i).copied().unwrap_or(m.root);
            t.deprel
                .push_str(m.deprels.get(l).map_or("dep", |s| s.as_str()));
        }
    }
}
