//! `dyad dict explain "sentence"`: the parse, and every dictionary entry that fires.

use anyhow::Context;
use dyad_dict::{Dictionaries, Elem, LoadOptions, Sym};
use dyad_model::Sentence;
use dyad_pipeline::Pipeline;
use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// Arguments of `dyad dict explain`.
#[derive(clap::Args)]
pub struct Args {
    /// The text (one or more sentences).
    text: String,
    /// Dictionary folder (dyad's layout or a flat Phoenix folder). Default: dyad's own.
    #[arg(long)]
    dict_dir: Option<PathBuf>,
    /// The day of the story (YYYY-MM-DD): picks dated actor codes. Default: today (UTC),
    /// so people are coded in their current office.
    #[arg(long)]
    date: Option<String>,
}

/// Text longer than this is refused: explain is for a sentence or a paragraph, and the
/// output grows with every token.
const MAX_TEXT: usize = 20_000;

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.text.len() > MAX_TEXT {
        anyhow::bail!(
            "text is {} bytes; explain takes at most {MAX_TEXT}",
            args.text.len()
        );
    }
    let date = match &args.date {
        Some(s) => Some(
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .with_context(|| format!("--date {s:?} is not YYYY-MM-DD"))?,
        ),
        None => today(),
    };
    let d = match &args.dict_dir {
        Some(dir) => super::load_path(dir, &LoadOptions::default())?,
        None => super::load(None, false)?,
    };
    let pipeline = Pipeline::builder()
        .dictionaries(Arc::new(d))
        .explain(true)
        .facts(false)
        .build()?;
    let mut out = std::io::stdout().lock();
    for s in pipeline.parse(&args.text) {
        explain(&mut out, &pipeline, &s, date)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Today's date in UTC, from the system clock.
fn today() -> Option<chrono::NaiveDate> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    chrono::DateTime::from_timestamp(i64::try_from(secs).ok()?, 0).map(|t| t.date_naive())
}

fn explain(
    out: &mut impl Write,
    p: &Pipeline,
    s: &Sentence,
    date: Option<chrono::NaiveDate>,
) -> anyhow::Result<()> {
    let d = p.coder().dictionaries();
    writeln!(out, "sentence {}: {}", s.index + 1, s.text)?;
    writeln!(out, "parse:")?;
    tree(out, s)?;
    let repaired = p.coder().repaired(s);
    if !repaired.is_empty() {
        writeln!(out, "repaired (what the coder reads instead):")?;
        for r in repaired {
            let form = |i: usize| s.tokens.get(i).map_or("?", |t| t.form.as_str());
            let head = r
                .head
                .map_or("root".to_string(), |h| format!("{} {}", h + 1, form(h)));
            writeln!(
                out,
                "  {} {} -> {} of {head}",
                r.token + 1,
                form(r.token),
                r.rel
            )?;
        }
    }
    let forms: Vec<String> = s.tokens.iter().map(|t| t.form.to_lowercase()).collect();
    let syms: Vec<Option<Sym>> = forms.iter().map(|f| d.sym(f)).collect();
    let span = |a: usize, n: usize| forms[a..a + n].join(" ");
    writeln!(out, "actors:")?;
    for (a, n, ids) in d.actor_trie.find_all(&syms) {
        for act in ids.iter().filter_map(|&i| d.actors.actor(i)) {
            let head = act.names.first().map(|x| x.join("_")).unwrap_or_default();
            let code = act.code_on(date).unwrap_or("(no code on this date)");
            let at = d.locate(act.origin);
            writeln!(out, "  {:?} -> {code}  actor {head} ({at})", span(a, n))?;
        }
    }
    writeln!(out, "agents:")?;
    for (a, n, ids) in d.agent_trie.find_all(&syms) {
        for ag in ids
            .iter()
            .filter_map(|&i| d.agents.agents.get(i.0 as usize))
        {
            let code = if ag.prefix {
                format!("{}~", ag.code)
            } else {
                format!("~{}", ag.code)
            };
            writeln!(
                out,
                "  {:?} -> {code}  ({})",
                span(a, n),
                d.locate(ag.origin)
            )?;
        }
    }
    writeln!(out, "discards:")?;
    for (a, n, ids) in d.discard_trie.find_all(&syms) {
        for x in ids
            .iter()
            .filter_map(|&i| d.discards.discards.get(i as usize))
        {
            let what = if x.story {
                "drops the story"
            } else {
                "drops the sentence"
            };
            writeln!(out, "  {:?} {what} ({})", span(a, n), d.locate(x.origin))?;
        }
    }
    verbs(out, d, s, &forms)?;
    let events = p.code(s, date);
    writeln!(out, "events: {}", events.len())?;
    for e in &events {
        let who = |m: &Option<dyad_model::ActorMention>| {
            m.as_ref()
                .map_or("-".to_string(), |m| format!("{} ({:?})", m.code, m.text))
        };
        let neg = if e.negated { " negated" } else { "" };
        writeln!(
            out,
            "  {} {} -> {}{neg}",
            e.cameo,
            who(&e.source),
            who(&e.target)
        )?;
        if let Some(x) = &e.explain {
            writeln!(out, "    verb {}; pattern {}", x.verb, x.pattern)?;
            for a in x.actors.iter().chain(&x.notes) {
                writeln!(out, "    {a}")?;
            }
        }
    }
    Ok(())
}

/// The verbs of the sentence, their families and the patterns the coder tries: those
/// whose literal words all occur in the sentence.
fn verbs(
    out: &mut impl Write,
    d: &Dictionaries,
    s: &Sentence,
    forms: &[String],
) -> anyhow::Result<()> {
    let v = &d.verbs;
    let mut words: HashSet<String> = forms.iter().cloned().collect();
    words.extend(s.tokens.iter().map(|t| t.lemma.to_lowercase()));
    writeln!(out, "verbs:")?;
    let mut families_done = HashSet::new();
    for (i, t) in s.tokens.iter().enumerate() {
        let lemma = t.lemma.to_lowercase();
        let mut ids: Vec<_> = v.lookup(&forms[i]).to_vec();
        for &x in v.lookup(&lemma) {
            if !ids.contains(&x) {
                ids.push(x);
            }
        }
        for vb in ids.iter().filter_map(|&id| v.verb(id)) {
            let Some(fam) = v.families.get(vb.family.0 as usize) else {
                continue;
            };
            let code = vb
                .code
                .as_ref()
                .or(fam.code.as_ref())
                .map_or("none".to_string(), |c| match &c.reverse {
                    Some(r) => format!("{}:{r}", c.forward),
                    None => c.forward.clone(),
                });
            writeln!(
                out,
                "  {} ({}, {}) -> verb {} ({}), family {} ({}), default code [{code}]",
                t.form,
                lemma,
                t.upos.as_str(),
                vb.words.join("_"),
                d.locate(vb.origin),
                fam.name,
                d.locate(fam.origin)
            )?;
            if !families_done.insert(vb.family) {
                continue;
            }
            let pats: Vec<_> = fam
                .patterns
                .iter()
                .filter_map(|p| v.patterns.get(p.0 as usize))
                .collect();
            let tried: Vec<_> = pats
                .iter()
                .filter(|p| literals(p).iter().all(|w| words.contains(*w)))
                .collect();
            writeln!(
                out,
                "    patterns: {} in family, {} candidates (all their literal words occur)",
                pats.len(),
                tried.len()
            )?;
            for p in tried {
                writeln!(out, "      {} ({})", p.text, d.locate(p.origin))?;
            }
        }
    }
    Ok(())
}

fn literals(p: &dyad_dict::Pattern) -> Vec<&str> {
    fn walk<'a>(e: &'a [Elem], out: &mut Vec<&'a str>) {
        for x in e {
            match x {
                Elem::Word(w) => out.push(w),
                Elem::Group(g) | Elem::Prep(g) => walk(g, out),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(&p.before, &mut out);
    walk(&p.after, &mut out);
    out
}

/// The dependency tree, one token a line, indented under its head.
fn tree(out: &mut impl Write, s: &Sentence) -> anyhow::Result<()> {
    let n = s.tokens.len();
    let mut kids = vec![Vec::new(); n + 1];
    for (i, t) in s.tokens.iter().enumerate() {
        let h = if t.head > n || t.head == i + 1 {
            0
        } else {
            t.head
        };
        kids[h].push(i + 1);
    }
    // Depth-first from the root; `seen` guards against a cyclic parse.
    let mut seen = vec![false; n + 1];
    let mut stack: Vec<(usize, usize)> = kids[0].iter().rev().map(|&k| (k, 1)).collect();
    while let Some((k, depth)) = stack.pop() {
        if std::mem::replace(&mut seen[k], true) {
            continue;
        }
        let t = &s.tokens[k - 1];
        writeln!(
            out,
            "{}{} {} {}",
            "  ".repeat(depth),
            t.form,
            t.upos.as_str(),
            t.deprel
        )?;
        stack.extend(kids[k].iter().rev().map(|&c| (c, depth + 1)));
    }
    Ok(())
}
