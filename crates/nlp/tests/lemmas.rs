//! Lemmas the event coder depends on (verb patterns match on lemmas), in sentences
//! written for this test.

mod common;
use common::analyze;

#[test]
fn verbs_and_irregulars_lemmatize() {
    let a = dyad_nlp::Analyzer::embedded().expect("model loads");
    // (sentence, word, lemma)
    let cases = [
        (
            "Opposition leaders urged the army to withdraw .",
            "urged",
            "urge",
        ),
        (
            "Hundreds of migrants were deported last month .",
            "deported",
            "deport",
        ),
        (
            "Foreign troops are intervening in the conflict .",
            "intervening",
            "intervene",
        ),
        (
            "The envoy criticises the blockade .",
            "criticises",
            "criticise",
        ),
        ("The president went to Kyiv on Monday .", "went", "go"),
        // Irregular pasts EWT's training split never shows as verbs (`irregular.rs`).
        ("Gunmen shot two guards at the gate .", "shot", "shoot"),
        ("Thousands fled the fighting .", "fled", "flee"),
        ("The rebels fought the army for a week .", "fought", "fight"),
        ("Congress withheld the aid .", "withheld", "withhold"),
        (
            "The army overthrew the government .",
            "overthrew",
            "overthrow",
        ),
        ("The minister was arrested .", "was", "be"),
        ("Three children died in the attack .", "children", "child"),
        ("Rebels seized two villages .", "seized", "seize"),
        ("Rebels seized two villages .", "villages", "village"),
        (
            "Police have detained the protesters .",
            "detained",
            "detain",
        ),
        // Spelling checks on the suffix rules (see src/spelling.rs).
        ("Artillery has shelled the suburbs .", "shelled", "shell"),
        ("Aircraft have bombed the bridge .", "bombed", "bomb"),
        ("The party controlled the senate .", "controlled", "control"),
        (
            "The blast propelled debris across the road .",
            "propelled",
            "propel",
        ),
        ("The junta expelled the envoy .", "expelled", "expel"),
        ("Engineers installed new sirens .", "installed", "install"),
        ("The strike killed two fighters .", "killed", "kill"),
        // A prefix on a one-syllable "-ll" verb keeps both "l"s.
        ("Dealers are reselling the rifles .", "reselling", "resell"),
        (
            "Elders were foretelling a famine .",
            "foretelling",
            "foretell",
        ),
        ("Workers unrolled a long banner .", "unrolled", "unroll"),
        ("Thousands enrolled in the militia .", "enrolled", "enroll"),
    ];
    for (text, word, lemma) in cases {
        let s = analyze(&a, text);
        let t = s
            .tokens
            .iter()
            .find(|t| t.form == word)
            .expect("word present");
        assert_eq!(t.lemma, lemma, "{word} in {text:?} (tagged {})", t.xpos);
    }
}
