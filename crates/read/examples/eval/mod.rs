//! Accuracy of HTML extraction against pages with known main text and metadata: word-level
//! bag-of-words precision, recall and F1 per page (averaged), and title, byline, date and
//! language agreement. Shared by the `html_eval` example and the floor test.

use dyad_read::{decode_html, parse_date, parse_html};
use std::collections::HashMap;
use std::path::Path;

/// Totals for one corpus.
#[derive(Debug, Default, Clone)]
pub struct Score {
    pub corpus: String,
    pub pages: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub title: (usize, usize),
    pub byline: (usize, usize),
    pub date: (usize, usize),
    pub date_given: (usize, usize),
    pub language: (usize, usize),
}

impl Score {
    fn mean(&mut self) {
        let n = self.pages.max(1) as f64;
        self.precision /= n;
        self.recall /= n;
        self.f1 /= n;
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff | 0x0e00..=0x0e7f | 0x1000..=0x109f)
}

/// Lowercased word tokens; ideographs, kana, Thai and Burmese letters count one each.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if is_cjk(c) {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            out.push(c.to_string());
        } else if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Bag-of-words precision, recall and F1 of `got` against `want`.
pub fn prf(got: &str, want: &str) -> (f64, f64, f64) {
    let (g, w) = (words(got), words(want));
    let mut bag: HashMap<&str, i64> = HashMap::new();
    for t in &w {
        *bag.entry(t).or_default() += 1;
    }
    let mut hit = 0usize;
    for t in &g {
        if let Some(c) = bag.get_mut(t.as_str()) {
            if *c > 0 {
                *c -= 1;
                hit += 1;
            }
        }
    }
    if g.is_empty() && w.is_empty() {
        return (1.0, 1.0, 1.0);
    }
    let p = if g.is_empty() {
        0.0
    } else {
        hit as f64 / g.len() as f64
    };
    let r = if w.is_empty() {
        0.0
    } else {
        hit as f64 / w.len() as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn same(got: Option<&str>, want: Option<&str>) -> bool {
    match (
        got.map(norm).filter(|s| !s.is_empty()),
        want.map(norm).filter(|s| !s.is_empty()),
    ) {
        (None, None) => true,
        (Some(g), Some(w)) => g == w,
        _ => false,
    }
}

fn same_day(got: Option<chrono::NaiveDateTime>, want: Option<&str>) -> bool {
    let want = want.and_then(parse_date).map(|d| d.date());
    got.map(|d| d.date()) == want
}

fn tally(t: &mut (usize, usize), ok: bool) {
    t.0 += ok as usize;
    if !ok && std::env::var_os("EVAL_MISS").is_some() {
        eprintln!("miss #{}", t.1);
    }
    t.1 += 1;
}

fn text_of_html(html: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    let mut s = String::new();
    for n in doc.tree.root().descendants() {
        if let scraper::Node::Text(t) = n.value() {
            s.push_str(t);
            s.push(' ');
        }
    }
    s
}

fn read(p: &Path) -> Option<Vec<u8>> {
    std::fs::read(p).ok()
}

/// Mozilla Readability's test pages: `test-pages/NAME/{source.html, expected.html,
/// expected-metadata.json}`. Title, byline and date agree when equal after case and
/// whitespace folding (dates: same day), counting "none" = "none" as agreement.
pub fn mozilla(dir: &Path) -> Score {
    let mut s = Score {
        corpus: "mozilla-readability-test-pages".into(),
        ..Score::default()
    };
    let mut pages: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    pages.sort();
    for page in pages {
        let (Some(src), Some(exp)) = (
            read(&page.join("source.html")),
            read(&page.join("expected.html")),
        ) else {
            continue;
        };
        let meta: serde_json::Value = read(&page.join("expected-metadata.json"))
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        let got = parse_html(&decode_html(&src));
        let want = text_of_html(&String::from_utf8_lossy(&exp));
        let (p, r, f) = prf(&got.text, &want);
        s.pages += 1;
        s.precision += p;
        s.recall += r;
        s.f1 += f;
        let m = |k: &str| meta.get(k).and_then(|v| v.as_str());
        if std::env::var_os("EVAL_MISS").is_some() {
            eprintln!(
                "{}: title {:?} / {:?}; byline {:?} / {:?}; date {:?} / {:?}",
                page.display(),
                got.title,
                m("title"),
                got.byline,
                m("byline"),
                got.published,
                m("publishedTime")
            );
        }
        tally(&mut s.title, same(got.title.as_deref(), m("title")));
        tally(&mut s.byline, same(got.byline.as_deref(), m("byline")));
        tally(&mut s.date, same_day(got.published, m("publishedTime")));
        if m("publishedTime").is_some() {
            tally(
                &mut s.date_given,
                same_day(got.published, m("publishedTime")),
            );
        }
        if let Some(lang) = m("lang") {
            let want = lang.split(['-', '_']).next().unwrap_or("").to_lowercase();
            tally(
                &mut s.language,
                got.language.as_deref() == Some(want.as_str()),
            );
        }
    }
    s.mean();
    s
}

/// newspaper4k's test data: `html/NAME.html` with `txt/NAME.txt` (expected text) and
/// `metadata/NAME.json` (title, authors, publish_date). The byline agrees when it names the
/// first expected author (or both are empty).
pub fn newspaper(data: &Path) -> Score {
    let mut s = Score {
        corpus: "newspaper4k-tests".into(),
        ..Score::default()
    };
    let mut pages: Vec<_> = std::fs::read_dir(data.join("html"))
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    pages.sort();
    for page in pages {
        let Some(stem) = page.file_stem().map(|s| s.to_string_lossy().to_string()) else {
            continue;
        };
        let (Some(src), Some(want)) = (
            read(&page),
            read(&data.join("txt").join(format!("{stem}.txt"))),
        ) else {
            continue;
        };
        let got = parse_html(&decode_html(&src));
        let (p, r, f) = prf(&got.text, &String::from_utf8_lossy(&want));
        s.pages += 1;
        s.precision += p;
        s.recall += r;
        s.f1 += f;
        let Some(meta) = read(&data.join("metadata").join(format!("{stem}.json")))
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        else {
            continue;
        };
        let m = |k: &str| {
            meta.get(k)
                .and_then(|v| v.as_str())
                .filter(|v| *v != "None")
        };
        if std::env::var_os("EVAL_MISS").is_some() {
            eprintln!(
                "{stem}: title {:?} / {:?}; byline {:?} / {:?}; date {:?} / {:?}",
                got.title,
                m("title"),
                got.byline,
                meta.get("authors"),
                got.published,
                m("publish_date")
            );
        }
        tally(&mut s.title, same(got.title.as_deref(), m("title")));
        let first = meta
            .get("authors")
            .and_then(|a| a.get(0))
            .and_then(|a| a.as_str());
        let by = got.byline.as_deref().map(str::to_lowercase);
        tally(
            &mut s.byline,
            match (first, by) {
                (None, None) => true,
                (Some(f), Some(b)) => b.contains(&f.to_lowercase()),
                _ => false,
            },
        );
        tally(&mut s.date, same_day(got.published, m("publish_date")));
        if m("publish_date").is_some() {
            tally(
                &mut s.date_given,
                same_day(got.published, m("publish_date")),
            );
        }
        if let Some(lang) = m("language") {
            tally(&mut s.language, got.language.as_deref() == Some(lang));
        }
    }
    s.mean();
    s
}

/// Both corpora under `root` (the `corpora/html` folder).
pub fn all(root: &Path) -> Vec<Score> {
    vec![
        mozilla(&root.join("mozilla-readability-test-pages/test/test-pages")),
        newspaper(&root.join("newspaper4k-tests/tests/data")),
    ]
}

/// The scores as a markdown table.
pub fn table(scores: &[Score]) -> String {
    let pct = |(a, b): (usize, usize)| {
        if b == 0 {
            "-".to_string()
        } else {
            format!("{:.1}% ({a}/{b})", 100.0 * a as f64 / b as f64)
        }
    };
    let mut out = String::from(
        "| corpus | pages | precision | recall | F1 | title | byline | date | date (when expected) | language |\n|---|---|---|---|---|---|---|---|---|---|\n",
    );
    for s in scores {
        out.push_str(&format!(
            "| {} | {} | {:.3} | {:.3} | {:.3} | {} | {} | {} | {} | {} |\n",
            s.corpus,
            s.pages,
            s.precision,
            s.recall,
            s.f1,
            pct(s.title),
            pct(s.byline),
            pct(s.date),
            pct(s.date_given),
            pct(s.language)
        ));
    }
    out
}
