//! The trained neural parser: loads a model file and gives each word of a tagged
//! sentence its head and relation.

use super::eisner::{self, Chart};
use super::features::Input;
use super::format;
use super::forward::{forward, label_hidden, Dropout, Net, Work};
use super::math::{affine_rows, fast_exp};
use super::project::Projection;
use crate::NlpError;
use dyad_model::Sentence;
use std::cell::RefCell;
use std::path::Path;

/// Longest sentence the neural parser takes, in words: decoding costs O(n^3) time and
/// the arc scores O(n^2) memory, so a 5,000-token "sentence" from a table or a list would
/// stall a batch. Longer sentences are left to the perceptron parser.
pub const MAX_NEURAL_WORDS: usize = 250;

/// No dropout (parsing).
pub(crate) const NO_DROPOUT: Dropout = Dropout {
    input: 0.0,
    hidden: 0.0,
    mlp: 0.0,
};

/// A BiLSTM + biaffine dependency parser (Dozat & Manning 2017, small). Immutable once
/// loaded; share one across threads.
#[derive(Debug, Clone, PartialEq)]
pub struct NeuralParser {
    pub(crate) net: Net,
    /// First-layer input projections, when small enough to keep.
    pub(crate) pre: Option<Projection>,
}

/// Buffers of one parse, kept per thread so parsing allocates nothing once warm.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    input: Input,
    work: Work,
    chart: Chart,
    heads: Vec<usize>,
    lower: String,
    score: Vec<f32>,
    z: Vec<f32>,
    logits: Vec<f32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl NeuralParser {
    /// A parser around a network (precomputing what can be).
    pub(crate) fn new(net: Net) -> NeuralParser {
        let pre = Projection::build(&net);
        NeuralParser { net, pre }
    }

    /// Does `bytes` look like a neural parser model (by its magic number)?
    pub fn is_model(bytes: &[u8]) -> bool {
        format::is_neural(bytes)
    }

    /// Loads a model from its bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<NeuralParser, NlpError> {
        Ok(NeuralParser::new(format::from_bytes(bytes)?))
    }

    /// Loads a model file.
    pub fn from_file(path: impl AsRef<Path>) -> Result<NeuralParser, NlpError> {
        NeuralParser::from_bytes(&crate::error::read_model_file(path.as_ref())?)
    }

    /// The model as bytes, as read by [`NeuralParser::from_bytes`].
    pub fn to_bytes(&self) -> Vec<u8> {
        format::to_bytes(&self.net)
    }

    /// Sets `head` and `deprel` of every token from its `form` and Penn tag (`xpos`).
    /// Returns false, leaving the sentence as it was, when it has no words or more than
    /// [`MAX_NEURAL_WORDS`].
    pub fn parse(&self, sentence: &mut Sentence) -> bool {
        SCRATCH.with(|s| match s.try_borrow_mut() {
            Ok(mut s) => fast_parse(&self.net, self.pre.as_ref(), sentence, &mut s),
            Err(_) => fast_parse(
                &self.net,
                self.pre.as_ref(),
                sentence,
                &mut Scratch::default(),
            ),
        })
    }
}

/// [`parse_with`] compiled for AVX2 + FMA when the CPU has them.
fn fast_parse(
    net: &Net,
    pre: Option<&Projection>,
    sentence: &mut Sentence,
    sc: &mut Scratch,
) -> bool {
    super::simd::fast(
        #[inline(always)]
        || parse_with(net, pre, sentence, sc),
    )
}

/// [`NeuralParser::parse`] with explicit buffers (also used by training to score dev).
#[inline(always)]
pub(crate) fn parse_with(
    net: &Net,
    pre: Option<&Projection>,
    sentence: &mut Sentence,
    sc: &mut Scratch,
) -> bool {
    let n = sentence.tokens.len();
    if n == 0 || n > MAX_NEURAL_WORDS {
        return false;
    }
    let buckets = net.dims.suffixes;
    sc.input.start(buckets);
    for t in &sentence.tokens {
        let tag = net.vocab.tag_id(&t.xpos);
        net.vocab
            .push(&mut sc.input, &t.form, tag, buckets, &mut sc.lower);
    }
    forward(net, &sc.input, &mut sc.work, &NO_DROPOUT, None, pre);
    let m = n + 1;
    if !eisner::best_heads_if_tree(&sc.work.s, m, &mut sc.heads) {
        sc.score.clear();
        sc.score.extend_from_slice(&sc.work.s);
        for i in 1..m {
            let row = &mut sc.score[i * m..(i + 1) * m];
            row[i] = f32::NEG_INFINITY;
            let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            let lse = max + row.iter().map(|v| fast_exp(v - max)).sum::<f32>().ln();
            for v in row.iter_mut() {
                *v -= lse;
            }
        }
        eisner::decode(&sc.score, m, &mut sc.chart, &mut sc.heads);
    }
    let (lb, nl) = (net.dims.label, net.dims.labels);
    // The labeller's hidden layer of every word on its decoded head, then one matrix
    // product for all their relation scores.
    sc.z.clear();
    sc.z.resize(n * lb, 0.0);
    for (i, z) in sc.z.chunks_exact_mut(lb).enumerate() {
        label_hidden(net, &sc.work, i + 1, sc.heads[i + 1], z);
    }
    sc.logits.clear();
    sc.logits.resize(n * nl, 0.0);
    let (wo, bo) = net.ids.lab_out;
    affine_rows(
        &sc.z,
        lb,
        &net.p.t[wo].data,
        Some(&net.p.t[bo].data),
        &mut sc.logits,
    );
    for ((i, tok), logits) in sentence
        .tokens
        .iter_mut()
        .enumerate()
        .zip(sc.logits.chunks_exact(nl.max(1)))
    {
        let head = sc.heads[i + 1];
        let best = logits
            .iter()
            .enumerate()
            .fold(
                (0, f32::NEG_INFINITY),
                |b, (k, &v)| if v > b.1 { (k, v) } else { b },
            )
            .0;
        tok.head = head;
        tok.deprel.clear();
        tok.deprel
            .push_str(net.vocab.labels.get(best).map_or("dep", |s| s.as_str()));
    }
    true
}
