//! Prints the HTML extraction accuracy table (see docs/html-extraction.md).
//!
//! `cargo run --release -p dyad-read --example html_eval -- ../shared/corpora/html`

mod eval;

use std::path::PathBuf;

fn main() {
    let root = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/corpora/html"));
    let scores = eval::all(&root);
    print!("{}", eval::table(&scores));
    if std::env::var_os("EVAL_PAGES").is_some() {
        // Per-page F1, worst first, to see where extraction fails.
        let dir = root.join("mozilla-readability-test-pages/test/test-pages");
        let mut rows = Vec::new();
        for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let p = e.path();
            let (Ok(src), Ok(exp)) = (
                std::fs::read(p.join("source.html")),
                std::fs::read(p.join("expected.html")),
            ) else {
                continue;
            };
            let got = dyad_read::parse_html(&dyad_read::decode_html(&src));
            let doc = scraper::Html::parse_document(&String::from_utf8_lossy(&exp));
            let want: String = doc.root_element().text().collect::<Vec<_>>().join(" ");
            let (pr, r, f) = eval::prf(&got.text, &want);
            rows.push((
                f,
                pr,
                r,
                p.file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default(),
            ));
        }
        let data = root.join("newspaper4k-tests/tests/data");
        for e in std::fs::read_dir(data.join("html"))
            .into_iter()
            .flatten()
            .flatten()
        {
            let p = e.path();
            let stem = p
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            let (Ok(src), Ok(want)) = (
                std::fs::read(&p),
                std::fs::read_to_string(data.join("txt").join(format!("{stem}.txt"))),
            ) else {
                continue;
            };
            let got = dyad_read::parse_html(&dyad_read::decode_html(&src));
            let (pr, r, f) = eval::prf(&got.text, &want);
            rows.push((f, pr, r, format!("newspaper4k/{stem}")));
        }
        rows.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (f, p, r, n) in rows.iter().take(30) {
            println!("{f:.3} p={p:.3} r={r:.3} {n}");
        }
    }
}
