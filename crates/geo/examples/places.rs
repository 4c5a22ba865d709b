//! Prints the places found in text files, one per line, after the gazetteer's load time.
//!
//! `cargo run --release -p dyad-geo --example places -- FILE... [--dateline PLACE] [--country CC]`

use dyad_geo::{Context, Gazetteer};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut files = Vec::new();
    let mut dateline = None;
    let mut country = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--dateline" => dateline = args.next(),
            "--country" => country = args.next(),
            _ => files.push(a),
        }
    }
    if files.is_empty() {
        return Err("usage: places FILE... [--dateline PLACE] [--country CC]".into());
    }
    let t0 = Instant::now();
    let gaz = Gazetteer::embedded()?;
    let load = t0.elapsed();
    eprintln!(
        "gazetteer loaded in {:.1} ms ({} entries, {} names)",
        load.as_secs_f64() * 1e3,
        gaz.entries().len(),
        gaz.name_count()
    );
    println!("file\tstart\tend\ttext\tname\tcountry\tadm1\tfeature\tlat\tlon\tgeonames_id\tconfidence\tadjectival");
    let ctx = Context {
        dateline: dateline.as_deref(),
        country_hint: country.as_deref(),
        sentences: None,
    };
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{file}: {e}");
                continue;
            }
        };
        let t1 = Instant::now();
        let places = gaz.find_places(&text, &ctx);
        eprintln!(
            "{file}: {} places in {:.1} ms",
            places.len(),
            t1.elapsed().as_secs_f64() * 1e3
        );
        for p in places {
            println!(
                "{file}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:.4}\t{:.4}\t{}\t{:.2}\t{}",
                p.span.start,
                p.span.end,
                p.text,
                p.name,
                p.country.as_deref().unwrap_or("-"),
                p.adm1.as_deref().unwrap_or("-"),
                p.feature.as_str(),
                p.lat,
                p.lon,
                p.geonames_id
                    .map_or_else(|| "-".to_string(), |g| g.to_string()),
                p.confidence,
                p.adjectival
            );
        }
    }
    Ok(())
}
