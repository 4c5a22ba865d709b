//! Training all models from a UD treebank folder (train split; dev for reporting).

use crate::labeller::{self, LWord, Tree};
use crate::lemma::{suffix, Lemmatizer, Rule, MAX_SUFFIX};
use crate::lex::{lex, Lex};
use crate::model::Model;
use crate::parser::{self, State, Word, MOVES};
use crate::perceptron::{argmax, Trainer};
use crate::tagger::{
    upos_features, xpos_features, DictEntry, Finite, Tagger, NO_ALT, NO_TAG, NO_UPOS,
};
use crate::{Analyzer, NlpError};
use dyad_model::Sentence;
use rustc_hash::FxHashMap;
use std::path::{Path, PathBuf};

mod lexicon;
mod supertags;
mod tagcheck;
mod twopass;

pub use lexicon::add_finite_repair;
use lexicon::{build_dict, build_lexicon};
pub use tagcheck::tagger_check;

/// Training settings. The defaults are the ones the embedded model (`model/en-ewt.bin`)
/// was trained with; [`TrainConfig::supertag`] gives the supertag model's
/// (`model/en-ewt-supertag.bin`).
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// Passes over the data for the tagger.
    pub tagger_epochs: usize,
    /// Passes for the parser.
    pub parser_epochs: usize,
    /// Passes for the labeller.
    pub labeller_epochs: usize,
    /// Passes for the supertagger.
    pub supertag_epochs: usize,
    /// Folds for jackknifed tags (the parser trains on tags like those it will see).
    pub folds: usize,
    /// Seed of the shuffling.
    pub seed: u64,
    /// Weights smaller than these are dropped from the Penn tagger, UPOS, parser and
    /// labeller and supertagger tables (see [`Analyzer::prune`]).
    pub prune: [f32; 5],
    /// Train a supertagger, and the parser and labeller templates that read its
    /// guesses and the tagger's runner-up tags (model format 3).
    pub supertags: bool,
    /// Give the model the finite-verb repair (see `Tagger::tag_xpos`): a sentence left
    /// without a finite verb gets one where the tagger came closest.
    pub finite_repair: bool,
    /// Print progress and dev scores to stderr.
    pub verbose: bool,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            tagger_epochs: 8,
            parser_epochs: 10,
            labeller_epochs: 6,
            supertag_epochs: 5,
            folds: 5,
            seed: 0x5EED,
            prune: [0.5, 0.5, 1.0, 0.5, 0.0],
            supertags: false,
            finite_repair: true,
            verbose: true,
        }
    }
}

impl TrainConfig {
    /// The settings of the supertag model.
    pub fn supertag() -> TrainConfig {
        TrainConfig {
            prune: [0.5, 0.5, 1.5, 0.75, 1.5],
            supertags: true,
            ..TrainConfig::default()
        }
    }
}

/// Reads a CoNLL-U file.
pub fn read_conllu(path: &Path) -> Result<Vec<Sentence>, NlpError> {
    let text = std::fs::read_to_string(path).map_err(|source| NlpError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    dyad_model::conllu::parse(&text).map_err(|source| NlpError::Conllu {
        path: path.to_path_buf(),
        source,
    })
}

/// Finds `*-ud-{split}.conllu` in a treebank folder.
pub fn split_path(dir: &Path, split: &str) -> Result<PathBuf, NlpError> {
    let suffix = format!("-ud-{split}.conllu");
    let rd = std::fs::read_dir(dir).map_err(|source| NlpError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    for e in rd.flatten() {
        if e.file_name().to_string_lossy().ends_with(&suffix) {
            return Ok(e.path());
        }
    }
    Err(NlpError::NoData {
        path: dir.join(format!("*{suffix}")),
    })
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

fn log(cfg: &TrainConfig, msg: std::fmt::Arguments) {
    if cfg.verbose {
        eprintln!("{msg}");
    }
}

/// A training sentence in ids.
struct Ex {
    lex: Vec<Lex>,
    forms: Vec<String>,
    xpos: Vec<usize>,
    upos: Vec<usize>,
    heads: Vec<usize>,
    labels: Vec<usize>,
}

/// A treebank read for training: the train split's sentences and their ids, the dev
/// split's, the tag and relation names, the lexicon and the tag dictionary.
struct Data {
    train: Vec<Sentence>,
    dev: Vec<Sentence>,
    exs: Vec<Ex>,
    dev_exs: Vec<Ex>,
    xpos_names: Vec<String>,
    deprels: Vec<String>,
    lexicon: FxHashMap<u64, u64>,
    dict: FxHashMap<u64, DictEntry>,
    /// Finite-verb candidates, when `cfg.finite_repair`.
    finite: Option<Finite>,
}

fn load(dir: &Path, cfg: &TrainConfig) -> Result<Data, NlpError> {
    let train_path = split_path(dir, "train")?;
    let train = read_conllu(&train_path)?;
    if train.is_empty() {
        return Err(NlpError::NoData { path: train_path });
    }
    let dev = match split_path(dir, "dev") {
        Ok(p) => read_conllu(&p)?,
        Err(_) => Vec::new(),
    };
    let mut xcount: FxHashMap<&str, usize> = FxHashMap::default();
    let mut dcount: FxHashMap<&str, usize> = FxHashMap::default();
    for t in train.iter().flat_map(|s| &s.tokens) {
        *xcount.entry(&t.xpos).or_default() += 1;
        *dcount.entry(&t.deprel).or_default() += 1;
    }
    let names = |c: FxHashMap<&str, usize>| {
        let mut v: Vec<(&str, usize)> = c.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v.into_iter()
            .map(|(s, _)| s.to_string())
            .collect::<Vec<_>>()
    };
    let xpos_names = names(xcount);
    let mut deprels = names(dcount);
    if !deprels.iter().any(|d| d == "root") {
        deprels.push("root".into());
    }
    let (lexicon, past_classes) = build_lexicon(&train, &xpos_names);
    let finite = cfg
        .finite_repair
        .then(|| Finite::new(past_classes, &xpos_names));
    let exs: Vec<Ex> = train
        .iter()
        .map(|s| to_ex(s, &xpos_names, &deprels, &lexicon))
        .collect();
    let dev_exs: Vec<Ex> = dev
        .iter()
        .map(|s| to_ex(s, &xpos_names, &deprels, &lexicon))
        .collect();
    log(
        cfg,
        format_args!(
            "{} train sentences, {} dev; {} Penn tags, {} relations",
            exs.len(),
            dev_exs.len(),
            xpos_names.len(),
            deprels.len()
        ),
    );

    let dict = build_dict(&train, &xpos_names);
    log(cfg, format_args!("tag dictionary: {} words", dict.len()));
    Ok(Data {
        train,
        dev,
        exs,
        dev_exs,
        xpos_names,
        deprels,
        lexicon,
        dict,
        finite,
    })
}

/// Experiment (not used by any shipped model): trains the tagger, then a second Penn
/// tagging pass that sees the first pass's tags to the right, and logs dev XPOS/UPOS of
/// both to stderr.
/// With `reverse` the second pass tags right to left and sees the first pass's tags to
/// the left.
pub fn tagger_experiment(dir: &Path, cfg: &TrainConfig, reverse: bool) -> Result<(), NlpError> {
    let d = load(dir, cfg)?;
    let data = twopass::Data {
        exs: &d.exs,
        dev: &d.dev_exs,
        dev_gold: &d.dev,
        xpos_names: &d.xpos_names,
        dict: &d.dict,
    };
    twopass::experiment(&data, cfg, reverse)
}

/// The training sentences outside fold `f` of `folds` (sentence `i` is in fold
/// `i % folds`).
fn fold_part(exs: &[Ex], folds: usize, f: usize) -> Vec<&Ex> {
    exs.iter()
        .enumerate()
        .filter(|(i, _)| i % folds != f)
        .map(|(_, e)| e)
        .collect()
}

/// Trains every model on `dir`'s train split and returns the analyzer, as it will be
/// after a save and load (weights quantised).
pub fn train(dir: &Path, cfg: &TrainConfig) -> Result<Analyzer, NlpError> {
    let Data {
        exs,
        dev_exs,
        dict,
        xpos_names,
        deprels,
        lexicon,
        train,
        finite,
        ..
    } = load(dir, cfg)?;
    let all: Vec<&Ex> = exs.iter().collect();
    let nx = xpos_names.len();
    let fin = finite.as_ref();
    let tagger = train_tagger(&all, &dev_exs, nx, &dict, fin, cfg, "tagger")?;
    // Jackknifed tags for the parser and labeller.
    let mut jack: Vec<Tags> = (0..exs.len()).map(|_| Tags::default()).collect();
    let folds = cfg.folds.max(1);
    if folds == 1 {
        for (e, j) in exs.iter().zip(&mut jack) {
            *j = Tags {
                joint: joint_tags(&e.xpos, &e.upos),
                alt: vec![NO_ALT; e.xpos.len()],
                st: Vec::new(),
            };
        }
    } else {
        for f in 0..folds {
            let part = fold_part(&exs, folds, f);
            let quiet = TrainConfig {
                verbose: false,
                ..cfg.clone()
            };
            let t = train_tagger(&part, &[], nx, &dict, fin, &quiet, "fold")?;
            for (i, e) in exs.iter().enumerate().filter(|(i, _)| i % folds == f) {
                jack[i] = Tags::of(&t, e);
            }
            log(cfg, format_args!("jackknife fold {}/{} done", f + 1, folds));
        }
    }
    let mut dev_tags: Vec<Tags> = dev_exs.iter().map(|e| Tags::of(&tagger, e)).collect();
    let supertagger = if cfg.supertags {
        Some(supertags::supertag_all(
            &exs,
            &mut jack,
            &dev_exs,
            &mut dev_tags,
            deprels.len(),
            cfg,
        ))
    } else {
        None
    };
    let parser_table = train_parser(&exs, &jack, &dev_exs, &dev_tags, cfg);
    let core: Vec<Option<usize>> = labeller::CORE
        .iter()
        .map(|c| deprels.iter().position(|d| d == c))
        .collect();
    let root = deprels.iter().position(|d| d == "root").unwrap_or(0);
    let fixed = fixed_labels(&exs);
    let labeller_table = train_labeller(
        &exs,
        &jack,
        &dev_exs,
        &dev_tags,
        deprels.len(),
        &core,
        root,
        &fixed,
        cfg,
    );
    let lemmatizer = train_lemmatizer(&train, &xpos_names);
    let model = Model::new(
        xpos_names,
        deprels,
        lexicon,
        tagger,
        lemmatizer,
        parser_table,
        labeller_table,
        supertagger,
        fixed,
    );
    let mut model = model;
    model.prune(cfg.prune);
    let bytes = model.to_bytes();
    Analyzer::from_bytes(&bytes)
}

/// The model's bytes, for saving.
pub fn to_bytes(analyzer: &Analyzer) -> Vec<u8> {
    analyzer.model().to_bytes()
}

fn to_ex(s: &Sentence, xpos: &[String], deprels: &[String], lexicon: &FxHashMap<u64, u64>) -> Ex {
    let id = |names: &[String], v: &str| names.iter().position(|x| x == v).unwrap_or(0);
    Ex {
        lex: s.tokens.iter().map(|t| lex(&t.form, lexicon)).collect(),
        forms: s.tokens.iter().map(|t| t.form.clone()).collect(),
        xpos: s.tokens.iter().map(|t| id(xpos, &t.xpos)).collect(),
        upos: s.tokens.iter().map(|t| t.upos.index()).collect(),
        heads: crate::parser::heads_of(s),
        labels: s.tokens.iter().map(|t| id(deprels, &t.deprel)).collect(),
    }
}

/// A sentence's predicted tags as the parser and labeller see them.
#[derive(Default)]
struct Tags {
    /// Penn tag and UPOS in one id.
    joint: Vec<usize>,
    /// Close runner-up Penn tags.
    alt: Vec<u64>,
    /// Guessed supertags.
    st: Vec<u64>,
}

impl Tags {
    fn of(t: &Tagger, e: &Ex) -> Tags {
        let (mut feats, mut scores, mut x, mut u, mut alt) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        t.tag_xpos(&e.lex, &mut feats, &mut scores, &mut x, &mut alt);
        t.tag_upos(&e.lex, &x, &mut feats, &mut scores, &mut u);
        Tags {
            joint: joint_tags(&x, &u),
            alt,
            st: Vec::new(),
        }
    }
}

/// The tags the parser and labeller see: Penn tag and UPOS in one id.
fn joint_tags(xpos: &[usize], upos: &[usize]) -> Vec<usize> {
    xpos.iter()
        .zip(upos)
        .map(|(&x, &u)| crate::parser::joint_tag(x, u))
        .collect()
}

/// Penn tags that take one relation 99.5% of the time in 100+ cases (punctuation).
fn fixed_labels(exs: &[Ex]) -> FxHashMap<u64, usize> {
    let mut counts: FxHashMap<usize, FxHashMap<usize, usize>> = FxHashMap::default();
    for e in exs {
        for (d, (&x, &l)) in joint_tags(&e.xpos, &e.upos)
            .iter()
            .zip(&e.labels)
            .enumerate()
        {
            if e.heads[d] < e.xpos.len() {
                *counts.entry(x).or_default().entry(l).or_default() += 1;
            }
        }
    }
    let mut fixed = FxHashMap::default();
    for (x, m) in counts {
        let total: usize = m.values().sum();
        if let Some((&l, &c)) = m.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) {
            if total >= 100 && c * 1000 >= total * 995 {
                fixed.insert(x as u64, l);
            }
        }
    }
    fixed
}

fn train_tagger(
    exs: &[&Ex],
    dev: &[Ex],
    nx: usize,
    dict: &FxHashMap<u64, DictEntry>,
    finite: Option<&Finite>,
    cfg: &TrainConfig,
    what: &str,
) -> Result<Tagger, NlpError> {
    let nu = dyad_model::Upos::ALL.len();
    let (mut tx, mut tu) = (Trainer::new(nx), Trainer::new(nu));
    let mut order: Vec<usize> = (0..exs.len()).collect();
    let mut rng = Rng(cfg.seed);
    let (mut feats, mut scores) = (Vec::new(), Vec::new());
    let mut guess = Vec::new();
    for epoch in 0..cfg.tagger_epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &k in &order {
            let e = exs[k];
            guess.clear();
            let (mut p1, mut p2) = (NO_TAG, NO_TAG);
            for i in 0..e.lex.len() {
                let g = if let Some(&(x, _)) = dict.get(&e.lex[i].word) {
                    x as usize
                } else {
                    xpos_features(&e.lex, i, p1, p2, &mut feats);
                    tx.learn(&feats, e.xpos[i], &mut scores)
                };
                right += usize::from(g == e.xpos[i]);
                total += 1;
                guess.push(g);
                p2 = p1;
                p1 = g as u64;
            }
            let (mut u1, mut u2) = (NO_TAG, NO_TAG);
            for i in 0..e.lex.len() {
                let g = match dict.get(&e.lex[i].word) {
                    Some(&(x, u)) if u != NO_UPOS && guess[i] == x as usize => u as usize,
                    _ => {
                        upos_features(&e.lex, &guess, i, u1, u2, &mut feats);
                        tu.learn(&feats, e.upos[i], &mut scores)
                    }
                };
                u2 = u1;
                u1 = g as u64;
            }
        }
        if cfg.verbose && !dev.is_empty() {
            let t = Tagger {
                xpos: tx.finish(0.0),
                upos: tu.finish(0.0),
                dict: dict.clone(),
                finite: finite.cloned(),
                repair: crate::tagger::REPAIR_MARGIN,
            };
            let (mut xr, mut ur, mut n) = (0, 0, 0);
            let (mut up, mut alt) = (Vec::new(), Vec::new());
            for e in dev {
                t.tag_xpos(&e.lex, &mut feats, &mut scores, &mut guess, &mut alt);
                t.tag_upos(&e.lex, &guess, &mut feats, &mut scores, &mut up);
                xr += guess.iter().zip(&e.xpos).filter(|(a, b)| a == b).count();
                ur += up.iter().zip(&e.upos).filter(|(a, b)| a == b).count();
                n += e.xpos.len();
            }
            log(
                cfg,
                format_args!(
                    "{what} epoch {}: train XPOS {:.2}; dev XPOS {:.2} UPOS {:.2}",
                    epoch + 1,
                    100.0 * right as f64 / total.max(1) as f64,
                    100.0 * xr as f64 / n as f64,
                    100.0 * ur as f64 / n as f64
                ),
            );
        }
    }
    Ok(Tagger {
        xpos: tx.finish(0.01),
        upos: tu.finish(0.01),
        dict: dict.clone(),
        finite: finite.cloned(),
        repair: crate::tagger::REPAIR_MARGIN,
    })
}

fn words_of(e: &Ex, tags: &Tags) -> Vec<Word> {
    let mut words = parser::words(
        e.lex
            .iter()
            .zip(tags.joint.iter().zip(&tags.alt))
            .zip(&e.forms)
            .map(|((l, (&t, &a)), f)| (l.lower, l.class, t, a, f.as_str())),
    );
    for (w, &s) in words.iter_mut().zip(&tags.st) {
        w.st = s;
    }
    words
}

fn train_parser(
    exs: &[Ex],
    tags: &[Tags],
    dev: &[Ex],
    dev_tags: &[Tags],
    cfg: &TrainConfig,
) -> crate::perceptron::Table {
    let mut model = Trainer::new(MOVES);
    let mut order: Vec<usize> = (0..exs.len()).collect();
    let mut rng = Rng(cfg.seed ^ 0xBEEF);
    let mut feats = Vec::new();
    for epoch in 0..cfg.parser_epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &k in &order {
            let e = &exs[k];
            let words = words_of(e, &tags[k]);
            let n = words.len();
            let mut gold = e.heads.clone();
            gold.push(usize::MAX - 1);
            let mut st = State::new(n);
            while !st.is_final() {
                parser::features(&st, &words, cfg.supertags, &mut feats);
                let mut scores = [0f32; MOVES];
                model.score(&feats, &mut scores);
                let valid = st.valid();
                let zero = st.zero_cost(&gold);
                let Some(guess) = argmax(&scores, |m| valid[m]) else {
                    break;
                };
                if let Some(best) = argmax(&scores, |m| zero[m] && valid[m]) {
                    model.update(&feats, best, guess);
                    model.tick();
                    // Error exploration (Goldberg & Nivre 2013): after the first epoch,
                    // follow the model's own move 90% of the time.
                    let explore = epoch > 0 && !rng.next().is_multiple_of(10);
                    let follow = if explore { guess } else { best };
                    st.apply(follow);
                } else {
                    st.apply(guess);
                }
            }
            for (d, &h) in st.heads.iter().take(n).enumerate() {
                right += usize::from(h == e.heads[d]);
            }
            total += n;
        }
        if cfg.verbose {
            let t = model.finish(0.0);
            let (mut r, mut nn) = (0, 0);
            for (e, tg) in dev.iter().zip(dev_tags) {
                let heads = parser::parse(&t, &words_of(e, tg), cfg.supertags, &mut feats);
                r += heads.iter().zip(&e.heads).filter(|(a, b)| a == b).count();
                nn += e.heads.len();
            }
            log(
                cfg,
                format_args!(
                    "parser epoch {}: train UAS {:.2}; dev UAS {:.2} ({} features)",
                    epoch + 1,
                    100.0 * right as f64 / total.max(1) as f64,
                    100.0 * r as f64 / nn.max(1) as f64,
                    t.len()
                ),
            );
        }
    }
    model.finish(0.05)
}

#[allow(clippy::too_many_arguments)]
fn train_labeller(
    exs: &[Ex],
    tags: &[Tags],
    dev: &[Ex],
    dev_tags: &[Tags],
    nl: usize,
    core: &[Option<usize>],
    root: usize,
    fixed: &FxHashMap<u64, usize>,
    cfg: &TrainConfig,
) -> crate::perceptron::Table {
    let mut model = Trainer::new(nl);
    let mut order: Vec<usize> = (0..exs.len()).collect();
    let mut rng = Rng(cfg.seed ^ 0x1AB);
    let mut feats = Vec::new();
    let mut scores = vec![0f32; nl];
    let lwords = |e: &Ex, tg: &Tags| -> Vec<LWord> {
        e.lex
            .iter()
            .zip(tg.joint.iter().zip(&tg.alt))
            .enumerate()
            .map(|(i, (l, (&t, &a)))| LWord {
                lower: l.lower,
                tag: t as u64,
                class: l.class,
                alt: a,
                st: tg.st.get(i).copied().unwrap_or(crate::supertag::NO_ST),
            })
            .collect()
    };
    for epoch in 0..cfg.labeller_epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let e = &exs[k];
            let words = lwords(e, &tags[k]);
            let tree = Tree::new(&e.heads);
            let mut labels = vec![None; words.len()];
            for &d in &tree.order {
                if e.heads[d] >= words.len() {
                    labels[d] = Some(root);
                    continue;
                }
                if let Some(&l) = fixed.get(&words[d].tag) {
                    labels[d] = Some(l);
                    continue;
                }
                labeller::features(
                    &words,
                    &e.heads,
                    &tree,
                    &labels,
                    core,
                    d,
                    cfg.supertags,
                    &mut feats,
                );
                scores.iter_mut().for_each(|s| *s = 0.0);
                model.score(&feats, &mut scores);
                let g = argmax(&scores, |l| l != root).unwrap_or(0);
                model.update(&feats, e.labels[d], g);
                model.tick();
                labels[d] = Some(g);
            }
        }
        if cfg.verbose {
            let t = model.finish(0.0);
            let (mut r, mut nn) = (0, 0);
            for (e, tg) in dev.iter().zip(dev_tags) {
                let got = labeller::label(
                    &t,
                    &lwords(e, tg),
                    &e.heads,
                    core,
                    root,
                    fixed,
                    true,
                    &mut feats,
                );
                r += got.iter().zip(&e.labels).filter(|(a, b)| a == b).count();
                nn += e.labels.len();
            }
            log(
                cfg,
                format_args!(
                    "labeller epoch {}: dev label accuracy on gold trees {:.2}",
                    epoch + 1,
                    100.0 * r as f64 / nn.max(1) as f64
                ),
            );
        }
    }
    model.finish(0.05)
}

/// Suffix rules by type frequency, then exceptions wherever the rules miss the
/// treebank's most frequent lemma.
fn train_lemmatizer(train: &[Sentence], xpos: &[String]) -> Lemmatizer {
    let tag_id = |x: &str| xpos.iter().position(|t| t == x).unwrap_or(0) as u16;
    // Most frequent lemma per (tag, form).
    let mut seen: FxHashMap<(u16, String), FxHashMap<String, usize>> = FxHashMap::default();
    for t in train.iter().flat_map(|s| &s.tokens) {
        if t.lemma.is_empty() || t.lemma == "_" {
            continue;
        }
        *seen
            .entry((tag_id(&t.xpos), t.form.clone()))
            .or_default()
            .entry(t.lemma.clone())
            .or_default() += 1;
    }
    let best = |m: &FxHashMap<String, usize>| {
        m.iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(l, _)| l.clone())
    };
    let mut votes: FxHashMap<(u16, String), FxHashMap<Rule, usize>> = FxHashMap::default();
    let mut by_lower: FxHashMap<(u16, String), FxHashMap<Rule, usize>> = FxHashMap::default();
    for ((tag, form), lemmas) in &seen {
        let Some(lemma) = best(lemmas) else { continue };
        let rule = Rule::learn(form, &lemma);
        let lower = form.to_lowercase();
        for k in 0..=MAX_SUFFIX.min(lower.chars().count()) {
            *votes
                .entry((*tag, suffix(&lower, k).to_string()))
                .or_default()
                .entry(rule.clone())
                .or_default() += 1;
        }
        *by_lower
            .entry((*tag, lower))
            .or_default()
            .entry(rule)
            .or_default() += lemmas.values().sum::<usize>();
    }
    let mut lem = Lemmatizer::default();
    let pick = |m: &FxHashMap<Rule, usize>| {
        m.iter()
            .max_by(|a, b| {
                a.1.cmp(b.1)
                    .then(b.0.append.cmp(&a.0.append))
                    .then(b.0.strip.cmp(&a.0.strip))
            })
            .map(|(r, _)| r.clone())
    };
    for (key, m) in &votes {
        // A suffix seen in one word only is that word's quirk (EWT lemmatizes the typo
        // "collages" as "college"), not a rule: the exceptions table keeps the word.
        if !key.1.is_empty() && m.values().sum::<usize>() < 2 {
            continue;
        }
        if let Some(r) = pick(m) {
            lem.rules.insert(key.clone(), r);
        }
    }
    // Drop rules that agree with their next-shorter suffix: smaller model, same output.
    let keys: Vec<(u16, String)> = lem.rules.keys().cloned().collect();
    let mut redundant = Vec::new();
    for (tag, s) in keys {
        let n = s.chars().count();
        if n == 0 {
            continue;
        }
        let parent = lem.rule_for(tag, suffix(&s, n - 1));
        if parent == lem.rules.get(&(tag, s.clone())) {
            redundant.push((tag, s));
        }
    }
    for k in redundant {
        lem.rules.remove(&k);
    }
    for ((tag, lower), m) in &by_lower {
        if let Some(r) = pick(m) {
            if lem.rule_for(*tag, lower) != Some(&r) {
                lem.exceptions.insert((*tag, lower.clone()), r);
            }
        }
    }
    lem
}
