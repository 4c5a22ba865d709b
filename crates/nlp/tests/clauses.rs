//! The commonest news clause, subject + past-tense verb + object, written for this test
//! in words of its own: the verb must come out finite (VBD) and the root, which EWT's
//! web text (many verbless fragments, "attacked" seen only as a participle) does not
//! teach by itself.

mod common;
use common::analyze;

#[test]
fn past_tense_main_verbs_are_finite_roots() {
    let a = dyad_nlp::Analyzer::embedded().expect("model loads");
    // (sentence, verb, lemma)
    let cases = [
        (
            "Rebel fighters seized two towns near the border .",
            "seized",
            "seize",
        ),
        (
            "Police detained dozens of students in the capital .",
            "detained",
            "detain",
        ),
        (
            "Armed men kidnapped four aid workers in the north .",
            "kidnapped",
            "kidnap",
        ),
        (
            "Government troops shelled opposition districts overnight .",
            "shelled",
            "shell",
        ),
        (
            "Coalition jets bombed an arms depot near the coast .",
            "bombed",
            "bomb",
        ),
        (
            "Angry crowds stoned the convoy outside the city .",
            "stoned",
            "stone",
        ),
        (
            "Security forces dispersed the marchers with tear gas .",
            "dispersed",
            "disperse",
        ),
        (
            "Local militias abducted a provincial governor .",
            "abducted",
            "abduct",
        ),
        (
            "Border guards expelled forty migrants on Monday .",
            "expelled",
            "expel",
        ),
    ];
    // Measured: 8 of 9 ("expelled" stays a participle: its past tense scored too far
    // below). Raise this floor when the tagger improves.
    const MOST_WRONG: usize = 1;
    let mut wrong = Vec::new();
    for (text, verb, lemma) in cases {
        let s = analyze(&a, text);
        let Some(t) = s.tokens.iter().find(|t| t.form == verb) else {
            panic!("{verb} not in {text:?}");
        };
        if t.xpos != "VBD" || t.head != 0 || t.lemma != lemma {
            wrong.push(format!(
                "{text}: {verb}/{} head {} lemma {}",
                t.xpos, t.head, t.lemma
            ));
        }
    }
    assert!(wrong.len() <= MOST_WRONG, "{wrong:#?}");
}

#[test]
fn participles_stay_participles() {
    let a = dyad_nlp::Analyzer::embedded().expect("model loads");
    // (sentence, participle (VBN, or JJ as EWT often has it), the finite verb). Not
    // here: "Students arrested last week were freed on bail", whose "arrested" the
    // tagger read as VBD before the repair existed (the repair leaves sentences that
    // have a finite verb alone).
    let cases = [
        (
            "Soldiers wounded in the clash were flown to hospital .",
            "wounded",
            "were",
        ),
        (
            "Pictures taken by residents show the damage .",
            "taken",
            "show",
        ),
    ];
    for (text, part, verb) in cases {
        let s = analyze(&a, text);
        let tag = |w: &str| {
            s.tokens
                .iter()
                .find(|t| t.form == w)
                .map(|t| t.xpos.clone())
        };
        let p = tag(part).unwrap_or_default();
        assert!(p == "VBN" || p == "JJ", "{part} in {text:?} tagged {p}");
        let v = tag(verb).unwrap_or_default();
        assert!(v == "VBD" || v == "VBP", "{verb} in {text:?} tagged {v}");
    }
}

#[test]
fn reduced_passives_with_an_agent_stay_participles() {
    let a = dyad_nlp::Analyzer::embedded().expect("model loads");
    // (headline with no finite verb, its participle): a "by" phrase after the
    // participle names its agent, so the finite-verb repair leaves it a participle.
    let cases = [
        (
            "Mexican workers denied permits by the government .",
            "denied",
        ),
        (
            "Two reporters refused entry by the border police .",
            "refused",
        ),
    ];
    for (text, part) in cases {
        let s = analyze(&a, text);
        let p = s
            .tokens
            .iter()
            .find(|t| t.form == part)
            .map(|t| t.xpos.clone())
            .unwrap_or_default();
        assert!(p != "VBD", "{part} in {text:?} tagged {p}");
    }
}
