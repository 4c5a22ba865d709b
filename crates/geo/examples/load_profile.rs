//! Times loading the gazetteer from the embedded TSV (parse and index), best of 5.
//!
//! `cargo run --release -p dyad-geo --example load_profile`
use std::time::{Duration, Instant};

fn main() {
    let text = include_str!("../data/gazetteer.tsv");
    let mut best = Duration::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        let g = dyad_geo::Gazetteer::from_tsv(text, "embedded");
        best = best.min(t.elapsed());
        assert!(g.is_ok_and(|g| g.count(dyad_geo::FeatureType::City) > 30_000));
    }
    println!("best of 5: parse and index {best:?}");
}
