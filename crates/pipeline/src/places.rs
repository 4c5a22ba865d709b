//! The gazetteer as the tokenizer's place list, for datelines written with no dash
//! (`BAGHDAD US warplanes fired ...`, `MANILA, Philippines At least ...`).

use dyad_geo::{Entry, FeatureType, Gazetteer, NameKind};
use dyad_text::PlaceNames;

/// A dateline with no dash is taken only for a capital or a city of at least this many
/// people: smaller places share their names with people and words (`TONY Blair`).
const MIN_CITY_POPULATION: u64 = 100_000;

/// Cities and regions a dateline may name, from the gazetteer.
pub(crate) struct DatelinePlaces(pub &'static Gazetteer);

impl PlaceNames for DatelinePlaces {
    fn is_city(&self, name: &str) -> bool {
        let found = self.0.lookup(&capitalised(name));
        let city = |e: &Entry| {
            e.feature == FeatureType::City && (e.is_capital || e.population >= MIN_CITY_POPULATION)
        };
        // A country's name is the subject as often as a dateline (`SINGAPORE Airlines`).
        found
            .iter()
            .any(|(e, k)| *k != NameKind::Demonym && city(e))
            && !found.iter().any(|(e, _)| e.feature == FeatureType::Country)
    }

    fn is_region(&self, name: &str) -> bool {
        self.0
            .resolve_dateline(name)
            .is_some_and(|e| matches!(e.feature, FeatureType::Country | FeatureType::Adm1))
    }
}

/// `NEW YORK` as the gazetteer writes it, `New York`.
fn capitalised(name: &str) -> String {
    let word = |w: &str| {
        let mut c = w.chars();
        c.next().map_or(String::new(), |f| {
            f.to_uppercase()
                .chain(c.flat_map(char::to_lowercase))
                .collect()
        })
    };
    name.split(' ').map(word).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cities_and_regions() {
        let Ok(gaz) = Gazetteer::embedded() else {
            panic!("embedded gazetteer")
        };
        let p = DatelinePlaces(gaz);
        let cases = [
            ("BAGHDAD", true, false),
            ("NEW YORK", true, true),
            ("SEOUL", true, false),
            ("TONY", false, false),
            ("PRIME", false, false),
            ("NEW ZEALAND", false, true),
            ("SINGAPORE", false, true),
            ("Philippines", false, true),
            ("Texas", false, true),
        ];
        for (name, city, region) in cases {
            assert_eq!(p.is_city(name), city, "{name} city");
            assert_eq!(p.is_region(name), region, "{name} region");
        }
    }
}
