//! `dyad dict check`: findings about loaded dictionaries that load fine but code badly.
//!
//! The lint is told the event codes and country codes that exist (the tables live in
//! other crates); it knows CAMEO's role, religion, region and organisation prefixes.

use crate::{ActorCode, DateRange, Dictionaries, Elem, ErrorKind, EventCode, Origin, Pattern};
use rustc_hash::{FxHashMap, FxHashSet};
use std::fmt;

/// How bad a finding is: an error makes `dyad dict check` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The entry is lost or codes something that does not exist.
    Error,
    /// The entry is suspicious; it may be meant.
    Warning,
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Check {
    /// The loader skipped a malformed entry.
    Malformed,
    /// A pattern uses a synset no file defines.
    UndefinedSynset,
    /// An event code is not in the CAMEO table.
    UnknownEventCode,
    /// Two patterns of a family have the same elements.
    DuplicatePattern,
    /// An earlier, equal-or-more-general pattern always wins over this one.
    ShadowedPattern,
    /// A verb form is listed in two families (or twice in one with other codes).
    DuplicateVerb,
    /// An actor code whose country part is no known country, region or organisation.
    UnknownActorCode,
    /// A date range that holds no day.
    EmptyDateRange,
    /// An open-ended office although a later code shows the term ended.
    OpenTerm,
    /// The same name in two actor entries with different codes.
    DuplicateName,
    /// An agent whose code holds an unknown role.
    UnknownRole,
}

/// One finding, at a file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The file as it was named to the loader.
    pub file: String,
    /// 1-based line (0 for the whole file).
    pub line: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What kind of problem.
    pub check: Check,
    /// A sentence for the author.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}: {sev}: {}", self.file, self.line, self.message)
    }
}

/// CAMEO role codes (primary and secondary), which agents and actor codes combine.
const ROLES: &[&str] = &[
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
    "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD",
    "RAD", "REL",
];

/// CAMEO religion codes.
const RELIGIONS: &[&str] = &[
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD",
    "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "MUS", "NRM", "ORT", "PAG", "PRO", "SFI",
    "SHI", "SHN", "SIK", "SUN", "TAO", "ZRO",
];

/// Non-country first parts of CAMEO actor codes: regions, international and non-state
/// actors, states that no longer exist (ISO 3166-3, CAMEO's own), and the ethnic groups
/// the news names most (CAMEO lists hundreds; others are reported as warnings).
const PREFIXES: &[&str] = &[
    // regions
    "AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MEA",
    "MDT", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WEU", "WST",
    // international and non-state
    "IGO", "NGO", "NGM", "MNC", "IMG", "UIS", // former states
    "ANT", "BUR", "CSK", "DDR", "SCG", "TMP", "USR", "YUG", "ZAR", "ROM", "KSV",
    // ethnic groups
    "KUR", "PAS", "TAM", "UIG", "TIB", "BAL", "ARB",
];

/// Role codes that name an office a person leaves (the term ends).
const OFFICES: &[&str] = &["GOV", "OPP", "MIL", "LEG", "JUD", "ELI", "PTY", "REB"];

/// The dictionary linter. Build once with [`LintBuilder`], run on any dictionaries.
#[derive(Debug, Clone, Default)]
pub struct Lint {
    event_codes: FxHashSet<String>,
    countries: FxHashSet<String>,
}

/// Configures a [`Lint`].
#[derive(Debug, Clone, Default)]
pub struct LintBuilder {
    lint: Lint,
}

impl LintBuilder {
    /// A builder with no event or country codes known yet.
    pub fn new() -> LintBuilder {
        LintBuilder::default()
    }

    /// The event codes that exist (CAMEO's table).
    pub fn event_codes<S: Into<String>>(mut self, codes: impl IntoIterator<Item = S>) -> Self {
        self.lint
            .event_codes
            .extend(codes.into_iter().map(Into::into));
        self
    }

    /// The country codes that exist (ISO 3166-1 alpha-3).
    pub fn countries<S: Into<String>>(mut self, codes: impl IntoIterator<Item = S>) -> Self {
        let up = codes.into_iter().map(|c| c.into().to_ascii_uppercase());
        self.lint.countries.extend(up);
        self
    }

    /// The linter.
    pub fn build(self) -> Lint {
        self.lint
    }
}

/// Collects findings with their places.
struct Out<'a> {
    d: &'a Dictionaries,
    found: Vec<(usize, Finding)>,
}

impl Out<'_> {
    fn push(&mut self, o: Origin, severity: Severity, check: Check, message: String) {
        let file = self
            .d
            .files
            .get(o.file.0 as usize)
            .cloned()
            .unwrap_or_default();
        let f = Finding {
            file,
            line: o.line as usize,
            severity,
            check,
            message,
        };
        self.found.push((o.file.0 as usize, f));
    }
}

impl Lint {
    /// Every finding, in file and line order.
    pub fn check(&self, d: &Dictionaries) -> Vec<Finding> {
        let mut out = Out {
            d,
            found: Vec::new(),
        };
        for w in &d.warnings {
            let check = match w.kind {
                ErrorKind::UnknownSynset(_) => Check::UndefinedSynset,
                _ => Check::Malformed,
            };
            let fi = d
                .files
                .iter()
                .position(|f| *f == w.file)
                .unwrap_or(usize::MAX);
            let f = Finding {
                file: w.file.clone(),
                line: w.line,
                severity: Severity::Error,
                check,
                message: w.kind.to_string(),
            };
            out.found.push((fi, f));
        }
        self.event_codes(d, &mut out);
        crate::lint_verbs::patterns(d, &mut |o, s, c, m| out.push(o, s, c, m));
        self.actors(d, &mut out);
        self.agents(d, &mut out);
        let mut found = out.found;
        found.sort_by_key(|a| (a.0, a.1.line));
        found.into_iter().map(|(_, f)| f).collect()
    }

    fn event_codes(&self, d: &Dictionaries, out: &mut Out<'_>) {
        let v = &d.verbs;
        let mut check = |c: &EventCode, o: Origin, what: &str| {
            for code in std::iter::once(c.forward.as_str()).chain(c.reverse.as_deref()) {
                if code.is_empty() || code.starts_with("---") || self.event_codes.contains(code) {
                    continue;
                }
                out.push(
                    o,
                    Severity::Error,
                    Check::UnknownEventCode,
                    format!("{what} has code [{code}], which is not a CAMEO event code"),
                );
            }
        };
        for f in &v.families {
            if let Some(c) = &f.code {
                check(c, f.origin, &format!("family {}", f.name));
            }
        }
        for vb in &v.verbs {
            if let Some(c) = &vb.code {
                check(c, vb.origin, &format!("verb {}", vb.words.join("_")));
            }
        }
        for p in &v.patterns {
            check(&p.code, p.origin, &format!("pattern {}", p.text));
        }
    }

    fn known_part(&self, part: &str) -> bool {
        self.countries.contains(part)
            || PREFIXES.contains(&part)
            || ROLES.contains(&part)
            || RELIGIONS.contains(&part)
    }

    fn actors(&self, d: &Dictionaries, out: &mut Out<'_>) {
        let mut by_name: FxHashMap<&[String], usize> = FxHashMap::default();
        for (i, a) in d.actors.actors.iter().enumerate() {
            let head = a.names.first().map(|n| n.join("_")).unwrap_or_default();
            for c in &a.codes {
                if c.code == "---" {
                    continue;
                }
                let part = c.code.get(..3).unwrap_or(&c.code);
                if !self.known_part(part) {
                    out.push(
                        a.origin,
                        Severity::Warning,
                        Check::UnknownActorCode,
                        format!(
                            "{head}: [{}] starts with {part}, no known country, region or \
                             organisation code",
                            c.code
                        ),
                    );
                }
                if let DateRange::Between(x, y) = c.range {
                    if x > y {
                        out.push(
                            a.origin,
                            Severity::Error,
                            Check::EmptyDateRange,
                            format!("{head}: [{}] ends before it starts", c.code),
                        );
                    }
                }
            }
            open_terms(&head, &a.codes, a.origin, out);
            for n in &a.names {
                let Some(&j) = by_name.get(n.as_slice()) else {
                    by_name.insert(n, i);
                    continue;
                };
                let Some(first) = d.actors.actors.get(j) else {
                    continue;
                };
                if j != i && code_set(&first.codes) != code_set(&a.codes) {
                    out.push(
                        a.origin,
                        Severity::Warning,
                        Check::DuplicateName,
                        format!(
                            "{} is also an actor at {} with other codes ({} vs {}); the \
                             first entry wins",
                            n.join("_"),
                            d.locate(first.origin),
                            codes_text(&first.codes),
                            codes_text(&a.codes)
                        ),
                    );
                }
            }
        }
    }

    fn agents(&self, d: &Dictionaries, out: &mut Out<'_>) {
        const ORGS: &[&str] = &["IGO", "NGO", "IMG", "MNC", "NGM"];
        for a in &d.agents.agents {
            let c = a.code.as_str();
            let ok = c.len() % 3 == 0
                && (0..c.len()).step_by(3).all(|k| {
                    c.get(k..k + 3).is_some_and(|p| {
                        ROLES.contains(&p) || RELIGIONS.contains(&p) || ORGS.contains(&p)
                    })
                });
            if !ok {
                // The singular: the shortest of the names (plurals are generated).
                let name = a.names.iter().map(|n| n.join("_")).min_by_key(String::len);
                let name = name.unwrap_or_default();
                out.push(
                    a.origin,
                    Severity::Warning,
                    Check::UnknownRole,
                    format!("agent {name}: [{c}] is not made of CAMEO role codes"),
                );
            }
        }
    }
}

/// An office with no end date (`>DATE`) while a later code starts after it: the term
/// ended, and until it is closed the coder may pick the stale office.
fn open_terms(head: &str, codes: &[ActorCode], origin: Origin, out: &mut Out<'_>) {
    for c in codes {
        let DateRange::After(start) = c.range else {
            continue;
        };
        let role = c.code.get(3..6).unwrap_or("");
        if !OFFICES.contains(&role) {
            continue;
        }
        let later = codes.iter().find(|o| {
            o.code != c.code
                && match o.range {
                    DateRange::After(s) | DateRange::Between(s, _) => s > start,
                    _ => false,
                }
        });
        if let Some(l) = later {
            out.push(
                origin,
                Severity::Warning,
                Check::OpenTerm,
                format!(
                    "{head}: [{}{}] has no end date but [{}{}] starts later; write the \
                     office as a range",
                    c.code,
                    range_text(c.range),
                    l.code,
                    range_text(l.range)
                ),
            );
        }
    }
}

fn codes_text(codes: &[ActorCode]) -> String {
    code_set(codes).join(",")
}

/// The distinct codes of an entry, whatever their dates.
fn code_set(codes: &[ActorCode]) -> Vec<&str> {
    let mut v: Vec<&str> = codes.iter().map(|c| c.code.as_str()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn range_text(r: DateRange) -> String {
    let f = |d: chrono::NaiveDate| d.format("%Y%m%d").to_string();
    match r {
        DateRange::Always => String::new(),
        DateRange::Before(d) => format!(" <{}", f(d)),
        DateRange::After(d) => format!(" >{}", f(d)),
        DateRange::Between(a, b) => format!(" {}-{}", f(a), f(b)),
    }
}

/// The patterns a later one is compared with: same family, earlier in file order.
pub(crate) fn is_same(a: &Pattern, b: &Pattern) -> bool {
    a.before == b.before && a.after == b.after
}

/// True when `a` matches wherever `b` does: the same shape, each element equal or a
/// synset holding the other element (a word or a smaller synset).
pub(crate) fn general(a: &[Elem], b: &[Elem], d: &Dictionaries) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| general_elem(x, y, d))
}

fn general_elem(x: &Elem, y: &Elem, d: &Dictionaries) -> bool {
    match (x, y) {
        (Elem::Synset(s), Elem::Word(w)) => d.verbs.synsets.get(s).is_some_and(|m| {
            m.iter()
                .any(|p| matches!(p.as_slice(), [Elem::Word(v)] if v == w))
        }),
        (Elem::Synset(s), Elem::Synset(t)) if s != t => {
            match (d.verbs.synsets.get(s), d.verbs.synsets.get(t)) {
                (Some(ms), Some(mt)) => mt.iter().all(|m| ms.contains(m)),
                _ => false,
            }
        }
        (Elem::Group(g), Elem::Group(h)) | (Elem::Prep(g), Elem::Prep(h)) => general(g, h, d),
        _ => x == y,
    }
}
