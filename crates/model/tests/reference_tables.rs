//! Checks the embedded CAMEO table against the reference files in ../shared/reference.

use dyad_model::cameo;
use std::path::PathBuf;

fn reference_dir() -> Option<PathBuf> {
    dyad_testdata::shared_file("reference")
}

fn read_tsv(path: PathBuf) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .skip(1)
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
        .collect()
}

#[test]
fn every_code_name_and_weight_matches_the_reference() {
    let Some(dir) = reference_dir() else { return };
    let names = read_tsv(dir.join("CAMEO.eventcodes.tsv"));
    let weights = read_tsv(dir.join("CAMEO.goldsteinscale.tsv"));
    let mut seen = 0;
    for (code, name) in names.iter().filter(|(c, _)| c.len() >= 2) {
        let row = cameo::lookup(code).unwrap_or_else(|| panic!("code {code} missing"));
        assert_eq!(row.name, name, "name of {code}");
        seen += 1;
    }
    assert_eq!(
        seen,
        cameo::rows().len(),
        "the table has codes the reference lacks"
    );
    for (code, weight) in &weights {
        let w: f32 = weight.parse().unwrap_or_else(|e| panic!("{code}: {e}"));
        let row = cameo::lookup(code).unwrap_or_else(|| panic!("weighted code {code} missing"));
        assert!(
            (row.goldstein - w).abs() < 1e-6,
            "weight of {code}: {} vs {w}",
            row.goldstein
        );
    }
}

#[test]
fn every_plover_mapping_matches_the_reference() {
    let Some(dir) = reference_dir() else { return };
    let path = dir.join("CAMEO2PLOVER-2021.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut checked = 0;
    for line in text.lines().map(str::trim) {
        if line.starts_with('#') {
            continue;
        }
        let Some((code, rest)) = line.split_once(':') else {
            continue;
        };
        let rest = rest.split('#').next().unwrap_or("");
        let parts: Vec<String> = rest.split(',').map(|p| p.replace(' ', "")).collect();
        if parts.len() < 2 {
            continue;
        }
        let Some(row) = cameo::lookup(code.trim()) else {
            continue;
        };
        assert_eq!(row.plover, parts[0], "PLOVER type of {code}");
        assert_eq!(row.mode, parts[1], "PLOVER mode of {code}");
        checked += 1;
    }
    assert!(checked > 250, "only {checked} PLOVER rows checked");
}

#[test]
fn every_plover_score_matches_the_codebook() {
    let Some(dir) = reference_dir() else { return };
    let path = dir.join("PLOVER_MANUAL.tex");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    // The last caption: an older, commented-out version of the table comes first.
    let start = text
        .rfind("PLOVER conflict--cooperation scores")
        .expect("scores table");
    let table = &text[start..start + text[start..].find("\\end{tabular}").expect("table end")];
    let mut checked = 0;
    for row in table
        .lines()
        .filter(|l| l.contains('&') && !l.contains("textbf") && !l.trim_start().starts_with('%'))
    {
        let cells: Vec<String> = row
            .trim_end_matches(|c: char| c == '\\' || c.is_whitespace())
            .split('&')
            .map(|c| c.replace("\\cellcolor{gray!25}", "").trim().to_string())
            .collect();
        for pair in cells.chunks(2) {
            let [name, score] = pair else { continue };
            if name.is_empty() {
                continue;
            }
            let (event, mode) = name
                .split_once(':')
                .map_or((name.as_str(), ""), |(e, m)| (e, m.trim()));
            let want: f32 = score
                .parse()
                .unwrap_or_else(|e| panic!("{name}: {score:?}: {e}"));
            let got = cameo::plover_score(event.trim(), mode)
                .unwrap_or_else(|| panic!("no score for {name}"));
            assert!((got - want).abs() < 1e-6, "{name}: {got} vs {want}");
            checked += 1;
        }
    }
    assert_eq!(
        checked,
        cameo::plover_scores().len(),
        "rows in the codebook vs dyad's table"
    );
}
