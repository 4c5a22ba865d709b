//! Actor accuracy over the hand-judged events of `eval/actors/judged.jsonl`.
//!
//! Each line references one event of real news by corpus, article id, sentence index and
//! CAMEO code (no text is copied), with the source and target codes a reader judged
//! right ("" for no actor) and the class of error dyad made when it was judged. The
//! articles are read from `../shared/corpora/news` with dyad's own reader, coded by the
//! pipeline, and an event counts as right when one event of that code in that sentence
//! has both judged codes. An event no longer coded counts as wrong.
//!
//! `cargo run --release -p dyad-pipeline --example actors_eval -- [-v]`

use dyad_pipeline::Pipeline;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// One judged event.
#[derive(Debug, Deserialize)]
pub struct Judged {
    /// Line number in the listing it was judged from.
    pub n: u32,
    /// `ag_news`, `allsides` or `guardian_syria`.
    pub corpus: String,
    /// Article id: the AG News data row (1-based), the AllSides `ID`, the Guardian index.
    pub doc: String,
    /// Sentence index in the article.
    pub sentence: usize,
    /// CAMEO code of the event.
    pub cameo: String,
    /// The right source and target codes ("" for none).
    pub source: String,
    /// See `source`.
    pub target: String,
    /// The class of error when judged ("right" when dyad had both).
    pub class: String,
}

/// Counts over the judged set.
#[derive(Debug, Default)]
pub struct Scores {
    /// Judged events.
    pub total: usize,
    /// Events coded with both actors right.
    pub right: usize,
    /// Judged events no longer coded.
    pub lost: usize,
    /// Right events by the class of error they had when judged.
    pub by_class: BTreeMap<String, (usize, usize)>,
    /// One line per wrong event.
    pub failures: Vec<String>,
}

impl Scores {
    /// Share of judged events with both actors right.
    pub fn accuracy(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
}

/// Reads the judged file.
pub fn load(path: &Path) -> Result<Vec<Judged>, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    raw.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

fn corpus_file(shared: &Path, corpus: &str) -> Result<PathBuf, String> {
    let rel = match corpus {
        "ag_news" => "corpora/news/ag_news/test.csv",
        "allsides" => "corpora/news/allsides/articles_every3rd.jsonl.gz",
        "guardian_syria" => "corpora/news/guardian_syria/Guardian_SDF_sample.csv",
        other => return Err(format!("unknown corpus {other:?}")),
    };
    Ok(shared.join(rel))
}

/// The article id as judged: CSV rows without an id column are `file#row`.
fn short_id(id: &str) -> &str {
    id.rsplit('#').next().unwrap_or(id)
}

/// (corpus, article id, sentence index).
type Key = (String, String, usize);
/// (CAMEO code, source code, target code) of one coded event.
type Coded = (String, String, String);

/// Codes the referenced articles and scores each judged event.
pub fn evaluate(judged: &[Judged], pipeline: &Pipeline, shared: &Path) -> Result<Scores, String> {
    let reader = dyad_read::Reader::builder().build();
    let mut s = Scores::default();
    let mut wanted: BTreeMap<&str, HashSet<&str>> = BTreeMap::new();
    for j in judged {
        wanted.entry(&j.corpus).or_default().insert(&j.doc);
    }
    let mut coded: HashMap<Key, Vec<Coded>> = HashMap::new();
    for (corpus, docs) in &wanted {
        let path = corpus_file(shared, corpus)?;
        for item in reader.read_path(&path) {
            let Ok(article) = item else { continue };
            let id = short_id(&article.id).to_string();
            if !docs.contains(id.as_str()) {
                continue;
            }
            let a = pipeline.analyze(&article);
            for e in &a.events {
                let code = |m: &Option<dyad_model::ActorMention>| {
                    m.as_ref().map(|m| m.code.clone()).unwrap_or_default()
                };
                coded
                    .entry((corpus.to_string(), id.clone(), e.sentence))
                    .or_default()
                    .push((e.cameo.clone(), code(&e.source), code(&e.target)));
            }
        }
    }
    for j in judged {
        s.total += 1;
        let slot = s.by_class.entry(j.class.clone()).or_default();
        slot.0 += 1;
        let key = (j.corpus.clone(), j.doc.clone(), j.sentence);
        let events: Vec<&Coded> = coded
            .get(&key)
            .map(|v| v.iter().filter(|e| e.0 == j.cameo).collect())
            .unwrap_or_default();
        if events.is_empty() {
            s.lost += 1;
            s.failures.push(format!(
                "#{} {} {} s{} {}: no longer coded",
                j.n, j.corpus, j.doc, j.sentence, j.cameo
            ));
        } else if events.iter().any(|e| e.1 == j.source && e.2 == j.target) {
            s.right += 1;
            slot.1 += 1;
        } else {
            s.failures.push(format!(
                "#{} {} {} s{} {} [{}]: {} -> {} (judged {} -> {})",
                j.n,
                j.corpus,
                j.doc,
                j.sentence,
                j.cameo,
                j.class,
                events[0].1,
                events[0].2,
                j.source,
                j.target
            ));
        }
    }
    Ok(s)
}

#[allow(dead_code)]
fn main() {
    let verbose = std::env::args().any(|a| a == "-v");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let judged = load(&root.join("eval/actors/judged.jsonl")).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    let shared = root.join("../shared");
    let pipeline = Pipeline::builder().build().unwrap_or_else(|e| {
        eprintln!("pipeline: {e}");
        std::process::exit(1)
    });
    let s = evaluate(&judged, &pipeline, &shared).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    println!(
        "actors right: {}/{} = {:.1}% ({} no longer coded)",
        s.right,
        s.total,
        100.0 * s.accuracy(),
        s.lost
    );
    for (class, (n, r)) in &s.by_class {
        println!("  {class:<22} {r:>3}/{n:<3} right now");
    }
    if verbose {
        for f in &s.failures {
            println!("{f}");
        }
    }
}
