//! Store tests: folding, idempotence, migrations, queries, search and exports.

use dyad_model::{ActorMention, Analysis, Article, Event, Quote, Sentence, Span, SpeakerKind};
use dyad_store::{export, EventFilter, ExportFormat, Period, Store};

fn actor(code: &str, text: &str) -> ActorMention {
    ActorMention::from_code(code, text, Span::new(0, text.len()))
}

fn article(id: &str, source: &str, text: &str, events: &[(&str, &str, &str)]) -> Analysis {
    let published =
        chrono::NaiveDate::from_ymd_opt(2014, 3, 14).and_then(|d| d.and_hms_opt(19, 14, 0));
    let sentence = Sentence {
        index: 0,
        span: Span::new(0, text.len()),
        text: text.to_string(),
        ..Sentence::default()
    };
    let events = events
        .iter()
        .map(|(s, t, c)| {
            let mut e = Event::new(c, Some(actor(s, s)), Some(actor(t, t)));
            e.span = Span::new(0, text.len());
            e
        })
        .collect();
    Analysis {
        article: Article {
            id: id.into(),
            source: Some(source.into()),
            title: Some(format!("Title {id}")),
            published,
            text: text.into(),
            ..Article::default()
        },
        sentences: vec![sentence],
        events,
        quotes: vec![Quote {
            text: "we want it to happen before there is a massacre".into(),
            spans: vec![Span::new(0, 4)],
            speaker: Some("Mustafa Dzhemilev".into()),
            speaker_kind: SpeakerKind::Person,
            verb: Some("said".into()),
            direct: true,
            ..Quote::default()
        }],
        places: vec![],
    }
}

#[test]
fn mentions_fold_into_events_with_counts() {
    let mut store = Store::open_in_memory().expect("open");
    let a = article(
        "a",
        "AFP",
        "Tatars urged NATO to intervene.",
        &[("UKRETH", "IGOWSTNAT", "1012")],
    );
    let b = article(
        "b",
        "Reuters",
        "Tatar leaders asked NATO to intervene.",
        &[("UKRETH", "IGOWSTNAT", "1012")],
    );
    let c = article(
        "c",
        "AFP",
        "Russia threatened Ukraine.",
        &[("RUS", "UKR", "130"), ("UKRETH", "IGOWSTNAT", "1012")],
    );
    for x in [&a, &b, &c] {
        assert!(store.insert(x).expect("insert").is_some());
    }
    assert_eq!(store.fold_counts().expect("counts"), (4, 2));
    let rows = store
        .events(&EventFilter {
            target: Some("IGO".into()),
            ..EventFilter::default()
        })
        .expect("events");
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (
            rows[0].num_mentions,
            rows[0].num_articles,
            rows[0].num_sources
        ),
        (3, 3, 2)
    );
    let m = store.mentions(rows[0].id).expect("mentions");
    assert_eq!(m.len(), 3);
    assert_eq!(m[0].sentence, "Tatars urged NATO to intervene.");
}

#[test]
fn reingest_is_skipped() {
    let mut store = Store::open_in_memory().expect("open");
    let a = article(
        "a",
        "AFP",
        "Russia threatened Ukraine.",
        &[("RUS", "UKR", "130")],
    );
    assert!(store.insert(&a).expect("first").is_some());
    assert!(store.insert(&a).expect("second").is_none());
    assert_eq!(store.count_articles().expect("n"), 1);
    assert_eq!(store.fold_counts().expect("counts"), (1, 1));
}

#[test]
fn filters_select_the_right_events() {
    let mut store = Store::open_in_memory().expect("open");
    let a = article(
        "a",
        "AFP",
        "x",
        &[
            ("RUS", "UKR", "190"),
            ("UKR", "RUS", "111"),
            ("TUR", "UKRETH", "051"),
        ],
    );
    store.insert(&a).expect("insert");
    let count = |f: EventFilter| store.count_events(&f).expect("count");
    let cases = [
        (
            "actor RUS",
            EventFilter {
                actor: Some("RUS".into()),
                ..Default::default()
            },
            2,
        ),
        (
            "source TUR",
            EventFilter {
                source: Some("tur".into()),
                ..Default::default()
            },
            1,
        ),
        (
            "root 19",
            EventFilter {
                cameo: Some("19".into()),
                ..Default::default()
            },
            1,
        ),
        (
            "quad 3",
            EventFilter {
                quad_class: Some(3),
                ..Default::default()
            },
            1,
        ),
        (
            "plover ASSAULT",
            EventFilter {
                plover: Some("assault".into()),
                ..Default::default()
            },
            1,
        ),
        (
            "after the day",
            EventFilter {
                from: Some("2014-03-15".into()),
                ..Default::default()
            },
            0,
        ),
        (
            "on the day",
            EventFilter {
                from: Some("2014-03-14".into()),
                to: Some("2014-03-14".into()),
                ..Default::default()
            },
            3,
        ),
        (
            "wildcard is literal",
            EventFilter {
                actor: Some("%".into()),
                ..Default::default()
            },
            0,
        ),
    ];
    for (name, f, n) in cases {
        assert_eq!(count(f), n, "{name}");
    }
}

#[test]
fn search_finds_articles_and_quotes() {
    let mut store = Store::open_in_memory().expect("open");
    store
        .insert(&article(
            "a",
            "AFP",
            "Crimean Tatars plan demonstrations.",
            &[],
        ))
        .expect("insert");
    let hits = store.search("demonstrations", 10).expect("search");
    assert_eq!(hits.len(), 1);
    assert!(hits[0].snippet.contains("[demonstrations]"));
    let hits = store.search("massacre", 10).expect("search");
    assert_eq!(hits[0].kind, "quote");
    assert_eq!(hits[0].speaker.as_deref(), Some("Mustafa Dzhemilev"));
    assert!(store.search("\"unbalanced (", 10).is_ok());
}

#[test]
fn stats_by_week_and_dyad() {
    let mut store = Store::open_in_memory().expect("open");
    store
        .insert(&article(
            "a",
            "AFP",
            "x",
            &[("RUS", "UKR", "190"), ("RUSMIL", "UKR", "193")],
        ))
        .expect("insert");
    let rows = store
        .stats(&EventFilter::default(), Period::Week, true)
        .expect("stats");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].period, "2014-03-10");
    assert_eq!(
        (rows[0].source.as_deref(), rows[0].target.as_deref()),
        (Some("RUS"), Some("UKR"))
    );
    assert_eq!(rows[0].events, 2);
}

#[test]
fn exports_have_their_columns() {
    let mut store = Store::open_in_memory().expect("open");
    store
        .insert(&article(
            "a",
            "AFP",
            "Russia attacked Ukraine.",
            &[("RUSMIL", "UKR", "190")],
        ))
        .expect("insert");
    let run = |fmt: &str| {
        let mut out = Vec::new();
        let n = export(
            &store,
            &EventFilter::default(),
            fmt.parse().expect("format"),
            &mut out,
        )
        .expect("export");
        assert_eq!(n, 1, "{fmt}");
        String::from_utf8(out).expect("utf8")
    };
    let cases: [(&str, usize, bool); 5] = [
        ("gdelt-events", 61, false),
        ("gdelt-mentions", 16, false),
        ("phoenix", 26, true),
        ("icews", 20, true),
        ("csv", 18, true),
    ];
    for (fmt, cols, header) in cases {
        let text = run(fmt);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1 + usize::from(header), "{fmt}");
        let sep = if fmt == "csv" { ',' } else { '\t' };
        for l in &lines {
            assert_eq!(l.split(sep).count(), cols, "{fmt}: {l}");
        }
    }
    let gdelt = run("gdelt-events");
    let f: Vec<&str> = gdelt.trim_end().split('\t').collect();
    assert_eq!(
        (f[1], f[5], f[7], f[12], f[26], f[29]),
        ("20140314", "RUSMIL", "RUS", "MIL", "190", "4")
    );
    let plover: serde_json::Value = serde_json::from_str(run("plover").trim()).expect("json");
    assert_eq!(plover["event"][0], "ASSAULT");
    assert_eq!(plover["date"], "2014-03-14");
    assert!("nope".parse::<ExportFormat>().is_err());
}

#[test]
fn opens_a_database_made_by_the_previous_schema() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("old.db");
    Store::create_with_old_schema(&path, dyad_store::SCHEMA_VERSION - 1).expect("old");
    let mut store = Store::open(&path).expect("migrates");
    assert_eq!(
        store.schema_version().expect("v"),
        dyad_store::SCHEMA_VERSION
    );
    store
        .insert(&article("a", "AFP", "x", &[("RUS", "UKR", "190")]))
        .expect("insert after migration");
    store.mark_file_done("f.txt", 1, "t", 1).expect("v2 table");
    assert!(store.is_file_done("f.txt", 1, "t").expect("done"));
}

#[test]
fn undated_mentions_fold_only_within_their_article() {
    let mut store = Store::open_in_memory().expect("open");
    for id in ["a", "b"] {
        let mut a = article(
            id,
            "AFP",
            &format!("Russia attacked Ukraine ({id})."),
            &[("RUS", "UKR", "190")],
        );
        a.article.published = None;
        store.insert(&a).expect("insert");
    }
    assert_eq!(store.fold_counts().expect("counts"), (2, 2));
}
