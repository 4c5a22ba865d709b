//! Floors on HTML extraction accuracy, measured on ../shared/corpora/html (rounded down).
//! Skips with a reason when ../shared is absent; fails loudly when `CI` is set.

#[path = "../examples/eval/mod.rs"]
#[allow(dead_code)]
mod eval;

#[test]
fn html_extraction_floors() {
    let Some(root) = dyad_testdata::shared_file("corpora/html") else {
        return;
    };
    let scores = eval::all(&root);
    eprintln!("{}", eval::table(&scores));
    let rate = |(a, b): (usize, usize)| a as f64 / b.max(1) as f64;
    // (corpus, pages, f1, title, byline, date)
    let floors: [(&str, usize, f64, f64, f64, f64); 2] = [
        (
            "mozilla-readability-test-pages",
            130,
            0.96,
            0.90,
            0.80,
            0.74,
        ),
        ("newspaper4k-tests", 23, 0.95, 0.65, 0.85, 0.95),
    ];
    for (s, (corpus, pages, f1, title, byline, date)) in scores.iter().zip(floors) {
        assert_eq!(s.corpus, corpus);
        assert_eq!(s.pages, pages, "{corpus}: pages");
        assert!(s.f1 >= f1, "{corpus}: F1 {:.3} < {f1}", s.f1);
        assert!(rate(s.title) >= title, "{corpus}: title {:?}", s.title);
        assert!(rate(s.byline) >= byline, "{corpus}: byline {:?}", s.byline);
        assert!(rate(s.date) >= date, "{corpus}: date {:?}", s.date);
    }
}
