//! The events the detectors look at, loaded once from the store and indexed by day.

use chrono::NaiveDate;
use dyad_store::{EventFilter, Store};
use std::collections::BTreeMap;

/// One folded event, as the detectors need it.
#[derive(Debug, Clone, PartialEq)]
pub struct Ev {
    /// Store id.
    pub id: i64,
    /// Day.
    pub day: NaiveDate,
    /// Source actor code.
    pub source: String,
    /// Target actor code.
    pub target: String,
    /// Source country (or leading code).
    pub source_country: String,
    /// Target country.
    pub target_country: String,
    /// CAMEO code.
    pub cameo: String,
    /// Quad class, 0 when unknown.
    pub quad: u8,
    /// Goldstein weight.
    pub goldstein: f64,
    /// PLOVER score of its type and mode (none for CAMEO 01/02).
    pub plover_score: Option<f64>,
    /// Distinct outlets reporting it.
    pub sources: i64,
    /// Mentions folded into it.
    pub mentions: i64,
    /// Where it happened, as "ADM1, CTY" (or "place, CTY"); empty when unknown.
    pub place: String,
}

impl Ev {
    /// The countries it involves, once each.
    pub fn countries(&self) -> impl Iterator<Item = &str> {
        let s = self.source_country.as_str();
        let t = self.target_country.as_str();
        [Some(s), (t != s).then_some(t)]
            .into_iter()
            .flatten()
            .filter(|c| !c.is_empty())
    }

    /// The directed dyad "SRC->TGT" of countries, if both are known.
    pub fn dyad(&self) -> Option<String> {
        (!self.source_country.is_empty() && !self.target_country.is_empty())
            .then(|| format!("{}->{}", self.source_country, self.target_country))
    }
}

/// Events by day, plus the number of articles per day (the volume of coverage).
#[derive(Debug, Clone, Default)]
pub struct EventLog {
    by_day: BTreeMap<NaiveDate, Vec<Ev>>,
    volume: BTreeMap<NaiveDate, i64>,
}

/// A country code, or "" when the store has none or CAMEO's "no country" placeholder `---`
/// (rebels, parties, police of no named country): such an actor is not a subject to alert
/// on, and `---` would otherwise join unrelated actors into one fake country.
fn known_country(code: Option<String>) -> String {
    code.filter(|c| !c.is_empty() && c.chars().any(|ch| ch != '-'))
        .unwrap_or_default()
}

impl EventLog {
    /// Builds a log from events and daily article counts.
    pub fn new(events: Vec<Ev>, volume: BTreeMap<NaiveDate, i64>) -> EventLog {
        let mut by_day: BTreeMap<NaiveDate, Vec<Ev>> = BTreeMap::new();
        for e in events {
            by_day.entry(e.day).or_default().push(e);
        }
        EventLog { by_day, volume }
    }

    /// Loads every event of the store dated to the day, not negated and not historical.
    pub fn from_store(store: &Store) -> crate::Result<EventLog> {
        let rows = store.all_events(&EventFilter::default())?;
        let events = rows
            .into_iter()
            .filter_map(|r| {
                // Events known only to the month or year sit on its first day; counted
                // as daily events they would make false spikes on the 1st.
                if r.date_precision.as_deref().is_some_and(|p| p != "day") {
                    return None;
                }
                let day = NaiveDate::parse_from_str(r.day.as_deref()?, "%Y-%m-%d").ok()?;
                Some(Ev {
                    id: r.id,
                    day,
                    source: r.source.unwrap_or_default(),
                    target: r.target.unwrap_or_default(),
                    source_country: known_country(r.source_country),
                    target_country: known_country(r.target_country),
                    cameo: r.cameo,
                    quad: r.quad_class.unwrap_or(0),
                    goldstein: r.goldstein.unwrap_or(0.0),
                    plover_score: r.plover.as_deref().and_then(|p| {
                        dyad_model::cameo::plover_score(p, r.plover_mode.as_deref().unwrap_or(""))
                            .map(f64::from)
                    }),
                    sources: r.num_sources,
                    mentions: r.num_mentions,
                    place: match (r.place_adm1.or(r.place), r.place_country) {
                        (Some(p), Some(c)) => format!("{p}, {c}"),
                        (Some(p), None) => p,
                        _ => String::new(),
                    },
                })
            })
            .collect();
        let volume = store
            .articles_per_day()?
            .into_iter()
            .filter_map(|(d, n)| Some((NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()?, n)))
            .collect();
        Ok(EventLog::new(events, volume))
    }

    /// Events of one day.
    pub fn on(&self, day: NaiveDate) -> &[Ev] {
        self.by_day.get(&day).map_or(&[], Vec::as_slice)
    }

    /// Events from `first` to `last`, inclusive.
    pub fn between(&self, first: NaiveDate, last: NaiveDate) -> impl Iterator<Item = &Ev> {
        self.by_day.range(first..=last).flat_map(|(_, v)| v.iter())
    }

    /// Articles published on `day`.
    pub fn volume(&self, day: NaiveDate) -> i64 {
        self.volume.get(&day).copied().unwrap_or(0)
    }

    /// First and last day with events.
    pub fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        Some((
            *self.by_day.keys().next()?,
            *self.by_day.keys().next_back()?,
        ))
    }

    /// Number of events.
    pub fn len(&self) -> usize {
        self.by_day.values().map(Vec::len).sum()
    }

    /// True when there are no events.
    pub fn is_empty(&self) -> bool {
        self.by_day.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::known_country;

    #[test]
    fn placeholder_countries_are_unknown() {
        let cases = [
            ("named", Some("IRQ"), "IRQ"),
            ("placeholder", Some("---"), ""),
            ("empty", Some(""), ""),
            ("missing", None, ""),
        ];
        for (name, code, want) in cases {
            assert_eq!(known_country(code.map(str::to_string)), want, "{name}");
        }
    }
}
