//! Agent dictionaries: role words (`PRESIDENT [~GOV]`) combined with actors.

use crate::error::Sink;
use crate::text::{phrase_words, split_code, strip_comment, XmlComments};
use crate::{DictError, ErrorKind, FileId, Origin};
use rustc_hash::FxHashMap;

/// Index of an agent in [`AgentDict::agents`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AgentId(pub u32);

/// One agent: a role code added after (`[~GOV]`) or before (`[NGO~]`) an actor's code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    /// Names (singular and plurals), each as lowercased words.
    pub names: Vec<Vec<String>>,
    /// The role code without `~`.
    pub code: String,
    /// True for `[CODE~]`: the code goes before the actor's.
    pub prefix: bool,
    /// Where it was written.
    pub origin: Origin,
}

/// All agents read.
#[derive(Debug, Clone, Default)]
pub struct AgentDict {
    /// The entries.
    pub agents: Vec<Agent>,
}

/// Regular English plural of the last word of a phrase.
fn plural(words: &[String]) -> Vec<String> {
    let mut out = words.to_vec();
    if let Some(last) = out.last_mut() {
        let w = last.as_str();
        *last = if let Some(stem) = w
            .strip_suffix('y')
            .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
        {
            format!("{stem}ies")
        } else if w.ends_with('s') || w.ends_with("sh") || w.ends_with("ch") || w.ends_with('x') {
            format!("{w}es")
        } else if let Some(stem) = w.strip_suffix("man") {
            format!("{stem}men")
        } else {
            format!("{w}s")
        };
    }
    out
}

impl AgentDict {
    /// Reads one agents file.
    pub(crate) fn read(
        &mut self,
        text: &str,
        file: FileId,
        sink: &mut Sink<'_>,
    ) -> Result<(), DictError> {
        let mut xml = XmlComments::default();
        let mut subst: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for (n, raw) in text.lines().enumerate() {
            let lineno = n + 1;
            let line = strip_comment(xml.strip(raw)).trim();
            if line.is_empty() {
                continue;
            }
            if line.starts_with('!') {
                if let Some((name, list)) = line.split_once('=') {
                    let items = list
                        .split(',')
                        .map(|x| x.trim().to_string())
                        .filter(|x| !x.is_empty());
                    subst.insert(
                        name.trim().trim_matches('!').to_ascii_uppercase(),
                        items.collect(),
                    );
                    continue;
                }
            }
            let Some((phrase, code, _)) = split_code(line) else {
                sink.report(lineno, ErrorKind::BadAgentCode(line.to_string()))?;
                continue;
            };
            let code = code.trim();
            let (code, prefix) = match (code.strip_prefix('~'), code.strip_suffix('~')) {
                (Some(c), _) => (c.trim(), false),
                (None, Some(c)) => (c.trim(), true),
                _ => {
                    sink.report(lineno, ErrorKind::BadAgentCode(line.to_string()))?;
                    continue;
                }
            };
            if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
                sink.report(lineno, ErrorKind::BadAgentCode(line.to_string()))?;
                continue;
            }
            let (head, plurals) = match phrase.find('{') {
                Some(i) => match phrase[i..].find('}') {
                    Some(j) => (phrase[..i].trim(), Some(&phrase[i + 1..i + j])),
                    None => {
                        sink.report(lineno, ErrorKind::Unbalanced('{', line.to_string()))?;
                        continue;
                    }
                },
                None => (phrase.trim(), None),
            };
            let heads = match expand(head, &subst) {
                Ok(h) => h,
                Err(k) => {
                    sink.report(lineno, k)?;
                    continue;
                }
            };
            let mut names = Vec::new();
            for h in &heads {
                let w = phrase_words(h);
                if w.is_empty() {
                    continue;
                }
                if plurals.is_none() {
                    names.push(plural(&w));
                }
                names.push(w);
            }
            for p in plurals.unwrap_or("").split_whitespace() {
                names.push(phrase_words(p));
            }
            if names.is_empty() {
                sink.report(lineno, ErrorKind::BadLine(line.to_string()))?;
                continue;
            }
            let origin = Origin {
                file,
                line: lineno as u32,
            };
            self.agents.push(Agent {
                names,
                code: code.to_ascii_uppercase(),
                prefix,
                origin,
            });
        }
        Ok(())
    }
}

/// Expands `!NAME!` substitution markers into every listed alternative.
fn expand(phrase: &str, subst: &FxHashMap<String, Vec<String>>) -> Result<Vec<String>, ErrorKind> {
    let Some(i) = phrase.find('!') else {
        return Ok(vec![phrase.to_string()]);
    };
    let Some(j) = phrase[i + 1..].find('!') else {
        return Ok(vec![phrase.to_string()]);
    };
    let name = &phrase[i + 1..i + 1 + j];
    let items = subst
        .get(&name.to_ascii_uppercase())
        .ok_or_else(|| ErrorKind::UnknownSubstitution(name.to_string()))?;
    let rest = &phrase[i + j + 2..];
    let mut out = Vec::new();
    for it in items {
        for tail in expand(rest, subst)? {
            out.push(format!("{}{}{}", &phrase[..i], it, tail));
        }
    }
    Ok(out)
}
