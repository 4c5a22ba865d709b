//! Tests of the whole network: finite-difference gradient checks of every tensor, the
//! model file round trip and its errors, and learning a small treebank by heart.

use super::backward::{backward, Back};
use super::distil::Soft;
use super::features::{Input, Vocab};
use super::forward::{forward, Net, Work};
use super::math::Rng;
use super::params::{layout, Dims, Params};
use super::parser::{parse_with, NeuralParser, NO_DROPOUT};
use super::project::Projection;
use super::{train_neural, NeuralConfig};
use dyad_model::{Sentence, Token};

fn tiny_dims(layers: usize) -> Dims {
    Dims {
        words: 6,
        tags: 5,
        suffixes: 7,
        labels: 4,
        word_dim: 3,
        tag_dim: 2,
        suf_dim: 2,
        shape_dim: 2,
        hidden: 3,
        layers,
        arc: 4,
        label: 3,
    }
}

/// A network with every weight random (biases and biaffine too).
fn random_net(dims: Dims, seed: u64) -> Net {
    let (shapes, ids) = layout(&dims);
    let mut p = Params::zeros(&shapes);
    let mut rng = Rng::new(seed);
    for t in &mut p.t {
        for v in &mut t.data {
            *v = rng.uniform() - 0.5;
        }
    }
    let vocab = Vocab {
        words: [("a", 2), ("b", 3), ("c", 4), ("d", 5)]
            .iter()
            .map(|(w, i)| (w.to_string(), *i))
            .collect(),
        tags: vec!["DT".into(), "NN".into(), "VB".into()],
        labels: vec!["det".into(), "nsubj".into(), "obj".into(), "root".into()],
    };
    Net {
        dims,
        ids,
        p,
        vocab,
    }
}

fn random_input(m: usize, rng: &mut Rng) -> Input {
    Input {
        word: (0..m).map(|_| rng.below(6) as u32).collect(),
        tag: (0..m).map(|_| rng.below(5) as u32).collect(),
        suf: (0..m).map(|_| rng.below(7) as u32).collect(),
        shape: (0..m).map(|_| rng.below(10) as u8).collect(),
    }
}

fn loss(
    net: &Net,
    input: &Input,
    (heads, labels): (&[usize], &[u32]),
    soft: Option<(&Soft, f32)>,
    grad: &mut Params,
) -> f64 {
    let mut w = Work {
        train: true,
        ..Work::default()
    };
    forward(net, input, &mut w, &NO_DROPOUT, None, None);
    let l = backward(
        net,
        input,
        &w,
        heads,
        labels,
        1.0,
        soft,
        grad,
        &mut Back::default(),
    );
    f64::from(l.arc) + f64::from(l.label)
}

#[test]
fn gradients_match_finite_differences() {
    // Teacher targets for the distilled case: two heads and two relations per word.
    let soft = Soft {
        k: 2,
        arcs: [(0, 0.0), (0, 0.0), (0, 0.7), (3, 0.3), (1, 1.0), (0, 0.0)]
            .into_iter()
            .chain([(1, 0.5), (2, 0.5), (3, 0.9), (1, 0.1)])
            .collect(),
        labels: [(0, 0.0), (0, 0.0), (1, 0.6), (0, 0.4), (3, 1.0), (0, 0.0)]
            .into_iter()
            .chain([(1, 0.2), (2, 0.8), (2, 0.5), (3, 0.5)])
            .collect(),
    };
    for (name, layers, soft) in [
        ("no LSTM", 0, None),
        ("one layer", 1, None),
        ("two layers", 2, None),
        ("one layer, distilled", 1, Some((&soft, 0.4))),
    ] {
        let mut net = random_net(tiny_dims(layers), 13);
        let mut rng = Rng::new(5);
        let m = 5;
        let input = random_input(m, &mut rng);
        let heads = [0, 2, 0, 4, 2];
        let labels = [u32::MAX, 0, 3, 1, 2];
        let (shapes, _) = layout(&net.dims);
        let mut grad = Params::zeros(&shapes);
        let gold = (&heads[..], &labels[..]);
        loss(&net, &input, gold, soft, &mut grad);
        let mut scratch = Params::zeros(&shapes);
        // Small enough that no ReLU of this seed's pass crosses its kink (seed 11 has
        // one pre-activation within 2e-3 of zero and fails there, as it should).
        let eps = 2e-3f32;
        for ti in 0..net.p.t.len() {
            let n = net.p.t[ti].data.len();
            for k in 0..n {
                let orig = net.p.t[ti].data[k];
                net.p.t[ti].data[k] = orig + eps;
                let up = loss(&net, &input, gold, soft, &mut scratch);
                net.p.t[ti].data[k] = orig - eps;
                let down = loss(&net, &input, gold, soft, &mut scratch);
                net.p.t[ti].data[k] = orig;
                let numeric = (up - down) / (2.0 * f64::from(eps));
                let analytic = f64::from(grad.t[ti].data[k]);
                assert!(
                    (numeric - analytic).abs() <= 2e-3 + 2e-2 * analytic.abs(),
                    "{name}: tensor {ti} entry {k}: numeric {numeric}, analytic {analytic}"
                );
            }
        }
    }
}

fn sentence(words: &[(&str, &str)]) -> Sentence {
    let mut s = Sentence::default();
    for (form, xpos) in words {
        s.tokens.push(Token {
            form: form.to_string(),
            xpos: xpos.to_string(),
            ..Default::default()
        });
    }
    s
}

#[test]
fn model_file_round_trip_parses_the_same() {
    let parser = NeuralParser::new(random_net(tiny_dims(2), 3));
    let bytes = parser.to_bytes();
    let back = NeuralParser::from_bytes(&bytes).expect("the written model loads");
    assert_eq!(back, parser);
    let words = [("a", "DT"), ("b", "NN"), ("Zed", "VB"), ("d", "XX")];
    let (mut s1, mut s2) = (sentence(&words), sentence(&words));
    assert!(parser.parse(&mut s1));
    assert!(back.parse(&mut s2));
    assert_eq!(s1, s2);
    assert_eq!(s1.tokens.iter().filter(|t| t.head == 0).count(), 1);
}

#[test]
fn truncated_or_garbage_files_are_errors() {
    let bytes = NeuralParser::new(random_net(tiny_dims(1), 3)).to_bytes();
    for cut in [0, 4, 8, 12, 40, 60, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            NeuralParser::from_bytes(&bytes[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(NeuralParser::from_bytes(&longer).is_err());
    let mut rng = Rng::new(9);
    for _ in 0..50 {
        let mut junk = super::format::MAGIC.to_vec();
        junk.extend_from_slice(&1u32.to_le_bytes());
        junk.extend((0..rng.below(200)).map(|_| rng.below(256) as u8));
        assert!(NeuralParser::from_bytes(&junk).is_err());
    }
}

#[test]
fn learns_fifty_sentences_by_heart() {
    let Some(path) = dyad_testdata::shared_file("treebanks/UD_English-EWT/en_ewt-ud-dev.conllu")
    else {
        return;
    };
    let gold = crate::read_conllu(&path).expect("EWT dev reads");
    let gold: Vec<Sentence> = gold
        .into_iter()
        .filter(|s| s.tokens.len() <= 25)
        .take(50)
        .collect();
    let cfg = NeuralConfig {
        emb: [24, 8, 8, 4],
        suffixes: 256,
        hidden: 24,
        layers: 1,
        arc: 32,
        label: 16,
        epochs: 40,
        batch: 4,
        lr: 5e-3,
        dropout: [0.0, 0.0, 0.0],
        min_count: 1,
        threads: 2,
        seed: 3,
        checkpoint: None,
        tag_confusions: Vec::new(),
        start: None,
        ..NeuralConfig::default()
    };
    let parser = train_neural(&gold, &gold, &cfg, |_| {}).expect("training runs");
    let sc = super::train::evaluate_net(&parser.net, &gold);
    assert!(sc.uas > 0.97 && sc.las > 0.95, "{sc}");
    // A smaller student distilled from it (half gold, half teacher) learns them too.
    let student = NeuralConfig {
        hidden: 16,
        teacher: Some(parser),
        distil: 0.5,
        top_k: 4,
        ..cfg
    };
    let parser = train_neural(&gold, &gold, &student, |_| {}).expect("distillation runs");
    let sc = super::train::evaluate_net(&parser.net, &gold);
    assert!(sc.uas > 0.95 && sc.las > 0.9, "distilled: {sc}");
}

#[test]
fn analyzer_parses_with_a_neural_model_file() {
    let bytes = NeuralParser::new(random_net(tiny_dims(1), 4)).to_bytes();
    let analyzer = crate::Analyzer::from_bytes(&bytes).expect("a neural model loads");
    let mut s = sentence(&[("Troops", ""), ("shelled", ""), ("the", ""), ("town", "")]);
    analyzer.analyze(&mut s);
    assert_eq!(s.tokens[1].lemma, "shell");
    assert_eq!(s.tokens[2].xpos, "DT");
    assert_eq!(s.tokens.iter().filter(|t| t.head == 0).count(), 1);
    let relations = ["det", "nsubj", "obj", "root"];
    assert!(s
        .tokens
        .iter()
        .all(|t| relations.contains(&t.deprel.as_str())));
}

#[test]
fn precomputed_projections_parse_as_the_full_product() {
    let mut rng = Rng::new(21);
    for layers in [1, 2] {
        let net = random_net(tiny_dims(layers), 30 + layers as u64);
        let pre = Projection::build(&net).expect("tiny tables fit");
        let input = random_input(7, &mut rng);
        let (mut full, mut fast) = (Work::default(), Work::default());
        forward(&net, &input, &mut full, &NO_DROPOUT, None, None);
        forward(&net, &input, &mut fast, &NO_DROPOUT, None, Some(&pre));
        for (a, b) in full.s.iter().zip(&fast.s) {
            assert!((a - b).abs() < 1e-4, "{layers} layers: {a} vs {b}");
        }
        let words = [
            ("a", "DT"),
            ("b", "NN"),
            ("Zed", "VB"),
            ("d", "XX"),
            ("c", "NN"),
        ];
        let (mut s1, mut s2) = (sentence(&words), sentence(&words));
        let mut sc = super::parser::Scratch::default();
        assert!(parse_with(&net, None, &mut s1, &mut sc));
        assert!(parse_with(&net, Some(&pre), &mut s2, &mut sc));
        assert_eq!(s1, s2);
    }
}
