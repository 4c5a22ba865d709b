//! Runs every `#ex:` example of dyad's verb and discard dictionaries through the whole
//! pipeline (tokenizer, tagger/parser, coder with all of `dictionaries/`) and scores it.
//!
//! ```text
//! cargo run --release --manifest-path dictionaries/gen/check-examples/Cargo.toml -- \
//!     [--model FILE] [--discards] [-v]
//! cargo run --release --manifest-path dictionaries/gen/check-examples/Cargo.toml -- \
//!     --ag-news ../shared/corpora/news/ag_news/test.csv [--model FILE]
//! ```
//!
//! `--ag-news` codes the AG News test items (label 1 World, 2 Sports, 3 Business,
//! 4 Sci/Tech) and prints, per label, sentences, discarded sentences and events, then every
//! discarded World sentence and every event outside World, for reading.
//!
//! An example `S => SRC TGT CODE` passes when some event has CODE and the same countries
//! (first three letters; `-` matches anything); `S => -` passes when no event is coded.
//! Source/target are required only when the example names them. Lines printed: every
//! failure (NONE: no event, CODE: right code, wrong actors, WRONG: other code), then a
//! SUMMARY line. `-v` prints passes and the parse of failures too.

use dyad_coder::CoderBuilder;
use dyad_dict::{Dictionaries, FileKind, LoadOptions};
use dyad_model::Event;
use std::error::Error;
use std::path::{Path, PathBuf};

fn txt_files(dir: &Path) -> Result<Vec<PathBuf>, Box<dyn Error>> {
    let mut v = Vec::new();
    if dir.is_dir() {
        for e in std::fs::read_dir(dir)? {
            let p = e?.path();
            if p.extension().is_some_and(|x| x == "txt") {
                v.push(p);
            }
        }
    }
    v.sort();
    Ok(v)
}

fn show(e: &Event) -> String {
    let code = |a: &Option<dyad_model::ActorMention>| {
        a.as_ref().map_or("-".to_string(), |a| a.code.clone())
    };
    format!("{} {} {}", code(&e.source), code(&e.target), e.cameo)
}

#[derive(Default)]
struct Score {
    coded: usize,
    right: usize,
    right_code: usize,
    extra: usize,
    nulls: usize,
    nulls_ok: usize,
    discarded: usize,
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().collect();
    let verbose = args.iter().any(|a| a == "-v");
    let model = args
        .iter()
        .position(|a| a == "--model")
        .and_then(|i| args.get(i + 1));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for (sub, kind) in [
        ("verbs", FileKind::Verbs),
        ("actors", FileKind::Actors),
        ("agents", FileKind::Agents),
        ("discards", FileKind::Discards),
    ] {
        for p in txt_files(&root.join(sub))? {
            files.push((p, kind));
        }
    }
    let dicts = Dictionaries::load_files(&files, &LoadOptions::default())?;
    let coder = CoderBuilder::new().dictionaries(dicts).build()?;
    let analyzer = match model {
        Some(m) => dyad_nlp::Analyzer::from_file(m)?,
        None => dyad_nlp::Analyzer::embedded()?,
    };
    let tok = dyad_text::Tokenizer::new();
    if let Some(path) = args
        .iter()
        .position(|a| a == "--ag-news")
        .and_then(|i| args.get(i + 1))
    {
        return ag_news(Path::new(path), &coder, &analyzer, &tok);
    }
    let sub = if args.iter().any(|a| a == "--discards") {
        "discards"
    } else {
        "verbs"
    };
    let mut sc = Score::default();
    for path in txt_files(&root.join(sub))? {
        let name = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let text = std::fs::read_to_string(&path)?;
        for (ln, line) in text.lines().enumerate() {
            let Some((sent, want)) = line
                .strip_prefix("#ex: ")
                .and_then(|r| r.rsplit_once(" => "))
            else {
                continue;
            };
            let want: Vec<&str> = want.split_whitespace().collect();
            let (need_src, need_tgt) = match want.as_slice() {
                [s, t, _] => (*s != "-", *t != "-"),
                _ => (true, true),
            };
            let c = coder.with_requirements(need_src, need_tgt);
            let mut sents = tok.sentences(sent);
            let (mut got, mut disc) = (Vec::new(), false);
            for s in &mut sents {
                analyzer.analyze(s);
                disc |= c.discarded(s).is_some();
                got.extend(c.code(s, None));
            }
            let shown: Vec<String> = got.iter().map(show).collect();
            let at = format!("{name}:{}", ln + 1);
            let [ws, wt, wc] = want.as_slice() else {
                sc.nulls += 1;
                sc.discarded += usize::from(disc);
                if got.is_empty() {
                    sc.nulls_ok += 1;
                } else {
                    println!("FAIL\t{at}\t{sent}\twant -\tgot {shown:?}");
                }
                continue;
            };
            sc.coded += 1;
            let c3 = |s: &str| s.chars().take(3).collect::<String>();
            let same = |a: &Option<dyad_model::ActorMention>, w: &str| {
                w == "-" || a.as_ref().is_some_and(|a| c3(&a.code) == c3(w))
            };
            let right = got
                .iter()
                .any(|e| e.cameo == *wc && same(&e.source, ws) && same(&e.target, wt));
            let code_ok = got.iter().any(|e| e.cameo == *wc);
            sc.right += usize::from(right);
            sc.right_code += usize::from(code_ok);
            sc.extra += usize::from(got.iter().any(|e| e.cameo != *wc));
            let tag = if right {
                "OK"
            } else if code_ok {
                "CODE"
            } else if got.is_empty() {
                "NONE"
            } else {
                "WRONG"
            };
            if !right || verbose {
                let parse: Vec<String> = sents
                    .iter()
                    .flat_map(|s| {
                        s.tokens.iter().map(|t| {
                            format!("{}/{}/{}>{}", t.form, t.upos.as_str(), t.deprel, t.head)
                        })
                    })
                    .collect();
                println!(
                    "{tag}\t{at}\t{sent}\twant {ws} {wt} {wc}\tgot {shown:?}\t{}",
                    if verbose && !right {
                        parse.join(" ")
                    } else {
                        String::new()
                    }
                );
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "SUMMARY {sub}: {} coded examples: right code and countries {} ({:.1}%), right code {} ({:.1}%), \
         with another code too {}; {} no-event examples: no event {}, discarded {}",
        sc.coded, sc.right, pct(sc.right, sc.coded), sc.right_code, pct(sc.right_code, sc.coded), sc.extra, sc.nulls, sc.nulls_ok, sc.discarded
    );
    Ok(())
}

/// Splits one CSV record (fields may be quoted, `""` escapes a quote).
fn csv_fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                if let Some(f) = out.last_mut() {
                    f.push('"');
                }
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(String::new()),
            (c, _) => {
                if let Some(f) = out.last_mut() {
                    f.push(c);
                }
            }
        }
    }
    out
}

fn ag_news(
    path: &Path,
    coder: &dyad_coder::Coder,
    analyzer: &dyad_nlp::Analyzer,
    tok: &dyad_text::Tokenizer,
) -> Result<(), Box<dyn Error>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut per: std::collections::BTreeMap<String, (usize, usize, usize)> = Default::default();
    for line in text.lines().skip(1) {
        let f = csv_fields(line);
        let [label, _title, body] = f.as_slice() else {
            continue;
        };
        let body = body.replace('\\', " ");
        for mut s in tok.sentences(&body) {
            analyzer.analyze(&mut s);
            let disc = coder.discarded(&s).is_some();
            let evs = coder.code(&s, None);
            let e = per.entry(label.clone()).or_default();
            e.0 += 1;
            e.1 += usize::from(disc);
            e.2 += evs.len();
            if disc && label == "1" {
                println!("DISCARDED-WORLD\t{}", s.text);
            }
            if label != "1" {
                for ev in &evs {
                    println!("EVENT-{label}\t{}\t{}", show(ev), s.text);
                }
            }
        }
    }
    for (label, (n, d, e)) in per {
        println!("SUMMARY label {label}: sentences {n}, discarded {d}, events {e}");
    }
    Ok(())
}
