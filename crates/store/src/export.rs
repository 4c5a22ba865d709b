//! Exports of stored events in the formats users already load.
//!
//! - `gdelt-events`: GDELT 2.0 event table, 61 tab-separated fields, no header (as GDELT).
//! - `gdelt-mentions`: GDELT 2.0 mentions table, 16 tab-separated fields, no header.
//! - `plover`: PLOVER JSONL, the field names of the PLOVER manual's JSON table.
//! - `phoenix`: Phoenix TSV (the Phoenix data set's 26 columns), with a header.
//! - `icews`: ICEWS-style TSV (its 20 columns), with a header.
//! - `csv`: one row per event with dyad's own columns, with a header.

use crate::{EventFilter, Result, Store};
use dyad_model::split_actor_code;
use rusqlite::types::Value;
use std::io::Write;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// GDELT 2.0 events.
    GdeltEvents,
    /// GDELT 2.0 mentions.
    GdeltMentions,
    /// PLOVER JSON lines.
    Plover,
    /// Phoenix TSV.
    Phoenix,
    /// ICEWS TSV.
    Icews,
    /// Plain CSV.
    Csv,
}

impl std::str::FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        Ok(match s {
            "gdelt" | "gdelt-events" => ExportFormat::GdeltEvents,
            "gdelt-mentions" => ExportFormat::GdeltMentions,
            "plover" => ExportFormat::Plover,
            "phoenix" => ExportFormat::Phoenix,
            "icews" => ExportFormat::Icews,
            "csv" => ExportFormat::Csv,
            _ => {
                return Err(format!(
                    "unknown export format {s:?} (gdelt-events, gdelt-mentions, plover, phoenix, icews, csv)"
                ))
            }
        })
    }
}

/// Phoenix TSV header.
pub const PHOENIX_HEADER: [&str; 26] = [
    "eid",
    "story_date",
    "year",
    "month",
    "day",
    "source",
    "source_root",
    "source_agent",
    "source_others",
    "target",
    "target_root",
    "target_agent",
    "target_others",
    "code",
    "root_code",
    "quad_class",
    "goldstein",
    "joined_issues",
    "lat",
    "lon",
    "placename",
    "statename",
    "countryname",
    "aid",
    "process",
    "publisher",
];

/// ICEWS TSV header.
pub const ICEWS_HEADER: [&str; 20] = [
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
];

/// dyad CSV header.
pub const CSV_HEADER: [&str; 18] = [
    "id",
    "day",
    "source",
    "target",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "plover_mode",
    "num_mentions",
    "num_articles",
    "num_sources",
    "place",
    "country",
    "lat",
    "lon",
    "url",
];

/// One event with what exports need from its first mention.
struct Full {
    id: i64,
    day: String,
    src: String,
    src_text: String,
    tgt: String,
    tgt_text: String,
    cameo: String,
    root: String,
    quad: i64,
    goldstein: f64,
    plover: String,
    mode: String,
    mentions: i64,
    articles: i64,
    sources: i64,
    place: String,
    country: String,
    lat: Option<f64>,
    lon: Option<f64>,
    url: String,
    outlet: String,
    doc_id: String,
    sentence: i64,
    text: String,
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn opt(v: Option<f64>) -> String {
    v.map(|x| format!("{x:.4}")).unwrap_or_default()
}

/// Writes every event matching `filter` (limit and offset ignored) in `format`.
pub fn export(
    store: &Store,
    filter: &EventFilter,
    format: ExportFormat,
    out: &mut dyn Write,
) -> Result<usize> {
    let (w, vals) = filter.where_clause();
    if format == ExportFormat::GdeltMentions {
        return export_mentions(store, &w, vals, out);
    }
    let sql = format!(
        "SELECT e.id, COALESCE(e.day, ''), COALESCE(e.source_code, ''), COALESCE(m.source_text, ''),
                COALESCE(e.target_code, ''), COALESCE(m.target_text, ''), e.cameo, e.root,
                COALESCE(e.quad_class, 0), COALESCE(e.goldstein, 0), COALESCE(e.plover_event, ''),
                COALESCE(e.plover_mode, ''), e.num_mentions, e.num_articles, e.num_sources,
                COALESCE(e.place, ''), COALESCE(e.place_country, ''), e.lat, e.lon,
                COALESCE(a.url, ''), COALESCE(a.source, ''), a.doc_id, m.sentence,
                substr(a.text, s.start + 1, s.end - s.start)
         FROM events e
         JOIN mentions m ON m.id = (SELECT MIN(id) FROM mentions WHERE event_id = e.id)
         JOIN articles a ON a.id = m.article_id
         LEFT JOIN sentences s ON s.article_id = a.id AND s.idx = m.sentence
         WHERE {w} ORDER BY e.day, e.id"
    );
    let conn = store.conn();
    let mut st = conn.prepare(&sql)?;
    let mut rows = st.query(rusqlite::params_from_iter(vals))?;
    match format {
        ExportFormat::Phoenix => writeln!(out, "{}", PHOENIX_HEADER.join("\t"))?,
        ExportFormat::Icews => writeln!(out, "{}", ICEWS_HEADER.join("\t"))?,
        ExportFormat::Csv => writeln!(out, "{}", CSV_HEADER.join(","))?,
        _ => {}
    }
    let mut n = 0;
    while let Some(r) = rows.next()? {
        let f = Full {
            id: r.get(0)?,
            day: r.get(1)?,
            src: r.get(2)?,
            src_text: r.get(3)?,
            tgt: r.get(4)?,
            tgt_text: r.get(5)?,
            cameo: r.get(6)?,
            root: r.get(7)?,
            quad: r.get(8)?,
            goldstein: r.get(9)?,
            plover: r.get(10)?,
            mode: r.get(11)?,
            mentions: r.get(12)?,
            articles: r.get(13)?,
            sources: r.get(14)?,
            place: r.get(15)?,
            country: r.get(16)?,
            lat: r.get(17)?,
            lon: r.get(18)?,
            url: r.get(19)?,
            outlet: r.get(20)?,
            doc_id: r.get(21)?,
            sentence: r.get(22)?,
            text: r.get::<_, Option<String>>(23)?.unwrap_or_default(),
        };
        match format {
            ExportFormat::GdeltEvents => gdelt_event(&f, out)?,
            ExportFormat::Plover => plover(&f, out)?,
            ExportFormat::Phoenix => phoenix(&f, out)?,
            ExportFormat::Icews => icews(&f, out)?,
            ExportFormat::Csv => csv_row(&f, out)?,
            ExportFormat::GdeltMentions => {}
        }
        n += 1;
    }
    Ok(n)
}

fn gdelt_actor(code: &str, name: &str) -> Vec<String> {
    let (country, sector) = split_actor_code(code);
    let sector = sector.unwrap_or_default();
    let types: Vec<String> = (0..3)
        .map(|i| sector.get(i * 3..i * 3 + 3).unwrap_or("").to_string())
        .collect();
    vec![
        code.to_string(),
        clean(&name.to_uppercase()),
        country.unwrap_or_default(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        types[0].clone(),
        types[1].clone(),
        types[2].clone(),
    ]
}

fn gdelt_geo(f: &Full) -> Vec<String> {
    if f.lat.is_none() {
        return vec![
            String::from("0"),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ];
    }
    vec![
        "4".into(),
        clean(&f.place),
        f.country.clone(),
        String::new(),
        String::new(),
        opt(f.lat),
        opt(f.lon),
        String::new(),
    ]
}

fn gdelt_event(f: &Full, out: &mut dyn Write) -> Result<()> {
    let ymd = f.day.replace('-', "");
    let year = ymd.get(..4).unwrap_or("").to_string();
    let month = ymd.get(..6).unwrap_or("").to_string();
    let frac = match (ymd.get(..4), ymd.get(4..6), ymd.get(6..8)) {
        (Some(y), Some(m), Some(d)) => {
            let (y, m, d): (f64, f64, f64) = (
                y.parse().unwrap_or(0.0),
                m.parse().unwrap_or(1.0),
                d.parse().unwrap_or(1.0),
            );
            format!("{:.4}", y + ((m - 1.0) * 30.0 + d) / 365.0)
        }
        _ => String::new(),
    };
    let mut fields = vec![f.id.to_string(), ymd.clone(), month, year, frac];
    fields.extend(gdelt_actor(&f.src, &f.src_text));
    fields.extend(gdelt_actor(&f.tgt, &f.tgt_text));
    fields.extend([
        "1".to_string(),
        f.cameo.clone(),
        f.cameo.get(..3).unwrap_or(&f.cameo).to_string(),
        f.root.clone(),
        f.quad.to_string(),
        format!("{:.1}", f.goldstein),
        f.mentions.to_string(),
        f.sources.to_string(),
        f.articles.to_string(),
        "0".to_string(),
    ]);
    let geo = gdelt_geo(f);
    fields.extend(geo.iter().cloned());
    fields.extend(geo.iter().cloned());
    fields.extend(geo);
    fields.push(format!("{ymd}000000"));
    fields.push(clean(&f.url));
    debug_assert_eq!(fields.len(), 61);
    writeln!(out, "{}", fields.join("\t"))?;
    Ok(())
}

fn export_mentions(store: &Store, w: &str, vals: Vec<Value>, out: &mut dyn Write) -> Result<usize> {
    let sql = format!(
        "SELECT e.id, COALESCE(e.day, ''), COALESCE(a.published, ''), COALESCE(a.source, ''), COALESCE(a.url, a.doc_id),
                m.sentence, COALESCE(m.source_start, -1), COALESCE(m.target_start, -1), m.verb_start, length(a.text)
         FROM mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = m.article_id
         WHERE {w} ORDER BY e.id, m.id"
    );
    let conn = store.conn();
    let mut st = conn.prepare(&sql)?;
    let mut rows = st.query(rusqlite::params_from_iter(vals))?;
    let mut n = 0;
    while let Some(r) = rows.next()? {
        let day: String = r.get(1)?;
        let published: String = r.get(2)?;
        let stamp = |s: &str| {
            s.replace(['-', ':', 'T'], "")
                .chars()
                .chain("000000".chars())
                .take(14)
                .collect::<String>()
        };
        let fields = [
            r.get::<_, i64>(0)?.to_string(),
            stamp(&day),
            stamp(&published),
            "1".to_string(),
            clean(&r.get::<_, String>(3)?),
            clean(&r.get::<_, String>(4)?),
            (r.get::<_, i64>(5)? + 1).to_string(),
            r.get::<_, i64>(6)?.to_string(),
            r.get::<_, i64>(7)?.to_string(),
            r.get::<_, i64>(8)?.to_string(),
            "1".to_string(),
            "100".to_string(),
            r.get::<_, i64>(9)?.to_string(),
            "0".to_string(),
            String::new(),
            String::new(),
        ];
        writeln!(out, "{}", fields.join("\t"))?;
        n += 1;
    }
    Ok(n)
}

fn plover(f: &Full, out: &mut dyn Write) -> Result<()> {
    let entity = |code: &str, text: &str| {
        let (country, sector) = split_actor_code(code);
        serde_json::json!({"code": code, "name": text, "country": country, "sector": sector})
    };
    let mut rec = serde_json::json!({
        "id": format!("dyad-{}", f.id),
        "has_event": true,
        "date": f.day,
        "actor": [entity(&f.src, &f.src_text)],
        "recipient": if f.tgt.is_empty() { serde_json::json!([]) } else { serde_json::json!([entity(&f.tgt, &f.tgt_text)]) },
        "event": [f.plover],
        "mode": if f.mode.is_empty() { serde_json::json!([]) } else { serde_json::json!([f.mode]) },
        "quad_code": f.quad,
        "event_scale": f.goldstein,
        "cameo": f.cameo,
        "event_text": [f.text],
        "text": f.text,
        "cite_info": {"url": f.url, "publisher": f.outlet, "doc_id": f.doc_id, "sentence": f.sentence},
        "coder": "dyad",
    });
    if let (Some(lat), Some(lon)) = (f.lat, f.lon) {
        rec["event_loc"] =
            serde_json::json!({"name": f.place, "country": f.country, "lat": lat, "lon": lon});
    }
    serde_json::to_writer(&mut *out, &rec)?;
    writeln!(out)?;
    Ok(())
}

fn phoenix(f: &Full, out: &mut dyn Write) -> Result<()> {
    let parts = |code: &str| {
        let (country, sector) = split_actor_code(code);
        let sector = sector.unwrap_or_default();
        (
            country.unwrap_or_default(),
            sector.get(..3).unwrap_or("").to_string(),
            sector.get(3..).unwrap_or("").to_string(),
        )
    };
    let (sr, sa, so) = parts(&f.src);
    let (tr, ta, to) = parts(&f.tgt);
    let ymd = f.day.replace('-', "");
    let fields = [
        f.id.to_string(),
        ymd.clone(),
        ymd.get(..4).unwrap_or("").into(),
        ymd.get(4..6).unwrap_or("").into(),
        ymd.get(6..8).unwrap_or("").into(),
        f.src.clone(),
        sr,
        sa,
        so,
        f.tgt.clone(),
        tr,
        ta,
        to,
        f.cameo.clone(),
        f.root.clone(),
        f.quad.to_string(),
        format!("{:.1}", f.goldstein),
        String::new(),
        opt(f.lat),
        opt(f.lon),
        clean(&f.place),
        String::new(),
        f.country.clone(),
        format!("{}-{}", clean(&f.doc_id), f.sentence),
        "dyad".into(),
        clean(&f.outlet),
    ];
    writeln!(out, "{}", fields.join("\t"))?;
    Ok(())
}

fn icews(f: &Full, out: &mut dyn Write) -> Result<()> {
    let sectors = |code: &str| split_actor_code(code).1.unwrap_or_default();
    let country = |code: &str| split_actor_code(code).0.unwrap_or_default();
    let name = dyad_model::cameo::lookup(&f.cameo).map_or("", |r| r.name);
    let fields = [
        f.id.to_string(),
        f.day.clone(),
        clean(&f.src_text),
        sectors(&f.src),
        country(&f.src),
        name.to_string(),
        f.cameo.clone(),
        format!("{:.1}", f.goldstein),
        clean(&f.tgt_text),
        sectors(&f.tgt),
        country(&f.tgt),
        clean(&f.doc_id),
        (f.sentence + 1).to_string(),
        clean(&f.outlet),
        clean(&f.place),
        String::new(),
        String::new(),
        f.country.clone(),
        opt(f.lat),
        opt(f.lon),
    ];
    writeln!(out, "{}", fields.join("\t"))?;
    Ok(())
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv_row(f: &Full, out: &mut dyn Write) -> Result<()> {
    let fields = [
        f.id.to_string(),
        f.day.clone(),
        f.src.clone(),
        f.tgt.clone(),
        f.cameo.clone(),
        f.root.clone(),
        f.quad.to_string(),
        format!("{:.1}", f.goldstein),
        f.plover.clone(),
        f.mode.clone(),
        f.mentions.to_string(),
        f.articles.to_string(),
        f.sources.to_string(),
        f.place.clone(),
        f.country.clone(),
        opt(f.lat),
        opt(f.lon),
        f.url.clone(),
    ];
    let row: Vec<String> = fields.iter().map(|s| csv_field(s)).collect();
    writeln!(out, "{}", row.join(","))?;
    Ok(())
}
