//! Times the stages of loading the embedded gazetteer (inflate, parse+index), best of 5.
use std::time::{Duration, Instant};
fn main() {
    let bytes = include_bytes!("../data/gazetteer.tsv.z");
    let (mut a, mut b, mut c) = (Duration::MAX, Duration::MAX, Duration::MAX);
    for _ in 0..5 {
        let t = Instant::now();
        let text = miniz_oxide::inflate::decompress_to_vec_zlib(bytes).unwrap_or_default();
        a = a.min(t.elapsed());
        let s = String::from_utf8(text).unwrap_or_default();
        let t = Instant::now();
        let n = s.lines().map(|l| l.split('\t').count()).sum::<usize>();
        b = b.min(t.elapsed());
        let t = Instant::now();
        let g = dyad_geo::Gazetteer::from_tsv(&s, "x");
        c = c.min(t.elapsed());
        assert!(g.is_ok() && n > 0);
    }
    println!("best of 5: inflate {a:?}, split lines+fields {b:?}, parse+index {c:?}");
}
