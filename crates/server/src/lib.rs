//! dyad's HTTP side: a JSON API over the event store and the analyst's dashboard, both
//! served from the binary with no outside assets (the world map ships inside it).
//!
//! Reads are open; the server binds 127.0.0.1 by default. The API is described in
//! `docs/openapi.yaml` at the repository root.
//!
//! ```no_run
//! # async fn run() -> Result<(), dyad_server::Error> {
//! let app = dyad_server::App::open(std::path::Path::new("dyad.db"), 4)?;
//! dyad_server::serve(app, "127.0.0.1:8080".parse().unwrap()).await?;
//! # Ok(()) }
//! ```
#![deny(missing_docs)]

mod api;
mod assets;
mod error;
mod pool;

pub use api::{router, App};
pub use error::{AppError, Error};

use std::net::SocketAddr;

/// Serves `app` on `addr` until Ctrl-C.
pub async fn serve(app: App, addr: SocketAddr) -> Result<(), Error> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| Error::Bind { addr, source: e })?;
    axum::serve(listener, router(app))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(Error::Serve)
}
