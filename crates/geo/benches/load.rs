//! Load time of the embedded gazetteer (parse and index), and resolution speed.
//!
//! `cargo bench -p dyad-geo --bench load`

use criterion::{criterion_group, criterion_main, Criterion};
use dyad_geo::{Context, Gazetteer};
use std::hint::black_box;

const TEXT: &str = "Crimean Tatar leader Mustafa Dzhemilev said in Simferopol that the vote \
organised by Moscow was illegal, and he would take the case to Brussels and to Kiev. \
Officials in Tbilisi, Georgia, and in Atlanta, Georgia, watched; Ukrainian troops left.";

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("gazetteer");
    g.sample_size(10);
    g.bench_function("load_embedded_fresh", |b| {
        b.iter_with_large_drop(|| {
            let gaz =
                Gazetteer::from_tsv(black_box(include_str!("../data/gazetteer.tsv")), "bench");
            // A fast wrong answer fails: the data must hold every country.
            assert!(
                gaz.as_ref()
                    .map_or(0, |g| g.count(dyad_geo::FeatureType::Country))
                    >= 240
            );
            gaz
        })
    });
    g.finish();
    let Ok(gaz) = Gazetteer::embedded() else {
        panic!("embedded gazetteer does not load");
    };
    c.bench_function("find_places_short_article", |b| {
        b.iter(|| {
            let places = gaz.find_places(black_box(TEXT), &Context::default());
            assert_eq!(places.len(), 9, "{places:?}");
            places
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
