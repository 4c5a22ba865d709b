//! Matching coded events to expected ones, at the level of the root and of the dyad.

use crate::Expected;
use dyad_model::{split_actor_code, Event};

/// A coded event reduced to what the scorer compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coded {
    /// CAMEO code.
    pub code: String,
    /// Full source actor code.
    pub source: Option<String>,
    /// Full target actor code.
    pub target: Option<String>,
}

impl Coded {
    /// From a pipeline event.
    pub fn from_event(e: &Event) -> Coded {
        Coded {
            code: e.cameo.clone(),
            source: e.source.as_ref().map(|a| a.code.clone()),
            target: e.target.as_ref().map(|a| a.code.clone()),
        }
    }

    /// The CAMEO root ("19").
    pub fn root(&self) -> &str {
        self.code.get(..2).unwrap_or(&self.code)
    }
}

/// The country part of an actor code: its ISO3 code, or its leading three letters when it
/// has none (IGO, NGO, MNC codes), so "IGOWSTNAT" compares as "IGO". An agent with no
/// actor ("---UAF", a gunman) has no country, as an expected source left unnamed has none.
pub fn country_of(code: &str) -> Option<String> {
    match split_actor_code(code) {
        (Some(c), _) => Some(c),
        _ if code.starts_with("---") => None,
        _ => code.get(..3).map(str::to_string),
    }
}

fn same_country(a: Option<&String>, b: Option<&String>) -> bool {
    a.and_then(|c| country_of(c)) == b.and_then(|c| country_of(c))
}

/// One-to-one pairs (expected index, coded index).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matched {
    /// Pairs that agree on the root.
    pub by_root: Vec<(usize, usize)>,
    /// Pairs that agree on the root and the source and target countries.
    pub by_dyad: Vec<(usize, usize)>,
}

impl Matched {
    /// The coded event paired with expected event `i` at the dyad level.
    pub fn dyad_of(&self, i: usize) -> Option<usize> {
        self.by_dyad.iter().find(|p| p.0 == i).map(|p| p.1)
    }
}

/// Pairs expected and coded events one-to-one, each expected event in order taking the
/// first free coded event that agrees, preferring one with the same full code.
pub fn match_events(expected: &[Expected], coded: &[Coded]) -> Matched {
    let by_root = greedy(expected, coded, |e, c| e.root() == c.root());
    let by_dyad = greedy(expected, coded, |e, c| {
        e.root() == c.root()
            && same_country(e.source.as_ref(), c.source.as_ref())
            && same_country(e.target.as_ref(), c.target.as_ref())
    });
    Matched { by_root, by_dyad }
}

fn greedy(
    expected: &[Expected],
    coded: &[Coded],
    agree: impl Fn(&Expected, &Coded) -> bool,
) -> Vec<(usize, usize)> {
    let mut used = vec![false; coded.len()];
    let mut pairs = Vec::new();
    for (i, e) in expected.iter().enumerate() {
        let free = |j: &usize| !used[*j] && agree(e, &coded[*j]);
        let exact = (0..coded.len())
            .filter(free)
            .find(|&j| coded[j].code == e.code);
        if let Some(j) = exact.or_else(|| (0..coded.len()).find(free)) {
            used[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exp(s: &str, t: Option<&str>, code: &str) -> Expected {
        Expected {
            source: Some(s.into()),
            target: t.map(Into::into),
            code: code.into(),
        }
    }
    fn cod(s: Option<&str>, t: Option<&str>, code: &str) -> Coded {
        Coded {
            code: code.into(),
            source: s.map(Into::into),
            target: t.map(Into::into),
        }
    }

    #[test]
    fn levels() {
        let cases: &[(&str, Expected, Coded, usize, usize)] = &[
            (
                "same",
                exp("RUSGOV", Some("UKR"), "190"),
                cod(Some("RUSMIL"), Some("UKRMIL"), "193"),
                1,
                1,
            ),
            (
                "wrong target",
                exp("RUS", Some("UKR"), "190"),
                cod(Some("RUS"), Some("GEO"), "190"),
                1,
                0,
            ),
            (
                "missing target",
                exp("RUS", Some("UKR"), "190"),
                cod(Some("RUS"), None, "190"),
                1,
                0,
            ),
            (
                "extra target",
                exp("RUS", None, "141"),
                cod(Some("RUS"), Some("UKR"), "141"),
                1,
                0,
            ),
            (
                "wrong root",
                exp("RUS", Some("UKR"), "190"),
                cod(Some("RUS"), Some("UKR"), "180"),
                0,
                0,
            ),
            (
                "igo",
                exp("UKRTAT", Some("IGOWSTNAT"), "0234"),
                cod(Some("UKRTAT"), Some("IGOWSTNAT"), "020"),
                1,
                1,
            ),
            (
                "igo vs country",
                exp("UKR", Some("IGOUNO"), "020"),
                cod(Some("UKR"), Some("USA"), "020"),
                1,
                0,
            ),
            (
                "unnamed source, agent alone",
                Expected {
                    source: None,
                    ..exp("-", Some("TUN"), "180")
                },
                cod(Some("---UAF"), Some("TUNCVL"), "180"),
                1,
                1,
            ),
            (
                "unnamed source, country given",
                Expected {
                    source: None,
                    ..exp("-", Some("TUN"), "180")
                },
                cod(Some("TUNUAF"), Some("TUNCVL"), "180"),
                1,
                0,
            ),
        ];
        for (name, e, c, root, dyad) in cases {
            let m = match_events(std::slice::from_ref(e), std::slice::from_ref(c));
            assert_eq!((m.by_root.len(), m.by_dyad.len()), (*root, *dyad), "{name}");
        }
    }

    #[test]
    fn one_to_one_prefers_exact_code() {
        let e = [
            exp("RUS", Some("UKR"), "193"),
            exp("RUS", Some("UKR"), "190"),
        ];
        let c = [
            cod(Some("RUS"), Some("UKR"), "190"),
            cod(Some("RUS"), Some("UKR"), "193"),
        ];
        let m = match_events(&e, &c);
        assert_eq!(m.by_dyad, vec![(0, 1), (1, 0)]);
        let m = match_events(&e[..1], &[c[0].clone(), c[0].clone()]);
        assert_eq!(m.by_root.len(), 1);
    }
}
