//! API tests: the router called directly, on a store made here.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use dyad_model::{ActorMention, Analysis, Article, Event, Sentence, Span};
use dyad_server::{router, App};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn make_db(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("t.db");
    let mut store = dyad_store::Store::open(&path).expect("open");
    let text = "Russian forces shelled Ukrainian positions.";
    let src = ActorMention::from_code("RUSMIL", "Russian forces", Span::new(0, 14));
    let tgt = ActorMention::from_code("UKRMIL", "Ukrainian positions", Span::new(23, 42));
    let mut e = Event::new("194", Some(src), Some(tgt));
    e.span = Span::new(0, 42);
    e.verb_span = Span::new(15, 22);
    let a = Analysis {
        article: Article {
            id: "a1".into(),
            source: Some("AFP".into()),
            published: chrono::NaiveDate::from_ymd_opt(2014, 3, 14)
                .and_then(|d| d.and_hms_opt(12, 0, 0)),
            text: text.into(),
            ..Article::default()
        },
        sentences: vec![Sentence {
            index: 0,
            span: Span::new(0, text.len()),
            text: text.into(),
            ..Sentence::default()
        }],
        events: vec![e],
        ..Analysis::default()
    };
    store.insert(&a).expect("insert");
    path
}

async fn get(app: &App, uri: &str) -> (StatusCode, serde_json::Value) {
    let res = router(app.clone())
        .oneshot(Request::get(uri).body(Body::empty()).expect("request"))
        .await
        .expect("response");
    let status = res.status();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
    )
}

#[tokio::test]
async fn events_stats_and_mentions() {
    let dir = tempfile_dir();
    let app = App::open(&make_db(dir.path()), 2).expect("app");
    let (s, v) = get(&app, "/api/health").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["events"], 1);
    let (s, v) = get(&app, "/api/events?actor=RUS&quad=4").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["total"], 1);
    let id = v["items"][0]["id"].as_i64().expect("id");
    let (_, v) = get(&app, &format!("/api/events/{id}")).await;
    assert_eq!(v["mentions"][0]["verb_span"], serde_json::json!([15, 22]));
    assert_eq!(
        v["mentions"][0]["sentence"],
        "Russian forces shelled Ukrainian positions."
    );
    let (_, v) = get(&app, "/api/stats?by=day").await;
    assert_eq!(v["items"][0]["period"], "2014-03-14");
    let (s, _) = get(&app, "/api/events/999").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn bad_requests_get_plain_errors() {
    let dir = tempfile_dir();
    let app = App::open(&make_db(dir.path()), 1).expect("app");
    let cases = [
        "/api/events?quad=7",
        "/api/events?bbox=1,2",
        "/api/stats?by=year",
        "/api/search?q=%22%22",
    ];
    for uri in cases {
        let (s, v) = get(&app, uri).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}");
        assert!(v["error"].is_string(), "{uri}: {v}");
    }
    let (s, v) = get(&app, "/api/events?limit=100000").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["limit"], 500);
}

#[tokio::test]
async fn dashboard_is_served_from_the_binary() {
    let dir = tempfile_dir();
    let app = App::open(&make_db(dir.path()), 1).expect("app");
    for (uri, needle) in [
        ("/", "<title>dyad"),
        ("/app.js", "loadTimeline"),
        ("/world.json", "\"UKR\""),
    ] {
        let res = router(app.clone())
            .oneshot(Request::get(uri).body(Body::empty()).expect("request"))
            .await
            .expect("response");
        assert_eq!(res.status(), StatusCode::OK, "{uri}");
        let bytes = res.into_body().collect().await.expect("body").to_bytes();
        assert!(String::from_utf8_lossy(&bytes).contains(needle), "{uri}");
    }
}

fn tempfile_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}
