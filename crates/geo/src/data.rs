//! Reading the generated TSV (see `gen/gen_gazetteer.py` for its record kinds).

use crate::gazetteer::Entry;
use crate::{FeatureType, GeoError};

/// The generated data compiled into the binary. It is stored uncompressed: inflating it
/// took about a fifth of the load time, and git compresses it in the repository anyway.
pub(crate) const EMBEDDED: &str = include_str!("../data/gazetteer.tsv");

/// Everything a data file holds, before indexing; lists stay '|'-joined slices of the text.
#[derive(Default)]
pub(crate) struct Raw<'a> {
    /// Entries, each with its alternate names and demonyms.
    pub entries: Vec<(Entry, &'a str, &'a str)>,
    /// Common English words, lower-case.
    pub common: Vec<&'a str>,
    /// (iso2, iso3) of every country.
    pub iso3: Vec<(&'a str, &'a str)>,
}

/// Parses the TSV text; `source_name` names it in errors.
pub(crate) fn parse<'a>(text: &'a str, source_name: &str) -> Result<Raw<'a>, GeoError> {
    let mut raw = Raw::default();
    let mut f: Vec<&str> = Vec::with_capacity(12);
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |message: &str| GeoError::Line {
            source_name: source_name.to_string(),
            line: n + 1,
            message: message.to_string(),
        };
        f.clear();
        f.extend(line.split('\t'));
        let num = |i: usize| -> Result<f64, GeoError> {
            f.get(i)
                .and_then(|s| s.parse::<f64>().ok())
                .ok_or_else(|| bad("bad number"))
        };
        let field = |i: usize| -> Result<&str, GeoError> {
            f.get(i).copied().ok_or_else(|| bad("too few fields"))
        };
        let entry = |kind, id: &str, iso2: &str, adm1: &str, name: &str, lat, lon, pop| Entry {
            feature: kind,
            geonames_id: id.parse::<u32>().ok().filter(|&v| v > 0),
            name: name.to_string(),
            iso2: iso2.to_string(),
            adm1: adm1.to_string(),
            lat,
            lon,
            population: pop,
            is_capital: false,
            members: Vec::new(),
        };
        match f[0] {
            "K" if f.len() == 11 => {
                let e = entry(
                    FeatureType::Country,
                    f[3],
                    f[1],
                    "",
                    f[4],
                    num(5)?,
                    num(6)?,
                    num(7)? as u64,
                );
                raw.iso3.push((f[1], f[2]));
                raw.entries.push((e, f[9], f[10]));
            }
            "A" if f.len() == 7 => {
                let e = entry(
                    FeatureType::Adm1,
                    "0",
                    f[1],
                    f[2],
                    f[2],
                    num(3)?,
                    num(4)?,
                    num(5)? as u64,
                );
                raw.entries.push((e, f[6], ""));
            }
            "P" if f.len() == 10 => {
                let mut e = entry(
                    FeatureType::City,
                    f[1],
                    f[2],
                    f[3],
                    f[4],
                    num(5)?,
                    num(6)?,
                    num(7)? as u64,
                );
                e.is_capital = field(8)? == "1";
                raw.entries.push((e, f[9], ""));
            }
            "R" if f.len() == 8 => {
                let kind = match f[5] {
                    "continent" => FeatureType::Continent,
                    "region" => FeatureType::Region,
                    _ => return Err(bad("unknown region kind")),
                };
                let mut e = entry(kind, f[1], "", "", f[2], num(3)?, num(4)?, 0);
                e.members = f[6]
                    .split(' ')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect();
                raw.entries.push((e, f[7], ""));
            }
            "W" if f.len() == 2 => raw.common.push(f[1]),
            _ => return Err(bad("unknown record kind or wrong number of fields")),
        }
    }
    Ok(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_name_their_line() {
        let cases = [
            ("K\tUA\n", 1),
            ("# header\nP\t1\tUA\tX\tY\tnot-a-number\t0\t1\t0\t\n", 2),
            ("Z\tfoo\n", 1),
            ("R\t0\tX\t1\t2\tplanet\t\t\n", 1),
        ];
        for (text, line) in cases {
            match parse(text, "test") {
                Err(GeoError::Line { line: got, .. }) => assert_eq!(got, line, "{text:?}"),
                other => panic!("{text:?}: expected a line error, got {:?}", other.err()),
            }
        }
    }
}
