//! `dyad read` run as a real binary in a temp dir: JSON per article, errors named on stderr,
//! non-zero exit at the end when an item failed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-cli-read-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("temp dir {}: {e}", dir.display()));
    dir
}

fn dyad_read(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
        .arg("read")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("running dyad: {e}"))
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

#[test]
fn reads_example_article() {
    let dir = temp_dir("example");
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/crimea-tatars.txt"
    );
    let out = dyad_read(&dir, &[example]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d["source"], "AFP");
    assert!(d["title"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(d["published"]
        .as_str()
        .is_some_and(|p| p.starts_with("2014-03-")));
    let text = d["text"].as_str().unwrap_or_default();
    for p in d["paragraphs"].as_array().into_iter().flatten() {
        let (s, e) = (
            p[0].as_u64().unwrap_or(0) as usize,
            p[1].as_u64().unwrap_or(0) as usize,
        );
        assert!(
            text.get(s..e).is_some_and(|t| !t.trim().is_empty()),
            "paragraph {s}..{e}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_items_are_reported_and_batch_goes_on() {
    let dir = temp_dir("batch");
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(dir.join(name), bytes).unwrap_or_else(|e| panic!("write {name}: {e}"))
    };
    write(
        "wire.txt",
        b"Port reopens\n\nWritten by AFP | Odesa | Updated: May 5 2014, 09:30am hrs\nODESA, May 5 (AFP) - The port reopened on Monday.\n",
    );
    write("junk.bin", &[0u8, 1, 2, 255, 0, 7]);
    write("recs.jsonl", b"{\"id\":\"r1\",\"text\":\"Record one.\"}\n{broken\n{\"id\":\"r2\",\"text\":\"Record two.\"}\n");
    let out = dyad_read(&dir, &["wire.txt", "junk.bin", "recs.jsonl"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit status reports the failures"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("junk.bin"),
        "stderr names the binary file: {stderr}"
    );
    assert!(
        stderr.contains("recs.jsonl:2"),
        "stderr names file and line: {stderr}"
    );
    let docs = json_lines(&out);
    let ids: Vec<&str> = docs.iter().filter_map(|d| d["id"].as_str()).collect();
    assert_eq!(ids, ["wire.txt", "r1", "r2"]);
    assert_eq!(docs[0]["dateline"], "ODESA");
    assert_eq!(docs[0]["published"], "2014-05-05T09:30:00");

    let ok = dyad_read(&dir, &["wire.txt"]);
    assert!(ok.status.success());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn reads_standard_input() {
    use std::io::Write;
    use std::process::Stdio;
    let dir = temp_dir("stdin");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["read", "-"])
        .current_dir(&dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("running dyad: {e}"));
    if let Some(mut stdin) = child.stdin.take() {
        let _ =
            stdin.write_all(b"{\"id\":\"s1\",\"text\":\"From a pipe.\",\"date\":\"2020-05-01\"}\n");
    }
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("waiting for dyad: {e}"));
    assert!(out.status.success());
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "s1");
    assert_eq!(docs[0]["published"], "2020-05-01T00:00:00");
    let _ = std::fs::remove_dir_all(&dir);
}
