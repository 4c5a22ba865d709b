//! The JSON API: events, their mentions, stats, search, quotes and articles.

use crate::pool::Pool;
use crate::{assets, AppError};
use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};
use dyad_store::{EventFilter, Period};
use serde::Deserialize;
use serde_json::{json, Value};

/// Most rows one request may ask for.
const MAX_LIMIT: usize = 500;
/// Requests handled at once; more wait in line (protects the database from a flood).
const MAX_CONCURRENT: usize = 64;

/// The server's state: a pool of read connections to one store.
#[derive(Clone)]
pub struct App {
    pool: Pool,
}

impl App {
    /// Opens `db` with `connections` read connections.
    pub fn open(db: &std::path::Path, connections: usize) -> Result<App, crate::Error> {
        Ok(App {
            pool: Pool::open(db, connections)?,
        })
    }
}

/// The whole application: API routes and the dashboard.
pub fn router(app: App) -> Router {
    Router::new()
        .route("/", get(assets::index))
        .route("/app.js", get(assets::app_js))
        .route("/style.css", get(assets::style))
        .route("/world.json", get(assets::world))
        .route("/api/health", get(health))
        .route("/api/events", get(events))
        .route("/api/events/{id}", get(event))
        .route("/api/stats", get(stats))
        .route("/api/search", get(search))
        .route("/api/quotes", get(quotes))
        .route("/api/articles/{id}", get(article))
        .route("/api/alerts", get(alerts))
        .layer(tower::limit::ConcurrencyLimitLayer::new(MAX_CONCURRENT))
        .with_state(app)
}

/// Query parameters shared by the event endpoints.
#[derive(Debug, Default, Deserialize)]
struct EventParams {
    actor: Option<String>,
    source: Option<String>,
    target: Option<String>,
    cameo: Option<String>,
    plover: Option<String>,
    quad: Option<u8>,
    from: Option<String>,
    to: Option<String>,
    place: Option<String>,
    bbox: Option<String>,
    text: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
    by: Option<String>,
    dyads: Option<bool>,
}

fn non_empty(s: &Option<String>) -> Option<String> {
    s.as_ref()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

impl EventParams {
    fn filter(&self) -> Result<EventFilter, AppError> {
        let bbox = match non_empty(&self.bbox) {
            None => None,
            Some(b) => {
                let v: Vec<f64> = b
                    .split(',')
                    .map(|x| x.trim().parse::<f64>())
                    .collect::<Result<_, _>>()
                    .map_err(|_| {
                        AppError::BadRequest("bbox must be min_lon,min_lat,max_lon,max_lat".into())
                    })?;
                if v.len() != 4 {
                    return Err(AppError::BadRequest("bbox needs four numbers".into()));
                }
                Some([v[0], v[1], v[2], v[3]])
            }
        };
        if let Some(q) = self.quad {
            if !(1..=4).contains(&q) {
                return Err(AppError::BadRequest("quad must be 1-4".into()));
            }
        }
        Ok(EventFilter {
            actor: non_empty(&self.actor),
            source: non_empty(&self.source),
            target: non_empty(&self.target),
            cameo: non_empty(&self.cameo),
            plover: non_empty(&self.plover),
            quad_class: self.quad,
            from: non_empty(&self.from),
            to: non_empty(&self.to),
            place: non_empty(&self.place),
            bbox,
            text: non_empty(&self.text),
            include_negated: false,
            include_historical: false,
            limit: Some(self.limit.unwrap_or(100).min(MAX_LIMIT)),
            offset: self.offset.unwrap_or(0),
        })
    }
}

async fn health(State(app): State<App>) -> Result<Json<Value>, AppError> {
    let v = app
        .pool
        .run(|s| {
            let (mentions, events) = s.fold_counts()?;
            Ok(json!({"status": "ok", "articles": s.count_articles()?, "events": events, "mentions": mentions}))
        })
        .await?;
    Ok(Json(v))
}

async fn events(
    State(app): State<App>,
    Query(p): Query<EventParams>,
) -> Result<Json<Value>, AppError> {
    let filter = p.filter()?;
    let v = app
        .pool
        .run(move |s| {
            let items = s.events(&filter)?;
            let total = s.count_events(&filter)?;
            Ok(json!({"total": total, "limit": filter.limit, "offset": filter.offset, "items": items}))
        })
        .await?;
    Ok(Json(v))
}

async fn event(State(app): State<App>, Path(id): Path<i64>) -> Result<Json<Value>, AppError> {
    let v = app
        .pool
        .run(move |s| {
            let e = s.event(id)?.ok_or(AppError::NotFound)?;
            let mentions = s.mentions(id)?;
            Ok(json!({"event": e, "mentions": mentions}))
        })
        .await?;
    Ok(Json(v))
}

async fn stats(
    State(app): State<App>,
    Query(p): Query<EventParams>,
) -> Result<Json<Value>, AppError> {
    let mut filter = p.filter()?;
    filter.limit = None;
    let period = match p.by.as_deref().unwrap_or("week") {
        "day" => Period::Day,
        "week" => Period::Week,
        "month" => Period::Month,
        other => {
            return Err(AppError::BadRequest(format!(
                "by must be day, week or month, not {other:?}"
            )))
        }
    };
    let dyads = p.dyads.unwrap_or(false);
    let v = app
        .pool
        .run(move |s| Ok(json!({"items": s.stats(&filter, period, dyads)?})))
        .await?;
    Ok(Json(v))
}

#[derive(Deserialize)]
struct SearchParams {
    q: String,
    limit: Option<usize>,
}

async fn search(
    State(app): State<App>,
    Query(p): Query<SearchParams>,
) -> Result<Json<Value>, AppError> {
    if p.q.len() > 500 {
        return Err(AppError::BadRequest("query longer than 500 bytes".into()));
    }
    let limit = p.limit.unwrap_or(20).min(MAX_LIMIT);
    let v = app
        .pool
        .run(move |s| Ok(json!({"items": s.search(&p.q, limit)?})))
        .await?;
    Ok(Json(v))
}

#[derive(Deserialize)]
struct QuoteParams {
    speaker: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

async fn quotes(
    State(app): State<App>,
    Query(p): Query<QuoteParams>,
) -> Result<Json<Value>, AppError> {
    let limit = p.limit.unwrap_or(100).min(MAX_LIMIT);
    let offset = p.offset.unwrap_or(0);
    let speaker = non_empty(&p.speaker);
    let v = app
        .pool
        .run(move |s| Ok(json!({"items": s.quotes(speaker.as_deref(), limit, offset)?})))
        .await?;
    Ok(Json(v))
}

async fn article(State(app): State<App>, Path(id): Path<i64>) -> Result<Json<Value>, AppError> {
    let v = app
        .pool
        .run(move |s| Ok(json!(s.article(id)?.ok_or(AppError::NotFound)?)))
        .await?;
    Ok(Json(v))
}

#[derive(Deserialize)]
struct PageParams {
    limit: Option<usize>,
    offset: Option<usize>,
}

async fn alerts(
    State(app): State<App>,
    Query(p): Query<PageParams>,
) -> Result<Json<Value>, AppError> {
    let limit = p.limit.unwrap_or(100).min(MAX_LIMIT);
    let offset = p.offset.unwrap_or(0);
    let v = app
        .pool
        .run(move |s| {
            let items: Vec<Value> = s
                .alerts(limit, offset)?
                .into_iter()
                .map(|a| {
                    let mut r = a.record;
                    r["id"] = json!(a.id);
                    r
                })
                .collect();
            Ok(json!({ "items": items }))
        })
        .await?;
    Ok(Json(v))
}
