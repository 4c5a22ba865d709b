//! Training the neural parser: minibatches of sentences split over threads, summed
//! gradients, norm clipping and Adam; the best epoch on the dev set is kept.

use super::adam::Adam;
use super::backward::{backward, Back};
use super::data::{examples, vocab, Example};
use super::distil::{soft_targets, Soft};
use super::features::UNK;
use super::forward::{forward, Dropout, Net, Work};
use super::math::Rng;
use super::params::{layout, Dims, Params};
use super::parser::{parse_with, NeuralParser, Scratch};
use crate::{score, NlpError, Scores};
use dyad_model::Sentence;

/// Choices for training a neural parser. `Default` gives the sizes of the shipped model.
#[derive(Debug, Clone)]
pub struct NeuralConfig {
    /// Word, tag, suffix and shape embedding widths.
    pub emb: [usize; 4],
    /// Suffix hash buckets.
    pub suffixes: usize,
    /// LSTM hidden size per direction.
    pub hidden: usize,
    /// BiLSTM layers.
    pub layers: usize,
    /// Arc MLP width.
    pub arc: usize,
    /// Label MLP width.
    pub label: usize,
    /// Passes over the training set.
    pub epochs: usize,
    /// Sentences per update.
    pub batch: usize,
    /// Adam learning rate.
    pub lr: f32,
    /// Dropout on inputs, BiLSTM outputs and arc MLP outputs.
    pub dropout: [f32; 3],
    /// Words seen fewer times get no embedding of their own.
    pub min_count: u32,
    /// Threads computing gradients.
    pub threads: usize,
    /// Random seed.
    pub seed: u64,
    /// Where to write the best model so far after every epoch that improves on dev.
    pub checkpoint: Option<std::path::PathBuf>,
    /// (gold, predicted) Penn tag of every word of a treebank the tagger did not learn
    /// from. When not empty, every training word's tag is redrawn from the predictions
    /// seen for its tag, so the parser learns from tags as wrong as they will be (the
    /// tagger is 99.7% right on its own training set, 94% elsewhere).
    pub tag_confusions: Vec<(String, String)>,
    /// Weights to start from instead of random ones (a model trained with the same sizes
    /// on the same treebank): more epochs for a model that was still improving.
    pub start: Option<NeuralParser>,
    /// A trained parser to distil: its soft head and relation distributions on the
    /// training sentences become part of every target (see `distil`).
    pub teacher: Option<NeuralParser>,
    /// Weight of the teacher's distributions in the targets (the gold tree has the rest).
    pub distil: f32,
    /// Heads and relations kept per word from the teacher.
    pub top_k: usize,
}

impl Default for NeuralConfig {
    fn default() -> NeuralConfig {
        NeuralConfig {
            emb: [100, 32, 32, 8],
            suffixes: 4096,
            hidden: 128,
            layers: 2,
            arc: 128,
            label: 64,
            epochs: 15,
            batch: 32,
            lr: 2e-3,
            dropout: [0.33, 0.33, 0.33],
            min_count: 2,
            threads: 2,
            seed: 1,
            checkpoint: None,
            tag_confusions: Vec::new(),
            start: None,
            teacher: None,
            distil: 0.5,
            top_k: 8,
        }
    }
}

/// One thread's buffers.
struct Worker {
    work: Work,
    back: Back,
    grad: Params,
    rng: Rng,
    loss: f64,
}

/// Trains on `train` (tags as the parser will see them, see [`super::retag`]), scoring
/// `dev` after every epoch; returns the best epoch's parser. `log` receives progress.
pub fn train_neural(
    train: &[Sentence],
    dev: &[Sentence],
    cfg: &NeuralConfig,
    mut log: impl FnMut(&str),
) -> Result<NeuralParser, NlpError> {
    let (vocab, counts) = vocab(train, cfg.min_count);
    let dims = Dims {
        words: counts.len(),
        tags: vocab.tags.len() + 2,
        suffixes: cfg.suffixes,
        labels: vocab.labels.len(),
        word_dim: cfg.emb[0],
        tag_dim: cfg.emb[1],
        suf_dim: cfg.emb[2],
        shape_dim: cfg.emb[3],
        hidden: cfg.hidden,
        layers: cfg.layers,
        arc: cfg.arc,
        label: cfg.label,
    };
    let data = examples(&vocab, cfg.suffixes, train);
    if data.is_empty() {
        return Err(NlpError::NoData {
            path: "training sentences".into(),
        });
    }
    let soft = match &cfg.teacher {
        Some(t) => {
            let soft = soft_targets(t, &vocab.labels, train, cfg.top_k, cfg.threads)?;
            log(&format!("teacher targets of {} sentences", soft.len()));
            soft
        }
        None => Vec::new(),
    };
    let (shapes, ids) = layout(&dims);
    let mut net = Net {
        dims,
        ids,
        p: Params::init(&dims, cfg.seed),
        vocab,
    };
    if let Some(start) = &cfg.start {
        if start.net.dims != net.dims || start.net.vocab != net.vocab {
            return Err(NlpError::OtherTreebank {
                path: "the starting model".into(),
            });
        }
        net.p.clone_from(&start.net.p);
    }
    log(&format!(
        "{} sentences, {} words known, {} weights",
        data.len(),
        dims.words,
        net.p.len()
    ));
    let mut confusions: Vec<Vec<u32>> = vec![Vec::new(); dims.tags];
    for (gold, pred) in &cfg.tag_confusions {
        let g = net.vocab.tag_id(gold) as usize;
        confusions[g].push(net.vocab.tag_id(pred));
    }
    let drop = Dropout {
        input: cfg.dropout[0],
        hidden: cfg.dropout[1],
        mlp: cfg.dropout[2],
    };
    let threads = cfg.threads.max(1);
    let mut workers: Vec<Worker> = (0..threads)
        .map(|k| Worker {
            work: Work {
                train: true,
                ..Work::default()
            },
            back: Back::default(),
            grad: Params::zeros(&shapes),
            rng: Rng::new(cfg.seed.wrapping_mul(31).wrapping_add(k as u64 + 7)),
            loss: 0.0,
        })
        .collect();
    let mut adam = Adam::new(&shapes, cfg.lr);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(cfg.seed);
    let mut best: Option<(f64, NeuralParser)> = None;
    for epoch in 1..=cfg.epochs {
        let start = std::time::Instant::now();
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        let mut total = 0.0;
        for batch in order.chunks(cfg.batch.max(1)) {
            let tokens: usize = batch.iter().map(|&i| data[i].input.len() - 1).sum();
            let scale = 1.0 / tokens.max(1) as f32;
            let per = batch.len().div_ceil(threads);
            let (net_ref, data_ref) = (&net, &data[..]);
            let noise = Noise {
                counts: &counts,
                confusions: &confusions,
                soft: &soft,
                distil: cfg.distil,
            };
            std::thread::scope(|s| {
                for (w, part) in workers.iter_mut().zip(batch.chunks(per)) {
                    s.spawn(move || step(net_ref, data_ref, part, &drop, noise, scale, w));
                }
            });
            let (first, rest) = workers.split_at_mut(1);
            for w in rest.iter_mut() {
                first[0].grad.add(&w.grad);
                w.grad.clear();
                total += w.loss;
                w.loss = 0.0;
            }
            total += first[0].loss;
            first[0].loss = 0.0;
            adam.step(&mut net.p, &mut first[0].grad);
            first[0].grad.clear();
        }
        let sc = evaluate_net(&net, dev);
        log(&format!(
            "epoch {epoch}: loss {:.4}, {:.0} s, dev UAS {:.2} LAS {:.2}",
            total / train.iter().map(|s| s.tokens.len()).sum::<usize>() as f64,
            start.elapsed().as_secs_f64(),
            100.0 * sc.uas,
            100.0 * sc.las
        ));
        if best.as_ref().is_none_or(|(b, _)| sc.uas + sc.las > *b) {
            let parser = NeuralParser::new(net.clone());
            if let Some(path) = &cfg.checkpoint {
                std::fs::write(path, parser.to_bytes()).map_err(|source| NlpError::Io {
                    path: path.clone(),
                    source,
                })?;
            }
            best = Some((sc.uas + sc.las, parser));
        }
    }
    best.map(|(_, p)| p).ok_or(NlpError::NoData {
        path: "epochs".into(),
    })
}

/// How training inputs are perturbed: word dropout by count, tags redrawn.
#[derive(Clone, Copy)]
struct Noise<'a> {
    /// Training count of each word id.
    counts: &'a [u32],
    /// Predicted tags seen for each gold tag id (empty: keep the tag).
    confusions: &'a [Vec<u32>],
    /// Teacher targets by example (empty: gold only), and their weight.
    soft: &'a [Soft],
    distil: f32,
}

/// Forward and backward over one thread's share of a batch.
fn step(
    net: &Net,
    data: &[Example],
    part: &[usize],
    drop: &Dropout,
    noise: Noise,
    scale: f32,
    w: &mut Worker,
) {
    for &i in part {
        let ex = &data[i];
        let mut input = ex.input.clone();
        for id in input.word.iter_mut().skip(1) {
            let c = noise.counts.get(*id as usize).copied().unwrap_or(0) as f32;
            if *id != UNK && w.rng.uniform() < 0.25 / (0.25 + c) {
                *id = UNK;
            }
        }
        for tag in input.tag.iter_mut().skip(1) {
            if let Some(seen) = noise
                .confusions
                .get(*tag as usize)
                .filter(|s| !s.is_empty())
            {
                *tag = seen[w.rng.below(seen.len())];
            }
        }
        forward(net, &input, &mut w.work, drop, Some(&mut w.rng), None);
        let l = backward(
            net,
            &input,
            &w.work,
            &ex.heads,
            &ex.labels,
            scale,
            noise.soft.get(i).map(|s| (s, noise.distil)),
            &mut w.grad,
            &mut w.back,
        );
        w.loss += f64::from(l.arc + l.label);
    }
}

/// Parses copies of `gold` (with the tags they carry) and scores them.
pub(crate) fn evaluate_net(net: &Net, gold: &[Sentence]) -> Scores {
    let mut sc = Scratch::default();
    let pred: Vec<Sentence> = gold
        .iter()
        .map(|g| {
            let mut s = g.clone();
            for t in &mut s.tokens {
                t.head = 0;
                t.deprel.clear();
            }
            parse_with(net, None, &mut s, &mut sc);
            s
        })
        .collect();
    score(&pred, gold)
}
