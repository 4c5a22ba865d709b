//! The store side of the binary, run for real in a temp dir: ingest the project's example
//! articles, re-ingest (skipped), query, search, aggregate, export, raise alerts.

use std::path::PathBuf;
use std::process::Output;

mod common;
use common::{dyad_ok as dyad, stdout};

fn examples() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples"))
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ingested() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let ex = examples();
    let ex = ex.to_str().expect("utf-8 path");
    let first = dyad(dir.path(), &["ingest", ex, "--db", "t.db"]);
    assert!(stderr(&first).contains("stored"), "{}", stderr(&first));
    dir
}

#[test]
fn ingest_is_idempotent_and_resumable() {
    let dir = ingested();
    let ex = examples();
    let again = dyad(
        dir.path(),
        &["ingest", ex.to_str().expect("path"), "--db", "t.db"],
    );
    let msg = stderr(&again);
    assert!(msg.contains(" 0 stored"), "{msg}");
    assert!(msg.contains("files already done"), "{msg}");
    // Forcing re-reads the files, but every article is already stored by its hash.
    let forced = dyad(
        dir.path(),
        &[
            "ingest",
            ex.to_str().expect("path"),
            "--db",
            "t.db",
            "--force",
        ],
    );
    assert!(stderr(&forced).contains(" 0 stored"), "{}", stderr(&forced));
}

#[test]
fn events_search_stats_and_exports() {
    let dir = ingested();
    let events = stdout(&dyad(
        dir.path(),
        &[
            "events", "--db", "t.db", "--format", "json", "--limit", "500",
        ],
    ));
    let rows: Vec<serde_json::Value> = events
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert!(!rows.is_empty(), "the examples code no events");
    for r in &rows {
        assert!(r["num_mentions"].as_i64().unwrap_or(0) >= 1);
        assert!(
            r["cameo"]
                .as_str()
                .is_some_and(dyad_model::cameo::is_event_code),
            "{r}"
        );
    }
    let hits = stdout(&dyad(
        dir.path(),
        &["search", "Tatars", "--db", "t.db", "--format", "json"],
    ));
    assert!(hits.contains("crimea-tatars"), "{hits}");
    let stats = stdout(&dyad(
        dir.path(),
        &["stats", "--db", "t.db", "--by", "month", "--format", "csv"],
    ));
    assert!(
        stats.starts_with("period,source,target,quad,events,mentions,goldstein_mean"),
        "{stats}"
    );
    for (fmt, cols, sep) in [
        ("gdelt-events", 61, '\t'),
        ("phoenix", 26, '\t'),
        ("icews", 20, '\t'),
    ] {
        let out = stdout(&dyad(
            dir.path(),
            &["export", "--db", "t.db", "--format", fmt],
        ));
        for line in out.lines() {
            assert_eq!(line.split(sep).count(), cols, "{fmt}: {line}");
        }
    }
}

#[test]
fn alerts_run_and_list() {
    let dir = ingested();
    let out = dyad(
        dir.path(),
        &[
            "alerts",
            "run",
            "--db",
            "t.db",
            "--format",
            "json",
            "--jsonl",
            "alerts.jsonl",
        ],
    );
    assert!(stderr(&out).contains("new alerts"), "{}", stderr(&out));
    // Running again raises nothing new: alerts are stored and suppressed.
    let again = dyad(dir.path(), &["alerts", "run", "--db", "t.db"]);
    assert!(
        stderr(&again).contains("0 new alerts"),
        "{}",
        stderr(&again)
    );
    dyad(dir.path(), &["alerts", "list", "--db", "t.db"]);
    for subject in ["country", "dyad", "actor", "place"] {
        let ind = stdout(&dyad(
            dir.path(),
            &[
                "alerts",
                "indicators",
                "--db",
                "t.db",
                "--subject",
                subject,
                "--format",
                "json",
            ],
        ));
        let first: serde_json::Value =
            serde_json::from_str(ind.lines().next().unwrap_or("null")).expect("json line");
        assert!(
            first["quad"].as_array().is_some_and(|q| q.len() == 4),
            "{subject}: {first}"
        );
    }
    let rules = stdout(&dyad(dir.path(), &["alerts", "rules"]));
    assert!(rules.contains("[[spike]]"));
}
