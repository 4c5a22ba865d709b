//! English part-of-speech tagging, lemmatization and dependency parsing for dyad, in
//! pure Rust, with models trained on UD English-EWT and embedded in the binary.
//!
//! - a greedy averaged-perceptron Penn (XPOS) tagger with affix, shape, context and
//!   ambiguity-class features, then a UPOS classifier that sees Penn tags on both sides;
//!   a sentence left without a finite verb gets a past tense where the tagger came
//!   close to one (news clauses such as "troops shelled the town");
//! - a lemmatizer of suffix rules keyed on the Penn tag plus an exceptions table;
//! - a greedy arc-hybrid dependency parser trained with a dynamic oracle, and a labeller
//!   that gives each arc its UD relation (with EWT's subtypes).
//!
//! All features are hashed, so analysis allocates per sentence, never per feature.
//!
//! ```
//! use dyad_model::{Sentence, Token};
//! let analyzer = dyad_nlp::Analyzer::embedded().expect("the embedded model loads");
//! let mut s = Sentence::default();
//! for w in ["Israeli", "troops", "killed", "two", "Palestinians", "on", "Friday", "."] {
//!     s.tokens.push(Token { form: w.to_string(), ..Default::default() });
//! }
//! analyzer.analyze(&mut s);
//! assert_eq!(s.tokens[2].lemma, "kill");
//! assert_eq!(s.tokens[2].head, 0);
//! assert_eq!(s.tokens[1].deprel, "nsubj");
//! ```
#![deny(missing_docs)]

mod analyzer;
mod bytes;
mod error;
mod eval;
mod finite;
mod hash;
mod irregular;
mod labeller;
mod lemma;
mod lex;
mod model;
mod neural;
mod parser;
mod pasts;
mod perceptron;
mod reroot;
mod spelling;
mod supertag;
mod tagger;
mod train;

pub use analyzer::{Analyzer, MODEL_VAR, NEURAL_SMALL, PERCEPTRON};
pub use error::NlpError;
pub use eval::{evaluate, evaluate_gold_tags, score, thread_cpu_seconds, Scores};
pub use neural::{retag, train_neural, NeuralConfig, NeuralParser, MAX_NEURAL_WORDS};
pub use train::{
    add_finite_repair, read_conllu, split_path, tagger_check, tagger_experiment, to_bytes, train,
    TrainConfig,
};
