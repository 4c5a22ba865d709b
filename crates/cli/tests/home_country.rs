//! A state organ with no country named ("police", "the government") belongs to the
//! article's home country, its dateline's; the sentence itself still decides first.

mod common;
use common::{dyad_ok, stdout};

/// Source and target codes of every event `dyad code` prints for one article.
fn dyads(article: &str) -> Vec<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.txt"), article).expect("write article");
    let out = dyad_ok(dir.path(), &["code", "a.txt"]);
    stdout(&out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json line");
            let code = |side: &str| v[side]["code"].as_str().unwrap_or("-").to_string();
            format!("{} {} {}", code("source"), code("target"), v["cameo"])
        })
        .collect()
}

#[test]
fn state_organs_take_the_dateline_country() {
    let got = dyads(
        "Police arrest fighters in Kabul\n\n\
         KABUL, Afghanistan (AP) — Police arrested five Taliban fighters on Monday. \
         The government condemned Iran.\n",
    );
    assert_eq!(got, ["AFGCOP AFGREB \"173\"", "AFGGOV IRN \"111\""]);
    // Without a dateline the police stay of no country.
    let got = dyads("Police arrest fighters\n\nPolice arrested five Taliban fighters on Monday.\n");
    assert_eq!(got, ["---COP AFGREB \"173\""]);
}
