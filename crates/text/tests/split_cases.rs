//! Named sentence-splitter and dateline cases, in wire style.

use dyad_text::{dateline, pretokenized, Tokenizer};

/// (name, text, expected sentence texts separated by " || ").
const CASES: &[(&str, &str, &str)] = &[
    (
        "dateline_afp",
        "SIMFEROPOL, March 14 (AFP) - The leader of Crimea's Tatars said on Friday he feared \
         violence. Mustafa Dzhemilev spoke in Kiev.",
        "The leader of Crimea's Tatars said on Friday he feared violence. || Mustafa Dzhemilev spoke in Kiev.",
    ),
    (
        "dateline_reuters_emdash",
        "WASHINGTON (Reuters) — U.S. officials met on Monday. They said little.",
        "U.S. officials met on Monday. || They said little.",
    ),
    (
        "titles_do_not_end",
        "Gen. Ivanov met Dr. Smith and Sen. Jones. Mr. Brown was absent.",
        "Gen. Ivanov met Dr. Smith and Sen. Jones. || Mr. Brown was absent.",
    ),
    (
        "initials_do_not_end",
        "George W. Bush met J. R. R. Tolkien's heirs. It was brief.",
        "George W. Bush met J. R. R. Tolkien's heirs. || It was brief.",
    ),
    (
        "us_mid_and_end",
        "The U.S. Navy sailed. It left the U.S. The fleet turned.",
        "The U.S. Navy sailed. || It left the U.S. || The fleet turned.",
    ),
    (
        "inc_before_starter",
        "He works for Acme Inc. The firm denied it.",
        "He works for Acme Inc. || The firm denied it.",
    ),
    (
        "inc_before_name",
        "Acme Inc. Chairman John Doe resigned.",
        "Acme Inc. Chairman John Doe resigned.",
    ),
    (
        "months_and_numbers",
        "The vote is on Jan. 5 at 9 a.m. local time. No. 10 said nothing.",
        "The vote is on Jan. 5 at 9 a.m. local time. || No. 10 said nothing.",
    ),
    (
        "decimal_and_money",
        "Prices rose 3.5 percent to $4.5bn. Analysts were surprised.",
        "Prices rose 3.5 percent to $4.5bn. || Analysts were surprised.",
    ),
    (
        "quote_after_period",
        "\"We will not leave,\" he said. \"This is our land.\" The crowd cheered.",
        "\"We will not leave,\" he said. || \"This is our land.\" || The crowd cheered.",
    ),
    (
        "curly_quote_after_period",
        "“This is our land.” The crowd cheered.",
        "“This is our land.” || The crowd cheered.",
    ),
    (
        "nested_quotes",
        "He said: “They told us ‘go home.’” Then he left.",
        "He said: “They told us ‘go home.’” || Then he left.",
    ),
    (
        "question_in_quote_goes_on",
        "\"Why now?\" he asked. Nobody knew.",
        "\"Why now?\" he asked. || Nobody knew.",
    ),
    (
        "exclamation",
        "Stop! The police are here!",
        "Stop! || The police are here!",
    ),
    (
        "ellipsis_mid_sentence",
        "He hesitated... and then signed. Done.",
        "He hesitated... and then signed. || Done.",
    ),
    (
        "ellipsis_end",
        "We will see... The talks resume Monday.",
        "We will see... || The talks resume Monday.",
    ),
    (
        "parenthesis_after_period",
        "The army withdrew. (It had lost 300 men.) Talks began.",
        "The army withdrew. || (It had lost 300 men.) || Talks began.",
    ),
    (
        "single_newline_is_not_a_break",
        "The leader of the Tatars\nsaid on Friday he feared violence.",
        "The leader of the Tatars\nsaid on Friday he feared violence.",
    ),
    (
        "blank_line_is_a_break",
        "Crimea votes on Sunday\n\nThe referendum was called last week",
        "Crimea votes on Sunday || The referendum was called last week",
    ),
    (
        "url_and_email",
        "See www.example.org. Write to press@example.org. Thanks.",
        "See www.example.org. || Write to press@example.org. || Thanks.",
    ),
    (
        "time_pm",
        "The blast came at 19:14pm. Police arrived.",
        "The blast came at 19:14pm. || Police arrived.",
    ),
    (
        "party_label_mid_sentence",
        "Sen. Harry Reid (D-Nev.) refused to take it up. Sen. Bill Nelson (D-Fla.) said so.",
        "Sen. Harry Reid (D-Nev.) refused to take it up. || Sen. Bill Nelson (D-Fla.) said so.",
    ),
    (
        "quote_then_lowercase_attribution",
        "“We have very little conflict.” said former Gov. Tim Pawlenty. He left.",
        "“We have very little conflict.” said former Gov. Tim Pawlenty. || He left.",
    ),
    (
        "spaced_ellipsis",
        "McCabe testified . . . that no warrant was sought. Then he left.",
        "McCabe testified . . . that no warrant was sought. || Then he left.",
    ),
    (
        "nested_closers_with_space",
        "They said, ‘We love what you are doing.’ ” The extent surprised observers.",
        "They said, ‘We love what you are doing.’ ” || The extent surprised observers.",
    ),
    (
        "abbreviation_then_quote",
        "said Alejandro Martinez, who lives in Nogales, Ariz. “They are afraid to vote.” \
         Kerry said the U.S. “will continue to work.”",
        "said Alejandro Martinez, who lives in Nogales, Ariz. || “They are afraid to vote.” || \
         Kerry said the U.S. “will continue to work.”",
    ),
    (
        "speaker_label_own_sentence",
        "ANNA MARSH: Troops shelled the town on Monday.",
        "ANNA MARSH: || Troops shelled the town on Monday.",
    ),
    (
        "topic_label_own_sentence",
        "NATO: Russia is massing troops.",
        "NATO: || Russia is massing troops.",
    ),
    (
        "notice_label_stays",
        "PLEASE NOTE: The office is closed.",
        "PLEASE NOTE: The office is closed.",
    ),
    (
        "mixed_case_label_stays",
        "Officials: Police killed two men.",
        "Officials: Police killed two men.",
    ),
    ("no_final_punctuation", "Crimea votes", "Crimea votes"),
    ("empty", "", ""),
    ("only_spaces", " \n\n \t", ""),
];

#[test]
fn splitter_cases() {
    let tok = Tokenizer::new();
    let mut failures = Vec::new();
    for (name, text, want) in CASES {
        let sents = tok.sentences(text);
        let got: Vec<&str> = sents.iter().map(|s| s.text.as_str()).collect();
        let want: Vec<&str> = if want.is_empty() {
            vec![]
        } else {
            want.split(" || ").collect()
        };
        if got != want {
            failures.push(format!("{name}:\n   got  {got:?}\n   want {want:?}"));
        }
        for (i, s) in sents.iter().enumerate() {
            assert_eq!(s.index, i, "{name}");
            assert_eq!(s.span.slice(text), s.text, "{name}");
            for t in &s.tokens {
                assert_eq!(t.span.slice(text), t.form, "{name}");
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn datelines() {
    // (name, text, place, date, agency, body starts with)
    type Case<'a> = (
        &'a str,
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
        Option<&'a str>,
        &'a str,
    );
    let cases: &[Case] = &[
        (
            "afp",
            "SIMFEROPOL, March 14 (AFP) - The leader",
            Some("SIMFEROPOL"),
            Some("March 14"),
            Some("AFP"),
            "The",
        ),
        (
            "reuters",
            "WASHINGTON (Reuters) — U.S. officials",
            Some("WASHINGTON"),
            None,
            Some("Reuters"),
            "U.S.",
        ),
        (
            "region",
            "KIEV, Ukraine (AP) -- Protesters",
            Some("KIEV, Ukraine"),
            None,
            Some("AP"),
            "Protesters",
        ),
        (
            "no_agency",
            "MOSCOW, Jan. 5, 2014 - Russia said",
            Some("MOSCOW"),
            Some("Jan. 5, 2014"),
            None,
            "Russia",
        ),
        (
            "caps_only",
            "NEW YORK – Stocks fell",
            Some("NEW YORK"),
            None,
            None,
            "Stocks",
        ),
        (
            "agency_only",
            "(Reuters) - Oil rose",
            None,
            None,
            Some("Reuters"),
            "Oil",
        ),
        (
            "agency_byline",
            "Reuters - Iran said",
            None,
            None,
            Some("Reuters"),
            "Iran",
        ),
        (
            "byline_then_dateline",
            "Canadian Press - OTTAWA (CP) - The minister",
            Some("OTTAWA"),
            None,
            Some("CP"),
            "The",
        ),
        (
            "colon_after_agency",
            "NDJAMENA (AFP) : UN envoy",
            Some("NDJAMENA"),
            None,
            Some("AFP"),
            "UN",
        ),
        (
            "date_after_region",
            "LIMA, Peru Oct. 2, 2004 - Miners",
            Some("LIMA, Peru"),
            Some("Oct. 2, 2004"),
            None,
            "Miners",
        ),
        (
            "colon_after_date",
            "QUETTA, Dec 3: Police",
            Some("QUETTA"),
            Some("Dec 3"),
            None,
            "Police",
        ),
        (
            "entity_before_body",
            "KABUL (AFP) - Britain #39;s envoy",
            Some("KABUL"),
            None,
            Some("AFP"),
            "Britain",
        ),
        (
            "leading_space",
            "\n  BEIRUT (AFP) - Syria",
            Some("BEIRUT"),
            None,
            Some("AFP"),
            "Syria",
        ),
    ];
    for (name, text, place, date, agency, body) in cases {
        let d = dateline(text).unwrap_or_else(|| panic!("{name}: no dateline"));
        assert_eq!(d.place.map(|s| s.slice(text)), *place, "{name} place");
        assert_eq!(d.date.map(|s| s.slice(text)), *date, "{name} date");
        assert_eq!(d.agency.map(|s| s.slice(text)), *agency, "{name} agency");
        assert!(text[d.span.end..].starts_with(body), "{name} body");
    }
    let not_datelines = [
        (
            "sentence_with_dash",
            "The president - who spoke on Friday - said",
        ),
        ("lowercase_place", "Kiev - the capital"),
        ("acronym_before_lowercase", "NATO - the alliance met"),
        // Before a colon, only a place list tells a city from a headline's topic.
        ("colon_no_place_list", "NDJAMENA : UN envoy"),
        ("colon_topic", "NATO: Russia is massing troops"),
        ("colon_unknown_brackets", "GAZA (Hamas) : Israel"),
        ("not_an_agency", "Officials - and others - said"),
        (
            "group_short_name",
            "The Islamic Resistance Movement (Hamas) - which rules Gaza - said",
        ),
        (
            "party_short_name",
            "Kurdistan Workers' Party (PKK) - which Ankara bans",
        ),
        ("no_dash", "SIMFEROPOL, March 14 (AFP) The leader"),
        ("dash_too_far", &"A ".repeat(100)),
        ("empty", ""),
    ];
    for (name, text) in not_datelines {
        assert_eq!(dateline(text), None, "{name}");
    }
}

#[test]
fn wire_prefixes_left_out_of_sentences() {
    // (name, text, first forms of each sentence)
    let cases: &[(&str, &str, &[&str])] = &[
        ("agency byline", "AP - Police in Lagos said.", &["Police"]),
        (
            "agency's long name",
            "Associated Press - Police in Lagos said.",
            &["Police"],
        ),
        (
            "outlet byline",
            "Al Jazeera - Syria's army fired.",
            &["Syria"],
        ),
        (
            "reuters byline",
            "Reuters - Kenya's army fired.",
            &["Kenya"],
        ),
        (
            "byline then dateline",
            "Canadian Press - OTTAWA (CP) - The minister left.",
            &["The"],
        ),
        (
            "colon after date",
            "QUETTA, Dec 3: Police fired.",
            &["Police"],
        ),
        ("speech colon", "He said: We will stay.", &["He"]),
        (
            "date after region",
            "LIMA, Peru Oct. 2, 2004 - Miners marched.",
            &["Miners"],
        ),
        (
            "date no comma",
            "DAKAR Aug. 3, 2004 - Voters queued.",
            &["Voters"],
        ),
        (
            "lowercase agency",
            "ABUJA, Aug 25, 2004 (dpa) -- Talks began.",
            &["Talks"],
        ),
        (
            "inner dateline",
            "Boys play in Kabul. AP. KABUL (AFP) - Afghanistan's leader spoke.",
            &["Boys", "AP", "Afghanistan"],
        ),
        (
            "subject kept",
            "China has warned Japan - again.",
            &["China"],
        ),
        ("acronym subject", "NATO - the alliance - met.", &["NATO"]),
        (
            "group's short name",
            "He left. The Kurdistan Workers' Party (PKK) - which Turkey bans - attacked.",
            &["He", "The"],
        ),
        (
            "title-case place, unknown outlet",
            "He left. Washington (CNN) - The president spoke.",
            &["He", "The"],
        ),
        (
            "inner without agency",
            "He left. LIMA - Miners marched.",
            &["He", "LIMA"],
        ),
    ];
    let tok = Tokenizer::new();
    for (name, text, firsts) in cases {
        let sents = tok.sentences(text);
        let got: Vec<&str> = sents.iter().map(|s| s.tokens[0].form.as_str()).collect();
        assert_eq!(got, *firsts, "{name}");
    }
}

/// A toy place list for datelines with no dash.
struct Toy;

impl dyad_text::PlaceNames for Toy {
    fn is_city(&self, name: &str) -> bool {
        matches!(
            name,
            "BAGHDAD" | "NEW YORK" | "MANILA" | "SEOUL" | "NAIROBI" | "GOMA" | "KABUL"
        )
    }
    fn is_region(&self, name: &str) -> bool {
        matches!(name, "Philippines" | "New York" | "Congo")
    }
}

#[test]
fn colon_datelines_need_a_place_or_an_agency() {
    // (name, text, first form with the place list, first form without)
    let cases = [
        (
            "city",
            "NAIROBI : Troops shelled a town.",
            "Troops",
            "NAIROBI",
        ),
        (
            "city and region",
            "GOMA, Congo : Rebels fled.",
            "Rebels",
            "GOMA",
        ),
        ("glued colon", "KABUL: Voters queued.", "Voters", "KABUL"),
        (
            "region unknown",
            "GOMA, Nowhere : Rebels fled.",
            "GOMA",
            "GOMA",
        ),
        (
            "town and region",
            "BENI, Congo : Rebels fled.",
            "Rebels",
            "BENI",
        ),
        (
            "speaker",
            "SEC. RUMSFELD: As you know, we left.",
            "SEC",
            "SEC",
        ),
        ("date", "QUETTA, Dec 3: Police fired.", "Police", "Police"),
        (
            "agency in brackets",
            "KABUL (AFP) : Voters queued.",
            "Voters",
            "Voters",
        ),
        (
            "agency byline",
            "Reuters: Iran said it would talk.",
            "Iran",
            "Iran",
        ),
        (
            "alliance",
            "NATO: Russia is massing troops.",
            "NATO",
            "NATO",
        ),
        (
            "movement",
            "HAMAS : Israel must leave Gaza.",
            "HAMAS",
            "HAMAS",
        ),
        ("body", "UN: Aid is running out.", "UN", "UN"),
        ("person", "OBAMA: We will stay.", "OBAMA", "OBAMA"),
        (
            "unknown brackets",
            "KABUL (Taliban) : Voters fled.",
            "KABUL",
            "KABUL",
        ),
    ];
    let listed = Tokenizer::builder()
        .place_names(std::sync::Arc::new(Toy))
        .build();
    let plain = Tokenizer::new();
    for (name, text, with, without) in cases {
        let first = |tok: &Tokenizer| tok.sentences(text)[0].tokens[0].form.clone();
        assert_eq!(first(&listed), with, "{name} with the list");
        assert_eq!(first(&plain), without, "{name} without");
    }
}

#[test]
fn bare_datelines_need_a_place_list() {
    // (name, text, first form with the list, first form without)
    let cases = [
        (
            "city then acronym",
            "BAGHDAD US warplanes fired.",
            "US",
            "BAGHDAD",
        ),
        (
            "two-word city",
            "NEW YORK Iran's minister spoke.",
            "Iran",
            "NEW",
        ),
        (
            "region",
            "MANILA, Philippines At least three died.",
            "At",
            "MANILA",
        ),
        (
            "name, not a city",
            "TONY Blair was in Iraq.",
            "TONY",
            "TONY",
        ),
        ("city as subject", "SEOUL said no.", "SEOUL", "SEOUL"),
        (
            "unknown region",
            "MANILA, Luzon Rain fell.",
            "MANILA",
            "MANILA",
        ),
        (
            "dash still wins",
            "SEOUL - North Korea fired.",
            "North",
            "North",
        ),
    ];
    let with = Tokenizer::builder()
        .place_names(std::sync::Arc::new(Toy))
        .build();
    let without = Tokenizer::new();
    for (name, text, first_with, first_without) in cases {
        assert_eq!(with.sentences(text)[0].tokens[0].form, first_with, "{name}");
        assert_eq!(
            without.sentences(text)[0].tokens[0].form,
            first_without,
            "{name}"
        );
    }
}

#[test]
fn wire_noise_cleaned_with_spans_kept() {
    // (name, text, forms, the original bytes of each token)
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "apostrophe entity",
            "Burundi #39;s capital",
            &["Burundi", "'s", "capital"],
            &["Burundi", "#39;s", "capital"],
        ),
        (
            "quot",
            "said  quot;no quot;.",
            &["said", "\"", "no", "\"", "."],
            &["said", "quot;", "no", "quot;", "."],
        ),
        (
            "amp",
            "SCOTTISH  amp; Southern",
            &["SCOTTISH", "&", "Southern"],
            &["SCOTTISH", "amp;", "Southern"],
        ),
        (
            "amp inside",
            "AT amp;T rose",
            &["AT&T", "rose"],
            &["AT amp;T", "rose"],
        ),
        (
            "whole entities",
            "Kenya&#39;s &quot;war&quot;",
            &["Kenya", "'s", "\"", "war", "\""],
            &["Kenya", "&#39;s", "&quot;", "war", "&quot;"],
        ),
        (
            "backslash",
            "during\\Congo's war",
            &["during", "Congo", "'s", "war"],
            &["during", "Congo", "'s", "war"],
        ),
        (
            "escaped tags",
            "a &lt;b&gt;big&lt;/b&gt; day",
            &["a", "big", "day"],
            &["a", "big", "day"],
        ),
        (
            "ticker",
            "Dell Inc. &lt;DELL.O&gt; said",
            &["Dell", "Inc.", "said"],
            &["Dell", "Inc.", "said"],
        ),
        (
            "dollar",
            "a  #36;10 prize",
            &["a", "$", "10", "prize"],
            &["a", "#36;", "10", "prize"],
        ),
    ];
    let tok = Tokenizer::builder()
        .skip_dateline(false)
        .clean_entities(true)
        .build();
    for (name, text, forms, origs) in cases {
        let sents = tok.sentences(text);
        let toks: Vec<_> = sents.iter().flat_map(|s| &s.tokens).collect();
        let got: Vec<&str> = toks.iter().map(|t| t.form.as_str()).collect();
        assert_eq!(got, *forms, "{name} forms");
        let spans: Vec<&str> = toks.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(spans, *origs, "{name} spans");
    }
}

#[test]
fn entities_decoded_by_default_and_kept_when_asked() {
    let text = "Police in Burundi #39;s capital said  quot;no quot;.";
    let forms = |tok: &Tokenizer| -> Vec<String> {
        tok.sentences(text)
            .iter()
            .flat_map(|s| s.tokens.iter().map(|t| t.form.clone()))
            .collect()
    };
    let clean = forms(&Tokenizer::new());
    assert_eq!(clean[2..4], ["Burundi", "'s"]);
    assert!(clean.iter().any(|f| f == "\""), "{clean:?}");
    let raw = forms(&Tokenizer::builder().clean_entities(false).build());
    assert_eq!(raw[3..6], ["#", "39", ";"], "{raw:?}");
}

#[test]
fn dateline_kept_when_asked() {
    let text = "BEIRUT (AFP) - Syria said no.";
    let tok = Tokenizer::builder().skip_dateline(false).build();
    assert_eq!(tok.sentences(text)[0].tokens[0].form, "BEIRUT");
    assert_eq!(Tokenizer::new().sentences(text)[0].tokens[0].form, "Syria");
}

#[test]
fn length_limits_cut_long_sentences() {
    let words = "word ".repeat(1000);
    let tok = Tokenizer::builder().max_sentence_tokens(100).build();
    let sents = tok.sentences(&words);
    assert_eq!(sents.len(), 10);
    assert!(sents.iter().all(|s| s.tokens.len() == 100));
    let tok = Tokenizer::builder().max_sentence_bytes(50).build();
    assert!(tok.sentences(&words).iter().all(|s| s.span.len() <= 50));
    // The default caps apply too: a 100 KB "sentence" without punctuation.
    let sents = Tokenizer::new().sentences(&"abc ".repeat(25_000));
    assert!(sents
        .iter()
        .all(|s| s.tokens.len() <= dyad_text::DEFAULT_MAX_SENTENCE_TOKENS));
    assert_eq!(sents.iter().map(|s| s.tokens.len()).sum::<usize>(), 25_000);
}

#[test]
fn long_token_is_cut() {
    let blob = "x".repeat(5000);
    let sents = Tokenizer::new().sentences(&blob);
    let toks: Vec<_> = sents.iter().flat_map(|s| &s.tokens).collect();
    assert!(toks.iter().all(|t| t.form.len() <= 1024));
    assert_eq!(toks.iter().map(|t| t.form.len()).sum::<usize>(), 5000);
}

#[test]
fn pretokenized_lines() {
    let text = "Gen. Ivanov did n't say .\n\n  Tatars ' fears \n";
    let sents = pretokenized(text);
    assert_eq!(sents.len(), 2);
    let forms: Vec<&str> = sents[1].tokens.iter().map(|t| t.form.as_str()).collect();
    assert_eq!(forms, ["Tatars", "'", "fears"]);
    assert_eq!(sents[1].index, 1);
    for s in &sents {
        assert_eq!(s.span.slice(text), s.text);
        for t in &s.tokens {
            assert_eq!(t.span.slice(text), t.form);
        }
    }
}

#[test]
fn sentences_into_reuse_equals_fresh() {
    let tok = Tokenizer::new();
    let mut out = Vec::new();
    tok.sentences_into("One. Two. Three.", &mut out);
    tok.sentences_into("Gen. Ivanov left. He said \"no.\"", &mut out);
    assert_eq!(
        out,
        Tokenizer::new().sentences("Gen. Ivanov left. He said \"no.\"")
    );
}
