//! Errors: the server's own, and the one type every handler returns to a client.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;

/// Starting or running the server failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// The server stopped with an error.
    #[error("server: {0}")]
    Serve(std::io::Error),
    /// The store could not be opened.
    #[error(transparent)]
    Store(#[from] dyad_store::Error),
}

/// What a handler returns on failure: the client gets a plain, safe message; the inside
/// is logged to standard error.
#[derive(Debug)]
pub enum AppError {
    /// The request is wrong (bad parameter); the message is safe to show.
    BadRequest(String),
    /// Nothing there.
    NotFound,
    /// Something failed inside; logged, not shown.
    Internal(String),
}

impl From<dyad_store::Error> for AppError {
    fn from(e: dyad_store::Error) -> AppError {
        match e {
            dyad_store::Error::Invalid(m) => AppError::BadRequest(m),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            AppError::BadRequest(m) => (StatusCode::BAD_REQUEST, m),
            AppError::NotFound => (StatusCode::NOT_FOUND, "not found".to_string()),
            AppError::Internal(inside) => {
                eprintln!("dyad serve: internal error: {inside}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal error".to_string(),
                )
            }
        };
        (status, axum::Json(serde_json::json!({ "error": message }))).into_response()
    }
}
