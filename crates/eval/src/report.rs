//! Figures over a scored development set, and their markdown tables.

use crate::ItemResult;
use std::collections::BTreeMap;
use std::fmt::Write;

/// CAMEO's twenty roots with short names.
const ROOTS: [(&str, &str); 20] = [
    ("01", "make statement"),
    ("02", "appeal"),
    ("03", "intend to cooperate"),
    ("04", "consult"),
    ("05", "diplomatic cooperation"),
    ("06", "material cooperation"),
    ("07", "provide aid"),
    ("08", "yield"),
    ("09", "investigate"),
    ("10", "demand"),
    ("11", "disapprove"),
    ("12", "reject"),
    ("13", "threaten"),
    ("14", "protest"),
    ("15", "exhibit force posture"),
    ("16", "reduce relations"),
    ("17", "coerce"),
    ("18", "assault"),
    ("19", "fight"),
    ("20", "unconventional mass violence"),
];

/// Sentence- and event-level counts of one run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Sentences scored.
    pub items: usize,
    /// Of them, sentences with no expected event.
    pub no_event_items: usize,
    /// Sentences whose main event's root was coded (no-event ones: nothing coded).
    pub right_type: usize,
    /// ... with the main event's source and target countries.
    pub right_dyad: usize,
    /// No-event sentences where nothing was coded.
    pub no_event_clean: usize,
    /// Expected events.
    pub expected: usize,
    /// Coded events that count.
    pub coded: usize,
    /// Coded events paired with an expected one on the root.
    pub right_root: usize,
    /// Coded events paired on root and both countries.
    pub right_event: usize,
    /// ... of which with the same full CAMEO code.
    pub right_code: usize,
    /// Events left out (negated or historical).
    pub left_out: usize,
}

impl Counts {
    /// Coded events that match no expected one on root and countries.
    pub fn false_events(&self) -> usize {
        self.coded - self.right_event
    }
}

/// Misses of the main event and false events, by kind (see [`Report::failure_table`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Failures {
    /// Event sentences where nothing was coded.
    pub nothing: usize,
    /// Events coded, but none with the main event's root.
    pub wrong_root: usize,
    /// The root coded, but never with the main event's source country.
    pub wrong_source: usize,
    /// Root and source right, target country wrong or missing.
    pub wrong_target: usize,
    /// Misses whose main event has no named source (dyad requires one by default).
    pub unnamed_source: usize,
    /// Events coded in sentences where none was expected.
    pub false_in_none: usize,
    /// Unmatched events whose root the sentence has (actors wrong).
    pub false_actors: usize,
    /// Unmatched events with a root the sentence lacks.
    pub false_root: usize,
}

/// Reads one count of a [`Failures`].
type FailureCount = fn(&Failures) -> usize;

/// Renders one figure of a run.
type CountFmt = dyn Fn(&Counts) -> String;

/// Per-root counts (both levels).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RootCounts {
    /// Expected events with this root.
    pub expected: usize,
    /// Coded events with this root.
    pub coded: usize,
    /// Pairs on the root.
    pub hit_root: usize,
    /// Pairs on root, source and target countries.
    pub hit_dyad: usize,
}

/// Every item's result and the figures over them.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Results in item order.
    pub results: Vec<ItemResult>,
    /// Corpus items whose text could not be read.
    pub unavailable: Vec<String>,
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "-".into()
    } else {
        format!("{:.1}%", 100.0 * n as f64 / d as f64)
    }
}

impl Report {
    /// Adds one item's result.
    pub fn add(&mut self, r: ItemResult) {
        self.results.push(r);
    }

    /// Counts over every scored item.
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for r in &self.results {
            c.items += 1;
            c.no_event_items += usize::from(r.expected.is_empty());
            c.no_event_clean += usize::from(r.expected.is_empty() && r.coded.is_empty());
            c.right_type += usize::from(r.right_type);
            c.right_dyad += usize::from(r.right_dyad);
            c.expected += r.expected.len();
            c.coded += r.coded.len();
            c.right_root += r.matched.by_root.len();
            c.right_event += r.matched.by_dyad.len();
            c.right_code += (r.matched.by_dyad.iter())
                .filter(|(e, k)| r.expected[*e].code == r.coded[*k].code)
                .count();
            c.left_out += r.left_out;
        }
        c
    }

    /// Share of sentences with the right type, as a fraction.
    pub fn right_type_share(&self) -> f64 {
        let c = self.counts();
        c.right_type as f64 / c.items.max(1) as f64
    }

    /// Share of sentences with the right type, source and target, as a fraction.
    pub fn right_dyad_share(&self) -> f64 {
        let c = self.counts();
        c.right_dyad as f64 / c.items.max(1) as f64
    }

    /// Counts per root ("01".."20").
    pub fn roots(&self) -> BTreeMap<&'static str, RootCounts> {
        let mut m: BTreeMap<&'static str, RootCounts> = ROOTS
            .iter()
            .map(|(r, _)| (*r, RootCounts::default()))
            .collect();
        for r in &self.results {
            for e in &r.expected {
                if let Some(rc) = m.get_mut(e.root()) {
                    rc.expected += 1;
                }
            }
            for k in &r.coded {
                if let Some(rc) = m.get_mut(k.root()) {
                    rc.coded += 1;
                }
            }
            for (e, _) in &r.matched.by_root {
                if let Some(rc) = m.get_mut(r.expected[*e].root()) {
                    rc.hit_root += 1;
                }
            }
            for (e, _) in &r.matched.by_dyad {
                if let Some(rc) = m.get_mut(r.expected[*e].root()) {
                    rc.hit_dyad += 1;
                }
            }
        }
        m
    }

    /// The headline figures of several runs side by side.
    pub fn summary_table(runs: &[(&str, &Report)]) -> String {
        let mut s = String::from("| measure |");
        for (name, _) in runs {
            let _ = write!(s, " {name} |");
        }
        s.push_str("\n|---|");
        s.push_str(&"---|".repeat(runs.len()));
        s.push('\n');
        let cs: Vec<Counts> = runs.iter().map(|(_, r)| r.counts()).collect();
        let rows: [(&str, &CountFmt); 8] = [
            ("sentences scored (no event expected)", &|c| {
                format!("{} ({})", c.items, c.no_event_items)
            }),
            ("right type (main event's root)", &|c| {
                format!(
                    "{} ({}/{})",
                    pct(c.right_type, c.items),
                    c.right_type,
                    c.items
                )
            }),
            ("right type + source + target country", &|c| {
                format!(
                    "{} ({}/{})",
                    pct(c.right_dyad, c.items),
                    c.right_dyad,
                    c.items
                )
            }),
            ("no-event sentences left empty", &|c| {
                format!("{}/{}", c.no_event_clean, c.no_event_items)
            }),
            ("events expected / coded", &|c| {
                format!("{} / {}", c.expected, c.coded)
            }),
            ("right events (root + countries) / with full code", &|c| {
                format!("{} / {}", c.right_event, c.right_code)
            }),
            ("false events (no match on root + countries)", &|c| {
                format!("{}", c.false_events())
            }),
            ("false events per right one", &|c| {
                if c.right_event == 0 {
                    "-".into()
                } else {
                    format!("{:.2}", c.false_events() as f64 / c.right_event as f64)
                }
            }),
        ];
        for (label, f) in rows {
            let _ = write!(s, "| {label} |");
            for c in &cs {
                let _ = write!(s, " {} |", f(c));
            }
            s.push('\n');
        }
        s
    }

    /// Precision and recall per root, on the root alone and on root + countries.
    pub fn root_table(runs: &[(&str, &Report)]) -> String {
        let mut s = String::from("| root | expected |");
        for (name, _) in runs {
            let _ = write!(s, " {name} coded | P root | R root | P dyad | R dyad |");
        }
        s.push_str("\n|---|---:|");
        s.push_str(&"---:|---:|---:|---:|---:|".repeat(runs.len()));
        s.push('\n');
        let tables: Vec<_> = runs.iter().map(|(_, r)| r.roots()).collect();
        for (root, name) in ROOTS {
            let exp = tables
                .first()
                .and_then(|t| t.get(root))
                .map_or(0, |c| c.expected);
            let _ = write!(s, "| {root} {name} | {exp} |");
            for t in &tables {
                let c = t.get(root).copied().unwrap_or_default();
                let _ = write!(
                    s,
                    " {} | {} | {} | {} | {} |",
                    c.coded,
                    pct(c.hit_root, c.coded),
                    pct(c.hit_root, c.expected),
                    pct(c.hit_dyad, c.coded),
                    pct(c.hit_dyad, c.expected)
                );
            }
            s.push('\n');
        }
        s
    }

    /// Why the main event of each event sentence was missed, and where false events came
    /// from, for several runs side by side.
    pub fn failure_table(runs: &[(&str, &Report)]) -> String {
        let mut s = String::from("| main event missed because | ");
        s.push_str(&runs.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(" | "));
        s.push_str(" |\n|---|");
        s.push_str(&"---:|".repeat(runs.len()));
        s.push('\n');
        let fs: Vec<Failures> = runs.iter().map(|(_, r)| r.failures()).collect();
        let rows: [(&str, FailureCount); 8] = [
            ("nothing coded in the sentence", |f| f.nothing),
            ("events coded, none with the main event's root", |f| {
                f.wrong_root
            }),
            ("right root, source country wrong or missing", |f| {
                f.wrong_source
            }),
            (
                "right root and source, target country wrong or missing",
                |f| f.wrong_target,
            ),
            (
                "(of all misses: expected source unnamed, e.g. \"a gunman\")",
                |f| f.unnamed_source,
            ),
            ("false events in no-event sentences", |f| f.false_in_none),
            (
                "false events with a root the sentence has, wrong actors",
                |f| f.false_actors,
            ),
            ("false events with a root the sentence lacks", |f| {
                f.false_root
            }),
        ];
        for (label, get) in rows {
            let _ = write!(s, "| {label} |");
            for f in &fs {
                let _ = write!(s, " {} |", get(f));
            }
            s.push('\n');
        }
        s
    }

    /// Counts of misses and false events by kind.
    pub fn failures(&self) -> Failures {
        let mut f = Failures::default();
        for r in &self.results {
            if r.expected.is_empty() {
                f.false_in_none += r.coded.len();
                continue;
            }
            for k in 0..r.coded.len() {
                if r.matched.by_dyad.iter().any(|p| p.1 == k) {
                    continue;
                }
                let root = r.coded[k].root();
                if r.expected.iter().any(|e| e.root() == root) {
                    f.false_actors += 1;
                } else {
                    f.false_root += 1;
                }
            }
            if r.right_dyad {
                continue;
            }
            let main = &r.expected[0];
            f.unnamed_source += usize::from(main.source.is_none());
            let same_root: Vec<_> = r.coded.iter().filter(|c| c.root() == main.root()).collect();
            let country = |a: &Option<String>| a.as_deref().and_then(crate::country_of);
            if r.coded.is_empty() {
                f.nothing += 1;
            } else if same_root.is_empty() {
                f.wrong_root += 1;
            } else if !same_root
                .iter()
                .any(|c| country(&c.source) == country(&main.source))
            {
                f.wrong_source += 1;
            } else {
                f.wrong_target += 1;
            }
        }
        f
    }

    /// Items by kind, region and the root of their main event.
    pub fn composition(&self) -> String {
        let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
        let mut regions: BTreeMap<&str, usize> = BTreeMap::new();
        let mut roots: BTreeMap<&str, usize> = BTreeMap::new();
        for r in &self.results {
            *kinds.entry(r.kind.as_str()).or_default() += 1;
            *regions.entry(r.region.as_str()).or_default() += 1;
            let root = r.expected.first().map_or("none", |e| e.root());
            *roots.entry(root).or_default() += 1;
        }
        let line = |m: &BTreeMap<&str, usize>| {
            m.iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        format!(
            "- by kind (w = written by the project): {}\n- by region: {}\n- by main event's root: {}\n",
            line(&kinds),
            line(&regions),
            line(&roots)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{match_events, Coded, Expected};

    fn result(
        id: &str,
        expected: &[(&str, Option<&str>, &str)],
        coded: &[(&str, Option<&str>, &str)],
    ) -> ItemResult {
        let expected: Vec<Expected> = (expected.iter())
            .map(|(s, t, c)| Expected {
                source: Some(s.to_string()),
                target: t.map(Into::into),
                code: c.to_string(),
            })
            .collect();
        let coded: Vec<Coded> = (coded.iter())
            .map(|(s, t, c)| Coded {
                code: c.to_string(),
                source: Some(s.to_string()),
                target: t.map(Into::into),
            })
            .collect();
        let matched = match_events(&expected, &coded);
        let (right_type, right_dyad) = if expected.is_empty() {
            (coded.is_empty(), coded.is_empty())
        } else {
            (
                matched.by_root.iter().any(|p| p.0 == 0),
                matched.dyad_of(0).is_some(),
            )
        };
        ItemResult {
            id: id.into(),
            text: String::new(),
            kind: "w".into(),
            region: "EUR".into(),
            expected,
            coded,
            left_out: 0,
            matched,
            right_type,
            right_dyad,
        }
    }

    #[test]
    fn counts_and_failures() {
        let mut r = Report::default();
        r.add(result(
            "right",
            &[("RUS", Some("UKR"), "190")],
            &[("RUS", Some("UKR"), "193")],
        ));
        r.add(result(
            "wrong target",
            &[("RUS", Some("UKR"), "190")],
            &[("RUS", Some("GEO"), "190")],
        ));
        r.add(result("nothing", &[("RUS", None, "141")], &[]));
        r.add(result(
            "wrong root",
            &[("RUS", None, "141")],
            &[("RUS", None, "010")],
        ));
        r.add(result("none ok", &[], &[]));
        r.add(result("none false", &[], &[("FRA", None, "010")]));
        let c = r.counts();
        assert_eq!((c.items, c.no_event_items, c.no_event_clean), (6, 2, 1));
        assert_eq!((c.right_type, c.right_dyad), (3, 2));
        assert_eq!(
            (c.coded, c.right_event, c.right_code, c.false_events()),
            (4, 1, 0, 3)
        );
        let f = r.failures();
        assert_eq!(
            (f.nothing, f.wrong_root, f.wrong_source, f.wrong_target),
            (1, 1, 0, 1)
        );
        assert_eq!((f.false_in_none, f.false_actors, f.false_root), (1, 1, 1));
        let roots = r.roots();
        assert_eq!(
            roots["19"],
            RootCounts {
                expected: 2,
                coded: 2,
                hit_root: 2,
                hit_dyad: 1
            }
        );
        assert!(Report::summary_table(&[("a", &r), ("b", &r)])
            .contains("| 50.0% (3/6) | 50.0% (3/6) |"));
    }
}
