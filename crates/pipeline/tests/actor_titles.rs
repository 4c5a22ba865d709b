//! A title or a place before a name the dictionaries know: the name gives the actor
//! ("Kentucky Sen. Mitch McConnell" is the senator, not the state), the title the role
//! ("Secretary of State Colin Powell" is USAGOV, not ---GOV). Sentences written for this
//! test, coded by the whole pipeline with the embedded dictionaries.

use chrono::NaiveDate;
use dyad_pipeline::Pipeline;

#[test]
fn titled_names_code_as_the_person() {
    let pipeline = Pipeline::builder()
        .facts(false)
        .build()
        .unwrap_or_else(|e| panic!("pipeline: {e}"));
    let cases = [
        (
            "2004-03-02",
            "Secretary of State Colin Powell urged Japan to resume the talks.",
            "USAGOV",
        ),
        (
            "2015-05-04",
            "Kentucky Sen. Mitch McConnell criticized Iran on Tuesday.",
            "USALEG",
        ),
        (
            "2016-07-08",
            "New York Gov. Andrew Cuomo criticized Mexico on Friday.",
            "USAGOV",
        ),
        (
            "2014-06-01",
            "Attorney General Eric Holder criticized Russia.",
            "USAJUD",
        ),
    ];
    let mut wrong = Vec::new();
    for (date, text, want) in cases {
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
        let events: Vec<_> = pipeline
            .parse(text)
            .iter()
            .flat_map(|s| pipeline.code(s, date))
            .collect();
        let got: Vec<String> = events
            .iter()
            .filter_map(|e| e.source.as_ref().map(|a| a.code.clone()))
            .collect();
        if !got.iter().any(|g| g == want) {
            wrong.push(format!("{text}: want {want}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
