//! The verb dictionary: synsets, verb families, verb forms and patterns.

use crate::error::Sink;
use crate::pattern::{parse_elems, synset_key};
use crate::text::{split_code, strip_comment, XmlComments};
use crate::{DictError, Elem, ErrorKind, EventCode, FileId, Origin, Pattern, PatternId};
use rustc_hash::FxHashMap;

/// Index of a verb family in [`VerbDict::families`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct FamilyId(pub u32);

/// Index of a verb (one form) in [`VerbDict::verbs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VerbId(pub u32);

/// A `--- NAME [code] ---` block: verbs sharing a default code and patterns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Family {
    /// Its name.
    pub name: String,
    /// The default code of its verbs.
    pub code: Option<EventCode>,
    /// Where it starts.
    pub origin: Origin,
    /// Its patterns, in file order.
    pub patterns: Vec<PatternId>,
}

/// One verb form, possibly multiword (`+CORDON_OFF`, `WIRE_+TAP`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    /// Its words, lowercased.
    pub words: Vec<String>,
    /// Which word is the verb itself.
    pub head: usize,
    /// Its family.
    pub family: FamilyId,
    /// Its own code, overriding the family's.
    pub code: Option<EventCode>,
    /// Where it was written.
    pub origin: Origin,
}

/// A whole verb dictionary.
#[derive(Debug, Clone, Default)]
pub struct VerbDict {
    /// Verb families.
    pub families: Vec<Family>,
    /// Verb forms.
    pub verbs: Vec<Verb>,
    /// Patterns.
    pub patterns: Vec<Pattern>,
    /// Synsets by key (uppercase name without `&` and trailing `_`), each member a phrase.
    pub synsets: FxHashMap<String, Vec<Vec<Elem>>>,
    /// Transformation lines (`~ ...`), kept as written.
    pub transformations: Vec<(String, Origin)>,
    index: FxHashMap<String, Vec<VerbId>>,
}

impl VerbDict {
    /// Verbs whose head word is `word` (lowercased): a listed form, or a regular form
    /// (`-s`, `-ed`, `-ing`) generated from one.
    pub fn lookup(&self, word: &str) -> &[VerbId] {
        self.index.get(word).map_or(&[], Vec::as_slice)
    }

    /// The verb with this id.
    pub fn verb(&self, id: VerbId) -> Option<&Verb> {
        self.verbs.get(id.0 as usize)
    }

    /// The code a verb carries without a pattern: its own, else its family's.
    pub fn default_code(&self, id: VerbId) -> Option<&EventCode> {
        let v = self.verb(id)?;
        v.code
            .as_ref()
            .or_else(|| self.families.get(v.family.0 as usize)?.code.as_ref())
    }

    fn add_verb(
        &mut self,
        phrase: &str,
        family: FamilyId,
        code: Option<EventCode>,
        origin: Origin,
    ) {
        let mut words = Vec::new();
        let mut head = None;
        for w in phrase
            .split(|c: char| c == '_' || c.is_whitespace())
            .filter(|w| !w.is_empty())
        {
            if let Some(h) = w.strip_prefix('+') {
                head = Some(words.len());
                words.push(h.to_lowercase());
            } else {
                words.push(w.to_lowercase());
            }
        }
        if words.is_empty() {
            return;
        }
        let head = head.unwrap_or(0);
        let id = VerbId(self.verbs.len() as u32);
        // TABARI generates the regular forms of every verb; irregular ones are listed.
        let mut keys = regular_forms(&words[head]);
        keys.push(words[head].clone());
        keys.sort();
        keys.dedup();
        for k in keys {
            let ids = self.index.entry(k).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        self.verbs.push(Verb {
            words,
            head,
            family,
            code,
            origin,
        });
    }

    /// Reads a verb file (either the older or the CAMEO 2.0 layout) into this dictionary.
    pub(crate) fn read(
        &mut self,
        text: &str,
        file: FileId,
        sink: &mut Sink<'_>,
    ) -> Result<(), DictError> {
        let mut xml = XmlComments::default();
        let mut family: Option<FamilyId> = None;
        let mut synset: Option<String> = None;
        for (n, raw) in text.lines().enumerate() {
            let lineno = n + 1;
            let origin = Origin {
                file,
                line: lineno as u32,
            };
            let line = strip_comment(xml.strip(raw)).trim();
            if line.is_empty() {
                continue;
            }
            if let Some(rest) = line.strip_prefix("---") {
                synset = None;
                let inner = rest.trim_end_matches('-').trim();
                let (name, code) = match split_code(inner) {
                    Some((name, code, _)) => match EventCode::parse(code) {
                        Ok(c) => (name.trim(), Some(c)),
                        Err(k) => {
                            sink.report(lineno, k)?;
                            (name.trim(), None)
                        }
                    },
                    None => (inner, None),
                };
                family = Some(FamilyId(self.families.len() as u32));
                self.families.push(Family {
                    name: name.to_string(),
                    code,
                    origin,
                    patterns: Vec::new(),
                });
            } else if let Some(name) = line.strip_prefix('&') {
                synset = Some(synset_key(name.split_whitespace().next().unwrap_or("")));
                family = None;
            } else if let Some(t) = line.strip_prefix('~') {
                self.transformations.push((t.trim().to_string(), origin));
            } else if line.starts_with('-') || line.starts_with('*') {
                let Some(fam) = family else {
                    sink.report(lineno, ErrorKind::OrphanPattern(line.to_string()))?;
                    continue;
                };
                let body = line.trim_start_matches('-');
                let Some(open) = body.rfind('[') else {
                    sink.report(lineno, ErrorKind::NoCode(line.to_string()))?;
                    continue;
                };
                let Some(close) = body[open..].find(']') else {
                    sink.report(lineno, ErrorKind::NoCode(line.to_string()))?;
                    continue;
                };
                let code = match EventCode::parse(&body[open + 1..open + close]) {
                    Ok(c) => c,
                    Err(k) => {
                        sink.report(lineno, k)?;
                        continue;
                    }
                };
                let (before, after, star) = match parse_elems(&body[..open]) {
                    Ok(x) => x,
                    Err(k) => {
                        sink.report(lineno, k)?;
                        continue;
                    }
                };
                if !star {
                    sink.report(lineno, ErrorKind::NoVerbMarker(line.to_string()))?;
                    continue;
                }
                let id = PatternId(self.patterns.len() as u32);
                if let Some(f) = self.families.get_mut(fam.0 as usize) {
                    f.patterns.push(id);
                }
                self.patterns.push(Pattern {
                    family: fam,
                    before,
                    after,
                    code,
                    origin,
                    text: line.split_whitespace().collect::<Vec<_>>().join(" "),
                });
            } else if let (Some(name), Some(rest)) = (&synset, line.strip_prefix('+')) {
                match parse_elems(rest) {
                    Ok((members, _, false)) if !members.is_empty() => {
                        self.synsets.entry(name.clone()).or_default().push(members)
                    }
                    Ok(_) => sink.report(lineno, ErrorKind::BadLine(line.to_string()))?,
                    Err(k) => sink.report(lineno, k)?,
                }
            } else if let Some(fam) = family {
                self.read_verb_line(line, fam, origin, lineno, sink)?;
            } else {
                sink.report(lineno, ErrorKind::BadLine(line.to_string()))?;
            }
        }
        Ok(())
    }

    fn read_verb_line(
        &mut self,
        line: &str,
        fam: FamilyId,
        origin: Origin,
        lineno: usize,
        sink: &mut Sink<'_>,
    ) -> Result<(), DictError> {
        let (main, forms) = match line.find('{') {
            Some(i) => match line[i..].find('}') {
                Some(j) => (
                    format!("{} {}", &line[..i], &line[i + j + 1..]),
                    &line[i + 1..i + j],
                ),
                None => return sink.report(lineno, ErrorKind::Unbalanced('{', line.to_string())),
            },
            None => (line.to_string(), ""),
        };
        let (phrase, code) = match split_code(&main) {
            Some((p, c, _)) => match EventCode::parse(c) {
                Ok(c) => (p.trim().to_string(), Some(c)),
                Err(k) => {
                    sink.report(lineno, k)?;
                    (p.trim().to_string(), None)
                }
            },
            None => (main.trim().to_string(), None),
        };
        if phrase.contains(['(', ')', '[', ']', '}']) {
            return sink.report(lineno, ErrorKind::BadLine(line.to_string()));
        }
        self.add_verb(&phrase, fam, code.clone(), origin);
        for form in forms.split_whitespace() {
            self.add_verb(form, fam, code.clone(), origin);
        }
        Ok(())
    }

    /// Reports synsets that patterns use but no file defines.
    pub(crate) fn check_synsets(
        &self,
        files: &[String],
        warnings: &mut Vec<DictError>,
        strict: bool,
    ) -> Result<(), DictError> {
        fn walk<'a>(e: &'a [Elem], out: &mut Vec<&'a str>) {
            for x in e {
                match x {
                    Elem::Synset(s) => out.push(s),
                    Elem::Group(g) | Elem::Prep(g) => walk(g, out),
                    _ => {}
                }
            }
        }
        let mut names = Vec::new();
        for p in &self.patterns {
            names.clear();
            walk(&p.before, &mut names);
            walk(&p.after, &mut names);
            for n in &names {
                if !self.synsets.contains_key(*n) {
                    let e = DictError {
                        file: files
                            .get(p.origin.file.0 as usize)
                            .cloned()
                            .unwrap_or_default(),
                        line: p.origin.line as usize,
                        kind: ErrorKind::UnknownSynset((*n).to_string()),
                    };
                    if strict {
                        return Err(e);
                    }
                    warnings.push(e);
                }
            }
        }
        Ok(())
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Regular inflections of an English verb: third person, past, gerund (with and without
/// a doubled final consonant, which the rules cannot decide without stress).
pub(crate) fn regular_forms(w: &str) -> Vec<String> {
    let b = w.as_bytes();
    let n = b.len();
    if n < 2 || !w.is_ascii() {
        return Vec::new();
    }
    let last = b[n - 1];
    let cons_y = last == b'y' && !is_vowel(b[n - 2]);
    let mut out = Vec::with_capacity(6);
    if cons_y {
        out.push(format!("{}ies", &w[..n - 1]));
        out.push(format!("{}ied", &w[..n - 1]));
    } else if w.ends_with('s')
        || w.ends_with('x')
        || w.ends_with('z')
        || w.ends_with("ch")
        || w.ends_with("sh")
        || w.ends_with('o')
    {
        out.push(format!("{w}es"));
    } else {
        out.push(format!("{w}s"));
    }
    if last == b'e' {
        out.push(format!("{w}d"));
        if !w.ends_with("ee") {
            out.push(format!("{}ing", &w[..n - 1]));
        } else {
            out.push(format!("{w}ing"));
        }
    } else {
        if !cons_y {
            out.push(format!("{w}ed"));
        }
        out.push(format!("{w}ing"));
        let cvc = n >= 3
            && !is_vowel(last)
            && is_vowel(b[n - 2])
            && !is_vowel(b[n - 3])
            && !matches!(last, b'w' | b'x' | b'y');
        if cvc {
            let c = last as char;
            out.push(format!("{w}{c}ed"));
            out.push(format!("{w}{c}ing"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::regular_forms;

    #[test]
    fn regular() {
        let cases: &[(&str, &[&str])] = &[
            ("vow", &["vows", "vowed", "vowing"]),
            ("depart", &["departs", "departed", "departing"]),
            ("welcome", &["welcomes", "welcomed", "welcoming"]),
            ("deny", &["denies", "denied", "denying"]),
            ("push", &["pushes", "pushed", "pushing"]),
            ("stop", &["stops", "stopped", "stopping"]),
            ("agree", &["agrees", "agreed", "agreeing"]),
        ];
        for (w, want) in cases {
            let got = regular_forms(w);
            for x in *want {
                assert!(got.iter().any(|g| g == x), "{w}: {x} missing from {got:?}");
            }
        }
        assert!(!regular_forms("depart").contains(&"departes".to_string()));
    }
}
