//! The project's example articles (`examples/*.txt` at the repository root) read as expected:
//! these are the README's demo input.

use dyad_read::Reader;

#[test]
fn example_articles() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    // (file, title starts, source, dateline, published)
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        (
            "crimea-tatars.txt",
            "Crimean Tatar leaders",
            "AFP",
            "BAKHCHYSARAI, Ukraine",
            "2014-03-13 18:40:00",
        ),
        (
            "port-strike.txt",
            "Dockworkers halt",
            "AP",
            "CONSTANTA, Romania",
            "2019-11-02 18:05:00",
        ),
        (
            "river-accord.txt",
            "Upstream and downstream",
            "Reuters",
            "KHARTOUM",
            "2021-09-18 14:20:00",
        ),
    ];
    let reader = Reader::builder().build();
    for (file, title, source, dateline, published) in cases {
        let path = std::path::Path::new(dir).join(file);
        let got: Vec<_> = reader.read_path(&path).collect();
        let a = match got.as_slice() {
            [Ok(a)] => a,
            other => panic!("{file}: {other:?}"),
        };
        assert!(
            a.title.as_deref().is_some_and(|t| t.starts_with(title)),
            "{file}: {:?}",
            a.title
        );
        assert_eq!(a.source.as_deref(), Some(*source), "{file}: source");
        assert_eq!(a.dateline.as_deref(), Some(*dateline), "{file}: dateline");
        assert_eq!(
            a.published.map(|d| d.to_string()).as_deref(),
            Some(*published),
            "{file}: published"
        );
        assert!(
            a.text.starts_with(dateline),
            "{file}: body starts at the dateline"
        );
        assert!(
            a.paragraphs.len() >= 8,
            "{file}: {} paragraphs",
            a.paragraphs.len()
        );
        let raw = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(raw.contains(&a.text), "{file}: body kept verbatim");
    }
}

#[test]
fn seed_article_form() {
    let Some(path) = dyad_testdata::shared_file("samples/000_e1a0ccd5a4f44810.txt") else {
        return;
    };
    let got: Vec<_> = Reader::builder().build().read_path(&path).collect();
    let a = match got.as_slice() {
        [Ok(a)] => a,
        other => panic!("seed: {other:?}"),
    };
    assert!(a
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("NATO should intervene")));
    assert_eq!(a.source.as_deref(), Some("AFP"));
    assert_eq!(a.dateline.as_deref(), Some("Simferopol"));
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2014-03-14 19:14:00")
    );
    assert!(
        a.text.starts_with("Tatar community leader"),
        "headline and byline excluded"
    );
    assert!(a.paragraphs.len() >= 10);
}
