//! Scores dyad's quotes and places against the hand-judged set in `eval/facts/judged.jsonl`.
//!
//! ```text
//! cargo run --release -p dyad-pipeline --example facts_eval -- eval/facts/judged.jsonl [--failures] [--split NAME]
//! ```
//!
//! Articles carry a `split` (`dev` when absent; `heldout` for the slice scored only to
//! check that changes made on `dev` generalise). One table is printed per split, or only
//! the split named by `--split`.
//!
//! Each line of the judged file is one article: either the project's own text (`"text"`) or
//! a reference into `../shared/corpora/news` (`"corpus":"guardian_syria"`, `"doc"`: the CSV's
//! unnamed index column, `"chars":[start,end]`: character offsets into its `text`). Nothing
//! from `../shared` is stored in the repository; it is read at run time.
//!
//! Judged quotes name a distinctive substring (`contains`, with `occurrence` when it repeats)
//! and the right speaker: a person's name, `group:<name>`, or `unknown`. Judged places name
//! their surface text (and `occurrence`), their ISO3 country (`""` for a region beyond one
//! country) and, where clear, the place (`name`, `|`-separated alternatives, or `geonames`).
//! A found quote or place matches a judged one when their byte spans overlap (the largest
//! overlap wins). Adjectival places ("Syrian") are not judged and not counted as false.
//! The test `tests/facts_eval.rs` includes this file to assert floors on the figures.

use dyad_model::{Analysis, Article, Paragraph, Span, SpeakerKind};
use dyad_pipeline::Pipeline;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One judged article, as written in the JSONL file.
#[derive(Debug, Deserialize)]
pub struct Judged {
    pub id: String,
    #[serde(default)]
    pub corpus: Option<String>,
    #[serde(default)]
    pub doc: Option<u64>,
    #[serde(default)]
    pub chars: Option<(usize, usize)>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub dateline: Option<String>,
    #[serde(default)]
    pub quotes: Vec<JQuote>,
    #[serde(default)]
    pub places: Vec<JPlace>,
    /// `dev` (absent) or `heldout`.
    #[serde(default)]
    pub split: Option<String>,
}

impl Judged {
    /// The split this article belongs to.
    pub fn split(&self) -> &str {
        self.split.as_deref().unwrap_or("dev")
    }
}

/// A judged quote.
#[derive(Debug, Deserialize)]
pub struct JQuote {
    pub contains: String,
    #[serde(default)]
    pub occurrence: Option<usize>,
    pub speaker: String,
    /// Free label for the report ("split", "pronoun", "nominal", "indirect", "slogan").
    #[serde(default)]
    pub kind: Option<String>,
}

/// A judged place mention.
#[derive(Debug, Deserialize)]
pub struct JPlace {
    pub text: String,
    #[serde(default)]
    pub occurrence: Option<usize>,
    pub country: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub geonames: Option<u64>,
}

/// The counts the scorer keeps.
#[derive(Debug, Default, Clone)]
pub struct Scores {
    pub articles: usize,
    pub quotes: usize,
    pub quotes_found: usize,
    pub speakers_right: usize,
    pub places: usize,
    pub places_found: usize,
    pub countries_right: usize,
    pub named: usize,
    pub names_right: usize,
    pub found_places: usize,
    pub false_places: usize,
    /// Per class of quote (direct, partial, indirect, slogan): judged, found, right speaker.
    pub by_class: std::collections::BTreeMap<&'static str, (usize, usize, usize)>,
    pub failures: Vec<String>,
}

/// The class of a judged quote from its label.
fn class(label: &str) -> &'static str {
    if label.starts_with("indirect") || label == "according-to" {
        "indirect speech"
    } else if label.starts_with("partial") {
        "partial quotes"
    } else if label == "slogan" || label == "scare" {
        "slogans and scare quotes"
    } else {
        "direct quotes"
    }
}

impl Scores {
    pub fn share(a: usize, b: usize) -> f64 {
        if b == 0 {
            0.0
        } else {
            a as f64 / b as f64
        }
    }
    pub fn speaker_accuracy(&self) -> f64 {
        Self::share(self.speakers_right, self.quotes)
    }
    pub fn country_accuracy(&self) -> f64 {
        Self::share(self.countries_right, self.places)
    }
    pub fn place_accuracy(&self) -> f64 {
        Self::share(self.names_right, self.named)
    }
    pub fn quote_recall(&self) -> f64 {
        Self::share(self.quotes_found, self.quotes)
    }
    pub fn place_recall(&self) -> f64 {
        Self::share(self.places_found, self.places)
    }

    /// The report as a markdown table.
    pub fn table(&self) -> String {
        let row = |what: &str, a: usize, b: usize| {
            format!(
                "| {what} | {a} / {b} | {:.1}% |\n",
                100.0 * Self::share(a, b)
            )
        };
        let mut t = format!(
            "{} articles\n\n| measure | count | share |\n|---|---|---|\n",
            self.articles
        );
        t += &row("quotes found (recall)", self.quotes_found, self.quotes);
        t += &row(
            "**quotes with the right speaker**",
            self.speakers_right,
            self.quotes,
        );
        t += &row(
            "right speaker among found quotes",
            self.speakers_right,
            self.quotes_found,
        );
        for (c, (n, found, right)) in &self.by_class {
            t += &row(&format!("{c}: found"), *found, *n);
            t += &row(&format!("{c}: right speaker"), *right, *n);
        }
        if self.places == 0 {
            return t; // no places judged (the held-out slice judges quotes only)
        }
        t += &row("places found (recall)", self.places_found, self.places);
        t += &row(
            "**places in the right country**",
            self.countries_right,
            self.places,
        );
        t += &row(
            "right country among found places",
            self.countries_right,
            self.places_found,
        );
        t += &row(
            "right place (judged with a name)",
            self.names_right,
            self.named,
        );
        t += &row(
            "false places (found, not judged)",
            self.false_places,
            self.found_places,
        );
        t
    }
}

/// Reads the judged file; bad lines are errors naming the file and line.
pub fn load(path: &Path) -> Result<Vec<Judged>, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (i, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let j: Judged =
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))?;
        out.push(j);
    }
    Ok(out)
}

/// The folder `../shared` beside the workspace.
pub fn shared_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"))
}

/// The Guardian Syria sample, by its index column.
fn guardian(shared: &Path) -> Result<HashMap<u64, String>, String> {
    let path = shared.join("corpora/news/guardian_syria/Guardian_SDF_sample.csv");
    let mut rdr = csv::Reader::from_path(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut docs = HashMap::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| format!("{}: record {}: {e}", path.display(), i + 1))?;
        let (Some(idx), Some(text)) = (rec.get(0), rec.get(2)) else {
            continue;
        };
        if let Ok(idx) = idx.parse() {
            docs.insert(idx, text.to_string());
        }
    }
    Ok(docs)
}

/// Builds the article a judged line refers to.
fn article(j: &Judged, docs: &HashMap<u64, String>) -> Result<Article, String> {
    let text = match (&j.text, j.corpus.as_deref(), j.doc) {
        (Some(t), _, _) => t.clone(),
        (None, Some("guardian_syria"), Some(doc)) => {
            let full = docs
                .get(&doc)
                .ok_or_else(|| format!("{}: no Guardian doc {doc}", j.id))?;
            let (a, b) = j.chars.unwrap_or((0, usize::MAX));
            full.chars().skip(a).take(b.saturating_sub(a)).collect()
        }
        _ => {
            return Err(format!(
                "{}: neither text nor a known corpus reference",
                j.id
            ))
        }
    };
    let published = j
        .published
        .as_deref()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .and_then(|d| d.and_hms_opt(12, 0, 0));
    let paragraphs = paragraphs(&text);
    Ok(Article {
        id: j.id.clone(),
        paragraphs,
        text,
        published,
        dateline: j.dateline.clone(),
        ..Default::default()
    })
}

/// Paragraphs split at line breaks, as the readers give them.
fn paragraphs(text: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text
        .match_indices('\n')
        .chain(std::iter::once((text.len(), "")))
    {
        let (a, b) = (start, i);
        start = i + 1;
        let line = &text[a..b];
        if line.trim().is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let trail = line.len() - line.trim_end().len();
        out.push(Paragraph {
            span: Span {
                start: a + lead,
                end: b - trail,
            },
        });
    }
    out
}

/// Byte span of the `n`th (1-based) occurrence of `needle` in `text`.
fn locate(text: &str, needle: &str, n: Option<usize>) -> Option<(usize, usize)> {
    let mut from = 0;
    let mut left = n.unwrap_or(1).max(1);
    while let Some(i) = text[from..].find(needle) {
        let start = from + i;
        let end = start + needle.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let word =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        if word || needle.len() > 12 {
            left -= 1;
            if left == 0 {
                return Some((start, end));
            }
        }
        from = start + needle.len().max(1);
    }
    None
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Lowercases and strips the accents of Latin letters, for name comparison.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        out.push(match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
            'ç' | 'č' | 'ć' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ē' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
            'ñ' | 'ń' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
            'ş' | 'š' | 'ś' | 'ṣ' => 's',
            'ğ' | 'ġ' => 'g',
            'ž' | 'ź' | 'ż' | 'ẕ' | 'ẓ' => 'z',
            'ḩ' | 'ḥ' | 'ẖ' => 'h',
            'ţ' | 'ṭ' | 'ť' => 't',
            'ḑ' | 'ḍ' | 'ď' => 'd',
            'ł' => 'l',
            'ř' => 'r',
            '’' | '\'' => '\'',
            c => c,
        });
    }
    out
}

fn words(s: &str) -> Vec<String> {
    const SKIP: &[&str] = &["the", "a", "an", "of", "al", "el", "and", "for", "'s", "s"];
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !SKIP.contains(w))
        .map(str::to_string)
        .collect()
}

/// Whether a found speaker is the judged one: `unknown` wants no speaker; otherwise the
/// words of one name (accents folded, "al-" dropped) are all among the other's, so a
/// surname matches a full name. Any `|`-separated alternative may match.
pub fn speaker_matches(judged: &str, kind: SpeakerKind, found: Option<&str>) -> bool {
    if judged == "unknown" {
        return kind == SpeakerKind::Unknown || found.is_none();
    }
    let (Some(found), false) = (found, kind == SpeakerKind::Unknown) else {
        return false;
    };
    let f = words(found);
    judged.split('|').any(|alt| {
        let j = words(alt.strip_prefix("group:").unwrap_or(alt));
        !j.is_empty()
            && !f.is_empty()
            && (j.iter().all(|w| f.contains(w)) || f.iter().all(|w| j.contains(w)))
    })
}

fn place_name_matches(j: &JPlace, name: &str, id: Option<u64>) -> bool {
    if j.geonames.is_some() && j.geonames == id {
        return true;
    }
    // GeoNames names carry transliteration marks ("Rafaḩ", "Mek'ele"): compare letters only.
    let letters = |s: &str| -> String { fold(s).chars().filter(|c| c.is_alphanumeric()).collect() };
    j.name
        .as_deref()
        .is_some_and(|n| n.split('|').any(|alt| letters(alt) == letters(name)))
}

/// Scores one analysed article against its judgement.
pub fn score_one(j: &Judged, a: &Analysis, s: &mut Scores) {
    let text = &a.article.text;
    s.articles += 1;
    for q in &j.quotes {
        s.quotes += 1;
        let label = q.kind.as_deref().unwrap_or("-");
        let tally = s.by_class.entry(class(label)).or_default();
        tally.0 += 1;
        let Some(span) = locate(text, &q.contains, q.occurrence) else {
            s.failures.push(format!(
                "{} BAD-JUDGEMENT quote {:?} not in text",
                j.id, q.contains
            ));
            continue;
        };
        let best = a
            .quotes
            .iter()
            .map(|f| {
                let o: usize = f
                    .spans
                    .iter()
                    .map(|sp| overlap(span, (sp.start, sp.end)))
                    .sum();
                (o, f)
            })
            .filter(|(o, _)| *o > 0)
            .max_by_key(|(o, _)| *o);
        let Some((_, f)) = best else {
            s.failures.push(format!(
                "{} QUOTE-MISSED [{label}] {:?} (want {})",
                j.id, q.contains, q.speaker
            ));
            continue;
        };
        s.quotes_found += 1;
        let right = speaker_matches(&q.speaker, f.speaker_kind, f.speaker.as_deref());
        let tally = s.by_class.entry(class(label)).or_default();
        tally.1 += 1;
        tally.2 += usize::from(right);
        if right {
            s.speakers_right += 1;
        } else {
            s.failures.push(format!(
                "{} SPEAKER-WRONG [{label}] {:?}: want {}, got {:?} ({:?})",
                j.id, q.contains, q.speaker, f.speaker, f.speaker_kind
            ));
        }
    }
    let mut judged_spans = Vec::new();
    for p in &j.places {
        s.places += 1;
        let has_name = p.name.is_some() || p.geonames.is_some();
        if has_name {
            s.named += 1;
        }
        let Some(span) = locate(text, &p.text, p.occurrence) else {
            s.failures.push(format!(
                "{} BAD-JUDGEMENT place {:?} not in text",
                j.id, p.text
            ));
            continue;
        };
        judged_spans.push(span);
        let best = a
            .places
            .iter()
            .map(|f| (overlap(span, (f.span.start, f.span.end)), f))
            .filter(|(o, _)| *o > 0)
            .max_by_key(|(o, _)| *o);
        let Some((_, f)) = best else {
            s.failures.push(format!(
                "{} PLACE-MISSED {:?} (want {} {:?})",
                j.id, p.text, p.country, p.name
            ));
            continue;
        };
        s.places_found += 1;
        if f.country == p.country {
            s.countries_right += 1;
        } else {
            s.failures.push(format!(
                "{} COUNTRY-WRONG {:?}: want {}, got {:?} ({} {})",
                j.id, p.text, p.country, f.country, f.name, f.feature
            ));
        }
        if has_name {
            if place_name_matches(p, &f.name, f.geonames_id) {
                s.names_right += 1;
            } else {
                s.failures.push(format!(
                    "{} PLACE-WRONG {:?}: want {:?}, got {:?} {} ({})",
                    j.id, p.text, p.name, f.name, f.country, f.feature
                ));
            }
        }
    }
    if j.places.is_empty() {
        return; // places not judged in this article (the held-out slice judges quotes only)
    }
    for f in a.places.iter().filter(|f| f.feature != "adjectival") {
        s.found_places += 1;
        let sp = (f.span.start, f.span.end);
        if !judged_spans.iter().any(|&j| overlap(j, sp) > 0) {
            s.false_places += 1;
            s.failures.push(format!(
                "{} PLACE-FALSE {:?} -> {} {} ({})",
                j.id, f.text, f.name, f.country, f.feature
            ));
        }
    }
}

/// Runs the pipeline over every judged article and scores it.
pub fn evaluate(judged: &[&Judged], pipeline: &Pipeline, shared: &Path) -> Result<Scores, String> {
    let needs_shared = judged.iter().any(|j| j.text.is_none());
    let docs = if needs_shared {
        guardian(shared)?
    } else {
        HashMap::new()
    };
    let mut s = Scores::default();
    let dump = std::env::var("FACTS_EVAL_DUMP").ok();
    for j in judged {
        let a = pipeline.analyze(&article(j, &docs)?);
        if dump.as_deref() == Some(j.id.as_str()) {
            for q in &a.quotes {
                let mention = q
                    .speaker_span
                    .and_then(|m| a.article.text.get(m.start..m.end));
                eprintln!(
                    "quote {:?} <- {:?} {:?} direct={} (mention {:?}, verb {:?})",
                    q.text, q.speaker, q.speaker_kind, q.direct, mention, q.verb
                );
            }
            for p in &a.places {
                eprintln!(
                    "place {:?} -> {} {} {}",
                    p.text, p.name, p.country, p.feature
                );
            }
            if std::env::var_os("FACTS_EVAL_PARSES").is_some() {
                let mut out = String::new();
                for (i, sentence) in a.sentences.iter().enumerate() {
                    dyad_model::conllu::write_into(sentence, &i.to_string(), &mut out);
                    out.push('\n');
                }
                eprint!("{out}");
            }
        }
        score_one(j, &a, &mut s);
    }
    Ok(s)
}

#[allow(dead_code)]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let failures = args.iter().any(|a| a == "--failures");
    let only = args
        .iter()
        .position(|a| a == "--split")
        .and_then(|i| args.get(i + 1));
    let Some(path) = args
        .iter()
        .enumerate()
        .find(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--split"))
        .map(|(_, a)| a)
    else {
        eprintln!("usage: facts_eval JUDGED.jsonl [--failures] [--split NAME]");
        std::process::exit(2);
    };
    let run = || -> Result<Vec<(String, Scores)>, String> {
        let judged = load(Path::new(path))?;
        let pipeline = Pipeline::builder().build().map_err(|e| e.to_string())?;
        let mut splits: Vec<&str> = judged.iter().map(Judged::split).collect();
        splits.dedup();
        splits.sort_unstable();
        splits.dedup();
        let mut out = Vec::new();
        for split in splits.into_iter().filter(|s| only.is_none_or(|o| o == s)) {
            let part: Vec<&Judged> = judged.iter().filter(|j| j.split() == split).collect();
            out.push((
                split.to_string(),
                evaluate(&part, &pipeline, &shared_dir())?,
            ));
        }
        Ok(out)
    };
    match run() {
        Ok(all) => {
            for (split, s) in all {
                println!("## split {split}\n");
                if failures {
                    for f in &s.failures {
                        println!("{f}");
                    }
                    println!();
                }
                println!("{}", s.table());
            }
        }
        Err(e) => {
            eprintln!("facts_eval: {e}");
            std::process::exit(1);
        }
    }
}
