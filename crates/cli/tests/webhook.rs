//! `dyad alerts run --webhook`: each new alert is POSTed as JSON; a failing endpoint is
//! retried, and an unreachable one is reported without losing the stored alerts.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

mod common;
use common::dyad_in as dyad;

/// Serves `replies.len()` requests on loopback, answering each with the next status, and
/// sends every request body back to the test.
fn hook(replies: Vec<u16>) -> (String, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}/hook", listener.local_addr().expect("addr"));
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for status in replies {
            let Ok((mut stream, _)) = listener.accept() else {
                return;
            };
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut len = 0usize;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                let lower = line.to_ascii_lowercase();
                if let Some(v) = lower.strip_prefix("content-length:") {
                    len = v.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0u8; len];
            let _ = reader.read_exact(&mut body);
            let _ = tx.send(String::from_utf8_lossy(&body).into_owned());
            let _ = write!(
                stream,
                "HTTP/1.1 {status} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
    });
    (url, rx)
}

fn store_with_an_alert() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let scenario = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/warn"));
    let out = dyad(
        dir.path(),
        &["ingest", scenario.to_str().expect("path"), "--db", "t.db"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

#[test]
fn alerts_are_posted_and_a_failure_is_retried() {
    let dir = store_with_an_alert();
    // The first attempt fails with 500; the retry succeeds; then every other alert.
    let (url, bodies) = hook(vec![500, 200, 200, 200, 200, 200, 200, 200, 200, 200]);
    let out = dyad(
        dir.path(),
        &["alerts", "run", "--db", "t.db", "--webhook", &url],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = bodies
        .recv_timeout(Duration::from_secs(10))
        .expect("a POST");
    let retry = bodies
        .recv_timeout(Duration::from_secs(10))
        .expect("a retry");
    assert_eq!(first, retry, "the retry sends the same alert");
    let alert: serde_json::Value = serde_json::from_str(&first).expect("JSON body");
    assert!(
        alert["rule"].is_string() && alert["events"].is_array(),
        "{alert}"
    );
}

#[test]
fn an_unreachable_hook_is_reported_and_alerts_stay_stored() {
    let dir = store_with_an_alert();
    // Nothing listens on this port once the listener is dropped.
    let port = TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let url = format!("http://127.0.0.1:{port}/hook");
    let out = dyad(
        dir.path(),
        &["alerts", "run", "--db", "t.db", "--webhook", &url],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("webhook"));
    let listed = dyad(
        dir.path(),
        &["alerts", "list", "--db", "t.db", "--format", "json"],
    );
    assert!(
        !String::from_utf8_lossy(&listed.stdout).trim().is_empty(),
        "alerts were stored"
    );
}
