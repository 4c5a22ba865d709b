//! Sanity of the generated data, and its agreement with the generator's source.

use dyad_geo::{FeatureType, Gazetteer};

fn gaz() -> &'static Gazetteer {
    match Gazetteer::embedded() {
        Ok(g) => g,
        Err(e) => panic!("the embedded gazetteer must load: {e}"),
    }
}

#[test]
fn counts_cover_the_world() {
    let g = gaz();
    let cases = [
        (FeatureType::Country, 240),
        (FeatureType::Adm1, 3000),
        (FeatureType::City, 30_000),
        (FeatureType::Continent, 7),
        (FeatureType::Region, 10),
    ];
    for (feature, min) in cases {
        let n = g.count(feature);
        assert!(n >= min, "{feature:?}: {n} < {min}");
    }
}

#[test]
fn every_country_has_an_iso3_code_and_plausible_coordinates() {
    let g = gaz();
    for e in g.entries() {
        assert!(
            (-90.0..=90.0).contains(&e.lat) && (-180.0..=180.0).contains(&e.lon),
            "{e:?}"
        );
        if e.feature != FeatureType::Continent && e.feature != FeatureType::Region {
            let iso3 = g.iso3(&e.iso2);
            assert!(
                iso3.is_some_and(|c| c.len() == 3),
                "no ISO3 for {} ({})",
                e.name,
                e.iso2
            );
        }
    }
}

#[test]
fn syrian_places_exist() {
    let g = gaz();
    let cases = [
        ("Damascus", FeatureType::City),
        ("Aleppo", FeatureType::City),
        ("Aleppo", FeatureType::Adm1),
        ("Raqqa", FeatureType::City),
        ("Idlib", FeatureType::City),
        ("Idlib", FeatureType::Adm1),
        ("Manbij", FeatureType::City),
        ("Homs", FeatureType::City),
        ("Deir ez-Zor", FeatureType::Adm1),
    ];
    for (name, feature) in cases {
        let found = g
            .lookup(name)
            .iter()
            .any(|(e, _)| e.iso2 == "SY" && e.feature == feature);
        assert!(found, "{name} as {feature:?} in Syria");
    }
}

#[test]
fn lookup_is_case_sensitive_and_total() {
    let g = gaz();
    assert!(!g.lookup("Kyiv").is_empty());
    assert!(g.lookup("kyiv").is_empty());
    for odd in ["", " ", ",", "\u{0}", "🙂", &"A".repeat(10_000)] {
        let _ = g.lookup(odd);
    }
}

/// The committed data file is what the generator writes from ../shared today.
#[test]
fn generated_counts_match_the_source() {
    let Some(cities) = dyad_testdata::shared_file("gazetteer/geonames/cities15000.json") else {
        return;
    };
    let text = match std::fs::read_to_string(&cities) {
        Ok(t) => t,
        Err(e) => panic!("{}: {e}", cities.display()),
    };
    // Each city record has exactly one "geonameid" key.
    let n = text.matches("\"geonameid\":").count();
    assert_eq!(
        gaz().count(FeatureType::City),
        n,
        "re-run crates/geo/gen/gen_gazetteer.py"
    );
}
