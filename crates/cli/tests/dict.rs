//! Runs the real `dyad dict` (stats, check, explain, import) on dictionaries written in
//! temp folders, on dyad's own, and on the Phoenix set in ../shared when it is there.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn shared() -> Option<PathBuf> {
    dyad_testdata::shared()
}

fn dyad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .env_remove("DYAD_DICT_DIR")
        .output()
        .unwrap_or_else(|e| panic!("running dyad {args:?}: {e}"))
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const VERBS: &str = "\
&WEAPONS
+GUNS
+ROCKETS
--- ATTACK [190] ---
ATTACK
- * (WITH &WEAPONS) [193]
- * (WITH ROCKETS) [195]
--- ACCUSE [112] ---
ACCUSE
- * (OF {WAR CRIMES}) [1124]
- * (OF {WAR CRIMES}) [1125]
- * (OF &MISSING) [112]
--- BLAME [999] ---
BLAME
";

const ACTORS: &str = "\
RUSSIA [RUS]
UKRAINE [UKR]
ATLANTIS [ATL]
JOHN_DOE
[XYZGOV >20100101]
[XYZELI >20150101]
KYIV [UKR]
";

const ACTORS2: &str = "\
KYIV [RUS]
";

const AGENTS: &str = "\
PRESIDENT [~GOV]
WIZARD [~WIZ]
";

/// A flat folder of small dictionaries with one planted problem of each kind.
fn planted(dir: &Path) {
    for (name, text) in [
        ("test.verbs.txt", VERBS),
        ("a.actors.txt", ACTORS),
        ("b.actors.txt", ACTORS2),
        ("test.agents.txt", AGENTS),
        ("test.discards.txt", "FOOTBALL MATCH\n"),
    ] {
        std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn check_finds_each_planted_problem() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    planted(tmp.path());
    let o = dyad(&[
        "dict",
        "check",
        "--dict-dir",
        &tmp.path().display().to_string(),
    ]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "errors must set exit 1:\n{out}");
    // (file, line, severity, words of the message)
    let cases: &[(&str, usize, &str, &str)] = &[
        (
            "test.verbs.txt",
            7,
            "warning",
            "shadowed by the earlier, more general",
        ),
        ("test.verbs.txt", 11, "error", "same words as"),
        ("test.verbs.txt", 12, "error", "unknown synset &MISSING"),
        (
            "test.verbs.txt",
            13,
            "error",
            "[999], which is not a CAMEO event code",
        ),
        ("a.actors.txt", 3, "warning", "starts with ATL"),
        (
            "a.actors.txt",
            4,
            "warning",
            "[XYZGOV >20100101] has no end date",
        ),
        (
            "b.actors.txt",
            1,
            "warning",
            "kyiv is also an actor at a.actors.txt:7",
        ),
        (
            "test.agents.txt",
            2,
            "warning",
            "agent wizard: [WIZ] is not made of CAMEO role codes",
        ),
    ];
    for (file, line, sev, words) in cases {
        let hit = out
            .lines()
            .any(|l| l.contains(&format!("{file}:{line}: {sev}: ")) && l.contains(words));
        assert!(hit, "missing {file}:{line} {sev} {words:?} in:\n{out}");
    }
    assert!(out.contains("3 errors, 7 warnings in 5 files"), "{out}");
    // Clean entries draw nothing.
    assert!(!out.contains("a.actors.txt:1:"), "{out}");
    assert!(!out.contains("test.agents.txt:1:"), "{out}");
}

#[test]
fn check_clean_folder_exits_zero() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        tmp.path().join("v.verbs.txt"),
        "--- ATTACK [190] ---\nATTACK\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        tmp.path().join("x.actors.txt"),
        "RUSSIA [RUS]\nUKRAINE [UKR]\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let o = dyad(&[
        "dict",
        "check",
        "--dict-dir",
        &tmp.path().display().to_string(),
    ]);
    assert!(o.status.success(), "{}", stdout(&o));
    assert!(stdout(&o).contains("0 errors, 0 warnings in 2 files"));
}

#[test]
fn stats_counts_per_file_and_code() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    planted(tmp.path());
    let o = dyad(&[
        "dict",
        "stats",
        "--per-code",
        "--dict-dir",
        &tmp.path().display().to_string(),
    ]);
    let out = stdout(&o);
    assert!(o.status.success(), "{out}");
    for want in [
        "test.verbs.txt\tfamilies 3\tverb forms 3\tpatterns 5",
        "a.actors.txt\tactors 5",
        "families\t3\n",
        "patterns\t5\n",
        "actors\t6\n",
        "event code\t190\t1\n",
        "event code\t112\t2\n",
        "actor code\tUKR\t2\n",
        "warning\t",
    ] {
        assert!(out.contains(want), "missing {want:?} in:\n{out}");
    }
}

#[test]
fn stats_and_check_default_to_embedded() {
    let o = dyad(&["dict", "stats"]);
    let out = stdout(&o);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("dyad's own (embedded)"), "{out}");
    assert!(out
        .lines()
        .any(|l| l.starts_with("file\tverbs/") && l.contains("patterns")));
    let actors: usize = out
        .lines()
        .find_map(|l| l.strip_prefix("actors\t"))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(actors > 1000, "{actors} actors");
    let o = dyad(&["dict", "check", "--summary"]);
    let out = stdout(&o);
    let last = out.lines().last().unwrap_or_default();
    let errors: usize = last
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX);
    assert!(last.contains(" errors, "), "{out}");
    assert_eq!(o.status.success(), errors == 0, "{out}");
    // dyad's own dictionaries stay lint-clean: no shadowed or repeated pattern.
    assert!(last.starts_with("0 errors, 0 warnings"), "{out}");
}

#[test]
fn explain_shows_entries_and_event() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    planted(tmp.path());
    let dir = tmp.path().display().to_string();
    let o = dyad(&[
        "dict",
        "explain",
        "Russia attacked Ukraine.",
        "--dict-dir",
        &dir,
    ]);
    let out = stdout(&o);
    assert!(o.status.success(), "{out}");
    for want in [
        "\"russia\" -> RUS  actor russia (a.actors.txt:1)",
        "\"ukraine\" -> UKR  actor ukraine (a.actors.txt:2)",
        "family ATTACK (test.verbs.txt:4), default code [190]",
        "attacked VERB root",
        "events: 1",
        "190 RUS (\"Russia\") -> UKR (\"Ukraine\")",
    ] {
        assert!(out.contains(want), "missing {want:?} in:\n{out}");
    }
    let o = dyad(&[
        "dict",
        "explain",
        "x",
        "--dict-dir",
        &dir,
        "--date",
        "2014-13-01",
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("not YYYY-MM-DD"));
}

#[test]
fn import_writes_layout_that_loads_the_same() {
    let src = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    planted(src.path());
    std::fs::write(src.path().join("CAMEO.txt"), VERBS).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(src.path().join("notes.txt"), "not a dictionary\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let dst = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out_dir = dst.path().join("mine");
    let o = dyad(&[
        "dict",
        "import",
        &src.path().display().to_string(),
        "--out",
        &out_dir.display().to_string(),
    ]);
    let out = stdout(&o);
    assert!(o.status.success(), "{out}");
    assert!(out_dir.join("verbs/CAMEO.verbs.txt").is_file(), "{out}");
    assert!(out_dir.join("actors/b.actors.txt").is_file());
    assert!(out_dir.join("agents/test.agents.txt").is_file());
    assert!(out_dir.join("discards/test.discards.txt").is_file());
    assert!(out.contains("skipped\tnotes.txt"), "{out}");
    assert!(out.contains("ok\tsame counts"), "{out}");
    assert!(
        out.contains("test.verbs.txt:12: unknown synset &MISSING"),
        "{out}"
    );
    // A second import refuses to overwrite.
    let o = dyad(&[
        "dict",
        "import",
        &src.path().display().to_string(),
        "--out",
        &out_dir.display().to_string(),
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("--force"));
}

#[test]
fn phoenix_imports_and_checks() {
    let Some(s) = shared() else { return };
    let phoenix = s.join("dictionaries/phoenix");
    let dst = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let o = dyad(&[
        "dict",
        "import",
        &phoenix.display().to_string(),
        "--out",
        &dst.path().display().to_string(),
    ]);
    let out = stdout(&o);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("ok\tsame counts"), "{out}");
    assert!(
        dst.path().join("verbs/CAMEO.2.0.verbs.txt").is_file(),
        "{out}"
    );
    let o = dyad(&[
        "dict",
        "check",
        "--summary",
        "--dict-dir",
        &dst.path().display().to_string(),
    ]);
    let out = stdout(&o);
    assert!(
        out.contains("count\twarning\tduplicate name, other codes\t"),
        "{out}"
    );
    assert!(
        out.lines().last().is_some_and(|l| l.contains(" errors, ")),
        "{out}"
    );
}
