//! Named tokenizer cases: input, and the tokens expected (separated by single spaces).

use dyad_text::Tokenizer;

const CASES: &[(&str, &str, &str)] = &[
    // Clitics, as EWT splits them.
    ("dont", "They don't know.", "They do n't know ."),
    ("cant", "We can't and won't.", "We ca n't and wo n't ."),
    ("curly_nt", "She didn’t go.", "She did n’t go ."),
    ("possessive", "Dzhemilev's son", "Dzhemilev 's son"),
    ("possessive_curly", "Crimea’s Tatars", "Crimea ’s Tatars"),
    (
        "plural_possessive",
        "the Tatars' leader",
        "the Tatars ' leader",
    ),
    (
        "re_m_ve",
        "they're sure I'm right, we've seen",
        "they 're sure I 'm right , we 've seen",
    ),
    (
        "ll_d",
        "he'll go and she'd stay",
        "he 'll go and she 'd stay",
    ),
    ("cannot", "He cannot win.", "He can not win ."),
    ("gonna", "We're gonna win", "We 're gon na win"),
    ("obrien", "O'Brien said", "O'Brien said"),
    ("decade", "the 80's and '90s", "the 80's and '90s"),
    // Abbreviations and initials.
    (
        "title",
        "Gen. Ivanov and Mr. Smith",
        "Gen. Ivanov and Mr. Smith",
    ),
    (
        "dotted",
        "the U.S. and U.K. envoys",
        "the U.S. and U.K. envoys",
    ),
    (
        "initials",
        "J. R. R. Tolkien and George W. Bush",
        "J. R. R. Tolkien and George W. Bush",
    ),
    ("months", "on Jan. 5 and Sept. 30", "on Jan. 5 and Sept. 30"),
    (
        "company",
        "Acme Inc. and Widget Corp. said",
        "Acme Inc. and Widget Corp. said",
    ),
    ("numeric_abbrev", "No. 10 Downing St.", "No. 10 Downing St."),
    ("no_is_a_word", "He said no.", "He said no ."),
    (
        "am_pm",
        "at 9 a.m. and 5 p.m. today",
        "at 9 a.m. and 5 p.m. today",
    ),
    (
        "state_after_comma",
        "in Springfield, Ill., and",
        "in Springfield , Ill. , and",
    ),
    ("state_word", "He fell ill.", "He fell ill ."),
    (
        "etc_final",
        "tanks, guns, etc. The army",
        "tanks , guns , etc . The army",
    ),
    // Numbers, money, times, dates.
    ("time_pm", "at 19:14pm local time", "at 19:14 pm local time"),
    ("percent", "12 percent and 12%", "12 percent and 12 %"),
    ("money_bn", "$4.5bn deal", "$ 4.5 bn deal"),
    ("money_us", "US$4.5 billion", "US$ 4.5 billion"),
    (
        "thousands",
        "1,000 troops and 3.5 tonnes",
        "1,000 troops and 3.5 tonnes",
    ),
    ("iso_date", "on 2014-03-14 at", "on 2014-03-14 at"),
    ("year_range", "in 1969-1970 only", "in 1969 - 1970 only"),
    ("phone", "call 713-654-0365 now", "call 713-654-0365 now"),
    ("slash_date", "on 11/29/2000 at", "on 11/29/2000 at"),
    ("ordinal", "the 2nd and 1990s", "the 2nd and 1990s"),
    ("unit", "a 35mm lens at 8am", "a 35 mm lens at 8 am"),
    // Hyphens: EWT keeps prefixes, splits compounds.
    (
        "prefix",
        "pro-Russian and anti-war groups",
        "pro-Russian and anti-war groups",
    ),
    ("compound", "a well-known man", "a well - known man"),
    ("e_mail", "by e-mail", "by e-mail"),
    ("dash_words", "Kiev--and Moscow", "Kiev -- and Moscow"),
    // Links and addresses.
    (
        "url",
        "See http://example.com/a?b=1.",
        "See http://example.com/a?b=1 .",
    ),
    ("url_paren", "(www.example.org)", "( www.example.org )"),
    (
        "email",
        "Write to press@example.org, please",
        "Write to press@example.org , please",
    ),
    ("domain", "on Amazon.com today", "on Amazon.com today"),
    ("missing_space", "the war.The army", "the war . The army"),
    // Quotes, dashes, ellipses, Unicode.
    (
        "straight_quotes",
        "\"We will fight,\" he said.",
        "\" We will fight , \" he said .",
    ),
    (
        "curly_quotes",
        "“We will ‘never’ leave”",
        "“ We will ‘ never ’ leave ”",
    ),
    (
        "em_dash",
        "Crimea—a peninsula – votes",
        "Crimea — a peninsula – votes",
    ),
    ("ellipsis", "Wait... what… now", "Wait ... what … now"),
    ("question_run", "Really?! Yes!!", "Really ?! Yes !!"),
    ("brackets", "[sic] (AFP)", "[ sic ] ( AFP )"),
    ("hashtag", "#Crimea @user #1", "#Crimea @user # 1"),
    ("emoticon", "great :) really", "great :) really"),
    (
        "accents",
        "Müller and Zürich’s café",
        "Müller and Zürich ’s café",
    ),
    ("cyrillic", "Путин said", "Путин said"),
    ("nbsp", "10\u{a0}km away", "10 km away"),
];

#[test]
fn tokenizer_cases() {
    let tok = Tokenizer::new();
    let mut out = Vec::new();
    let mut failures = Vec::new();
    for (name, input, want) in CASES {
        tok.tokenize_into(input, &mut out);
        let got: Vec<&str> = out.iter().map(|t| t.form.as_str()).collect();
        let want: Vec<&str> = want.split(' ').collect();
        if got != want {
            failures.push(format!(
                "{name}: {input:?}\n   got  {got:?}\n   want {want:?}"
            ));
        }
        for t in &out {
            assert_eq!(
                t.span.slice(input),
                t.form,
                "{name}: span must slice to the form"
            );
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
fn tokenize_into_clears_and_reuse_equals_fresh() {
    let tok = Tokenizer::new();
    let mut out = Vec::new();
    tok.tokenize_into("First text here.", &mut out);
    tok.tokenize_into("Gen. Ivanov didn't.", &mut out);
    let mut fresh = Vec::new();
    Tokenizer::new().tokenize_into("Gen. Ivanov didn't.", &mut fresh);
    assert_eq!(out, fresh);
}

#[test]
fn news_links_and_party_labels() {
    let cases = [
        (
            "pic_link",
            "Watch. pic.twitter.com/E0yPQ3o7CC — Jane",
            "Watch . pic.twitter.com/E0yPQ3o7CC — Jane",
        ),
        (
            "short_link",
            "here: tmsnrt.rs/2Ypr9iS",
            "here : tmsnrt.rs/2Ypr9iS",
        ),
        (
            "party_state",
            "Sen. Reid (D-Nev.) said",
            "Sen. Reid ( D-Nev. ) said",
        ),
        (
            "party_dotted",
            "Sen. Smith (D-N.Y.) said",
            "Sen. Smith ( D-N.Y. ) said",
        ),
        (
            "paren_state",
            "Rep. Lee (Calif.) said",
            "Rep. Lee ( Calif. ) said",
        ),
        (
            "bare_decimal",
            "a BAC of .15 or more",
            "a BAC of .15 or more",
        ),
    ];
    let tok = dyad_text::Tokenizer::new();
    let mut out = Vec::new();
    for (name, input, want) in cases {
        tok.tokenize_into(input, &mut out);
        let got: Vec<&str> = out.iter().map(|t| t.form.as_str()).collect();
        assert_eq!(got, want.split(' ').collect::<Vec<_>>(), "{name}");
    }
}
